//! `idp backup` and `idp restore` for the embedded store.
//!
//! A backup is SQLite's online backup API: one step copies every page inside one read
//! transaction, so the copy is the store as it was at one instant, while `idp serve` keeps
//! reading and writing (WAL: readers and the writer do not block each other). It is
//! written beside its destination as a hidden file created 0600, checked
//! (`PRAGMA quick_check`), made a single self-contained file (journal mode DELETE), synced,
//! then renamed into place, so a crash never leaves a half-written backup under the name.
//!
//! A restore checks the file first (an SQLite database, with the store's tables, a schema
//! version this binary knows), refuses while any process has the data directory's store
//! open (they hold a shared lock on [`LOCK_FILE`]; the restore takes it exclusively) and,
//! without `force`, when the store there holds anything; then copies the file in the same
//! careful way, removing the old store's `-wal` and `-shm` before the new file takes its
//! name (an old WAL applied to a new database would corrupt it).
//!
//! Neither copies `master.key`: the signing keys and second-factor secrets in a backup are
//! sealed with it and useless without it, and a backup kept apart from it is safe to store.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use rusqlite::backup::{Backup, StepResult};
use rusqlite::{Connection, OpenFlags, OptionalExtension};
use serde::Serialize;

use super::sqlite::{FILE_NAME, LOCK_FILE};
use crate::private_files;

/// How long a backup waits for the store's file to let it read (a long write transaction).
const BUSY_LIMIT: Duration = Duration::from_secs(60);

/// What a backup or a restore holds.
#[derive(Debug, Serialize)]
pub struct Summary {
    pub file: PathBuf,
    pub bytes: u64,
    pub schema_version: u32,
    pub accounts: u64,
    pub clients: u64,
    pub signing_keys: u64,
}

fn sql_error(what: &str, path: &Path) -> impl Fn(rusqlite::Error) -> String {
    let place = format!("{what} {}", path.display());
    move |e| format!("{place}: {e}")
}

fn io_error(what: &str, path: &Path) -> impl Fn(std::io::Error) -> String {
    let place = format!("{what} {}", path.display());
    move |e| format!("{place}: {e}")
}

/// Copies `<data_dir>/idp.sqlite3` to `file` (mode 0600); refuses to replace an existing
/// `file` unless `force`.
pub fn backup(data_dir: &Path, file: &Path, force: bool) -> Result<Summary, String> {
    let source_path = data_dir.join(FILE_NAME);
    if !source_path.is_file() {
        return Err(format!(
            "there is no store at {}: nothing to back up (is IDP_DATA_DIR right?)",
            source_path.display()
        ));
    }
    if file.exists() && !force {
        return Err(format!(
            "{} exists; choose another name, or --force to replace it",
            file.display()
        ));
    }
    // Read-write without create: reading a WAL database needs its -shm, and a missing
    // store must not be made up.
    let source = Connection::open_with_flags(
        &source_path,
        OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
    .map_err(sql_error("opening", &source_path))?;
    source
        .busy_timeout(Duration::from_secs(5))
        .map_err(sql_error("opening", &source_path))?;
    has_store_tables(&source).map_err(|e| format!("{}: {e}", source_path.display()))?;
    let temp = temporary_beside(file)?;
    let written = copy_pages(&source, &temp).and_then(|()| finish(&temp));
    match written {
        Ok(()) => {
            std::fs::rename(&temp, file).map_err(io_error("renaming the backup to", file))?;
            sync_parent(file)?;
            summarize(file)
        }
        Err(e) => {
            let _ = std::fs::remove_file(&temp);
            Err(e)
        }
    }
}

/// A new, empty, private file beside `file`, to be renamed onto it.
fn temporary_beside(file: &Path) -> Result<PathBuf, String> {
    let dir = match file.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let name = file
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .ok_or_else(|| format!("{} is not a file name", file.display()))?;
    let temp = dir.join(format!(".{name}.{}.partial", crate::secrets::random_hex(6)));
    private_files::options()
        .write(true)
        .create_new(true)
        .open(&temp)
        .map_err(io_error("creating", &temp))?;
    Ok(temp)
}

/// Every page of `source` into the (empty) database file `temp`, in one step: one read
/// transaction, so one instant of the store.
fn copy_pages(source: &Connection, temp: &Path) -> Result<(), String> {
    let mut target = Connection::open(temp).map_err(sql_error("opening", temp))?;
    let backup = Backup::new(source, &mut target).map_err(sql_error("backing up to", temp))?;
    let started = Instant::now();
    loop {
        match backup.step(-1).map_err(sql_error("backing up to", temp))? {
            StepResult::Done => return Ok(()),
            StepResult::More => {}
            _busy_or_locked if started.elapsed() < BUSY_LIMIT => {
                std::thread::sleep(Duration::from_millis(100));
            }
            _ => {
                return Err(format!(
                    "the store stayed busy for {} s; try again",
                    BUSY_LIMIT.as_secs()
                ));
            }
        }
    }
}

/// Makes the copy one self-contained file (no `-wal`), checks it and syncs it.
fn finish(temp: &Path) -> Result<(), String> {
    let conn = Connection::open(temp).map_err(sql_error("opening", temp))?;
    let mode: String = conn
        .query_row("PRAGMA journal_mode = DELETE", [], |row| row.get(0))
        .map_err(sql_error("finishing", temp))?;
    if !mode.eq_ignore_ascii_case("delete") {
        return Err(format!("{}: journal mode stayed {mode}", temp.display()));
    }
    quick_check(&conn).map_err(|e| format!("the copy {} {e}", temp.display()))?;
    conn.close()
        .map_err(|(_, e)| format!("closing {}: {e}", temp.display()))?;
    std::fs::File::open(temp)
        .and_then(|f| f.sync_all())
        .map_err(io_error("syncing", temp))
}

fn quick_check(conn: &Connection) -> Result<(), String> {
    let verdict: String = conn
        .query_row("PRAGMA quick_check", [], |row| row.get(0))
        .map_err(|e| format!("cannot be checked: {e}"))?;
    if verdict == "ok" {
        Ok(())
    } else {
        Err(format!("is damaged: {verdict}"))
    }
}

fn has_store_tables(conn: &Connection) -> Result<(), String> {
    let tables: u32 = conn
        .query_row(
            "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN ('kv', 'sets')",
            [],
            |row| row.get(0),
        )
        .map_err(|e| format!("not an SQLite database ({e})"))?;
    if tables == 2 {
        Ok(())
    } else {
        Err("an SQLite database, but not an idp store (it lacks the kv and sets tables)".into())
    }
}

/// Checks that `file` is a sound idp store this binary can serve, and says what it holds.
pub fn summarize(file: &Path) -> Result<Summary, String> {
    let refused = |why: String| format!("{} is not a usable idp backup: {why}", file.display());
    let bytes = std::fs::metadata(file)
        .map_err(|e| refused(e.to_string()))?
        .len();
    let conn = Connection::open_with_flags(
        file,
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
    .map_err(|e| refused(e.to_string()))?;
    has_store_tables(&conn).map_err(refused)?;
    quick_check(&conn).map_err(|e| refused(format!("it {e}")))?;
    let count = |sql: &str| -> Result<u64, String> {
        conn.query_row(sql, [], |row| row.get::<_, i64>(0))
            .map(|n| u64::try_from(n).unwrap_or(0))
            .map_err(|e| refused(e.to_string()))
    };
    let version: Option<Vec<u8>> = conn
        .query_row(
            "SELECT value FROM kv WHERE key = ?1",
            [crate::store::keys::schema_version()],
            |row| row.get(0),
        )
        .optional()
        .map_err(|e| refused(e.to_string()))?;
    let schema_version = match version {
        None => 0,
        Some(bytes) => String::from_utf8_lossy(&bytes)
            .trim()
            .parse()
            .map_err(|_| refused("its schema version is not a number".into()))?,
    };
    if schema_version > crate::schema::CURRENT {
        return Err(refused(format!(
            "it was written by a newer idp (schema {schema_version}, this one knows {}): \
             restore it with that version",
            crate::schema::CURRENT
        )));
    }
    Ok(Summary {
        file: file.to_path_buf(),
        bytes,
        schema_version,
        accounts: count("SELECT count(*) FROM kv WHERE key LIKE 'account:%'")?,
        clients: count("SELECT count(*) FROM sets WHERE key = 'clients'")?,
        signing_keys: count("SELECT count(*) FROM sets WHERE key = 'signing-keys'")?,
    })
}

/// Puts the backup `file` in place as `<data_dir>/idp.sqlite3` (see the module's text).
pub fn restore(data_dir: &Path, file: &Path, force: bool) -> Result<Summary, String> {
    summarize(file)?;
    private_files::create_dir(data_dir).map_err(io_error("creating", data_dir))?;
    let lock_path = data_dir.join(LOCK_FILE);
    let lock = private_files::options()
        .read(true)
        .write(true)
        .create(true)
        .truncate(false)
        .open(&lock_path)
        .map_err(io_error("opening", &lock_path))?;
    match lock.try_lock() {
        Ok(()) => {}
        Err(std::fs::TryLockError::WouldBlock) => {
            return Err(format!(
                "a process has the store in {} open (idp serve, or another idp command): \
                 stop it before restoring",
                data_dir.display()
            ));
        }
        Err(std::fs::TryLockError::Error(e)) => {
            return Err(format!("locking {}: {e}", lock_path.display()));
        }
    }
    let target = data_dir.join(FILE_NAME);
    if !force && holds_records(&target)? {
        return Err(format!(
            "{} already holds a store; --force replaces it (back it up first)",
            target.display()
        ));
    }
    let temp = temporary_beside(&target)?;
    let copied = copy_file(file, &temp);
    if let Err(e) = copied {
        let _ = std::fs::remove_file(&temp);
        return Err(e);
    }
    for suffix in ["-wal", "-shm"] {
        let mut name = target.as_os_str().to_owned();
        name.push(suffix);
        let side = PathBuf::from(name);
        match std::fs::remove_file(&side) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => {
                let _ = std::fs::remove_file(&temp);
                return Err(format!("removing {}: {e}", side.display()));
            }
        }
    }
    std::fs::rename(&temp, &target).map_err(io_error("renaming the restored store to", &target))?;
    sync_parent(&target)?;
    drop(lock);
    summarize(&target)
}

/// Whether the store file at `path` holds any record (a missing or empty file does not).
fn holds_records(path: &Path) -> Result<bool, String> {
    match std::fs::metadata(path) {
        Ok(metadata) if metadata.len() > 0 => {}
        Ok(_) => return Ok(false),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(false),
        Err(e) => return Err(format!("{}: {e}", path.display())),
    }
    let cannot = |e: rusqlite::Error| {
        format!(
            "cannot tell whether {} holds anything ({e}); --force replaces it",
            path.display()
        )
    };
    let conn =
        Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_WRITE).map_err(cannot)?;
    if has_store_tables(&conn).is_err() {
        return Ok(false);
    }
    conn.query_row(
        "SELECT EXISTS (SELECT 1 FROM kv) OR EXISTS (SELECT 1 FROM sets)",
        [],
        |row| row.get(0),
    )
    .map_err(cannot)
}

fn copy_file(from: &Path, to: &Path) -> Result<(), String> {
    let mut source = std::fs::File::open(from).map_err(io_error("reading", from))?;
    let mut target = private_files::options()
        .write(true)
        .truncate(true)
        .open(to)
        .map_err(io_error("writing", to))?;
    std::io::copy(&mut source, &mut target).map_err(io_error("writing", to))?;
    target.sync_all().map_err(io_error("syncing", to))
}

/// Makes a rename in the file's directory durable.
fn sync_parent(file: &Path) -> Result<(), String> {
    let dir = match file.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir,
        _ => Path::new("."),
    };
    std::fs::File::open(dir)
        .and_then(|d| d.sync_all())
        .map_err(io_error("syncing", dir))
}
