//! Sanitizes rendered Markdown: contributed raw HTML may not run scripts or load content.

use std::sync::OnceLock;

/// Removes scripts, event handlers, `javascript:`/`data:` URLs, styles, iframes and any
/// other markup outside a small allowlist, keeping what the Markdown renderer produces.
pub fn sanitize(html: &str) -> String {
    static CLEANER: OnceLock<ammonia::Builder<'static>> = OnceLock::new();
    CLEANER
        .get_or_init(|| {
            let mut b = ammonia::Builder::default();
            b.add_generic_attributes(["id", "class"])
                .add_tags(["input", "figure", "figcaption"])
                .add_tag_attributes("input", ["type", "checked", "disabled", "aria-label"])
                .add_tag_attributes("a", ["data-tip", "aria-describedby"])
                .add_tag_attributes("th", ["style"])
                .add_tag_attributes("td", ["style"])
                .filter_style_properties(["text-align"].into())
                .link_rel(None)
                .url_schemes(["http", "https", "mailto", "tel"].into());
            b
        })
        .clean(html)
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::sanitize;

    #[test]
    fn removes_scripts_handlers_and_javascript_urls() {
        let out = sanitize(
            r#"<p>ok</p><script>alert(1)</script><img src="x" onerror="alert(2)"><a href="javascript:alert(3)">x</a><a href="data:text/html,hi">d</a>"#,
        );
        assert!(!out.contains("<script"), "{out}");
        assert!(!out.contains("onerror"), "{out}");
        assert!(!out.contains("javascript:"), "{out}");
        assert!(!out.contains("data:"), "{out}");
        assert!(out.contains("<p>ok</p>"), "{out}");
    }

    #[test]
    fn keeps_term_links_and_heading_ids() {
        let html = r##"<h2 id="why">Why</h2><p><a class="term-link" href="/glossary/x/" data-tip="A thing" aria-describedby="tip-x">x</a></p>"##;
        let out = sanitize(html);
        assert!(out.contains(r#"id="why""#), "{out}");
        assert!(out.contains(r#"data-tip="A thing""#), "{out}");
        assert!(out.contains(r#"class="term-link""#), "{out}");
    }
}
