//! A store that counts what goes through it, for the benchmark and the tests that keep
//! the number of store operations of a sign-in or a single-sign-on round trip in check.
//! Every call is passed on unchanged.

use std::collections::BTreeMap;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use async_trait::async_trait;

use super::{SortedRange, Store, StoreResult};

const OPERATIONS: [&str; 13] = [
    "get",
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
    "ping",
    "server_time",
];

pub struct CountingStore {
    inner: Arc<dyn Store>,
    counts: [AtomicU64; OPERATIONS.len()],
}

impl CountingStore {
    pub fn new(inner: Arc<dyn Store>) -> Self {
        Self {
            inner,
            counts: Default::default(),
        }
    }

    fn count(&self, operation: &str) {
        if let Some(i) = OPERATIONS.iter().position(|o| *o == operation) {
            self.counts[i].fetch_add(1, Ordering::Relaxed);
        }
    }

    /// The operations counted so far, by name (those not used left out), and forgets them.
    pub fn take_counts(&self) -> BTreeMap<&'static str, u64> {
        OPERATIONS
            .iter()
            .zip(&self.counts)
            .map(|(name, n)| (*name, n.swap(0, Ordering::Relaxed)))
            .filter(|(_, n)| *n > 0)
            .collect()
    }
}

#[async_trait]
impl Store for CountingStore {
    async fn get(&self, key: &str) -> StoreResult<Option<Vec<u8>>> {
        self.count("get");
        self.inner.get(key).await
    }
    async fn put(&self, key: &str, value: &[u8], ttl: Option<Duration>) -> StoreResult<()> {
        self.count("put");
        self.inner.put(key, value, ttl).await
    }
    async fn put_if_absent(
        &self,
        key: &str,
        value: &[u8],
        ttl: Option<Duration>,
    ) -> StoreResult<bool> {
        self.count("put_if_absent");
        self.inner.put_if_absent(key, value, ttl).await
    }
    async fn put_all_if_absent(&self, entries: &[(&str, &[u8])]) -> StoreResult<bool> {
        self.count("put_all_if_absent");
        self.inner.put_all_if_absent(entries).await
    }
    async fn take(&self, key: &str) -> StoreResult<Option<Vec<u8>>> {
        self.count("take");
        self.inner.take(key).await
    }
    async fn delete(&self, key: &str) -> StoreResult<bool> {
        self.count("delete");
        self.inner.delete(key).await
    }
    async fn incr(&self, key: &str, window: Duration) -> StoreResult<u64> {
        self.count("incr");
        self.inner.incr(key, window).await
    }
    async fn compare_and_set(
        &self,
        key: &str,
        expected: Option<&[u8]>,
        new: Option<&[u8]>,
        ttl: Option<Duration>,
    ) -> StoreResult<bool> {
        self.count("compare_and_set");
        self.inner.compare_and_set(key, expected, new, ttl).await
    }
    async fn set_add(&self, key: &str, member: &str) -> StoreResult<bool> {
        self.count("set_add");
        self.inner.set_add(key, member).await
    }
    async fn set_remove(&self, key: &str, member: &str) -> StoreResult<bool> {
        self.count("set_remove");
        self.inner.set_remove(key, member).await
    }
    async fn set_members(&self, key: &str) -> StoreResult<Vec<String>> {
        self.count("set_members");
        self.inner.set_members(key).await
    }
    async fn sorted_add(&self, key: &str, member: &str) -> StoreResult<bool> {
        self.count("sorted_add");
        self.inner.sorted_add(key, member).await
    }
    async fn sorted_remove(&self, key: &str, member: &str) -> StoreResult<bool> {
        self.count("sorted_remove");
        self.inner.sorted_remove(key, member).await
    }
    async fn sorted_range(&self, key: &str, range: &SortedRange<'_>) -> StoreResult<Vec<String>> {
        self.count("sorted_range");
        self.inner.sorted_range(key, range).await
    }
    async fn scan_keys(
        &self,
        prefix: &str,
        cursor: &str,
        count: usize,
    ) -> StoreResult<(Vec<String>, String)> {
        self.count("scan_keys");
        self.inner.scan_keys(prefix, cursor, count).await
    }
    async fn ping(&self) -> StoreResult<()> {
        self.count("ping");
        self.inner.ping().await
    }
    async fn server_time(&self) -> StoreResult<Option<i64>> {
        self.count("server_time");
        self.inner.server_time().await
    }
}
