//! `hub serve` over real HTTP: pages, live reload, error overlay and recovery, traversal.

mod common;

use common::Fixture;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

struct Server {
    child: Child,
    port: u16,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn start(f: &Fixture) -> Server {
    let mut child = Command::new(env!("CARGO_BIN_EXE_hub"))
        .args(["serve", "--port", "0", "--root"])
        .arg(f.root())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    let port = line
        .split("http://127.0.0.1:")
        .nth(1)
        .and_then(|r| r.split('/').next())
        .and_then(|p| p.parse().ok());
    Server {
        child,
        port: port.unwrap_or_else(|| panic!("no address in {line:?}")),
    }
}

/// A raw HTTP/1.1 GET, so the path is sent exactly as written (no client normalisation):
/// the status, the head (lower case) and the body as text.
fn get(port: u16, path: &str) -> (u16, String, String) {
    let (head, body) = request(port, path, "");
    let status = head
        .split_whitespace()
        .nth(1)
        .and_then(|c| c.parse().ok())
        .unwrap_or(0);
    (status, head, String::from_utf8_lossy(&body).into_owned())
}

/// Subscribes to the reload events; each event name arrives on the channel.
fn subscribe(port: u16) -> mpsc::Receiver<String> {
    let (tx, rx) = mpsc::channel();
    let mut s = TcpStream::connect(("127.0.0.1", port)).unwrap();
    write!(
        s,
        "GET /__hub/events HTTP/1.1\r\nHost: localhost\r\nAccept: text/event-stream\r\n\r\n"
    )
    .unwrap();
    std::thread::spawn(move || {
        for line in BufReader::new(s).lines() {
            let Ok(line) = line else { break };
            if let Some(name) = line.strip_prefix("event: ")
                && tx.send(name.to_string()).is_err()
            {
                break;
            }
        }
    });
    std::thread::sleep(Duration::from_millis(50));
    rx
}

fn wait_for(rx: &mpsc::Receiver<String>, want: &str) {
    let deadline = Instant::now() + Duration::from_secs(15);
    while let Some(left) = deadline.checked_duration_since(Instant::now()) {
        match rx.recv_timeout(left) {
            Ok(name) if name == want => return,
            Ok(_) => continue,
            Err(_) => break,
        }
    }
    panic!("no `{want}` event within 15 s");
}

#[test]
fn serves_pages_with_types_index_files_and_the_404_page() {
    let f = Fixture::new("mini");
    let server = start(&f);
    let (status, head, body) = get(server.port, "/glossary/link-worker/");
    assert_eq!(status, 200);
    assert!(
        head.to_lowercase()
            .contains("content-type: text/html; charset=utf-8")
    );
    assert!(body.contains("<h1 itemprop=\"name\" data-search-weight=\"10\">Link worker"));
    assert!(
        body.contains(r#"<script src="/__hub/reload.js" defer></script>"#),
        "the reload script is injected by serve, as a file"
    );
    // The preview obeys the site's Content-Security-Policy: no inline script or style.
    assert!(body.contains("script-src 'self'; style-src 'self'"));
    let main = &body[body.find("<body").unwrap()..];
    assert!(
        !main.contains("<script>") && !main.contains(" style=\""),
        "no inline code"
    );
    let (status, head, js) = get(server.port, "/__hub/reload.js");
    assert_eq!(status, 200);
    assert!(
        head.to_lowercase()
            .contains("content-type: text/javascript")
    );
    assert!(js.contains("new EventSource(\"/__hub/events\")"));
    let (status, head, _) = get(server.port, "/static/style.css");
    assert_eq!(status, 200);
    assert!(head.to_lowercase().contains("content-type: text/css"));
    let (status, head, _) = get(server.port, "/glossary/link-worker");
    assert_eq!(status, 301);
    assert!(head.contains("/glossary/link-worker/"));
    let (status, _, body) = get(server.port, "/no/such/page/");
    assert_eq!(status, 404);
    assert!(body.contains("Page not found"), "the site's own 404 page");
    // The search index follows the pages from a background thread.
    let deadline = Instant::now() + Duration::from_secs(30);
    while get(server.port, "/search-index/meta.json").0 != 200 {
        assert!(Instant::now() < deadline, "the search index is served");
        std::thread::sleep(Duration::from_millis(50));
    }
    // A plain build never contains the reload script.
    f.build().unwrap();
    assert!(!f.read("glossary/link-worker/index.html").contains("__hub"));
}

/// A raw GET with `headers` (each line ending in `\r\n`): the response head in lower case,
/// and the body with any chunked transfer encoding undone (still in its content encoding).
fn request(port: u16, path: &str, headers: &str) -> (String, Vec<u8>) {
    let mut s = TcpStream::connect(("127.0.0.1", port)).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    write!(
        s,
        "GET {path} HTTP/1.1\r\nHost: localhost\r\n{headers}Connection: close\r\n\r\n"
    )
    .unwrap();
    let mut raw = Vec::new();
    s.read_to_end(&mut raw).unwrap();
    let Some(split) = raw.windows(4).position(|w| w == b"\r\n\r\n") else {
        return (String::from_utf8_lossy(&raw).to_lowercase(), Vec::new());
    };
    let head = String::from_utf8_lossy(&raw[..split]).to_lowercase();
    let mut rest = &raw[split + 4..];
    if !head.contains("transfer-encoding: chunked") {
        return (head, rest.to_vec());
    }
    let mut body = Vec::new();
    loop {
        let line_end = rest.windows(2).position(|w| w == b"\r\n").unwrap();
        let size_field = std::str::from_utf8(&rest[..line_end]).unwrap();
        let size = usize::from_str_radix(size_field.split(';').next().unwrap().trim(), 16).unwrap();
        rest = &rest[line_end + 2..];
        if size == 0 {
            return (head, body);
        }
        body.extend_from_slice(&rest[..size]);
        rest = &rest[size + 2..];
    }
}

/// A GET that accepts the `accept` content encodings.
fn get_encoded(port: u16, path: &str, accept: &str) -> (String, Vec<u8>) {
    request(port, path, &format!("Accept-Encoding: {accept}\r\n"))
}

#[test]
fn responses_are_compressed_as_the_browser_accepts_and_reload_events_are_not() {
    let f = Fixture::new("mini");
    let server = start(&f);
    let page = "/glossary/link-worker/";
    let (plain_head, plain) = get_encoded(server.port, page, "identity");
    assert!(!plain_head.contains("content-encoding"), "{plain_head}");
    assert!(String::from_utf8_lossy(&plain).contains("Link worker"));

    let (head, body) = get_encoded(server.port, page, "gzip, deflate, br");
    assert!(head.contains("content-encoding: br"), "{head}");
    assert!(head.contains("vary: accept-encoding"), "{head}");
    let mut unpacked = Vec::new();
    brotli::Decompressor::new(body.as_slice(), 4096)
        .read_to_end(&mut unpacked)
        .unwrap();
    assert_eq!(
        unpacked, plain,
        "the Brotli body is the page, reload script included"
    );
    assert!(
        body.len() < plain.len() / 2,
        "{} of {}",
        body.len(),
        plain.len()
    );

    let (head, body) = get_encoded(server.port, page, "br;q=0, gzip");
    assert!(head.contains("content-encoding: gzip"), "{head}");
    let mut unpacked = Vec::new();
    flate2::read::GzDecoder::new(body.as_slice())
        .read_to_end(&mut unpacked)
        .unwrap();
    assert_eq!(unpacked, plain);

    // The live-reload stream must reach the browser event by event, never buffered by an
    // encoder.
    let mut events = TcpStream::connect(("127.0.0.1", server.port)).unwrap();
    events
        .set_read_timeout(Some(Duration::from_secs(10)))
        .unwrap();
    write!(
        events,
        "GET /__hub/events HTTP/1.1\r\nHost: localhost\r\nAccept: text/event-stream\r\nAccept-Encoding: br, gzip\r\n\r\n"
    )
    .unwrap();
    let mut head = String::new();
    let mut reader = BufReader::new(events);
    while reader.read_line(&mut head).unwrap() > 2 && !head.ends_with("\r\n\r\n") {}
    let head = head.to_lowercase();
    assert!(head.contains("content-type: text/event-stream"), "{head}");
    assert!(!head.contains("content-encoding"), "{head}");
}

#[test]
fn edits_reload_errors_show_an_overlay_and_a_fix_recovers() {
    let f = Fixture::new("mini");
    let server = start(&f);
    let events = subscribe(server.port);

    let path = f.root().join("content/case-studies/japan.md");
    let text = std::fs::read_to_string(&path).unwrap();
    let (_, _, index_before) = get(server.port, "/api/case-studies.json");
    assert!(!index_before.contains("forest walks"));
    std::fs::write(
        &path,
        text.replace(
            "Green social prescribing and linking",
            "Forest bathing and linking",
        )
        .replace("tested social prescribing.", "tested forest walks."),
    )
    .unwrap();
    wait_for(&events, "reload");
    let (_, _, body) = get(server.port, "/case-studies/japan/");
    assert!(
        body.contains("Forest bathing"),
        "the edited page is shown at once (fast path)"
    );
    wait_for(&events, "updated");
    let (_, _, index) = get(server.port, "/api/case-studies.json");
    assert!(
        index.contains("Government model projects tested forest walks."),
        "then the full rebuild updates the rest (the exported summary) without another reload"
    );

    std::fs::write(&path, text.replace("country: JP", "country: XX")).unwrap();
    wait_for(&events, "errors");
    let (status, _, body) = get(server.port, "/case-studies/japan/");
    assert_eq!(status, 200, "the last good page is still served");
    assert!(
        body.contains(r#"<div id="hub-errors" role="alert""#),
        "with the error overlay"
    );
    assert!(
        body.contains("content/case-studies/japan.md:4:10"),
        "naming file:line:col"
    );
    assert!(body.contains("country: XX"), "and showing the source line");
    let (status, _, other) = get(server.port, "/glossary/");
    assert_eq!(status, 200);
    assert!(other.contains("hub-errors"));

    std::fs::write(&path, &text).unwrap();
    wait_for(&events, "reload");
    let (_, _, body) = get(server.port, "/case-studies/japan/");
    assert!(
        !body.contains("hub-errors"),
        "a good save brings the page back"
    );
    assert!(body.contains("Green social prescribing"));
}

#[test]
fn a_term_label_change_relinks_every_page_at_once() {
    let f = Fixture::new("mini");
    let server = start(&f);
    let events = subscribe(server.port);
    let linked = |body: &str, text: &str| {
        body.contains(&format!(
            "href=\"/glossary/green-social-prescribing/\" aria-describedby=\"tip-green-social-prescribing\">{text}</a>"
        ))
    };
    let (_, _, before) = get(server.port, "/case-studies/japan/");
    assert!(linked(&before, "Green social prescribing"), "{before}");

    let path = f
        .root()
        .join("content/glossary/green-social-prescribing.md");
    let text = std::fs::read_to_string(&path).unwrap();
    std::fs::write(
        &path,
        text.replace(
            "term: Green social prescribing",
            "term: Nature-based social prescribing\naliases: [linking activities]",
        ),
    )
    .unwrap();
    wait_for(&events, "reload");
    // Shown by the fast path: the mentioning page, the term page and the index already
    // have the new names before the full rebuild is announced.
    let (_, _, japan) = get(server.port, "/case-studies/japan/");
    assert!(
        !linked(&japan, "Green social prescribing"),
        "the old label no longer links"
    );
    assert!(
        linked(&japan, "linking activities"),
        "the new alias links: {japan}"
    );
    let (_, _, term) = get(server.port, "/glossary/green-social-prescribing/");
    assert!(term.contains("Nature-based social prescribing</h1>"));
    assert!(
        term.contains("/case-studies/japan/"),
        "the mention is listed on the term page"
    );
    let (_, _, index) = get(server.port, "/glossary/");
    assert!(index.contains("Nature-based social prescribing"));
    wait_for(&events, "updated");
    let (_, _, json) = get(server.port, "/api/glossary.json");
    assert!(
        json.contains("Nature-based social prescribing"),
        "then the full rebuild updates the exports without another reload"
    );
}

#[test]
fn traversal_never_reaches_a_file_outside_the_site() {
    let f = Fixture::new("mini");
    std::fs::write(f.dir.path().join("secret.txt"), "TOP-SECRET").unwrap();
    #[cfg(unix)]
    std::os::unix::fs::symlink(
        f.dir.path().join("secret.txt"),
        f.root().join("content/pages/link.md"),
    )
    .unwrap();
    let server = start(&f);
    for path in [
        "/../secret.txt",
        "/../../secret.txt",
        "/%2e%2e/secret.txt",
        "/%2E%2E/%2E%2E/etc/passwd",
        "/..%2fsecret.txt",
        "/static/..%2f..%2fsecret.txt",
        "/static%2f..%2f..%2fsecret.txt",
        "/..%5csecret.txt",
        "/static/../../hub.yaml",
        "//etc/passwd",
        "/etc/passwd",
        "/hub.yaml",
        "/content/pages/about.md",
        "/link/",
        "/%00",
    ] {
        let (status, _, body) = get(server.port, path);
        assert_ne!(status, 200, "{path} must not be served");
        assert!(
            !body.contains("TOP-SECRET")
                && !body.contains("root:x:0:0")
                && !body.contains("base_url:"),
            "{path} leaked a file"
        );
    }
}

#[test]
fn a_busy_port_gives_a_clear_message_with_another_port() {
    let taken = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = taken.local_addr().unwrap().port();
    let f = Fixture::new("mini");
    let out = Command::new(env!("CARGO_BIN_EXE_hub"))
        .args(["serve", "--port", &port.to_string(), "--root"])
        .arg(f.root())
        .output()
        .unwrap();
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains(&format!(
            "port {port} on 127.0.0.1 is already in use: try `hub serve --port"
        )),
        "{stderr}"
    );
}

/// Sends `count` keep-alive GETs on one connection; returns the status codes.
fn hammer(port: u16, paths: &[&str], count: usize) -> Vec<u16> {
    let stream = TcpStream::connect(("127.0.0.1", port)).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(20)))
        .unwrap();
    stream.set_nodelay(true).unwrap();
    let mut writer = stream.try_clone().unwrap();
    let mut reader = BufReader::new(stream);
    let mut statuses = Vec::with_capacity(count);
    for i in 0..count {
        let path = paths[i % paths.len()];
        writer
            .write_all(format!("GET {path} HTTP/1.1\r\nHost: localhost\r\n\r\n").as_bytes())
            .unwrap();
        let mut status_line = String::new();
        reader.read_line(&mut status_line).unwrap();
        statuses.push(
            status_line
                .split_whitespace()
                .nth(1)
                .and_then(|c| c.parse().ok())
                .unwrap_or(0),
        );
        let mut length = 0usize;
        loop {
            let mut header = String::new();
            reader.read_line(&mut header).unwrap();
            if header == "\r\n" || header.is_empty() {
                break;
            }
            if let Some(v) = header.to_ascii_lowercase().strip_prefix("content-length:") {
                length = v.trim().parse().unwrap_or(0);
            }
        }
        let mut body = vec![0; length];
        reader.read_exact(&mut body).unwrap();
    }
    statuses
}

#[test]
fn twenty_thousand_requests_succeed_while_the_site_rebuilds() {
    let f = Fixture::new("mini");
    let server = start(&f);
    let events = subscribe(server.port);
    let port = server.port;
    let paths = [
        "/",
        "/glossary/",
        "/glossary/link-worker/",
        "/case-studies/japan/",
        "/static/style.css",
        "/api/glossary.json",
    ];
    let workers: Vec<_> = (0..8)
        .map(|_| std::thread::spawn(move || hammer(port, &paths, 2_500)))
        .collect();
    std::thread::sleep(Duration::from_millis(100));
    let path = f.root().join("content/case-studies/japan.md");
    let text = std::fs::read_to_string(&path).unwrap();
    std::fs::write(
        &path,
        text.replace("were tested", "were tested and evaluated"),
    )
    .unwrap();
    let statuses: Vec<u16> = workers
        .into_iter()
        .flat_map(|w| w.join().unwrap())
        .collect();
    assert_eq!(statuses.len(), 20_000);
    assert!(
        statuses.iter().all(|&s| s == 200),
        "{} non-200 responses",
        statuses.iter().filter(|&&s| s != 200).count()
    );
    wait_for(&events, "reload");
}

#[test]
fn an_edited_event_is_shown_at_once_through_the_collection_seam() {
    let f = Fixture::new("mini");
    let event = "---\ntitle: Spring meet-up\nsummary: A meet-up.\nstart: 2024-04-02\nattendance: online\norganiser: Example Network\nsources: [{ title: Example, url: https://example.org/meet-up }]\nreviewed: 2026-11-01\n---\nAn example event for the tests.\n";
    f.write("content/events/meet-up.md", event);
    let server = start(&f);
    let events = subscribe(server.port);
    let (_, _, page) = get(server.port, "/events/meet-up/");
    assert!(page.contains("Spring meet-up"));
    std::fs::write(
        f.root().join("content/events/meet-up.md"),
        event.replace("Spring meet-up", "Summer meet-up"),
    )
    .unwrap();
    wait_for(&events, "reload");
    let (_, _, index) = get(server.port, "/events/");
    let (_, _, page) = get(server.port, "/events/meet-up/");
    assert!(
        page.contains("Summer meet-up"),
        "the event's page is shown at once"
    );
    assert!(
        index.contains("Spring meet-up"),
        "by the one-page fast path: the index waits for the full rebuild"
    );
    wait_for(&events, "updated");
    let (_, _, index) = get(server.port, "/events/");
    assert!(
        index.contains("Summer meet-up"),
        "which then updates the index"
    );
}
