//! The loaded records of every collection, one list per front-matter type.

use super::{FrontMatter, Record};
use std::any::Any;

/// Every collection's records, each list kept under its front-matter type, so that a new
/// collection needs no field here: [`Store::get`] finds a list by the type of its records.
#[derive(Debug, Default)]
pub struct Store {
    lists: Vec<Box<dyn Any + Send + Sync>>,
}

impl Store {
    /// Adds (or replaces) the list of records of type `M`.
    pub fn insert<M: FrontMatter>(&mut self, records: Vec<Record<M>>) {
        match self.lists.iter_mut().find(|l| l.is::<Vec<Record<M>>>()) {
            Some(slot) => *slot = Box::new(records),
            None => self.lists.push(Box::new(records)),
        }
    }

    /// Moves every list of `other` into this store.
    pub fn merge(&mut self, other: Store) {
        self.lists.extend(other.lists);
    }

    /// The records of type `M`, empty when none were loaded.
    pub fn get<M: FrontMatter>(&self) -> &[Record<M>] {
        self.lists
            .iter()
            .find_map(|l| l.downcast_ref::<Vec<Record<M>>>())
            .map_or(&[], Vec::as_slice)
    }

    /// The records of type `M`, to change in place (the live preview, drafts, sorting).
    pub fn get_mut<M: FrontMatter>(&mut self) -> &mut Vec<Record<M>> {
        if !self.lists.iter().any(|l| l.is::<Vec<Record<M>>>()) {
            self.lists.push(Box::new(Vec::<Record<M>>::new()));
        }
        self.lists
            .iter_mut()
            .find_map(|l| l.downcast_mut::<Vec<Record<M>>>())
            .expect("the list was just added")
    }
}

#[cfg(test)]
mod tests {
    use super::Store;
    use crate::content::{Page, Record, Term};

    fn page(id: &str) -> Record<Page> {
        let meta: Page = serde_saphyr::from_str("title: T\n").expect("a page");
        Record {
            id: id.into(),
            file: format!("content/pages/{id}.md").into(),
            meta,
            yaml_line: 2,
            body: String::new(),
            body_line: 4,
            emails: Vec::new(),
        }
    }

    #[test]
    fn lists_are_kept_apart_by_record_type() {
        let mut store = Store::default();
        assert!(store.get::<Page>().is_empty());
        store.insert(vec![page("a"), page("b")]);
        assert!(store.get::<Term>().is_empty());
        store.get_mut::<Page>().retain(|p| p.id == "b");
        let ids: Vec<&str> = store.get::<Page>().iter().map(|p| p.id.as_str()).collect();
        assert_eq!(ids, ["b"]);
        store.insert(vec![page("c")]);
        assert_eq!(store.get::<Page>().len(), 1);
    }
}
