//! Long lists split into pages with stable URLs: the first page at the list's own path, the
//! others at `page/2/`, `page/3/`, … under it (the Hugo and Zola convention), each linked
//! to its neighbours (`rel=prev/next`) and to every other page, so that every record is
//! reachable by links without JavaScript and no page grows with the size of the hub.

use serde::Serialize;

/// Where a page of a list stands among the others, as templates see it (`pager`).
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub(crate) struct Pager {
    /// 1-based number of this page.
    pub(crate) number: usize,
    /// Number of pages.
    pub(crate) count: usize,
    /// Number of items in the whole list.
    pub(crate) items: usize,
    /// 1-based position of this page's first item in the list.
    pub(crate) first: usize,
    /// 1-based position of its last item.
    pub(crate) last: usize,
    /// Site path of the previous page.
    pub(crate) prev: Option<String>,
    /// Site path of the next page.
    pub(crate) next: Option<String>,
    /// The pages to link to by number: the first, the last and the two either side of this
    /// one (templates show a gap where numbers skip), so the links stay few on long lists.
    pub(crate) pages: Vec<(usize, String)>,
}

/// Site path of page `number` of the list at `base` (`/case-studies/`).
pub(crate) fn page_path(base: &str, number: usize) -> String {
    if number <= 1 {
        base.to_string()
    } else {
        format!("{base}page/{number}/")
    }
}

/// `items` split into pages of `per_page` (at least one page, even when empty): each with
/// its site path, its items and its pager. A list that fits on one page has no pager.
pub(crate) fn paginate<'a, T>(
    items: &'a [T],
    per_page: usize,
    base: &str,
) -> Vec<(String, &'a [T], Option<Pager>)> {
    let per_page = per_page.max(1);
    let count = items.len().div_ceil(per_page).max(1);
    if count == 1 {
        return vec![(base.to_string(), items, None)];
    }
    items
        .chunks(per_page)
        .enumerate()
        .map(|(i, chunk)| {
            let number = i + 1;
            let first = i * per_page + 1;
            let pager = Pager {
                number,
                count,
                items: items.len(),
                first,
                last: first + chunk.len() - 1,
                prev: (number > 1).then(|| page_path(base, number - 1)),
                next: (number < count).then(|| page_path(base, number + 1)),
                pages: (1..=count)
                    .filter(|&n| n == 1 || n == count || n.abs_diff(number) <= 2)
                    .map(|n| (n, page_path(base, n)))
                    .collect(),
            };
            (page_path(base, number), chunk, Some(pager))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_lists_have_one_page_and_no_pager() {
        let items = [1, 2, 3];
        let pages = paginate(&items, 3, "/x/");
        assert_eq!(pages.len(), 1);
        assert_eq!(pages[0].0, "/x/");
        assert!(pages[0].2.is_none());
        assert_eq!(paginate::<u8>(&[], 3, "/x/").len(), 1);
    }

    #[test]
    fn long_lists_continue_on_numbered_pages_linked_both_ways() {
        let items: Vec<u32> = (1..=7).collect();
        let pages = paginate(&items, 3, "/x/");
        let paths: Vec<&str> = pages.iter().map(|p| p.0.as_str()).collect();
        assert_eq!(paths, ["/x/", "/x/page/2/", "/x/page/3/"]);
        assert_eq!(pages[2].1, [7]);
        let middle = pages[1].2.as_ref().unwrap();
        assert_eq!((middle.first, middle.last, middle.items), (4, 6, 7));
        assert_eq!(middle.prev.as_deref(), Some("/x/"));
        assert_eq!(middle.next.as_deref(), Some("/x/page/3/"));
        assert!(pages[0].2.as_ref().unwrap().prev.is_none());
        assert!(pages[2].2.as_ref().unwrap().next.is_none());
    }

    #[test]
    fn page_links_are_a_window_around_the_current_page() {
        let items: Vec<u32> = (1..=100).collect();
        let pages = paginate(&items, 10, "/x/");
        let numbers: Vec<usize> = pages[4]
            .2
            .as_ref()
            .unwrap()
            .pages
            .iter()
            .map(|p| p.0)
            .collect();
        assert_eq!(numbers, [1, 3, 4, 5, 6, 7, 10]);
    }
}
