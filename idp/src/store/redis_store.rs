//! The Redis backend: every replica of the provider shares all state through it.
//!
//! The connection manager reconnects by itself after an outage, and every call is bounded
//! by a timeout, so while Redis is down requests fail fast (503) instead of piling up.

use std::time::Duration;

use async_trait::async_trait;
use redis::aio::{ConnectionManager, ConnectionManagerConfig};
use redis::{AsyncCommands, Script};

use super::{OPERATION_TIMEOUT, SortedRange, Store, StoreError, StoreResult};

/// INCR, and start the window on the first increment only (fixed-window counter).
const INCR_WITH_WINDOW: &str = r"
local n = redis.call('INCR', KEYS[1])
if n == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
return n";

/// ARGV[1]: '1' when a current value is expected, ARGV[2] that value;
/// ARGV[3]: '1' to write ARGV[4] (with PX ARGV[5] when > 0), '0' to delete.
const COMPARE_AND_SET: &str = r"
local cur = redis.call('GET', KEYS[1])
if ARGV[1] == '1' then
  if cur ~= ARGV[2] then return 0 end
else
  if cur then return 0 end
end
if ARGV[3] == '1' then
  if tonumber(ARGV[5]) > 0 then
    redis.call('SET', KEYS[1], ARGV[4], 'PX', ARGV[5])
  else
    redis.call('SET', KEYS[1], ARGV[4])
  end
else
  redis.call('DEL', KEYS[1])
end
return 1";

#[derive(Clone)]
pub struct RedisStore {
    conn: ConnectionManager,
    prefix: String,
    incr_script: Script,
    cas_script: Script,
}

/// Redis answers that mean "not now" rather than "never": still loading its data after a
/// restart, a failover in progress, a replica promoted, persistence failing.
const TEMPORARY_CODES: [&str; 6] = [
    "LOADING",
    "TRYAGAIN",
    "MASTERDOWN",
    "CLUSTERDOWN",
    "READONLY",
    "MISCONF",
];

fn map_err(e: redis::RedisError) -> StoreError {
    let temporary = e.is_io_error()
        || e.is_connection_dropped()
        || e.is_timeout()
        || e.is_connection_refusal()
        || e.code().is_some_and(|code| TEMPORARY_CODES.contains(&code));
    if temporary {
        StoreError::Unavailable(e.to_string())
    } else {
        StoreError::Backend(e.to_string())
    }
}

fn ttl_ms(ttl: Option<Duration>) -> u64 {
    ttl.map(|t| u64::try_from(t.as_millis()).unwrap_or(u64::MAX).max(1))
        .unwrap_or(0)
}

impl RedisStore {
    /// Connects lazily: the provider starts even while Redis is down and serves once it is up.
    pub fn connect(url: &str, prefix: &str) -> StoreResult<Self> {
        let client = redis::Client::open(url)
            .map_err(|e| StoreError::Backend(format!("invalid Redis URL: {e}")))?;
        let config = ConnectionManagerConfig::new()
            .set_connection_timeout(Some(Duration::from_secs(1)))
            .set_response_timeout(Some(OPERATION_TIMEOUT))
            .set_number_of_retries(2)
            .set_max_delay(Duration::from_millis(500));
        let conn = ConnectionManager::new_lazy_with_config(client, config).map_err(map_err)?;
        Ok(Self {
            conn,
            prefix: prefix.to_owned(),
            incr_script: Script::new(INCR_WITH_WINDOW),
            cas_script: Script::new(COMPARE_AND_SET),
        })
    }

    fn key(&self, key: &str) -> String {
        format!("{}{key}", self.prefix)
    }

    async fn run<T, F>(&self, op: F) -> StoreResult<T>
    where
        F: std::future::Future<Output = redis::RedisResult<T>> + Send,
    {
        match tokio::time::timeout(OPERATION_TIMEOUT, op).await {
            Ok(result) => result.map_err(map_err),
            Err(_) => Err(StoreError::Unavailable(
                "Redis did not answer in time".into(),
            )),
        }
    }
}

#[async_trait]
impl Store for RedisStore {
    async fn get(&self, key: &str) -> StoreResult<Option<Vec<u8>>> {
        let mut conn = self.conn.clone();
        let key = self.key(key);
        self.run(async move { conn.get(key).await }).await
    }

    async fn put(&self, key: &str, value: &[u8], ttl: Option<Duration>) -> StoreResult<()> {
        let mut conn = self.conn.clone();
        let key = self.key(key);
        let ms = ttl_ms(ttl);
        self.run(async move {
            let mut cmd = redis::cmd("SET");
            cmd.arg(key).arg(value);
            if ms > 0 {
                cmd.arg("PX").arg(ms);
            }
            cmd.query_async::<()>(&mut conn).await
        })
        .await
    }

    async fn put_if_absent(
        &self,
        key: &str,
        value: &[u8],
        ttl: Option<Duration>,
    ) -> StoreResult<bool> {
        let mut conn = self.conn.clone();
        let key = self.key(key);
        let ms = ttl_ms(ttl);
        self.run(async move {
            let mut cmd = redis::cmd("SET");
            cmd.arg(key).arg(value).arg("NX");
            if ms > 0 {
                cmd.arg("PX").arg(ms);
            }
            let reply: Option<String> = cmd.query_async(&mut conn).await?;
            Ok(reply.is_some())
        })
        .await
    }

    async fn put_all_if_absent(&self, entries: &[(&str, &[u8])]) -> StoreResult<bool> {
        let mut conn = self.conn.clone();
        let mut cmd = redis::cmd("MSETNX");
        for (key, value) in entries {
            cmd.arg(self.key(key)).arg(*value);
        }
        self.run(async move { cmd.query_async::<i64>(&mut conn).await.map(|n| n == 1) })
            .await
    }

    async fn take(&self, key: &str) -> StoreResult<Option<Vec<u8>>> {
        let mut conn = self.conn.clone();
        let key = self.key(key);
        self.run(async move { redis::cmd("GETDEL").arg(key).query_async(&mut conn).await })
            .await
    }

    async fn delete(&self, key: &str) -> StoreResult<bool> {
        let mut conn = self.conn.clone();
        let key = self.key(key);
        self.run(async move { conn.del::<_, i64>(key).await.map(|n| n > 0) })
            .await
    }

    async fn incr(&self, key: &str, window: Duration) -> StoreResult<u64> {
        let mut conn = self.conn.clone();
        let key = self.key(key);
        let ms = ttl_ms(Some(window));
        let script = self.incr_script.clone();
        self.run(async move { script.key(key).arg(ms).invoke_async(&mut conn).await })
            .await
    }

    async fn compare_and_set(
        &self,
        key: &str,
        expected: Option<&[u8]>,
        new: Option<&[u8]>,
        ttl: Option<Duration>,
    ) -> StoreResult<bool> {
        let mut conn = self.conn.clone();
        let key = self.key(key);
        let script = self.cas_script.clone();
        let expected_flag = if expected.is_some() { "1" } else { "0" };
        let new_flag = if new.is_some() { "1" } else { "0" };
        let expected = expected.unwrap_or_default().to_vec();
        let new = new.unwrap_or_default().to_vec();
        let ms = ttl_ms(ttl);
        self.run(async move {
            let swapped: i64 = script
                .key(key)
                .arg(expected_flag)
                .arg(expected)
                .arg(new_flag)
                .arg(new)
                .arg(ms)
                .invoke_async(&mut conn)
                .await?;
            Ok(swapped == 1)
        })
        .await
    }

    async fn set_add(&self, key: &str, member: &str) -> StoreResult<bool> {
        let mut conn = self.conn.clone();
        let key = self.key(key);
        let member = member.to_owned();
        self.run(async move { conn.sadd::<_, _, i64>(key, member).await.map(|n| n == 1) })
            .await
    }

    async fn set_remove(&self, key: &str, member: &str) -> StoreResult<bool> {
        let mut conn = self.conn.clone();
        let key = self.key(key);
        let member = member.to_owned();
        self.run(async move { conn.srem::<_, _, i64>(key, member).await.map(|n| n == 1) })
            .await
    }

    async fn set_members(&self, key: &str) -> StoreResult<Vec<String>> {
        let mut conn = self.conn.clone();
        let key = self.key(key);
        self.run(async move { conn.smembers(key).await }).await
    }

    async fn sorted_add(&self, key: &str, member: &str) -> StoreResult<bool> {
        let mut conn = self.conn.clone();
        let key = self.key(key);
        let member = member.to_owned();
        self.run(async move {
            conn.zadd::<_, _, _, i64>(key, member, 0)
                .await
                .map(|n| n == 1)
        })
        .await
    }

    async fn sorted_remove(&self, key: &str, member: &str) -> StoreResult<bool> {
        let mut conn = self.conn.clone();
        let key = self.key(key);
        let member = member.to_owned();
        self.run(async move { conn.zrem::<_, _, i64>(key, member).await.map(|n| n == 1) })
            .await
    }

    async fn sorted_range(&self, key: &str, range: &SortedRange<'_>) -> StoreResult<Vec<String>> {
        let mut conn = self.conn.clone();
        let (low, high) = range.bounds();
        let lex = |bound: Option<(String, bool)>, unbounded: &str| match bound {
            None => unbounded.to_owned(),
            Some((value, true)) => format!("[{value}"),
            Some((value, false)) => format!("({value}"),
        };
        let (low, high) = (lex(low, "-"), lex(high, "+"));
        let mut cmd = if range.descending {
            let mut cmd = redis::cmd("ZREVRANGEBYLEX");
            cmd.arg(self.key(key)).arg(high).arg(low);
            cmd
        } else {
            let mut cmd = redis::cmd("ZRANGEBYLEX");
            cmd.arg(self.key(key)).arg(low).arg(high);
            cmd
        };
        cmd.arg("LIMIT").arg(0).arg(range.limit);
        self.run(async move { cmd.query_async(&mut conn).await })
            .await
    }

    async fn scan_keys(
        &self,
        prefix: &str,
        cursor: &str,
        count: usize,
    ) -> StoreResult<(Vec<String>, String)> {
        let mut conn = self.conn.clone();
        let mut pattern = String::new();
        for c in self.key(prefix).chars() {
            if matches!(c, '*' | '?' | '[' | ']' | '\\') {
                pattern.push('\\');
            }
            pattern.push(c);
        }
        pattern.push('*');
        let cursor = if cursor.is_empty() { "0" } else { cursor }.to_owned();
        let (next, keys): (String, Vec<String>) = self
            .run(async move {
                redis::cmd("SCAN")
                    .arg(cursor)
                    .arg("MATCH")
                    .arg(pattern)
                    .arg("COUNT")
                    .arg(count.max(1))
                    .query_async(&mut conn)
                    .await
            })
            .await?;
        let keys = keys
            .into_iter()
            .filter_map(|k| k.strip_prefix(&self.prefix).map(str::to_owned))
            .collect();
        Ok((keys, if next == "0" { String::new() } else { next }))
    }

    async fn server_time(&self) -> StoreResult<Option<i64>> {
        let mut conn = self.conn.clone();
        let (seconds, _micros): (i64, i64) = self
            .run(async move { redis::cmd("TIME").query_async(&mut conn).await })
            .await?;
        Ok(Some(seconds))
    }

    async fn ping(&self) -> StoreResult<()> {
        let mut conn = self.conn.clone();
        self.run(async move {
            redis::cmd("PING")
                .query_async::<String>(&mut conn)
                .await
                .map(|_| ())
        })
        .await
    }
}
