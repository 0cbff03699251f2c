//! `hub serve`: live preview for editors.
//!
//! The site is built in memory and served from memory, so a request can only ever reach a
//! file of the built site: there is no path on disk to traverse to. Saves under `content/`,
//! `data/`, `themes/` or to `hub.yaml` rebuild the site (debounced) and every open page
//! reloads itself through Server-Sent Events. A build with errors keeps the last good site
//! and shows the errors over every page until the next good save. Responses are compressed
//! when the browser accepts it, as `hub build --precompress` output would be served.

mod fast;
mod inject;
mod paths;
mod rebuilds;
mod watch;

use crate::diagnostics::{self, Diagnostic, Format};
use axum::Router;
use axum::body::Body;
use axum::extract::State;
use axum::http::{HeaderValue, StatusCode, Uri, header};
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use futures_util::stream::Stream;
use std::collections::HashMap;
use std::convert::Infallible;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::{Arc, RwLock};
use std::time::{Duration, Instant};
use tokio::sync::broadcast;

/// What the live preview keeps between builds to show an edit at once: the validated
/// model, the compiled templates, the linker and every rendered body. Not part of the build
/// API; public so that the benchmarks can measure the preview's one-page render.
pub struct Preview(crate::Model);

impl Preview {
    /// The preview state of a build, when the hub loaded.
    pub fn of(rendered: crate::Rendered) -> Option<Preview> {
        rendered.model.map(Preview)
    }

    /// The model.
    pub fn site(&self) -> &crate::site::Site {
        &self.0.site
    }

    /// Renders the page of record `id` of `collection` on its own, as the preview does after
    /// a save (`None` for glossary terms, which re-render every page that mentions them).
    pub fn render_page(
        &self,
        collection: crate::content::Collection,
        id: &str,
        diagnostics: &mut Vec<Diagnostic>,
    ) -> Option<crate::output::OutputFile> {
        let m = &self.0;
        crate::render::render_record(
            &m.site,
            &m.templates,
            &m.linker,
            collection,
            id,
            diagnostics,
        )
    }
}

/// Where the live-reload events are served; never a path of the site itself.
pub const EVENTS_PATH: &str = "/__hub/events";

/// Options of `hub serve`.
#[derive(Debug, Clone)]
pub struct ServeOptions {
    /// The hub's folder.
    pub root: PathBuf,
    /// Address to bind (loopback unless asked otherwise).
    pub bind: std::net::IpAddr,
    /// Port; 0 picks a free one.
    pub port: u16,
    /// Include drafts.
    pub drafts: bool,
    /// Open a browser once serving.
    pub open: bool,
}

/// Why the server could not start.
#[derive(Debug, thiserror::Error)]
pub enum ServeError {
    /// The port is taken.
    #[error("port {port} on {bind} is already in use{}", .suggestion.map(|p| format!(": try `hub serve --port {p}`")).unwrap_or_default())]
    PortInUse {
        /// Address.
        bind: std::net::IpAddr,
        /// Port asked for.
        port: u16,
        /// A free port nearby.
        suggestion: Option<u16>,
    },
    /// Another I/O problem.
    #[error("cannot start the server: {0}")]
    Io(#[from] std::io::Error),
    /// The file watcher could not start.
    #[error("cannot watch the hub's files: {0}")]
    Watch(String),
}

/// The current site as served.
#[derive(Default)]
struct Snapshot {
    /// Files of the last good build, by path relative to the site root.
    files: HashMap<String, Arc<[u8]>>,
    /// Errors of the latest build (empty when it succeeded).
    errors: Vec<Diagnostic>,
    /// The same errors as an HTML overlay.
    overlay: Option<String>,
    /// Counts successful builds, so a slow background search index never overwrites the
    /// files of a newer build.
    generation: u64,
}

#[derive(Clone)]
struct AppState {
    snapshot: Arc<RwLock<Snapshot>>,
    events: broadcast::Sender<String>,
    /// The model of the last good build, for re-rendering one edited page at once.
    model: Arc<std::sync::Mutex<Option<crate::Model>>>,
    /// Full rebuilds waiting to run.
    rebuilds: rebuilds::RebuildQueue,
}

/// Runs the preview server until Ctrl-C.
pub fn serve(options: ServeOptions) -> Result<(), ServeError> {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?;
    runtime.block_on(run(options))
}

async fn run(options: ServeOptions) -> Result<(), ServeError> {
    let listener = bind(options.bind, options.port).await?;
    let addr = listener.local_addr()?;
    let base_url = format!("http://{addr}/");
    let (events, _) = broadcast::channel(16);
    let state = AppState {
        snapshot: Arc::new(RwLock::new(Snapshot::default())),
        events,
        model: Arc::new(std::sync::Mutex::new(None)),
        rebuilds: rebuilds::RebuildQueue::default(),
    };
    rebuild(&options, &base_url, &state, true, &|| false);
    println!(
        "serving {} at {base_url} (Ctrl-C to stop)",
        options.root.display()
    );

    state.rebuilds.start({
        let state = state.clone();
        let options = options.clone();
        let base_url = base_url.clone();
        move |announce| {
            let queue = state.rebuilds.clone();
            rebuild(&options, &base_url, &state, announce, &|| queue.overtaken())
        }
    });
    let _watcher = watch::spawn(&options.root, {
        let state = state.clone();
        let options = options.clone();
        move |changed| {
            eprintln!("changed: {}", changed.join(", "));
            let started = Instant::now();
            let shown = fast::fast_update(&options, &state, &changed);
            if shown {
                eprintln!(
                    "showed the edit in {} ms; rebuilding the rest",
                    started.elapsed().as_millis()
                );
            }
            state.rebuilds.request(!shown);
        }
    })
    .map_err(ServeError::Watch)?;

    if options.open {
        open_browser(&base_url);
    }
    let app = Router::new()
        .route(EVENTS_PATH, get(reload_events))
        .route(
            inject::RELOAD_JS_PATH,
            get(|| async {
                (
                    [(header::CONTENT_TYPE, "text/javascript; charset=utf-8")],
                    inject::RELOAD_JS,
                )
            }),
        )
        .route(
            inject::OVERLAY_CSS_PATH,
            get(|| async {
                (
                    [(header::CONTENT_TYPE, "text/css; charset=utf-8")],
                    inject::OVERLAY_CSS,
                )
            }),
        )
        .fallback(site_file)
        .with_state(state)
        .layer(compression());
    axum::serve(listener, app)
        .with_graceful_shutdown(async {
            let _ = tokio::signal::ctrl_c().await;
            eprintln!("\nstopped");
        })
        .await?;
    Ok(())
}

/// Compresses what the browser accepts (Brotli, else gzip, by its `Accept-Encoding` and
/// q-values), as a production server in front of `hub build --precompress` output would:
/// Brotli at the quality `--precompress` writes. The reload event stream, images and tiny
/// responses go uncompressed (the layer's default predicate), so live reload is unaffected.
fn compression() -> tower_http::compression::CompressionLayer {
    tower_http::compression::CompressionLayer::new().quality(tower_http::CompressionLevel::Precise(
        crate::precompress::BROTLI_QUALITY as i32,
    ))
}

async fn bind(ip: std::net::IpAddr, port: u16) -> Result<tokio::net::TcpListener, ServeError> {
    match tokio::net::TcpListener::bind(SocketAddr::new(ip, port)).await {
        Ok(l) => Ok(l),
        Err(e) if e.kind() == std::io::ErrorKind::AddrInUse => {
            let mut suggestion = None;
            for p in port.saturating_add(1)..port.saturating_add(20) {
                if std::net::TcpListener::bind(SocketAddr::new(ip, p)).is_ok() {
                    suggestion = Some(p);
                    break;
                }
            }
            Err(ServeError::PortInUse {
                bind: ip,
                port,
                suggestion,
            })
        }
        Err(e) => Err(e.into()),
    }
}

/// Builds the site in memory and publishes it (or its errors) to the server and browsers.
/// The pages are published first; the search index follows from a background thread, so an
/// edit reaches the browser without waiting for it. `announce: false` when the edited page
/// was already shown by [`fast::fast_update`]: a good build then updates the other pages without
/// reloading the browser again. A build that `overtaken` says is out of date by the time it
/// is ready is dropped, and `false` returned; otherwise it is published and `true` returned.
fn rebuild(
    options: &ServeOptions,
    base_url: &str,
    state: &AppState,
    announce: bool,
    overtaken: &dyn Fn() -> bool,
) -> bool {
    let started = Instant::now();
    let mut rendered =
        crate::render_in_memory_with(&options.root, Some(base_url), options.drafts, false);
    if overtaken() {
        eprintln!("a newer change arrived during the rebuild; rebuilding again");
        return false;
    }
    let errors: Vec<Diagnostic> = rendered
        .diagnostics
        .iter()
        .filter(|d| d.is_error())
        .cloned()
        .collect();
    let warnings = rendered.diagnostics.len() - errors.len();
    if !rendered.diagnostics.is_empty() {
        eprint!(
            "{}",
            diagnostics::render(&rendered.diagnostics, Format::Human, &options.root)
        );
    }
    let search = rendered
        .config
        .as_ref()
        .filter(|c| c.search && errors.is_empty())
        .map(|c| c.language.clone());
    let mut html: Vec<(String, Arc<[u8]>)> = Vec::new();
    let generation = {
        let mut snap = state.snapshot.write().unwrap_or_else(|p| p.into_inner());
        // Checked under the lock the fast path publishes under (it marks the queue there),
        // so an out-of-date build can never replace a page the fast path has just shown.
        if overtaken() {
            return false;
        }
        if errors.is_empty() {
            // Keep the previous search index until the new one is ready.
            let previous_index: Vec<(String, Arc<[u8]>)> = snap
                .files
                .iter()
                .filter(|(k, _)| k.starts_with(crate::search::SEARCH_DIR))
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect();
            snap.files = rendered
                .files
                .into_iter()
                .map(|f| (f.path, Arc::from(f.bytes)))
                .collect();
            // The search index is built from the published pages themselves (shared, not
            // copied).
            if search.is_some() {
                html = snap
                    .files
                    .iter()
                    .filter(|(path, _)| path.ends_with(".html"))
                    .map(|(path, bytes)| (path.clone(), bytes.clone()))
                    .collect();
            }
            snap.files.extend(previous_index);
            snap.overlay = None;
            snap.generation += 1;
        } else {
            snap.overlay = Some(inject::error_overlay(&errors, &options.root));
        }
        snap.errors = errors.clone();
        snap.generation
    };
    *state.model.lock().unwrap_or_else(|p| p.into_inner()) = if errors.is_empty() {
        rendered.model.take()
    } else {
        None
    };
    let ms = started.elapsed().as_millis();
    if errors.is_empty() {
        eprintln!("rebuilt in {ms} ms ({warnings} warning(s))");
        let _ = state
            .events
            .send(if announce { "reload" } else { "updated" }.into());
    } else {
        eprintln!(
            "build failed with {} error(s) in {ms} ms; showing them in the browser",
            errors.len()
        );
        let _ = state.events.send("errors".into());
    }
    if let Some(language) = search {
        let state = state.clone();
        std::thread::spawn(move || {
            let pages = html.iter().map(|(path, bytes)| (path.as_str(), &bytes[..]));
            let index = crate::search::search_index(pages, &language);
            let mut snap = state.snapshot.write().unwrap_or_else(|p| p.into_inner());
            if snap.generation == generation {
                snap.files
                    .retain(|k, _| !k.starts_with(crate::search::SEARCH_DIR));
                snap.files
                    .extend(index.into_iter().map(|f| (f.path, Arc::from(f.bytes))));
            }
        });
    }
    true
}

async fn reload_events(
    State(state): State<AppState>,
) -> Sse<impl Stream<Item = Result<Event, Infallible>>> {
    let receiver = state.events.subscribe();
    let stream = futures_util::stream::unfold(receiver, |mut rx| async move {
        loop {
            match rx.recv().await {
                Ok(kind) => return Some((Ok(Event::default().event(kind.clone()).data(kind)), rx)),
                Err(broadcast::error::RecvError::Lagged(_)) => continue,
                Err(broadcast::error::RecvError::Closed) => return None,
            }
        }
    });
    Sse::new(stream).keep_alive(KeepAlive::new().interval(Duration::from_secs(15)))
}

async fn site_file(State(state): State<AppState>, uri: Uri) -> Response {
    let snap = state.snapshot.read().unwrap_or_else(|p| p.into_inner());
    let lookup = paths::resolve(uri.path(), |p| snap.files.contains_key(p));
    let (status, key) = match lookup {
        paths::Lookup::File(key) => (StatusCode::OK, key),
        paths::Lookup::Redirect(to) => {
            return Response::builder()
                .status(StatusCode::MOVED_PERMANENTLY)
                .header(header::LOCATION, to)
                .body(Body::empty())
                .unwrap_or_default();
        }
        paths::Lookup::NotFound => (StatusCode::NOT_FOUND, "404.html".to_string()),
    };
    let Some(bytes) = snap.files.get(&key).cloned() else {
        let body = snap
            .overlay
            .clone()
            .map(|o| inject::standalone_error_page(&o))
            .unwrap_or_else(|| "404 Not Found".into());
        return (
            StatusCode::NOT_FOUND,
            [(header::CONTENT_TYPE, "text/html; charset=utf-8")],
            body,
        )
            .into_response();
    };
    let content_type = paths::content_type(&key);
    let body: Body = if content_type.starts_with("text/html") {
        Body::from(inject::into_html(&bytes, snap.overlay.as_deref()))
    } else {
        Body::from(bytes.to_vec())
    };
    let mut response = (status, body).into_response();
    response
        .headers_mut()
        .insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    response
        .headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response.headers_mut().insert(
        "x-content-type-options",
        HeaderValue::from_static("nosniff"),
    );
    response
}

fn open_browser(url: &str) {
    let program = if cfg!(target_os = "macos") {
        "open"
    } else if cfg!(target_os = "windows") {
        "explorer"
    } else {
        "xdg-open"
    };
    if std::process::Command::new(program)
        .arg(url)
        .spawn()
        .is_err()
    {
        eprintln!("could not open a browser; visit {url}");
    }
}
