//! Files that only the provider's own user may read: the SQLite store (with its `-wal` and
//! `-shm`), the outbox mails, which carry live links, and the outbox SMS, which carry codes.
//!
//! They are created 0600 in directories created 0700, at creation time rather than by a
//! `chmod` afterwards, so there is no moment at which another user can open them. The umask
//! can only take permissions away, so it never makes them looser. Files and directories
//! left looser by an earlier version are tightened at start, with a log line each.

use std::fs::OpenOptions;
use std::io;
use std::path::Path;

pub const FILE_MODE: u32 = 0o600;
pub const DIR_MODE: u32 = 0o700;

/// Creates `dir` and its missing parents as 0700, and tightens `dir` when it already
/// existed with group or other permissions.
pub fn create_dir(dir: &Path) -> io::Result<()> {
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, DIR_MODE);
    builder.create(dir)?;
    tighten(dir, DIR_MODE).map(|_| ())
}

/// Options that create a missing file as 0600 (nothing else is set: add `write`, `append`,
/// `create` or `create_new` as needed).
pub fn options() -> OpenOptions {
    let mut options = OpenOptions::new();
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, FILE_MODE);
    options
}

/// Takes group and other permissions away from `path` when it has any, and logs it; true
/// when it changed something. A missing path is left alone.
pub fn tighten(path: &Path, mode: u32) -> io::Result<bool> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let current = match std::fs::symlink_metadata(path) {
            Ok(metadata) if metadata.file_type().is_symlink() => return Ok(false),
            Ok(metadata) => metadata.permissions().mode() & 0o7777,
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(false),
            Err(e) => return Err(e),
        };
        if current & 0o077 == 0 {
            return Ok(false);
        }
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode))?;
        tracing::warn!(
            path = %path.display(),
            was = format!("{current:o}"),
            now = format!("{mode:o}"),
            "a data file or directory was readable by other users; tightened"
        );
        Ok(true)
    }
    #[cfg(not(unix))]
    {
        let _ = (path, mode);
        Ok(false)
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use std::os::unix::fs::PermissionsExt;

    fn mode(path: &Path) -> u32 {
        std::fs::metadata(path).unwrap().permissions().mode() & 0o777
    }

    #[test]
    fn created_private_and_loose_ones_tightened() {
        let root = tempfile::tempdir().unwrap();
        let dir = root.path().join("a/b");
        create_dir(&dir).unwrap();
        assert_eq!(mode(&root.path().join("a")), 0o700);
        assert_eq!(mode(&dir), 0o700);
        let file = dir.join("f");
        options().write(true).create_new(true).open(&file).unwrap();
        assert_eq!(mode(&file), 0o600);
        std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o644)).unwrap();
        std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o755)).unwrap();
        assert!(tighten(&file, FILE_MODE).unwrap());
        assert!(!tighten(&file, FILE_MODE).unwrap(), "already private");
        create_dir(&dir).unwrap();
        assert_eq!((mode(&file), mode(&dir)), (0o600, 0o700));
        assert!(!tighten(&dir.join("missing"), FILE_MODE).unwrap());
    }
}
