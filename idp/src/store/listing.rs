//! Lists that operators and approvers page through and search: every item is kept in two
//! ordered sets, one by time and one by search terms, so that a page of 25, and a search,
//! cost the same with a thousand items as with a million (see [`Store::sorted_range`]).
//!
//! A member is `<sort key>\u{1f}<item id>`; the cursor of the next page is the last
//! member of the page, carried in the page's link. Items are written by the module that
//! owns them (accounts, access requests, the operators' log), which must call
//! [`Listing::add`] and [`Listing::remove`] with the same terms each time.

use super::{SortedRange, Store, StoreResult, Write};

/// Between a member's sort key and the item's id; never part of a search term.
const SEPARATOR: char = '\u{1f}';
/// The most a cursor may weigh (it comes back in a query string).
const MAX_CURSOR: usize = 600;
/// The longest search term kept or searched for.
const MAX_TERM: usize = 120;

/// One list: `<name>:by-time` and `<name>:by-term` in the store.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Listing(pub String);

/// What a list holds of an item: its id, when it happened, and the words it is found by.
#[derive(Debug, Clone)]
pub struct Entry<'a> {
    pub id: &'a str,
    pub at: i64,
    pub terms: Vec<String>,
}

/// A page of item ids, newest first (or in term order for a search), and the cursor of the
/// next page when there is one.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Page {
    pub ids: Vec<String>,
    pub next: Option<String>,
}

/// The form a search term is kept and searched in: lower case, single spaces, no control
/// characters, at most [`MAX_TERM`] characters.
pub fn normalise(text: &str) -> String {
    let lowered: String = text
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .flat_map(char::to_lowercase)
        .collect();
    lowered
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .chars()
        .take(MAX_TERM)
        .collect()
}

/// A cursor as printed by the command line: one shell word (cursors hold a control
/// character and spaces).
pub fn cursor_word(cursor: &str) -> String {
    url::form_urlencoded::byte_serialize(cursor.as_bytes()).collect()
}

/// A cursor given back on the command line as [`cursor_word`] printed it.
pub fn cursor_of(word: &str) -> String {
    url::form_urlencoded::parse(format!("c={word}").as_bytes())
        .next()
        .map(|(_, c)| c.into_owned())
        .unwrap_or_default()
}

/// Whether `cursor` is one this module could have written (a query string is not trusted).
fn usable_cursor(cursor: &str) -> bool {
    !cursor.is_empty() && cursor.len() <= MAX_CURSOR && cursor.contains(SEPARATOR)
}

fn id_of(member: &str) -> Option<&str> {
    member.rsplit_once(SEPARATOR).map(|(_, id)| id)
}

/// `write` (`Write::SortedAdd` or `Write::SortedRemove`) of each (ordered set, member).
pub fn each<'a>(
    members: &'a [(String, String)],
    write: fn(&'a str, &'a str) -> Write<'a>,
) -> Vec<Write<'a>> {
    members
        .iter()
        .map(|(set, member)| write(set, member))
        .collect()
}

impl Listing {
    pub fn new(name: impl Into<String>) -> Self {
        Listing(name.into())
    }

    fn by_time(&self) -> String {
        format!("{}:by-time", self.0)
    }

    fn by_term(&self) -> String {
        format!("{}:by-term", self.0)
    }

    fn time_member(entry: &Entry<'_>) -> String {
        format!("{:012}{SEPARATOR}{}", entry.at.max(0), entry.id)
    }

    fn term_members(entry: &Entry<'_>) -> Vec<String> {
        let mut members: Vec<String> = entry
            .terms
            .iter()
            .map(|t| normalise(t))
            .filter(|t| !t.is_empty())
            .map(|t| format!("{t}{SEPARATOR}{}", entry.id))
            .collect();
        members.sort();
        members.dedup();
        members
    }

    /// The ordered sets and members that hold the item: what adding it writes, and what
    /// taking it out removes (for [`Store::write_all`], [`Write::SortedAdd`] or
    /// [`Write::SortedRemove`] of each).
    pub fn members(&self, entry: &Entry<'_>) -> Vec<(String, String)> {
        let mut members = vec![(self.by_time(), Self::time_member(entry))];
        let by_term = self.by_term();
        members.extend(
            Self::term_members(entry)
                .into_iter()
                .map(|member| (by_term.clone(), member)),
        );
        members
    }

    /// Puts the item in the list (again: adding twice changes nothing).
    pub async fn add(&self, store: &dyn Store, entry: &Entry<'_>) -> StoreResult<()> {
        let members = self.members(entry);
        store.write_all(&each(&members, Write::SortedAdd)).await
    }

    /// Takes the item out of the list; `entry` must carry the terms it was added with.
    pub async fn remove(&self, store: &dyn Store, entry: &Entry<'_>) -> StoreResult<()> {
        let members = self.members(entry);
        store.write_all(&each(&members, Write::SortedRemove)).await
    }

    /// A page of `size` items after `cursor`: newest first, or, with a search, the items
    /// with a term that starts with it, in term order. An unusable cursor starts over.
    pub async fn page(
        &self,
        store: &dyn Store,
        search: &str,
        cursor: Option<&str>,
        size: usize,
    ) -> StoreResult<Page> {
        let search = normalise(search);
        let after = cursor.filter(|c| usable_cursor(c));
        let (key, prefix, descending) = if search.is_empty() {
            (self.by_time(), String::new(), true)
        } else {
            (self.by_term(), search, false)
        };
        let mut members = store
            .sorted_range(
                &key,
                &SortedRange {
                    prefix: &prefix,
                    after,
                    limit: size + 1,
                    descending,
                },
            )
            .await?;
        let more = members.len() > size;
        members.truncate(size);
        let next = if more { members.last().cloned() } else { None };
        let mut ids: Vec<String> = Vec::with_capacity(members.len());
        for id in members.iter().filter_map(|m| id_of(m)) {
            // An item found by two of its terms shows once on a page.
            if !ids.iter().any(|seen| seen == id) {
                ids.push(id.to_owned());
            }
        }
        Ok(Page { ids, next })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn terms_are_kept_in_one_form() {
        assert_eq!(normalise("  Marie\tCURIE \n"), "marie curie");
        assert_eq!(normalise("Ünal"), "ünal");
        assert_eq!(normalise(&"x".repeat(500)).len(), MAX_TERM);
    }

    #[test]
    fn a_cursor_goes_through_the_command_line_unchanged() {
        let cursor = "marie curie\u{1f}abc+/=&";
        let word = cursor_word(cursor);
        assert!(
            word.chars()
                .all(|c| c.is_ascii_alphanumeric() || "%+-._*".contains(c))
        );
        assert_eq!(cursor_of(&word), cursor);
    }

    #[test]
    fn only_cursors_this_module_writes_are_used() {
        assert!(usable_cursor("000000000001\u{1f}abc"));
        assert!(!usable_cursor(""));
        assert!(!usable_cursor("no separator"));
        assert!(!usable_cursor(&format!("{}\u{1f}", "a".repeat(700))));
    }
}
