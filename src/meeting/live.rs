//! The live actions of the secretary's control screen, and the one function that applies
//! them to the session.

use chrono::NaiveDate;

use super::queue::{self, QueueEdit, QueueHistory};
use super::{LiveError, timer};
use crate::model::{
    Comment, CommentId, CommentKind, Conclusion, FourPointNotes, Generalization, Measure, MeasureId,
    MeasureOwner, MeasureStatus, MemberId, Session, SpanState, SpeechId, Step, SubTopicId, WallTime,
};

/// One thing the secretary does while the meeting runs.
#[derive(Debug, Clone, PartialEq)]
pub enum LiveAction {
    /// Moves to a step of the procedure; earlier steps can always be revisited.
    GoTo(Step),
    /// Ends the current speech and calls the next speaker with a fresh, paused timer.
    CallNext,
    /// Starts, pauses or resumes the current speech.
    ToggleSpeech,
    /// Ends the current speech.
    EndSpeech,
    /// Reorders the queue or the raised hands.
    Queue(QueueEdit),
    /// Undoes the last queue action.
    UndoQueue,
    /// Adds a follow-up comment on the current speech and makes it current.
    AddComment {
        /// Who comments.
        speaker: MemberId,
        /// Its kind.
        kind: CommentKind,
    },
    /// Changes a comment's kind and text.
    EditComment {
        /// Which comment.
        comment: CommentId,
        /// Its kind.
        kind: CommentKind,
        /// What was said.
        text: String,
    },
    /// Starts, pauses or resumes a comment's timer.
    ToggleComment(CommentId),
    /// Ends a comment's timer.
    EndComment(CommentId),
    /// Replaces a speech's notes along the four points.
    EditNotes {
        /// Which speech.
        speech: SpeechId,
        /// The notes.
        notes: FourPointNotes,
    },
    /// Adds a measure proposed in a speech (or by the cell).
    AddMeasure {
        /// The speech it was proposed in.
        source: Option<SpeechId>,
        /// Who carries it out.
        owner: MeasureOwner,
        /// What is to be done.
        content: String,
        /// When it is due.
        deadline: Option<NaiveDate>,
    },
    /// Removes a measure.
    RemoveMeasure(MeasureId),
    /// Changes how far a measure has got.
    SetMeasureStatus(MeasureId, MeasureStatus),
    /// Sets a sub-topic's generalization; empty text removes it.
    SetGeneralization {
        /// Which sub-topic.
        subtopic: SubTopicId,
        /// The generalization.
        text: String,
    },
    /// Ends the discussion: moves to the conclusion and records the closing time.
    Close,
    /// Builds the four-part conclusion from the record; with `keep_edits`, the items the
    /// secretary edited or added stay.
    BuildConclusion {
        /// Whether edited items survive the rebuild.
        keep_edits: bool,
    },
    /// Replaces the conclusion with the secretary's edited version.
    SetConclusion(Conclusion),
}

/// Applies one live action at wall-clock time `now`. On error nothing has changed.
pub fn apply(
    session: &mut Session,
    history: &mut QueueHistory,
    action: LiveAction,
    now: WallTime,
) -> Result<(), LiveError> {
    match action {
        LiveAction::GoTo(step) => go_to(session, step, now),
        LiveAction::CallNext => queue::call_next(session, history, now).map(drop),
        LiveAction::ToggleSpeech => toggle_speech(session, now),
        LiveAction::EndSpeech => {
            let speech = current_speech(session)?;
            match speech.span.state() {
                SpanState::NotStarted => return Err(LiveError::SpeechNotStarted),
                SpanState::Ended => return Err(LiveError::SpeechEnded),
                SpanState::Running | SpanState::Paused => {}
            }
            queue::end_speech(session, speech.id, now);
            Ok(())
        }
        LiveAction::Queue(edit) => queue::edit(session, history, edit),
        LiveAction::UndoQueue => queue::undo(session, history),
        LiveAction::AddComment { speaker, kind } => add_comment(session, speaker, kind, now),
        LiveAction::EditComment { comment, kind, text } => {
            let comment = comment_mut(session, comment)?;
            comment.kind = kind;
            comment.text = text;
            Ok(())
        }
        LiveAction::ToggleComment(id) => {
            timer::toggle(&mut comment_mut(session, id)?.span, now);
            session.live.flow.current_comment = Some(id);
            Ok(())
        }
        LiveAction::EndComment(id) => {
            timer::end(&mut comment_mut(session, id)?.span, now);
            let flow = &mut session.live.flow;
            flow.current_comment = flow.current_comment.filter(|current| *current != id);
            Ok(())
        }
        LiveAction::EditNotes { speech, notes } => {
            let speech = session.live.speeches.iter_mut().find(|s| s.id == speech);
            speech.ok_or(LiveError::UnknownRecord)?.notes = notes;
            Ok(())
        }
        LiveAction::AddMeasure { source, owner, content, deadline } => {
            add_measure(session, source, owner, content, deadline)
        }
        LiveAction::SetMeasureStatus(id, status) => {
            session.measures.iter_mut().find(|m| m.id == id).ok_or(LiveError::UnknownRecord)?.status = status;
            Ok(())
        }
        LiveAction::RemoveMeasure(id) => {
            let index = session.measures.iter().position(|m| m.id == id).ok_or(LiveError::UnknownRecord)?;
            session.measures.remove(index);
            Ok(())
        }
        LiveAction::SetGeneralization { subtopic, text } => set_generalization(session, subtopic, text),
        LiveAction::BuildConclusion { keep_edits } => {
            session.conclusion = crate::summary::rebuild(&session.conclusion, session, keep_edits);
            Ok(())
        }
        LiveAction::SetConclusion(conclusion) => {
            session.conclusion = conclusion;
            Ok(())
        }
        LiveAction::Close => {
            finish_current(session, now);
            session.live.flow.step = Step::Conclusion;
            session.live.closed_at = Some(now);
            Ok(())
        }
    }
}

fn go_to(session: &mut Session, step: Step, now: WallTime) -> Result<(), LiveError> {
    if let Step::Discussion { subtopic } | Step::Generalization { subtopic } = step {
        queue::ensure_queue(session, subtopic)?;
    }
    if step != Step::Opening && session.live.opened_at.is_none() {
        session.live.opened_at = Some(now);
    }
    session.live.flow.step = step;
    Ok(())
}

fn current_speech(session: &Session) -> Result<&crate::model::Speech, LiveError> {
    let id = session.live.flow.current_speech.ok_or(LiveError::NoCurrentSpeech)?;
    session.live.speeches.iter().find(|s| s.id == id).ok_or(LiveError::NoCurrentSpeech)
}

fn toggle_speech(session: &mut Session, now: WallTime) -> Result<(), LiveError> {
    let id = current_speech(session)?.id;
    let speech = session.live.speeches.iter_mut().find(|s| s.id == id).ok_or(LiveError::NoCurrentSpeech)?;
    if speech.span.state() == SpanState::Ended {
        return Err(LiveError::SpeechEnded);
    }
    timer::toggle(&mut speech.span, now);
    Ok(())
}

/// Ends whatever is being timed: the current speech and the current comment.
pub(super) fn finish_current(session: &mut Session, now: WallTime) {
    if let Some(id) = session.live.flow.current_speech {
        queue::end_speech(session, id, now);
    }
    if let Some(id) = session.live.flow.current_comment.take()
        && let Some(comment) = session.live.comments.iter_mut().find(|c| c.id == id)
    {
        timer::end(&mut comment.span, now);
    }
}

fn add_comment(
    session: &mut Session,
    speaker: MemberId,
    kind: CommentKind,
    now: WallTime,
) -> Result<(), LiveError> {
    let speech = session.live.flow.current_speech.ok_or(LiveError::NoSpeechToComment)?;
    let member = session.member(speaker).ok_or(LiveError::UnknownMember)?;
    if !member.attendance.can_speak() {
        return Err(LiveError::MemberAbsent(speaker));
    }
    if let Some(previous) = session.live.flow.current_comment.take()
        && let Some(comment) = session.live.comments.iter_mut().find(|c| c.id == previous)
    {
        timer::end(&mut comment.span, now);
    }
    let id = CommentId::next_after(session.live.comments.iter().map(|c| c.id));
    session.live.comments.push(Comment {
        id,
        speech,
        speaker,
        kind,
        text: String::new(),
        span: Default::default(),
    });
    session.live.flow.hands.retain(|member| *member != speaker);
    session.live.flow.current_comment = Some(id);
    Ok(())
}

fn comment_mut(session: &mut Session, id: CommentId) -> Result<&mut Comment, LiveError> {
    session.live.comments.iter_mut().find(|c| c.id == id).ok_or(LiveError::UnknownRecord)
}

fn add_measure(
    session: &mut Session,
    source: Option<SpeechId>,
    owner: MeasureOwner,
    content: String,
    deadline: Option<NaiveDate>,
) -> Result<(), LiveError> {
    let content = content.trim().to_owned();
    if content.is_empty() {
        return Err(LiveError::EmptyMeasure);
    }
    if let MeasureOwner::Member { member } = owner {
        session.member(member).ok_or(LiveError::UnknownMember)?;
    }
    if let Some(speech) = source {
        session.live.speeches.iter().find(|s| s.id == speech).ok_or(LiveError::UnknownRecord)?;
    }
    let id = MeasureId::next_after(session.measures.iter().map(|m| m.id));
    session.measures.push(Measure { id, content, owner, deadline, status: MeasureStatus::Open, source });
    Ok(())
}

fn set_generalization(session: &mut Session, subtopic: SubTopicId, text: String) -> Result<(), LiveError> {
    session.subtopic(subtopic).ok_or(LiveError::UnknownSubTopic)?;
    let list = &mut session.live.generalizations;
    list.retain(|g| g.subtopic != subtopic || !text.trim().is_empty());
    if text.trim().is_empty() {
        return Ok(());
    }
    match list.iter_mut().find(|g| g.subtopic == subtopic) {
        Some(existing) => existing.text = text,
        None => list.push(Generalization { subtopic, text }),
    }
    Ok(())
}

#[cfg(test)]
mod tests;
