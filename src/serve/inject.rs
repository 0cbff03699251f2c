//! What `hub serve` adds to HTML pages: the live-reload script and, after a failed build,
//! an overlay listing the errors. Never part of `hub build` output.

use crate::diagnostics::{Diagnostic, Format, render};
use crate::link::markdown::escape_attr;
use std::path::Path;

/// Where the preview serves its reload script and the overlay's stylesheet: files, so that
/// the preview obeys the same Content-Security-Policy as the built site (no inline code).
pub(crate) const RELOAD_JS_PATH: &str = "/__hub/reload.js";
/// The error overlay's stylesheet.
pub(crate) const OVERLAY_CSS_PATH: &str = "/__hub/overlay.css";

/// Listens for rebuilds and reloads the page; reconnects when the server restarts.
pub(crate) const RELOAD_JS: &str = r#"(function () {
  var events = new EventSource("/__hub/events");
  function reload() { window.location.reload(); }
  events.addEventListener("reload", reload);
  events.addEventListener("errors", reload);
})();
"#;

/// How the error overlay looks.
pub(crate) const OVERLAY_CSS: &str = "#hub-errors{position:fixed;inset:0;z-index:2147483647;overflow:auto;background:rgba(20,24,26,.96);color:#fff;font:15px/1.5 ui-monospace,Menlo,Consolas,monospace;padding:2rem}#hub-errors h2{color:#ff9b9b;font:700 1.3rem system-ui,sans-serif;margin:0 0 1rem}#hub-errors p{font-family:system-ui,sans-serif}#hub-errors pre{white-space:pre-wrap}\n";

/// The tags that load the reload script (and the overlay's stylesheet).
fn reload_tags() -> String {
    format!(
        r#"<link rel="stylesheet" href="{OVERLAY_CSS_PATH}"><script src="{RELOAD_JS_PATH}" defer></script>"#
    )
}

/// The page with the reload script (and the error overlay, if any) before `</body>`.
pub(super) fn into_html(page: &[u8], overlay: Option<&str>) -> Vec<u8> {
    let text = String::from_utf8_lossy(page);
    let extra = format!("{}{}", overlay.unwrap_or(""), reload_tags());
    let out = match text.rfind("</body>") {
        Some(i) => format!("{}{}{}", &text[..i], extra, &text[i..]),
        None => format!("{text}{extra}"),
    };
    out.into_bytes()
}

/// An overlay listing every error with its position and source line.
pub(super) fn error_overlay(errors: &[Diagnostic], root: &Path) -> String {
    let details = escape_attr(&render(errors, Format::Human, root));
    format!(
        r#"<div id="hub-errors" role="alert"><h2>The hub has {n} error{s}: the page shows the last good build</h2><p>Fix the file and save; this page reloads by itself.</p><pre>{details}</pre></div>"#,
        n = errors.len(),
        s = if errors.len() == 1 { "" } else { "s" },
    )
}

/// A whole page for the overlay, when there is no good build to show under it.
pub(super) fn standalone_error_page(overlay: &str) -> String {
    format!(
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Build errors</title></head><body>{overlay}{}</body></html>",
        reload_tags()
    )
}
