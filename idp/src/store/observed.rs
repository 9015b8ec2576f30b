//! A store that tells an [`Observer`] of every call (its operation, duration and whether
//! it failed) and passes it on unchanged: the operation counts of the tests and benchmark
//! (`counting`), and the store metrics of `idp serve` ([`Metered`]).

use std::future::Future;
use std::sync::Arc;
use std::time::{Duration, Instant};

use async_trait::async_trait;

use super::{SortedRange, Store, StoreResult, Swap, Write};

pub trait Observer: Send + Sync + 'static {
    /// `operation` is the name of the `Store` method called.
    fn observe(&self, operation: &'static str, elapsed: Duration, ok: bool);
}

pub struct Observed<O> {
    inner: Arc<dyn Store>,
    observer: O,
}

impl<O: Observer> Observed<O> {
    pub fn wrap(inner: Arc<dyn Store>, observer: O) -> Self {
        Self { inner, observer }
    }

    pub fn observer(&self) -> &O {
        &self.observer
    }

    async fn run<T>(
        &self,
        operation: &'static str,
        call: impl Future<Output = StoreResult<T>>,
    ) -> StoreResult<T> {
        let started = Instant::now();
        let result = call.await;
        self.observer
            .observe(operation, started.elapsed(), result.is_ok());
        result
    }
}

/// Store calls as metrics (`metrics::store_call`), labelled with the backend's name.
pub struct Metered {
    pub backend: &'static str,
}

impl Observer for Metered {
    fn observe(&self, operation: &'static str, elapsed: Duration, ok: bool) {
        crate::metrics::store_call(self.backend, operation, elapsed, ok);
    }
}

#[async_trait]
impl<O: Observer> Store for Observed<O> {
    async fn get(&self, key: &str) -> StoreResult<Option<Vec<u8>>> {
        self.run("get", self.inner.get(key)).await
    }
    async fn get_many(&self, keys: &[&str]) -> StoreResult<Vec<Option<Vec<u8>>>> {
        self.run("get_many", self.inner.get_many(keys)).await
    }
    async fn put(&self, key: &str, value: &[u8], ttl: Option<Duration>) -> StoreResult<()> {
        self.run("put", self.inner.put(key, value, ttl)).await
    }
    async fn put_if_absent(
        &self,
        key: &str,
        value: &[u8],
        ttl: Option<Duration>,
    ) -> StoreResult<bool> {
        let call = self.inner.put_if_absent(key, value, ttl);
        self.run("put_if_absent", call).await
    }
    async fn put_all_if_absent(&self, entries: &[(&str, &[u8])]) -> StoreResult<bool> {
        let call = self.inner.put_all_if_absent(entries);
        self.run("put_all_if_absent", call).await
    }
    async fn take(&self, key: &str) -> StoreResult<Option<Vec<u8>>> {
        self.run("take", self.inner.take(key)).await
    }
    async fn delete(&self, key: &str) -> StoreResult<bool> {
        self.run("delete", self.inner.delete(key)).await
    }
    async fn incr(&self, key: &str, window: Duration) -> StoreResult<u64> {
        self.run("incr", self.inner.incr(key, window)).await
    }
    async fn compare_and_set(
        &self,
        key: &str,
        expected: Option<&[u8]>,
        new: Option<&[u8]>,
        ttl: Option<Duration>,
    ) -> StoreResult<bool> {
        let call = self.inner.compare_and_set(key, expected, new, ttl);
        self.run("compare_and_set", call).await
    }
    async fn set_add(&self, key: &str, member: &str) -> StoreResult<bool> {
        self.run("set_add", self.inner.set_add(key, member)).await
    }
    async fn set_remove(&self, key: &str, member: &str) -> StoreResult<bool> {
        self.run("set_remove", self.inner.set_remove(key, member))
            .await
    }
    async fn set_members(&self, key: &str) -> StoreResult<Vec<String>> {
        self.run("set_members", self.inner.set_members(key)).await
    }
    async fn set_contains(&self, key: &str, member: &str) -> StoreResult<bool> {
        self.run("set_contains", self.inner.set_contains(key, member))
            .await
    }
    async fn sorted_add(&self, key: &str, member: &str) -> StoreResult<bool> {
        self.run("sorted_add", self.inner.sorted_add(key, member))
            .await
    }
    async fn sorted_remove(&self, key: &str, member: &str) -> StoreResult<bool> {
        self.run("sorted_remove", self.inner.sorted_remove(key, member))
            .await
    }
    async fn sorted_range(&self, key: &str, range: &SortedRange<'_>) -> StoreResult<Vec<String>> {
        self.run("sorted_range", self.inner.sorted_range(key, range))
            .await
    }
    async fn scan_keys(
        &self,
        prefix: &str,
        cursor: &str,
        count: usize,
    ) -> StoreResult<(Vec<String>, String)> {
        self.run("scan_keys", self.inner.scan_keys(prefix, cursor, count))
            .await
    }
    async fn write_all(&self, writes: &[Write<'_>]) -> StoreResult<()> {
        self.run("write_all", self.inner.write_all(writes)).await
    }
    async fn write_all_then_swap(&self, writes: &[Write<'_>], swap: Swap<'_>) -> StoreResult<bool> {
        let call = self.inner.write_all_then_swap(writes, swap);
        self.run("write_all_then_swap", call).await
    }
    async fn sweep_expired(&self) -> StoreResult<usize> {
        self.run("sweep_expired", self.inner.sweep_expired()).await
    }
    async fn ping(&self) -> StoreResult<()> {
        self.run("ping", self.inner.ping()).await
    }
    async fn server_time(&self) -> StoreResult<Option<i64>> {
        self.run("server_time", self.inner.server_time()).await
    }
}
