//! Watches the hub's sources and calls back once per burst of changes.

use notify::RecursiveMode;
use notify_debouncer_full::{DebounceEventResult, new_debouncer};
use std::path::{Path, PathBuf};
use std::time::Duration;

/// Keeps the watcher alive; dropping it stops watching.
pub(super) struct WatchGuard {
    _debouncer: Box<dyn std::any::Any + Send>,
}

/// True for changes that can affect the site: files under content/, data/, themes/ and
/// hub.yaml, but not editor swap or backup files.
fn relevant(root: &Path, path: &Path) -> bool {
    let Ok(rel) = path.strip_prefix(root) else {
        return false;
    };
    let name = rel.file_name().and_then(|n| n.to_str()).unwrap_or("");
    if name.starts_with('.')
        || name.ends_with('~')
        || name.ends_with(".swp")
        || name.ends_with(".swx")
        || name.starts_with("4913")
    {
        return false;
    }
    rel == Path::new("hub.yaml")
        || ["content", "data", "themes"]
            .iter()
            .any(|d| rel.starts_with(d))
}

/// Starts watching `root`; `on_change` runs on a background thread with the changed paths,
/// once per debounced burst (editors that save through a temporary file and rename are
/// seen as one change).
pub(super) fn spawn(
    root: &Path,
    on_change: impl Fn(Vec<String>) + Send + 'static,
) -> Result<WatchGuard, String> {
    let root = std::fs::canonicalize(root).map_err(|e| e.to_string())?;
    let (tx, rx) = std::sync::mpsc::channel::<DebounceEventResult>();
    // 30 ms of quiet: the events of one save (write, or write-temporary-and-rename) arrive
    // within a few milliseconds, and every millisecond here is one the editor waits.
    let mut debouncer =
        new_debouncer(Duration::from_millis(30), None, tx).map_err(|e| e.to_string())?;
    debouncer
        .watch(&root, RecursiveMode::NonRecursive)
        .map_err(|e| e.to_string())?;
    for dir in ["content", "data", "themes"] {
        let d = root.join(dir);
        if d.is_dir() {
            debouncer
                .watch(&d, RecursiveMode::Recursive)
                .map_err(|e| e.to_string())?;
        }
    }
    let watched_root = root.clone();
    std::thread::spawn(move || {
        for result in rx {
            let Ok(events) = result else { continue };
            let mut changed: Vec<PathBuf> = events
                .iter()
                .filter(|e| !e.kind.is_access())
                .flat_map(|e| e.paths.iter().cloned())
                .filter(|p| relevant(&watched_root, p))
                .collect();
            changed.sort();
            changed.dedup();
            if !changed.is_empty() {
                on_change(
                    changed
                        .iter()
                        .map(|p| {
                            p.strip_prefix(&watched_root)
                                .unwrap_or(p)
                                .display()
                                .to_string()
                        })
                        .collect(),
                );
            }
        }
    });
    Ok(WatchGuard {
        _debouncer: Box::new(debouncer),
    })
}

#[cfg(test)]
mod tests {
    use super::relevant;
    use std::path::Path;

    #[test]
    fn only_sources_count() {
        let root = Path::new("/hub");
        assert!(relevant(root, Path::new("/hub/content/glossary/x.md")));
        assert!(relevant(root, Path::new("/hub/hub.yaml")));
        assert!(relevant(
            root,
            Path::new("/hub/themes/default/templates/base.html")
        ));
        assert!(!relevant(root, Path::new("/hub/public/index.html")));
        assert!(!relevant(
            root,
            Path::new("/hub/content/glossary/.x.md.swp")
        ));
        assert!(!relevant(root, Path::new("/hub/content/glossary/x.md~")));
        assert!(!relevant(root, Path::new("/hub/README.md")));
    }
}
