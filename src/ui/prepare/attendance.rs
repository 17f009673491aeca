//! The attendance tab: present or absent (with a reason) for each member, before opening.

use eframe::egui::{Grid, RichText, TextEdit, Ui};

use super::PrepareContext;
use crate::app::Action;
use crate::edit::Document;
use crate::edit::Edit;
use crate::model::{Attendance, Member, Membership};
use crate::ui::fields::LINE_LIMIT;
use crate::ui::theme;

/// Draws one row per member.
pub fn show(ui: &mut Ui, context: &PrepareContext<'_>, document: &Document, actions: &mut Vec<Action>) {
    let text = context.strings.prepare;
    let session = document.session();
    for (line, names) in crate::export::outline::roll_call(session, context.strings) {
        match names.is_empty() {
            true => ui.label(line),
            false => ui.label(format!("{line} {}", names.join("; "))),
        };
    }
    ui.add_space(theme::GAP);
    if ui.button(text.all_present).clicked() {
        for member in session.roster.iter().filter(|m| m.attendance == Attendance::Unmarked) {
            actions.push(Action::Edit(Edit::SetAttendance(member.id, Attendance::Present)));
        }
    }
    Grid::new("attendance").num_columns(3).striped(true).spacing(theme::GRID_SPACING_WIDE).show(ui, |ui| {
        for member in crate::collate::by_name(&session.roster) {
            let label = ui.label(RichText::new(&member.name).strong());
            membership(ui, context, member, label.id, actions);
            let mut attendance = member.attendance.clone();
            ui.horizontal(|ui| {
                if ui.radio(attendance == Attendance::Unmarked, text.unmarked).labelled_by(label.id).clicked()
                {
                    attendance = Attendance::Unmarked;
                }
                if ui.radio(attendance == Attendance::Present, text.present).labelled_by(label.id).clicked() {
                    attendance = Attendance::Present;
                }
                let absent = matches!(attendance, Attendance::Absent { .. });
                if ui.radio(absent, text.absent).labelled_by(label.id).clicked() && !absent {
                    attendance = Attendance::Absent { reason: String::new() };
                }
                if let Attendance::Absent { reason } = &mut attendance {
                    ui.add(
                        TextEdit::singleline(reason)
                            .char_limit(LINE_LIMIT)
                            .hint_text(text.reason)
                            .desired_width(theme::WIDE_FIELD_WIDTH),
                    )
                    .labelled_by(label.id);
                }
            });
            ui.end_row();
            if attendance != member.attendance {
                actions.push(Action::Edit(Edit::SetAttendance(member.id, attendance)));
            }
        }
    });
}

/// Full, probationary or attending temporarily from another cell, and exempted from
/// activities with the reason.
fn membership(
    ui: &mut Ui,
    context: &PrepareContext<'_>,
    member: &Member,
    label: eframe::egui::Id,
    actions: &mut Vec<Action>,
) {
    let text = context.strings.prepare;
    ui.horizontal(|ui| {
        let mut membership = member.membership;
        ui.radio_value(&mut membership, Membership::Full, text.full_member).labelled_by(label);
        ui.radio_value(&mut membership, Membership::Probationary, text.probationary_member)
            .labelled_by(label);
        ui.radio_value(&mut membership, Membership::Temporary, text.temporary_member).labelled_by(label);
        if membership != member.membership {
            actions.push(Action::Edit(Edit::SetMembership(member.id, membership)));
        }
        let mut exempted = member.exemption.is_some();
        if ui.checkbox(&mut exempted, text.exempted).labelled_by(label).changed() {
            actions.push(Action::Edit(Edit::SetExemption(member.id, exempted.then(String::new))));
        }
        if let Some(reason) = &member.exemption {
            let mut reason = reason.clone();
            ui.add(
                TextEdit::singleline(&mut reason)
                    .char_limit(LINE_LIMIT)
                    .hint_text(text.exemption_reason)
                    .desired_width(theme::FIELD_WIDTH),
            )
            .labelled_by(label);
            if Some(&reason) != member.exemption.as_ref() {
                actions.push(Action::Edit(Edit::SetExemption(member.id, Some(reason))));
            }
        }
    });
}
