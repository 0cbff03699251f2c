//! Request paths → files of the in-memory site. Only exact keys of the built site can be
//! served; `..`, encoded separators, backslashes and NUL never match anything.

/// What a request path resolves to.
#[derive(Debug, PartialEq, Eq)]
pub(super) enum Lookup {
    /// A file of the site, by key.
    File(String),
    /// A directory asked for without its trailing slash.
    Redirect(String),
    /// Nothing: serve the 404 page.
    NotFound,
}

/// Resolves the raw request path against the site's files.
pub(super) fn resolve(raw: &str, exists: impl Fn(&str) -> bool) -> Lookup {
    let Ok(decoded) = percent_encoding::percent_decode_str(raw).decode_utf8() else {
        return Lookup::NotFound;
    };
    // Reject anything that is not a plain path: parent segments, backslashes, NUL, or an
    // encoded slash (which decodes into a separator the client did not send as one).
    let encoded_slash =
        raw.to_ascii_lowercase().contains("%2f") || raw.to_ascii_lowercase().contains("%5c");
    if encoded_slash
        || decoded.contains('\\')
        || decoded.contains('\0')
        || !decoded.starts_with('/')
    {
        return Lookup::NotFound;
    }
    if decoded
        .split('/')
        .any(|segment| segment == ".." || segment == ".")
    {
        return Lookup::NotFound;
    }
    let rel = decoded.trim_start_matches('/');
    if rel.contains("//") {
        return Lookup::NotFound;
    }
    if rel.is_empty() || rel.ends_with('/') {
        let key = format!("{rel}index.html");
        return if exists(&key) {
            Lookup::File(key)
        } else {
            Lookup::NotFound
        };
    }
    if exists(rel) {
        return Lookup::File(rel.to_string());
    }
    if exists(&format!("{rel}/index.html")) {
        return Lookup::Redirect(format!("{decoded}/"));
    }
    Lookup::NotFound
}

/// The content type of a site file, by extension.
pub(super) fn content_type(path: &str) -> &'static str {
    let ext = path.rsplit('.').next().unwrap_or("");
    match (path, ext) {
        (_, "html") => "text/html; charset=utf-8",
        (_, "css") => "text/css; charset=utf-8",
        (_, "js" | "mjs") => "text/javascript; charset=utf-8",
        (_, "json") => "application/json",
        (_, "jsonld") => "application/ld+json",
        (_, "ttl") => "text/turtle; charset=utf-8",
        (_, "csv") => "text/csv; charset=utf-8",
        (_, "ics") => "text/calendar; charset=utf-8",
        ("atom.xml", _) => "application/atom+xml",
        (_, "xml") => "application/xml",
        (_, "txt") => "text/plain; charset=utf-8",
        (_, "svg") => "image/svg+xml",
        (_, "png") => "image/png",
        (_, "jpg" | "jpeg") => "image/jpeg",
        (_, "webp") => "image/webp",
        (_, "gif") => "image/gif",
        (_, "ico") => "image/x-icon",
        (_, "woff2") => "font/woff2",
        (_, "pdf") => "application/pdf",
        _ => "application/octet-stream",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn site(p: &str) -> bool {
        [
            "index.html",
            "glossary/index.html",
            "glossary/x/index.html",
            "static/style.css",
            "404.html",
        ]
        .contains(&p)
    }

    #[test]
    fn serves_files_directories_and_redirects() {
        assert_eq!(resolve("/", site), Lookup::File("index.html".into()));
        assert_eq!(
            resolve("/glossary/x/", site),
            Lookup::File("glossary/x/index.html".into())
        );
        assert_eq!(
            resolve("/glossary/x", site),
            Lookup::Redirect("/glossary/x/".into())
        );
        assert_eq!(
            resolve("/static/style.css", site),
            Lookup::File("static/style.css".into())
        );
        assert_eq!(resolve("/nope/", site), Lookup::NotFound);
    }

    #[test]
    fn traversal_forms_never_resolve() {
        for raw in [
            "/../index.html",
            "/glossary/../index.html",
            "/%2e%2e/index.html",
            "/%2E%2E/%2E%2E/etc/passwd",
            "/glossary%2fx/index.html",
            "/glossary%2Fx%2Findex.html",
            "/..%5cindex.html",
            "/glossary\\..\\index.html",
            "/./index.html",
            "//etc/passwd",
            "/%00index.html",
            "/%ff",
        ] {
            assert!(!matches!(resolve(raw, site), Lookup::File(_)), "{raw}");
        }
    }

    #[test]
    fn content_types() {
        assert_eq!(content_type("a/index.html"), "text/html; charset=utf-8");
        assert_eq!(content_type("atom.xml"), "application/atom+xml");
        assert_eq!(
            content_type("api/glossary.ttl"),
            "text/turtle; charset=utf-8"
        );
        assert_eq!(content_type("api/glossary.jsonld"), "application/ld+json");
    }
}
