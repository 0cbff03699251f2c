//! How text becomes index words. The search script in the theme (`hub.js`, `searchWords`)
//! splits queries by the same rules, so a word is found exactly as it was indexed.
//!
//! A word is a run of letters and digits (Unicode Alphabetic or Numeric, so that the vowel
//! signs of Indic scripts stay inside their word), lower-cased, with accents folded: a
//! character whose compatibility decomposition (NFKD) starts with an ASCII letter or digit
//! becomes that decomposition without its combining accents ("â" → "a", "ﬁ" → "fi"), so
//! "Neuchatel" finds "Neuchâtel". `&` between two runs joins them ("A&E", "R&D"); every other
//! character separates words. Words of one character are left out: they are too common to
//! help and too many to store. Han and kana, written without spaces, are indexed as
//! overlapping pairs of characters.

use crate::link::matcher::is_unspaced_script;

/// Calls `each` with every index word of `text`, in order.
pub fn words(text: &str, mut each: impl FnMut(&str)) {
    let mut word = String::new();
    let mut pending_amp = false;
    let mut previous_unspaced: Option<char> = None;
    let mut chars = text.char_indices();
    while let Some((i, c)) = chars.next() {
        // Han and kana runs are indexed as overlapping pairs of characters (社会的処方 →
        // 社会, 会的, 的処, 処方), so a word inside a run is found by its pairs.
        if is_unspaced_script(c) {
            finish(&mut word, &mut each);
            pending_amp = false;
            if let Some(p) = previous_unspaced {
                let pair: String = [p, c].iter().collect();
                each(&pair);
            }
            previous_unspaced = Some(c);
            continue;
        }
        previous_unspaced = None;
        let alphanumeric = if c.is_ascii() {
            c.is_ascii_alphanumeric()
        } else {
            // A combining mark (an Indic virama, a decomposed accent) continues its word.
            c.is_alphanumeric()
                || (!word.is_empty() && unicode_normalization::char::is_combining_mark(c))
        };
        if alphanumeric {
            if pending_amp {
                word.push('&');
                pending_amp = false;
            }
            if c.is_ascii() {
                // The common case: copy the whole ASCII run at once.
                let run = text[i..]
                    .bytes()
                    .take_while(u8::is_ascii_alphanumeric)
                    .count();
                word.extend(
                    text[i..i + run]
                        .bytes()
                        .map(|b| b.to_ascii_lowercase() as char),
                );
                if run > 1 {
                    chars.nth(run - 2);
                }
            } else {
                fold_into(c, &mut word);
            }
        } else if c == '&' && !word.is_empty() && !pending_amp {
            pending_amp = true;
        } else {
            finish(&mut word, &mut each);
            pending_amp = false;
        }
    }
    finish(&mut word, &mut each);
}

/// Appends `c` lower-cased, with a Latin accent folded away (see the module docs).
fn fold_into(c: char, word: &mut String) {
    use unicode_normalization::UnicodeNormalization;
    // A decomposed accent after an ASCII letter ("e" + U+0301) folds away like "é" does.
    if ('\u{300}'..='\u{36f}').contains(&c) && word.ends_with(|l: char| l.is_ascii_alphanumeric()) {
        return;
    }
    let mut decomposed = std::iter::once(c).nfkd().peekable();
    if decomposed.peek().is_some_and(char::is_ascii_alphanumeric) {
        for d in decomposed.filter(|d| !('\u{300}'..='\u{36f}').contains(d)) {
            word.extend(d.to_lowercase());
        }
    } else {
        word.extend(c.to_lowercase());
    }
}

fn finish(word: &mut String, each: &mut impl FnMut(&str)) {
    if word.chars().nth(1).is_some() {
        each(word);
    }
    word.clear();
}

/// The name of the index file for words starting like `word`: its first `chars` characters
/// (two, or three where a two-letter file would be too large), as hex of their UTF-8 bytes,
/// which is safe as a file name on every system. `hub.js` computes the same.
pub fn shard_of(word: &str, chars: usize) -> String {
    let end = word
        .char_indices()
        .nth(chars)
        .map_or(word.len(), |(i, _)| i);
    word[..end].bytes().map(|b| format!("{b:02x}")).collect()
}

/// A stemmer for the site's language, if Snowball has one: words with the same stem
/// ("link", "links", "linked") are found together.
pub fn stemmer(language: &str) -> Option<rust_stemmers::Stemmer> {
    use rust_stemmers::Algorithm::*;
    let primary = language.split(['-', '_']).next().unwrap_or("");
    let algorithm = match primary.to_ascii_lowercase().as_str() {
        "ar" => Arabic,
        "da" => Danish,
        "nl" => Dutch,
        "en" => English,
        "fr" => French,
        "de" => German,
        "el" => Greek,
        "hu" => Hungarian,
        "it" => Italian,
        "no" | "nb" | "nn" => Norwegian,
        "pt" => Portuguese,
        "ro" => Romanian,
        "ru" => Russian,
        "es" => Spanish,
        "sv" => Swedish,
        "ta" => Tamil,
        "tr" => Turkish,
        _ => return None,
    };
    Some(rust_stemmers::Stemmer::create(algorithm))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all(text: &str) -> Vec<String> {
        let mut out = Vec::new();
        words(text, |w| out.push(w.to_owned()));
        out
    }

    #[test]
    fn splits_lowercases_and_joins_ampersands() {
        assert_eq!(
            all("Link workers (A&E, R & D) co-production: 2019’s São-Paulo a"),
            [
                "link",
                "workers",
                "a&e",
                "co",
                "production",
                "2019",
                "sao",
                "paulo"
            ]
        );
        assert_eq!(all("&&x&&"), Vec::<String>::new());
        assert_eq!(all("AT&T&"), ["at&t"]);
    }

    #[test]
    fn accents_fold_and_other_scripts_stay_whole() {
        assert_eq!(
            all("Neuchâtel hyvinvointilähete ﬁnd"),
            ["neuchatel", "hyvinvointilahete", "find"]
        );
        // Letters without an ASCII base are kept, lower-cased.
        assert_eq!(all("Straße Ελλάδα"), ["straße", "ελλάδα"]);
        // Devanagari vowel signs are part of the word (the script must split the same way).
        assert_eq!(all("सामाजिक नुस्खा"), ["सामाजिक", "नुस्खा"]);
        // Han and kana runs become overlapping pairs, so a word inside a run is found.
        assert_eq!(
            all("社会的処方は"),
            ["社会", "会的", "的処", "処方", "方は"]
        );
        assert_eq!(
            all("SP（社会的処方）"),
            ["sp", "社会", "会的", "的処", "処方"]
        );
        // Korean keeps its spaces: its words stay whole.
        assert_eq!(all("사회적 처방"), ["사회적", "처방"]);
        assert_eq!(
            all("Neucha\u{302}tel"),
            ["neuchatel"],
            "a decomposed accent folds too"
        );
    }

    #[test]
    fn shards_by_first_two_characters() {
        assert_eq!(shard_of("link", 2), "6c69");
        assert_eq!(shard_of("a&e", 2), "6126");
        assert_eq!(shard_of("são", 2), "73c3a3");
        assert_eq!(shard_of("x", 2), "78");
        assert_eq!(shard_of("link", 3), "6c696e");
        assert_eq!(shard_of("li", 3), "6c69");
    }

    #[test]
    fn stems_english_and_skips_unknown_languages() {
        let en = stemmer("en-GB").unwrap();
        assert_eq!(en.stem("linking"), en.stem("links"));
        assert!(stemmer("ja").is_none());
    }
}
