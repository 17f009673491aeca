//! One app per data folder: the window holds an exclusive lock on a file in the folder while
//! it runs, so a second window on the same sessions cannot write over the first one's work.
//! The operating system lets the lock go when the process ends, however it ends, so a crash
//! or a kill never blocks the next start.

use std::fs::{self, File, TryLockError};

use super::DataDir;

/// The lock, held until dropped.
#[derive(Debug)]
pub struct FolderLock {
    _file: File,
}

/// Whether the folder could be had.
#[derive(Debug)]
pub enum Lock {
    /// This process holds the folder.
    Held(FolderLock),
    /// Another window of the app holds it.
    Taken,
    /// The file system cannot lock (some network or FUSE folders): the app goes on unguarded
    /// rather than refuse to run.
    Unsupported,
}

impl FolderLock {
    /// Tries to take the lock of `data`, creating the folder if need be.
    pub fn acquire(data: &DataDir) -> Lock {
        let path = data.root().join(".lock");
        // Created once, then held open for reading only: an open writable file would keep
        // the folder's file system from being remounted read-only.
        let opened = fs::create_dir_all(data.root())
            .and_then(|()| File::options().create(true).truncate(false).write(true).open(&path))
            .and_then(|_| File::open(&path));
        let Ok(file) = opened else {
            return Lock::Unsupported;
        };
        match file.try_lock() {
            Ok(()) => Lock::Held(Self { _file: file }),
            Err(TryLockError::WouldBlock) => Lock::Taken,
            Err(TryLockError::Error(_)) => Lock::Unsupported,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{FolderLock, Lock};
    use crate::store::DataDir;

    #[test]
    fn a_second_holder_is_refused_until_the_first_lets_go() {
        let folder = tempfile::tempdir().expect("temporary folder");
        let data = DataDir::at(folder.path().join("dữ liệu"));
        let first = FolderLock::acquire(&data);
        assert!(matches!(first, Lock::Held(_)), "{first:?}");
        assert!(matches!(FolderLock::acquire(&data), Lock::Taken));
        drop(first);
        assert!(matches!(FolderLock::acquire(&data), Lock::Held(_)));
    }
}
