//! The static search index, built in-process by pagefind from the rendered pages. Searching
//! runs in the reader's browser from files of the site itself: no server, no third party.

use super::OutputFile;

/// Folder of the site that holds the index and pagefind's scripts.
pub const SEARCH_DIR: &str = "pagefind";

/// Indexes every HTML page that marks its content with `data-pagefind-body` and returns the
/// index files, placed under `pagefind/`. `base_path` is the site's path prefix.
#[cfg(feature = "search")]
pub fn search_index(
    pages: &[OutputFile],
    base_path: &str,
    language: &str,
) -> Result<Vec<OutputFile>, String> {
    // pagefind is async; it runs on its own thread and runtime so that callers may be inside
    // another runtime (as `hub serve` is).
    std::thread::scope(|scope| {
        scope
            .spawn(|| index_pages(pages, base_path, language))
            .join()
            .unwrap_or_else(|_| Err("the search indexer stopped unexpectedly".into()))
    })
}

#[cfg(feature = "search")]
fn index_pages(
    pages: &[OutputFile],
    base_path: &str,
    language: &str,
) -> Result<Vec<OutputFile>, String> {
    use pagefind::api::PagefindIndex;
    use pagefind::options::PagefindServiceConfig;

    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| e.to_string())?;
    runtime.block_on(async {
        let config = PagefindServiceConfig::builder()
            .force_language(language.to_string())
            .build();
        let mut index = PagefindIndex::new(Some(config)).map_err(|e| e.to_string())?;
        for page in pages.iter().filter(|p| p.path.ends_with(".html")) {
            let html = String::from_utf8_lossy(&page.bytes);
            if !html.contains("data-pagefind-body") {
                continue;
            }
            let url = crate::link::join_path(
                base_path,
                &format!("/{}", page.path.trim_end_matches("index.html")),
            );
            index
                .add_html_file(None, Some(url), html.into_owned())
                .await
                .map_err(|e| format!("{}: {e}", page.path))?;
        }
        let files = index.get_files().await.map_err(|e| e.to_string())?;
        Ok(files
            .into_iter()
            // hub ships its own small search UI; pagefind's prebuilt UIs are not needed.
            .filter(|f| {
                let name = f.filename.to_string_lossy();
                !(name.contains("-ui.")
                    || name.contains("highlight")
                    || name.contains("playground"))
            })
            .map(|f| OutputFile {
                path: format!(
                    "{SEARCH_DIR}/{}",
                    f.filename.to_string_lossy().replace('\\', "/")
                ),
                bytes: f.contents,
            })
            .collect())
    })
}

/// Without the `search` feature no index is built; the search page says so.
#[cfg(not(feature = "search"))]
pub fn search_index(
    _pages: &[OutputFile],
    _base_path: &str,
    _language: &str,
) -> Result<Vec<OutputFile>, String> {
    Ok(Vec::new())
}
