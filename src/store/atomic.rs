//! Atomic saves: the file on disk is always either the old complete version or the new one.
//!
//! The new bytes go to a temporary file beside the target, are flushed to the disk, and then
//! renamed over the target, which the file system does in one step. The version being
//! replaced is kept as `NAME.bak`.

use std::ffi::OsString;
use std::fs::{self, File};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use super::{SaveError, SaveStage};

/// Where the previous version of `path` is kept.
pub fn backup_path(path: &Path) -> PathBuf {
    with_suffix(path, ".bak")
}

/// Replaces `path` with `bytes` atomically, keeping the replaced version as a backup.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), SaveError> {
    write_atomic_with(path, bytes, |file, bytes| file.write_all(bytes))
}

/// Writes an export for the user atomically, leaving nothing beside it: no backup (the
/// caller has asked before replacing a file) and no temporary file.
pub fn write_export(path: &Path, bytes: &[u8]) -> Result<(), SaveError> {
    if not_replaceable(path) {
        let detail = "not a regular file".to_owned();
        return Err(SaveError { stage: SaveStage::Replace, kind: io::ErrorKind::InvalidInput, detail });
    }
    replace_atomically(path, bytes, |file, bytes| file.write_all(bytes), false)
}

/// Whether something is at `path` that an export must never replace: a folder, a device, a
/// pipe, a socket, or a link (to whatever it points at). Only a regular file is replaced.
pub fn not_replaceable(path: &Path) -> bool {
    fs::symlink_metadata(path).is_ok_and(|found| found.file_type().is_symlink() || !found.is_file())
}

/// [`write_atomic`] with the writing step supplied, so tests can make it fail half way.
pub(crate) fn write_atomic_with(
    path: &Path,
    bytes: &[u8],
    write: impl FnOnce(&mut File, &[u8]) -> io::Result<()>,
) -> Result<(), SaveError> {
    replace_atomically(path, bytes, write, true)
}

/// Writes a temporary file beside `path`, keeps the current version as a backup when
/// `backup`, and renames the temporary file over `path`.
fn replace_atomically(
    path: &Path,
    bytes: &[u8],
    write: impl FnOnce(&mut File, &[u8]) -> io::Result<()>,
    backup: bool,
) -> Result<(), SaveError> {
    let temporary = temporary_path(path);
    let result = write_temporary(&temporary, bytes, write).and_then(|()| {
        if backup {
            keep_backup(path)?;
        }
        replace(&temporary, path).map_err(|error| fail(SaveStage::Replace, &error))
    });
    if result.is_err() {
        // The target is untouched; only the partial temporary file has to go.
        let _ = fs::remove_file(&temporary);
        return result;
    }
    sync_folder(path);
    Ok(())
}

/// How often, and how far apart, a replacement refused because another program holds the
/// file is tried again: about a second in all, the time an antivirus or a sync client takes
/// to let go of a file it has just read.
const REPLACE_ATTEMPTS: u32 = 10;
const REPLACE_PAUSE: std::time::Duration = std::time::Duration::from_millis(100);

/// Renames `temporary` over `path`. Windows refuses to replace a file another program holds
/// open (an editor, an antivirus, a sync client); such a refusal is tried again briefly, and
/// reported as the file being in use if it lasts.
fn replace(temporary: &Path, path: &Path) -> io::Result<()> {
    let mut attempt = 1;
    loop {
        match fs::rename(temporary, path) {
            Err(error) if held_by_another_program(&error) && attempt < REPLACE_ATTEMPTS => {
                attempt += 1;
                std::thread::sleep(REPLACE_PAUSE);
            }
            Err(error) if in_use(&error, path) => {
                return Err(io::Error::new(io::ErrorKind::ResourceBusy, error));
            }
            result => return result,
        }
    }
}

/// Whether Windows may have refused to replace a file because another program has it open:
/// a sharing or lock violation, or a denied access (what a held file gives, and a read-only
/// one too). Never on other systems, where an open file does not stop a rename.
fn held_by_another_program(error: &io::Error) -> bool {
    /// ERROR_ACCESS_DENIED, ERROR_SHARING_VIOLATION, ERROR_LOCK_VIOLATION.
    const REFUSALS: [i32; 3] = [5, 32, 33];
    cfg!(windows) && error.raw_os_error().is_some_and(|code| REFUSALS.contains(&code))
}

/// Whether a refusal to replace `path` means another program has it open: the temporary file
/// beside it was written, so the folder takes files, and `path` is not read-only.
fn in_use(error: &io::Error, path: &Path) -> bool {
    held_by_another_program(error) && fs::metadata(path).is_ok_and(|found| !found.permissions().readonly())
}

fn write_temporary(
    temporary: &Path,
    bytes: &[u8],
    write: impl FnOnce(&mut File, &[u8]) -> io::Result<()>,
) -> Result<(), SaveError> {
    let mut file = File::create(temporary).map_err(|error| fail(SaveStage::CreateTemporary, &error))?;
    write(&mut file, bytes).map_err(|error| fail(SaveStage::Write, &error))?;
    file.sync_all().map_err(|error| fail(SaveStage::Flush, &error))
}

/// Keeps the current version as the backup: a hard link costs no space or time; where the
/// file system has none, a copy.
fn keep_backup(path: &Path) -> Result<(), SaveError> {
    if !path.exists() {
        return Ok(());
    }
    let backup = backup_path(path);
    let _ = fs::remove_file(&backup);
    if fs::hard_link(path, &backup).is_ok() {
        return Ok(());
    }
    fs::copy(path, &backup).map(drop).map_err(|error| fail(SaveStage::Backup, &error))
}

/// Makes the rename itself durable. Not every platform can open a folder; the rename is
/// already atomic without it, so a failure here is not an error.
fn sync_folder(path: &Path) {
    if let Some(folder) = path.parent()
        && let Ok(handle) = File::open(folder)
    {
        let _ = handle.sync_all();
    }
}

/// A hidden name beside the target, unique to this process.
fn temporary_path(path: &Path) -> PathBuf {
    let mut name = OsString::from(".");
    name.push(path.file_name().unwrap_or_default());
    name.push(format!(".tmp{}", std::process::id()));
    path.with_file_name(name)
}

fn with_suffix(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(suffix);
    PathBuf::from(name)
}

fn fail(stage: SaveStage, error: &io::Error) -> SaveError {
    SaveError { stage, kind: error.kind(), detail: error.to_string() }
}

#[cfg(test)]
mod tests {
    use super::{backup_path, write_atomic, write_atomic_with};
    use crate::store::SaveStage;
    use std::fs;
    use std::io::{self, Write};

    #[test]
    fn an_export_replaces_its_file_and_leaves_nothing_beside_it() {
        let folder = tempfile::tempdir().expect("temporary folder");
        let path = folder.path().join("biên bản.docx");
        super::write_export(&path, b"first").expect("first export");
        super::write_export(&path, b"second").expect("second export");
        assert_eq!(fs::read(&path).expect("read"), b"second");
        let names: Vec<_> =
            fs::read_dir(folder.path()).expect("list").flatten().map(|e| e.file_name()).collect();
        assert_eq!(names.len(), 1, "{names:?}");
    }

    #[test]
    fn save_replaces_the_file_and_keeps_the_previous_version() {
        let folder = tempfile::tempdir().expect("temporary folder");
        let path = folder.path().join("buổi họp.json");
        write_atomic(&path, b"first").expect("first save");
        write_atomic(&path, b"second").expect("second save");
        assert_eq!(fs::read(&path).expect("read"), b"second");
        assert_eq!(fs::read(backup_path(&path)).expect("read backup"), b"first");
        write_atomic(&path, b"third").expect("third save");
        assert_eq!(fs::read(backup_path(&path)).expect("read backup"), b"second");
    }

    #[test]
    fn interrupted_save_leaves_the_old_file_whole_and_no_debris() {
        let folder = tempfile::tempdir().expect("temporary folder");
        let path = folder.path().join("session.json");
        write_atomic(&path, b"the complete old version").expect("first save");

        let result = write_atomic_with(&path, b"a much longer new version", |file, bytes| {
            file.write_all(&bytes[..7])?;
            Err(io::Error::new(io::ErrorKind::StorageFull, "no space left on device"))
        });

        let error = result.expect_err("the save must fail");
        assert_eq!((error.stage, error.kind), (SaveStage::Write, io::ErrorKind::StorageFull));
        assert_eq!(fs::read(&path).expect("read"), b"the complete old version");
        let names: Vec<_> = fs::read_dir(folder.path())
            .expect("list")
            .map(|entry| entry.expect("entry").file_name())
            .collect();
        assert_eq!(names, vec![std::ffi::OsString::from("session.json")]);
    }

    /// A saved session file, then held open as an editor or an antivirus would hold it:
    /// reading it, letting others read it too, but not replace or delete it.
    #[cfg(windows)]
    fn saved_and_held(old: &[u8]) -> (tempfile::TempDir, std::path::PathBuf, fs::File) {
        use std::os::windows::fs::OpenOptionsExt;
        const FILE_SHARE_READ: u32 = 1;
        let folder = tempfile::tempdir().expect("temporary folder");
        let path = folder.path().join("buổi họp.json");
        write_atomic(&path, old).expect("first save");
        let held =
            fs::OpenOptions::new().read(true).share_mode(FILE_SHARE_READ).open(&path).expect("hold it");
        (folder, path, held)
    }

    #[cfg(windows)]
    #[test]
    fn a_file_another_program_holds_is_tried_again_then_reported_as_in_use_and_kept() {
        let (_folder, path, held) = saved_and_held(b"the complete old version");
        let started = std::time::Instant::now();
        let error = write_atomic(&path, b"the new version").expect_err("Windows refuses to replace it");
        assert!(started.elapsed() >= std::time::Duration::from_millis(800), "{:?}", started.elapsed());
        assert_eq!((error.stage, error.kind), (SaveStage::Replace, io::ErrorKind::ResourceBusy), "{error:?}");
        drop(held);
        assert_eq!(fs::read(&path).expect("read"), b"the complete old version");
        write_atomic(&path, b"the new version").expect("saved once it is let go");
        assert_eq!(fs::read(&path).expect("read"), b"the new version");
    }

    #[cfg(windows)]
    #[test]
    fn a_file_let_go_within_the_second_is_saved_by_the_same_attempt() {
        let (_folder, path, held) = saved_and_held(b"old");
        let letting_go = std::thread::spawn(move || {
            std::thread::sleep(std::time::Duration::from_millis(300));
            drop(held);
        });
        write_atomic(&path, b"new").expect("saved after the other program let go");
        letting_go.join().expect("the holder");
        assert_eq!(fs::read(&path).expect("read"), b"new");
    }

    #[test]
    fn save_into_a_missing_folder_fails_cleanly() {
        let folder = tempfile::tempdir().expect("temporary folder");
        let path = folder.path().join("missing").join("session.json");
        let error = write_atomic(&path, b"data").expect_err("no folder");
        assert_eq!(error.stage, SaveStage::CreateTemporary);
    }
}
