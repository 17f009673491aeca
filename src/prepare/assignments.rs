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

/// Assigns `member` to speak on `subtopic`, last in its order; nothing when the member or the
/// sub-topic is unknown or the member already speaks on it.
pub fn assign(session: &mut Session, member: MemberId, subtopic: SubTopicId) {
    if session.member(member).is_none() {
        return;
    }
    if let Some(target) = session.subtopics.iter_mut().find(|s| s.id == subtopic)
        && !target.speakers.contains(&member)
    {
        target.speakers.push(member);
    }
}

/// Takes `member` off `subtopic`'s speakers.
pub fn unassign(session: &mut Session, member: MemberId, subtopic: SubTopicId) {
    if let Some(target) = session.subtopics.iter_mut().find(|s| s.id == subtopic) {
        target.speakers.retain(|speaker| *speaker != member);
    }
}

/// Moves the speaker at `from` in `subtopic`'s order to `to`; nothing when either is past the end.
pub fn move_speaker(session: &mut Session, subtopic: SubTopicId, from: usize, to: usize) {
    if let Some(target) = session.subtopics.iter_mut().find(|s| s.id == subtopic)
        && from < target.speakers.len()
        && to < target.speakers.len()
    {
        let speaker = target.speakers.remove(from);
        target.speakers.insert(to, speaker);
    }
}

#[cfg(test)]
mod tests {
    use super::{assign, gaps, move_speaker, speakers, unassign};
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

    #[test]
    fn speakers_are_assigned_once_moved_within_the_order_and_taken_off() {
        let mut session = sample_session().expect("sample");
        let second = SubTopicId(2);
        assign(&mut session, MemberId(1), second);
        assign(&mut session, MemberId(1), second);
        assign(&mut session, MemberId(99), second);
        assert_eq!(
            session.subtopics[1].speakers,
            [MemberId(5), MemberId(6), MemberId(1)],
            "once, known only"
        );
        move_speaker(&mut session, second, 2, 0);
        assert_eq!(session.subtopics[1].speakers, [MemberId(1), MemberId(5), MemberId(6)]);
        move_speaker(&mut session, second, 0, 3);
        assert_eq!(session.subtopics[1].speakers[0], MemberId(1), "past the end: nothing moves");
        unassign(&mut session, MemberId(5), second);
        assert_eq!(session.subtopics[1].speakers, [MemberId(1), MemberId(6)]);
    }
}
