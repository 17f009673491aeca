//! Where sessions live on disk and how they get there safely: the data folder, the file
//! codec with its errors, atomic saves with a backup, the session library and autosave.

mod atomic;
mod autosave;
mod codec;
mod data_dir;
mod data_problem;
mod error;
mod library;
mod lock;
mod migrate;
mod plans;

pub use atomic::{backup_path, not_replaceable, write_atomic, write_export};

/// Whether two paths name one file, however they are spelled.
pub fn same_file(a: &std::path::Path, b: &std::path::Path) -> bool {
    a == b || matches!((a.canonicalize(), b.canonicalize()), (Ok(a), Ok(b)) if a == b)
}
pub use autosave::{Autosaver, SaveReport};
pub(crate) use codec::decode_json;
pub use codec::{MAX_FILE_BYTES, decode_session, decode_versioned, encode_session, load_session};
pub use data_dir::DataDir;
pub use data_problem::{DataProblem, Found, Wanted};
pub use error::{FileKind, LoadError, SaveError, SaveStage, StoreError};
pub use library::{Library, SessionBackup, SessionEntry, SessionSummary, TrashEntry, stem, validate_name};
pub use lock::{Lock, LockFile};
pub use migrate::migrate;
pub use plans::{load_plan, plan_path, read_plan, save_plan};
