//! Who speaks on which sub-topic: the gaps the committee must close before the meeting.

use crate::model::{MemberId, Session, SubTopicId};

/// What the assignments leave open.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AssignmentGaps {
    /// Present (or unmarked) members assigned to no sub-topic.
    pub members_without_subtopic: Vec<MemberId>,
    /// Sub-topics with no speaker assigned.
    pub subtopics_without_speaker: Vec<SubTopicId>,
}

/// The gaps of the session's assignments. Absent members are not expected to speak.
pub fn gaps(session: &Session) -> AssignmentGaps {
    let assigned = |member: MemberId| session.subtopics.iter().any(|s| s.speakers.contains(&member));
    AssignmentGaps {
        members_without_subtopic: session
            .roster
            .iter()
            .filter(|m| m.attendance.can_speak() && !assigned(m.id))
            .map(|m| m.id)
            .collect(),
        subtopics_without_speaker: session
            .subtopics
            .iter()
            .filter(|s| s.speakers.is_empty())
            .map(|s| s.id)
            .collect(),
    }
}

/// Every member assigned to speak, once, in sub-topic order.
pub fn speakers(session: &Session) -> Vec<MemberId> {
    let mut seen = Vec::new();
    for member in session.subtopics.iter().flat_map(|s| &s.speakers) {
        if !seen.contains(member) {
            seen.push(*member);
        }
    }
    seen
}

#[cfg(test)]
mod tests {
    use super::{gaps, speakers};
    use crate::model::{Attendance, MemberId, SubTopicId};
    use crate::sample::sample_session;

    #[test]
    fn unassigned_members_and_empty_subtopics_are_found() {
        let mut session = sample_session().expect("sample");
        let found = gaps(&session);
        assert_eq!(found.members_without_subtopic, [MemberId(1)], "the chair has no sub-topic");
        assert!(found.subtopics_without_speaker.is_empty());
        session.subtopics[3].speakers.clear();
        session.roster[0].attendance = Attendance::Absent { reason: String::new() };
        let found = gaps(&session);
        assert_eq!(found.members_without_subtopic, [MemberId(8)]);
        assert_eq!(found.subtopics_without_speaker, [SubTopicId(4)]);
        assert_eq!(speakers(&session).len(), 6);
    }
}
