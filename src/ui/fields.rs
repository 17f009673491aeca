//! Labelled form fields. Each field is tied to its label for screen readers and tests.

use eframe::egui::{Color32, Response, TextEdit, Ui};

/// The longest single-line text accepted, in characters.
pub const LINE_LIMIT: usize = 2_000;
/// The longest multi-line text accepted, in characters.
pub const TEXT_LIMIT: usize = 100_000;

/// A label and a one-line text field on one grid row.
pub fn line(ui: &mut Ui, label: &str, value: &mut String) -> Response {
    let label = ui.label(label);
    let response = ui.add(
        TextEdit::singleline(value)
            .char_limit(LINE_LIMIT)
            .desired_width(f32::INFINITY),
    );
    ui.end_row();
    response.labelled_by(label.id)
}

/// A label and a multi-line text field on one grid row.
pub fn text(ui: &mut Ui, label: &str, value: &mut String) -> Response {
    let label = ui.label(label);
    let response = ui.add(
        TextEdit::multiline(value)
            .char_limit(TEXT_LIMIT)
            .desired_rows(2)
            .desired_width(f32::INFINITY),
    );
    ui.end_row();
    response.labelled_by(label.id)
}

/// A one-line field whose text is checked before use, with the problem shown under it.
pub fn checked_line(
    ui: &mut Ui,
    label: &str,
    hint: &str,
    value: &mut String,
    error: Option<&str>,
    error_colour: Color32,
) -> Response {
    let label = ui.label(label);
    let response = ui
        .vertical(|ui| {
            let response = ui.add(
                TextEdit::singleline(value)
                    .char_limit(64)
                    .hint_text(hint)
                    .desired_width(200.0),
            );
            if let Some(error) = error {
                ui.colored_label(error_colour, error);
            }
            response
        })
        .inner;
    ui.end_row();
    response.labelled_by(label.id)
}
