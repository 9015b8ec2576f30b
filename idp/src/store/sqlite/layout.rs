//! The tables' layout on disk, and the one-time conversion of a store written by an
//! earlier version.
//!
//! `kv` is an ordinary (rowid) table with a unique index on its key. Until 2026-12 it was
//! a `WITHOUT ROWID` table keyed by `key`: such a table keeps whole rows in its interior
//! pages, and with rows of ~300 bytes only about eleven fit on one, so every write of a
//! random key read and wrote pages of a tree several times larger than the cache. A rowid
//! table appends new rows to its last leaf, and the index on the key holds only the key
//! and the row's number. Measured alone at 64 connections (ES256, four runs each,
//! alternating): the writer's CPU per SSO round trip fell from ~215 to ~150-175 µs, the
//! round trips rose ~15 % and the p99 fell from 64-88 to 47-65 ms.
//!
//! Both layouts answer the same SQL, so an older binary still reads and writes a converted
//! store (and a process started before the conversion re-prepares its statements).

use rusqlite::{Connection, OptionalExtension};

/// Creates the tables of a new store; leaves an existing one as it is.
pub(super) const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS kv (
    key TEXT NOT NULL UNIQUE,
    value BLOB NOT NULL,
    expires_at INTEGER
);
CREATE INDEX IF NOT EXISTS kv_expires ON kv(expires_at) WHERE expires_at IS NOT NULL;
CREATE TABLE IF NOT EXISTS sets (
    key TEXT NOT NULL,
    member TEXT NOT NULL,
    PRIMARY KEY (key, member)
) WITHOUT ROWID;
";

/// Copies a `WITHOUT ROWID` `kv` into the rowid layout, in key order (so the key's index
/// is built by appends), and swaps it in, in one transaction: a crash leaves either layout
/// whole. Another process converting at the same moment is waited for (the write lock),
/// and then there is nothing left to do.
const CONVERT: &str = "
CREATE TABLE kv_rowid (
    key TEXT NOT NULL UNIQUE,
    value BLOB NOT NULL,
    expires_at INTEGER
);
INSERT INTO kv_rowid (key, value, expires_at) SELECT key, value, expires_at FROM kv ORDER BY key;
DROP TABLE kv;
ALTER TABLE kv_rowid RENAME TO kv;
CREATE INDEX kv_expires ON kv(expires_at) WHERE expires_at IS NOT NULL;
";

/// Whether `kv` is still a `WITHOUT ROWID` table.
fn kv_without_rowid(conn: &Connection) -> rusqlite::Result<bool> {
    conn.query_row(
        "SELECT wr FROM pragma_table_list WHERE schema = 'main' AND name = 'kv'",
        [],
        |row| row.get::<_, bool>(0),
    )
    .optional()
    .map(|wr| wr.unwrap_or(false))
}

/// Creates the tables when they are missing and converts `kv` to the rowid layout when an
/// earlier version wrote it; returns the number of rows converted (0: nothing to do).
pub(super) fn prepare(conn: &Connection) -> rusqlite::Result<usize> {
    conn.execute_batch(SCHEMA)?;
    if !kv_without_rowid(conn)? {
        return Ok(0);
    }
    conn.execute_batch("BEGIN IMMEDIATE")?;
    let converted = (|| {
        // Looked at again under the write lock: another process may have converted it.
        if !kv_without_rowid(conn)? {
            return Ok(0);
        }
        let rows: i64 = conn.query_row("SELECT count(*) FROM kv", [], |row| row.get(0))?;
        tracing::info!(
            rows,
            "converting the store's kv table to the rowid layout (once)"
        );
        conn.execute_batch(CONVERT)?;
        Ok(usize::try_from(rows).unwrap_or(0))
    })();
    match converted {
        Ok(rows) => {
            conn.execute_batch("COMMIT")?;
            Ok(rows)
        }
        Err(e) => {
            let _ = conn.execute_batch("ROLLBACK");
            Err(e)
        }
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use crate::store::Store;
    use crate::store::sqlite::{FILE_NAME, SqliteStore};

    /// The layout every version before 2026-12 created.
    const OLD_SCHEMA: &str = "
CREATE TABLE kv (key TEXT PRIMARY KEY, value BLOB NOT NULL, expires_at INTEGER) WITHOUT ROWID;
CREATE INDEX kv_expires ON kv(expires_at) WHERE expires_at IS NOT NULL;
CREATE TABLE sets (key TEXT NOT NULL, member TEXT NOT NULL, PRIMARY KEY (key, member)) WITHOUT ROWID;
";

    fn layout(path: &std::path::Path) -> (bool, Vec<String>) {
        let conn = Connection::open(path).unwrap();
        let indexes = conn
            .prepare("SELECT name FROM pragma_index_list('kv') ORDER BY name")
            .unwrap()
            .query_map([], |row| row.get(0))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        (kv_without_rowid(&conn).unwrap(), indexes)
    }

    fn rows(path: &std::path::Path) -> i64 {
        let conn = Connection::open(path).unwrap();
        conn.query_row("SELECT count(*) FROM kv", [], |row| row.get(0))
            .unwrap()
    }

    /// A store an earlier version wrote is converted when it is opened: every row, its
    /// expiry and the sets are still there, keys stay unique, and the next open finds
    /// nothing to do.
    #[tokio::test]
    async fn a_store_of_the_old_layout_is_converted_whole() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(FILE_NAME);
        {
            let conn = Connection::open(&path).unwrap();
            conn.execute_batch(OLD_SCHEMA).unwrap();
            let mut put = conn
                .prepare("INSERT INTO kv (key, value, expires_at) VALUES (?1, ?2, ?3)")
                .unwrap();
            for i in 0..3000 {
                put.execute(rusqlite::params![
                    format!("row:{i:05}"),
                    vec![i as u8; 300],
                    None::<i64>
                ])
                .unwrap();
            }
            put.execute(rusqlite::params!["gone", b"old".to_vec(), 1_i64])
                .unwrap();
            put.execute(rusqlite::params!["later", b"soon".to_vec(), i64::MAX])
                .unwrap();
            conn.execute("INSERT INTO sets (key, member) VALUES ('s', 'm')", [])
                .unwrap();
        }
        assert!(layout(&path).0, "the fixture is the old layout");

        let store = SqliteStore::open(dir.path()).unwrap();
        let (without_rowid, indexes) = layout(&path);
        assert!(!without_rowid, "kv is still WITHOUT ROWID after opening");
        assert_eq!(
            indexes.len(),
            2,
            "the key's unique index and kv_expires: {indexes:?}"
        );
        assert_eq!(
            store.get("row:01999").await.unwrap(),
            Some(vec![1999_u32 as u8; 300])
        );
        assert_eq!(
            store.get("gone").await.unwrap(),
            None,
            "an expired row came back"
        );
        assert_eq!(store.get("later").await.unwrap(), Some(b"soon".to_vec()));
        assert!(
            store
                .set_members("s")
                .await
                .unwrap()
                .contains(&"m".to_string())
        );
        assert_eq!(rows(&path), 3002);
        // The key is still unique: a put replaces, an insert-if-absent refuses.
        store.put("row:00007", b"new", None).await.unwrap();
        assert_eq!(store.get("row:00007").await.unwrap(), Some(b"new".to_vec()));
        assert!(!store.put_if_absent("row:00008", b"x", None).await.unwrap());
        assert_eq!(rows(&path), 3002);
        drop(store);

        let conn = Connection::open(&path).unwrap();
        assert_eq!(prepare(&conn).unwrap(), 0, "converted a second time");
    }

    /// A new store is created in the rowid layout and never converted.
    #[test]
    fn a_new_store_needs_no_conversion() {
        let dir = tempfile::tempdir().unwrap();
        let conn = Connection::open(dir.path().join(FILE_NAME)).unwrap();
        assert_eq!(prepare(&conn).unwrap(), 0);
        assert!(!kv_without_rowid(&conn).unwrap());
    }
}
