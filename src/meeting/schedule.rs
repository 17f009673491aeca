//! Whether the meeting runs to plan: the planned end (the start plus the planned length) and
//! the end projected from what is still to come, as the secretary sees it during the meeting.

use std::time::Duration;

use chrono::TimeDelta;

use crate::model::{MemberId, Session, SpanState, Step, WallTime};
use crate::prepare::estimate::{CONCLUSION, GENERALIZATION, OPENING};

/// The planned and the projected end of the meeting.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Schedule {
    /// The planned start plus the planned length, when both are known (the start falls back
    /// to the moment the meeting was opened).
    pub planned_end: Option<WallTime>,
    /// Now plus what is still to come.
    pub projected_end: WallTime,
    /// How many whole minutes the projection is behind the plan (negative: ahead), rounded.
    pub behind_minutes: Option<i64>,
}

/// The schedule at `now`, with the current speech at `speaking` so far. Still to come: the
/// current speech up to the middle of the target range, each speaker waiting on the current
/// sub-topic and each present speaker assigned to a sub-topic not yet opened at the middle of
/// the range, a generalization for each sub-topic without one, the conclusion, and the
/// opening while it has not ended — the allowances of the preparation's estimate.
pub fn schedule(session: &Session, now: WallTime, speaking: Duration) -> Schedule {
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
    let projected_end = now + TimeDelta::from_std(rest).unwrap_or(TimeDelta::MAX);
    let planned_end = planned_end(session, now);
    let behind_minutes = planned_end.map(|planned| {
        let seconds = (projected_end - planned).num_seconds();
        (seconds + 30 * seconds.signum()) / 60
    });
    Schedule { planned_end, projected_end, behind_minutes }
}

/// The planned start (the meeting's start time on the day it was opened, or today before
/// it is: a meeting held on another day than planned is compared with its own day) plus the
/// planned length; without a start time, the moment it was opened. `None` without a length
/// or a start.
fn planned_end(session: &Session, now: WallTime) -> Option<WallTime> {
    let meeting = &session.meeting;
    if meeting.planned_minutes == 0 {
        return None;
    }
    let opened = session.live.opened_at;
    let start = match meeting.start_time {
        Some(time) => {
            let day = opened.unwrap_or(now).date_naive();
            day.and_time(time).and_local_timezone(*now.offset()).single()?
        }
        None => opened?,
    };
    Some(start + TimeDelta::minutes(i64::from(meeting.planned_minutes)))
}

#[cfg(test)]
mod tests;
