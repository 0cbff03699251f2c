//! What `hub serve` adds to HTML pages: the live-reload script and, after a failed build,
//! an overlay listing the errors. Never part of `hub build` output.

use crate::diagnostics::{Diagnostic, Format, render};
use crate::render::markdown::escape_attr;
use std::path::Path;

/// Listens for rebuilds and reloads the page; reconnects when the server restarts.
const RELOAD_SCRIPT: &str = r#"<script>(function(){var s=new EventSource("/__hub/events");function r(){window.location.reload();}s.addEventListener("reload",r);s.addEventListener("errors",r);})();</script>"#;

/// The page with the reload script (and the error overlay, if any) before `</body>`.
pub(super) fn into_html(page: &[u8], overlay: Option<&str>) -> Vec<u8> {
    let text = String::from_utf8_lossy(page);
    let extra = format!("{}{}", overlay.unwrap_or(""), RELOAD_SCRIPT);
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
        r#"<div id="hub-errors" role="alert" style="position:fixed;inset:0;z-index:2147483647;overflow:auto;background:rgba(20,24,26,.96);color:#fff;font:15px/1.5 ui-monospace,Menlo,Consolas,monospace;padding:2rem"><h2 style="color:#ff9b9b;font:700 1.3rem system-ui,sans-serif;margin:0 0 1rem">The hub has {n} error{s}: the page shows the last good build</h2><p style="font-family:system-ui,sans-serif">Fix the file and save; this page reloads by itself.</p><pre style="white-space:pre-wrap">{details}</pre></div>"#,
        n = errors.len(),
        s = if errors.len() == 1 { "" } else { "s" },
    )
}

/// A whole page for the overlay, when there is no good build to show under it.
pub(super) fn standalone_error_page(overlay: &str) -> String {
    format!(
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Build errors</title></head><body>{overlay}{RELOAD_SCRIPT}</body></html>"
    )
}
