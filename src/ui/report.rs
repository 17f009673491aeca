//! The "Tổng hợp" screen: the party committee's report of its cells' meetings, read from a
//! folder of session files; the table sorted by any column and filtered by quarter, the cells
//! missing, the files left out and why, and the report exported.

use eframe::egui::{self, Button, ComboBox, Grid, RichText, TextEdit, Ui};

use super::{Action, theme};
use crate::app::FolderReport;
use crate::i18n::Strings;
use crate::report::render::ReportFormat;
use crate::report::render::{Letter, cells, reason};
use crate::report::{Filter, Quarter};

/// The longest text a cell of the table shows in full.
const TOPIC_CHARS: usize = 40;

/// What the screen's own controls hold.
#[derive(Debug, Clone)]
pub struct ReportView {
    folder: String,
    quarter: Option<Quarter>,
    sort: Option<(usize, bool)>,
    format: ReportFormat,
    path: String,
    letter: Letter,
}

impl Default for ReportView {
    fn default() -> Self {
        Self {
            folder: String::new(),
            quarter: None,
            sort: None,
            format: ReportFormat::Docx,
            path: String::new(),
            letter: Letter::default(),
        }
    }
}

impl ReportView {
    /// Draws the screen.
    pub fn show(
        &mut self,
        ui: &mut Ui,
        strings: &Strings,
        committee: Option<&FolderReport>,
        actions: &mut Vec<Action>,
    ) {
        let text = strings.report;
        if let Some(committee) = committee.filter(|_| self.folder.is_empty()) {
            self.folder = committee.folder.display().to_string();
        }
        let label = ui.label(text.folder_label);
        ui.horizontal_wrapped(|ui| {
            if ui.button(text.open_folder).clicked() {
                actions.push(Action::PickReportFolder);
            }
            ui.add(
                TextEdit::singleline(&mut self.folder)
                    .char_limit(4096)
                    .desired_width(theme::PATH_FIELD_WIDTH),
            )
            .labelled_by(label.id);
            if ui.add_enabled(!self.folder.trim().is_empty(), Button::new(text.read_button)).clicked() {
                actions.push(Action::ReadReport(self.folder.trim().into()));
            }
        });
        let Some(committee) = committee else {
            return;
        };
        egui::ScrollArea::vertical().auto_shrink([false; 2]).show(ui, |ui| {
            self.table(ui, strings, committee);
            left_out(ui, strings, committee);
            ui.separator();
            self.export(ui, strings, committee, actions);
        });
    }

    fn table(&mut self, ui: &mut Ui, strings: &Strings, committee: &FolderReport) {
        let text = strings.report;
        let report = &committee.report;
        ui.label((text.read)(report.files, report.rows.len()));
        let quarters: std::collections::BTreeSet<Quarter> =
            report.rows.iter().map(|row| row.quarter).collect();
        let shown = |q: Option<Quarter>| {
            q.map_or_else(|| text.all_quarters.to_owned(), |q| (text.quarter)(q.year, q.quarter))
        };
        let label = ui.label(text.filter_label);
        ComboBox::from_id_salt("report_quarter")
            .selected_text(shown(self.quarter))
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut self.quarter, None, shown(None));
                for quarter in &quarters {
                    ui.selectable_value(&mut self.quarter, Some(*quarter), shown(Some(*quarter)));
                }
            })
            .response
            .labelled_by(label.id);
        ui.label(text.sort_hint);
        let mut rows: Vec<Vec<String>> = report
            .rows
            .iter()
            .filter(|row| self.quarter.is_none_or(|q| q == row.quarter))
            .map(|row| cells(row, strings))
            .collect();
        if let Some((column, ascending)) = self.sort {
            rows.sort_by(|a, b| {
                let (a, b) = (a.get(column), b.get(column));
                let order =
                    match (a.and_then(|x| x.parse::<f64>().ok()), b.and_then(|x| x.parse::<f64>().ok())) {
                        (Some(x), Some(y)) => x.total_cmp(&y),
                        _ => a.cmp(&b),
                    };
                if ascending { order } else { order.reverse() }
            });
        }
        egui::ScrollArea::horizontal().id_salt("report_table").show(ui, |ui| self.grid(ui, strings, &rows));
        ui.add_space(theme::GAP_SECTION);
        ui.label(RichText::new(text.part_missing).strong());
        let missing: Vec<_> =
            report.missing.iter().filter(|m| self.quarter.is_none_or(|q| q == m.quarter)).collect();
        if missing.is_empty() {
            ui.label(text.none_missing);
        }
        for m in missing {
            ui.label(format!("• {}: {}", (text.quarter)(m.quarter.year, m.quarter.quarter), m.cell));
        }
    }

    /// The table: a header of sort buttons, then the rows; a long text is cut short and shown
    /// whole when the pointer rests on it.
    fn grid(&mut self, ui: &mut Ui, strings: &Strings, rows: &[Vec<String>]) {
        let text = strings.report;
        Grid::new("report_rows").striped(true).spacing(theme::GRID_SPACING).show(ui, |ui| {
            for (index, title) in text.columns.iter().take(14).enumerate() {
                let title = match self.sort {
                    Some((column, true)) if column == index => format!("{title} {}", text.ascending),
                    Some((column, false)) if column == index => format!("{title} {}", text.descending),
                    _ => (*title).to_owned(),
                };
                if ui.button(RichText::new(title).strong()).clicked() {
                    let ascending = !matches!(self.sort, Some((column, true)) if column == index);
                    self.sort = Some((index, ascending));
                }
            }
            ui.end_row();
            for row in rows {
                for cell in row {
                    match cell.chars().count() > TOPIC_CHARS {
                        true => {
                            let short: String = cell.chars().take(TOPIC_CHARS).collect();
                            ui.label(format!("{short}…")).on_hover_text(cell);
                        }
                        false => {
                            ui.label(cell);
                        }
                    }
                }
                ui.end_row();
            }
        });
    }

    fn export(
        &mut self,
        ui: &mut Ui,
        strings: &Strings,
        committee: &FolderReport,
        actions: &mut Vec<Action>,
    ) {
        let text = strings.report;
        let heading = ui.label(RichText::new(text.export_heading).heading());
        ui.horizontal(|ui| {
            for (format, name) in [
                (ReportFormat::Docx, "Word (.docx)"),
                (ReportFormat::Markdown, "Markdown (.md)"),
                (ReportFormat::Csv, "CSV (.csv)"),
            ] {
                ui.radio_value(&mut self.format, format, name);
            }
        });
        let papers = strings.papers;
        Grid::new("report_letter").num_columns(2).min_col_width(theme::FIELD_WIDTH).show(ui, |ui| {
            crate::ui::fields::line(ui, papers.report_number, &mut self.letter.number);
            crate::ui::fields::line(ui, papers.report_superior, &mut self.letter.superior);
            crate::ui::fields::line(ui, papers.report_signer, &mut self.letter.signer);
        });
        if self.path.is_empty() {
            self.path = committee.folder.join("bao-cao-tong-hop.docx").display().to_string();
        }
        let extension = self.format.extension();
        let path = std::path::Path::new(&self.path).with_extension(extension);
        self.path = path.display().to_string();
        ui.horizontal_wrapped(|ui| {
            ui.add(
                TextEdit::singleline(&mut self.path).char_limit(4096).desired_width(theme::PATH_FIELD_WIDTH),
            )
            .labelled_by(heading.id);
            if ui.add_enabled(!self.path.trim().is_empty(), Button::new(strings.export_button)).clicked() {
                let filter =
                    Filter { year: self.quarter.map(|q| q.year), quarter: self.quarter.map(|q| q.quarter) };
                let letter = self.letter.clone();
                actions.push(Action::ExportReport(self.format, filter, letter, self.path.trim().into()));
            }
        });
    }
}

/// The files left out, with the reason, and the cells sent twice.
fn left_out(ui: &mut Ui, strings: &Strings, committee: &FolderReport) {
    let text = strings.report;
    let report = &committee.report;
    if report.skipped.is_empty() && report.duplicates.is_empty() {
        return;
    }
    ui.add_space(theme::GAP_SECTION);
    ui.label(RichText::new(text.skipped_heading).strong());
    for skipped in &report.skipped {
        ui.label(format!("• {}: {}", skipped.path.display(), reason(&skipped.reason, strings)));
    }
    for duplicate in &report.duplicates {
        let others: Vec<String> = duplicate.left_out.iter().map(|p| p.display().to_string()).collect();
        let quarter = (text.quarter)(duplicate.quarter.year, duplicate.quarter.quarter);
        ui.label((text.duplicate)(
            &duplicate.cell,
            &quarter,
            &duplicate.counted.display().to_string(),
            &others.join(", "),
        ));
    }
}
