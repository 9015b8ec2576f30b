//! A store that makes a `write_all` (and a `write_all_then_swap`) one call after another,
//! as a Redis Cluster does (the keys of one lie in different slots), over any backend:
//! with one `redis-server` behind the fault proxy, a test cuts a flow between two of its
//! writes as it could be cut on a cluster. Every other call is passed on unchanged.
//!
//! It leaves `write_all` and `write_all_then_swap` to the trait's defaults (one call after
//! another) and passes on every other method, defaults included: should the Redis backend
//! override another default, forward it here too.

use std::sync::Arc;
use std::time::Duration;

use async_trait::async_trait;
use idp::store::{SortedRange, Store, StoreResult};

pub struct OneByOne(pub Arc<dyn Store>);

#[async_trait]
impl Store for OneByOne {
    async fn get(&self, key: &str) -> StoreResult<Option<Vec<u8>>> {
        self.0.get(key).await
    }
    async fn get_many(&self, keys: &[&str]) -> StoreResult<Vec<Option<Vec<u8>>>> {
        self.0.get_many(keys).await
    }
    async fn put(&self, key: &str, value: &[u8], ttl: Option<Duration>) -> StoreResult<()> {
        self.0.put(key, value, ttl).await
    }
    async fn put_if_absent(
        &self,
        key: &str,
        value: &[u8],
        ttl: Option<Duration>,
    ) -> StoreResult<bool> {
        self.0.put_if_absent(key, value, ttl).await
    }
    async fn put_all_if_absent(&self, entries: &[(&str, &[u8])]) -> StoreResult<bool> {
        self.0.put_all_if_absent(entries).await
    }
    async fn take(&self, key: &str) -> StoreResult<Option<Vec<u8>>> {
        self.0.take(key).await
    }
    async fn delete(&self, key: &str) -> StoreResult<bool> {
        self.0.delete(key).await
    }
    async fn incr(&self, key: &str, window: Duration) -> StoreResult<u64> {
        self.0.incr(key, window).await
    }
    async fn compare_and_set(
        &self,
        key: &str,
        expected: Option<&[u8]>,
        new: Option<&[u8]>,
        ttl: Option<Duration>,
    ) -> StoreResult<bool> {
        self.0.compare_and_set(key, expected, new, ttl).await
    }
    async fn set_add(&self, key: &str, member: &str) -> StoreResult<bool> {
        self.0.set_add(key, member).await
    }
    async fn set_remove(&self, key: &str, member: &str) -> StoreResult<bool> {
        self.0.set_remove(key, member).await
    }
    async fn set_members(&self, key: &str) -> StoreResult<Vec<String>> {
        self.0.set_members(key).await
    }
    async fn set_contains(&self, key: &str, member: &str) -> StoreResult<bool> {
        self.0.set_contains(key, member).await
    }
    async fn sorted_add(&self, key: &str, member: &str) -> StoreResult<bool> {
        self.0.sorted_add(key, member).await
    }
    async fn sorted_remove(&self, key: &str, member: &str) -> StoreResult<bool> {
        self.0.sorted_remove(key, member).await
    }
    async fn sorted_range(&self, key: &str, range: &SortedRange<'_>) -> StoreResult<Vec<String>> {
        self.0.sorted_range(key, range).await
    }
    async fn scan_keys(
        &self,
        prefix: &str,
        cursor: &str,
        count: usize,
    ) -> StoreResult<(Vec<String>, String)> {
        self.0.scan_keys(prefix, cursor, count).await
    }
    async fn sweep_expired(&self) -> StoreResult<usize> {
        self.0.sweep_expired().await
    }
    async fn ping(&self) -> StoreResult<()> {
        self.0.ping().await
    }
    async fn server_time(&self) -> StoreResult<Option<i64>> {
        self.0.server_time().await
    }
}
