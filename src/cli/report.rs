//! `sinhhoat report PATH... --format docx|md|csv -o OUT [--year YYYY] [--quarter N]
//! [--as-of YYYY-MM-DD] [--number N] [--superior NAME] [--signer NAME] [--force]`: the party committee's report from the cells' session files.

use std::io::Write;
use std::path::PathBuf;

use chrono::NaiveDate;

use super::{CliError, Request};
use crate::i18n::{Language, Strings};
use crate::report::render::{self as committee, Letter, ReportFormat};
use crate::report::{Filter, Report, build, gather};
use crate::store::{DataDir, write_export};

/// What `sinhhoat report` was asked for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReportOptions {
    /// Session files and folders (read recursively).
    pub paths: Vec<PathBuf>,
    /// The form.
    pub format: ReportFormat,
    /// Where to write it.
    pub output: PathBuf,
    /// Only these meetings.
    pub filter: Filter,
    /// The date measures are overdue against; today when not given.
    pub as_of: Option<NaiveDate>,
    /// Whether an existing `output` may be replaced.
    pub force: bool,
    /// `--data-dir`: whose sessions folder is never written; else the environment's.
    pub data_dir: Option<PathBuf>,
    /// `--number`, `--superior`, `--signer`: the report's number, the body above the
    /// committee, who signs.
    pub letter: Letter,
}

/// Reads `report`'s arguments.
pub(super) fn parse(
    paths: Vec<PathBuf>,
    format: Option<String>,
    output: Option<PathBuf>,
    force: bool,
    values: &[(&'static str, String)],
) -> Result<Request, CliError> {
    if paths.is_empty() {
        return Err(CliError::NoFiles);
    }
    let name = format.ok_or(CliError::MissingValue("--format"))?;
    let format = ReportFormat::from_name(&name).ok_or(CliError::UnknownFormat(name, "docx, md, csv"))?;
    let output = output.ok_or(CliError::MissingValue("-o"))?;
    let mut options = ReportOptions {
        paths,
        format,
        output,
        filter: Filter::default(),
        as_of: None,
        force,
        data_dir: None,
        letter: Letter::default(),
    };
    for (option, value) in values {
        let bad = || CliError::BadValue(option, value.clone());
        match *option {
            "--year" => {
                options.filter.year =
                    Some(value.parse().ok().filter(|y| (2000..=2100).contains(y)).ok_or_else(bad)?);
            }
            "--quarter" => {
                options.filter.quarter =
                    Some(value.parse().ok().filter(|q| (1..=4).contains(q)).ok_or_else(bad)?);
            }
            "--number" => options.letter.number = value.clone(),
            "--superior" => options.letter.superior = value.clone(),
            "--signer" => options.letter.signer = value.clone(),
            _ => options.as_of = Some(NaiveDate::parse_from_str(value, "%Y-%m-%d").map_err(|_| bad())?),
        }
    }
    Ok(Request::Report(options))
}

/// The report's bytes in the form `options` ask for.
pub fn render(report: &Report, options: &ReportOptions, strings: &Strings, as_of: NaiveDate) -> Vec<u8> {
    committee::document(report, options.format, (options.filter, &options.letter), strings, as_of)
}

/// The exit code of a report written with some input left out (named on stderr and in the
/// report), so that a script sees it.
pub const SOME_SKIPPED: i32 = 3;

/// Runs `sinhhoat report`: reads every file (never writing to one), lists what it left out
/// on `errors`, writes the report. Exit code 0 when a report was written from every input,
/// [`SOME_SKIPPED`] when some file or folder was left out, 1 when no file could be read or the
/// report could not be written.
pub fn report(
    options: &ReportOptions,
    language: Language,
    out: &mut impl Write,
    errors: &mut impl Write,
) -> i32 {
    let strings = language.strings();
    let gathered = gather(&options.paths);
    let sessions = DataDir::from_environment(options.data_dir.clone());
    let writes_an_input = gathered.files.iter().any(|file| crate::store::same_file(file, &options.output));
    if writes_an_input || sessions.holds_session(&options.output) {
        let folder = sessions.sessions().display().to_string();
        let _ = writeln!(errors, "{}", (strings.export_refused_sessions)(&folder));
        return 1;
    }
    if crate::store::not_replaceable(&options.output) {
        let _ = writeln!(errors, "{}", (strings.export_not_regular)(&options.output.display().to_string()));
        return 1;
    }
    if options.output.exists() && !options.force {
        let _ = writeln!(errors, "{}", (strings.export_exists)(&options.output.display().to_string()));
        return 1;
    }
    let as_of = options.as_of.unwrap_or_else(|| chrono::Local::now().date_naive());
    let report = build(&gathered, as_of, options.filter);
    for skipped in &report.skipped {
        let _ =
            writeln!(errors, "{}: {}", skipped.path.display(), committee::reason(&skipped.reason, strings));
    }
    for duplicate in &report.duplicates {
        let others: Vec<String> = duplicate.left_out.iter().map(|p| p.display().to_string()).collect();
        let quarter = (strings.report.quarter)(duplicate.quarter.year, duplicate.quarter.quarter);
        let counted = duplicate.counted.display().to_string();
        let _ = writeln!(
            errors,
            "{}",
            (strings.report.duplicate)(&duplicate.cell, &quarter, &counted, &others.join(", "))
        );
    }
    if report.read_none() {
        let _ = writeln!(errors, "{}", strings.report.nothing_read);
        return 1;
    }
    match write_export(&options.output, &render(&report, options, strings, as_of)) {
        Ok(()) => {
            let _ = writeln!(out, "{}", (strings.report.written)(&options.output.display().to_string()));
            if report.skipped.is_empty() { 0 } else { SOME_SKIPPED }
        }
        Err(error) => {
            let _ = writeln!(errors, "{}: {}", options.output.display(), (strings.cli_write_failed)(&error));
            1
        }
    }
}
