//! The embedded store's writer thread: group commit, and the checkpoints after it (see
//! the parent module's documentation).

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::RecvTimeoutError;
use std::time::{Duration, Instant};

use rusqlite::Connection;

use super::{backend, open_connection};
use crate::store::{StoreError, StoreResult};

/// A WAL file that grew past this (bytes) is cut back to it when SQLite starts it over.
const WAL_SIZE_LIMIT: i64 = 64 << 20;

/// What the writer calls once the transaction holding a write ended: with the commit's
/// result, it answers the caller.
pub(super) type Completion = Box<dyn FnOnce(StoreResult<()>) + Send>;
/// A write: runs on the writer's connection inside the batch's transaction; says whether
/// it succeeded (else its savepoint is rolled back) and how to answer once committed.
pub(super) type Job = Box<dyn FnOnce(&Connection) -> (Completion, bool) + Send>;

/// The most writes committed together.
const BATCH: usize = 128;

/// Runs one batch: BEGIN IMMEDIATE, each job in its savepoint, COMMIT, then the answers.
fn run_batch(conn: &Connection, batch: Vec<Job>) {
    if let Err(e) = exec(conn, "BEGIN IMMEDIATE") {
        // Nothing ran: dropping the jobs closes their reply channels, and each caller is
        // told the store is unavailable (another process held the write lock too long).
        tracing::warn!(error = %e, writes = batch.len(), "the store's writer could not begin");
        return;
    }
    let mut completions = Vec::with_capacity(batch.len());
    let mut jobs = batch.into_iter();
    let mut rolled_back = false;
    for job in jobs.by_ref() {
        let savepoint = exec(conn, "SAVEPOINT w");
        let (completion, ok) = job(conn);
        if savepoint.is_ok() {
            if !ok {
                let _ = exec(conn, "ROLLBACK TO w");
            }
            let _ = exec(conn, "RELEASE w");
        }
        completions.push(completion);
        if conn.is_autocommit() {
            // SQLite rolled the whole transaction back (a full disk, an I/O error): the
            // writes run so far are gone. The rest must not run: outside a transaction each
            // one's savepoint would commit it on its own, and its caller would then be
            // told of the failed COMMIT below. Dropped, they are told the write was not done.
            rolled_back = true;
            break;
        }
    }
    drop(jobs);
    let committed = if rolled_back {
        Err(StoreError::Backend(
            "the store rolled the batch back (disk full or I/O error)".into(),
        ))
    } else {
        exec(conn, "COMMIT").map_err(backend)
    };
    if committed.is_err() && !conn.is_autocommit() {
        let _ = exec(conn, "ROLLBACK");
    }
    let committed = committed.map(|_| ());
    for completion in completions {
        completion(committed.clone());
    }
}

/// Runs `sql` (one statement) through the connection's statement cache: parsed once.
fn exec(conn: &Connection, sql: &str) -> rusqlite::Result<usize> {
    conn.prepare_cached(sql)?.execute([])
}

/// The writer thread: waits for a write, takes whatever else queued up, commits them
/// together, answers their callers, and then, once the WAL holds [`CHECKPOINT_AT`] pages or
/// more, checkpoints (copies the WAL's pages into the database file and syncs it). Every
/// `release_every` ([`RELEASE_EVERY`] in service), between batches or while idle, it
/// empties its page cache.
///
/// SQLite's own automatic checkpoint runs at the same point but inside `COMMIT`: the
/// callers of the batch that crossed the mark waited for the checkpoint too (about a
/// thousand page writes and a sync of the database file: ~13 ms at 64 connections), though
/// their writes were durable before it began. (A separate checkpointer thread was tried:
/// its random writes into the database file delayed the writer's syncs more than the
/// checkpoints it took off this thread, and the WAL starts over only at a write that finds
/// it wholly checkpointed.)
pub(super) fn writer(
    path: PathBuf,
    queue: std::sync::mpsc::Receiver<Job>,
    release_every: Duration,
) {
    // Set by the WAL hook after a commit that leaves CHECKPOINT_AT pages or more in the WAL.
    let due = Arc::new(AtomicBool::new(false));
    let mark = Arc::clone(&due);
    let opened = open_connection(&path).and_then(|mut conn| {
        // Replaces SQLite's automatic checkpoint (itself a WAL hook) with a mark.
        conn.wal_hook(Some(move |_: &mut rusqlite::hooks::Wal, pages| {
            mark.store(pages >= CHECKPOINT_AT, Ordering::Relaxed);
            Ok(())
        }))?;
        conn.pragma_update(None, "journal_size_limit", WAL_SIZE_LIMIT)?;
        conn.pragma_update(None, "cache_size", -WRITER_CACHE_KIB)?;
        // Each write runs in its savepoint, and a savepoint keeps the pages it changes in a
        // statement journal. By default that journal becomes a temporary file past 64 KiB
        // and, once a file, is no longer emptied when a savepoint is released: the rest of
        // the batch wrote every page it touched to it (as many writes as to the WAL; seen
        // with strace). In memory, it is emptied at each release and holds one write's
        // pages at most.
        conn.pragma_update(None, "temp_store", "MEMORY")?;
        Ok(conn)
    });
    let conn = match opened {
        Ok(conn) => conn,
        Err(e) => {
            tracing::error!(error = %e, "the store's writer cannot open the database");
            return;
        }
    };
    let mut warned: Option<Instant> = None;
    let mut released = Instant::now();
    loop {
        let first = match queue.recv_timeout(release_every) {
            Ok(job) => job,
            Err(RecvTimeoutError::Timeout) => {
                release_cache(&conn, &mut released);
                continue;
            }
            Err(RecvTimeoutError::Disconnected) => break,
        };
        let mut batch = vec![first];
        while batch.len() < BATCH {
            match queue.try_recv() {
                Ok(job) => batch.push(job),
                Err(_) => break,
            }
        }
        run_batch(&conn, batch);
        if due.swap(false, Ordering::Relaxed) {
            checkpoint(&conn, &mut warned);
        }
        if released.elapsed() >= release_every {
            release_cache(&conn, &mut released);
        }
    }
    // The store was closed (see `Inner`'s drop): a command such as `idp user add` ends
    // here, and its process with it, right after its answer; without this its pages
    // would wait in the WAL for the next writer.
    if due.swap(false, Ordering::Relaxed) {
        checkpoint(&conn, &mut warned);
    }
}

/// How often the writer empties its page cache (see [`release_cache`]).
pub(super) const RELEASE_EVERY: Duration = crate::memory::TRIM_EVERY;

/// The writer's page cache, KiB. The store's tables are B-trees keyed by random tokens,
/// and each write lands on a leaf of its own: at the peer benchmark's sizes the tables'
/// interior pages alone (~750 of ~10,000 after its SSO tests, when `kv` was still
/// `WITHOUT ROWID`: see `layout`) outgrew even SQLite's default 2 MiB, so a larger cache
/// held little the next write needed. At 512 KiB the writer's CPU
/// per code exchange and the round trips were the same within the noise (three runs each,
/// alone at 64 connections, 2026-12-02), and the peak of the sign-in test that follows
/// went from 63.3-63.5 to 61.0-61.6 MiB (two runs each): under a load of sign-ins a 2 MiB
/// cache is full again within seconds.
const WRITER_CACHE_KIB: i64 = 512;

/// Empties the writer's page cache into malloc, which the heap trimmer
/// (`memory::start_heap_trimmer`) gives back to the system. Since this connection is the
/// only writer its cache stays valid, and full, for good once a load of writes has filled
/// it. Emptied every [`RELEASE_EVERY`], busy or idle, it holds what the last few seconds
/// wrote; a busy writer reads back the pages it needs again from the system's page cache.
fn release_cache(conn: &Connection, released: &mut Instant) {
    if let Err(e) = conn.release_memory() {
        tracing::debug!(error = %e, "the store's writer could not empty its page cache");
    }
    *released = Instant::now();
}

/// A PASSIVE checkpoint: copies what no reader still needs and never waits for one (a
/// checkpoint another connection is running shows as "busy" in its result row, not as an
/// error). A WAL not wholly copied (a long read) is tried again after the next batch, as
/// SQLite's own checkpoint would be. A failure is logged at most once a minute.
fn checkpoint(conn: &Connection, warned: &mut Option<Instant>) {
    if let Err(e) = conn.query_row("PRAGMA wal_checkpoint(PASSIVE)", [], |_| Ok(()))
        && warned.is_none_or(|at| at.elapsed() >= Duration::from_secs(60))
    {
        tracing::warn!(error = %e, "the store's writer could not checkpoint");
        *warned = Some(Instant::now());
    }
}

/// The WAL size (pages) from which the writer checkpoints after a batch: SQLite's default.
pub(super) const CHECKPOINT_AT: i32 = 1000;

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use std::sync::Mutex;

    use super::super::layout::SCHEMA;
    use super::super::{FILE_NAME, upsert};
    use super::*;

    /// Bytes of page cache a connection holds, by SQLite's own count.
    fn cache_used(conn: &Connection) -> i32 {
        let (mut current, mut highest) = (0, 0);
        // SAFETY: the handle is this live connection's, used on its own thread;
        // sqlite3_db_status only reads the connection's counters into the two integers.
        let rc = unsafe {
            rusqlite::ffi::sqlite3_db_status(
                conn.handle(),
                rusqlite::ffi::SQLITE_DBSTATUS_CACHE_USED,
                &mut current,
                &mut highest,
                0,
            )
        };
        assert_eq!(rc, rusqlite::ffi::SQLITE_OK);
        current
    }

    /// Writes `count` rows of 500 bytes of `byte` (the same keys each time).
    fn write_rows(conn: &Connection, count: usize, byte: u8) {
        for n in 0..count {
            upsert(conn, &format!("row-{n:05}"), &[byte; 500], None).unwrap();
        }
    }

    /// The writer's page cache, full after a load of writes, is emptied (and what it held
    /// can still be read).
    #[test]
    fn the_writers_page_cache_is_emptied() {
        let dir = tempfile::tempdir().unwrap();
        let conn = open_connection(&dir.path().join(FILE_NAME)).unwrap();
        conn.execute_batch(SCHEMA).unwrap();
        conn.pragma_update(None, "cache_size", -WRITER_CACHE_KIB)
            .unwrap();
        conn.execute_batch("BEGIN").unwrap();
        write_rows(&conn, 2000, 7);
        conn.execute_batch("COMMIT").unwrap();
        let full = cache_used(&conn);
        assert!(
            full > 256 << 10,
            "the cache holds {full} bytes after ~1 MB written"
        );

        let mut released = Instant::now();
        release_cache(&conn, &mut released);
        let emptied = cache_used(&conn);
        assert!(
            emptied < 128 << 10,
            "{emptied} bytes still cached (of {full})"
        );

        let value: Vec<u8> = conn
            .query_row("SELECT value FROM kv WHERE key = 'row-01999'", [], |row| {
                row.get(0)
            })
            .unwrap();
        assert_eq!(value, [7; 500]);
    }

    /// The writer empties its cache on its own, while idle and between batches: a job run by
    /// the writer thread reads what its connection holds.
    #[test]
    fn the_writer_empties_its_cache_every_period_idle_or_busy() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(FILE_NAME);
        open_connection(&path)
            .unwrap()
            .execute_batch(SCHEMA)
            .unwrap();
        let (sender, queue) = std::sync::mpsc::channel::<Job>();
        let period = Duration::from_millis(300);
        let thread = std::thread::spawn(move || writer(path, queue, period));
        // Runs `f` on the writer's connection, inside a batch, and returns what it gave.
        let run = |f: fn(&Connection) -> i32| -> i32 {
            let (tx, rx) = std::sync::mpsc::channel();
            let job: Job = Box::new(move |conn: &Connection| {
                let value = f(conn);
                let completion: Completion = Box::new(move |_| {
                    let _ = tx.send(value);
                });
                (completion, true)
            });
            sender.send(job).unwrap();
            rx.recv_timeout(Duration::from_secs(10)).unwrap()
        };
        let fill = |conn: &Connection| {
            write_rows(conn, 1000, 7);
            cache_used(conn)
        };
        let full = run(fill);
        assert!(
            full > 256 << 10,
            "{full} bytes cached after ~500 KB written"
        );

        // Idle for two periods: emptied while waiting for work.
        std::thread::sleep(2 * period);
        let idle = run(cache_used);
        assert!(idle < 128 << 10, "{idle} bytes still cached after idling");

        // Busy: a batch every 50 ms (never idle for a period), each filling the cache and
        // saying what it found first; the release comes after a batch once a period has
        // passed, so some batch finds the cache emptied.
        let found_then_fill = |conn: &Connection| {
            let found = cache_used(conn);
            write_rows(conn, 1000, 8);
            found
        };
        let mut found = Vec::new();
        let started = Instant::now();
        while started.elapsed() < 3 * period {
            found.push(run(found_then_fill));
            std::thread::sleep(Duration::from_millis(50));
        }
        drop(sender);
        thread.join().unwrap();
        assert!(
            found.iter().skip(1).any(|&bytes| bytes < 128 << 10),
            "a writer busy for three periods never emptied its cache: {found:?}"
        );
    }

    /// A write that fills the disk makes SQLite roll the whole batch back. The writes after
    /// it in the batch do not run on their own: none is committed while its caller is told
    /// it failed (`PRAGMA max_page_count` stands in for a full disk).
    #[test]
    fn after_a_batch_rolled_back_whole_no_later_write_commits_alone() {
        let dir = tempfile::tempdir().unwrap();
        let conn = open_connection(&dir.path().join(FILE_NAME)).unwrap();
        conn.execute_batch(SCHEMA).unwrap();
        upsert(&conn, "a", b"1", None).unwrap();
        let pages: i64 = conn
            .query_row("PRAGMA page_count", [], |row| row.get(0))
            .unwrap();
        conn.pragma_update(None, "max_page_count", pages).unwrap();
        let told = Arc::new(Mutex::new(Vec::new()));
        let job = |name: &'static str, sql: &'static str| -> Job {
            let told = Arc::clone(&told);
            Box::new(move |conn: &Connection| {
                let ran = conn.execute(sql, []);
                let ok = ran.is_ok();
                let completion: Completion = Box::new(move |committed| {
                    told.lock().unwrap().push((name, ok && committed.is_ok()));
                });
                (completion, ok)
            })
        };
        run_batch(
            &conn,
            vec![
                job(
                    "big",
                    "INSERT INTO kv (key, value) VALUES ('big', zeroblob(200000))",
                ),
                job("small", "UPDATE kv SET value = x'32' WHERE key = 'a'"),
            ],
        );
        let a: Vec<u8> = conn
            .query_row("SELECT value FROM kv WHERE key = 'a'", [], |row| row.get(0))
            .unwrap();
        let told = told.lock().unwrap().clone();
        let small_told_ok = told.contains(&("small", true));
        assert_eq!(
            a == b"2",
            small_told_ok,
            "the second write is {} but its caller was told {told:?}",
            if a == b"2" {
                "committed"
            } else {
                "not committed"
            },
        );
        assert!(!told.contains(&("big", true)), "{told:?}");
    }
}
