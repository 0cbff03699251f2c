//! Rebuilds the binary when a file of the built-in theme is added, changed or removed:
//! `include_dir!` embeds the whole folder, and Cargo scans a folder named here for changes.

fn main() {
    println!("cargo:rerun-if-changed=themes/default");
}
