//! The `hub` command line: parses arguments, calls the library, prints diagnostics.

/// mimalloc: allocation-heavy stages (Markdown events, template values, many small
/// strings) spend much less time in the allocator than with glibc's malloc.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use anyhow::Context as _;
use clap::{Parser, Subcommand, ValueEnum};
use hub::diagnostics::{self, Diagnostic, Format};
use std::path::PathBuf;
use std::process::ExitCode;

/// Build the social prescribing knowledge hub: glossary, case studies, evidence and
/// champion directory, from Markdown and YAML into a static site.
#[derive(Debug, Parser)]
#[command(name = "hub", version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Build the site into an output folder (default `public/`).
    Build {
        /// The hub's folder, holding hub.yaml, content/, data/ and themes/.
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// Where to write the site; replaced as a whole when the build succeeds.
        #[arg(long, short, default_value = "public")]
        output: PathBuf,
        /// Public URL of the site, overriding base_url in hub.yaml (e.g. https://example.org/sp-hub/).
        #[arg(long)]
        base_url: Option<String>,
        /// Include records marked `draft: true`.
        #[arg(long)]
        drafts: bool,
        /// Replace an output folder that was not written by hub.
        #[arg(long)]
        force: bool,
        /// Print the time spent in each stage (load, link, render, write).
        #[arg(long)]
        timings: bool,
        /// Also write a Brotli (.br) and a gzip (.gz) copy beside each text file, for
        /// servers that send precompressed files (nginx gzip_static, Caddy precompressed).
        #[arg(long)]
        precompress: bool,
    },
    /// Preview the hub: build it in memory, serve it, rebuild and reload on every save.
    Serve {
        /// The hub's folder.
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// Address to listen on; loopback by default (use 0.0.0.0 to share on a network).
        #[arg(long, default_value = "127.0.0.1")]
        bind: std::net::IpAddr,
        /// Port to listen on (0 picks a free one).
        #[arg(long, default_value_t = 1111)]
        port: u16,
        /// Include records marked `draft: true`.
        #[arg(long)]
        drafts: bool,
        /// Open the site in a browser.
        #[arg(long)]
        open: bool,
    },
    /// Check the whole hub and report every problem, without writing a site.
    Check {
        /// The hub's folder.
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// How to print problems: human, github (workflow annotations) or json (one per line).
        #[arg(long, value_enum, default_value_t = FormatArg::Human)]
        format: FormatArg,
        /// Treat warnings as errors.
        #[arg(long)]
        deny_warnings: bool,
    },
    /// Create a new content file with every field present and explained.
    New {
        /// What to create: one of the collections' kinds.
        #[arg(value_parser = collection_kinds())]
        kind: String,
        /// Its title (or term, or name); the file name is made from it.
        title: String,
        /// The hub's folder.
        #[arg(long, default_value = ".")]
        root: PathBuf,
    },
    /// Write JSON Schemas of every collection's front matter (for editor completion).
    Schema {
        /// The hub's folder.
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// Folder to write into, relative to the root.
        #[arg(long, default_value = "schemas")]
        out: PathBuf,
    },
    /// Create a new, empty hub (hub.yaml explained, data/, one example of each record) that
    /// builds and checks cleanly.
    Init {
        /// Where to create it (a new or empty folder).
        #[arg(default_value = ".")]
        dir: PathBuf,
    },
    /// Show what changed in the content since a git ref (records added, removed, renamed,
    /// fields changed, new problems), for reviewers of a pull request.
    Diff {
        /// The git ref to compare with, e.g. origin/main or HEAD~1.
        reference: String,
        /// The hub's folder (inside a git repository).
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// human, markdown (for a job summary) or json.
        #[arg(long, value_enum, default_value_t = DiffFormat::Human)]
        format: DiffFormat,
    },
    /// Freeze the glossary as a numbered release: its exports go to releases/<version>/
    /// (commit them) and its changes to releases/CHANGELOG.md.
    Release {
        /// The version, e.g. 2026.1 (letters, digits, dots and hyphens).
        version: String,
        /// The release date (default: today).
        #[arg(long)]
        date: Option<String>,
        /// The hub's folder.
        #[arg(long, default_value = ".")]
        root: PathBuf,
    },
}

/// Output formats of `hub diff`.
#[derive(Clone, Copy, Debug, ValueEnum)]
enum DiffFormat {
    /// For a terminal.
    Human,
    /// For a pull request's job summary.
    Markdown,
    /// For tools.
    Json,
}

/// The kinds of record `hub new` can create.
/// The kinds `hub new` accepts: one per collection of the registry.
fn collection_kinds() -> clap::builder::PossibleValuesParser {
    clap::builder::PossibleValuesParser::new(hub::collections::REGISTRY.iter().map(|c| {
        clap::builder::PossibleValue::new(c.kind_name())
            .help(format!("content/{}/", c.collection().dir()))
    }))
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum FormatArg {
    Human,
    Github,
    Json,
}

impl From<FormatArg> for Format {
    fn from(f: FormatArg) -> Format {
        match f {
            FormatArg::Human => Format::Human,
            FormatArg::Github => Format::Github,
            FormatArg::Json => Format::Json,
        }
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::FAILURE
        }
    }
}

fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    match cli.command {
        Command::Build {
            root,
            output,
            base_url,
            drafts,
            force,
            timings,
            precompress,
        } => {
            let options = hub::BuildOptions {
                precompress,
                root: root.clone(),
                output: output.clone(),
                base_url,
                drafts,
                force,
            };
            match hub::build(&options) {
                Ok(report) => {
                    eprint!(
                        "{}",
                        diagnostics::render(&report.warnings, Format::Human, &root)
                    );
                    eprintln!(
                        "built {} pages ({} files, {} unchanged) into {} in {} ms, {} warning(s)",
                        report.pages,
                        report.files,
                        report.unchanged,
                        output.display(),
                        report.millis,
                        report.warnings.len()
                    );
                    if timings {
                        eprintln!("{}", report.timings);
                    }
                    Ok(ExitCode::SUCCESS)
                }
                Err(hub::BuildError::Invalid(diags)) => {
                    eprint!("{}", diagnostics::render(&diags, Format::Human, &root));
                    eprintln!("{}", summary(&diags));
                    eprintln!(
                        "build failed: nothing was written; the previous site in {} is unchanged",
                        output.display()
                    );
                    Ok(ExitCode::FAILURE)
                }
                Err(e) => Err(e).context("build failed; the previous site is unchanged"),
            }
        }
        Command::Serve {
            root,
            bind,
            port,
            drafts,
            open,
        } => {
            hub::serve::serve(hub::serve::ServeOptions {
                root,
                bind,
                port,
                drafts,
                open,
            })?;
            Ok(ExitCode::SUCCESS)
        }
        Command::New { kind, title, root } => {
            let kind = hub::collections::by_name(&kind).expect("clap checked the kind");
            let path = hub::new_record(&root, kind, &title)?;
            println!("{}", path.display());
            eprintln!(
                "created {}: fill in the fields, then run `hub check`",
                path.display()
            );
            Ok(ExitCode::SUCCESS)
        }
        Command::Init { dir } => match hub::init::init(&dir) {
            Ok(files) => {
                eprintln!(
                    "created a new hub in {} ({} files): edit hub.yaml, then run `hub serve --root {}`",
                    dir.display(),
                    files.len(),
                    dir.display()
                );
                Ok(ExitCode::SUCCESS)
            }
            Err(e) => {
                eprintln!("error: {e}");
                Ok(ExitCode::FAILURE)
            }
        },
        Command::Diff {
            reference,
            root,
            format,
        } => match hub::diff::diff(&root, &reference) {
            Ok(d) => {
                match format {
                    DiffFormat::Human => print!("{}", d.human()),
                    DiffFormat::Markdown => print!("{}", d.markdown()),
                    DiffFormat::Json => println!("{}", serde_json::to_string_pretty(&d)?),
                }
                Ok(ExitCode::SUCCESS)
            }
            Err(e) => {
                eprintln!("error: {e}");
                Ok(ExitCode::FAILURE)
            }
        },
        Command::Release {
            version,
            date,
            root,
        } => {
            let date = date.unwrap_or_else(hub::scaffold::today);
            match hub::release(&root, &version, &date) {
                Ok(report) => {
                    eprintln!(
                        "released {version} ({date}) into {}: {} term(s) added or changed since the previous release; see releases/CHANGELOG.md",
                        report.dir.display(),
                        report.changes.len()
                    );
                    Ok(ExitCode::SUCCESS)
                }
                Err(hub::ReleaseError::Invalid(diags)) => {
                    eprint!("{}", diagnostics::render(&diags, Format::Human, &root));
                    eprintln!("nothing was released: fix the errors first");
                    Ok(ExitCode::FAILURE)
                }
                Err(e) => {
                    eprintln!("error: {e}");
                    Ok(ExitCode::FAILURE)
                }
            }
        }
        Command::Schema { root, out } => {
            let schemas = match hub::schemas(&root) {
                Ok(s) => s,
                Err(diags) => {
                    eprint!("{}", diagnostics::render(&diags, Format::Human, &root));
                    return Ok(ExitCode::FAILURE);
                }
            };
            let dir = root.join(out);
            std::fs::create_dir_all(&dir)
                .with_context(|| format!("cannot create {}", dir.display()))?;
            for (name, text) in schemas {
                let path = dir.join(name);
                std::fs::write(&path, text)
                    .with_context(|| format!("cannot write {}", path.display()))?;
                println!("{}", path.display());
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Check {
            root,
            format,
            deny_warnings,
        } => {
            let diags = hub::check(&root);
            let format: Format = format.into();
            print!("{}", diagnostics::render(&diags, format, &root));
            if format == Format::Human {
                eprintln!("{}", summary(&diags));
            }
            let failed = diags.iter().any(|d| d.is_error() || deny_warnings);
            Ok(if failed {
                ExitCode::FAILURE
            } else {
                ExitCode::SUCCESS
            })
        }
    }
}

fn summary(diags: &[Diagnostic]) -> String {
    let errors = diags.iter().filter(|d| d.is_error()).count();
    let warnings = diags.len() - errors;
    format!("{errors} error(s), {warnings} warning(s)")
}
