//! Who may write: nothing is written without the data folder's lock (settings, the library,
//! plans) and, for the open session, the lock of its own file too. Without them the app only
//! shows: every change is refused with the reason, and the locks are tried again every second;
//! once taken, the session is read again from its file (another window may have written it)
//! and can be changed.

use std::path::{Path, PathBuf};

use super::{Action, AppState, SaveStatus};
use crate::edit::Document;
use crate::model::Session;
use crate::store::{Lock, LockFile, load_session};

/// Why the open session (or the data folder) is only shown, not changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReadOnly {
    /// The data folder's lock cannot be taken (a read-only folder, a lock file that cannot be
    /// one, a file system without locks).
    FolderCannotLock,
    /// Another window of the app has the session file open to change it.
    FileInUse,
    /// The session file's lock cannot be taken where it lies (a read-only folder, a network
    /// share without locks): import a copy to change it.
    FileCannotLock,
}

impl AppState {
    /// Why nothing may be changed now, if so.
    pub fn read_only(&self) -> Option<ReadOnly> {
        if self.folder_lock.is_none() {
            return Some(ReadOnly::FolderCannotLock);
        }
        self.document.as_ref().and(self.file_lock.as_ref().err().copied())
    }

    /// Takes the lock of the session file at `path`, about to be opened.
    pub(super) fn lock_file(&mut self, path: &Path) {
        self.file_lock = match LockFile::for_file(path) {
            Lock::Held(lock) => Ok(lock),
            Lock::Taken => Err(ReadOnly::FileInUse),
            Lock::Unsupported => Err(ReadOnly::FileCannotLock),
        };
    }

    /// Refuses `action`, saying why, when it would write while a lock is missing.
    pub(super) fn refused_for_lock(&mut self, action: &Action) -> bool {
        let Some(reason) = self.read_only() else {
            return false;
        };
        let folder_only = matches!(reason, ReadOnly::FolderCannotLock);
        let writes = match action {
            // Edits, undo and the commands that change the session are refused where every
            // edit passes (`edit_refused_for_lock`).
            Action::EditPlan(_)
            | Action::CreateQuarterSession(_)
            | Action::NewEmpty
            | Action::NewFromSample(_)
            | Action::Duplicate(_)
            | Action::Restore(_)
            | Action::Import(_) => folder_only,
            Action::Rename(path, _) | Action::Trash(path) | Action::RestoreBackup(path) => {
                folder_only || self.document.as_ref().is_some_and(|document| &document.path == path)
            }
            _ => false,
        };
        if writes {
            self.say_read_only(reason);
        }
        writes
    }

    /// Whether an edit must be refused for a missing lock; if so, says why.
    pub(super) fn edit_refused_for_lock(&mut self) -> bool {
        let reason = self.read_only();
        if let Some(reason) = reason {
            self.say_read_only(reason);
        }
        reason.is_some()
    }

    /// Says why nothing can be changed.
    pub(super) fn say_read_only(&mut self, reason: ReadOnly) {
        let message = self.read_only_words(reason);
        self.fail(&message);
    }

    /// Why nothing can be changed now, in the UI's language, if so.
    pub fn read_only_message(&self) -> Option<String> {
        // A window kept out by another one says why on its one screen, and nothing else.
        if self.locked_out {
            return None;
        }
        self.read_only().map(|reason| self.read_only_words(reason))
    }

    fn read_only_words(&self, reason: ReadOnly) -> String {
        let strings = self.strings();
        let folder = self.data.root().display().to_string();
        let file =
            self.document.as_ref().map(|document| document.path.display().to_string()).unwrap_or_default();
        let not_a_folder = self.data.root().symlink_metadata().is_ok_and(|found| !found.is_dir());
        match reason {
            ReadOnly::FolderCannotLock if not_a_folder => (strings.data_dir_not_a_folder)(&folder),
            ReadOnly::FolderCannotLock => (strings.folder_cannot_lock)(&folder),
            ReadOnly::FileInUse => (strings.file_in_use)(&file),
            ReadOnly::FileCannotLock => (strings.file_cannot_lock)(&file),
        }
    }

    /// Tries the missing locks again; once both are held, reads the open session again from
    /// its file and says it can be changed. Returns whether something is still read-only.
    pub fn retry_locks(&mut self) -> bool {
        // A window kept out by another one stays out: it must never take the folder after it.
        if self.locked_out {
            return false;
        }
        let Some(reason) = self.read_only() else {
            return false;
        };
        if self.folder_lock.is_none() {
            match LockFile::acquire(&self.data) {
                Lock::Held(lock) => self.folder_lock = Some(lock),
                Lock::Taken => {
                    self.locked_out = true;
                    return true;
                }
                Lock::Unsupported => return true,
            }
        }
        let path = self.document.as_ref().map(|document| document.path.clone());
        if let Some(path) = path.filter(|_| self.file_lock.is_err()) {
            self.lock_file(&path);
            if self.file_lock.is_err() {
                return true;
            }
            match load_session(&path) {
                Ok(session) => {
                    self.install(path, session);
                }
                Err(error) => {
                    let message = format!("{}: {}", path.display(), (self.strings().load_error)(&error));
                    self.fail(&message);
                    self.file_lock = Err(reason);
                    return true;
                }
            }
        }
        self.inform(self.strings().writable_again.to_owned());
        false
    }

    /// Puts `session`, read from `path`, in place as the open document, its clock resumed.
    pub(super) fn install(&mut self, path: PathBuf, mut session: Session) -> bool {
        session.drop_unheard();
        let (document, behind) = Document::open(path, session, self.clock.clone());
        self.document = Some(document);
        self.save_status = SaveStatus::default();
        behind
    }
}

#[cfg(test)]
mod tests;
