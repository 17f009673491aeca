//! The session library: the session files in the data folder, and what the session list
//! does with them (create, duplicate, rename, delete to the trash, restore, import, export,
//! and bring back the previous version of a file that no longer reads).

use std::fs;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use chrono::NaiveDate;

use super::codec::read_limited;
use super::{
    DataDir, LoadError, StoreError, backup_path, decode_session, encode_session, load_session, write_atomic,
    write_export,
};
use crate::model::Session;

/// The longest session name accepted, in characters.
pub const MAX_NAME_CHARS: usize = 120;

const EXTENSION: &str = "json";

/// The session files of one data folder.
#[derive(Debug, Clone)]
pub struct Library {
    data: DataDir,
}

/// One file in the session list: a readable session, or the reason it is not one.
#[derive(Debug, Clone, PartialEq)]
pub struct SessionEntry {
    /// The file.
    pub path: PathBuf,
    /// The name shown in the list: the file name without `.json`.
    pub name: String,
    /// When the file last changed.
    pub modified: Option<SystemTime>,
    /// What the file holds, or why it cannot be read.
    pub content: Result<SessionSummary, LoadError>,
    /// For a file that cannot be read, its previous version when that one reads.
    pub backup: Option<SessionBackup>,
}

/// The readable previous version of a session file, kept by every save.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SessionBackup {
    /// When that version was saved.
    pub saved: Option<SystemTime>,
    /// What it holds.
    pub summary: SessionSummary,
}

/// What the session list shows of a readable session.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SessionSummary {
    /// The meeting's title.
    pub title: String,
    /// The cell holding it.
    pub cell: String,
    /// The meeting's date, if set.
    pub date: Option<NaiveDate>,
    /// How many members the roster has.
    pub members: usize,
}

/// One deleted session in the trash.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TrashEntry {
    /// The file in the trash folder.
    pub path: PathBuf,
    /// Its name.
    pub name: String,
}

impl Library {
    /// The library of a data folder, creating its folders when missing.
    pub fn open(data: DataDir) -> Result<Self, StoreError> {
        fs::create_dir_all(data.sessions())?;
        fs::create_dir_all(data.trash())?;
        Ok(Self { data })
    }

    /// The data folder.
    pub fn data(&self) -> &DataDir {
        &self.data
    }

    /// Every session file, readable or not, by name. Unreadable files are listed with their
    /// error and left untouched.
    pub fn list(&self) -> Result<Vec<SessionEntry>, StoreError> {
        let mut entries: Vec<SessionEntry> = session_files(&self.data.sessions())?
            .into_iter()
            .map(|(path, name)| {
                let modified = modified(&path);
                let content = load_session(&path).map(|session| summarize(&session));
                let backup = content.is_err().then(|| readable_backup(&path)).flatten();
                SessionEntry { path, name, modified, content, backup }
            })
            .collect();
        crate::collate::sort_by_name(&mut entries, |entry| entry.name.as_str());
        Ok(entries)
    }

    /// Whether the library holds no session file at all.
    pub fn is_empty(&self) -> Result<bool, StoreError> {
        Ok(session_files(&self.data.sessions())?.is_empty())
    }

    /// Saves `session` as a new file named after `name` (made unique), and returns its path.
    pub fn create(&self, name: &str, session: &Session) -> Result<PathBuf, StoreError> {
        let path = self.free_path(&self.data.sessions(), &validate_name(name)?);
        write_atomic(&path, &encode_session(session))?;
        Ok(path)
    }

    /// Copies a readable session under a new name.
    pub fn duplicate(&self, source: &Path, name: &str) -> Result<PathBuf, StoreError> {
        let session = load_session(source)?;
        self.create(name, &session)
    }

    /// Gives a session file a new name; refuses a name another session has.
    pub fn rename(&self, source: &Path, name: &str) -> Result<PathBuf, StoreError> {
        let name = validate_name(name)?;
        let target = self.data.sessions().join(file_name(&name));
        if target == source {
            return Ok(target);
        }
        if target.exists() {
            return Err(StoreError::NameTaken(name));
        }
        move_with_backup(source, &target)?;
        Ok(target)
    }

    /// Moves a session file to the trash, from where [`Self::restore`] brings it back.
    pub fn trash(&self, source: &Path) -> Result<PathBuf, StoreError> {
        let target = self.free_path(&self.data.trash(), &stem(source));
        move_with_backup(source, &target)?;
        Ok(target)
    }

    /// Puts back the previous version of a file that no longer reads, byte for byte. The
    /// unreadable file goes to the trash, so nothing is lost; a backup that does not read
    /// either is refused with its own error.
    pub fn restore_backup(&self, broken: &Path) -> Result<PathBuf, StoreError> {
        let bytes = read_limited(&backup_path(broken))?;
        decode_session(&bytes)?;
        let trashed = self.free_path(&self.data.trash(), &stem(broken));
        fs::rename(broken, trashed)?;
        write_atomic(broken, &bytes)?;
        Ok(broken.to_path_buf())
    }

    /// The sessions in the trash, by name.
    pub fn trashed(&self) -> Result<Vec<TrashEntry>, StoreError> {
        let mut entries: Vec<TrashEntry> = session_files(&self.data.trash())?
            .into_iter()
            .map(|(path, name)| TrashEntry { path, name })
            .collect();
        crate::collate::sort_by_name(&mut entries, |entry| entry.name.as_str());
        Ok(entries)
    }

    /// Brings a session back from the trash, under its old name if still free.
    pub fn restore(&self, trashed: &Path) -> Result<PathBuf, StoreError> {
        let target = self.free_path(&self.data.sessions(), &stem(trashed));
        move_with_backup(trashed, &target)?;
        Ok(target)
    }

    /// Copies a session file from anywhere into the library after checking it reads.
    pub fn import(&self, source: &Path) -> Result<PathBuf, StoreError> {
        let session = load_session(source)?;
        self.create(&stem(source), &session)
    }

    /// Writes a copy of a session to `target`, anywhere on disk.
    pub fn export(session: &Session, target: &Path) -> Result<(), StoreError> {
        write_export(target, &encode_session(session))?;
        Ok(())
    }

    /// `folder/name.json`, or `folder/name (2).json` and so on when taken.
    fn free_path(&self, folder: &Path, name: &str) -> PathBuf {
        let candidate = folder.join(file_name(name));
        if !candidate.exists() {
            return candidate;
        }
        (2..)
            .map(|n| folder.join(file_name(&format!("{name} ({n})"))))
            .find(|path| !path.exists())
            .unwrap_or(candidate)
    }
}

/// Checks a session name and returns it trimmed: not empty, not too long, free of
/// characters that some file system refuses, and not a name Windows refuses (CON, NUL,
/// COM1…, or one ending with a dot), so that a session can be copied to any computer.
pub fn validate_name(name: &str) -> Result<String, StoreError> {
    let name = name.trim();
    if name.is_empty() {
        return Err(StoreError::EmptyName);
    }
    if name.chars().count() > MAX_NAME_CHARS {
        return Err(StoreError::NameTooLong);
    }
    if let Some(bad) = name.chars().find(|&c| c.is_control() || "/\\:*?\"<>|".contains(c)) {
        return Err(StoreError::InvalidCharacter(bad));
    }
    if name.starts_with('.') {
        return Err(StoreError::InvalidCharacter('.'));
    }
    if name.ends_with('.') {
        return Err(StoreError::TrailingDot);
    }
    let stem = name.split('.').next().unwrap_or(name).trim_end().to_uppercase();
    let numbered = |prefix: &str| {
        stem.strip_prefix(prefix)
            .is_some_and(|n| n.len() == 1 && n.chars().all(|c| c.is_ascii_digit() && c != '0'))
    };
    if ["CON", "PRN", "AUX", "NUL"].contains(&stem.as_str()) || numbered("COM") || numbered("LPT") {
        return Err(StoreError::ReservedName(name.to_owned()));
    }
    Ok(name.to_owned())
}

/// Moves a session file and, when there is one, its backup beside it. The backup is a
/// courtesy: when it cannot follow, it stays where it was.
fn move_with_backup(source: &Path, target: &Path) -> Result<(), StoreError> {
    fs::rename(source, target)?;
    let backup = backup_path(source);
    if backup.exists() {
        let _ = fs::rename(&backup, backup_path(target));
    }
    Ok(())
}

/// The previous version of an unreadable file, when it reads.
fn readable_backup(path: &Path) -> Option<SessionBackup> {
    let backup = backup_path(path);
    let session = load_session(&backup).ok()?;
    Some(SessionBackup { saved: modified(&backup), summary: summarize(&session) })
}

fn modified(path: &Path) -> Option<SystemTime> {
    fs::metadata(path).and_then(|meta| meta.modified()).ok()
}

fn summarize(session: &Session) -> SessionSummary {
    SessionSummary {
        title: session.meeting.title.clone(),
        cell: session.organisation.cell.clone(),
        date: session.meeting.date,
        members: session.roster.len(),
    }
}

/// The `.json` files of a folder that are not hidden (temporary files start with a dot).
fn session_files(folder: &Path) -> Result<Vec<(PathBuf, String)>, StoreError> {
    let mut files = Vec::new();
    for entry in fs::read_dir(folder)? {
        let path = entry?.path();
        let is_session = path.extension().is_some_and(|ext| ext == EXTENSION)
            && path.is_file()
            && !stem(&path).starts_with('.');
        if is_session {
            let name = stem(&path);
            files.push((path, name));
        }
    }
    Ok(files)
}

/// A file's name without its extension: the name a session has in the list.
pub fn stem(path: &Path) -> String {
    path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default()
}

fn file_name(name: &str) -> String {
    format!("{name}.{EXTENSION}")
}

#[cfg(test)]
mod tests;
