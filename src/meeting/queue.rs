//! The speaker queue of the sub-topic under discussion, the raised hands, calling the next
//! speaker, and undo of the last queue action.

use super::LiveError;
use super::timer;
use crate::model::{
    Flow, MemberId, QueueEntry, Session, Speech, SpeechId, SubTopicId, SubTopicQueue, WallTime,
};

/// How many queue actions can be undone.
const UNDO_DEPTH: usize = 100;

/// The queue actions that can be undone, newest last. Kept in memory only.
#[derive(Debug, Clone, Default)]
pub struct QueueHistory {
    snapshots: Vec<Snapshot>,
}

#[derive(Debug, Clone)]
struct Snapshot {
    queues: Vec<SubTopicQueue>,
    hands: Vec<MemberId>,
    current_speech: Option<SpeechId>,
    called: Option<SpeechId>,
}

impl QueueHistory {
    /// Whether there is anything to undo.
    pub fn can_undo(&self) -> bool {
        !self.snapshots.is_empty()
    }

    fn remember(&mut self, flow: &Flow, called: Option<SpeechId>) {
        if self.snapshots.len() == UNDO_DEPTH {
            self.snapshots.remove(0);
        }
        self.snapshots.push(Snapshot {
            queues: flow.queues.clone(),
            hands: flow.hands.clone(),
            current_speech: flow.current_speech,
            called,
        });
    }
}

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
pub(super) fn call_next(
    session: &mut Session,
    history: &mut QueueHistory,
    now: WallTime,
) -> Result<SpeechId, LiveError> {
    let subtopic = discussed(session).ok_or(LiveError::NotInDiscussion)?;
    let present: Vec<MemberId> =
        session.roster.iter().filter(|m| m.attendance.can_speak()).map(|m| m.id).collect();
    let queue = waiting(session)?;
    let position = queue.iter().position(|e| present.contains(&e.member)).ok_or(LiveError::QueueEmpty)?;
    let before = session.live.flow.clone();
    let queue = waiting(session)?;
    let entry = queue[position];
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
    history.remember(&before, Some(id));
    Ok(id)
}

/// The actions that only reorder the queue or the raised hands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QueueEdit {
    /// The first in line goes to the end, marked skipped.
    Skip,
    /// Takes the speaker at this position out of the line.
    Remove(usize),
    /// Moves a speaker from one position to another (drag and drop).
    Move {
        /// Where the speaker is.
        from: usize,
        /// Where the speaker goes.
        to: usize,
    },
    /// Adds an unplanned speaker (a raised hand) at a position.
    Insert {
        /// Who.
        member: MemberId,
        /// Where in the line; past the end means last.
        at: usize,
    },
    /// Adds a member to the hands raised for comments.
    RaiseHand(MemberId),
    /// Takes a member off the raised hands.
    LowerHand(MemberId),
}

/// Applies a queue edit, remembering the state before it for undo.
pub(super) fn edit(
    session: &mut Session,
    history: &mut QueueHistory,
    edit: QueueEdit,
) -> Result<(), LiveError> {
    let before = session.live.flow.clone();
    match edit {
        QueueEdit::RaiseHand(member) => {
            speaker(session, member)?;
            let hands = &mut session.live.flow.hands;
            if hands.contains(&member) {
                return Err(LiveError::AlreadyRaised(member));
            }
            hands.push(member);
        }
        QueueEdit::LowerHand(member) => {
            let hands = &mut session.live.flow.hands;
            let index = hands.iter().position(|m| *m == member).ok_or(LiveError::UnknownMember)?;
            hands.remove(index);
        }
        QueueEdit::Insert { member, at } => {
            speaker(session, member)?;
            let queue = waiting(session)?;
            if queue.iter().any(|entry| entry.member == member) {
                return Err(LiveError::AlreadyQueued(member));
            }
            let at = at.min(queue.len());
            queue.insert(at, QueueEntry { member, skipped: false, unplanned: true });
        }
        QueueEdit::Skip | QueueEdit::Remove(_) | QueueEdit::Move { .. } => reorder(waiting(session)?, edit)?,
    }
    history.remember(&before, None);
    Ok(())
}

fn reorder(queue: &mut Vec<QueueEntry>, edit: QueueEdit) -> Result<(), LiveError> {
    let exists = |index: usize| {
        if index < queue.len() { Ok(index) } else { Err(LiveError::NoSuchPosition) }
    };
    match edit {
        QueueEdit::Skip => {
            exists(0)?;
            let mut first = queue.remove(0);
            first.skipped = true;
            queue.push(first);
        }
        QueueEdit::Remove(index) => {
            queue.remove(exists(index)?);
        }
        QueueEdit::Move { from, to } => {
            let entry = queue.remove(exists(from)?);
            queue.insert(to.min(queue.len()), entry);
        }
        QueueEdit::Insert { .. } | QueueEdit::RaiseHand(_) | QueueEdit::LowerHand(_) => {}
    }
    Ok(())
}

/// Undoes the last queue action. Undoing a call puts the speaker back in line, unless the
/// speech has started: what was recorded is never thrown away.
pub(super) fn undo(session: &mut Session, history: &mut QueueHistory) -> Result<(), LiveError> {
    let snapshot = history.snapshots.last().ok_or(LiveError::NothingToUndo)?;
    if let Some(called) = snapshot.called {
        let started = session.live.speeches.iter().any(|s| s.id == called && s.span.started_at.is_some());
        if started {
            return Err(LiveError::CalledSpeakerStarted);
        }
        session.live.speeches.retain(|speech| speech.id != called);
    }
    let Some(snapshot) = history.snapshots.pop() else {
        return Err(LiveError::NothingToUndo);
    };
    let flow = &mut session.live.flow;
    flow.queues = snapshot.queues;
    flow.hands = snapshot.hands;
    flow.current_speech = snapshot.current_speech;
    Ok(())
}

/// Ends a running or paused speech; records the phase it reached.
pub(super) fn end_speech(session: &mut Session, id: SpeechId, now: WallTime) {
    let rules = session.timing;
    if let Some(speech) = session.live.speeches.iter_mut().find(|s| s.id == id)
        && speech.span.started_at.is_some()
        && speech.span.ended_at.is_none()
    {
        timer::end(&mut speech.span, now);
        speech.phase_reached = Some(rules.phase(speech.span.elapsed(now)));
    }
}
