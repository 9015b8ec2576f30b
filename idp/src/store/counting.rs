//! A store that counts what goes through it, for the benchmark and the tests that keep
//! the number of store operations of a sign-in or a single-sign-on round trip in check.
//! Every call is passed on unchanged.

use std::collections::BTreeMap;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use super::Store;
use super::observed::{Observed, Observer};

const OPERATIONS: [&str; 21] = [
    "get",
    "get_many",
    "put",
    "put_if_absent",
    "put_all_if_absent",
    "take",
    "delete",
    "incr",
    "compare_and_set",
    "set_add",
    "set_remove",
    "set_members",
    "set_contains",
    "sorted_add",
    "sorted_remove",
    "sorted_range",
    "scan_keys",
    "write_all",
    "write_all_then_swap",
    "ping",
    "server_time",
];

/// The calls of each operation, in the order of [`OPERATIONS`].
#[derive(Default)]
pub struct Counts([AtomicU64; OPERATIONS.len()]);

impl Observer for Counts {
    fn observe(&self, operation: &'static str, _: Duration, _: bool) {
        if let Some(i) = OPERATIONS.iter().position(|o| *o == operation) {
            self.0[i].fetch_add(1, Ordering::Relaxed);
        }
    }
}

pub type CountingStore = Observed<Counts>;

impl Observed<Counts> {
    pub fn new(inner: Arc<dyn Store>) -> Self {
        Observed::wrap(inner, Counts::default())
    }

    /// The operations counted so far, by name (those not used left out), and forgets them.
    pub fn take_counts(&self) -> BTreeMap<&'static str, u64> {
        OPERATIONS
            .iter()
            .zip(&self.observer().0)
            .map(|(name, n)| (*name, n.swap(0, Ordering::Relaxed)))
            .filter(|(_, n)| *n > 0)
            .collect()
    }
}
