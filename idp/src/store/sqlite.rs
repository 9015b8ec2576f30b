//! The embedded backend: one SQLite file in the data directory.
//!
//! SQLite rather than a pure-Rust key-value store because operators run `idp client add`
//! and `idp user add` while `idp serve` is running: SQLite lets several processes share
//! the file safely. WAL with `synchronous=FULL` makes every acknowledged write survive a
//! `kill -9` or a power cut, and each primitive is atomic, so a crash never leaves half
//! of one behind.
//!
//! One writer per process (group commit): a dedicated thread owns the write connection;
//! the writes that queue up while it commits go into the next transaction together, each
//! in its own savepoint (a primitive that fails is rolled back alone), and every caller is
//! answered only once that transaction is committed. One sync for many requests, and no
//! two connections of this process ever wait for SQLite's write lock (its busy handler
//! sleeps 1 to 100 ms); `write_all` makes several writes one job. The bundled SQLite syncs
//! with `fdatasync` (`.cargo/config.toml`). Reads run beside the writer (WAL) on the
//! caller's thread, on connections that never wait (see [`SqliteStore::read`]).

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use async_trait::async_trait;
use rusqlite::{Connection, OptionalExtension, params};
use tokio::sync::Semaphore;

use super::{SortedRange, Store, StoreError, StoreResult, Swap, Write};
use crate::private_files;

mod layout;
mod writer;
use writer::{Completion, Job, writer};

pub const FILE_NAME: &str = "idp.sqlite3";
/// Every process that has the store open holds a shared lock on this file in the data
/// directory; `idp restore` takes it exclusively, so it never replaces a store in use.
pub const LOCK_FILE: &str = "idp.lock";
/// Readers run beside the one writer thanks to WAL; a few connections are enough on 2 cores.
const POOL_SIZE: usize = 4;

#[derive(Clone)]
pub struct SqliteStore {
    inner: Arc<Inner>,
}

struct Inner {
    path: PathBuf,
    /// Held (shared) as long as the store is open: see [`LOCK_FILE`].
    _lock: std::fs::File,
    idle: Mutex<Vec<Connection>>,
    permits: Arc<Semaphore>,
    /// Connections for the reads run on the caller's thread (see [`SqliteStore::read`]):
    /// they never wait for a lock.
    readers: Mutex<Vec<Connection>>,
    /// The writer thread's queue (see the module's documentation).
    writes: Mutex<std::sync::mpsc::Sender<Job>>,
    /// The writer thread, joined when the store is closed.
    writer: Mutex<Option<std::thread::JoinHandle<()>>>,
}

impl Drop for Inner {
    /// Closes the writer's queue and waits for the writer to finish what it holds (the
    /// batch it is committing, and a checkpoint it owes: see [`writer`]).
    fn drop(&mut self) {
        if let Ok(writes) = self.writes.get_mut() {
            *writes = std::sync::mpsc::channel().0;
        }
        let handle = self.writer.get_mut().ok().and_then(Option::take);
        // Not from the writer itself (a job holding the last handle on the store).
        if let Some(handle) = handle.filter(|h| h.thread().id() != std::thread::current().id()) {
            let _ = handle.join();
        }
    }
}

/// The most expired rows one write of [`SqliteStore::sweep_expired`] deletes.
const SWEEP_AT_ONCE: usize = 500;

/// The writes of [`Store::write_all`], owned to go to the writer thread. Ordered sets
/// share the `sets` table (see `sorted_add`).
enum Owned {
    Put(String, Vec<u8>, Option<i64>),
    Delete(String),
    Add(String, String),
    Remove(String, String),
    /// Counter, expiry of a new count.
    Incr(String, Option<i64>),
}

fn owned(writes: &[Write<'_>]) -> Vec<Owned> {
    writes
        .iter()
        .map(|write| match *write {
            Write::Put(key, value, ttl) => Owned::Put(key.into(), value.into(), expiry(ttl)),
            Write::Delete(key) => Owned::Delete(key.into()),
            Write::SetAdd(key, member) | Write::SortedAdd(key, member) => {
                Owned::Add(key.into(), member.into())
            }
            Write::SetRemove(key, member) | Write::SortedRemove(key, member) => {
                Owned::Remove(key.into(), member.into())
            }
            Write::Incr(key, window) => Owned::Incr(key.into(), expiry(Some(window))),
        })
        .collect()
}

fn set_or_delete(
    conn: &Connection,
    key: &str,
    value: Option<&[u8]>,
    expires: Option<i64>,
) -> rusqlite::Result<()> {
    match value {
        Some(value) => upsert(conn, key, value, expires),
        None => conn
            .prepare_cached("DELETE FROM kv WHERE key = ?1")?
            .execute(params![key])
            .map(drop),
    }
}

/// Makes the writes on the writer's connection, inside the job's savepoint.
fn apply(conn: &Connection, writes: &[Owned]) -> rusqlite::Result<()> {
    for write in writes {
        match write {
            Owned::Put(key, value, expires) => upsert(conn, key, value, *expires)?,
            Owned::Delete(key) => set_or_delete(conn, key, None, None)?,
            Owned::Add(key, member) => {
                add_member(conn, key, member)?;
            }
            Owned::Remove(key, member) => {
                remove_member(conn, key, member)?;
            }
            Owned::Incr(key, expires) => {
                increment(conn, key, *expires)?;
            }
        }
    }
    Ok(())
}

fn now_ms() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| i64::try_from(d.as_millis()).unwrap_or(i64::MAX))
        .unwrap_or(0)
}

fn expiry(ttl: Option<Duration>) -> Option<i64> {
    ttl.map(|t| now_ms().saturating_add(i64::try_from(t.as_millis()).unwrap_or(i64::MAX)))
}

fn backend(e: rusqlite::Error) -> StoreError {
    match e.sqlite_error_code() {
        Some(rusqlite::ErrorCode::DatabaseBusy | rusqlite::ErrorCode::DatabaseLocked) => {
            StoreError::Unavailable("the database file is busy".into())
        }
        _ => StoreError::Backend(e.to_string()),
    }
}

/// Creates the database file 0600 when missing (an empty file is a new database to
/// SQLite) and tightens it, and any `-wal` and `-shm` beside it, when they are looser.
fn make_private(path: &Path) -> std::io::Result<()> {
    private_files::options()
        .write(true)
        .create(true)
        .truncate(false)
        .open(path)?;
    for suffix in ["", "-wal", "-shm"] {
        let mut name = path.as_os_str().to_owned();
        name.push(suffix);
        private_files::tighten(Path::new(&name), private_files::FILE_MODE)?;
    }
    Ok(())
}

/// The shared lock on the data directory's [`LOCK_FILE`]; refused (unavailable, so a
/// starting server waits) while `idp restore` holds it.
fn hold_shared(dir: &Path) -> StoreResult<std::fs::File> {
    let path = dir.join(LOCK_FILE);
    let file = private_files::options()
        .read(true)
        .write(true)
        .create(true)
        .truncate(false)
        .open(&path)
        .map_err(|e| StoreError::Backend(format!("{}: {e}", path.display())))?;
    match file.try_lock_shared() {
        Ok(()) => Ok(file),
        Err(std::fs::TryLockError::WouldBlock) => Err(StoreError::Unavailable(format!(
            "{} is being restored (idp restore holds {})",
            dir.display(),
            path.display()
        ))),
        Err(std::fs::TryLockError::Error(e)) => {
            Err(StoreError::Backend(format!("{}: {e}", path.display())))
        }
    }
}

fn open_connection(path: &Path) -> rusqlite::Result<Connection> {
    open_waiting(path, BUSY_WAIT)
}

/// A connection that waits up to `busy` for a lock another process holds (its set-up too).
fn open_waiting(path: &Path, busy: Duration) -> rusqlite::Result<Connection> {
    let conn = Connection::open(path)?;
    conn.busy_timeout(busy)?;
    conn.pragma_update(None, "journal_mode", "WAL")?;
    conn.pragma_update(None, "synchronous", "FULL")?;
    conn.set_prepared_statement_cache_capacity(32);
    // A reader's page cache is emptied whenever another connection has committed (every
    // few milliseconds under load), so a large one only holds memory: 256 KiB. The
    // writer's cache stays valid between its transactions: 512 KiB (`writer::WRITER_CACHE_KIB`).
    conn.pragma_update(None, "cache_size", -256)?;
    Ok(conn)
}

/// How long a connection waits for a lock another process holds before giving up.
const BUSY_WAIT: Duration = Duration::from_secs(5);

/// Deletes a row whose time is up, so that the insert that follows sees the key as absent.
fn drop_if_expired(conn: &Connection, key: &str, now: i64) -> rusqlite::Result<()> {
    conn.prepare_cached(
        "DELETE FROM kv WHERE key = ?1 AND expires_at IS NOT NULL AND expires_at <= ?2",
    )?
    .execute(params![key, now])?;
    Ok(())
}

fn live_value(conn: &Connection, key: &str, now: i64) -> rusqlite::Result<Option<Vec<u8>>> {
    conn.prepare_cached(
        "SELECT value FROM kv WHERE key = ?1 AND (expires_at IS NULL OR expires_at > ?2)",
    )?
    .query_row(params![key, now], |row| row.get(0))
    .optional()
}

fn upsert(
    conn: &Connection,
    key: &str,
    value: &[u8],
    expires: Option<i64>,
) -> rusqlite::Result<()> {
    conn.prepare_cached(
        "INSERT INTO kv (key, value, expires_at) VALUES (?1, ?2, ?3)
         ON CONFLICT(key) DO UPDATE SET value = excluded.value, expires_at = excluded.expires_at",
    )?
    .execute(params![key, value, expires])?;
    Ok(())
}

/// Takes `member` out of the set `key`; true when it was there.
fn remove_member(conn: &Connection, key: &str, member: &str) -> rusqlite::Result<bool> {
    conn.prepare_cached("DELETE FROM sets WHERE key = ?1 AND member = ?2")?
        .execute(params![key, member])
        .map(|n| n == 1)
}

/// Adds `member` to the set `key`; true when it was not there.
/// Adds one to the live count under `key`, or starts it at one, to expire at `expires`.
fn increment(conn: &Connection, key: &str, expires: Option<i64>) -> rusqlite::Result<u64> {
    let now = now_ms();
    drop_if_expired(conn, key, now)?;
    let count = match live_value(conn, key, now)? {
        Some(bytes) => {
            let n = std::str::from_utf8(&bytes)
                .ok()
                .and_then(|s| s.parse::<u64>().ok())
                .unwrap_or(0)
                .saturating_add(1);
            conn.prepare_cached("UPDATE kv SET value = ?2 WHERE key = ?1")?
                .execute(params![key, n.to_string().into_bytes()])?;
            n
        }
        None => {
            upsert(conn, key, b"1", expires)?;
            1
        }
    };
    Ok(count)
}

fn add_member(conn: &Connection, key: &str, member: &str) -> rusqlite::Result<bool> {
    conn.prepare_cached("INSERT OR IGNORE INTO sets (key, member) VALUES (?1, ?2)")?
        .execute(params![key, member])
        .map(|n| n == 1)
}

impl SqliteStore {
    /// Opens (creating when needed) `<dir>/idp.sqlite3`. The directory is made 0700 and the
    /// file 0600 before SQLite opens it; SQLite gives the `-wal` and `-shm` files it creates
    /// the database file's mode. Looser modes left by earlier versions are tightened.
    pub fn open(dir: &Path) -> StoreResult<Self> {
        private_files::create_dir(dir).map_err(|e| {
            StoreError::Backend(format!(
                "cannot create data directory {}: {e}",
                dir.display()
            ))
        })?;
        let lock = hold_shared(dir)?;
        let path = dir.join(FILE_NAME);
        make_private(&path).map_err(|e| StoreError::Backend(format!("{}: {e}", path.display())))?;
        let first = open_connection(&path).map_err(backend)?;
        layout::prepare(&first).map_err(backend)?;
        let (sender, queue) = std::sync::mpsc::channel::<Job>();
        let writer_path = path.clone();
        let writer = std::thread::Builder::new()
            .name("idp-store-writer".into())
            .spawn(move || writer(writer_path, queue, writer::RELEASE_EVERY))
            .map_err(|e| StoreError::Backend(format!("cannot start the store's writer: {e}")))?;
        Ok(Self {
            inner: Arc::new(Inner {
                path,
                _lock: lock,
                idle: Mutex::new(vec![first]),
                permits: Arc::new(Semaphore::new(POOL_SIZE)),
                readers: Mutex::new(Vec::new()),
                writes: Mutex::new(sender),
                writer: Mutex::new(Some(writer)),
            }),
        })
    }

    pub fn path(&self) -> &Path {
        &self.inner.path
    }

    /// Runs `f` on a pooled connection on the blocking thread pool: SQLite calls block.
    async fn with_conn<T, F>(&self, f: F) -> StoreResult<T>
    where
        T: Send + 'static,
        F: FnOnce(&mut Connection) -> rusqlite::Result<T> + Send + 'static,
    {
        let permit = Arc::clone(&self.inner.permits)
            .acquire_owned()
            .await
            .map_err(|_| StoreError::Unavailable("store is shutting down".into()))?;
        let inner = Arc::clone(&self.inner);
        tokio::task::spawn_blocking(move || {
            let _permit = permit;
            let pooled = inner.idle.lock().ok().and_then(|mut idle| idle.pop());
            let mut conn = match pooled {
                Some(conn) => conn,
                None => open_connection(&inner.path).map_err(backend)?,
            };
            let result = f(&mut conn).map_err(backend);
            if let Ok(mut idle) = inner.idle.lock() {
                idle.push(conn);
            }
            result
        })
        .await
        .map_err(|e| StoreError::Backend(format!("store task failed: {e}")))?
    }

    /// Runs the read `f` on the caller's thread: a point read of a few pages takes
    /// microseconds, less than handing it to another thread and back. Its connection never
    /// waits: when SQLite would (another process holds a lock WAL readers need, a rare
    /// moment of recovery or checkpoint restart), the read is run again on the blocking
    /// pool, whose connections wait, so no request thread ever sleeps in SQLite.
    async fn read<T, F>(&self, f: F) -> StoreResult<T>
    where
        T: Send + 'static,
        F: Fn(&mut Connection) -> rusqlite::Result<T> + Clone + Send + 'static,
    {
        let pooled = self
            .inner
            .readers
            .lock()
            .ok()
            .and_then(|mut idle| idle.pop());
        let conn = match pooled {
            Some(conn) => Ok(conn),
            None => open_waiting(&self.inner.path, Duration::ZERO),
        };
        let result = conn.and_then(|mut conn| {
            let result = f(&mut conn);
            if let Ok(mut idle) = self.inner.readers.lock() {
                idle.push(conn);
            }
            result
        });
        match result {
            Err(e)
                if matches!(
                    e.sqlite_error_code(),
                    Some(rusqlite::ErrorCode::DatabaseBusy | rusqlite::ErrorCode::DatabaseLocked)
                ) =>
            {
                self.with_conn(f).await
            }
            other => other.map_err(backend),
        }
    }

    /// Runs the write `f` through the writer thread; answers once it is committed.
    async fn write<T, F>(&self, f: F) -> StoreResult<T>
    where
        T: Send + 'static,
        F: FnOnce(&Connection) -> rusqlite::Result<T> + Send + 'static,
    {
        let (reply, answer) = tokio::sync::oneshot::channel::<StoreResult<T>>();
        let job: Job = Box::new(move |conn| {
            let result = f(conn);
            let ok = result.is_ok();
            let completion: Completion = Box::new(move |committed| {
                let out = match (result, committed) {
                    (Ok(value), Ok(())) => Ok(value),
                    (Err(e), _) => Err(backend(e)),
                    (Ok(_), Err(e)) => Err(e),
                };
                let _ = reply.send(out);
            });
            (completion, ok)
        });
        let sent = self
            .inner
            .writes
            .lock()
            .map_err(|_| StoreError::Unavailable("the store's writer is gone".into()))?
            .send(job);
        if sent.is_err() {
            return Err(StoreError::Unavailable("the store's writer is gone".into()));
        }
        answer
            .await
            .map_err(|_| StoreError::Unavailable("the write was not done".into()))?
    }
}

#[async_trait]
impl Store for SqliteStore {
    async fn get(&self, key: &str) -> StoreResult<Option<Vec<u8>>> {
        let key = key.to_owned();
        self.read(move |conn| live_value(conn, &key, now_ms()))
            .await
    }

    async fn put(&self, key: &str, value: &[u8], ttl: Option<Duration>) -> StoreResult<()> {
        let (key, value) = (key.to_owned(), value.to_vec());
        self.write(move |conn| upsert(conn, &key, &value, expiry(ttl)))
            .await
    }

    async fn put_if_absent(
        &self,
        key: &str,
        value: &[u8],
        ttl: Option<Duration>,
    ) -> StoreResult<bool> {
        let (key, value) = (key.to_owned(), value.to_vec());
        self.write(move |tx| {
            drop_if_expired(tx, &key, now_ms())?;
            let written = tx
                .prepare_cached(
                    "INSERT OR IGNORE INTO kv (key, value, expires_at) VALUES (?1, ?2, ?3)",
                )?
                .execute(params![key, value, expiry(ttl)])?;
            Ok(written == 1)
        })
        .await
    }

    async fn put_all_if_absent(&self, entries: &[(&str, &[u8])]) -> StoreResult<bool> {
        super::keys::share_hash_tag(entries.iter().map(|(key, _)| *key))?;
        let entries: Vec<(String, Vec<u8>)> = entries
            .iter()
            .map(|(k, v)| ((*k).to_owned(), v.to_vec()))
            .collect();
        self.write(move |tx| {
            let now = now_ms();
            for (key, _) in &entries {
                if live_value(tx, key, now)?.is_some() {
                    return Ok(false);
                }
            }
            for (key, value) in &entries {
                upsert(tx, key, value, None)?;
            }
            Ok(true)
        })
        .await
    }

    async fn take(&self, key: &str) -> StoreResult<Option<Vec<u8>>> {
        let key = key.to_owned();
        self.write(move |conn| {
            let row: Option<(Vec<u8>, Option<i64>)> = conn
                .prepare_cached("DELETE FROM kv WHERE key = ?1 RETURNING value, expires_at")?
                .query_row(params![key], |row| Ok((row.get(0)?, row.get(1)?)))
                .optional()?;
            let now = now_ms();
            Ok(row.and_then(|(value, exp)| exp.is_none_or(|e| e > now).then_some(value)))
        })
        .await
    }

    async fn delete(&self, key: &str) -> StoreResult<bool> {
        let key = key.to_owned();
        self.write(move |conn| {
            let exp: Option<Option<i64>> = conn
                .prepare_cached("DELETE FROM kv WHERE key = ?1 RETURNING expires_at")?
                .query_row(params![key], |row| row.get(0))
                .optional()?;
            let now = now_ms();
            Ok(exp.is_some_and(|e| e.is_none_or(|e| e > now)))
        })
        .await
    }

    async fn incr(&self, key: &str, window: Duration) -> StoreResult<u64> {
        let key = key.to_owned();
        self.write(move |tx| increment(tx, &key, expiry(Some(window))))
            .await
    }

    async fn compare_and_set(
        &self,
        key: &str,
        expected: Option<&[u8]>,
        new: Option<&[u8]>,
        ttl: Option<Duration>,
    ) -> StoreResult<bool> {
        // The same job with nothing else to write.
        let swap = Swap {
            key,
            expected,
            new,
            ttl,
        };
        self.write_all_then_swap(&[], swap).await
    }

    async fn set_add(&self, key: &str, member: &str) -> StoreResult<bool> {
        let (key, member) = (key.to_owned(), member.to_owned());
        self.write(move |conn| add_member(conn, &key, &member))
            .await
    }

    async fn set_remove(&self, key: &str, member: &str) -> StoreResult<bool> {
        let (key, member) = (key.to_owned(), member.to_owned());
        self.write(move |conn| remove_member(conn, &key, &member))
            .await
    }

    async fn write_all(&self, writes: &[Write<'_>]) -> StoreResult<()> {
        let writes = owned(writes);
        self.write(move |conn| apply(conn, &writes)).await
    }

    async fn write_all_then_swap(&self, writes: &[Write<'_>], swap: Swap<'_>) -> StoreResult<bool> {
        let writes = owned(writes);
        let key = swap.key.to_owned();
        let expected = swap.expected.map(<[u8]>::to_vec);
        let new = swap.new.map(<[u8]>::to_vec);
        let expires = expiry(swap.ttl);
        self.write(move |conn| {
            // Looked at first: when the swap cannot happen, nothing is written.
            if live_value(conn, &key, now_ms())? != expected {
                return Ok(false);
            }
            apply(conn, &writes)?;
            set_or_delete(conn, &key, new.as_deref(), expires)?;
            Ok(true)
        })
        .await
    }

    async fn set_members(&self, key: &str) -> StoreResult<Vec<String>> {
        let key = key.to_owned();
        self.read(move |conn| {
            let mut stmt = conn.prepare_cached("SELECT member FROM sets WHERE key = ?1")?;
            let rows = stmt.query_map(params![key], |row| row.get(0))?;
            rows.collect()
        })
        .await
    }

    async fn set_contains(&self, key: &str, member: &str) -> StoreResult<bool> {
        let (key, member) = (key.to_owned(), member.to_owned());
        self.read(move |conn| {
            conn.prepare_cached("SELECT 1 FROM sets WHERE key = ?1 AND member = ?2")?
                .query_row(params![key, member], |_| Ok(()))
                .optional()
                .map(|found| found.is_some())
        })
        .await
    }

    // Ordered sets share the `sets` table: its primary key (key, member) already keeps each
    // set's members in byte order (SQLite's BINARY collation), which is what a page needs.
    async fn sorted_add(&self, key: &str, member: &str) -> StoreResult<bool> {
        self.set_add(key, member).await
    }

    async fn sorted_remove(&self, key: &str, member: &str) -> StoreResult<bool> {
        self.set_remove(key, member).await
    }

    async fn sorted_range(&self, key: &str, range: &SortedRange<'_>) -> StoreResult<Vec<String>> {
        let (low, high) = range.bounds();
        let limit = i64::try_from(range.limit).unwrap_or(i64::MAX);
        let descending = range.descending;
        let key = key.to_owned();
        self.read(move |conn| {
            let mut sql = String::from("SELECT member FROM sets WHERE key = ?1");
            let mut args: Vec<String> = vec![key.clone()];
            for (bound, below) in [(&low, false), (&high, true)] {
                if let Some((value, inclusive)) = bound {
                    args.push(value.clone());
                    let op = match (below, inclusive) {
                        (false, true) => ">=",
                        (false, false) => ">",
                        (true, true) => "<=",
                        (true, false) => "<",
                    };
                    sql.push_str(&format!(" AND member {op} ?{}", args.len()));
                }
            }
            let order = if descending { "DESC" } else { "ASC" };
            sql.push_str(&format!(" ORDER BY member {order} LIMIT {limit}"));
            let mut stmt = conn.prepare_cached(&sql)?;
            let rows = stmt.query_map(rusqlite::params_from_iter(args), |row| row.get(0))?;
            rows.collect()
        })
        .await
    }

    async fn scan_keys(
        &self,
        prefix: &str,
        cursor: &str,
        count: usize,
    ) -> StoreResult<(Vec<String>, String)> {
        let range = SortedRange {
            prefix,
            after: (!cursor.is_empty()).then_some(cursor),
            limit: count.max(1),
            descending: false,
        };
        let (low, high) = range.bounds();
        let low = low.map_or((String::new(), true), |b| b);
        let high = high.map(|(h, _)| h);
        let limit = i64::try_from(range.limit).unwrap_or(i64::MAX);
        self.with_conn(move |conn| {
            let mut stmt = conn.prepare_cached(
                "SELECT key FROM kv WHERE (key > ?1 OR (?2 AND key = ?1)) \
                 AND (?3 IS NULL OR key < ?3) ORDER BY key LIMIT ?4",
            )?;
            let rows = stmt.query_map(params![low.0, low.1, high, limit], |row| row.get(0))?;
            let keys: Vec<String> = rows.collect::<rusqlite::Result<_>>()?;
            let next = if keys.len() as i64 == limit {
                keys.last().cloned().unwrap_or_default()
            } else {
                String::new()
            };
            Ok((keys, next))
        })
        .await
    }

    /// Expired rows, in writes of [`SWEEP_AT_ONCE`] rows: each holds the pages it changes
    /// in memory until it is done (its savepoint's journal), and other writes queue behind
    /// it.
    async fn sweep_expired(&self) -> StoreResult<usize> {
        let mut swept = 0;
        loop {
            let now = now_ms();
            let deleted = self
                .write(move |conn| {
                    conn.prepare_cached(
                        "DELETE FROM kv WHERE key IN (SELECT key FROM kv \
                         WHERE expires_at IS NOT NULL AND expires_at <= ?1 LIMIT ?2)",
                    )?
                    .execute(params![now, SWEEP_AT_ONCE as i64])
                })
                .await?;
            swept += deleted;
            if deleted < SWEEP_AT_ONCE {
                return Ok(swept);
            }
        }
    }
    async fn ping(&self) -> StoreResult<()> {
        self.with_conn(|conn| conn.query_row("SELECT 1", [], |_| Ok(())))
            .await
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::writer::CHECKPOINT_AT;
    use super::*;

    /// Checkpoints keep the WAL from growing with what is written: 79 MB written, in 12 KB
    /// values, leave a WAL file of a few megabytes (it would hold them all if it were never
    /// started over).
    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn the_wal_starts_over_while_writes_keep_coming() {
        let dir = tempfile::tempdir().unwrap();
        let store = SqliteStore::open(dir.path()).unwrap();
        let value = vec![7u8; 12 * 1024];
        let mut largest = 0;
        for round in 0..400 {
            let writes: Vec<_> = (0..16)
                .map(|i| {
                    let store = store.clone();
                    let value = value.clone();
                    tokio::spawn(
                        async move { store.put(&format!("k:{round}:{i}"), &value, None).await },
                    )
                })
                .collect();
            for written in writes {
                written.await.unwrap().unwrap();
            }
            let wal = std::fs::metadata(dir.path().join(format!("{FILE_NAME}-wal")))
                .map(|m| m.len())
                .unwrap_or(0);
            largest = largest.max(wal);
        }
        let written = 400 * 16 * value.len() as u64;
        // A checkpoint after each batch that leaves CHECKPOINT_AT pages or more: the WAL
        // holds that and one batch (16 values of 3 pages and a bit) at most.
        let bound = 2 * CHECKPOINT_AT as u64 * (4096 + 24);
        assert!(
            largest < bound,
            "the WAL reached {largest} bytes for {written} written (bound {bound})"
        );
        assert_eq!(store.get("k:399:15").await.unwrap(), Some(value));
    }

    /// The sweep deletes every expired row, in writes of SWEEP_AT_ONCE, and nothing else.
    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn the_sweep_removes_every_expired_row_a_few_hundred_at_a_time() {
        let dir = tempfile::tempdir().unwrap();
        let store = SqliteStore::open(dir.path()).unwrap();
        let keys: Vec<String> = (0..1234).map(|i| format!("gone:{i}")).collect();
        let writes: Vec<Write<'_>> = keys
            .iter()
            .map(|k| Write::Put(k, b"x", Some(Duration::from_millis(1))))
            .collect();
        store.write_all(&writes).await.unwrap();
        store.put("kept", b"y", None).await.unwrap();
        store
            .put("later", b"z", Some(Duration::from_secs(3600)))
            .await
            .unwrap();
        tokio::time::sleep(Duration::from_millis(20)).await;
        assert_eq!(store.sweep_expired().await.unwrap(), 1234);
        let left: i64 = store
            .read(|conn| conn.query_row("SELECT count(*) FROM kv", [], |row| row.get(0)))
            .await
            .unwrap();
        // The two kept, and the schema's version row.
        assert!(left <= 3, "{left} rows left");
        assert_eq!(store.get("kept").await.unwrap(), Some(b"y".to_vec()));
        assert_eq!(store.get("later").await.unwrap(), Some(b"z".to_vec()));
        assert_eq!(store.sweep_expired().await.unwrap(), 0);
    }

    /// A store closed right after a write that took the WAL past the mark (a command such
    /// as `idp user add` ending) has checkpointed by the time it is closed: its pages are
    /// in the database file, not only in the WAL.
    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn a_closed_store_has_checkpointed_what_it_wrote() {
        let dir = tempfile::tempdir().unwrap();
        let store = SqliteStore::open(dir.path()).unwrap();
        let value = vec![7u8; 8 * 1024];
        let keys: Vec<String> = (0..600).map(|i| format!("k:{i}")).collect();
        let writes: Vec<Write<'_>> = keys.iter().map(|k| Write::Put(k, &value, None)).collect();
        store.write_all(&writes).await.unwrap();
        drop(store);
        let file = std::fs::metadata(dir.path().join(FILE_NAME)).unwrap().len();
        assert!(
            file >= 600 * 8 * 1024,
            "the database file holds {file} bytes of ~4.9 MB written"
        );
    }
}
