//! Runs the end-to-end browser tests (tests/browser/run.mjs) against the shipped hub, in
//! Debian's headless Chromium driven by playwright-core, with axe-core accessibility checks.
//! Screenshots of each page type at 375 px and 1280 px land in target/browser-artifacts/.
//!
//! Needs `chromium` (Debian package) and `npm ci --prefix tests/browser`; `scripts/test`
//! installs both. Set HUB_SKIP_BROWSER_TESTS=1 to skip on a machine without them.

use std::path::Path;
use std::process::Command;

#[test]
fn the_site_works_in_a_real_browser() {
    if std::env::var_os("HUB_SKIP_BROWSER_TESTS").is_some() {
        eprintln!("browser tests skipped (HUB_SKIP_BROWSER_TESTS is set)");
        return;
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let chromium = std::env::var("CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".into());
    assert!(
        Path::new(&chromium).exists(),
        "{chromium} is missing: run scripts/test (or apt-get install chromium), or set HUB_SKIP_BROWSER_TESTS=1"
    );
    assert!(
        root.join("tests/browser/node_modules/playwright-core")
            .exists(),
        "browser test dependencies are missing: run `npm ci --prefix tests/browser` (scripts/test does it)"
    );
    let target = root.join("target");
    let site = target.join("browser-site");
    let artifacts = target.join("browser-artifacts");
    let _ = std::fs::remove_dir_all(&site);
    hub::build(&hub::BuildOptions {
        root: root.into(),
        output: site.clone(),
        base_url: None,
        drafts: false,
        force: true,
    })
    .unwrap_or_else(|e| panic!("the shipped hub builds: {e}"));
    let out = Command::new("node")
        .arg(root.join("tests/browser/run.mjs"))
        .arg(&site)
        .arg(&artifacts)
        .env("CHROMIUM", &chromium)
        .output()
        .expect("node runs");
    let stdout = String::from_utf8_lossy(&out.stdout);
    println!("{stdout}");
    assert!(
        out.status.success(),
        "browser tests failed:\n{stdout}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
}
