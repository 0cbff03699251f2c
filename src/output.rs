//! WRITE: put the rendered site on disk atomically.
//!
//! Files are written into a staging directory beside the output and swapped in only when
//! every file was written, so a failed or killed build never leaves a half-written site.

use rayon::prelude::*;
use std::path::{Component, Path, PathBuf};

/// One file of the built site: what the render and search stages produce and this stage
/// writes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutputFile {
    /// Path relative to the output directory, with `/` separators.
    pub path: String,
    /// Contents.
    pub bytes: Vec<u8>,
}

/// Name of the marker file that identifies a directory written by hub.
pub const MARKER: &str = ".hub-output";

/// Why the output could not be written.
#[derive(Debug, thiserror::Error)]
pub enum OutputError {
    /// The output directory is somewhere hub must never write over.
    #[error("refusing to write the site into {path}: {reason}")]
    Refused {
        /// The directory.
        path: PathBuf,
        /// Why it is refused.
        reason: String,
    },
    /// A file-system operation failed.
    #[error("{action} {path}: {source}")]
    Io {
        /// What was being done.
        action: &'static str,
        /// On which path.
        path: PathBuf,
        /// The error.
        source: std::io::Error,
    },
    /// A rendered file has a path that would escape the output directory.
    #[error("the rendered file `{0}` has an unsafe path")]
    UnsafePath(String),
}

fn io(action: &'static str, path: &Path) -> impl FnOnce(std::io::Error) -> OutputError {
    let path = path.to_path_buf();
    move |source| OutputError::Io {
        action,
        path,
        source,
    }
}

/// Checks that `output` is a safe place to (re)write the site of the hub at `root`.
pub fn check_output_dir(root: &Path, output: &Path, force: bool) -> Result<(), OutputError> {
    let refuse = |reason: &str| {
        Err(OutputError::Refused {
            path: output.to_path_buf(),
            reason: reason.into(),
        })
    };
    let root = std::fs::canonicalize(root).map_err(io("cannot open the hub root", root))?;
    let out = absolute(output)?;
    if out.parent().is_none() {
        return refuse("it is the file-system root");
    }
    if out == root || root.starts_with(&out) {
        return refuse("it is the hub root or contains it; use a folder such as public/");
    }
    for protected in ["content", "data", "themes"] {
        if out.starts_with(root.join(protected)) {
            return refuse(&format!("it is inside the hub's {protected}/ folder"));
        }
    }
    if let Some(home) = std::env::var_os("HOME").map(PathBuf::from)
        && out == home
    {
        return refuse("it is your home directory");
    }
    if out.is_dir() && !force {
        let looks_like_output = out.join(MARKER).is_file();
        let empty = std::fs::read_dir(&out)
            .map(|mut d| d.next().is_none())
            .unwrap_or(false);
        if !looks_like_output && !empty {
            return refuse(
                "it is not empty and was not written by hub (pass --force to replace it)",
            );
        }
    }
    if out.exists() && !out.is_dir() {
        return refuse("it exists and is not a directory");
    }
    Ok(())
}

/// Makes `path` absolute and lexically normal (no `.` or `..`), without requiring it to exist.
fn absolute(path: &Path) -> Result<PathBuf, OutputError> {
    let joined = if path.is_absolute() {
        path.to_path_buf()
    } else {
        std::env::current_dir()
            .map_err(io("cannot read the current directory", path))?
            .join(path)
    };
    let mut out = PathBuf::new();
    for c in joined.components() {
        match c {
            Component::ParentDir => {
                out.pop();
            }
            Component::CurDir => {}
            other => out.push(other),
        }
    }
    // Resolve symlinks in the existing part so that a link to a protected place is caught.
    if let Ok(real) = std::fs::canonicalize(&out) {
        return Ok(real);
    }
    if let (Some(parent), Some(name)) = (out.parent(), out.file_name())
        && let Ok(real_parent) = std::fs::canonicalize(parent)
    {
        return Ok(real_parent.join(name));
    }
    Ok(out)
}

/// What a write did.
#[derive(Debug, Clone, Copy, Default)]
pub struct WriteReport {
    /// Files written.
    pub files: usize,
    /// Bytes written.
    pub bytes: u64,
    /// Files identical to the previous build, kept as they were (hard links).
    pub unchanged: usize,
}

/// Writes `files` into a staging directory and swaps it in place of `output`.
pub fn write_site(output: &Path, files: &[OutputFile]) -> Result<WriteReport, OutputError> {
    let output = absolute(output)?;
    let parent = output
        .parent()
        .ok_or_else(|| OutputError::Refused {
            path: output.clone(),
            reason: "no parent directory".into(),
        })?
        .to_path_buf();
    let name = output
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "public".into());
    if let Some(f) = files.iter().find(|f| !is_safe_relative(&f.path)) {
        return Err(OutputError::UnsafePath(f.path.clone()));
    }
    std::fs::create_dir_all(&parent).map_err(io("cannot create", &parent))?;
    recover_and_clean(&parent, &name, &output);
    let previous = Previous::compare(&output, files);
    if previous.as_ref().is_some_and(Previous::holds_exactly_these) {
        // Nothing changed: leave the site as it is rather than rebuild it file by file.
        return Ok(WriteReport {
            files: files.len(),
            bytes: files.iter().map(|f| f.bytes.len() as u64).sum(),
            unchanged: files.len(),
        });
    }

    let staging = parent.join(format!(".{name}.staging-{}", std::process::id()));
    if staging.exists() {
        std::fs::remove_dir_all(&staging).map_err(io("cannot remove", &staging))?;
    }
    std::fs::create_dir_all(&staging).map_err(io("cannot create", &staging))?;
    let result = write_all(&staging, files, previous.as_ref());
    if let Err(e) = result {
        let _ = std::fs::remove_dir_all(&staging);
        return Err(e);
    }
    if output.exists() && exchange(&staging, &output).is_ok() {
        // The new site is in place in one atomic step; the previous one is now at `staging`.
        let _ = std::fs::remove_dir_all(&staging);
        return Ok(result.unwrap_or_default());
    }
    let old = parent.join(format!(".{name}.old-{}", std::process::id()));
    if output.exists() {
        std::fs::rename(&output, &old)
            .map_err(io("cannot move the previous site aside", &output))?;
    }
    if let Err(e) = std::fs::rename(&staging, &output) {
        let _ = std::fs::rename(&old, &output);
        return Err(OutputError::Io {
            action: "cannot move the new site into place",
            path: output,
            source: e,
        });
    }
    if old.exists() {
        let _ = std::fs::remove_dir_all(&old);
    }
    Ok(result.unwrap_or_default())
}

/// Swaps two directories atomically (Linux `renameat2` with `RENAME_EXCHANGE`), so that the
/// output path always holds a complete site, even if the build is killed at that moment.
#[cfg(target_os = "linux")]
fn exchange(a: &Path, b: &Path) -> std::io::Result<()> {
    use std::ffi::CString;
    use std::os::unix::ffi::OsStrExt;
    let a = CString::new(a.as_os_str().as_bytes())?;
    let b = CString::new(b.as_os_str().as_bytes())?;
    // SAFETY: both arguments are valid NUL-terminated paths that live for the whole call;
    // renameat2 only reads them.
    let rc = unsafe {
        libc::renameat2(
            libc::AT_FDCWD,
            a.as_ptr(),
            libc::AT_FDCWD,
            b.as_ptr(),
            libc::RENAME_EXCHANGE,
        )
    };
    if rc == 0 {
        Ok(())
    } else {
        Err(std::io::Error::last_os_error())
    }
}

/// Elsewhere the two-rename fallback of [`write_site`] is used.
#[cfg(not(target_os = "linux"))]
fn exchange(_a: &Path, _b: &Path) -> std::io::Result<()> {
    Err(std::io::Error::other("atomic exchange is not available"))
}

/// Restores a previous output left aside by a killed build, and removes stale staging
/// directories of earlier killed builds.
fn recover_and_clean(parent: &Path, name: &str, output: &Path) {
    let Ok(entries) = std::fs::read_dir(parent) else {
        return;
    };
    let staging_prefix = format!(".{name}.staging-");
    let old_prefix = format!(".{name}.old-");
    for entry in entries.filter_map(Result::ok) {
        let file_name = entry.file_name().to_string_lossy().into_owned();
        if file_name.starts_with(&old_prefix) && !output.exists() {
            let _ = std::fs::rename(entry.path(), output);
        } else if file_name.starts_with(&staging_prefix) || file_name.starts_with(&old_prefix) {
            let _ = std::fs::remove_dir_all(entry.path());
        }
    }
}

/// The previous build in the output folder, compared file by file with the new one (each
/// file read once).
struct Previous<'a> {
    dir: &'a Path,
    /// For each new file, whether the previous build has it with the same bytes.
    same: Vec<bool>,
}

impl<'a> Previous<'a> {
    /// `None` when `output` holds no previous build.
    fn compare(output: &'a Path, files: &[OutputFile]) -> Option<Previous<'a>> {
        if !output.join(MARKER).is_file() {
            return None;
        }
        let same = files
            .par_iter()
            .map(|f| {
                let path = output.join(&f.path);
                std::fs::symlink_metadata(&path)
                    .is_ok_and(|m| m.is_file() && m.len() == f.bytes.len() as u64)
                    && std::fs::read(&path).is_ok_and(|b| b == f.bytes)
            })
            .collect();
        Some(Previous { dir: output, same })
    }

    /// Whether every new file is there with the same bytes and the marker is the only other
    /// file, so nothing stale is left either.
    fn holds_exactly_these(&self) -> bool {
        if !self.same.iter().all(|&same| same) {
            return false;
        }
        let mut present = 0usize;
        for entry in walkdir::WalkDir::new(self.dir).min_depth(1) {
            let Ok(entry) = entry else { return false };
            if entry.file_type().is_file() {
                present += 1;
            } else if !entry.file_type().is_dir() {
                return false;
            }
        }
        present == self.same.len() + 1
    }
}

/// Puts one file into the staging folder. A file whose bytes equal the previous build's
/// (`unchanged`, its path there) is hard-linked from it instead of written, so it keeps its
/// modification time and inode and deployments that compare times upload only what
/// changed. Returns true when unchanged.
fn place(path: &Path, bytes: &[u8], unchanged: Option<&Path>) -> std::io::Result<bool> {
    if let Some(old) = unchanged
        && std::fs::hard_link(old, path).is_ok()
    {
        return Ok(true);
    }
    std::fs::write(path, bytes).map(|()| false)
}

fn write_all(
    dir: &Path,
    files: &[OutputFile],
    previous: Option<&Previous>,
) -> Result<WriteReport, OutputError> {
    let mut dirs: Vec<PathBuf> = files
        .iter()
        .filter_map(|f| Path::new(&f.path).parent().map(|p| dir.join(p)))
        .collect();
    dirs.sort();
    dirs.dedup();
    for d in &dirs {
        std::fs::create_dir_all(d).map_err(io("cannot create", d))?;
    }
    let unchanged = files
        .par_iter()
        .enumerate()
        .map(|(i, f)| {
            let path = dir.join(&f.path);
            let old = previous.filter(|p| p.same[i]).map(|p| p.dir.join(&f.path));
            place(&path, &f.bytes, old.as_deref()).map_err(io("cannot write", &path))
        })
        .try_fold(|| 0usize, |n, same| same.map(|s| n + usize::from(s)))
        .try_reduce(|| 0, |a, b| Ok(a + b))?;
    std::fs::write(
        dir.join(MARKER),
        b"This directory is written by `hub build`; it is replaced on every build.\n",
    )
    .map_err(io("cannot write", &dir.join(MARKER)))?;
    Ok(WriteReport {
        unchanged,
        files: files.len(),
        bytes: files.iter().map(|f| f.bytes.len() as u64).sum(),
    })
}

fn is_safe_relative(path: &str) -> bool {
    !path.is_empty()
        && Path::new(path)
            .components()
            .all(|c| matches!(c, Component::Normal(_)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refuses_dangerous_output_dirs() {
        let root = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(root.path().join("content")).unwrap();
        assert!(check_output_dir(root.path(), Path::new("/"), true).is_err());
        assert!(check_output_dir(root.path(), root.path(), true).is_err());
        assert!(check_output_dir(root.path(), &root.path().join("content"), true).is_err());
        assert!(check_output_dir(root.path(), &root.path().join("content/x/.."), true).is_err());
        assert!(check_output_dir(root.path(), &root.path().join("public"), false).is_ok());
    }

    #[test]
    fn refuses_a_foreign_non_empty_dir_without_force() {
        let root = tempfile::tempdir().unwrap();
        let out = root.path().join("docs");
        std::fs::create_dir_all(&out).unwrap();
        std::fs::write(out.join("notes.txt"), "mine").unwrap();
        assert!(check_output_dir(root.path(), &out, false).is_err());
        assert!(check_output_dir(root.path(), &out, true).is_ok());
    }

    #[test]
    fn rejects_escaping_paths() {
        assert!(is_safe_relative("glossary/x/index.html"));
        assert!(!is_safe_relative("../x"));
        assert!(!is_safe_relative("/etc/passwd"));
    }
}
