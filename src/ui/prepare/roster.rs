//! The members and assignments tab: add members one by one or by pasting a list, rename,
//! set positions, assign them to sub-topics in speaking order, and see what is left open and
//! how long the meeting will take.

use eframe::egui::{self, ComboBox, Frame, Grid, RichText, TextEdit, Ui};

use super::{PrepareContext, PrepareView};
use crate::app::Action;
use crate::edit::Document;
use crate::edit::Edit;
use crate::model::{MemberId, Session};
use crate::prepare::{assignments, estimate};
use crate::ui::fields::{LINE_LIMIT, TEXT_LIMIT};
use crate::ui::theme;

/// Draws the tab.
pub fn show(
    view: &mut PrepareView,
    ui: &mut Ui,
    context: &PrepareContext<'_>,
    document: &Document,
    actions: &mut Vec<Action>,
) {
    let session = document.session();
    add_forms(view, ui, context, actions);
    ui.add_space(theme::GAP);
    members(view, ui, context, session, actions);
    ui.add_space(theme::GAP);
    speaking_order(ui, context, session, actions);
    ui.add_space(theme::GAP);
    summary(ui, context, session);
}

fn add_forms(view: &mut PrepareView, ui: &mut Ui, context: &PrepareContext<'_>, actions: &mut Vec<Action>) {
    let text = context.strings.prepare;
    Grid::new("add_member").num_columns(2).min_col_width(theme::FIELD_WIDTH).show(ui, |ui| {
        let name = ui.label(text.member_name);
        ui.add(TextEdit::singleline(&mut view.new_name).char_limit(LINE_LIMIT)).labelled_by(name.id);
        ui.end_row();
        let position = ui.label(text.member_position);
        ui.add(TextEdit::singleline(&mut view.new_position).char_limit(LINE_LIMIT)).labelled_by(position.id);
        ui.end_row();
    });
    if ui.button(text.add_member).clicked() {
        let (name, position) = (view.new_name.clone(), view.new_position.clone());
        actions.push(Action::Edit(Edit::AddMember { name, position }));
    }
    let label = ui.label(text.paste_heading);
    ui.add(
        TextEdit::multiline(&mut view.paste)
            .char_limit(TEXT_LIMIT)
            .desired_rows(4)
            .desired_width(f32::INFINITY),
    )
    .labelled_by(label.id);
    if ui.button(text.paste_button).clicked() {
        actions.push(Action::Edit(Edit::PasteMembers(view.paste.clone())));
    }
}

fn members(
    view: &mut PrepareView,
    ui: &mut Ui,
    context: &PrepareContext<'_>,
    session: &Session,
    actions: &mut Vec<Action>,
) {
    let strings = context.strings;
    let text = strings.prepare;
    ui.heading(strings.section_roster);
    Grid::new("members").num_columns(4).striped(true).spacing(theme::GRID_SPACING).show(ui, |ui| {
        for member in crate::collate::by_name(&session.roster) {
            let label = ui.label(RichText::new(&member.name).strong());
            match view.renaming.as_mut().filter(|(id, _)| *id == member.id) {
                Some((id, name)) => {
                    let confirmed = ui
                        .horizontal(|ui| {
                            ui.add_sized(
                                [theme::FIELD_WIDTH, theme::ROW_HEIGHT],
                                TextEdit::singleline(name).char_limit(LINE_LIMIT),
                            )
                            .labelled_by(label.id);
                            ui.button(strings.session_rename).clicked()
                        })
                        .inner;
                    if confirmed {
                        actions.push(Action::Edit(Edit::RenameMember(*id, name.clone())));
                        view.renaming = None;
                    }
                }
                None => {
                    let mut position = member.position.clone();
                    ui.add_sized(
                        [theme::FIELD_WIDTH, theme::ROW_HEIGHT],
                        TextEdit::singleline(&mut position)
                            .char_limit(LINE_LIMIT)
                            .hint_text(text.member_position),
                    )
                    .labelled_by(label.id);
                    if position != member.position {
                        actions.push(Action::Edit(Edit::SetPosition(member.id, position)));
                    }
                }
            }
            assign_picker(ui, context, session, (member.id, label.id), actions);
            ui.horizontal(|ui| {
                if ui.small_button(strings.session_rename).clicked() {
                    view.renaming = Some((member.id, member.name.clone()));
                }
                if ui.small_button(strings.live.delete).clicked() {
                    actions.push(Action::Edit(Edit::RemoveMember(member.id)));
                }
            });
            ui.end_row();
        }
    });
}

/// A drop-down of the sub-topics the member is not yet assigned to.
fn assign_picker(
    ui: &mut Ui,
    context: &PrepareContext<'_>,
    session: &Session,
    (member, label): (MemberId, egui::Id),
    actions: &mut Vec<Action>,
) {
    let text = context.strings.prepare;
    let mut chosen = None;
    ComboBox::from_id_salt(("assign", member.0))
        .selected_text(text.assign_to)
        .width(theme::WIDE_FIELD_WIDTH)
        .show_ui(ui, |ui| {
            for (index, subtopic) in session.subtopics.iter().enumerate() {
                if !subtopic.speakers.contains(&member) {
                    let label = format!("{}. {}", index + 1, subtopic.title);
                    if ui.selectable_label(false, label).clicked() {
                        chosen = Some(subtopic.id);
                    }
                }
            }
        })
        .response
        .labelled_by(label);
    if let Some(subtopic) = chosen {
        actions.push(Action::Edit(Edit::AssignSpeaker { member, subtopic }));
    }
}

/// Each sub-topic's speakers in speaking order, with up, down and unassign.
fn speaking_order(ui: &mut Ui, context: &PrepareContext<'_>, session: &Session, actions: &mut Vec<Action>) {
    let strings = context.strings;
    ui.heading(strings.prepare.assign_heading);
    for (number, subtopic) in session.subtopics.iter().enumerate() {
        Frame::group(ui.style()).show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.strong(format!("{}. {}", number + 1, subtopic.title));
            if subtopic.speakers.is_empty() {
                ui.label(strings.no_speaker);
            }
            let mut change = None;
            let count = subtopic.speakers.len();
            for (index, member) in subtopic.speakers.iter().enumerate() {
                ui.horizontal(|ui| {
                    ui.label(format!(
                        "{}. {}",
                        index + 1,
                        session.member(*member).map_or("?", |m| m.name.as_str())
                    ));
                    if index > 0 && ui.small_button(strings.live.move_up).clicked() {
                        change = Some((index, Some(index - 1)));
                    }
                    if index + 1 < count && ui.small_button(strings.live.move_down).clicked() {
                        change = Some((index, Some(index + 1)));
                    }
                    if ui.small_button(strings.prepare.unassign).clicked() {
                        change = Some((index, None));
                    }
                });
            }
            let id = subtopic.id;
            match change {
                Some((from, Some(to))) => {
                    actions.push(Action::Edit(Edit::MoveSpeaker { subtopic: id, from, to }))
                }
                Some((from, None)) => {
                    if let Some(&member) = subtopic.speakers.get(from) {
                        actions.push(Action::Edit(Edit::UnassignSpeaker { member, subtopic: id }));
                    }
                }
                None => {}
            }
        });
    }
}

/// What is left open, and how long the meeting should take.
fn summary(ui: &mut Ui, context: &PrepareContext<'_>, session: &Session) {
    let strings = context.strings;
    let text = strings.prepare;
    let gaps = assignments::gaps(session);
    let warn = theme::error_colour(context.theme);
    if gaps.members_without_subtopic.is_empty() && gaps.subtopics_without_speaker.is_empty() {
        ui.colored_label(theme::success_colour(context.theme), text.all_assigned);
    }
    if !gaps.members_without_subtopic.is_empty() {
        let names: Vec<&str> = gaps
            .members_without_subtopic
            .iter()
            .filter_map(|id| session.member(*id))
            .map(|m| m.name.as_str())
            .collect();
        ui.colored_label(warn, format!("{} {}", text.members_without, names.join(", ")));
    }
    if !gaps.subtopics_without_speaker.is_empty() {
        let titles: Vec<&str> = gaps
            .subtopics_without_speaker
            .iter()
            .filter_map(|id| session.subtopic(*id))
            .map(|s| s.title.as_str())
            .collect();
        ui.colored_label(warn, format!("{} {}", text.subtopics_without, titles.join("; ")));
    }
    let found = estimate::estimate(session);
    ui.label((text.estimate)(&found));
    if found.exceeds_plan() {
        ui.colored_label(warn, text.estimate_over);
    }
    if let Some(short) = crate::prepare::floor::shortfall(&session.meeting, found.longest) {
        ui.colored_label(warn, (text.below_floor)(crate::i18n::LengthKind::Estimated, &short));
    }
}
