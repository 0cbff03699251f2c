//! Hostile and odd input: nothing executes, nothing private leaks, nothing panics or hangs,
//! and a killed build never damages the previous site.

mod common;

use common::{Fixture, files_under};
use std::process::Command;
use std::time::Duration;

/// Runs `f` on a thread and fails if it takes longer than `limit` (guards against hangs).
fn within<T: Send + 'static>(limit: Duration, f: impl FnOnce() -> T + Send + 'static) -> T {
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let _ = tx.send(f());
    });
    rx.recv_timeout(limit).expect("finished in time")
}

/// Every tag of an HTML document with its attributes (quotes respected, script bodies and
/// comments skipped): enough to see what a browser would treat as markup.
fn tags(html: &str) -> Vec<(String, Vec<(String, String)>)> {
    let b = html.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while let Some(off) = html[i..].find('<') {
        i += off + 1;
        if html[i..].starts_with("!--") {
            i = html[i..].find("-->").map_or(b.len(), |e| i + e + 3);
            continue;
        }
        let name_len = html[i..]
            .bytes()
            .take_while(|c| c.is_ascii_alphanumeric())
            .count();
        if name_len == 0 {
            continue;
        }
        let name = html[i..i + name_len].to_ascii_lowercase();
        i += name_len;
        let mut attrs = Vec::new();
        loop {
            while i < b.len() && (b[i] as char).is_ascii_whitespace() || i < b.len() && b[i] == b'/'
            {
                i += 1;
            }
            if i >= b.len() || b[i] == b'>' {
                i += 1;
                break;
            }
            let n = html[i..]
                .bytes()
                .take_while(|c| !c.is_ascii_whitespace() && *c != b'=' && *c != b'>')
                .count()
                .max(1);
            let attr = html[i..i + n].to_ascii_lowercase();
            i += n;
            let mut value = String::new();
            if i < b.len() && b[i] == b'=' {
                i += 1;
                if i < b.len() && (b[i] == b'"' || b[i] == b'\'') {
                    let q = b[i] as char;
                    let end = html[i + 1..].find(q).map_or(b.len(), |e| i + 1 + e);
                    value = html[i + 1..end.min(b.len())].to_string();
                    i = (end + 1).min(b.len());
                } else {
                    let n = html[i..]
                        .bytes()
                        .take_while(|c| !c.is_ascii_whitespace() && *c != b'>')
                        .count();
                    value = html[i..i + n].to_string();
                    i += n;
                }
            }
            attrs.push((
                attr,
                value
                    .replace("&amp;", "&")
                    .replace("&#x3a;", ":")
                    .replace("&colon;", ":"),
            ));
        }
        if name == "script" || name == "style" {
            let close = format!("</{name}");
            i = html[i..]
                .to_ascii_lowercase()
                .find(&close)
                .map_or(b.len(), |e| i + e);
        }
        out.push((name, attrs));
    }
    out
}

/// The theme's own tags: hub.js, JSON-LD data, the usual meta tags, the site search form.
fn allowed_tag(tag: &str, attrs: &[(String, String)]) -> bool {
    let get = |k: &str| attrs.iter().find(|(n, _)| n == k).map(|(_, v)| v.as_str());
    match tag {
        "script" => {
            get("src").is_some_and(|s| s.ends_with("/static/hub.js"))
                || get("type") == Some("application/ld+json")
        }
        // Only the theme's own policy may use http-equiv (no refresh, no cookie).
        "meta" => match get("http-equiv") {
            None => true,
            Some(kind) => {
                kind == "Content-Security-Policy"
                    && get("content").is_some_and(|c| c.contains("script-src 'self';"))
            }
        },
        "form" => {
            (get("action").is_some_and(|a| a.ends_with("/search/"))
                && get("role") == Some("search"))
                || (get("data-filters").is_some() && get("action").is_none())
        }
        _ => false,
    }
}

#[test]
fn hostile_markdown_and_front_matter_never_execute() {
    let f = Fixture::new("mini");
    f.write(
        "content/glossary/hostile-term.md",
        "---\nterm: \"Hostile <script>alert('term')</script>\"\ndefinition: \"\\\"><img src=x onerror=alert('tip')> </script><script>alert('ld')</script>\"\nbroader: [social-prescribing]\nsources: [{ title: \"<b onmouseover=alert(1)>x</b>\", url: \"https://example.org/?q=<script>\" }]\n---\nBody with <svg onload=alert(1)><script>alert(2)</script></svg>.\n",
    );
    f.write(
        "content/pages/hostile.md",
        "---\ntitle: \"<iframe src=javascript:alert(1)>\"\ndescription: \"\\\"><script>alert('meta')</script>\"\n---\n<script>alert(1)</script>\n\n<img src=x onerror=\"alert(2)\"> <a href=\"javascript:alert(3)\">a</a> <a href=\"JaVaScRiPt&colon;alert(4)\">b</a> <img src=\"data:image/svg+xml;base64,PHN2Zz4=\">\n\n<iframe src=\"https://evil.example\"></iframe><object data=\"x\"></object><embed src=\"x\">\n\n<style>body{background:url(javascript:alert(5))}</style><p style=\"width:expression(alert(6))\">p</p>\n\n<form action=\"https://evil.example\"><input name=q></form><meta http-equiv=\"refresh\" content=\"0;url=https://evil.example\">\n\n{{ site.title }} {% for x in range(10) %}{% endfor %} Hostile term mention.\n",
    );
    f.build().expect("hostile content still builds");
    for file in files_under(&f.out()) {
        let text =
            String::from_utf8_lossy(&std::fs::read(f.out().join(&file)).unwrap()).into_owned();
        if file.ends_with(".json") || file.ends_with(".jsonld") {
            serde_json::from_str::<serde_json::Value>(&text)
                .unwrap_or_else(|e| panic!("{file}: {e}"));
            continue;
        }
        if file.ends_with(".csv") || file.ends_with(".ttl") {
            // Data, not HTML: served as text/csv and text/turtle, never run as markup.
            continue;
        }
        for (tag, attrs) in tags(&text) {
            assert!(
                ![
                    "script", "iframe", "object", "embed", "form", "style", "meta"
                ]
                .contains(&tag.as_str())
                    || allowed_tag(&tag, &attrs),
                "{file}: <{tag} {attrs:?}>"
            );
            for (name, value) in &attrs {
                assert!(
                    !name.starts_with("on"),
                    "{file}: event handler <{tag} {name}={value}>"
                );
                let v = value.trim().to_lowercase();
                if ["href", "src", "action", "formaction", "xlink:href", "data"]
                    .contains(&name.as_str())
                {
                    assert!(
                        !v.starts_with("javascript:")
                            && !v.starts_with("data:")
                            && !v.starts_with("vbscript:"),
                        "{file}: <{tag} {name}={value}>"
                    );
                }
                assert!(
                    !(name == "style" && v.contains("expression(")),
                    "{file}: {value}"
                );
            }
        }
    }
    let page = f.read("hostile/index.html");
    assert!(
        page.contains("{{ site.title }}"),
        "template syntax in content stays text"
    );

    // A `javascript:` URL in front matter is an error, so it is never published.
    f.write("content/glossary/js-url.md", "---\nterm: JS URL\ndefinition: D.\nbroader: [social-prescribing]\nsources: [{ title: T, url: \"javascript:alert(1)\" }]\n---\nBody.\n");
    let diags = hub::check(&f.root());
    let d = diags
        .iter()
        .find(|d| d.file.ends_with("js-url.md") && d.is_error())
        .expect("an error");
    assert!(
        d.message.contains("is not a web address") && d.line == 5,
        "{d:?}"
    );
}

#[test]
fn yaml_bombs_and_deep_nesting_are_rejected_quickly() {
    let f = Fixture::new("mini");
    let mut bomb = String::from(
        "---\ntitle: x\na: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n",
    );
    for (name, prev) in ["b", "c", "d", "e", "f", "g", "h", "i"]
        .iter()
        .zip(["a", "b", "c", "d", "e", "f", "g", "h"])
    {
        bomb.push_str(&format!("{name}: &{name} [*{prev},*{prev},*{prev},*{prev},*{prev},*{prev},*{prev},*{prev},*{prev}]\n"));
    }
    bomb.push_str("---\n");
    f.write("content/pages/bomb.md", &bomb);
    f.write(
        "content/pages/deep.md",
        &format!(
            "---\ntitle: {}{}\n---\n",
            "[".repeat(50_000),
            "]".repeat(50_000)
        ),
    );
    let root = f.root();
    let diags = within(Duration::from_secs(20), move || hub::check(&root));
    assert!(
        diags
            .iter()
            .any(|d| d.file.ends_with("bomb.md") && d.is_error()),
        "{diags:#?}"
    );
    assert!(
        diags
            .iter()
            .any(|d| d.file.ends_with("deep.md") && d.is_error()),
        "{diags:#?}"
    );
}

#[test]
fn odd_files_give_diagnostics_or_build_correctly() {
    let f = Fixture::new("mini");
    f.write("content/pages/empty.md", "");
    f.write(
        "content/pages/only-front-matter.md",
        "---\ntitle: Only front matter\n---\n",
    );
    f.write(
        "content/pages/crlf.md",
        "---\r\ntitle: Windows line endings\r\n---\r\nA line.\r\n\r\n## A heading\r\n",
    );
    f.write(
        "content/pages/bom.md",
        "\u{feff}---\ntitle: With a byte order mark\n---\nHello.\n",
    );
    std::fs::write(
        f.root().join("content/pages/nul.md"),
        b"---\ntitle: N\n---\nA\0B\n",
    )
    .unwrap();
    std::fs::write(
        f.root().join("content/pages/latin1.md"),
        b"---\ntitle: Caf\xe9\n---\n",
    )
    .unwrap();
    let big = std::fs::File::create(f.root().join("content/pages/huge.md")).unwrap();
    big.set_len(50 * 1024 * 1024).unwrap();
    #[cfg(unix)]
    {
        std::fs::write(
            f.dir.path().join("outside.md"),
            "---\ntitle: Outside\n---\nSecret.\n",
        )
        .unwrap();
        std::os::unix::fs::symlink(
            f.dir.path().join("outside.md"),
            f.root().join("content/pages/outside.md"),
        )
        .unwrap();
    }
    let root = f.root();
    let diags = within(Duration::from_secs(60), move || hub::check(&root));
    let error_for = |name: &str| {
        diags
            .iter()
            .find(|d| d.file.ends_with(name) && d.is_error())
            .map(|d| d.message.clone())
    };
    assert!(error_for("empty.md").unwrap().contains("front matter"));
    assert!(error_for("nul.md").unwrap().contains("NUL"));
    assert!(error_for("latin1.md").unwrap().contains("UTF-8"));
    assert!(error_for("huge.md").unwrap().contains("limited to 10 MB"));
    #[cfg(unix)]
    assert!(error_for("outside.md").unwrap().contains("outside the hub"));
    for ok in ["only-front-matter.md", "crlf.md", "bom.md"] {
        assert!(error_for(ok).is_none(), "{ok}: {diags:#?}");
    }
    for bad in ["empty.md", "nul.md", "latin1.md", "huge.md", "outside.md"] {
        let _ = std::fs::remove_file(f.root().join("content/pages").join(bad));
    }
    f.build().unwrap();
    let crlf = f.read("crlf/index.html");
    assert!(
        crlf.contains("<h1>Windows line endings</h1>")
            && crlf.contains(r#"<h2 id="a-heading">A heading</h2>"#)
    );
    assert!(
        f.read("bom/index.html")
            .contains("<h1>With a byte order mark</h1>")
    );
}

#[test]
fn killing_a_build_at_any_moment_keeps_the_previous_site_intact() {
    // A copy of the shipped hub whose description (on every page) alternates between two
    // versions, so that every build has files to write and a kill can land mid-write.
    let shipped = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("hub");
    for folder in ["content", "data", "themes"] {
        for f in files_under(&shipped.join(folder)) {
            let to = root.join(folder).join(&f);
            std::fs::create_dir_all(to.parent().unwrap()).unwrap();
            std::fs::copy(shipped.join(folder).join(&f), to).unwrap();
        }
    }
    let config = std::fs::read_to_string(shipped.join("hub.yaml")).unwrap();
    let set_version = |v: usize| {
        let text = config.replace(
            "A shared language,",
            &format!("A shared language (version {v}),"),
        );
        std::fs::write(root.join("hub.yaml"), text).unwrap();
    };
    let out = dir.path().join("public");
    let hub = env!("CARGO_BIN_EXE_hub");
    let build = || {
        Command::new(hub)
            .args(["build", "--root"])
            .arg(&root)
            .arg("--output")
            .arg(&out)
            .output()
            .unwrap()
    };
    let snapshot = |p: &std::path::Path| -> Vec<(String, Vec<u8>)> {
        files_under(p)
            .into_iter()
            .map(|f| {
                let b = std::fs::read(p.join(&f)).unwrap();
                (f, b)
            })
            .collect()
    };
    let mut sites = Vec::new();
    let mut full_build = Duration::ZERO;
    for v in 0..2 {
        set_version(v);
        let started = std::time::Instant::now();
        assert!(build().status.success());
        full_build = started.elapsed();
        sites.push(snapshot(&out));
    }
    // Kill times spread over the whole build, up to a little past its end, so that kills
    // land in every stage, the write stage included.
    let kill_at = |i: u64| full_build.mul_f64(i as f64 / 20.0) + Duration::from_millis(2);
    assert!(sites[0].len() > 100 && sites[0] != sites[1]);
    let mut current = 1;
    let (mut kept, mut replaced) = (0, 0);
    for i in 0..24u64 {
        set_version(1 - current);
        let mut child = Command::new(hub)
            .args(["build", "--root"])
            .arg(&root)
            .arg("--output")
            .arg(&out)
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(kill_at(i));
        let _ = child.kill(); // SIGKILL on Unix
        let _ = child.wait();
        let now = snapshot(&out);
        if now == sites[current] {
            kept += 1;
        } else if now == sites[1 - current] {
            replaced += 1;
            current = 1 - current;
        } else {
            panic!(
                "after a kill at {:?} the site is neither the old nor the new one",
                kill_at(i)
            );
        }
    }
    // How many builds finish before their kill depends on the machine's load; at least some
    // kills must interrupt a build that had files to write.
    assert!(kept > 0, "some kills interrupted a running build");
    eprintln!("{kept} kills kept the old site, {replaced} builds finished first");
    set_version(current);
    assert!(build().status.success());
    assert!(snapshot(&out) == sites[current]);
    let stale: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .filter_map(Result::ok)
        .map(|e| e.file_name())
        .filter(|n| n != "public" && n != "hub")
        .collect();
    assert!(
        stale.is_empty(),
        "staging folders of killed builds are cleaned up: {stale:?}"
    );
}

#[test]
fn output_safety_refuses_home_and_never_deletes_outside_the_output() {
    let f = Fixture::new("mini");
    let home = tempfile::tempdir().unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_hub"))
        .env("HOME", home.path())
        .args(["build", "--root"])
        .arg(f.root())
        .arg("--output")
        .arg(home.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("home directory"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // A sibling of the output folder is never touched by a build.
    std::fs::write(f.dir.path().join("keep.txt"), "mine").unwrap();
    f.build().unwrap();
    f.build().unwrap();
    assert_eq!(
        std::fs::read_to_string(f.dir.path().join("keep.txt")).unwrap(),
        "mine"
    );
}
