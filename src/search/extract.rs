//! What a rendered page says, for the search index: the text of its `<main>` element, split
//! into runs that carry a weight (a title counts more than a paragraph).
//!
//! This reads hub's own output, which its templates and Markdown renderer keep well formed;
//! it is a tolerant scanner, not a general HTML parser. Malformed markup never panics: at
//! worst a run of text gets the wrong weight.

/// The searchable parts of one page.
#[derive(Debug, Default, PartialEq)]
pub struct PageText {
    /// Text of the first `<h1>`.
    pub title: String,
    /// The page's kind, from `data-search-kind` on `<main>` ("Glossary term", "Case study"…).
    pub kind: String,
    /// Visible text, in reading order, in runs of one weight and language.
    pub runs: Vec<Run>,
    /// The page's names besides its title, from `data-search-labels` on `<main>` (`|`
    /// between names): a term's abbreviations, aliases, regional labels and translations.
    pub labels: Vec<String>,
}

/// A stretch of text with one weight and one language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Run {
    /// The text.
    pub text: String,
    /// 1 for body text; more for titles and names.
    pub weight: u32,
    /// The `lang` of the nearest element that sets one inside `<main>` (`None`: the page's).
    pub lang: Option<String>,
}

/// Elements whose content is never indexed.
const SKIPPED: [&str; 5] = ["script", "style", "svg", "template", "noscript"];
/// Elements without a closing tag.
const VOID: [&str; 12] = [
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "wbr",
];
/// Elements that do not separate words (everything else does, so that a `<dt>` and its
/// `<dd>` do not run together as one word).
const INLINE: [&str; 20] = [
    "a", "abbr", "b", "bdi", "cite", "code", "data", "dfn", "em", "i", "kbd", "mark", "q", "s",
    "small", "span", "strong", "sub", "sup", "time",
];
/// Weight of an `<h1>` that sets none itself.
const HEADING_WEIGHT: u32 = 7;

/// Extracts the searchable text of `html`, if its `<main>` is marked `data-search-body`.
pub fn page_text(html: &str) -> Option<PageText> {
    let start = html.find("<main ")?;
    let open_end = start + html[start..].find('>')?;
    let main_attrs = &html[start + "<main".len()..open_end];
    if !has_attribute(main_attrs, "data-search-body") {
        return None;
    }
    let end = open_end + html[open_end..].find("</main>")?;
    let mut page = PageText {
        kind: attribute(main_attrs, "data-search-kind")
            .map(decode)
            .unwrap_or_default(),
        labels: attribute(main_attrs, "data-search-labels")
            .map(decode)
            .map(|names| {
                names
                    .split('|')
                    .map(str::trim)
                    .filter(|n| !n.is_empty())
                    .map(str::to_owned)
                    .collect()
            })
            .unwrap_or_default(),
        ..PageText::default()
    };
    scan(&html[open_end + 1..end], &mut page);
    Some(page)
}

/// One open element: its name, the weight of text inside it, and whether it is ignored.
struct Open<'a> {
    name: &'a str,
    weight: u32,
    ignored: bool,
    lang: Option<&'a str>,
}

fn scan(body: &str, page: &mut PageText) {
    let mut stack: Vec<Open> = Vec::new();
    let mut title: Option<String> = None;
    let mut in_title = false;
    let mut rest = body;
    while !rest.is_empty() {
        let Some(lt) = rest.find('<') else {
            push_text(rest, &stack, page, &mut title, in_title);
            break;
        };
        push_text(&rest[..lt], &stack, page, &mut title, in_title);
        rest = &rest[lt..];
        if let Some(after) = rest.strip_prefix("<!--") {
            rest = after.find("-->").map_or("", |i| &after[i + 3..]);
            continue;
        }
        let Some(gt) = tag_end(rest) else { break };
        let tag = &rest[1..gt];
        rest = &rest[gt + 1..];
        if let Some(name) = tag.strip_prefix('/') {
            let name = name.trim().to_ascii_lowercase();
            if let Some(at) = stack
                .iter()
                .rposition(|o| o.name.eq_ignore_ascii_case(&name))
            {
                if in_title && stack[at].name.eq_ignore_ascii_case("h1") {
                    in_title = false;
                }
                stack.truncate(at);
            }
            if !INLINE.contains(&name.as_str()) {
                separate(page);
            }
            continue;
        }
        let name_len = tag
            .find(|c: char| c.is_ascii_whitespace() || c == '/')
            .unwrap_or(tag.len());
        let name = &tag[..name_len];
        let attrs = &tag[name_len..];
        let lower = name.to_ascii_lowercase();
        if !INLINE.contains(&lower.as_str()) {
            separate(page);
        }
        if SKIPPED.contains(&lower.as_str()) {
            let close = format!("</{lower}");
            rest = find_ignore_case(rest, &close)
                .and_then(|i| rest[i..].find('>').map(|j| &rest[i + j + 1..]))
                .unwrap_or("");
            continue;
        }
        if VOID.contains(&lower.as_str()) || tag.ends_with('/') {
            continue;
        }
        let parent_weight = stack.last().map_or(1, |o| o.weight);
        let weight = attribute(attrs, "data-search-weight")
            .and_then(|w| w.trim().parse().ok())
            .unwrap_or(if lower == "h1" {
                HEADING_WEIGHT
            } else {
                parent_weight
            });
        let ignored =
            stack.last().is_some_and(|o| o.ignored) || has_attribute(attrs, "data-search-ignore");
        if lower == "h1" && title.is_none() && !ignored {
            title = Some(String::new());
            in_title = true;
        }
        let lang = attribute(attrs, "lang")
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .or_else(|| stack.last().and_then(|o| o.lang));
        stack.push(Open {
            name,
            weight,
            ignored,
            lang,
        });
    }
    page.title = title.map(|t| collapse_spaces(&t)).unwrap_or_default();
}

/// Adds a text node to the current run (and to the title while inside the first `<h1>`).
fn push_text(
    raw: &str,
    stack: &[Open],
    page: &mut PageText,
    title: &mut Option<String>,
    in_title: bool,
) {
    if raw.is_empty() || stack.last().is_some_and(|o| o.ignored) {
        return;
    }
    let text = decode(raw);
    if in_title && let Some(t) = title.as_mut() {
        t.push_str(&text);
    }
    let weight = stack.last().map_or(1, |o| o.weight);
    let lang = stack.last().and_then(|o| o.lang);
    match page.runs.last_mut() {
        Some(run) if run.weight == weight && run.lang.as_deref() == lang => {
            run.text.push_str(&text)
        }
        _ => page.runs.push(Run {
            text,
            weight,
            lang: lang.map(str::to_owned),
        }),
    }
}

/// Ends a word at an element boundary.
fn separate(page: &mut PageText) {
    if let Some(run) = page.runs.last_mut()
        && !run.text.ends_with(' ')
    {
        run.text.push(' ');
    }
}

/// Index of the `>` that closes the tag starting at `s[0] == '<'`, skipping quoted values.
fn tag_end(s: &str) -> Option<usize> {
    let mut quote = None;
    for (i, c) in s.char_indices().skip(1) {
        match (quote, c) {
            (None, '"' | '\'') => quote = Some(c),
            (Some(q), c) if c == q => quote = None,
            (None, '>') => return Some(i),
            _ => {}
        }
    }
    None
}

fn find_ignore_case(haystack: &str, needle: &str) -> Option<usize> {
    haystack
        .as_bytes()
        .windows(needle.len())
        .position(|w| w.eq_ignore_ascii_case(needle.as_bytes()))
}

/// Whether a tag's attribute text holds attribute `name` (with or without a value).
fn has_attribute(attrs: &str, name: &str) -> bool {
    attribute_spans(attrs).any(|(n, _)| n.eq_ignore_ascii_case(name))
}

/// The raw (still escaped) value of attribute `name`.
fn attribute<'a>(attrs: &'a str, name: &str) -> Option<&'a str> {
    attribute_spans(attrs)
        .find(|(n, _)| n.eq_ignore_ascii_case(name))
        .and_then(|(_, v)| v)
}

/// The attributes of a tag as (name, value) pairs.
fn attribute_spans(attrs: &str) -> impl Iterator<Item = (&str, Option<&str>)> {
    let mut rest = attrs;
    std::iter::from_fn(move || {
        rest = rest.trim_start_matches(|c: char| c.is_ascii_whitespace() || c == '/');
        if rest.is_empty() {
            return None;
        }
        let name_end = rest
            .find(|c: char| c.is_ascii_whitespace() || c == '=' || c == '/')
            .unwrap_or(rest.len());
        let name = &rest[..name_end];
        rest = rest[name_end..].trim_start();
        let Some(after_eq) = rest.strip_prefix('=') else {
            return Some((name, None));
        };
        let after_eq = after_eq.trim_start();
        let (value, remainder) = match after_eq.chars().next() {
            Some(q @ ('"' | '\'')) => {
                let inner = &after_eq[1..];
                let end = inner.find(q).unwrap_or(inner.len());
                (&inner[..end], inner.get(end + 1..).unwrap_or(""))
            }
            _ => {
                let end = after_eq
                    .find(|c: char| c.is_ascii_whitespace())
                    .unwrap_or(after_eq.len());
                (&after_eq[..end], &after_eq[end..])
            }
        };
        rest = remainder;
        Some((name, Some(value)))
    })
}

/// Decodes the character references hub's renderers write (named ones for markup
/// characters and the non-breaking space, and every numeric one).
pub fn decode(raw: &str) -> String {
    if !raw.contains('&') {
        return raw.to_owned();
    }
    let mut out = String::with_capacity(raw.len());
    let mut rest = raw;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        rest = &rest[amp..];
        let decoded = rest
            .find(';')
            .filter(|&semi| semi <= 10)
            .and_then(|semi| reference(&rest[1..semi]).map(|c| (c, semi)));
        match decoded {
            Some((c, semi)) => {
                out.push(c);
                rest = &rest[semi + 1..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

fn reference(name: &str) -> Option<char> {
    let code = if let Some(hex) = name.strip_prefix("#x").or_else(|| name.strip_prefix("#X")) {
        u32::from_str_radix(hex, 16).ok()?
    } else if let Some(dec) = name.strip_prefix('#') {
        dec.parse().ok()?
    } else {
        return match name {
            "amp" => Some('&'),
            "lt" => Some('<'),
            "gt" => Some('>'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            "nbsp" => Some('\u{a0}'),
            _ => None,
        };
    };
    char::from_u32(code)
}

/// The text with every run of white space made one space, trimmed.
pub fn collapse_spaces(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_title_kind_weights_and_skips_hidden_parts() {
        let html = r#"<html><body><nav>Menu</nav><main id="main" data-search-body data-search-kind="Glossary term">
<h1 itemprop="name">Link <span class="abbr">(LW)</span></h1>
<dl><div><dt>Setting</dt><dd data-search-weight="8">Primary&nbsp;care &amp; more</dd></div></dl>
<script>var x = "<h1>no</h1>";</script><svg><title>map</title></svg>
<p data-search-ignore>hidden <b>too</b></p><!-- note --><p>Body <a href="/x" title="a > b">text</a>.</p>
</main><footer>Foot</footer>"#;
        let page = page_text(html).unwrap();
        assert_eq!(page.title, "Link (LW)");
        assert_eq!(page.kind, "Glossary term");
        let text: String = page.runs.iter().map(|r| r.text.as_str()).collect();
        let words: Vec<&str> = text.split_whitespace().collect();
        assert_eq!(
            words,
            [
                "Link",
                "(LW)",
                "Setting",
                "Primary\u{a0}care",
                "&",
                "more",
                "Body",
                "text."
            ]
            .iter()
            .flat_map(|w| w.split_whitespace())
            .collect::<Vec<_>>()
        );
        let has = |text: &str, weight: u32| {
            page.runs
                .iter()
                .any(|r| r.text.contains(text) && r.weight == weight)
        };
        assert!(has("Link", 7) && has("Primary", 8) && has("Body", 1));
    }

    #[test]
    fn runs_carry_the_language_of_their_element() {
        let html = r#"<main data-search-body><h1>Social prescribing</h1><table><tr><td lang="fr">prescription <b>sociale</b></td><td>English again</td></tr></table><p lang="ja">社会的処方</p></main>"#;
        let page = page_text(html).unwrap();
        let lang_of = |text: &str| {
            page.runs
                .iter()
                .find(|r| r.text.contains(text))
                .map(|r| r.lang.clone())
        };
        assert_eq!(lang_of("sociale"), Some(Some("fr".into())));
        assert_eq!(lang_of("prescription "), Some(Some("fr".into())));
        assert_eq!(lang_of("English"), Some(None));
        assert_eq!(lang_of("社会的処方"), Some(Some("ja".into())));
    }

    #[test]
    fn pages_without_the_marker_are_not_indexed() {
        assert_eq!(page_text("<main id=\"main\"><h1>Home</h1></main>"), None);
        assert_eq!(page_text("<p>no main</p>"), None);
        // Unclosed or broken markup does not panic.
        assert!(page_text("<main data-search-body><h1>T<p x=\"unclosed></main>").is_some());
    }

    #[test]
    fn decodes_references() {
        assert_eq!(decode("A&amp;E &#39;x&#x27; &copy; &"), "A&E 'x' &copy; &");
    }
}
