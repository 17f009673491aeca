//! The party committee's report: many cells' meetings read from their session files, one
//! row per cell and quarter, with totals, the cells missing in a quarter others held theirs
//! in, the open measures, and the files that could not be counted and why. Input files are
//! only read.

mod counts;
pub mod render;
mod row;
pub mod synthetic;

pub use counts::Counts;
pub use row::{OpenMeasure, Quarter, Row, open_measures, row};

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use chrono::NaiveDate;

use crate::model::Session;
use crate::store::{LoadError, load_session};

/// Which meetings the report covers.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Filter {
    /// Only this year.
    pub year: Option<i32>,
    /// Only this quarter (1–4).
    pub quarter: Option<u32>,
}

impl Filter {
    fn keeps(&self, quarter: Quarter) -> bool {
        self.year.is_none_or(|year| year == quarter.year) && self.quarter.is_none_or(|q| q == quarter.quarter)
    }
}

/// Why a file was left out of the report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SkipReason {
    /// It does not load (the same reasons `sinhhoat check` gives).
    Unreadable(LoadError),
    /// The meeting has no date, so no quarter.
    NoDate,
    /// The meeting is dated after the report's date: not held yet (or a date typed wrong).
    AfterReport(NaiveDate),
}

/// A file left out, with the reason.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Skipped {
    /// The file.
    pub path: PathBuf,
    /// Why.
    pub reason: SkipReason,
}

/// Two or more files for one cell and quarter: the later-modified one is counted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Duplicate {
    /// The cell.
    pub cell: String,
    /// The quarter.
    pub quarter: Quarter,
    /// The file counted.
    pub counted: PathBuf,
    /// The files left out.
    pub left_out: Vec<PathBuf>,
}

/// A cell without a meeting in a quarter in which other cells held theirs.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Missing {
    /// The quarter.
    pub quarter: Quarter,
    /// The cell.
    pub cell: String,
}

/// The report: rows by quarter then cell, the missing, the open measures, what was left out.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Report {
    /// One row per cell and quarter.
    pub rows: Vec<Row>,
    /// Cells without a meeting in a quarter others held theirs in.
    pub missing: Vec<Missing>,
    /// Open measures of every counted meeting.
    pub open_measures: Vec<OpenMeasure>,
    /// Files that could not be counted.
    pub skipped: Vec<Skipped>,
    /// Cells and quarters with more than one file.
    pub duplicates: Vec<Duplicate>,
    /// How many files were read.
    pub files: usize,
    /// How many folders could not be listed (named among the skipped).
    pub unlisted: usize,
}

/// The files a report reads, and the folders it could not list.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Gathered {
    /// The session files, sorted; a file reached by two paths is there once.
    pub files: Vec<PathBuf>,
    /// The folders that could not be listed, with the reason.
    pub unreadable: Vec<Skipped>,
}

/// The session files under `paths`: each file given, and every `.json` file in the folders
/// given, read recursively (hidden files and the app's trash left out). A link to a folder is
/// followed once: a folder already walked (by its real path) is not walked again, so links
/// that loop end, and a file reached by two paths counts once. A folder that cannot be listed
/// is named with the reason.
pub fn gather(paths: &[PathBuf]) -> Gathered {
    let mut walk = Walk::default();
    for path in paths {
        match path.is_dir() {
            true => walk.folder(path),
            false => walk.file(path),
        }
    }
    let mut unreadable = walk.unreadable;
    unreadable.sort_by(|a, b| a.path.cmp(&b.path));
    Gathered { files: walk.found.into_values().collect(), unreadable }
}

/// What a walk has seen: real paths of the folders walked and of the files found.
#[derive(Default)]
struct Walk {
    folders: BTreeSet<PathBuf>,
    found: BTreeMap<PathBuf, PathBuf>,
    unreadable: Vec<Skipped>,
}

impl Walk {
    fn folder(&mut self, folder: &Path) {
        let listed = std::fs::canonicalize(folder).and_then(|real| Ok((real, std::fs::read_dir(folder)?)));
        let (real, entries) = match listed {
            Ok(listed) => listed,
            Err(error) => return self.cannot_list(folder, error),
        };
        if !self.folders.insert(real) {
            return;
        }
        for entry in entries {
            let entry = match entry {
                Ok(entry) => entry,
                Err(error) => return self.cannot_list(folder, error),
            };
            if entry.file_name().to_string_lossy().starts_with('.') {
                continue;
            }
            let path = entry.path();
            // The entry's own type needs no lookup of a path that may be too long to name;
            // only a link is followed to what it points at.
            let folder = match entry.file_type() {
                Ok(kind) if kind.is_symlink() => path.is_dir(),
                Ok(kind) => kind.is_dir(),
                Err(error) => {
                    self.cannot_list(&path, error);
                    continue;
                }
            };
            if folder {
                self.folder(&path);
            } else if path.extension().is_some_and(|ext| ext == "json") {
                self.file(&path);
            }
        }
    }

    fn file(&mut self, path: &Path) {
        let real = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
        self.found.entry(real).or_insert_with(|| path.to_path_buf());
    }

    fn cannot_list(&mut self, folder: &Path, error: std::io::Error) {
        let reason = SkipReason::Unreadable(error.into());
        self.unreadable.push(Skipped { path: folder.to_path_buf(), reason });
    }
}

/// The files that hold one cell's meeting in one quarter: when each was modified, where it
/// is, its row and its open measures (the session itself is not kept).
type Candidates = Vec<(SystemTime, PathBuf, Row, Vec<OpenMeasure>)>;

/// One file read and counted: its row (none without a date), its open measures and when the
/// file was last modified, or why it cannot be read. The session itself is dropped at once.
type Read = (PathBuf, Result<(Option<Row>, Vec<OpenMeasure>, SystemTime), LoadError>);

/// Reads and counts one file.
fn read_one(path: &Path, as_of: NaiveDate) -> Result<(Option<Row>, Vec<OpenMeasure>, SystemTime), LoadError> {
    let modified = std::fs::metadata(path).and_then(|m| m.modified()).unwrap_or(SystemTime::UNIX_EPOCH);
    let session: Session = load_session(path)?;
    Ok((row(&session, as_of), open_measures(&session, as_of), modified))
}

/// Reads and counts the files on every core, in order.
fn read_all(files: &[PathBuf], as_of: NaiveDate) -> Vec<Read> {
    let threads = std::thread::available_parallelism().map_or(1, usize::from).max(1);
    let chunk = files.len().div_ceil(threads).max(1);
    std::thread::scope(|scope| {
        let handles: Vec<_> = files
            .chunks(chunk)
            .map(|part| {
                scope.spawn(move || {
                    part.iter().map(|path| (path.clone(), read_one(path, as_of))).collect::<Vec<_>>()
                })
            })
            .collect();
        handles.into_iter().flat_map(|handle| handle.join().unwrap_or_default()).collect()
    })
}

/// The report over the `gathered` files, as of `as_of`, for the meetings `filter` keeps; the
/// folders that could not be listed are among what was left out.
pub fn build(gathered: &Gathered, as_of: NaiveDate, filter: Filter) -> Report {
    let files = &gathered.files;
    let unlisted = gathered.unreadable.len();
    let mut report = Report { files: files.len(), unlisted, ..Report::default() };
    report.skipped.extend(gathered.unreadable.iter().cloned());
    let mut kept: BTreeMap<(Quarter, String, String), Candidates> = BTreeMap::new();
    for (path, read) in read_all(files, as_of) {
        let (row, open, modified) = match read {
            Ok(read) => read,
            Err(error) => {
                report.skipped.push(Skipped { path, reason: SkipReason::Unreadable(error) });
                continue;
            }
        };
        let Some(row) = row else {
            report.skipped.push(Skipped { path, reason: SkipReason::NoDate });
            continue;
        };
        if row.date > as_of {
            report.skipped.push(Skipped { path, reason: SkipReason::AfterReport(row.date) });
            continue;
        }
        if filter.keeps(row.quarter) {
            let key = (row.quarter, row.committee.clone(), row.cell.clone());
            kept.entry(key).or_default().push((modified, path, row, open));
        }
    }
    let mut cells: BTreeSet<(String, String)> = BTreeSet::new();
    let mut quarters: BTreeMap<Quarter, BTreeSet<(String, String)>> = BTreeMap::new();
    for ((quarter, committee, cell), mut files) in kept {
        files.sort_by(|a, b| a.0.cmp(&b.0).then_with(|| a.1.cmp(&b.1)));
        let Some((_, counted, row, open)) = files.pop() else {
            continue;
        };
        if !files.is_empty() {
            report.duplicates.push(Duplicate {
                cell: cell.clone(),
                quarter,
                counted: counted.clone(),
                left_out: files.into_iter().map(|(_, path, _, _)| path).collect(),
            });
        }
        report.open_measures.extend(open);
        cells.insert((committee.clone(), cell.clone()));
        quarters.entry(quarter).or_default().insert((committee, cell));
        report.rows.push(row);
    }
    for (quarter, held) in &quarters {
        for (_, cell) in cells.iter().filter(|key| !held.contains(*key)) {
            report.missing.push(Missing { quarter: *quarter, cell: cell.clone() });
        }
    }
    report
}

/// The committee-wide totals of the rows.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Totals {
    /// Meetings counted.
    pub meetings: usize,
    /// Their counts summed.
    pub counts: Counts,
}

impl Report {
    /// Whether no file could be counted or left out for a reason of its own: nothing read.
    pub fn read_none(&self) -> bool {
        self.skipped.len() >= self.files + self.unlisted
    }

    /// The totals over every row.
    pub fn totals(&self) -> Totals {
        let mut totals = Totals { meetings: self.rows.len(), counts: Counts::default() };
        for row in &self.rows {
            totals.counts += row.counts;
        }
        totals
    }
}
