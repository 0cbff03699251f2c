//! Criterion micro-benchmarks of the hot stages, on the shipped hub's own content:
//! front-matter parsing, Markdown rendering with auto-linking, the term matcher alone
//! (throughput per MB of text), template rendering of whole pages and the search index
//! (per MB of rendered HTML).
//!
//! Run with `cargo bench --bench stages`; figures are in BENCHMARKS.md.
#![allow(missing_docs)] // criterion_group! generates an undocumented function

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use hub::config::AutolinkMode;
use hub::content::{CaseStudy, front_matter, yaml};
use hub::link::Linker;
use hub::link::markdown::{BodyOptions, BodySource, render_body};
use std::hint::black_box;
use std::path::Path;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn case_study_texts() -> Vec<String> {
    let mut files: Vec<_> = std::fs::read_dir(root().join("content/case-studies"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    files
        .iter()
        .map(|p| std::fs::read_to_string(p).unwrap())
        .collect()
}

fn stages(c: &mut Criterion) {
    let texts = case_study_texts();
    let bytes: usize = texts.iter().map(String::len).sum();

    let mut group = c.benchmark_group("front matter");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_function("split + parse 50 case studies", |b| {
        b.iter(|| {
            for t in &texts {
                let s = front_matter::split(t).unwrap();
                black_box(yaml::parse::<CaseStudy>(s.yaml, Path::new("x.md"), 2).unwrap());
            }
        })
    });
    group.finish();

    let rendered = hub::render_in_memory(root(), None, false);
    let preview_build = hub::render_in_memory(root(), None, false);
    let preview = hub::serve::Preview::of(preview_build).expect("the shipped hub loads");
    let site = rendered.site().expect("the shipped hub loads");
    let linker = Linker::new(site.terms(), "/", AutolinkMode::First);
    let bodies: Vec<&str> = site
        .case_studies()
        .iter()
        .map(|r| r.body.as_str())
        .collect();
    let body_bytes: usize = bodies.iter().map(|b| b.len()).sum();

    let mut group = c.benchmark_group("markdown");
    group.throughput(Throughput::Bytes(body_bytes as u64));
    group.bench_function("render 50 bodies with auto-linking", |b| {
        b.iter(|| {
            for body in &bodies {
                let mut diags = Vec::new();
                let source = BodySource {
                    file: Path::new("x.md"),
                    first_line: 1,
                };
                let options = BodyOptions {
                    base_path: "/",
                    autolink: AutolinkMode::First,
                    self_term: None,
                    page_path: "/x/",
                };
                black_box(render_body(body, source, &linker, options, &mut diags));
            }
        })
    });
    group.finish();

    // The matcher alone over 1 MB of the hub's own prose.
    let mut megabyte = String::new();
    while megabyte.len() < 1_000_000 {
        for body in &bodies {
            megabyte.push_str(body);
        }
    }
    let mut group = c.benchmark_group("autolink");
    group.throughput(Throughput::Bytes(megabyte.len() as u64));
    group.bench_function("find terms in 1 MB", |b| {
        b.iter(|| black_box(linker.matcher.find(&megabyte)))
    });
    group.finish();

    let mut group = c.benchmark_group("templates");
    group.bench_function("render one case study page", |b| {
        let id = preview.site().case_studies()[0].id.clone();
        b.iter(|| {
            let mut diags = Vec::new();
            black_box(preview.render_page(hub::content::Collection::CASE_STUDIES, &id, &mut diags))
        })
    });
    group.finish();

    // The search index of every page of the shipped hub.
    let html: Vec<hub::output::OutputFile> = rendered
        .files
        .iter()
        .filter(|f| f.path.ends_with(".html"))
        .cloned()
        .collect();
    let html_bytes: usize = html.iter().map(|f| f.bytes.len()).sum();
    let mut group = c.benchmark_group("search");
    group.throughput(Throughput::Bytes(html_bytes as u64));
    group.bench_function("index every page of the shipped hub", |b| {
        b.iter(|| {
            let pages = html.iter().map(|f| (f.path.as_str(), f.bytes.as_slice()));
            black_box(hub::search::search_index(pages, "en"))
        })
    });
    group.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20).measurement_time(std::time::Duration::from_secs(3));
    targets = stages
}
criterion_main!(benches);
