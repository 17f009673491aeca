//! The register of measures at the conclusion: every measure with its owner, deadline (flagged
//! when impossible or passed) and status, and the form for the cell's own measures.

use eframe::egui::{ComboBox, Grid, RichText, Ui};

use super::LiveContext;
use super::notes::{MeasureDraft, measure_form, owner_name};
use crate::edit::Edit;
use crate::model::MeasureStatus;
use crate::register::{DeadlineFlag, flag};
use crate::ui::{Action, theme};

/// Draws the register.
pub fn show(ui: &mut Ui, live: &LiveContext<'_>, draft: &mut MeasureDraft, actions: &mut Vec<Action>) {
    let strings = live.strings.live;
    let session = live.session();
    ui.label(RichText::new(strings.register_heading).heading());
    if session.measures.is_empty() {
        ui.label(strings.no_measures);
    }
    Grid::new("register").num_columns(5).striped(true).spacing(theme::GRID_SPACING).show(ui, |ui| {
        for measure in &session.measures {
            let content = ui.label(&measure.content);
            ui.label(owner_name(live, measure.owner));
            ui.label(measure.deadline.map(|d| d.format("%d/%m/%Y").to_string()).unwrap_or_default());
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
