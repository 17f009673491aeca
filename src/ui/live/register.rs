//! The register of measures at the conclusion: every measure with its owner, deadline (flagged
//! when impossible or passed) and status, and the form for the cell's own measures.

use eframe::egui::{ComboBox, Grid, Label, RichText, Ui, vec2};

use super::LiveContext;
use super::notes::{MeasureDraft, measure_form, owner_name};
use crate::edit::Edit;
use crate::model::MeasureStatus;
use crate::register::{DeadlineFlag, flag};
use crate::ui::{Action, theme};

/// What the owner, deadline, status and flag columns take, in points.
const OTHER_COLUMNS: f32 = 620.0;

/// Draws the register.
pub fn show(ui: &mut Ui, live: &LiveContext<'_>, draft: &mut MeasureDraft, actions: &mut Vec<Action>) {
    let strings = live.strings.live;
    let session = live.session();
    ui.label(RichText::new(strings.register_heading).heading());
    if session.measures.is_empty() {
        ui.label(strings.no_measures);
    }
    // The content wraps within what the owner, deadline, status and flag leave, so that those
    // stay on the screen however long a measure is.
    let content_width = (ui.available_width() - OTHER_COLUMNS).max(theme::WIDE_FIELD_WIDTH);
    Grid::new("register").num_columns(5).striped(true).spacing(theme::GRID_SPACING).show(ui, |ui| {
        for measure in &session.measures {
            let content = ui
                .allocate_ui(vec2(content_width, 0.0), |ui| ui.add(Label::new(&measure.content).wrap()))
                .inner;
            ui.label(owner_name(live, measure.owner));
            ui.label(measure.deadline.map(crate::model::party_date).unwrap_or_default());
            let mut status = measure.status;
            ComboBox::from_id_salt(("measure_status", measure.id.0))
                .selected_text((strings.measure_status)(status))
                .show_ui(ui, |ui| {
                    for option in [
                        MeasureStatus::Open,
                        MeasureStatus::InProgress,
                        MeasureStatus::Done,
                        MeasureStatus::Dropped,
                    ] {
                        ui.selectable_value(&mut status, option, (strings.measure_status)(option));
                    }
                })
                .response
                .labelled_by(content.id);
            if status != measure.status {
                actions.push(Action::Edit(Edit::SetMeasureStatus(measure.id, status)));
            }
            let warning = match flag(measure, session.meeting.date, live.today) {
                Some(DeadlineFlag::BeforeMeeting) => strings.flag_before_meeting,
                Some(DeadlineFlag::Overdue) => strings.flag_overdue,
                None => "",
            };
            ui.colored_label(theme::error_colour(live.theme), warning);
            ui.end_row();
        }
    });
    measure_form(draft, ui, live, None, actions);
}
