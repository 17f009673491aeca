//! The secretary's control screen for section II of the procedure: the opening, each
//! sub-topic's speeches and comments, its generalization, and the conclusion.

mod commenter;
mod conclusion;
mod exports;
mod notes;
mod opening;
mod queue_panel;
mod register;
mod speech;
mod wrap_up;

pub use speech::flash_hidden;
pub use wrap_up::point_labels;

use std::time::Duration;

use eframe::egui::{self, Button, ComboBox, RichText, Ui};

use super::Action;
use super::command::Command;
use crate::document::Document;
use crate::i18n::Strings;
use crate::meeting::LiveAction;
use crate::model::{CommentId, CommentKind, Member, MemberId, Session, SpeechId, Step};
use crate::settings::ThemeChoice;

/// What the live screen draws from: the open session and the live readings.
pub struct LiveContext<'a> {
    /// The UI's strings.
    pub strings: &'static Strings,
    /// The open session.
    pub document: &'a Document,
    /// The theme, for the phase colours.
    pub theme: ThemeChoice,
    /// The current speech's reading, monotonic.
    pub speech_elapsed: Duration,
    /// The current comment's reading, monotonic.
    pub comment_elapsed: Duration,
    /// The default folder for exports.
    pub exports: std::path::PathBuf,
    /// Today's date, for overdue measures.
    pub today: chrono::NaiveDate,
    /// What the projector is doing, for its buttons.
    pub projector: crate::ui::projector::Projector,
}

impl LiveContext<'_> {
    /// The open session.
    pub fn session(&self) -> &Session {
        self.document.session()
    }

    /// A member's name, or "?" for an unknown id.
    pub fn name(&self, member: MemberId) -> &str {
        self.session().member(member).map_or("?", |m| m.name.as_str())
    }
}

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
    export: exports::ExportForm,
}

impl LiveView {
    /// Draws the step bar and the current step.
    pub fn show(&mut self, ui: &mut Ui, live: &LiveContext<'_>, actions: &mut Vec<Action>) {
        step_bar(ui, live, actions);
        projector_bar(ui, live, actions);

        ui.separator();
        match live.session().live.flow.step {
            Step::Opening => opening::show(ui, live, actions),
            Step::Discussion { subtopic } => self.discussion(ui, live, subtopic, actions),
            Step::Generalization { subtopic } => self.generalization(ui, live, subtopic, actions),
            Step::Conclusion => wrap_up::conclusion(
                ui,
                live,
                (&mut self.confirm_rebuild, &mut self.register_measure, &mut self.export),
                actions,
            ),
        }
        self.chooser.show(ui.ctx(), live, self.comment_kind, actions);
    }

    fn discussion(
        &mut self,
        ui: &mut Ui,
        live: &LiveContext<'_>,
        subtopic: crate::model::SubTopicId,
        actions: &mut Vec<Action>,
    ) {
        egui::Panel::right("queue_panel").resizable(true).default_size(380.0).show(ui, |ui| {
            egui::ScrollArea::vertical().id_salt("queue_scroll").show(ui, |ui| {
                queue_panel::show(self, ui, live, subtopic, actions);
            });
        });
        egui::CentralPanel::default().show(ui, |ui| {
            egui::ScrollArea::vertical().id_salt("speech_scroll").show(ui, |ui| {
                speech::subtopic_header(ui, live, subtopic);
                speech::card(ui, live, actions);
                notes::show(self, ui, live, subtopic, actions);
                ui.add_space(12.0);
                if ui.button(live.strings.live.to_generalization).clicked() {
                    actions.push(Action::Live(LiveAction::GoTo(Step::Generalization { subtopic })));
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
                actions.push(Action::Live(LiveAction::GoTo(step)));
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

/// A button showing its keyboard shortcut, with the command's description on hover.
fn command_button(ui: &mut Ui, strings: &Strings, label: &str, command: Command, enabled: bool) -> bool {
    let keys = command.keys(ui.ctx());
    ui.add_enabled(enabled, Button::new(format!("{label} [{keys}]")))
        .on_hover_text(command.label(strings))
        .clicked()
}

/// A drop-down of members named by the label `label`; `None` shows `placeholder`.
fn member_picker<'a>(
    ui: &mut Ui,
    (id_salt, label): (&str, egui::Id),
    placeholder: &str,
    selected: &mut Option<MemberId>,
    members: impl Iterator<Item = &'a Member>,
) {
    let shown = members.collect::<Vec<_>>();
    let text = selected
        .and_then(|id| shown.iter().find(|m| m.id == id))
        .map_or(placeholder.to_owned(), |m| m.name.clone());
    let combo = ComboBox::from_id_salt(id_salt).selected_text(text).width(220.0).show_ui(ui, |ui| {
        for member in shown {
            ui.selectable_value(selected, Some(member.id), &member.name);
        }
    });
    combo.response.labelled_by(label);
}

/// The projector's buttons: open the second window, full screen, present in this window, and
/// (at a generalization or the conclusion) show the text to the room.
fn projector_bar(ui: &mut Ui, live: &LiveContext<'_>, actions: &mut Vec<Action>) {
    let strings = live.strings;
    let projector = live.projector;
    ui.horizontal_wrapped(|ui| {
        let buttons = [
            (strings.live.projector_button, Command::ToggleProjector, true, projector.open),
            (
                strings.live.fullscreen_button,
                Command::ProjectorFullscreen,
                projector.open,
                projector.fullscreen,
            ),
            (strings.live.present_here_button, Command::PresentHere, true, false),
        ];
        for (label, command, enabled, selected) in buttons {
            if toggle_button(ui, strings, (label, command), enabled, selected) {
                actions.push(Action::Command(command));
            }
        }
        let step = live.session().live.flow.step;
        if matches!(step, Step::Generalization { .. } | Step::Conclusion) {
            let show = (strings.live.show_text_button, Command::ShowText);
            if toggle_button(ui, strings, show, true, projector.presenting) {
                actions.push(Action::Command(Command::ShowText));
            }
        }
    });
}

/// A selectable button showing its shortcut; returns whether it was clicked.
fn toggle_button(
    ui: &mut Ui,
    strings: &Strings,
    (label, command): (&str, Command),
    enabled: bool,
    selected: bool,
) -> bool {
    let keys = command.keys(ui.ctx());
    let button = Button::selectable(selected, format!("{label} [{keys}]"));
    ui.add_enabled(enabled, button).on_hover_text(command.label(strings)).clicked()
}
