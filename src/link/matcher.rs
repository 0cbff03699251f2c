//! The term matcher: one Aho–Corasick automaton over every label of every term.

use crate::content::{Record, Term};
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};

/// A term found in a piece of text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mention {
    /// Byte range of the mention in the text (including a plural ending).
    pub start: usize,
    /// End of the mention.
    pub end: usize,
    /// Index of the term in the list the matcher was built from.
    pub term: usize,
}

#[derive(Debug, Clone)]
struct Label {
    term: usize,
    /// Abbreviations must match exactly.
    case_sensitive: bool,
    /// English labels also match with a plural `s` or `es`.
    pluralizable: bool,
}

/// Finds every label of every term in text: whole words only, leftmost-longest,
/// case-insensitive for labels (ASCII letters; accented letters match as written) and
/// case-sensitive for abbreviations. Word boundaries are Unicode-aware.
#[derive(Debug, Clone)]
pub struct TermMatcher {
    automaton: Option<AhoCorasick>,
    labels: Vec<Label>,
    patterns: Vec<String>,
}

impl TermMatcher {
    /// Builds the matcher from the labels, aliases, abbreviations and regional labels of `terms`.
    pub fn new(terms: &[Record<Term>]) -> TermMatcher {
        let mut patterns = Vec::new();
        let mut labels = Vec::new();
        for (i, t) in terms.iter().enumerate() {
            for (form, is_abbreviation) in surface_forms(&t.meta) {
                for spelling in apostrophe_spellings(form.trim()) {
                    patterns.push(spelling);
                    labels.push(Label {
                        term: i,
                        case_sensitive: is_abbreviation,
                        pluralizable: !is_abbreviation,
                    });
                }
            }
        }
        let keep: Vec<usize> = (0..patterns.len())
            .filter(|&i| !patterns[i].is_empty())
            .collect();
        let patterns: Vec<String> = keep.iter().map(|&i| patterns[i].clone()).collect();
        let labels: Vec<Label> = keep.iter().map(|&i| labels[i].clone()).collect();
        let automaton = (!patterns.is_empty()).then(|| {
            AhoCorasickBuilder::new()
                .match_kind(MatchKind::LeftmostLongest)
                .ascii_case_insensitive(true)
                // A full DFA: the fastest search, built once per build from a few thousand labels.
                .kind(Some(AhoCorasickKind::DFA))
                .build(&patterns)
                .expect("term labels form a valid automaton")
        });
        TermMatcher {
            automaton,
            labels,
            patterns,
        }
    }

    /// Every whole-word mention in `text`, left to right, without overlaps.
    pub fn find(&self, text: &str) -> Vec<Mention> {
        let Some(automaton) = &self.automaton else {
            return Vec::new();
        };
        let mut out = Vec::new();
        for m in automaton.find_iter(text) {
            let label = &self.labels[m.pattern().as_usize()];
            let found = &text[m.start()..m.end()];
            if label.case_sensitive && found != self.patterns[m.pattern().as_usize()] {
                continue;
            }
            let mut end = m.end();
            if label.pluralizable {
                for suffix in ["es", "s"] {
                    if text[end..].starts_with(suffix)
                        && is_boundary_after(text, end + suffix.len())
                    {
                        end += suffix.len();
                        break;
                    }
                }
            }
            if is_boundary_before(text, m.start()) && is_boundary_after(text, end) {
                out.push(Mention {
                    start: m.start(),
                    end,
                    term: label.term,
                });
            }
        }
        out
    }
}

/// Every way text can name `term`: its label, aliases and regional labels (matched without
/// regard to case, plurals too) and its abbreviations (`true`: matched exactly as written).
pub fn surface_forms(term: &Term) -> impl Iterator<Item = (&str, bool)> {
    std::iter::once(term.term.value.as_str())
        .chain(term.aliases.iter().map(|a| a.value.as_str()))
        .chain(term.regional.iter().map(|r| r.label.as_str()))
        .map(|form| (form, false))
        .chain(term.abbreviations.iter().map(|a| (a.value.as_str(), true)))
}

/// A label as written and, when it has an apostrophe, with the other apostrophe too: the
/// Markdown renderer turns `'` into `’` (smart punctuation), and editors type either.
fn apostrophe_spellings(form: &str) -> Vec<String> {
    let mut spellings = vec![form.to_string()];
    if form.contains('\'') {
        spellings.push(form.replace('\'', "\u{2019}"));
    } else if form.contains('\u{2019}') {
        spellings.push(form.replace('\u{2019}', "'"));
    }
    spellings
}

/// True for Han ideographs and kana: scripts written without spaces between words.
pub fn is_unspaced_script(c: char) -> bool {
    matches!(c,
        '\u{3040}'..='\u{30FF}'   // Hiragana, Katakana
        | '\u{3400}'..='\u{4DBF}' // CJK extension A
        | '\u{4E00}'..='\u{9FFF}' // CJK unified ideographs
        | '\u{F900}'..='\u{FAFF}' // CJK compatibility ideographs
        | '\u{FF66}'..='\u{FF9F}' // half-width Katakana
    )
}

/// True for Han, kana and Hangul (whose words take particles directly): a label in these
/// scripts is found inside running text, where no word boundary can be seen.
fn is_cjk(c: char) -> bool {
    is_unspaced_script(c)
        || matches!(c,
            '\u{1100}'..='\u{11FF}'   // Hangul Jamo
            | '\u{3130}'..='\u{318F}' // Hangul compatibility Jamo
            | '\u{AC00}'..='\u{D7AF}' // Hangul syllables
        )
}

/// Letters, digits, `_` and `-` continue a word, so "SP" does not match in "SP-EU" and
/// "medical" does not match in "non-medical".
fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_' || c == '-'
}

/// A mention may start here: after a non-word or CJK character, or anywhere when it starts
/// with a CJK character.
fn is_boundary_before(text: &str, start: usize) -> bool {
    text[start..].chars().next().is_some_and(is_cjk)
        || text[..start]
            .chars()
            .next_back()
            .is_none_or(|c| !is_word_char(c) || is_cjk(c))
}

/// A mention may end here: before a non-word or CJK character, or anywhere when it ends with
/// a CJK character.
fn is_boundary_after(text: &str, end: usize) -> bool {
    text[..end].chars().next_back().is_some_and(is_cjk)
        || text[end..]
            .chars()
            .next()
            .is_none_or(|c| !is_word_char(c) || is_cjk(c))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::front_matter;
    use crate::content::yaml;
    use std::path::Path;

    fn term(id: &str, yaml_text: &str) -> Record<Term> {
        let text = format!("---\n{yaml_text}\n---\n");
        let split = front_matter::split(&text).unwrap();
        Record {
            id: id.into(),
            file: Path::new("t.md").into(),
            meta: yaml::parse(split.yaml, Path::new("t.md"), 2).unwrap(),
            yaml_line: 2,
            body: String::new(),
            body_line: 4,
            emails: Vec::new(),
        }
    }

    fn matcher() -> TermMatcher {
        TermMatcher::new(&[
            term(
                "link-worker",
                "term: Link worker\ndefinition: d\nabbreviations: [SPLW]",
            ),
            term(
                "sp",
                "term: Social prescribing\ndefinition: d\nabbreviations: [SP]",
            ),
            term(
                "sp-link-worker",
                "term: Social prescribing link worker\ndefinition: d",
            ),
            term("pc", "term: Prescrição social\ndefinition: d"),
            term("shed", "term: Men's shed\ndefinition: d"),
            term(
                "ja",
                "term: Japanese SP\ndefinition: d\naliases: [社会的処方]",
            ),
        ])
    }

    fn found<'a>(m: &TermMatcher, text: &'a str) -> Vec<&'a str> {
        m.find(text).iter().map(|x| &text[x.start..x.end]).collect()
    }

    #[test]
    fn whole_words_only() {
        let m = matcher();
        assert_eq!(found(&m, "linking workers"), Vec::<&str>::new());
        assert_eq!(found(&m, "a link worker."), ["link worker"]);
        assert_eq!(found(&m, "SP-EU and SP"), ["SP"]);
    }

    #[test]
    fn leftmost_longest_and_plurals() {
        let m = matcher();
        assert_eq!(
            found(&m, "social prescribing link workers help"),
            ["social prescribing link workers"]
        );
        assert_eq!(m.find("social prescribing link workers")[0].term, 2);
        assert_eq!(
            found(&m, "Link Workers and link workeres"),
            ["Link Workers", "link workeres"]
        );
    }

    #[test]
    fn abbreviations_are_case_sensitive_labels_are_not() {
        let m = matcher();
        assert_eq!(found(&m, "an SPLW, not splw"), ["SPLW"]);
        assert_eq!(found(&m, "SOCIAL PRESCRIBING"), ["SOCIAL PRESCRIBING"]);
    }

    #[test]
    fn punctuation_ends_a_term() {
        let m = matcher();
        assert_eq!(
            found(&m, "(link worker), link worker; \"link worker\"!"),
            ["link worker", "link worker", "link worker"]
        );
        assert_eq!(found(&m, "link worker's role"), ["link worker"]);
    }

    #[test]
    fn an_abbreviation_differing_only_in_case_from_a_word_is_not_matched() {
        let m = matcher();
        assert_eq!(found(&m, "sp. and Sp and SP"), ["SP"]);
    }

    #[test]
    fn labels_with_an_apostrophe_match_either_apostrophe() {
        let m = matcher();
        assert_eq!(
            found(&m, "a men's shed and two men\u{2019}s sheds"),
            ["men's shed", "men\u{2019}s sheds"]
        );
    }

    #[test]
    fn cjk_labels_match_inside_running_text_latin_words_do_not() {
        let m = matcher();
        assert_eq!(
            found(&m, "日本では社会的処方は広がっている"),
            ["社会的処方"]
        );
        assert_eq!(m.find("社会的処方を")[0].term, 5);
        // Latin labels still need word boundaries, even next to CJK text.
        assert_eq!(found(&m, "SPLWとlink worker"), ["SPLW", "link worker"]);
        assert_eq!(found(&m, "xlink worker"), Vec::<&str>::new());
    }

    #[test]
    fn accented_labels_match_with_unicode_boundaries() {
        let m = matcher();
        assert_eq!(found(&m, "a prescrição social é"), ["prescrição social"]);
        assert_eq!(found(&m, "aprescrição social"), Vec::<&str>::new());
    }
}
