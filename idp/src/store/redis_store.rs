//! The Redis backend: every replica of the provider shares all state through it, on one
//! Redis server or on a Redis Cluster.
//!
//! Both connections reconnect by themselves after an outage (the cluster one also follows
//! slots as they move: `MOVED`, `ASK`), and every call is bounded by a timeout, so while
//! Redis is down requests fail fast (503) instead of piling up. Every command touches one
//! key, except `MSETNX`, whose keys share a hash tag (`super::keys::share_hash_tag`),
//! `SCAN`, which a cluster runs on each master in turn (`scan_cluster`), and `MGET`, sent
//! to one server only (a cluster gets one `GET` per key): all of it works on a cluster as
//! on one server.

use std::time::Duration;

use async_trait::async_trait;
use redis::aio::{ConnectionLike, ConnectionManager, ConnectionManagerConfig};
use redis::cluster::{ClusterClient, ClusterConfig};
use redis::cluster_async::ClusterConnection;
use redis::cluster_routing::{Route, SingleNodeRoutingInfo, SlotAddr};
use redis::{AsyncCommands, Cmd, Pipeline, RedisFuture, Script, Value};

use super::redis_errors::{exec_answers, map_cluster_err, map_err};
use super::redis_scan::{
    Cursor, Master, Step, View, after, check_step, read_view, restarted, resume, run_id,
    scan_command, tag_for_slot,
};
use super::{OPERATION_TIMEOUT, SortedRange, Store, StoreError, StoreResult, Swap, Write, keys};

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

/// One server or a cluster: the one place that knows which, so every operation below is
/// written once.
#[derive(Clone)]
enum Connection {
    Single(ConnectionManager),
    Cluster(ClusterConnection),
}

impl ConnectionLike for Connection {
    fn req_packed_command<'a>(&'a mut self, cmd: &'a Cmd) -> RedisFuture<'a, Value> {
        match self {
            Connection::Single(conn) => conn.req_packed_command(cmd),
            Connection::Cluster(conn) => conn.req_packed_command(cmd),
        }
    }

    fn req_packed_commands<'a>(
        &'a mut self,
        pipeline: &'a Pipeline,
        offset: usize,
        count: usize,
    ) -> RedisFuture<'a, Vec<Value>> {
        match self {
            Connection::Single(conn) => conn.req_packed_commands(pipeline, offset, count),
            Connection::Cluster(conn) => conn.req_packed_commands(pipeline, offset, count),
        }
    }

    fn get_db(&self) -> i64 {
        match self {
            Connection::Single(conn) => conn.get_db(),
            Connection::Cluster(conn) => conn.get_db(),
        }
    }
}

#[derive(Clone)]
pub struct RedisStore {
    conn: Connection,
    prefix: String,
    incr_script: Script,
    cas_script: Script,
}

fn ttl_ms(ttl: Option<Duration>) -> u64 {
    ttl.map(|t| u64::try_from(t.as_millis()).unwrap_or(u64::MAX).max(1))
        .unwrap_or(0)
}

/// The arguments of [`COMPARE_AND_SET`] after its key.
fn cas_argv(expected: Option<&[u8]>, new: Option<&[u8]>, ttl: Option<Duration>) -> [Vec<u8>; 5] {
    let flag = |present: bool| {
        if present {
            b"1".to_vec()
        } else {
            b"0".to_vec()
        }
    };
    [
        flag(expected.is_some()),
        expected.unwrap_or_default().to_vec(),
        flag(new.is_some()),
        new.unwrap_or_default().to_vec(),
        ttl_ms(ttl).to_string().into_bytes(),
    ]
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
        Self::with(Connection::Single(conn), prefix)
    }

    /// Connects lazily to a Redis Cluster through any of `nodes` (one is enough: the others
    /// are learnt from it), following slots as they move and replicas as they are promoted.
    pub fn connect_cluster(nodes: &[&str], prefix: &str) -> StoreResult<Self> {
        let client = ClusterClient::builder(nodes.iter().copied())
            // Retries (MOVED, ASK, TRYAGAIN, a node gone) wait 50 ms to 500 ms; the
            // operation's own timeout bounds them all.
            .retries(6)
            .min_retry_wait(50)
            .max_retry_wait(500)
            .build()
            .map_err(|e| StoreError::Backend(format!("invalid Redis Cluster URLs: {e}")))?;
        let config = ClusterConfig::new()
            .set_connection_timeout(Duration::from_secs(1))
            .set_response_timeout(OPERATION_TIMEOUT);
        let conn = client.get_pending_async_connection_with_config(config);
        Self::with(Connection::Cluster(conn), prefix)
    }

    fn with(conn: Connection, prefix: &str) -> StoreResult<Self> {
        if prefix.contains(['{', '}']) {
            return Err(StoreError::Backend(format!(
                "the Redis key prefix {prefix:?} holds a brace, which would decide the hash slot \
                 of every key"
            )));
        }
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

    /// `MULTI` and `writes` queued after it; the caller adds what else goes in the
    /// transaction, and `run_transaction` adds `EXEC` and judges every answer. On one server
    /// the whole is sent at once (one round trip instead of one per write) and made
    /// together. Not redis-rs's
    /// own transactions (`Pipeline::atomic`): they lose `EXEC`'s refusal (its code) when
    /// `EXEC` itself is refused after the writes were queued, and a store fault would be
    /// a 500. Scripts go as `EVAL` with their text, not `EVALSHA`: a server that lost its
    /// script cache (a restart) would refuse a hash inside the transaction and still make
    /// the writes around it.
    fn transaction(&self, writes: &[Write<'_>]) -> Pipeline {
        let mut pipe = redis::pipe();
        // Every answer kept, refusals included, for `exec_answers` to judge all of them.
        pipe.ignore_errors();
        pipe.cmd("MULTI");
        for write in writes {
            match *write {
                Write::Put(key, value, ttl) => {
                    pipe.cmd("SET").arg(self.key(key)).arg(value);
                    let ms = ttl_ms(ttl);
                    if ms > 0 {
                        pipe.arg("PX").arg(ms);
                    }
                }
                Write::Delete(key) => {
                    pipe.cmd("DEL").arg(self.key(key));
                }
                Write::SetAdd(key, member) => {
                    pipe.cmd("SADD").arg(self.key(key)).arg(member);
                }
                Write::SetRemove(key, member) => {
                    pipe.cmd("SREM").arg(self.key(key)).arg(member);
                }
                Write::SortedAdd(key, member) => {
                    pipe.cmd("ZADD").arg(self.key(key)).arg(0).arg(member);
                }
                Write::SortedRemove(key, member) => {
                    pipe.cmd("ZREM").arg(self.key(key)).arg(member);
                }
                Write::Incr(key, window) => {
                    pipe.cmd("EVAL")
                        .arg(INCR_WITH_WINDOW)
                        .arg(1)
                        .arg(self.key(key))
                        .arg(ttl_ms(Some(window)));
                }
            }
        }
        pipe
    }

    /// Sends a transaction (`transaction`, then what the caller added, `EXEC` last) and
    /// returns `EXEC`'s answers, one per command queued.
    async fn run_transaction(
        &self,
        conn: &ConnectionManager,
        mut pipe: Pipeline,
    ) -> StoreResult<Vec<Value>> {
        let mut conn = conn.clone();
        pipe.cmd("EXEC");
        let replies: Vec<Value> = self
            .run(async move { pipe.query_async(&mut conn).await })
            .await?;
        exec_answers(replies)
    }

    /// One `SCAN` step on the one server.
    async fn scan_single(
        &self,
        cursor: &str,
        pattern: &str,
        count: usize,
    ) -> StoreResult<(Vec<String>, String)> {
        let cmd = scan_command(cursor, pattern, count);
        let mut conn = self.conn.clone();
        self.run(async move {
            let (next, keys): (String, Vec<String>) = cmd.query_async(&mut conn).await?;
            Ok((keys, next))
        })
        .await
    }

    /// One `SCAN` step on the cluster's `master`, at `at`: routed by its lowest slot,
    /// through the client's own view of the cluster (whatever addresses the nodes announce:
    /// IPs or hostnames). The pipeline starts with `EXISTS` on a key in that slot, so that a
    /// view older than the cluster's is answered `MOVED`, which makes the client learn the
    /// move and send the whole pipeline where the slot now is; it brings back the node's
    /// own `CLUSTER NODES` and `INFO server` for `check_step`. Returns what the node showed,
    /// its `run_id`, and the `SCAN` answer (keys, the node's next cursor).
    async fn scan_master(
        &self,
        master: &Master,
        at: &Cursor,
        pattern: &str,
        count: usize,
    ) -> StoreResult<(View, String, Vec<String>, String)> {
        let Connection::Cluster(cluster) = &self.conn else {
            return Err(StoreError::Backend(
                "a cluster scan on a single server".into(),
            ));
        };
        let mut pipe = redis::pipe();
        pipe.cmd("EXISTS")
            .arg(self.key(&format!("scan-route{{{}}}", tag_for_slot(master.slot))));
        pipe.cmd("CLUSTER").arg("NODES");
        pipe.cmd("INFO").arg("server");
        pipe.add_command(scan_command(&at.cursor, pattern, count));
        let mut cluster = cluster.clone();
        let route = SingleNodeRoutingInfo::SpecificNode(Route::new(master.slot, SlotAddr::Master));
        let replies = self
            .run(async move { cluster.route_pipeline(pipe, 0, 4, route).await })
            .await?;
        let [routed, nodes, info, scanned]: [Value; 4] =
            replies.try_into().map_err(|replies: Vec<Value>| {
                StoreError::Backend(format!(
                    "a scan step answered {} times, not four",
                    replies.len()
                ))
            })?;
        let answered = |value: Value| -> StoreResult<Value> {
            match value {
                Value::ServerError(refused) => Err(map_cluster_err(refused.into())),
                value => Ok(value),
            }
        };
        let unreadable = |e: redis::ParsingError| StoreError::Backend(format!("a scan step: {e}"));
        answered(routed)?;
        let nodes: String = redis::from_redis_value(answered(nodes)?).map_err(unreadable)?;
        let info: String = redis::from_redis_value(answered(info)?).map_err(unreadable)?;
        let seen = read_view(&nodes).map_err(StoreError::Unavailable)?;
        let run = run_id(&info)
            .ok_or_else(|| StoreError::Backend("INFO server without a run_id".into()))?
            .to_owned();
        let (next, keys): (String, Vec<String>) =
            redis::from_redis_value(answered(scanned)?).map_err(unreadable)?;
        Ok((seen, run, keys, next))
    }

    /// `SCAN` over a cluster: every master in turn, in the order of its lowest slot, each
    /// step checked against the cluster's shape when the scan began and the scanned
    /// master's own view (see `redis_scan`).
    async fn scan_cluster(
        &self,
        cursor: &str,
        pattern: &str,
        count: usize,
    ) -> StoreResult<(Vec<String>, String)> {
        let view = self.cluster_view().await?;
        let (master, at) = resume(&view, cursor)?;
        let (seen, run, keys, next) = self.scan_master(master, &at, pattern, count).await?;
        Ok(match check_step(&at, &seen, &run)? {
            Step::Go => (keys, after(&view.masters, at, &run, next)),
            Step::Restart => (Vec::new(), restarted(at, &run)),
        })
    }

    /// The cluster as one of its nodes shows it (`CLUSTER NODES`); unavailable while a
    /// master that serves slots is failing.
    async fn cluster_view(&self) -> StoreResult<View> {
        let mut conn = self.conn.clone();
        let nodes: String = self
            .run(async move {
                redis::cmd("CLUSTER")
                    .arg("NODES")
                    .query_async(&mut conn)
                    .await
            })
            .await?;
        read_view(&nodes).map_err(StoreError::Unavailable)
    }

    async fn run<T, F>(&self, op: F) -> StoreResult<T>
    where
        F: std::future::Future<Output = redis::RedisResult<T>> + Send,
    {
        match tokio::time::timeout(OPERATION_TIMEOUT, op).await {
            Ok(result) => result.map_err(match self.conn {
                Connection::Single(_) => map_err,
                Connection::Cluster(_) => map_cluster_err,
            }),
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

    async fn get_many(&self, keys: &[&str]) -> StoreResult<Vec<Option<Vec<u8>>>> {
        if keys.is_empty() {
            return Ok(Vec::new());
        }
        // A cluster's split MGET fails as a client error (a 500) when a slot's master is
        // missing during a failover, where a GET fails as unavailable (503): one GET per
        // key, in turn.
        if let Connection::Cluster(_) = self.conn {
            return super::get_each(self, keys).await;
        }
        let mut conn = self.conn.clone();
        let mut cmd = redis::cmd("MGET");
        for key in keys {
            cmd.arg(self.key(key));
        }
        self.run(async move { cmd.query_async(&mut conn).await })
            .await
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
        keys::share_hash_tag(entries.iter().map(|(key, _)| *key))?;
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

    async fn write_all(&self, writes: &[Write<'_>]) -> StoreResult<()> {
        if writes.is_empty() {
            return Ok(());
        }
        // Removals alone go one after another: a Redis out of memory refuses every command
        // queued in a transaction, but still makes a `DEL` sent alone, so that ending
        // sessions and revoking keep working while it is full.
        let removals = writes.iter().all(|w| {
            matches!(
                w,
                Write::Delete(_) | Write::SetRemove(..) | Write::SortedRemove(..)
            )
        });
        let conn = match &self.conn {
            Connection::Single(conn) if !removals => conn,
            _ => return super::each_in_turn(self, writes).await,
        };
        self.run_transaction(conn, self.transaction(writes)).await?;
        Ok(())
    }

    async fn write_all_then_swap(&self, writes: &[Write<'_>], swap: Swap<'_>) -> StoreResult<bool> {
        let Connection::Single(conn) = &self.conn else {
            super::each_in_turn(self, writes).await?;
            return self
                .compare_and_set(swap.key, swap.expected, swap.new, swap.ttl)
                .await;
        };
        let mut pipe = self.transaction(writes);
        pipe.cmd("EVAL")
            .arg(COMPARE_AND_SET)
            .arg(1)
            .arg(self.key(swap.key));
        for arg in cas_argv(swap.expected, swap.new, swap.ttl) {
            pipe.arg(arg);
        }
        // EXEC answers every command of the transaction; the swap's answer is the last.
        let mut answers = self.run_transaction(conn, pipe).await?;
        let swapped: i64 = redis::from_redis_value(answers.pop().unwrap_or(Value::Nil))
            .map_err(|e| StoreError::Backend(format!("the swap's answer: {e}")))?;
        Ok(swapped == 1)
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
        let argv = cas_argv(expected, new, ttl);
        self.run(async move {
            let mut invocation = script.key(key);
            for arg in &argv {
                invocation.arg(arg.as_slice());
            }
            let swapped: i64 = invocation.invoke_async(&mut conn).await?;
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

    async fn set_contains(&self, key: &str, member: &str) -> StoreResult<bool> {
        let mut conn = self.conn.clone();
        let key = self.key(key);
        let member = member.to_owned();
        self.run(async move { conn.sismember(key, member).await })
            .await
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
        let mut pattern = String::new();
        for c in self.key(prefix).chars() {
            if matches!(c, '*' | '?' | '[' | ']' | '\\') {
                pattern.push('\\');
            }
            pattern.push(c);
        }
        pattern.push('*');
        let (keys, next) = match &self.conn {
            Connection::Single(_) => {
                let cursor = if cursor.is_empty() { "0" } else { cursor };
                let (keys, next) = self.scan_single(cursor, &pattern, count).await?;
                (keys, if next == "0" { String::new() } else { next })
            }
            Connection::Cluster(_) => self.scan_cluster(cursor, &pattern, count).await?,
        };
        let keys = keys
            .into_iter()
            .filter_map(|k| k.strip_prefix(&self.prefix).map(str::to_owned))
            .collect();
        Ok((keys, next))
    }

    async fn server_time(&self) -> StoreResult<Option<i64>> {
        let mut conn = self.conn.clone();
        let (seconds, _micros): (i64, i64) = self
            .run(async move { redis::cmd("TIME").query_async(&mut conn).await })
            .await?;
        Ok(Some(seconds))
    }

    /// On one server, also whether this user may open a transaction (`MULTI`, then
    /// `DISCARD`, sent together so that nothing else lands between): every write goes in
    /// one, so a user an ACL keeps from them must not be taken as ready. Said here, at start
    /// and by `/readyz`, instead of by every request failing.
    async fn ping(&self) -> StoreResult<()> {
        let mut conn = self.conn.clone();
        let single = matches!(self.conn, Connection::Single(_));
        // A key never written: `GETDEL` on it changes nothing, and a Redis older than 6.2
        // does not know the command (see `too_old`).
        let probe = self.key("version-probe");
        self.run(async move {
            // PING, then GETDEL (1), then on one server MULTI and DISCARD (2, 3) sent
            // together, so that nothing else can land between them. On a cluster the
            // pipeline goes to the master serving the probe's slot, so a PING of its own
            // first reaches every master.
            if !single {
                redis::cmd("PING").query_async::<String>(&mut conn).await?;
            }
            let mut pipe = redis::pipe();
            pipe.cmd("PING").ignore();
            pipe.cmd("GETDEL").arg(&probe).ignore();
            if single {
                pipe.cmd("MULTI").ignore();
                pipe.cmd("DISCARD").ignore();
            }
            pipe.query_async::<()>(&mut conn)
                .await
                .map_err(ping_refused)
        })
        .await
    }
}

/// What a refused ping means for an operator: a Redis user an ACL keeps from a command idp
/// needs (`NOPERM`), named by the command, or a server too old ([`too_old`]).
fn ping_refused(e: redis::RedisError) -> redis::RedisError {
    let denied_at = |at: &[usize]| {
        e.clone().into_server_errors().is_some_and(|refused| {
            refused
                .iter()
                .any(|(i, error)| at.contains(i) && error.code() == "NOPERM")
        })
    };
    let why = if denied_at(&[2, 3]) {
        "the Redis user may not run MULTI/EXEC, which idp needs"
    } else if denied_at(&[1]) {
        "the Redis user may not run GETDEL on idp's keys, which idp needs"
    } else {
        return too_old(e);
    };
    redis::RedisError::from((redis::ErrorKind::Client, why, e.to_string()))
}

/// A server that does not know `GETDEL` is older than Redis 6.2, which idp needs: the
/// command itself (a link's or code's single use), and a refused `EXEC` that always ends
/// the transaction (before 6.2, one refused while a script ran long left the shared
/// connection inside it, and the next request's commands would have joined it). Told as
/// such, at start and by `/readyz`, rather than as the first sign-in's failure.
fn too_old(e: redis::RedisError) -> redis::RedisError {
    let text = e.to_string();
    if text.contains("unknown command") && text.to_ascii_uppercase().contains("GETDEL") {
        redis::RedisError::from((
            redis::ErrorKind::Client,
            "this Redis does not know GETDEL: idp needs Redis 6.2 or later",
            text,
        ))
    } else {
        e
    }
}
