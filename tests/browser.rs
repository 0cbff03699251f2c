//! Runs the end-to-end browser tests (tests/browser/run.mjs) against the shipped hub, in
//! Debian's headless Chromium driven by playwright-core, with axe-core accessibility checks.
//! Screenshots of each page type at 375 px and 1280 px land in target/browser-artifacts/.
//!
//! Needs `chromium` (Debian package) and `npm ci --prefix tests/browser`; `scripts/test`
//! installs both. Set HUB_SKIP_BROWSER_TESTS=1 to skip on a machine without them.

use std::path::Path;
use std::process::Command;

/// Strings the search index (Rust) and the search script (`hub.js`) must cut into the same
/// words: Latin with accents, Devanagari, Gurmukhi, Bengali, Arabic, Chinese, Japanese,
/// Korean, and the joiners and digits in between.
const PARITY: [&str; 12] = [
    "Neuchâtel, Zürich & São Paulo",
    "hyvinvointilähete; Recepta na życie",
    "A&E and GP-led care, 24/7",
    "सामाजिक नुस्खा",
    "ਸਮਾਜਿਕ ਨੁਸਖ਼ਾ",
    "সামাজিক প্রেসক্রিপশন",
    "الوصفة الاجتماعية",
    "社会处方是一种方法",
    "社会的処方は、孤独・孤立対策",
    "사회적 처방과 녹색 사회적 처방",
    "ﬁnancial ＦＵＬＬＷＩＤＴＨ ①②",
    "l'été dernier — «prescription sociale»",
];

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
        precompress: false,
        root: root.into(),
        output: site.clone(),
        base_url: None,
        drafts: false,
        force: true,
    })
    .unwrap_or_else(|e| panic!("the shipped hub builds: {e}"));
    // The Rust side of the tokenizer parity check (run.mjs compares hub.js against it).
    let parity: serde_json::Map<String, serde_json::Value> = PARITY
        .iter()
        .map(|text| {
            let mut words = Vec::new();
            hub::search::tokens::words(text, |w| words.push(w.to_owned()));
            ((*text).to_owned(), serde_json::json!(words))
        })
        .collect();
    let parity_file = target.join("token-parity.json");
    std::fs::write(&parity_file, serde_json::to_vec(&parity).unwrap()).unwrap();
    let out = Command::new("node")
        .arg(root.join("tests/browser/run.mjs"))
        .arg(&site)
        .arg(&artifacts)
        .env("CHROMIUM", &chromium)
        .env("HUB_TOKEN_PARITY", &parity_file)
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
