//! The secretary's control screen for section II of the procedure: the opening, each
//! sub-topic's speeches and comments, its generalization, and the conclusion.

mod approval;
mod commenter;
mod conclusion;
mod member_times;
mod notes;
mod opening;
mod papers;
mod queue_panel;
mod register;
mod resolutions;
mod schedule_line;
mod speech;
mod wrap_up;

pub use speech::{flash_hidden, start_reminder};

use eframe::egui::{self, Button, ComboBox, RichText, Ui};

use super::command;
pub use super::context::LiveContext;
use crate::app::{Action, Command};
use crate::edit::Edit;
use crate::model::{CommentId, CommentKind, Member, MemberId, SpeechId, Step};
use crate::ui::theme;

/// The live screen's own state: choices being made in its forms.
#[derive(Debug, Clone, Default)]
pub struct LiveView {
    /// Who the next follow-up comment is from (`C` uses it, else the first raised hand).
    pub commenter: Option<MemberId>,
    /// The kind of the next follow-up comment.
    pub comment_kind: CommentKind,
    /// The chooser `C` opens when nobody is picked to comment.
    pub chooser: commenter::CommenterChooser,
    /// The comment whose text field takes the cursor on the next frame: the one just added.
    pub focus_comment: Option<CommentId>,
    insert_member: Option<MemberId>,
    insert_position: usize,
    raise_member: Option<MemberId>,
    notes_speech: Option<SpeechId>,
    measure: notes::MeasureDraft,
    confirm_refill: bool,
    confirm_rebuild: bool,
    register_measure: notes::MeasureDraft,
    export: papers::Exports,
    approval: approval::ApprovalForm,
    resolution: resolutions::ResolutionForm,
    late_secs: speech::LateSeconds,
}

impl LiveView {
    /// Draws the step bar and the current step.
    pub fn show(&mut self, ui: &mut Ui, live: &LiveContext<'_>, actions: &mut Vec<Action>) {
        step_bar(ui, live, actions);
        projector_bar(ui, live, actions);
        schedule_line::show(ui, live);

        ui.separator();
        let step = live.session().live.flow.step;
        if live.session().live.minutes_locked && step != Step::Conclusion {
            ui.label(live.strings.locked_note);
            ui.disable();
        }
        match step {
            Step::Opening => opening::show(ui, live, actions),
            Step::Discussion { subtopic } => self.discussion(ui, live, subtopic, actions),
            Step::Generalization { subtopic } => self.generalization(ui, live, subtopic, actions),
            Step::Conclusion => wrap_up::conclusion(
                ui,
                live,
                (
                    &mut self.confirm_rebuild,
                    &mut self.register_measure,
                    &mut self.export,
                    &mut self.approval,
                    &mut self.resolution,
                ),
                actions,
            ),
        }
    }

    fn discussion(
        &mut self,
        ui: &mut Ui,
        live: &LiveContext<'_>,
        subtopic: crate::model::SubTopicId,
        actions: &mut Vec<Action>,
    ) {
        let queue = egui::Panel::right("queue_panel").frame(theme::bare_panel(ui.style()));
        queue.resizable(true).default_size(theme::QUEUE_PANEL_WIDTH).show(ui, |ui| {
            egui::ScrollArea::vertical().id_salt("queue_scroll").show(ui, |ui| {
                queue_panel::show(self, ui, live, subtopic, actions);
            });
        });
        egui::CentralPanel::default().frame(theme::bare_central(ui.style())).show(ui, |ui| {
            egui::ScrollArea::vertical().id_salt("speech_scroll").show(ui, |ui| {
                // The speaker and the timer's controls first: on a laptop's short screen they
                // stay in view without scrolling; the sub-topic's questions follow.
                speech::card(ui, live, &mut self.late_secs, actions);
                ui.add_space(theme::GAP);
                speech::subtopic_header(ui, live, subtopic);
                notes::show(self, ui, live, subtopic, actions);
                ui.add_space(theme::GAP_LARGE);
                if ui.button(live.strings.live.to_generalization).clicked() {
                    actions.push(Action::Edit(Edit::GoTo(Step::Generalization { subtopic })));
                }
            });
        });
    }

    fn generalization(
        &mut self,
        ui: &mut Ui,
        live: &LiveContext<'_>,
        subtopic: crate::model::SubTopicId,
        actions: &mut Vec<Action>,
    ) {
        wrap_up::generalization(ui, live, subtopic, &mut self.confirm_refill, actions);
    }
}

/// The steps of the procedure as tabs: any step can be visited again.
fn step_bar(ui: &mut Ui, live: &LiveContext<'_>, actions: &mut Vec<Action>) {
    let strings = live.strings.live;
    let session = live.session();
    let current = session.live.flow.step;
    ui.horizontal_wrapped(|ui| {
        let mut tab = |ui: &mut Ui, label: String, hover: &str, step: Step, selected: bool| {
            let response = ui.add(Button::selectable(selected, RichText::new(label).strong()));
            if response.on_hover_text(hover).clicked() && !selected {
                actions.push(Action::Edit(Edit::GoTo(step)));
            }
        };
        tab(
            ui,
            strings.step_opening.to_owned(),
            strings.step_opening,
            Step::Opening,
            current == Step::Opening,
        );
        for (index, subtopic) in session.subtopics.iter().enumerate() {
            let selected = session.live.flow.subtopic() == Some(subtopic.id);
            let step = Step::Discussion { subtopic: subtopic.id };
            tab(ui, (strings.step_subtopic)(index + 1), &subtopic.title, step, selected);
        }
        let conclusion = current == Step::Conclusion;
        tab(ui, strings.step_conclusion.to_owned(), strings.step_conclusion, Step::Conclusion, conclusion);
    });
}

/// A button for `command` on the live screen (see [`crate::ui::command::button`]).
fn command_button(ui: &mut Ui, live: &LiveContext<'_>, label: &str, command: Command) -> bool {
    command::button(ui, (live.strings, Some(live.session())), label, command, None)
}

/// A drop-down of members named by the label `label`; `None` shows `placeholder`.
fn member_picker<'a>(
    ui: &mut Ui,
    (id_salt, label): (&str, egui::Id),
    placeholder: &str,
    selected: &mut Option<MemberId>,
    members: impl Iterator<Item = &'a Member>,
) {
    let mut shown = members.collect::<Vec<_>>();
    crate::collate::sort_by_name(&mut shown, |member| member.name.as_str());
    let text = selected
        .and_then(|id| shown.iter().find(|m| m.id == id))
        .map_or(placeholder.to_owned(), |m| m.name.clone());
    let combo =
        ComboBox::from_id_salt(id_salt).selected_text(text).width(theme::FIELD_WIDTH).show_ui(ui, |ui| {
            for member in shown {
                ui.selectable_value(selected, Some(member.id), &member.name);
            }
        });
    combo.response.labelled_by(label);
}

/// The projector's buttons: open the second window, full screen, present in this window, and
/// (at a generalization or the conclusion) show the text to the room.
fn projector_bar(ui: &mut Ui, live: &LiveContext<'_>, actions: &mut Vec<Action>) {
    let text = live.strings.live;
    let projector = live.room.projector;
    let context = (live.strings, Some(live.session()));
    ui.horizontal_wrapped(|ui| {
        let mut buttons = vec![
            (text.projector_button, Command::ToggleProjector, true, projector.open),
            (text.fullscreen_button, Command::ProjectorFullscreen, projector.open, projector.fullscreen),
            (text.present_here_button, Command::PresentHere, true, false),
        ];
        let step = live.session().live.flow.step;
        if matches!(step, Step::Generalization { .. } | Step::Conclusion) {
            buttons.push((text.show_text_button, Command::ShowText, true, live.room.presenting));
        }
        let room = live.strings.room;
        let blank = live.room.blank;
        buttons.push((text.message_button, Command::Message, true, live.room.message.is_some()));
        buttons.push((
            if blank { room.unblank_button } else { room.blank_button },
            Command::Blank,
            true,
            blank,
        ));
        for (label, command, enabled, selected) in buttons {
            let clicked =
                ui.add_enabled_ui(enabled, |ui| command::button(ui, context, label, command, Some(selected)));
            if clicked.inner {
                actions.push(Action::Command(command));
            }
        }
    });
    if let Some(message) = &live.room.message {
        ui.horizontal_wrapped(|ui| {
            ui.label(RichText::new((live.strings.room.message_showing)(message)).strong());
            if ui.button(live.strings.room.clear_message).clicked() {
                actions.push(Action::Room(crate::app::RoomChange::Say(None)));
            }
        });
    }
    if live.room.blank {
        ui.label(RichText::new(live.strings.room.blank_note).strong());
    }
}
