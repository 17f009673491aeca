//! One writer at a time: the window holds an exclusive lock on a file in its data folder while
//! it runs, so a second window on the same sessions cannot write over the first one's work;
//! and on a hidden file beside the session it has open, so that two windows — whatever their
//! data folders — never write one file. The operating system lets a lock go when the process
//! ends, however it ends, so a crash or a kill never blocks the next start.

use std::fs::{self, File, TryLockError};
use std::io::ErrorKind;
use std::path::{Path, PathBuf};

use super::DataDir;

/// An exclusive lock on a file (the data folder's `.lock`, or a session's `.NAME.json.lock`), held until dropped.
#[derive(Debug)]
pub struct LockFile {
    _file: File,
}

/// Whether the folder could be had.
#[derive(Debug)]
pub enum Lock {
    /// This process holds the folder.
    Held(LockFile),
    /// Another window of the app holds it.
    Taken,
    /// The lock could not be taken: the folder is read-only or cannot hold the lock file, or
    /// its file system cannot lock (some network or FUSE folders). Nothing may be written.
    Unsupported,
}

impl LockFile {
    /// Tries to take the lock of `data`, creating the folder if need be.
    pub fn acquire(data: &DataDir) -> Lock {
        match fs::create_dir_all(data.root()) {
            Ok(()) => Self::take(&data.root().join(".lock")),
            Err(_) => Lock::Unsupported,
        }
    }

    /// Tries to take the lock of the session file at `path`: a hidden file beside it.
    pub fn for_file(path: &Path) -> Lock {
        Self::take(&lock_path(path))
    }

    fn take(path: &Path) -> Lock {
        // Held open for reading only: an open writable file would keep the folder's file
        // system from being remounted read-only, and a lock file left read-only still locks.
        let opened = File::open(path).or_else(|error| match error.kind() {
            ErrorKind::NotFound => File::options()
                .create(true)
                .truncate(false)
                .write(true)
                .open(path)
                .and_then(|_| File::open(path)),
            _ => Err(error),
        });
        let Ok(file) = opened.and_then(|file| file.metadata().map(|found| (file, found.is_file()))) else {
            return Lock::Unsupported;
        };
        let (file, regular) = file;
        if !regular {
            return Lock::Unsupported;
        }
        match file.try_lock() {
            Ok(()) => Lock::Held(Self { _file: file }),
            Err(TryLockError::WouldBlock) => Lock::Taken,
            Err(TryLockError::Error(_)) => Lock::Unsupported,
        }
    }
}

/// The hidden lock file of the session file at `path`: `.NAME.json.lock` beside it.
pub fn lock_path(path: &Path) -> PathBuf {
    let name = path.file_name().map(|name| name.to_string_lossy().into_owned()).unwrap_or_default();
    path.with_file_name(format!(".{name}.lock"))
}

#[cfg(test)]
mod tests {
    use super::{Lock, LockFile};
    use crate::store::DataDir;

    #[test]
    fn a_second_holder_is_refused_until_the_first_lets_go() {
        let folder = tempfile::tempdir().expect("temporary folder");
        let data = DataDir::at(folder.path().join("dữ liệu"));
        let first = LockFile::acquire(&data);
        assert!(matches!(first, Lock::Held(_)), "{first:?}");
        assert!(matches!(LockFile::acquire(&data), Lock::Taken));
        drop(first);
        assert!(matches!(LockFile::acquire(&data), Lock::Held(_)));
    }

    #[test]
    fn a_session_file_has_its_own_lock_and_a_lock_that_cannot_be_a_file_is_unsupported() {
        let folder = tempfile::tempdir().expect("temporary folder");
        let file = folder.path().join("Quý II.json");
        let first = LockFile::for_file(&file);
        assert!(matches!(first, Lock::Held(_)), "{first:?}");
        assert!(folder.path().join(".Quý II.json.lock").is_file(), "a hidden file beside it");
        assert!(matches!(LockFile::for_file(&file), Lock::Taken));
        drop(first);
        assert!(matches!(LockFile::for_file(&file), Lock::Held(_)));
        let blocked = folder.path().join("khác.json");
        std::fs::create_dir(super::lock_path(&blocked)).expect("a folder where the lock goes");
        assert!(matches!(LockFile::for_file(&blocked), Lock::Unsupported));
    }
}
