//! Changing the open session: edits, undo and redo, and the commands of the live screen.

use super::{AppState, Command, Effect};
use crate::edit::{Applied, Document, Edit};
use crate::i18n::edit_error;
use crate::model::{AdjustmentKind, Step};

/// How much `+` and `-` add to or take from what is being timed, in seconds.
pub const ADJUST_STEP: i64 = 30;

impl AppState {
    pub(super) fn edit(&mut self, edit: Edit) {
        if self.edit_refused_for_lock() {
            return;
        }
        let strings = self.strings();
        let Some(document) = self.document.as_mut() else {
            return;
        };
        // A message to the speaker is for that speaker: it goes when their speech does.
        let speaker_changes = matches!(
            edit,
            Edit::EndSpeech | Edit::CallNext | Edit::GoTo(_) | Edit::OpenGeneralization { .. } | Edit::Close
        );
        document.set_point_labels(strings.point_labels());
        let applied = document.edit(edit);
        if speaker_changes && applied.is_ok() {
            self.room.say(None);
        }
        match applied {
            Ok(Applied::Done) => {}
            Ok(Applied::MemberAdded(_)) => self.effects.push(Effect::MemberAdded),
            Ok(Applied::CommentAdded(comment)) => self.effects.push(Effect::CommentAdded(comment)),
            Ok(Applied::Pasted(outcome)) => {
                let text = strings.prepare;
                let mut lines = vec![(text.pasted)(outcome.added.len())];
                lines.extend(outcome.rejected.iter().map(|rejected| {
                    (text.rejected_line)(rejected.line, &rejected.text, &(text.member_error)(&rejected.error))
                }));
                let complete = outcome.rejected.is_empty();
                self.effects.push(Effect::Pasted { complete });
                if complete { self.inform(lines.join("\n")) } else { self.fail(&lines.join("\n")) }
            }
            Err(error) => self.fail(&edit_error(strings, &error)),
        }
    }

    /// Takes back the newest edit (`redo` false) or applies again the one undone last,
    /// saying which in the message at the bottom.
    pub(super) fn step_history(&mut self, redo: bool) {
        if self.edit_refused_for_lock() {
            return;
        }
        let (label, said) = match redo {
            false => (self.undo_label(), self.strings().edits.undone),
            true => (self.redo_label(), self.strings().edits.redone),
        };
        let Some(document) = self.document.as_mut() else {
            return;
        };
        let result = if redo { document.redo() } else { document.undo() };
        match (result, label) {
            (Ok(_), Some(label)) => self.inform(said(&label)),
            (Ok(_), None) => {}
            (Err(error), _) => self.fail(&edit_error(self.strings(), &error)),
        }
    }

    pub(super) fn command(&mut self, command: Command) {
        let session = self.document.as_ref().map(Document::session);
        if let Err(error) = command.available(session) {
            self.fail(&edit_error(self.strings(), &error));
            return;
        }
        let step = session.and_then(|session| command.step(session));
        let comment = session.and_then(|session| session.live.flow.current_comment);
        let line_done = session.and_then(waiting_over);
        match command {
            Command::ToggleSpeech => self.edit(Edit::ToggleSpeech),
            Command::NextSpeaker => match line_done {
                Some(subtopic) => self.edit(Edit::GoTo(Step::Generalization { subtopic })),
                None => self.edit(Edit::CallNext),
            },
            Command::EndSpeech => self.edit(Edit::EndSpeech),
            Command::SkipSpeaker => self.edit(Edit::SkipSpeaker),
            Command::PassAbsent => self.edit(Edit::PassOver(crate::model::PassReason::Absent)),
            Command::PassDeclined => self.edit(Edit::PassOver(crate::model::PassReason::Declined)),
            Command::ToggleComment => {
                if let Some(comment) = comment {
                    self.edit(Edit::ToggleComment(comment));
                }
            }
            Command::NextStep | Command::PreviousStep => {
                if let Some(step) = step {
                    self.edit(Edit::GoTo(step));
                }
            }
            Command::AddTime => self.edit(Edit::AdjustTime { secs: ADJUST_STEP, kind: AdjustmentKind::Step }),
            Command::TakeTime => {
                self.edit(Edit::AdjustTime { secs: -ADJUST_STEP, kind: AdjustmentKind::Step })
            }
            Command::Blank => self.room.blank = !self.room.blank,
            Command::ShowText => self.room.presenting = !self.room.presenting,
            Command::ReadBack => self.room.read_back(),
            Command::PresentHere => self.room.projector.present_here = !self.room.projector.present_here,
            Command::ProjectorFullscreen => {
                if self.room.toggle_fullscreen() {
                    self.effects.push(Effect::Window(command));
                }
            }
            Command::Undo => self.step_history(false),
            Command::Redo => self.step_history(true),
            Command::AddComment
            | Command::ToggleProjector
            | Command::Message
            | Command::Help
            | Command::Close => self.effects.push(Effect::Window(command)),
        }
    }
}

/// The sub-topic under discussion when nobody present is left in its line: N then moves on
/// to its generalization.
fn waiting_over(session: &crate::model::Session) -> Option<crate::model::SubTopicId> {
    let subtopic = session.live.flow.subtopic()?;
    let queue = session.live.flow.queue(subtopic);
    let present = |entry: &&crate::model::QueueEntry| {
        session.member(entry.member).is_some_and(|member| member.attendance.can_speak())
    };
    let anyone = queue.is_some_and(|queue| queue.waiting.iter().any(|entry| present(&entry)));
    (!anyone && queue.is_some()).then_some(subtopic)
}
