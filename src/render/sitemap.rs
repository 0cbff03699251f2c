//! `sitemap.xml`, by the sitemaps.org protocol. A sitemap file may hold at most 50,000 URLs
//! and 50 MB; a hub with more pages gets a sitemap index at `sitemap.xml` (where
//! `robots.txt` points) listing `sitemap-1.xml`, `sitemap-2.xml`, … Those files sit at the
//! site's root because a sitemap may only list URLs under its own folder.

use crate::output::OutputFile;

/// The protocol's most URLs in one sitemap file.
pub const MAX_URLS: usize = 50_000;
/// The protocol's largest sitemap file, uncompressed.
pub const MAX_BYTES: usize = 50 * 1024 * 1024;

const XML_DECLARATION: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
const NAMESPACE: &str = "http://www.sitemaps.org/schemas/sitemap/0.9";
const CLOSE: &str = "</urlset>\n";

/// The sitemap files for `entries` (each a whole `<url>…</url>` element and its line
/// break). `namespaces` adds attributes to `<urlset>` (such as `xmlns:xhtml` for
/// alternates); `url_of` turns a file's site path (`/sitemap-1.xml`) into its absolute URL.
pub fn sitemap_files(
    entries: &[String],
    namespaces: &str,
    url_of: &dyn Fn(&str) -> String,
) -> Vec<OutputFile> {
    files_within(entries, namespaces, url_of, MAX_URLS, MAX_BYTES)
}

fn files_within(
    entries: &[String],
    namespaces: &str,
    url_of: &dyn Fn(&str) -> String,
    max_urls: usize,
    max_bytes: usize,
) -> Vec<OutputFile> {
    let open = format!("{XML_DECLARATION}<urlset xmlns=\"{NAMESPACE}\"{namespaces}>\n");
    let room = max_bytes.saturating_sub(open.len() + CLOSE.len());
    let mut parts: Vec<String> = Vec::new();
    let mut current = open.clone();
    let mut count = 0;
    for entry in entries {
        if count > 0 && (count == max_urls || current.len() - open.len() + entry.len() > room) {
            current.push_str(CLOSE);
            parts.push(std::mem::replace(&mut current, open.clone()));
            count = 0;
        }
        current.push_str(entry);
        count += 1;
    }
    current.push_str(CLOSE);
    parts.push(current);
    if parts.len() == 1 {
        return vec![OutputFile {
            path: "sitemap.xml".into(),
            bytes: parts.remove(0).into_bytes(),
        }];
    }
    let mut index = format!("{XML_DECLARATION}<sitemapindex xmlns=\"{NAMESPACE}\">\n");
    let mut files = Vec::with_capacity(parts.len() + 1);
    for (n, xml) in parts.into_iter().enumerate() {
        let path = format!("sitemap-{}.xml", n + 1);
        index.push_str(&format!(
            "  <sitemap><loc>{}</loc></sitemap>\n",
            crate::link::markdown::escape_attr(&url_of(&format!("/{path}")))
        ));
        files.push(OutputFile {
            path,
            bytes: xml.into_bytes(),
        });
    }
    index.push_str("</sitemapindex>\n");
    files.push(OutputFile {
        path: "sitemap.xml".into(),
        bytes: index.into_bytes(),
    });
    files
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entries(n: usize) -> Vec<String> {
        (0..n)
            .map(|i| format!("  <url><loc>https://hub.example.org/p{i}/</loc></url>\n"))
            .collect()
    }

    fn url_of(path: &str) -> String {
        format!("https://hub.example.org{path}")
    }

    fn text(f: &OutputFile) -> &str {
        std::str::from_utf8(&f.bytes).unwrap()
    }

    #[test]
    fn a_site_within_the_limits_has_one_sitemap() {
        let files = files_within(&entries(3), "", &url_of, 3, MAX_BYTES);
        assert_eq!(files.len(), 1);
        assert_eq!(files[0].path, "sitemap.xml");
        assert!(text(&files[0]).starts_with(XML_DECLARATION));
        assert_eq!(text(&files[0]).matches("<url>").count(), 3);
    }

    #[test]
    fn more_urls_than_a_file_may_hold_make_an_index_of_files_at_the_root() {
        let files = files_within(&entries(5), " xmlns:xhtml=\"x\"", &url_of, 2, MAX_BYTES);
        let paths: Vec<&str> = files.iter().map(|f| f.path.as_str()).collect();
        assert_eq!(
            paths,
            [
                "sitemap-1.xml",
                "sitemap-2.xml",
                "sitemap-3.xml",
                "sitemap.xml"
            ]
        );
        let counts: Vec<usize> = files[..3]
            .iter()
            .map(|f| text(f).matches("<url>").count())
            .collect();
        assert_eq!(counts, [2, 2, 1]);
        assert!(text(&files[0]).contains(
            "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"x\">"
        ));
        assert!(text(&files[2]).ends_with("</urlset>\n"));
        let index = text(&files[3]);
        assert!(
            index.contains("<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">")
        );
        assert!(
            index.contains("<sitemap><loc>https://hub.example.org/sitemap-3.xml</loc></sitemap>")
        );
    }

    #[test]
    fn files_never_pass_the_byte_limit() {
        let all = entries(100);
        let limit = 1000;
        let files = files_within(&all, "", &url_of, MAX_URLS, limit);
        assert!(files.len() > 2);
        for f in files.iter().filter(|f| f.path != "sitemap.xml") {
            assert!(f.bytes.len() <= limit, "{}: {}", f.path, f.bytes.len());
        }
        let listed: usize = files
            .iter()
            .filter(|f| f.path != "sitemap.xml")
            .map(|f| text(f).matches("<url>").count())
            .sum();
        assert_eq!(listed, 100, "every URL is in one file");
    }
}
