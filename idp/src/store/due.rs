//! Indexes of records that expire, kept from only growing.
//!
//! Store expiry removes keys, not the members of a set that name them. An index whose
//! records expire (an account's sessions, its refresh-token families) is therefore paired
//! with an ordered set of the same entries by when each is due to be looked at: `due`
//! seconds, zero-padded so that the entries sort by it, then what names the record. Now
//! and then a request that adds an entry looks at the earliest due ones ([`Upkeep`],
//! [`earliest`]) and drops those whose record has gone, so an index holds about what is
//! alive, at the cost of one read per [`Upkeep`] period when nothing is due.

use std::sync::atomic::{AtomicU32, Ordering};

use super::{SortedRange, Store, StoreResult};

/// How many due entries one look takes at most.
pub const PAGE: usize = 16;

/// One request in this many that adds an entry looks at the due ones: up to
/// [`PAGE`] / `EVERY` = 2 dropped per entry added, more than the one each adds, for an
/// eighth of a read per entry.
pub const EVERY: u32 = 8;

/// The entry naming `name` due at `due` (seconds).
pub fn member(due: i64, name: &str) -> String {
    format!("{:011}:{name}", due.max(0))
}

/// `(due, name)` of an entry; `None` for one not made by [`member`].
pub fn parse(entry: &str) -> Option<(i64, &str)> {
    let (due, name) = entry.split_once(':')?;
    if due.len() != 11 {
        return None;
    }
    Some((due.parse().ok()?, name))
}

/// The first `limit` entries of an ordered set (the earliest due).
pub fn earliest(limit: usize) -> SortedRange<'static> {
    SortedRange {
        prefix: "",
        after: None,
        limit,
        descending: false,
    }
}

/// Removes every entry of the ordered set `key` (its account is being deleted).
pub async fn clear(store: &dyn Store, key: &str) -> StoreResult<()> {
    loop {
        let page = store.sorted_range(key, &earliest(100)).await?;
        if page.is_empty() {
            return Ok(());
        }
        for entry in page {
            store.sorted_remove(key, &entry).await?;
        }
    }
}

/// Counts the entries a process adds to one kind of index: true on every [`EVERY`]th,
/// whose request then looks at its account's due entries.
#[derive(Debug, Default)]
pub struct Upkeep(AtomicU32);

impl Upkeep {
    pub fn due(&self) -> bool {
        self.0.fetch_add(1, Ordering::Relaxed) % EVERY == EVERY - 1
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entries_sort_by_when_they_are_due_and_read_back() {
        let early = member(999, "0191aa:rp:with:colons");
        let late = member(1_000, "0191ab:rp");
        assert!(early < late, "{early} {late}");
        assert_eq!(parse(&early), Some((999, "0191aa:rp:with:colons")));
        assert_eq!(parse("soon-ish123:f"), None);
        assert_eq!(parse("1000:f"), None);
        assert_eq!(parse("00000000001"), None);
        assert_eq!(member(-5, "f"), "00000000000:f");
    }

    #[test]
    fn one_in_every_eighth_looks() {
        let upkeep = Upkeep::default();
        let looks: Vec<bool> = (0..2 * EVERY).map(|_| upkeep.due()).collect();
        assert_eq!(looks.iter().filter(|d| **d).count(), 2);
        assert!(looks[EVERY as usize - 1]);
    }
}
