//! One document's export form: its format, the file proposed in the exports folder (a typed
//! path, or the system's dialog where there is one) and the export button.

use std::path::Path;

use eframe::egui::{Button, Id, TextEdit, Ui};

use crate::app::Action;
use crate::export::Format;
use crate::i18n::Strings;
use crate::ui::theme;

/// What an export form holds between frames.
#[derive(Debug, Clone)]
pub struct ExportForm {
    format: Format,
    path: String,
    proposed_for: Option<Format>,
}

impl ExportForm {
    /// A form that starts on `format`.
    pub fn new(format: Format) -> Self {
        Self { format, path: String::new(), proposed_for: None }
    }

    /// Draws the choice among `formats` (none when there is one), then the file row; the file
    /// is proposed as `stem`'s name for the format in `exports` until the user types another.
    /// `plan` exports the yearly plan rather than the open session.
    #[allow(clippy::too_many_arguments, reason = "each is one thing the form shows or sends")]
    pub fn show(
        &mut self,
        ui: &mut Ui,
        strings: &Strings,
        (formats, stem, exports): (&[Format], &str, &Path),
        label: Id,
        plan: bool,
        actions: &mut Vec<Action>,
    ) {
        if formats.len() > 1 {
            ui.horizontal_wrapped(|ui| {
                for format in formats {
                    ui.radio_value(&mut self.format, *format, format.name(strings));
                }
            });
        }
        if self.proposed_for != Some(self.format) {
            self.path = exports.join(self.format.file_name(stem)).display().to_string();
            self.proposed_for = Some(self.format);
        }
        ui.horizontal_wrapped(|ui| {
            if ui.button(strings.choose_file).clicked() {
                actions.push(if plan {
                    Action::PickExportPlan(self.format)
                } else {
                    Action::PickExportDocument(self.format)
                });
            }
            ui.label(strings.path_label);
            ui.add(
                TextEdit::singleline(&mut self.path).char_limit(4096).desired_width(theme::PATH_FIELD_WIDTH),
            )
            .labelled_by(label);
            if ui.add_enabled(!self.path.trim().is_empty(), Button::new(strings.export_button)).clicked() {
                let path = self.path.trim().into();
                actions.push(if plan {
                    Action::ExportPlan(self.format, path)
                } else {
                    Action::ExportDocument(self.format, path)
                });
            }
        });
    }
}
