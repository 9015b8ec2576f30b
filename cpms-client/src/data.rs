//! CPMS's own data (the member directory with preferences, panels, requests for
//! assistance), kept in memory and written as one JSON file on every change: a temporary
//! file, fsync, then rename over the old one (and fsync of the directory), so a crash
//! leaves either the old or the new file, never half of one. Health data: the directory is
//! created 0700 and every file 0600, at creation (never readable by others in between).

use std::collections::BTreeMap;
use std::io::Write;
use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Deserializer, Serialize};
use tokio::sync::Mutex;

use crate::profiles::Role;

#[derive(Debug, thiserror::Error)]
pub enum DataError {
    #[error("reading {path}: {source}")]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{path} is not valid CPMS data: {source}")]
    Corrupt {
        path: PathBuf,
        source: serde_json::Error,
    },
    #[error("writing {path}: {source}")]
    Write {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("encoding data: {0}")]
    Encode(#[from] serde_json::Error),
    #[error("the write task failed: {0}")]
    Task(String),
}

/// ERN preferences: asked at first sign-in; without them a member is never offered as an
/// invitee.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Preferences {
    pub professional_role: String,
    /// Network code -> chosen thematic areas (empty: "None").
    pub areas: BTreeMap<String, Vec<String>>,
}

/// Someone who signed in to CPMS at least once.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Member {
    /// The provider's `sub` (or `training:NAME` for a training account).
    pub id: String,
    pub name: String,
    pub email: String,
    /// The roles released at the latest sign-in.
    pub roles: Vec<Role>,
    pub preferences: Option<Preferences>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Comment {
    pub author: String,
    pub author_name: String,
    pub text: String,
    pub at: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Panel {
    /// Random and unguessable ([`new_panel_id`]); files written before ids were random hold
    /// numbers, read as their decimal text (those panels keep their addresses).
    #[serde(deserialize_with = "id_text")]
    pub id: String,
    pub network: String,
    pub title: String,
    pub case_summary: String,
    pub thematic_area: String,
    /// Member id of the HP who leads the panel.
    pub lead: String,
    /// The organisation the panel was created from (Panel Manager HCP scope).
    pub lead_organisation: String,
    pub invited: Vec<String>,
    pub comments: Vec<Comment>,
    /// Set when closed: one of [`crate::rules::OUTCOMES`].
    pub outcome: Option<String>,
    pub created_at: i64,
}

impl Panel {
    pub fn is_open(&self) -> bool {
        self.outcome.is_none()
    }
}

/// A fresh panel id: 128 random bits, base64url. Panel addresses are shared in mails and
/// notes; a sequential number let anyone count and probe the panels.
pub fn new_panel_id() -> String {
    crate::secrets::random_token(16)
}

/// A panel id as text, or as a number (data files written before ids were random).
fn id_text<'de, D: Deserializer<'de>>(deserializer: D) -> Result<String, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum Id {
        Text(String),
        Number(u64),
    }
    Ok(match Id::deserialize(deserializer)? {
        Id::Text(text) => text,
        Id::Number(number) => number.to_string(),
    })
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AssistanceRequest {
    pub id: u64,
    pub network: String,
    pub subject: String,
    pub details: String,
    pub requested_by: String,
    pub assigned_to: Option<String>,
    pub created_at: i64,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Data {
    #[serde(default)]
    pub members: BTreeMap<String, Member>,
    #[serde(default)]
    pub panels: Vec<Panel>,
    #[serde(default)]
    pub assistance: Vec<AssistanceRequest>,
    /// The last request-for-assistance id (panel ids are random).
    #[serde(default)]
    pub next_id: u64,
}

impl Data {
    pub fn new_id(&mut self) -> u64 {
        self.next_id += 1;
        self.next_id
    }

    pub fn member_name(&self, id: &str) -> String {
        self.members
            .get(id)
            .map_or_else(|| "(unknown member)".to_owned(), |m| m.name.clone())
    }
}

/// Mode of the data directory CPMS creates (an existing one is left as it is).
pub const DIR_MODE: u32 = 0o700;
/// Mode of every data file CPMS writes, temporary ones included.
pub const FILE_MODE: u32 = 0o600;

/// One data file and its contents in memory; every change is written before it counts.
pub struct DataFile {
    path: PathBuf,
    data: Mutex<Data>,
}

impl DataFile {
    /// Opens `dir/name` (creating `dir`, and any missing parent, with [`DIR_MODE`]); a
    /// missing file is empty data, a corrupt one an error (never silently replaced).
    pub fn open(dir: &Path, name: &str) -> Result<DataFile, DataError> {
        let path = dir.join(name);
        std::fs::DirBuilder::new()
            .recursive(true)
            .mode(DIR_MODE)
            .create(dir)
            .map_err(|source| DataError::Write {
                path: dir.to_path_buf(),
                source,
            })?;
        let data = match std::fs::read(&path) {
            Ok(bytes) => serde_json::from_slice(&bytes).map_err(|source| DataError::Corrupt {
                path: path.clone(),
                source,
            })?,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Data::default(),
            Err(source) => {
                return Err(DataError::Read {
                    path: path.clone(),
                    source,
                });
            }
        };
        Ok(DataFile {
            path,
            data: Mutex::new(data),
        })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    pub async fn read<R>(&self, f: impl FnOnce(&Data) -> R) -> R {
        let data = self.data.lock().await;
        f(&data)
    }

    /// Applies `f` to a copy, writes the copy durably, then makes it current: a failed
    /// write changes nothing.
    pub async fn update<R>(&self, f: impl FnOnce(&mut Data) -> R) -> Result<R, DataError> {
        let mut data = self.data.lock().await;
        let mut next = data.clone();
        let result = f(&mut next);
        if next != *data {
            let bytes = serde_json::to_vec_pretty(&next)?;
            let path = self.path.clone();
            tokio::task::spawn_blocking(move || write_atomically(&path, &bytes))
                .await
                .map_err(|e| DataError::Task(e.to_string()))??;
            *data = next;
        }
        Ok(result)
    }
}

fn write_atomically(path: &Path, bytes: &[u8]) -> Result<(), DataError> {
    let err = |source| DataError::Write {
        path: path.to_path_buf(),
        source,
    };
    let dir = path.parent().unwrap_or(Path::new("."));
    let tmp = dir.join(format!(
        ".{}.tmp-{}",
        path.file_name().and_then(|n| n.to_str()).unwrap_or("data"),
        crate::secrets::random_token(8)
    ));
    let written = (|| {
        // The mode is set at creation: the rename keeps it for the data file.
        let mut file = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .mode(FILE_MODE)
            .open(&tmp)?;
        file.write_all(bytes)?;
        file.sync_all()?;
        std::fs::rename(&tmp, path)?;
        // The rename itself is durable only once the directory is synced.
        std::fs::File::open(dir)?.sync_all()
    })();
    if written.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    written.map_err(err)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn changes_survive_reopening_and_failed_writes_change_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let file = DataFile::open(dir.path(), "cpms.json").unwrap();
        let id = file.update(|d| d.new_id()).await.unwrap();
        assert_eq!(id, 1);
        drop(file);
        let again = DataFile::open(dir.path(), "cpms.json").unwrap();
        assert_eq!(again.read(|d| d.next_id).await, 1);
        // No temporary files left behind.
        let names: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
        assert_eq!(names.len(), 1);
        std::fs::write(dir.path().join("bad.json"), b"{not json").unwrap();
        assert!(matches!(
            DataFile::open(dir.path(), "bad.json"),
            Err(DataError::Corrupt { .. })
        ));
    }

    #[test]
    fn numeric_panel_ids_of_older_files_load_as_text_and_new_ids_are_random() {
        let old = serde_json::json!({
            "panels": [{
                "id": 7, "network": "ERN-RND", "title": "t", "case_summary": "s",
                "thematic_area": "a", "lead": "l", "lead_organisation": "o",
                "invited": [], "comments": [], "outcome": null, "created_at": 0
            }],
            "next_id": 7
        });
        let data: Data = serde_json::from_value(old).unwrap();
        assert_eq!(data.panels[0].id, "7");
        let again: Data = serde_json::from_slice(&serde_json::to_vec(&data).unwrap()).unwrap();
        assert_eq!(again, data, "written back as text, read back the same");
        let (a, b) = (new_panel_id(), new_panel_id());
        assert_ne!(a, b);
        assert_eq!(a.len(), 22, "128 bits in base64url: {a}");
        assert!(
            a.bytes()
                .all(|c| c.is_ascii_alphanumeric() || c == b'-' || c == b'_')
        );
    }
}
