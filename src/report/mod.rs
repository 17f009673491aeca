//! The party committee's overview: many cells' meetings read from their session files, one
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
}

/// The session files under `paths`: each file given, and every `.json` file in the folders
/// given, read recursively (hidden files and the app's trash left out), sorted.
pub fn gather(paths: &[PathBuf]) -> Vec<PathBuf> {
    let mut found = BTreeSet::new();
    for path in paths {
        if path.is_dir() {
            walk(path, &mut found);
        } else {
            found.insert(path.clone());
        }
    }
    found.into_iter().collect()
}

fn walk(folder: &Path, found: &mut BTreeSet<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(folder) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        let hidden = entry.file_name().to_string_lossy().starts_with('.');
        if hidden {
            continue;
        }
        if path.is_dir() {
            walk(&path, found);
        } else if path.extension().is_some_and(|ext| ext == "json") {
            found.insert(path);
        }
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

/// The report over `files`, as of `as_of`, for the meetings `filter` keeps.
pub fn build(files: &[PathBuf], as_of: NaiveDate, filter: Filter) -> Report {
    let mut report = Report { files: files.len(), ..Report::default() };
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
    /// The totals over every row.
    pub fn totals(&self) -> Totals {
        let mut totals = Totals { meetings: self.rows.len(), counts: Counts::default() };
        for row in &self.rows {
            totals.counts += row.counts;
        }
        totals
    }
}
