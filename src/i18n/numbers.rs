//! Numbers in each language's own way (CLDR, through ICU4X's `icu_decimal`): `12,345.5`
//! in English, `12 345,5` in French, `12.345,5` in Spanish. Arabic pages keep the Latin
//! digits that their messages use (`-u-nu-latn`), so that one page never mixes two sets.

use fixed_decimal::{Decimal, FloatPrecision};
use icu_decimal::DecimalFormatter;
use icu_locale_core::Locale;
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

thread_local! {
    /// One formatter per language and thread (ICU4X's data is not shared between
    /// threads), made on first use.
    static FORMATTERS: RefCell<HashMap<String, Option<Rc<DecimalFormatter>>>> =
        RefCell::default();
}

fn formatter(language: &str) -> Option<Rc<DecimalFormatter>> {
    if let Some(known) = FORMATTERS.with(|f| f.borrow().get(language).cloned()) {
        return known;
    }
    let tag = if language.split('-').next() == Some("ar") {
        format!("{language}-u-nu-latn")
    } else {
        language.to_string()
    };
    let made = Locale::try_from_str(&tag)
        .ok()
        .and_then(|locale| DecimalFormatter::try_new(locale.into(), Default::default()).ok())
        .map(Rc::new);
    FORMATTERS.with(|f| f.borrow_mut().insert(language.to_string(), made.clone()));
    made
}

/// `value` written as `language` writes numbers (its digits grouping and decimal sign),
/// with as many decimals as the value has; a minus sign is the real one (U+2212).
pub fn format(language: &str, value: f64) -> String {
    let plain = || {
        if value.fract() == 0.0 {
            format!("{}", value as i64)
        } else {
            format!("{value}")
        }
    };
    let text = match (
        formatter(language),
        Decimal::try_from_f64(value, FloatPrecision::RoundTrip),
    ) {
        (Some(f), Ok(decimal)) => f.format(&decimal).to_string(),
        _ => plain(),
    };
    text.replacen('-', "\u{2212}", 1)
}

/// The language of a Fluent bundle, as its memoizer hands it to [`in_message`].
struct BundleLanguage(String);

impl intl_memoizer::Memoizable for BundleLanguage {
    type Args = ();
    type Error = std::convert::Infallible;
    fn construct(language: unic_langid::LanguageIdentifier, _: ()) -> Result<Self, Self::Error> {
        Ok(BundleLanguage(language.to_string()))
    }
}

/// Fluent's formatter hook: a number placed in a message (`{ $count } pages`) is written the
/// way the bundle's language writes numbers, as [`format`] writes them elsewhere. Plural
/// selection still sees the number itself.
pub(super) fn in_message(
    value: &fluent_bundle::FluentValue,
    memoizer: &intl_memoizer::concurrent::IntlLangMemoizer,
) -> Option<String> {
    use fluent_bundle::memoizer::MemoizerKind as _;
    let fluent_bundle::FluentValue::Number(number) = value else {
        return None;
    };
    if number.options != fluent_bundle::types::FluentNumberOptions::default() {
        return None; // a message that set NUMBER()'s options keeps Fluent's own formatting
    }
    // Only the language is read under the memoizer's lock, which plural selection shares.
    let language = memoizer
        .with_try_get_threadsafe::<BundleLanguage, _, _>((), |language| language.0.clone())
        .ok()?;
    Some(format(&language, number.value))
}

#[cfg(test)]
mod tests {
    use super::format;

    #[test]
    fn each_language_groups_and_separates_its_way() {
        assert_eq!(format("en", 12345.5), "12,345.5");
        assert_eq!(format("fr", 12345.5), "12\u{202f}345,5");
        assert_eq!(format("es", 12345.5), "12.345,5");
        assert_eq!(format("ru", 12345.5), "12\u{a0}345,5");
        assert_eq!(format("ar", 12345.5), "12,345.5");
        assert_eq!(format("zh", 1234.0), "1,234");
        assert_eq!(format("en", -3.0), "\u{2212}3");
        // CLDR's minimum grouping: Spanish groups from five digits.
        assert_eq!(format("es", 1234.0), "1234");
    }
}
