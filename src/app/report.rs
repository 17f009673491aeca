//! The committee's report: reading a folder of cells' session files into the report, and
//! writing the report out. The files read are never written.

use std::path::PathBuf;

use super::{Action, AppState, Effect, Notice};
use crate::report::render::{Letter, ReportFormat, document};
use crate::report::{Filter, Report, build, gather};
use crate::store::write_export;

/// A report read from a folder, as of a day.
#[derive(Debug, Clone)]
pub struct FolderReport {
    /// The folder read.
    pub folder: PathBuf,
    /// What it holds.
    pub report: Report,
    /// The day overdue measures are counted against.
    pub as_of: chrono::NaiveDate,
}

impl AppState {
    /// Applies an action of the committee's report.
    pub(super) fn report_action(&mut self, action: Action) {
        match action {
            Action::PickReportFolder => self.effects.push(Effect::PickReportFolder),
            Action::ReadReport(folder) => {
                let as_of = self.now().date_naive();
                let report = build(&gather(std::slice::from_ref(&folder)), as_of, Filter::default());
                let strings = self.strings();
                match !report.read_none() {
                    true => self.inform((strings.report.read)(report.files, report.rows.len())),
                    false => self.fail(strings.report.nothing_read),
                }
                self.folder_report = Some(FolderReport { folder, report, as_of });
            }
            Action::ExportReport(format, filter, letter, output) => {
                self.export_report(format, filter, letter, output)
            }
            _ => {}
        }
    }

    fn export_report(&mut self, format: ReportFormat, filter: Filter, letter: Letter, output: PathBuf) {
        let Some(committee) = &self.folder_report else {
            return;
        };
        let strings = self.strings();
        let gathered = gather(std::slice::from_ref(&committee.folder));
        if gathered.files.iter().any(|file| crate::store::same_file(file, &output))
            || self.data.holds_session(&output)
        {
            self.fail(&(strings.export_refused_sessions)(&self.data.sessions().display().to_string()));
            return;
        }
        if crate::store::not_replaceable(&output) {
            self.fail(&(strings.export_not_regular)(&output.display().to_string()));
            return;
        }
        let report = build(&gathered, committee.as_of, filter);
        let bytes = document(&report, format, (filter, &letter), strings, committee.as_of);
        match write_export(&output, &bytes) {
            Ok(()) => {
                self.notice = Some(Notice::Info((strings.report.written)(&output.display().to_string())))
            }
            Err(error) => self.fail(&(strings.save_failed)(&error)),
        }
    }
}
