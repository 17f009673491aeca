//! The speaker queue of the sub-topic under discussion, the raised hands, and calling the
//! next speaker.

use super::LiveError;
use super::timer;
use crate::model::{MemberId, QueueEntry, Session, Speech, SpeechId, SubTopicId, SubTopicQueue, WallTime};

/// Opens a sub-topic's queue the first time it is discussed: its assigned speakers in the
/// planned order, absent members left out.
pub(super) fn ensure_queue(session: &mut Session, subtopic: SubTopicId) -> Result<(), LiveError> {
    let planned = &session.subtopic(subtopic).ok_or(LiveError::UnknownSubTopic)?.speakers;
    if session.live.flow.queue(subtopic).is_some() {
        return Ok(());
    }
    let waiting = planned
        .iter()
        .filter(|id| session.member(**id).is_some_and(|m| m.attendance.can_speak()))
        .map(|&member| QueueEntry { member, skipped: false, unplanned: false })
        .collect();
    session.live.flow.queues.push(SubTopicQueue { subtopic, waiting });
    Ok(())
}

/// The queue of the sub-topic under discussion.
fn waiting(session: &mut Session) -> Result<&mut Vec<QueueEntry>, LiveError> {
    let Some(subtopic) = discussed(session) else {
        return Err(LiveError::NotInDiscussion);
    };
    ensure_queue(session, subtopic)?;
    let flow = &mut session.live.flow;
    let queue = flow.queues.iter_mut().find(|queue| queue.subtopic == subtopic);
    queue.map(|queue| &mut queue.waiting).ok_or(LiveError::UnknownSubTopic)
}

/// The sub-topic under discussion, if the meeting is in a discussion step.
pub(super) fn discussed(session: &Session) -> Option<SubTopicId> {
    match session.live.flow.step {
        crate::model::Step::Discussion { subtopic } => Some(subtopic),
        _ => None,
    }
}

fn speaker(session: &Session, member: MemberId) -> Result<(), LiveError> {
    let found = session.member(member).ok_or(LiveError::UnknownMember)?;
    if found.attendance.can_speak() { Ok(()) } else { Err(LiveError::MemberAbsent(member)) }
}

/// Ends the current speech and comment, then calls the first present speaker in line with a
/// fresh, not yet started timer. Absent members at the head of the line are passed over.
pub fn call_next(session: &mut Session, now: WallTime) -> Result<SpeechId, LiveError> {
    let subtopic = discussed(session).ok_or(LiveError::NotInDiscussion)?;
    let present: Vec<MemberId> =
        session.roster.iter().filter(|m| m.attendance.can_speak()).map(|m| m.id).collect();
    let queue = waiting(session)?;
    let position = queue.iter().position(|e| present.contains(&e.member)).ok_or(LiveError::QueueEmpty)?;
    let queue = waiting(session)?;
    let entry = *queue.get(position).ok_or(LiveError::QueueEmpty)?;
    queue.drain(..=position);
    super::finish_current(session, now);
    let id = SpeechId::next_after(session.live.speeches.iter().map(|s| s.id));
    session.live.speeches.push(Speech {
        id,
        subtopic,
        speaker: entry.member,
        unplanned: entry.unplanned,
        span: Default::default(),
        phase_reached: None,
        notes: Default::default(),
    });
    session.live.flow.current_speech = Some(id);
    session.live.flow.current_comment = None;
    Ok(id)
}

/// Puts the first in line at the end, marked skipped.
pub fn skip(session: &mut Session) -> Result<(), LiveError> {
    let queue = waiting(session)?;
    if queue.is_empty() {
        return Err(LiveError::NoSuchPosition);
    }
    let mut first = queue.remove(0);
    first.skipped = true;
    queue.push(first);
    Ok(())
}

/// Takes the speaker at `index` out of the line.
pub fn remove(session: &mut Session, index: usize) -> Result<(), LiveError> {
    let queue = waiting(session)?;
    if index >= queue.len() {
        return Err(LiveError::NoSuchPosition);
    }
    queue.remove(index);
    Ok(())
}

/// Moves a speaker from one position to another (drag and drop).
pub fn move_entry(session: &mut Session, from: usize, to: usize) -> Result<(), LiveError> {
    let queue = waiting(session)?;
    if from >= queue.len() {
        return Err(LiveError::NoSuchPosition);
    }
    let entry = queue.remove(from);
    queue.insert(to.min(queue.len()), entry);
    Ok(())
}

/// Adds an unplanned speaker (a raised hand) at `at`; past the end means last.
pub fn insert(session: &mut Session, member: MemberId, at: usize) -> Result<(), LiveError> {
    speaker(session, member)?;
    let queue = waiting(session)?;
    if queue.iter().any(|entry| entry.member == member) {
        return Err(LiveError::AlreadyQueued(member));
    }
    let at = at.min(queue.len());
    queue.insert(at, QueueEntry { member, skipped: false, unplanned: true });
    Ok(())
}

/// Adds a member to the hands raised for comments.
pub fn raise_hand(session: &mut Session, member: MemberId) -> Result<(), LiveError> {
    speaker(session, member)?;
    let hands = &mut session.live.flow.hands;
    if hands.contains(&member) {
        return Err(LiveError::AlreadyRaised(member));
    }
    hands.push(member);
    Ok(())
}

/// Takes a member off the raised hands.
pub fn lower_hand(session: &mut Session, member: MemberId) -> Result<(), LiveError> {
    let hands = &mut session.live.flow.hands;
    let index = hands.iter().position(|m| *m == member).ok_or(LiveError::UnknownMember)?;
    hands.remove(index);
    Ok(())
}

/// Ends a running or paused speech; records the phase it reached.
pub(super) fn end_speech(session: &mut Session, id: SpeechId, now: WallTime) {
    let rules = session.timing;
    if let Some(speech) = session.speech_mut(id)
        && speech.span.started_at.is_some()
        && speech.span.ended_at.is_none()
    {
        timer::end(&mut speech.span, now);
        speech.phase_reached = Some(rules.phase(speech.span.elapsed(now)));
    }
}
