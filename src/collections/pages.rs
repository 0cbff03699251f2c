//! Free pages (about, contribute, what is social prescribing), at the top of the site.

use super::Kind;
use crate::content::{Collection, Page, Record};
use crate::diagnostics::Diagnostic;
use crate::render::{Job, PageContext};
use crate::site::Site;

/// `content/pages/`.
pub(super) struct Pages;

impl Kind for Pages {
    type Meta = Page;
    const COLLECTION: Collection = Collection::PAGES;
    const TITLE: &'static str = "Pages";
    const KIND_NAME: &'static str = "page";
    const TRANSLATABLE: &'static [&'static str] = &["title", "description"];

    fn validate(site: &Site, out: &mut Vec<Diagnostic>) {
        crate::site::validate::check_pages(site, out);
    }

    fn record_page(ctx: &PageContext<'_>, record: &Record<Page>, _position: usize) -> Job {
        ctx.page_job(record)
    }
}
