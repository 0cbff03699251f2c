//! LINK: find glossary terms in text, resolve wiki-links, collect backlinks.

pub mod bodies;
pub mod linker;
pub mod markdown;
pub mod matcher;
pub mod sanitize;

pub use bodies::{Bodies, link_bodies};
pub use linker::{Linker, TermTarget, join_path};
pub use matcher::{Mention, TermMatcher};
