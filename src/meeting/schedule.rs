//! Whether the meeting runs to plan: the planned end (the start plus the planned length) and
//! the end projected from what is still to come, as the secretary sees it during the meeting.

use std::time::Duration;

use chrono::TimeDelta;

use crate::model::{MemberId, Session, SpanState, Step, WallTime};
use crate::prepare::estimate::{CONCLUSION, GENERALIZATION, OPENING};

/// The planned times of the meeting and, once it has opened, its projected end.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Schedule {
    /// The start: before the meeting opens, its start time on its planned day (else today);
    /// once it has opened, the moment it did — the plan as held.
    pub planned_start: Option<WallTime>,
    /// That start plus the planned length, when both are known.
    pub planned_end: Option<WallTime>,
    /// Only while the meeting is being held: opened, and on the day it opened.
    pub projection: Option<Projection>,
}

/// Where the meeting being held is heading.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Projection {
    /// Now plus what is still to come.
    pub end: WallTime,
    /// How many whole minutes the projection is behind the plan (negative: ahead), rounded.
    pub behind_minutes: Option<i64>,
    /// The length the meeting is heading for: from its opening to the projected end.
    pub length: Duration,
}

/// The schedule at `now`, with the current speech at `speaking` so far: the planned times, and
/// the projection only while the meeting is held (opened, today), so that it is never compared
/// with a plan of another day. Still to come: the
/// current speech up to the middle of the target range, each speaker waiting on the current
/// sub-topic and each present speaker assigned to a sub-topic not yet opened at the middle of
/// the range, a generalization for each sub-topic without one, the conclusion, and the
/// opening while it has not ended — the allowances of the preparation's estimate.
pub fn schedule(session: &Session, now: WallTime, speaking: Duration) -> Schedule {
    let planned_start = planned_start(session, now);
    let planned_end = planned_start.and_then(|start| {
        let minutes = session.meeting.planned_minutes;
        (minutes > 0).then(|| start + TimeDelta::minutes(i64::from(minutes)))
    });
    let held_today = session
        .live
        .opened_at
        .is_some_and(|opened| opened.with_timezone(now.offset()).date_naive() == now.date_naive());
    let opened = session.live.opened_at.filter(|_| held_today);
    let projection = opened.map(|opened| {
        let end = projected_end(session, now, speaking);
        let length = (end - opened).to_std().unwrap_or_default();
        let behind_minutes = planned_end.map(|planned| {
            let seconds = (end - planned).num_seconds();
            (seconds + 30 * seconds.signum()) / 60
        });
        Projection { end, behind_minutes, length }
    });
    Schedule { planned_start, planned_end, projection }
}

/// Now plus what is still to come.
fn projected_end(session: &Session, now: WallTime, speaking: Duration) -> WallTime {
    let rules = &session.timing;
    let middle = Duration::from_secs(u64::from(rules.target_min_secs + rules.target_max_secs) / 2);
    let flow = &session.live.flow;
    let present: std::collections::HashSet<MemberId> =
        session.roster.iter().filter(|m| m.attendance.can_speak()).map(|m| m.id).collect();
    let present = |member: MemberId| present.contains(&member);
    let mut speeches = 0_u32;
    let mut rest = Duration::ZERO;
    let current = flow.current_speech.and_then(|id| session.speech(id));
    if let Some(speech) = current.filter(|speech| speech.span.state() != SpanState::Ended) {
        rest += middle.saturating_sub(speaking.max(speech.span.recorded()));
    }
    for subtopic in &session.subtopics {
        let waiting = match flow.queue(subtopic.id) {
            Some(queue) if flow.subtopic() == Some(subtopic.id) => {
                queue.waiting.iter().filter(|entry| present(entry.member)).count()
            }
            Some(_) => 0,
            None => subtopic.speakers.iter().filter(|member| present(**member)).count(),
        };
        speeches += u32::try_from(waiting).unwrap_or(u32::MAX);
        if !session.live.generalizations.iter().any(|g| g.subtopic == subtopic.id) {
            rest += GENERALIZATION;
        }
    }
    rest += middle * speeches;
    if flow.step != Step::Conclusion {
        rest += CONCLUSION;
    }
    if flow.step == Step::Opening {
        rest += OPENING;
    }
    let end = now.checked_add_signed(TimeDelta::from_std(rest).unwrap_or(TimeDelta::MAX));
    end.unwrap_or(now)
}

/// The moment the meeting opened, so that its planned length is counted from when it was
/// really held (opened early, late or on another day, it is never "585 minutes early"); before
/// that, its start time on its planned day, else today.
fn planned_start(session: &Session, now: WallTime) -> Option<WallTime> {
    let meeting = &session.meeting;
    if let Some(opened) = session.live.opened_at {
        return Some(opened);
    }
    let day = meeting.date.unwrap_or(now.date_naive());
    day.and_time(meeting.start_time?).and_local_timezone(*now.offset()).single()
}

#[cfg(test)]
mod tests;
