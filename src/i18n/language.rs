//! One language of the site: its tag, its writing direction and where its pages live.

use unic_langid::{CharacterDirection, LanguageIdentifier};

/// The direction a language is written in, for `<html dir>`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    /// Left to right.
    Ltr,
    /// Right to left (Arabic, Hebrew, Persian, Urdu …).
    Rtl,
}

/// A language of the site.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Language {
    /// BCP 47 tag, as `hub.yaml` writes it (`fr`, `zh-Hans`).
    pub code: String,
    /// Writing direction, from the language's script (CLDR's data, through `unic-langid`).
    pub dir: Direction,
    /// True for the site's default language, whose pages keep the site's paths.
    pub is_default: bool,
}

impl Language {
    /// The language `code`; `is_default` when it is `hub.yaml`'s `language`.
    pub fn new(code: &str, is_default: bool) -> Language {
        let dir = match code
            .parse::<LanguageIdentifier>()
            .map(|l| l.character_direction())
        {
            Ok(CharacterDirection::RTL) => Direction::Rtl,
            _ => Direction::Ltr,
        };
        Language {
            code: code.to_string(),
            dir,
            is_default,
        }
    }

    /// Every language of the site, the default first.
    pub fn all(config: &crate::config::Config) -> Vec<Language> {
        config
            .all_languages()
            .map(|code| Language::new(code, code == config.language))
            .collect()
    }

    /// The start of this language's site paths: empty for the default, `/fr` otherwise.
    pub fn prefix(&self) -> String {
        if self.is_default {
            String::new()
        } else {
            format!("/{}", self.code)
        }
    }

    /// ` dir="rtl"` or ` dir="ltr"`, to mark an element in this language inside a page
    /// that may be written the other way.
    pub fn dir_attribute(&self) -> &'static str {
        match self.dir {
            Direction::Rtl => " dir=\"rtl\"",
            Direction::Ltr => " dir=\"ltr\"",
        }
    }

    /// The site path `path` (`/glossary/`) in this language (`/fr/glossary/`).
    pub fn path(&self, path: &str) -> String {
        format!("{}{path}", self.prefix())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn direction_comes_from_the_script() {
        assert_eq!(Language::new("ar", false).dir, Direction::Rtl);
        assert_eq!(Language::new("fa", false).dir, Direction::Rtl);
        assert_eq!(Language::new("fr", false).dir, Direction::Ltr);
        assert_eq!(Language::new("zh-Hans", false).dir, Direction::Ltr);
    }

    #[test]
    fn only_other_languages_have_a_prefix() {
        assert_eq!(Language::new("en", true).path("/glossary/"), "/glossary/");
        assert_eq!(
            Language::new("fr", false).path("/glossary/"),
            "/fr/glossary/"
        );
    }
}
