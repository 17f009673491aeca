//! One document's export form: its format, the file proposed in the exports folder (a typed
//! path, or the system's dialog where there is one) and the export button.

use std::path::Path;

use eframe::egui::{Button, Id, TextEdit, Ui};

use crate::app::Action;
use crate::export::Format;
use crate::i18n::Strings;
use crate::ui::theme;

/// What a form offers to export, and where.
#[derive(Debug, Clone, Copy)]
pub struct Offer<'a> {
    /// The formats to choose among.
    pub formats: &'a [Format],
    /// The file name the proposed file is made from.
    pub stem: &'a str,
    /// The folder the file is proposed in.
    pub exports: &'a Path,
    /// The export button's words, one per document so that each button is found by its name.
    pub button: &'a str,
    /// Whether the document is the yearly plan rather than the open session.
    pub plan: bool,
}

/// What an export form holds between frames.
#[derive(Debug, Clone)]
pub struct ExportForm {
    format: Format,
    path: String,
    proposed_for: Option<(Format, String)>,
}

impl ExportForm {
    /// A form that starts on `format`.
    pub fn new(format: Format) -> Self {
        Self { format, path: String::new(), proposed_for: None }
    }

    /// Draws the choice among the offer's formats (none when there is one), then the file
    /// row; the file is proposed as the stem's name for the format in the exports folder, again
    /// when either changes. `label` names the path field for screen readers.
    pub fn show(
        &mut self,
        ui: &mut Ui,
        strings: &Strings,
        offer: Offer<'_>,
        label: Id,
        actions: &mut Vec<Action>,
    ) {
        let Offer { formats, stem, exports, button, plan } = offer;
        if formats.len() > 1 {
            ui.horizontal_wrapped(|ui| {
                for format in formats {
                    ui.radio_value(&mut self.format, *format, format.name(strings));
                }
            });
        }
        // Proposed again when the format or the document changes (another year's plan).
        if self.proposed_for.as_ref().is_none_or(|(format, was)| *format != self.format || was != stem) {
            self.path = exports.join(self.format.file_name(stem)).display().to_string();
            self.proposed_for = Some((self.format, stem.to_owned()));
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
            if ui.add_enabled(!self.path.trim().is_empty(), Button::new(button)).clicked() {
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
