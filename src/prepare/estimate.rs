//! How long the meeting will take, estimated from the assignments and the timing rules.

use std::time::Duration;

use crate::model::{Session, TimingRules};

/// Time allowed for the secretary's opening.
pub const OPENING: Duration = Duration::from_secs(10 * 60);
/// Time allowed for each sub-topic's generalization.
pub const GENERALIZATION: Duration = Duration::from_secs(3 * 60);
/// Time allowed for the conclusion.
pub const CONCLUSION: Duration = Duration::from_secs(10 * 60);
/// Follow-up comments expected after each speech.
pub const COMMENTS_PER_SPEECH: u32 = 1;

/// The estimate: a shortest and a longest likely length.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Estimate {
    /// Speeches assigned (absent speakers left out).
    pub speeches: u32,
    /// Every speech at the target minimum, comments at half their limit.
    pub shortest: Duration,
    /// Every speech at the target maximum, comments at their full limit.
    pub longest: Duration,
    /// The meeting's planned length.
    pub planned: Duration,
}

impl Estimate {
    /// Whether even the longest estimate fits, or the planned length is exceeded.
    pub fn exceeds_plan(&self) -> bool {
        self.longest > self.planned
    }
}

/// Estimates the meeting: opening, each assigned present speaker's speech and comments, each
/// sub-topic's generalization, and the conclusion.
pub fn estimate(session: &Session) -> Estimate {
    let speeches = session
        .subtopics
        .iter()
        .flat_map(|s| &s.speakers)
        .filter(|id| session.member(**id).is_some_and(|m| m.attendance.can_speak()))
        .count();
    let speeches = u32::try_from(speeches).unwrap_or(u32::MAX);
    let subtopics = u32::try_from(session.subtopics.len()).unwrap_or(u32::MAX);
    let rules: &TimingRules = &session.timing;
    let secs = |value: u32| Duration::from_secs(u64::from(value));
    let fixed = OPENING + GENERALIZATION * subtopics + CONCLUSION;
    let comments = COMMENTS_PER_SPEECH * speeches;
    Estimate {
        speeches,
        shortest: fixed
            + secs(rules.target_min_secs) * speeches
            + secs(rules.comment_limit_secs) / 2 * comments,
        longest: fixed + secs(rules.target_max_secs) * speeches + secs(rules.comment_limit_secs) * comments,
        planned: Duration::from_secs(u64::from(session.meeting.planned_minutes) * 60),
    }
}

#[cfg(test)]
mod tests {
    use super::estimate;
    use crate::model::Attendance;
    use crate::sample::sample_session;
    use std::time::Duration;

    fn minutes(value: u64) -> Duration {
        Duration::from_secs(value * 60)
    }

    #[test]
    fn the_sample_fits_its_two_hours() {
        let session = sample_session().expect("sample");
        let found = estimate(&session);
        assert_eq!(found.speeches, 7);
        assert_eq!(found.shortest, minutes(10 + 12 + 10) + minutes(28) + Duration::from_secs(7 * 90));
        assert_eq!(found.longest, minutes(32) + minutes(49) + minutes(21));
        assert!(!found.exceeds_plan());
    }

    #[test]
    fn a_short_plan_or_many_speakers_is_flagged_and_absentees_do_not_count() {
        let mut session = sample_session().expect("sample");
        session.meeting.planned_minutes = 90;
        assert!(estimate(&session).exceeds_plan());
        session.roster[2].attendance = Attendance::Absent { reason: String::new() };
        assert_eq!(estimate(&session).speeches, 6);
    }
}
