//! The static search index, built in-process by pagefind from the rendered pages. Searching
//! runs in the reader's browser from files of the site itself: no server, no third party.

use super::OutputFile;

/// Folder of the site that holds the index and pagefind's scripts.
pub const SEARCH_DIR: &str = "pagefind";

/// Indexes every HTML page that marks its content with `data-pagefind-body` and returns the
/// index files, placed under `pagefind/`. Result URLs are site paths; the search script adds
/// the base path (`baseUrl`), so the index also works from a sub-path.
#[cfg(feature = "search")]
pub fn search_index(pages: &[OutputFile], language: &str) -> Result<Vec<OutputFile>, String> {
    // pagefind is async; it runs on its own thread and runtime so that callers may be inside
    // another runtime (as `hub serve` is).
    std::thread::scope(|scope| {
        scope
            .spawn(|| index_pages(pages, language))
            .join()
            .unwrap_or_else(|_| Err("the search indexer stopped unexpectedly".into()))
    })
}

#[cfg(feature = "search")]
fn index_pages(pages: &[OutputFile], language: &str) -> Result<Vec<OutputFile>, String> {
    use pagefind::api::PagefindIndex;
    use pagefind::options::PagefindServiceConfig;

    // pagefind parses pages in parallel only when it reads them from a folder, so the pages
    // to index (just their <main> and title, which is all it reads) go into a private
    // temporary folder that is removed afterwards.
    let dir = TempDir::new()?;
    let mut count = 0;
    for page in pages.iter().filter(|p| p.path.ends_with(".html")) {
        let html = String::from_utf8_lossy(&page.bytes);
        let Some(main) = main_element(&html) else {
            continue;
        };
        let path = dir.0.join(&page.path);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).map_err(|e| e.to_string())?;
        }
        std::fs::write(
            &path,
            format!("<!doctype html><html lang=\"{language}\"><body>{main}</body></html>"),
        )
        .map_err(|e| e.to_string())?;
        count += 1;
    }
    if count == 0 {
        return Ok(Vec::new());
    }
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| e.to_string())?;
    runtime.block_on(async {
        let config = PagefindServiceConfig::builder()
            .force_language(language.to_string())
            .build();
        let mut index = PagefindIndex::new(Some(config)).map_err(|e| e.to_string())?;
        index
            .add_directory(
                dir.0.to_string_lossy().into_owned(),
                Some("**/*.html".into()),
            )
            .await
            .map_err(|e| e.to_string())?;
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

/// The `<main …>…</main>` element of a page, if it is marked for indexing.
#[cfg(feature = "search")]
fn main_element(html: &str) -> Option<&str> {
    let start = html.find("<main ")?;
    let end = html[start..].find("</main>")? + start + "</main>".len();
    let main = &html[start..end];
    main[..main.find('>')?]
        .contains("data-pagefind-body")
        .then_some(main)
}

/// A uniquely named folder under the system's temporary directory, removed on drop.
#[cfg(feature = "search")]
struct TempDir(std::path::PathBuf);

#[cfg(feature = "search")]
impl TempDir {
    fn new() -> Result<TempDir, String> {
        use std::sync::atomic::{AtomicUsize, Ordering};
        static COUNTER: AtomicUsize = AtomicUsize::new(0);
        let n = COUNTER.fetch_add(1, Ordering::Relaxed);
        let path = std::env::temp_dir().join(format!("hub-search-{}-{n}", std::process::id()));
        let _ = std::fs::remove_dir_all(&path);
        std::fs::create_dir_all(&path)
            .map_err(|e| format!("cannot create {}: {e}", path.display()))?;
        Ok(TempDir(path))
    }
}

#[cfg(feature = "search")]
impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// Without the `search` feature no index is built; the search page says so.
#[cfg(not(feature = "search"))]
pub fn search_index(_pages: &[OutputFile], _language: &str) -> Result<Vec<OutputFile>, String> {
    Ok(Vec::new())
}
