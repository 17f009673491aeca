//! Labelled form fields. Each field is tied to its label for screen readers and tests.

use crate::ui::theme;
use chrono::{NaiveDate, NaiveTime};
use eframe::egui::{Color32, Response, TextEdit, Ui};

/// The longest single-line text accepted, in characters.
pub const LINE_LIMIT: usize = 2_000;
/// The longest multi-line text accepted, in characters.
pub const TEXT_LIMIT: usize = 100_000;

/// A label and a one-line text field on one grid row.
pub fn line(ui: &mut Ui, label: &str, value: &mut String) -> Response {
    let label = ui.label(label);
    let response = ui.add(TextEdit::singleline(value).char_limit(LINE_LIMIT).desired_width(f32::INFINITY));
    ui.end_row();
    response.labelled_by(label.id)
}

/// A label and a one-line text field with a hint shown while it is empty, on one grid row.
pub fn hinted_line(ui: &mut Ui, (label, hint): (&str, &str), value: &mut String) -> Response {
    let label = ui.label(label);
    let edit =
        TextEdit::singleline(value).char_limit(LINE_LIMIT).hint_text(hint).desired_width(f32::INFINITY);
    let response = ui.add(edit);
    ui.end_row();
    response.labelled_by(label.id)
}

/// A label and a multi-line text field on one grid row.
pub fn text(ui: &mut Ui, label: &str, value: &mut String) -> Response {
    let label = ui.label(label);
    let response = ui
        .add(TextEdit::multiline(value).char_limit(TEXT_LIMIT).desired_rows(2).desired_width(f32::INFINITY));
    ui.end_row();
    response.labelled_by(label.id)
}

/// A one-line field whose text is read by `parse` as typed; the problem, if any, shows under
/// it. Returns what `parse` made of the text.
pub fn checked_line<T>(
    ui: &mut Ui,
    (label, hint): (&str, &str),
    value: &mut String,
    error_colour: Color32,
    parse: impl FnOnce(&str) -> Result<T, &'static str>,
) -> Result<T, &'static str> {
    let label = ui.label(label);
    let parsed = ui
        .vertical(|ui| {
            let edit =
                TextEdit::singleline(value).char_limit(64).hint_text(hint).desired_width(theme::FIELD_WIDTH);
            ui.add(edit).labelled_by(label.id);
            let parsed = parse(value);
            if let Err(error) = &parsed {
                ui.colored_label(error_colour, *error);
            }
            parsed
        })
        .inner;
    ui.end_row();
    parsed
}

/// An empty field means "not set"; otherwise day/month/year (or ISO year-month-day).
pub fn parse_date(text: &str) -> Result<Option<NaiveDate>, ()> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    NaiveDate::parse_from_str(text, "%d/%m/%Y")
        .or_else(|_| NaiveDate::parse_from_str(text, "%Y-%m-%d"))
        .map(Some)
        .map_err(drop)
}

/// An empty field means "not set"; otherwise hours:minutes.
pub fn parse_time(text: &str) -> Result<Option<NaiveTime>, ()> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    NaiveTime::parse_from_str(text, "%H:%M").map(Some).map_err(drop)
}

#[cfg(test)]
mod tests {
    use super::{parse_date, parse_time};
    use chrono::{NaiveDate, NaiveTime};

    #[test]
    fn dates_and_times_are_read_the_vietnamese_way() {
        assert_eq!(parse_date("12/06/2020"), Ok(NaiveDate::from_ymd_opt(2020, 6, 12)));
        assert_eq!(parse_date("2020-06-12"), Ok(NaiveDate::from_ymd_opt(2020, 6, 12)));
        assert_eq!(parse_date(""), Ok(None));
        assert_eq!(parse_date("31/02/2020"), Err(()));
        assert_eq!(parse_time("14:00"), Ok(NaiveTime::from_hms_opt(14, 0, 0)));
        assert_eq!(parse_time("25:00"), Err(()));
    }
}
