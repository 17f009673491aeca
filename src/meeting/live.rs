//! The secretary's live actions on the session, one function each: the steps, the speech
//! and comment timers, notes, measures, generalizations and the conclusion. Each either
//! changes the session or returns why not, having changed nothing.

use chrono::NaiveDate;

use super::{LiveError, queue, timer};
use crate::model::{
    AdjustmentKind, Comment, CommentId, CommentKind, Generalization, Measure, MeasureId, MeasureOwner,
    MeasureStatus, MemberId, NoteDetail, PassReason, PassedOver, Session, SpanState, Speech, SpeechId, Step,
    SubTopicId, WallTime,
};

/// Moves to a step of the procedure; earlier steps can always be revisited. The first step
/// past the opening records when the meeting opened.
pub fn go_to(session: &mut Session, step: Step, now: WallTime) -> Result<(), LiveError> {
    if let Step::Discussion { subtopic } | Step::Generalization { subtopic } = step {
        queue::ensure_queue(session, subtopic)?;
    }
    if step != Step::Opening && session.live.opened_at.is_none() {
        session.live.opened_at = Some(now);
    }
    session.live.flow.step = step;
    Ok(())
}

fn current_speech_mut(session: &mut Session) -> Result<&mut Speech, LiveError> {
    let id = session.live.flow.current_speech.ok_or(LiveError::NoCurrentSpeech)?;
    session.speech_mut(id).ok_or(LiveError::NoCurrentSpeech)
}

/// Starts, pauses or resumes the current speech.
pub fn toggle_speech(session: &mut Session, now: WallTime) -> Result<(), LiveError> {
    let speech = current_speech_mut(session)?;
    if speech.span.state() == SpanState::Ended {
        return Err(LiveError::SpeechEnded);
    }
    if timer::toggle(&mut speech.span, now) == SpanState::Running {
        pause_comment(session, now);
    }
    Ok(())
}

/// Pauses the current comment if it is running: one span runs at a time.
fn pause_comment(session: &mut Session, now: WallTime) {
    let current = session.live.flow.current_comment;
    if let Some(comment) = current.and_then(|id| session.comment_mut(id))
        && comment.span.state() == SpanState::Running
    {
        timer::toggle(&mut comment.span, now);
    }
}

/// Corrects what is being timed by `secs` (taken away when negative): the current comment
/// while it is open, else the current speech while it is open. The count never goes below
/// zero; the correction is kept in the record with its time.
pub fn adjust(
    session: &mut Session,
    secs: i64,
    kind: AdjustmentKind,
    now: WallTime,
) -> Result<(), LiveError> {
    let flow = &session.live.flow;
    let comment = flow.current_comment.filter(|id| session.comment(*id).is_some_and(|c| c.span.is_open()));
    let span = match comment {
        Some(id) => session.comment_mut(id).map(|comment| &mut comment.span),
        None => {
            let speech = flow.current_speech;
            speech.and_then(|id| session.speech_mut(id)).map(|speech| &mut speech.span)
        }
    };
    let span = span.filter(|span| span.is_open()).ok_or(LiveError::NothingTimed)?;
    match timer::adjust(span, secs, kind, now) {
        0 => Err(LiveError::AtZero),
        _ => Ok(()),
    }
}

/// Records that the speaker called did not speak, and why; the speech never started leaves
/// the record. Refused once the speaker has begun.
pub fn pass_over(session: &mut Session, reason: PassReason) -> Result<(), LiveError> {
    let speech = current_speech_mut(session)?;
    if speech.span.started_at.is_some() {
        return Err(LiveError::AlreadySpeaking);
    }
    let (id, subtopic, member) = (speech.id, speech.subtopic, speech.speaker);
    session.live.passed_over.push(PassedOver { subtopic, member, reason });
    if session.speech(id).is_some_and(|speech| session.unheard(speech)) {
        session.live.speeches.retain(|speech| speech.id != id);
    }
    session.live.flow.current_speech = None;
    Ok(())
}

/// Ends the current speech, which must be running or paused.
pub fn end_speech(session: &mut Session, now: WallTime) -> Result<(), LiveError> {
    let speech = current_speech_mut(session)?;
    match speech.span.state() {
        SpanState::NotStarted => return Err(LiveError::SpeechNotStarted),
        SpanState::Ended => return Err(LiveError::SpeechEnded),
        SpanState::Running | SpanState::Paused => {}
    }
    let id = speech.id;
    queue::end_speech(session, id, now);
    Ok(())
}

/// Ends the discussion: moves to the conclusion and records the closing time.
pub fn close(session: &mut Session, now: WallTime) {
    finish_current(session, now);
    session.live.flow.step = Step::Conclusion;
    session.live.closed_at = Some(now);
}

/// Ends every speech and comment still going on, each at `now`.
pub fn end_open(session: &mut Session, now: WallTime) {
    finish_current(session, now);
    let open: Vec<SpeechId> =
        session.live.speeches.iter().filter(|s| s.span.is_open()).map(|s| s.id).collect();
    for id in open {
        queue::end_speech(session, id, now);
    }
    for comment in session.live.comments.iter_mut().filter(|comment| comment.span.is_open()) {
        timer::end(&mut comment.span, now);
    }
}

/// Ends the discussion of a sub-topic before its generalization: what is being timed ends,
/// and a speaker called but silent leaves no speech.
pub fn finish_discussion(session: &mut Session, now: WallTime) {
    finish_current(session, now);
}

/// Ends whatever is being timed: the current speech and the current comment. A speaker
/// called but passed over before speaking leaves no speech behind.
pub(super) fn finish_current(session: &mut Session, now: WallTime) {
    if let Some(id) = session.live.flow.current_speech {
        queue::end_speech(session, id, now);
        if session.speech(id).is_some_and(|speech| session.unheard(speech)) {
            session.live.speeches.retain(|speech| speech.id != id);
            session.live.flow.current_speech = None;
        }
    }
    if let Some(id) = session.live.flow.current_comment.take()
        && let Some(comment) = session.comment_mut(id)
    {
        timer::end(&mut comment.span, now);
    }
}

/// Adds a follow-up comment by `speaker` on the current speech and makes it current; the
/// comment that was current is ended.
pub fn add_comment(
    session: &mut Session,
    speaker: MemberId,
    kind: CommentKind,
    now: WallTime,
) -> Result<CommentId, LiveError> {
    let speech = session.live.flow.current_speech.ok_or(LiveError::NoSpeechToComment)?;
    let member = session.member(speaker).ok_or(LiveError::UnknownMember)?;
    if !member.attendance.can_speak() {
        return Err(LiveError::MemberAbsent(speaker));
    }
    if let Some(previous) = session.live.flow.current_comment.take()
        && let Some(comment) = session.comment_mut(previous)
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
    Ok(id)
}

/// The comment with this id, to change; an unknown one is refused.
pub fn comment_mut(session: &mut Session, id: CommentId) -> Result<&mut Comment, LiveError> {
    session.comment_mut(id).ok_or(LiveError::UnknownRecord)
}

/// Starts, pauses or resumes a comment's timer and makes it the current comment. Starting
/// it ends any other comment still running and pauses a running speech: one span runs at a
/// time.
pub fn toggle_comment(session: &mut Session, id: CommentId, now: WallTime) -> Result<(), LiveError> {
    if timer::toggle(&mut comment_mut(session, id)?.span, now) == SpanState::Running {
        for other in session.live.comments.iter_mut().filter(|comment| comment.id != id) {
            if other.span.state() == SpanState::Running {
                timer::end(&mut other.span, now);
            }
        }
        let speech = session.live.flow.current_speech.and_then(|speech| session.speech_mut(speech));
        if let Some(speech) = speech.filter(|speech| speech.span.state() == SpanState::Running) {
            timer::toggle(&mut speech.span, now);
        }
    }
    session.live.flow.current_comment = Some(id);
    Ok(())
}

/// Ends a comment's timer.
pub fn end_comment(session: &mut Session, id: CommentId, now: WallTime) -> Result<(), LiveError> {
    timer::end(&mut comment_mut(session, id)?.span, now);
    let flow = &mut session.live.flow;
    flow.current_comment = flow.current_comment.filter(|current| *current != id);
    Ok(())
}

/// Deletes a comment recorded by mistake; the meeting no longer has a current comment if it
/// was this one.
pub fn remove_comment(session: &mut Session, id: CommentId) -> Result<(), LiveError> {
    let index = session.live.comments.iter().position(|c| c.id == id).ok_or(LiveError::UnknownRecord)?;
    session.live.comments.remove(index);
    let flow = &mut session.live.flow;
    flow.current_comment = flow.current_comment.filter(|current| *current != id);
    Ok(())
}

/// Changes one of a speech's notes along the four points.
pub fn set_note(session: &mut Session, id: SpeechId, note: NoteDetail) -> Result<(), LiveError> {
    note.set(&mut session.speech_mut(id).ok_or(LiveError::UnknownRecord)?.notes);
    Ok(())
}

/// Adds a measure proposed in a speech (or by the cell); its content must not be empty.
pub fn add_measure(
    session: &mut Session,
    source: Option<SpeechId>,
    owner: MeasureOwner,
    content: &str,
    deadline: Option<NaiveDate>,
) -> Result<MeasureId, LiveError> {
    let content = content.trim().to_owned();
    if content.is_empty() {
        return Err(LiveError::EmptyMeasure);
    }
    if let MeasureOwner::Member { member } = owner {
        session.member(member).ok_or(LiveError::UnknownMember)?;
    }
    if let Some(speech) = source {
        session.speech(speech).ok_or(LiveError::UnknownRecord)?;
    }
    let id = MeasureId::next_after(session.measures.iter().map(|m| m.id));
    session.measures.push(Measure { id, content, owner, deadline, status: MeasureStatus::Open, source });
    Ok(id)
}

/// Changes how far a measure has got.
pub fn set_measure_status(
    session: &mut Session,
    id: MeasureId,
    status: MeasureStatus,
) -> Result<(), LiveError> {
    session.measures.iter_mut().find(|m| m.id == id).ok_or(LiveError::UnknownRecord)?.status = status;
    Ok(())
}

/// Removes a measure.
pub fn remove_measure(session: &mut Session, id: MeasureId) -> Result<(), LiveError> {
    let index = session.measures.iter().position(|m| m.id == id).ok_or(LiveError::UnknownRecord)?;
    session.measures.remove(index);
    Ok(())
}

/// Sets a sub-topic's generalization; empty text removes it.
pub fn set_generalization(
    session: &mut Session,
    subtopic: SubTopicId,
    text: String,
) -> Result<(), LiveError> {
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
