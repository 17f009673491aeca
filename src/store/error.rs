//! The ways reading, writing and managing session files can fail.

use std::io;

use thiserror::Error;

use super::DataProblem;
use crate::model::ValidationIssue;
use crate::prepare::plan::PlanError;

/// Why a session file could not be read. Each variant says what is wrong and, where it can,
/// where in the file.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum LoadError {
    /// The file could not be read at all.
    #[error("cannot read the file: {detail}")]
    Io {
        /// The kind of failure, for the user's message.
        kind: io::ErrorKind,
        /// The system's own description.
        detail: String,
    },
    /// The path names something else than a regular file.
    #[error("not a regular file but a {0:?}")]
    NotAFile(FileKind),
    /// The file is larger than any session could be.
    #[error("the file is {bytes} bytes, too large for a session")]
    TooLarge {
        /// Its size.
        bytes: u64,
    },
    /// The file is empty or holds only white space.
    #[error("the file is empty")]
    Empty,
    /// The file is not UTF-8 text.
    #[error("the file is not UTF-8 text (line {line})")]
    NotUtf8 {
        /// The line holding the first bad byte.
        line: usize,
    },
    /// The JSON is malformed.
    #[error("malformed JSON at line {line}, column {column}")]
    Syntax {
        /// Line of the error, from 1.
        line: usize,
        /// Column of the error, from 1.
        column: usize,
    },
    /// The JSON nests deeper than any session does (a hostile or broken file).
    #[error("the JSON nests too deep at line {line}, column {column}")]
    TooDeep {
        /// Line where the limit was reached.
        line: usize,
        /// Column where the limit was reached.
        column: usize,
    },
    /// The JSON stops in the middle, as a file cut short does.
    #[error("the file ends too early (line {line}, column {column})")]
    Truncated {
        /// Line where it ends.
        line: usize,
        /// Column where it ends.
        column: usize,
    },
    /// The JSON is not an object, so it cannot be a session.
    #[error("the file does not hold a session")]
    NotASession,
    /// No `format_version` field.
    #[error("the file has no format_version")]
    MissingVersion,
    /// Written by a newer version of the app; refused and never overwritten.
    #[error("format version {found} is newer than {supported}, the newest this build reads")]
    NewerVersion {
        /// The version in the file.
        found: u64,
        /// The newest version this build reads.
        supported: u32,
    },
    /// A field has the wrong type or a required one is missing.
    #[error("wrong data at line {line}, column {column}, in {path:?}: {problem:?}")]
    WrongData {
        /// Line of the error.
        line: usize,
        /// Column of the error.
        column: usize,
        /// Where in the data, as `roster[3].name`; `None` at the top.
        path: Option<String>,
        /// What is wrong there (boxed: it is large, and rare).
        problem: Box<DataProblem>,
    },
    /// The data decodes but does not hold together.
    #[error("the session does not hold together: {0:?}")]
    Invalid(Vec<ValidationIssue>),
    /// A yearly plan that decodes but is impossible.
    #[error("the plan is impossible: {0}")]
    InvalidPlan(PlanError),
}

/// The step of an atomic save that failed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SaveStage {
    /// Creating the temporary file beside the target.
    CreateTemporary,
    /// Writing the data into it.
    Write,
    /// Flushing it to the disk.
    Flush,
    /// Keeping the previous version as a backup.
    Backup,
    /// Putting the new file in place of the old.
    Replace,
}

/// Why a save failed. The file on disk is then still the previous complete version.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[error("saving failed while {stage:?}: {detail}")]
pub struct SaveError {
    /// The step that failed.
    pub stage: SaveStage,
    /// The kind of failure (a full disk is `StorageFull`).
    pub kind: io::ErrorKind,
    /// The system's own description.
    pub detail: String,
}

/// Why an action on the session library failed.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum StoreError {
    /// A folder or file operation failed.
    #[error("file operation failed: {detail}")]
    Io {
        /// The kind of failure.
        kind: io::ErrorKind,
        /// The system's own description.
        detail: String,
    },
    /// The file could not be read as a session.
    #[error(transparent)]
    Load(#[from] LoadError),
    /// The file could not be written.
    #[error(transparent)]
    Save(#[from] SaveError),
    /// The name is empty.
    #[error("the name is empty")]
    EmptyName,
    /// The name holds a character a file name cannot.
    #[error("the name contains {0:?}")]
    InvalidCharacter(char),
    /// The name is one Windows keeps for a device (CON, NUL, COM1…), with or without an
    /// extension; a file so named cannot be made or copied there.
    #[error("{0:?} is a name Windows reserves")]
    ReservedName(String),
    /// The name ends with a dot, which Windows drops from file names.
    #[error("the name ends with a dot")]
    TrailingDot,
    /// The name is longer than `MAX_NAME_CHARS` (the library's limit).
    #[error("the name is too long")]
    NameTooLong,
    /// Another session already has the name.
    #[error("a session named {0:?} exists already")]
    NameTaken(String),
}

impl From<io::Error> for StoreError {
    fn from(error: io::Error) -> Self {
        Self::Io { kind: error.kind(), detail: error.to_string() }
    }
}

/// What a path names when it is not a regular file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    /// A folder.
    Folder,
    /// A named pipe, which would wait for a writer.
    Fifo,
    /// A device, which may never end (`/dev/zero`).
    Device,
    /// A socket.
    Socket,
    /// Something else.
    Other,
}

impl FileKind {
    /// The kind of `file_type`, which is not a regular file.
    pub fn of(file_type: &std::fs::FileType) -> Self {
        #[cfg(unix)]
        {
            use std::os::unix::fs::FileTypeExt;
            if file_type.is_fifo() {
                return Self::Fifo;
            }
            if file_type.is_block_device() || file_type.is_char_device() {
                return Self::Device;
            }
            if file_type.is_socket() {
                return Self::Socket;
            }
        }
        if file_type.is_dir() { Self::Folder } else { Self::Other }
    }
}

impl From<io::Error> for LoadError {
    fn from(error: io::Error) -> Self {
        Self::Io { kind: error.kind(), detail: error.to_string() }
    }
}
