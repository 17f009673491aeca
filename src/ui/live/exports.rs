//! Exporting the minutes from the conclusion: a format, a file (dialog or typed path), and
//! the conclusion copied to the clipboard.

use std::path::Path;

use eframe::egui::{Button, RichText, TextEdit, Ui};

use super::LiveContext;
use crate::app::Action;
use crate::export::Format;
use crate::store::stem;
use crate::ui::theme;

/// The export form's state.
#[derive(Debug, Clone)]
pub struct ExportForm {
    format: Format,
    path: String,
    proposed_for: Option<Format>,
}

impl Default for ExportForm {
    fn default() -> Self {
        Self { format: Format::Docx, path: String::new(), proposed_for: None }
    }
}

/// Draws the form.
pub fn show(
    form: &mut ExportForm,
    ui: &mut Ui,
    live: &LiveContext<'_>,
    exports: &Path,
    actions: &mut Vec<Action>,
) {
    let strings = live.strings;
    let heading = ui.label(RichText::new(strings.live.export_minutes).heading());
    ui.horizontal_wrapped(|ui| {
        for format in [Format::Docx, Format::Markdown, Format::Html, Format::Csv, Format::MemberCsv] {
            ui.radio_value(&mut form.format, format, format.name(strings));
        }
    });
    let mut appendix = live.session().meeting.timing_appendix;
    if ui.checkbox(&mut appendix, strings.live.timing_appendix).changed() {
        actions.push(Action::Edit(crate::edit::Edit::SetTimingAppendix(appendix)));
    }
    if form.proposed_for != Some(form.format) {
        let name = form.format.file_name(&stem(&live.document.path));
        form.path = exports.join(name).display().to_string();
        form.proposed_for = Some(form.format);
    }
    ui.horizontal_wrapped(|ui| {
        if ui.button(strings.choose_file).clicked() {
            actions.push(Action::PickExportDocument(form.format));
        }
        ui.label(strings.path_label);
        ui.add(TextEdit::singleline(&mut form.path).char_limit(4096).desired_width(theme::PATH_FIELD_WIDTH))
            .labelled_by(heading.id);
        if ui.add_enabled(!form.path.trim().is_empty(), Button::new(strings.export_button)).clicked() {
            actions.push(Action::ExportDocument(form.format, form.path.trim().into()));
        }
    });
    if ui.button(strings.live.copy_conclusion).clicked() {
        actions.push(Action::CopyConclusion);
    }
}
