//! LINK: find glossary terms in text, resolve wiki-links, collect backlinks.

pub mod linker;
pub mod matcher;

pub use linker::{Linker, TermTarget, join_path};
pub use matcher::{Mention, TermMatcher};
