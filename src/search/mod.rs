//! The static search index: built from the rendered pages, searched in the reader's browser
//! by the theme's script from files of the site itself (no server, no third party).
//!
//! Layout, under [`SEARCH_DIR`]:
//! - `meta.json`: format version, language, page count and how many pages a page file
//!   holds (a few hundred bytes, whatever the size of the hub);
//! - `words/<shard>.json`: every word whose first two characters give `<shard>` (see
//!   [`tokens::shard_of`]; where such a file would pass [`SPLIT_BYTES`], its words of three
//!   or more characters go to files named by their first three, and `meta.json` lists the
//!   two-character names so split in `split`), each with its stem and its postings, a flat list of
//!   `page-number delta, score` pairs, so a query fetches one small file per word (a word on
//!   more than [`MAX_POSTINGS`] pages lists the pages where it weighs most, followed by
//!   how many pages hold it: `[stem, postings, pages]`); a score
//!   is `tf + 256 × weighted`: BM25's term-frequency part for the word in the page's body
//!   text, normalised by the page's length and scaled to 1–255 (see `posting_score`), and
//!   the sum of the weights of its emphasised occurrences (titles, aliases). Under the key `" "`
//!   the file also holds the *names* whose rarest word (on fewest pages) it holds: each page's title and a
//!   term's label, abbreviations, aliases, regional labels and translations
//!   (`data-search-labels`), keyed by the stems of their words, so that a query that names a
//!   page ranks it first without another download;
//! - `pages/<n>.json`: title, URL, kind and the opening text (for the excerpt) of pages
//!   `n·PAGES_PER_FILE …`, fetched only for the results shown.
//!
//! The script ranks by BM25 over the body counts plus a bonus for emphasised occurrences, and
//! puts pages named by the query first, so a page titled with the query beats a long page
//! that only repeats it. A cold query on the shipped hub downloads 24 KB (median; 51 KB at
//! most), measured by the browser tests' relevance suite.

pub mod extract;
pub mod tokens;

use std::collections::{BTreeMap, HashMap};
use std::fmt::Write as _;
use std::ops::Range;

use rayon::prelude::*;

use crate::output::OutputFile;

/// Folder of the site that holds the index.
pub const SEARCH_DIR: &str = "search-index";
/// Version of the file layout; the script refuses another.
const FORMAT: u32 = 3;
/// Pages per `pages/<n>.json` file.
const PAGES_PER_FILE: usize = 4;
/// Size above which a two-character word file is split by the words' first three characters.
const SPLIT_BYTES: usize = 12 * 1024;
/// BM25's term-frequency saturation, as hub.js uses it (`k1`).
const BM25_K1: f64 = 1.2;
/// Characters of a page's text kept for its excerpt.
const EXCERPT_CHARS: usize = 500;

/// A hash map with a fast hasher (the keys are the site's own words, not hostile input
/// that could aim at collisions in a long-running server).
type FastMap<K, V> = HashMap<K, V, foldhash::fast::RandomState>;

/// A set of words, with the fast hasher.
type WordSet<'a> = std::collections::HashSet<&'a str, foldhash::fast::RandomState>;

/// Where a word occurs: (page number, weight) pairs in page order.
type Postings = Vec<(u32, u32)>;

/// The most pages a word's entry lists. A word on more pages keeps the pages where it weighs
/// most (static index pruning) and records how many pages hold it, for its IDF: without a
/// bound, a query for a common word on a 100,000-page hub downloaded megabytes.
const MAX_POSTINGS: usize = 2_000;

/// One word's entry in a word file.
struct WordEntry<'a> {
    word: &'a str,
    /// At most [`MAX_POSTINGS`], in page order.
    postings: Postings,
    /// How many pages hold the word: more than `postings` lists when it was pruned.
    pages: usize,
}

impl<'a> WordEntry<'a> {
    fn new(word: &'a str, postings: Postings) -> WordEntry<'a> {
        WordEntry {
            word,
            pages: postings.len(),
            postings,
        }
    }

    /// Keeps the `max` pages where the word weighs most, still in page order: first the
    /// pages where it is emphasised (a title, a term's label: the script ranks those first),
    /// then by the score the script gives the posting; ties go to the earlier page.
    fn prune(&mut self, max: usize) {
        if self.postings.len() <= max {
            return;
        }
        // hub.js, scoreWord: tf (the low byte, scaled to 0..=k1+1) plus a quarter of the
        // emphasised weight, at most 20.
        let emphasised = |weight: u32| weight >= 256;
        let impact = |weight: u32| {
            f64::from(weight % 256) / 255.0 * (BM25_K1 + 1.0)
                + f64::from((weight / 256).min(20)) / 4.0
        };
        self.postings.sort_unstable_by(|a, b| {
            emphasised(b.1)
                .cmp(&emphasised(a.1))
                .then(impact(b.1).total_cmp(&impact(a.1)))
                .then(a.0.cmp(&b.0))
        });
        self.postings.truncate(max);
        self.postings.sort_unstable_by_key(|&(page, _)| page);
    }
}

/// One indexed page: where it is, what it is, and its distinct words with their weights.
struct IndexedPage {
    url: String,
    title: String,
    kind: String,
    excerpt: String,
    length: u32,
    /// The page's distinct words, one after another; `words` holds ranges into it (one
    /// buffer per page keeps the index's memory small on large hubs).
    word_text: String,
    words: Vec<(Range<u32>, u32)>,
    /// The page's names (its title, and a term's other labels), each as its index words,
    /// with whether it is the title.
    labels: Vec<(Vec<String>, bool)>,
    /// The language of each of `words` (by position) that the page writes only in another
    /// language than the site's (`lang` on an element).
    foreign: Vec<(u32, WordLanguage)>,
}

/// The language a word is written in, for choosing its stemmer.
#[derive(Debug, Clone, PartialEq, Eq)]
enum WordLanguage {
    /// The site's language (somewhere).
    Site,
    /// Only ever this other language (its primary subtag, lower case).
    Other(String),
    /// Two or more other languages, never the site's: the word is not stemmed.
    Mixed,
}

impl WordLanguage {
    fn of(lang: Option<&str>, site: &str) -> WordLanguage {
        let primary = |l: &str| {
            l.split(['-', '_'])
                .next()
                .unwrap_or("")
                .to_ascii_lowercase()
        };
        match lang {
            Some(l) if primary(l) != primary(site) => WordLanguage::Other(primary(l)),
            _ => WordLanguage::Site,
        }
    }

    /// Both occurrences together.
    fn and(&self, other: &WordLanguage) -> WordLanguage {
        match (self, other) {
            (WordLanguage::Site, _) | (_, WordLanguage::Site) => WordLanguage::Site,
            (WordLanguage::Other(a), WordLanguage::Other(b)) if a == b => self.clone(),
            _ => WordLanguage::Mixed,
        }
    }
}

impl IndexedPage {
    fn words(&self) -> impl Iterator<Item = (&str, u32)> {
        self.words.iter().map(|(range, weight)| {
            (
                &self.word_text[range.start as usize..range.end as usize],
                *weight,
            )
        })
    }
}

/// Indexes every HTML page whose `<main>` is marked `data-search-body` and returns the index
/// files, placed under [`SEARCH_DIR`]. URLs are site paths without the base path; the script
/// adds it, so the index also works from a sub-path. `pages` are (path, bytes) pairs, so
/// that callers holding the pages in another form need not copy them.
pub fn search_index<'a>(
    pages: impl IntoIterator<Item = (&'a str, &'a [u8])>,
    language: &str,
) -> Vec<OutputFile> {
    let mut html: Vec<(&str, &[u8])> = pages
        .into_iter()
        .filter(|(path, _)| path.ends_with(".html"))
        .collect();
    html.sort_by(|a, b| a.0.cmp(b.0));
    let indexed: Vec<IndexedPage> = html
        .par_iter()
        .filter_map(|&(path, bytes)| index_page(path, bytes, language))
        .collect();
    if indexed.is_empty() {
        return Vec::new();
    }

    // word → postings (page number, weight), in page order; and the words never written in
    // the site's language, with the language they are written in.
    let mut postings: FastMap<&str, Postings> = FastMap::default();
    let mut foreign: FastMap<&str, WordLanguage> = FastMap::default();
    let mut native: WordSet<'_> = WordSet::default();
    let average = indexed.iter().map(|p| f64::from(p.length)).sum::<f64>() / indexed.len() as f64;
    for (n, page) in indexed.iter().enumerate() {
        let mut others = page.foreign.iter().peekable();
        for (i, (word, weight)) in page.words().enumerate() {
            let score = posting_score(weight, page.length, average);
            postings.entry(word).or_default().push((n as u32, score));
            match others.peek() {
                Some((at, language)) if *at as usize == i => {
                    if !native.contains(word) {
                        let merged = foreign
                            .get(word)
                            .map_or_else(|| language.clone(), |known| known.and(language));
                        foreign.insert(word, merged);
                    }
                    others.next();
                }
                _ => {
                    native.insert(word);
                    foreign.remove(word);
                }
            }
        }
    }
    let known: WordSet<'_> = postings.keys().copied().collect();
    let stems = Stems {
        site: language,
        foreign: &foreign,
        known: &known,
    };
    // Each name goes to the word file of its rarest word, which a query made of the name's
    // words fetches anyway. (Filed under their first word, the 30,000 titles "Evaluation …
    // of …" of a large hub all went to one file, downloaded by every query for
    // "evaluation".)
    let pages_with = |word: &str| postings.get(word).map_or(0, Vec::len);
    let mut names: BTreeMap<String, Vec<Name<'_>>> = BTreeMap::new();
    for (n, page) in indexed.iter().enumerate() {
        for (words, title) in &page.labels {
            let filed_under = words
                .iter()
                .min_by_key(|w| pages_with(w))
                .map_or("", String::as_str);
            names
                .entry(tokens::shard_of(filed_under, 2))
                .or_default()
                .push(Name {
                    page: n as u32,
                    words,
                    filed_under,
                    title: *title,
                });
        }
    }
    let mut shards: BTreeMap<String, Vec<WordEntry<'_>>> = BTreeMap::new();
    for (word, list) in postings {
        shards
            .entry(tokens::shard_of(word, 2))
            .or_default()
            .push(WordEntry::new(word, list));
    }
    for shard in names.keys() {
        shards.entry(shard.clone()).or_default();
    }

    let word_files: Vec<(Vec<OutputFile>, Option<String>)> = shards
        .into_par_iter()
        .map(|(shard, mut words)| {
            let stem_of = stems.stemmer();
            words.sort_unstable_by(|a, b| a.word.cmp(b.word));
            for entry in &mut words {
                entry.prune(MAX_POSTINGS);
            }
            let file = |name: &str, json: String| OutputFile {
                path: format!("{SEARCH_DIR}/words/{name}.json"),
                bytes: json.into_bytes(),
            };
            let no_names = Vec::new();
            let shard_names = names.get(&shard).unwrap_or(&no_names);
            let json = shard_json(&words, shard_names, &stem_of);
            if json.len() <= SPLIT_BYTES {
                return (vec![file(&shard, json)], None);
            }
            // Too large for one fetch: split by the first three characters (two-character
            // words keep the two-character name).
            type Part<'w, 'n> = (Vec<WordEntry<'w>>, Vec<Name<'n>>);
            let mut parts: BTreeMap<String, Part<'_, '_>> = BTreeMap::new();
            for entry in words {
                parts
                    .entry(tokens::shard_of(entry.word, 3))
                    .or_default()
                    .0
                    .push(entry);
            }
            for name in shard_names {
                parts
                    .entry(tokens::shard_of(name.filed_under, 3))
                    .or_default()
                    .1
                    .push(*name);
            }
            let files = parts
                .into_iter()
                .map(|(file_name, (words, names))| {
                    file(&file_name, shard_json(&words, &names, &stem_of))
                })
                .collect();
            (files, Some(shard))
        })
        .collect();
    let mut split = Vec::new();
    let mut files = Vec::new();
    for (shard_files, split_shard) in word_files {
        files.extend(shard_files);
        split.extend(split_shard);
    }
    files.extend(
        indexed
            .chunks(PAGES_PER_FILE)
            .enumerate()
            .map(|(n, chunk)| OutputFile {
                path: format!("{SEARCH_DIR}/pages/{n}.json"),
                bytes: pages_json(chunk).into_bytes(),
            }),
    );
    files.push(OutputFile {
        path: format!("{SEARCH_DIR}/meta.json"),
        bytes: meta_json(&indexed, language, &split).into_bytes(),
    });
    files
}

/// Reads one rendered page, if it is marked for indexing.
fn index_page(path: &str, bytes: &[u8], site_language: &str) -> Option<IndexedPage> {
    let html = std::str::from_utf8(bytes).ok()?;
    let text = extract::page_text(html)?;
    // word → (plain count, sum of emphasised weights, the language it is written in)
    let mut counts: FastMap<String, (u32, u32, WordLanguage)> = FastMap::default();
    let mut length = 0u32;
    for run in &text.runs {
        let weight = run.weight;
        let language = WordLanguage::of(run.lang.as_deref(), site_language);
        let add = |count: &mut (u32, u32, WordLanguage)| {
            if weight > 1 {
                count.1 += weight;
            } else {
                count.0 += 1;
            }
            count.2 = count.2.and(&language);
        };
        tokens::words(&run.text, |w| {
            length += 1;
            match counts.get_mut(w) {
                Some(count) => add(count),
                None => {
                    let mut count = (0, 0, language.clone());
                    add(&mut count);
                    counts.insert(w.to_owned(), count);
                }
            }
        });
    }
    let mut word_text = String::new();
    let mut words = Vec::new();
    let mut foreign = Vec::new();
    for (word, (plain, emphasised, language)) in counts {
        let start = word_text.len() as u32;
        word_text.push_str(&word);
        if language != WordLanguage::Site {
            foreign.push((words.len() as u32, language));
        }
        words.push((
            start..word_text.len() as u32,
            plain.min(255) + 256 * emphasised,
        ));
    }
    let body: String = text
        .runs
        .iter()
        .filter(|r| r.weight == 1)
        .map(|r| r.text.as_str())
        .collect();
    let mut excerpt = extract::collapse_spaces(&body);
    if let Some((cut, _)) = excerpt.char_indices().nth(EXCERPT_CHARS) {
        excerpt.truncate(cut);
    }
    let url = path.strip_suffix("index.html").unwrap_or(path).to_owned();
    // The page's own name first: the first of `data-search-labels` when it has them (a
    // term's label, where the `<h1>` also shows its abbreviations), else its title.
    let mut labels: Vec<(Vec<String>, bool)> = Vec::new();
    let names = text.labels.iter().chain(std::iter::once(&text.title));
    for (i, name) in names.enumerate() {
        let mut words = Vec::new();
        tokens::words(name, |w| words.push(w.to_owned()));
        if !words.is_empty() && !labels.iter().any(|(known, _)| *known == words) {
            labels.push((words, i == 0));
        }
    }
    Some(IndexedPage {
        labels,
        foreign,
        url,
        title: text.title,
        kind: text.kind,
        excerpt,
        length,
        word_text,
        words,
    })
}

/// How each index word is stemmed: with the site language's stemmer, or, for a word written
/// only in one other language (`lang`), with that language's, its stem marked with the
/// language (`fr:social`) so that it never meets an English word with the same stem; words
/// of several other languages, and of languages without a stemmer, are their own stem.
struct Stems<'a> {
    site: &'a str,
    foreign: &'a FastMap<&'a str, WordLanguage>,
    known: &'a WordSet<'a>,
}

impl Stems<'_> {
    /// The stem function (with its stemmers made once, for one thread).
    fn stemmer(&self) -> impl Fn(&str) -> String + '_ {
        let site = tokens::stemmer(self.site);
        let mut others: BTreeMap<&str, Option<rust_stemmers::Stemmer>> = BTreeMap::new();
        for language in self.foreign.values() {
            if let WordLanguage::Other(code) = language {
                others
                    .entry(code.as_str())
                    .or_insert_with(|| tokens::stemmer(code));
            }
        }
        move |word: &str| -> String {
            if !self.known.contains(word) {
                return word.to_owned(); // a name's word that no page text holds
            }
            match self.foreign.get(word) {
                None | Some(WordLanguage::Site) => site
                    .as_ref()
                    .map_or_else(|| word.to_owned(), |s| s.stem(word).into_owned()),
                Some(WordLanguage::Other(code)) => match others.get(code.as_str()) {
                    Some(Some(s)) => format!("{code}:{}", s.stem(word)),
                    _ => word.to_owned(),
                },
                Some(WordLanguage::Mixed) => word.to_owned(),
            }
        }
    }
}

/// A page's name as index words, filed under its rarest word.
#[derive(Clone, Copy)]
struct Name<'a> {
    page: u32,
    words: &'a [String],
    /// The word whose file holds the name: the one on fewest pages.
    filed_under: &'a str,
    /// The page's title (rather than another of its names).
    title: bool,
}

/// `{"word":["stem",[delta,score,…]],…," ":{"stem key":[[page,"words",title],…],…}}` for
/// one shard; a word cut to its [`MAX_POSTINGS`] strongest pages has a third item, how
/// many pages hold it (`["stem",[…],pages]`). The key `" "` (never a word) holds the names filed here, by the stems of their
/// words joined with spaces, each with its page, its own words and 1 for a title (0 for
/// another name): a query whose words have those stems names the page (the script ranks it
/// first: titles, then the nearest spelling).
fn shard_json(
    words: &[WordEntry<'_>],
    names: &[Name<'_>],
    stem_of: &dyn Fn(&str) -> String,
) -> String {
    let mut out = String::from("{");
    for (i, entry) in words.iter().enumerate() {
        let (word, list) = (entry.word, &entry.postings);
        if i > 0 {
            out.push(',');
        }
        let stem = stem_of(word);
        out.push_str(&json_string(word));
        out.push_str(":[");
        out.push_str(&json_string(&stem));
        out.push_str(",[");
        let mut previous = 0;
        for (j, (page, weight)) in list.iter().enumerate() {
            if j > 0 {
                out.push(',');
            }
            let _ = write!(out, "{},{weight}", page - previous);
            previous = *page;
        }
        out.push(']');
        if entry.pages > list.len() {
            let _ = write!(out, ",{}", entry.pages);
        }
        out.push(']');
    }
    if !names.is_empty() {
        let mut by_key: BTreeMap<String, Vec<(u32, String, bool)>> = BTreeMap::new();
        for name in names {
            let key: Vec<String> = name.words.iter().map(|w| stem_of(w)).collect();
            by_key.entry(key.join(" ")).or_default().push((
                name.page,
                name.words.join(" "),
                name.title,
            ));
        }
        if !words.is_empty() {
            out.push(',');
        }
        out.push_str("\" \":{");
        for (i, (key, pages)) in by_key.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            out.push_str(&json_string(key));
            out.push_str(":[");
            for (j, (page, surface, title)) in pages.iter().enumerate() {
                if j > 0 {
                    out.push(',');
                }
                let _ = write!(
                    out,
                    "[{page},{},{}]",
                    json_string(surface),
                    u8::from(*title)
                );
            }
            out.push(']');
        }
        out.push('}');
    }
    out.push('}');
    out
}

/// `[{"u":…,"t":…,"k":…,"x":…},…]` for one page file.
fn pages_json(pages: &[IndexedPage]) -> String {
    let list: Vec<serde_json::Value> = pages
        .iter()
        .map(|p| serde_json::json!({ "u": p.url, "t": p.title, "k": p.kind, "x": p.excerpt }))
        .collect();
    serde_json::to_string(&list).unwrap_or_default()
}

/// BM25's term-frequency part for a word seen `plain` times in the body of a page of
/// `length` words (the hub's pages average `average`), scaled to 1–255, plus 256 × its
/// emphasised weight. Computed here so that the script needs no page lengths: a `meta.json`
/// with one length per page would be downloaded by every query and grow with the hub.
fn posting_score(weight: u32, length: u32, average: f64) -> u32 {
    const K1: f64 = BM25_K1;
    const B: f64 = 0.75;
    let (plain, emphasised) = (weight % 256, weight / 256);
    if plain == 0 {
        return 256 * emphasised;
    }
    let norm = 1.0 - B + B * f64::from(length) / average.max(1.0);
    let tf = f64::from(plain) * (K1 + 1.0) / (f64::from(plain) + K1 * norm);
    let scaled = (tf / (K1 + 1.0) * 255.0).round().clamp(1.0, 255.0) as u32;
    scaled + 256 * emphasised
}

fn meta_json(pages: &[IndexedPage], language: &str, split: &[String]) -> String {
    serde_json::json!({
        "format": FORMAT,
        "language": language,
        "pages": pages.len(),
        "per_file": PAGES_PER_FILE,
        "split": split,
    })
    .to_string()
}

fn json_string(s: &str) -> String {
    serde_json::to_string(s).unwrap_or_else(|_| "\"\"".into())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn as_pairs(pages: &[OutputFile]) -> impl Iterator<Item = (&str, &[u8])> {
        pages.iter().map(|p| (p.path.as_str(), p.bytes.as_slice()))
    }

    fn page(path: &str, html: &str) -> OutputFile {
        OutputFile {
            path: path.into(),
            bytes: html.as_bytes().to_vec(),
        }
    }

    #[test]
    fn a_word_on_very_many_pages_lists_those_where_it_weighs_most_and_counts_them_all() {
        let total = MAX_POSTINGS + 100;
        let mut pages: Vec<OutputFile> = (0..total)
            .map(|n| {
                // Page 1234 has the word in its title only; every other page says it six
                // times (pages 0, 10, 20, … nine times), so that each outweighs the title
                // alone in the script's score.
                let body = if n == 1234 {
                    "nothing else here".to_string()
                } else if n % 10 == 0 {
                    "ubiquitous ".repeat(9)
                } else {
                    "ubiquitous ".repeat(6)
                };
                let title = if n == 1234 { "Ubiquitous" } else { "Page" };
                page(
                    &format!("p/{n:05}/index.html"),
                    &format!(r#"<main data-search-body data-search-kind="Page"><h1>{title}</h1><p>{body}</p></main>"#),
                )
            })
            .collect();
        pages.push(page(
            "p/rare/index.html",
            r#"<main data-search-body data-search-kind="Page"><h1>Rare</h1><p>ubiquitous rarity</p></main>"#,
        ));
        let files = search_index(as_pairs(&pages), "en");
        let entry_of = |word: &str| -> Vec<serde_json::Value> {
            files
                .iter()
                .filter(|f| f.path.starts_with("search-index/words/"))
                .map(|f| serde_json::from_slice::<serde_json::Value>(&f.bytes).unwrap())
                .find_map(|words| words[word].as_array().cloned())
                .unwrap()
        };
        let entry = entry_of("ubiquitous");
        assert_eq!(entry.len(), 3, "pruned entries carry their page count");
        assert_eq!(entry[2], total + 1);
        let postings = entry[1].as_array().unwrap();
        assert_eq!(postings.len() / 2, MAX_POSTINGS);
        let mut page_numbers = Vec::new();
        let mut at = 0;
        for pair in postings.chunks(2) {
            at += pair[0].as_u64().unwrap();
            page_numbers.push(at);
        }
        assert!(
            page_numbers.windows(2).all(|w| w[0] < w[1]),
            "page order kept"
        );
        assert!(
            page_numbers.contains(&1234),
            "the page with the word only in its title is kept"
        );
        let dense = (0..total as u64).filter(|n| n % 10 == 0);
        assert!(
            dense.clone().all(|n| page_numbers.contains(&n)),
            "the pages where it weighs most are kept"
        );
        // A word on few pages lists them all, without a count.
        assert_eq!(entry_of("rarity").len(), 2);
    }

    #[test]
    fn a_name_is_filed_with_its_rarest_word() {
        let places = ["Tonton", "Verdel", "Salsan", "Arlin"];
        let pages: Vec<OutputFile> = places
            .iter()
            .map(|place| {
                page(
                    &format!("evidence/{place}/index.html"),
                    &format!(r#"<main data-search-body data-search-kind="Evidence"><h1>Evaluation in {place}</h1><p>An evaluation.</p></main>"#),
                )
            })
            .collect();
        let files = search_index(as_pairs(&pages), "en");
        let holding = |page: u64| -> Vec<&str> {
            files
                .iter()
                .filter(|f| {
                    let words: serde_json::Value = serde_json::from_slice(&f.bytes).unwrap();
                    words[" "].as_object().is_some_and(|names| {
                        names
                            .values()
                            .flat_map(|v| v.as_array().unwrap())
                            .any(|n| n[0] == page)
                    })
                })
                .map(|f| f.path.as_str())
                .collect()
        };
        // Pages in path order: Arlin 0, Salsan 1, Tonton 2, Verdel 3. "evaluation" and
        // "in" are on every page; each place on one.
        assert_eq!(holding(2), ["search-index/words/746f.json"]);
        assert_eq!(holding(0), ["search-index/words/6172.json"]);
    }

    #[test]
    fn indexes_marked_pages_with_delta_postings() {
        let pages = [
            page(
                "glossary/link-worker/index.html",
                r#"<main data-search-body data-search-kind="Glossary term"><h1>Link worker</h1><p>Links people.</p></main>"#,
            ),
            page("index.html", r#"<main id="main"><h1>Home</h1></main>"#),
            page(
                "case-studies/a/index.html",
                r#"<main data-search-body data-search-kind="Case study"><h1>A</h1><p>A link worker, linking.</p></main>"#,
            ),
        ];
        let files = search_index(as_pairs(&pages), "en");
        let get = |path: &str| {
            let f = files.iter().find(|f| f.path == path).unwrap();
            serde_json::from_slice::<serde_json::Value>(&f.bytes).unwrap()
        };
        // Pages are numbered in path order: case study 0, term 1; the home page is unmarked.
        let li = get("search-index/words/6c69.json");
        // "link" once in the case study's 3-word body (the pages average 3.5 words):
        // BM25's tf part 2.2 / (1 + 1.2 × (0.25 + 0.75 × 3 / 3.5)) = 1.062, scaled by
        // 255 / 2.2 to 123; in the term's title only: its weight 7, times 256.
        assert_eq!(
            li["link"],
            serde_json::json!(["link", [0, 123, 1, 7 * 256]])
        );
        assert_eq!(li["linking"][0], "link");
        assert_eq!(li["links"][0], "link");
        let meta = get("search-index/meta.json");
        assert_eq!(meta["pages"], 2);
        assert!(
            meta.get("lengths").is_none(),
            "no per-page data in meta.json"
        );
        let listed = get("search-index/pages/0.json");
        assert_eq!(listed[1]["u"], "glossary/link-worker/");
        assert_eq!(listed[1]["t"], "Link worker");
        assert_eq!(listed[1]["k"], "Glossary term");
        assert_eq!(listed[0]["x"], "A link worker, linking.");
    }

    #[test]
    fn a_page_is_filed_under_each_of_its_names_by_their_stems() {
        let pages = [
            page(
                "glossary/link-worker/index.html",
                r#"<main data-search-body data-search-kind="Glossary term" data-search-labels="Link worker|SPLW|social prescriber|agente de enlace"><h1>Link worker (SPLW)</h1><p>Links people.</p><dd data-search-weight="8">social prescriber</dd><p lang="es">agente de enlace</p></main>"#,
            ),
            page(
                "case-studies/links/index.html",
                r#"<main data-search-body><h1>Linking workers</h1><p>Text.</p></main>"#,
            ),
        ];
        let files = search_index(as_pairs(&pages), "en");
        let get = |path: &str| {
            let f = files.iter().find(|f| f.path == path).unwrap();
            serde_json::from_slice::<serde_json::Value>(&f.bytes).unwrap()
        };
        let li = get("search-index/words/6c69.json");
        let names = &li[" "];
        // Pages in path order: the case study 0, the term 1. The term's own label is its
        // name (1); "Linking workers" has the same stems, as a title; the <h1> with the
        // abbreviation is another name (0).
        assert_eq!(
            names["link worker"],
            serde_json::json!([[0, "linking workers", 1], [1, "link worker", 1]])
        );
        assert_eq!(
            names["link worker splw"],
            serde_json::json!([[1, "link worker splw", 0]])
        );
        assert_eq!(
            get("search-index/words/7370.json")[" "]["splw"],
            serde_json::json!([[1, "splw", 0]])
        );
        assert_eq!(
            get("search-index/words/736f.json")[" "]["social prescrib"],
            serde_json::json!([[1, "social prescriber", 0]])
        );
        // The Spanish name is stemmed in Spanish, its stems marked as such.
        let es = get("search-index/words/6167.json");
        assert_eq!(es["agente"][0], "es:agent");
        assert!(es[" "]["es:agent es:de es:enlac"].is_array(), "{es}");
    }

    #[test]
    fn large_word_files_are_split_by_three_characters() {
        // Thousands of words starting "ab" (and the word "ab" itself) on one page.
        let words: Vec<String> = (0..1000).map(|n| format!("ab{n}")).collect();
        let html = format!(
            "<main data-search-body><h1>Ab</h1><p>ab {} cd</p></main>",
            words.join(" ")
        );
        let files = search_index(as_pairs(&[page("p/index.html", &html)]), "en");
        let get = |path: &str| -> Option<serde_json::Value> {
            let f = files.iter().find(|f| f.path == path)?;
            Some(serde_json::from_slice(&f.bytes).unwrap())
        };
        let meta = get("search-index/meta.json").unwrap();
        assert_eq!(meta["split"], serde_json::json!(["6162"]));
        let two = get("search-index/words/6162.json").unwrap();
        // The word "ab" and the page's name "Ab", filed with it.
        assert_eq!(
            two.as_object().unwrap().keys().collect::<Vec<_>>(),
            ["ab", " "]
        );
        assert_eq!(two[" "]["ab"], serde_json::json!([[0, "ab", 1]]));
        let ab1 = get("search-index/words/616231.json").unwrap();
        assert!(ab1.get("ab100").is_some() && ab1.get("ab200").is_none());
        let too_big: Vec<(&str, usize)> = files
            .iter()
            .filter(|f| f.bytes.len() > SPLIT_BYTES && !f.path.ends_with("meta.json"))
            .map(|f| (f.path.as_str(), f.bytes.len()))
            .collect();
        assert!(too_big.is_empty(), "{too_big:?}");
        // Small files stay whole.
        assert!(get("search-index/words/6364.json").is_some());
    }

    #[test]
    fn nothing_to_index_gives_no_files() {
        let home = [page("index.html", "<main><h1>x</h1></main>")];
        assert!(search_index(as_pairs(&home), "en").is_empty());
    }
}
