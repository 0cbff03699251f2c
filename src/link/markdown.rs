//! Markdown → safe HTML, with glossary terms auto-linked and wiki-links resolved.

use super::sanitize::sanitize;
use crate::config::AutolinkMode;
use crate::diagnostics::{Diagnostic, did_you_mean, line_col};
use crate::link::{Linker, join_path};
use pulldown_cmark::{CowStr, Event, HeadingLevel, LinkType, Options, Parser, Tag, TagEnd};
use std::collections::{BTreeMap, BTreeSet, HashSet};
use std::path::Path;

/// The result of rendering one body.
#[derive(Debug, Default, Clone)]
pub struct RenderedBody {
    /// Sanitized HTML.
    pub html: String,
    /// Terms mentioned (by index), with the number of mentions.
    pub mentions: BTreeMap<usize, usize>,
    /// Terms linked on the page (by index), for the tooltip descriptions.
    pub linked: BTreeSet<usize>,
    /// Headings of level 2 and 3: (level, id, text), for a table of contents.
    pub headings: Vec<(u8, String, String)>,
    /// Internal links, resolved to site paths, for the broken-link check.
    pub links: Vec<BodyLink>,
}

/// An internal link written in a body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BodyLink {
    /// The link as written.
    pub written: String,
    /// The site path it points to (without base path, fragment or query).
    pub target: String,
    /// File line.
    pub line: usize,
    /// Column.
    pub col: usize,
}

/// Where a body comes from, for error positions.
#[derive(Debug, Clone, Copy)]
pub struct BodySource<'a> {
    /// File, relative to the root.
    pub file: &'a Path,
    /// File line where the body starts.
    pub first_line: usize,
}

/// Options for rendering one body.
#[derive(Debug, Clone, Copy)]
pub struct BodyOptions<'a> {
    /// The site path prefix (`/` or `/sp-hub/`).
    pub base_path: &'a str,
    /// Auto-linking mode for this page.
    pub autolink: AutolinkMode,
    /// The term this page is about (never linked to itself).
    pub self_term: Option<usize>,
    /// Site path of the page (for relative links), e.g. `/glossary/link-worker/`.
    pub page_path: &'a str,
}

/// The Markdown extensions every body gets.
pub fn markdown_options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_SMART_PUNCTUATION
        | Options::ENABLE_HEADING_ATTRIBUTES
        | Options::ENABLE_WIKILINKS
}

/// File position of a byte offset in the body.
fn position(markdown: &str, source: BodySource<'_>, offset: usize) -> (usize, usize) {
    let (line, col) = line_col(markdown, offset);
    (line + source.first_line - 1, col)
}

/// Resolves an internal link to a site path; `None` for external links, anchors on the
/// same page, and `mailto:`/`tel:` links.
pub fn internal_target(dest: &str, page_path: &str) -> Option<String> {
    let dest = dest.split(['#', '?']).next().unwrap_or("");
    if dest.is_empty() || dest.starts_with("//") || dest.contains(':') {
        return None;
    }
    let joined = if dest.starts_with('/') {
        dest.to_string()
    } else {
        format!("{page_path}{dest}")
    };
    let mut parts: Vec<&str> = Vec::new();
    for part in joined.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                parts.pop();
            }
            p => parts.push(p),
        }
    }
    let mut path = format!("/{}", parts.join("/"));
    if (joined.ends_with('/') || joined.ends_with("/.") || joined.ends_with("/..")) && path != "/" {
        path.push('/');
    }
    Some(path)
}

/// Renders `markdown`. Unknown wiki-link targets are pushed to `diagnostics`.
pub fn render_body(
    markdown: &str,
    source: BodySource<'_>,
    linker: &Linker,
    options: BodyOptions<'_>,
    diagnostics: &mut Vec<Diagnostic>,
) -> RenderedBody {
    // Text is merged first: smart punctuation splits "men's shed" into three text events,
    // and a label can only be found in the whole run of text.
    let mut events: Vec<(Event<'_>, std::ops::Range<usize>)> =
        pulldown_cmark::TextMergeWithOffset::new(
            Parser::new_ext(markdown, markdown_options()).into_offset_iter(),
        )
        .collect();
    let headings = assign_heading_ids(&mut events);

    let mut out: Vec<Event<'_>> = Vec::with_capacity(events.len());
    let mut rendered = RenderedBody {
        headings,
        ..RenderedBody::default()
    };
    let mut no_link_depth = 0usize; // inside headings, links, images, code blocks
    let mut inline_html_depth = 0usize; // inside contributed inline HTML such as <span>…</span>
    let mut raw_html = false; // the body contains contributed HTML, which must be sanitized
    let mut link_stack: Vec<Option<&'static str>> = Vec::new(); // closing tag of replaced wiki-links
    // `[[link-worker]]` written with an id shows the term's label instead of the id.
    let mut label_instead: Option<String> = None;
    for (event, range) in events {
        match event {
            Event::Start(Tag::Link {
                link_type: LinkType::WikiLink { has_pothole },
                dest_url,
                ..
            }) => {
                no_link_depth += 1;
                match linker.resolve(&dest_url) {
                    Some(i) => {
                        rendered.linked.insert(i);
                        *rendered.mentions.entry(i).or_default() += 1;
                        warn_if_deprecated(
                            linker,
                            i,
                            options.self_term,
                            markdown,
                            source,
                            range.start,
                            diagnostics,
                        );
                        out.push(Event::InlineHtml(term_link_open(linker, i).into()));
                        link_stack.push(Some("</a>"));
                        let target = &linker.targets[i];
                        if !has_pothole
                            && dest_url.trim() == target.id
                            && !target.label.eq_ignore_ascii_case(&dest_url)
                        {
                            label_instead = Some(target.label.clone());
                        }
                    }
                    None => {
                        let (line, col) = position(markdown, source, range.start);
                        diagnostics.push(
                            Diagnostic::error(
                                source.file,
                                line,
                                col,
                                format!("`[[{dest_url}]]` does not name a glossary term"),
                            )
                            .with_optional_help(did_you_mean(&dest_url, linker.names())),
                        );
                        out.push(Event::InlineHtml("<span class=\"broken-link\">".into()));
                        link_stack.push(Some("</span>"));
                    }
                }
            }
            Event::Start(Tag::Link {
                link_type,
                dest_url,
                title,
                id,
            }) => {
                no_link_depth += 1;
                link_stack.push(None);
                if let Some(target) = internal_target(&dest_url, options.page_path) {
                    let (line, col) = position(markdown, source, range.start);
                    rendered.links.push(BodyLink {
                        written: dest_url.to_string(),
                        target,
                        line,
                        col,
                    });
                }
                let dest_url = checked_url(dest_url, markdown, source, range.start, diagnostics);
                let dest_url = rebase(dest_url, options.base_path);
                out.push(Event::Start(Tag::Link {
                    link_type,
                    dest_url,
                    title,
                    id,
                }));
            }
            Event::Text(_)
                if label_instead.is_some() && link_stack.last().is_some_and(Option::is_some) =>
            {
                out.push(Event::Text(label_instead.take().unwrap_or_default().into()));
            }
            Event::End(TagEnd::Link) => {
                no_link_depth = no_link_depth.saturating_sub(1);
                label_instead = None;
                match link_stack.pop().flatten() {
                    Some(closing) => out.push(Event::InlineHtml(closing.into())),
                    None => out.push(Event::End(TagEnd::Link)),
                }
            }
            Event::Start(Tag::Image {
                link_type,
                dest_url,
                title,
                id,
            }) => {
                no_link_depth += 1;
                if !has_alt_text(&markdown[range.clone()]) {
                    let (line, col) = position(markdown, source, range.start);
                    diagnostics.push(
                        Diagnostic::warning(source.file, line, col, "an image has no alt text")
                            .with_help("describe the image in the brackets: ![what it shows](file); screen readers read it aloud"),
                    );
                }
                let dest_url = checked_url(dest_url, markdown, source, range.start, diagnostics);
                let dest_url = rebase(dest_url, options.base_path);
                out.push(Event::Start(Tag::Image {
                    link_type,
                    dest_url,
                    title,
                    id,
                }));
            }
            Event::Start(Tag::Heading {
                level, id, classes, ..
            }) => {
                // `{#id .class}` is kept; other heading attributes (`{onclick=…}`) are dropped.
                no_link_depth += 1;
                out.push(Event::Start(Tag::Heading {
                    level,
                    id,
                    classes,
                    attrs: Vec::new(),
                }));
            }
            Event::Start(Tag::CodeBlock(_)) => {
                no_link_depth += 1;
                out.push(event);
            }
            Event::Html(html) => {
                raw_html = true;
                out.push(Event::Html(html));
            }
            Event::End(TagEnd::Image | TagEnd::Heading(_) | TagEnd::CodeBlock) => {
                no_link_depth = no_link_depth.saturating_sub(1);
                out.push(event);
            }
            Event::TaskListMarker(done) => {
                let (checked, label) = if done {
                    (" checked", "done")
                } else {
                    ("", "not done")
                };
                out.push(Event::InlineHtml(
                    format!("<input type=\"checkbox\" disabled{checked} aria-label=\"{label}\"> ")
                        .into(),
                ));
            }
            Event::InlineHtml(html) => {
                raw_html = true;
                inline_html_depth =
                    (inline_html_depth as isize + inline_html_nesting(&html)).max(0) as usize;
                out.push(Event::InlineHtml(html));
            }
            Event::Text(text)
                if no_link_depth == 0
                    && inline_html_depth == 0
                    && options.autolink != AutolinkMode::Off =>
            {
                let found = autolink_text(text, linker, options, &mut rendered, &mut out);
                for (term, offset) in found {
                    warn_if_deprecated(
                        linker,
                        term,
                        options.self_term,
                        markdown,
                        source,
                        range.start + offset,
                        diagnostics,
                    );
                }
            }
            other => out.push(other),
        }
    }
    let mut html = String::with_capacity(markdown.len() * 3 / 2);
    pulldown_cmark::html::push_html(&mut html, out.into_iter());
    // pulldown-cmark escapes all text and attributes, link schemes are checked above and our
    // own markup is safe, so only bodies with contributed HTML need the (costly) sanitizer.
    rendered.html = if raw_html { sanitize(&html) } else { html };
    rendered
}

fn autolink_text<'a>(
    text: CowStr<'a>,
    linker: &Linker,
    options: BodyOptions<'_>,
    rendered: &mut RenderedBody,
    out: &mut Vec<Event<'a>>,
) -> Vec<(usize, usize)> {
    let mentions = linker.matcher.find(&text);
    if mentions.is_empty() {
        out.push(Event::Text(text));
        return Vec::new();
    }
    let found = mentions
        .iter()
        .filter(|m| Some(m.term) != options.self_term)
        .map(|m| (m.term, m.start))
        .collect();
    let mut last = 0;
    for m in mentions {
        if Some(m.term) == options.self_term {
            continue;
        }
        *rendered.mentions.entry(m.term).or_default() += 1;
        let first = rendered.linked.insert(m.term);
        if !(first || options.autolink == AutolinkMode::All) {
            continue;
        }
        if m.start > last {
            out.push(Event::Text(text[last..m.start].to_string().into()));
        }
        out.push(Event::InlineHtml(term_link_open(linker, m.term).into()));
        out.push(Event::Text(text[m.start..m.end].to_string().into()));
        out.push(Event::InlineHtml("</a>".into()));
        last = m.end;
    }
    if last < text.len() {
        out.push(Event::Text(text[last..].to_string().into()));
    }
    found
}

/// Link and image URLs may be relative or use http, https, mailto or tel; anything else
/// (`javascript:`, `data:`, `vbscript:` …) is an error and is replaced by `#`.
fn checked_url<'a>(
    dest: CowStr<'a>,
    markdown: &str,
    source: BodySource<'_>,
    offset: usize,
    diagnostics: &mut Vec<Diagnostic>,
) -> CowStr<'a> {
    let scheme_end = dest
        .find(':')
        .filter(|&i| !dest[..i].contains(['/', '?', '#']));
    let Some(end) = scheme_end else { return dest };
    let scheme = dest[..end].trim().to_ascii_lowercase();
    if ["http", "https", "mailto", "tel"].contains(&scheme.as_str()) {
        return dest;
    }
    let (line, col) = position(markdown, source, offset);
    diagnostics.push(
        Diagnostic::error(source.file, line, col, format!("links may not use `{scheme}:` addresses"))
            .with_help("link to a web page (https://…), an email address (mailto:…) or a page of the hub (/glossary/…)"),
    );
    "#".into()
}

/// `![alt](src)`: true when the brackets hold some text.
fn has_alt_text(source: &str) -> bool {
    source
        .strip_prefix("![")
        .and_then(|rest| rest.find(']').map(|end| !rest[..end].trim().is_empty()))
        .unwrap_or(true)
}

/// A warning when text uses a deprecated term, naming its replacement.
fn warn_if_deprecated(
    linker: &Linker,
    term: usize,
    self_term: Option<usize>,
    markdown: &str,
    source: BodySource<'_>,
    offset: usize,
    diagnostics: &mut Vec<Diagnostic>,
) {
    let t = &linker.targets[term];
    // The replacement's own page may name the old term: that is where readers learn of it.
    if !t.deprecated || (self_term.is_some() && self_term == t.replaced_by) {
        return;
    }
    let (line, col) = position(markdown, source, offset);
    let help = match t.replaced_by.map(|r| &linker.targets[r]) {
        Some(r) => format!("use `{}` instead", r.label),
        None => "see the term's page for the preferred term".to_string(),
    };
    diagnostics.push(
        Diagnostic::warning(
            source.file,
            line,
            col,
            format!("`{}` is a deprecated term", t.label),
        )
        .with_help(help),
    );
}

/// +1 for an opening inline HTML tag, -1 for a closing one, 0 for void, self-closing tags
/// and comments.
fn inline_html_nesting(html: &str) -> isize {
    const VOID: [&str; 6] = ["br", "img", "hr", "input", "wbr", "source"];
    let html = html.trim();
    if html.starts_with("<!--") || html.ends_with("/>") {
        return 0;
    }
    if html.starts_with("</") {
        return -1;
    }
    let name: String = html
        .trim_start_matches('<')
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric())
        .collect();
    if name.is_empty() || VOID.contains(&name.to_ascii_lowercase().as_str()) {
        0
    } else {
        1
    }
}

fn term_link_open(linker: &Linker, term: usize) -> String {
    let t = &linker.targets[term];
    // The definition is on the page once, in the hidden `#tip-<id>` that screen readers
    // read as the link's description; hub.js shows it as the tooltip.
    format!(
        "<a class=\"term-link\" href=\"{}\" aria-describedby=\"tip-{}\">",
        escape_attr(&t.href),
        t.id
    )
}

/// Escapes text for an HTML attribute value in double quotes (and for element content).
pub fn escape_attr(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = String::with_capacity(s.len() + s.len() / 8);
    let mut last = 0;
    for (i, b) in bytes.iter().enumerate() {
        let replacement = match b {
            b'&' => "&amp;",
            b'"' => "&quot;",
            b'<' => "&lt;",
            b'>' => "&gt;",
            b'\'' => "&#39;",
            _ => continue,
        };
        out.push_str(&s[last..i]);
        out.push_str(replacement);
        last = i + 1;
    }
    out.push_str(&s[last..]);
    out
}

/// Site-absolute links (`/glossary/x/`) get the base path so the site works from a sub-path.
fn rebase<'a>(dest: CowStr<'a>, base_path: &str) -> CowStr<'a> {
    if base_path != "/" && dest.starts_with('/') && !dest.starts_with("//") {
        join_path(base_path, &dest).into()
    } else {
        dest
    }
}

/// Gives every heading without an explicit `{#id}` a stable id made from its text, unique on
/// the page; returns the level-2 and level-3 headings for a table of contents.
fn assign_heading_ids(
    events: &mut [(Event<'_>, std::ops::Range<usize>)],
) -> Vec<(u8, String, String)> {
    let mut used: HashSet<String> = HashSet::new();
    let mut toc = Vec::new();
    let mut i = 0;
    while i < events.len() {
        if let Event::Start(Tag::Heading { level, id, .. }) = &events[i].0 {
            let level = *level;
            let explicit = id.clone();
            let mut text = String::new();
            let mut j = i + 1;
            while j < events.len() && !matches!(events[j].0, Event::End(TagEnd::Heading(_))) {
                if let Event::Text(t) | Event::Code(t) = &events[j].0 {
                    text.push_str(t);
                }
                j += 1;
            }
            let base = explicit.map(|s| s.to_string()).unwrap_or_else(|| {
                let s = slug::slugify(&text);
                if s.is_empty() { "section".into() } else { s }
            });
            let mut candidate = base.clone();
            let mut n = 1;
            while !used.insert(candidate.clone()) {
                candidate = format!("{base}-{n}");
                n += 1;
            }
            if let Event::Start(Tag::Heading { id, .. }) = &mut events[i].0 {
                *id = Some(candidate.clone().into());
            }
            if matches!(level, HeadingLevel::H2 | HeadingLevel::H3) {
                toc.push((level as u8, candidate, text));
            }
            i = j;
        }
        i += 1;
    }
    toc
}

#[cfg(test)]
mod tests {
    use super::internal_target;

    #[test]
    fn internal_targets_are_resolved_against_the_page() {
        let page = "/case-studies/x/";
        assert_eq!(
            internal_target("/glossary/", page).as_deref(),
            Some("/glossary/")
        );
        assert_eq!(
            internal_target("../y/#top", page).as_deref(),
            Some("/case-studies/y/")
        );
        assert_eq!(
            internal_target("../../about/", page).as_deref(),
            Some("/about/")
        );
        assert_eq!(
            internal_target("/static/style.css", page).as_deref(),
            Some("/static/style.css")
        );
        assert_eq!(internal_target("https://example.org/", page), None);
        assert_eq!(internal_target("mailto:a@b.c", page), None);
        assert_eq!(internal_target("#section", page), None);
    }
}
