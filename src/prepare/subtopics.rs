//! The sub-topics, one change at a time: added, a text changed, moved, removed, while keeping
//! the live record consistent.

use thiserror::Error;

use crate::model::{Session, Step, SubTopic, SubTopicDetail, SubTopicId};

/// Why a change to the sub-topics was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Error)]
pub enum SubTopicError {
    /// No sub-topic has that identifier or place.
    #[error("no such sub-topic")]
    Unknown,
    /// Members have spoken on it: removing it would leave their speeches without a sub-topic.
    #[error("the sub-topic has been spoken on")]
    Spoken,
}

/// Adds a sub-topic titled `title` at the end, with no questions, suggestions or speakers
/// yet, and gives it back to be filled.
pub fn add(session: &mut Session, title: String) -> &mut SubTopic {
    let id = SubTopicId::next_after(session.subtopics.iter().map(|s| s.id));
    let subtopic =
        SubTopic { id, title, questions: Vec::new(), suggestions: Vec::new(), speakers: Vec::new() };
    session.subtopics.push_mut(subtopic)
}

/// Changes one text of a sub-topic.
pub fn set_detail(
    session: &mut Session,
    id: SubTopicId,
    detail: SubTopicDetail,
) -> Result<(), SubTopicError> {
    let subtopic = session.subtopics.iter_mut().find(|s| s.id == id).ok_or(SubTopicError::Unknown)?;
    detail.set(subtopic);
    Ok(())
}

/// Moves the sub-topic at place `from` to place `to`, the others closing up behind it.
pub fn move_to(session: &mut Session, from: usize, to: usize) -> Result<(), SubTopicError> {
    let count = session.subtopics.len();
    if from >= count || to >= count {
        return Err(SubTopicError::Unknown);
    }
    let subtopic = session.subtopics.remove(from);
    session.subtopics.insert(to, subtopic);
    Ok(())
}

/// Removes a sub-topic nobody has spoken on, with its queue and its generalization; a
/// meeting standing on it goes back to the opening.
pub fn remove(session: &mut Session, id: SubTopicId) -> Result<(), SubTopicError> {
    let at = session.subtopics.iter().position(|s| s.id == id).ok_or(SubTopicError::Unknown)?;
    let live = &mut session.live;
    if live.speeches.iter().any(|s| s.subtopic == id) {
        return Err(SubTopicError::Spoken);
    }
    live.flow.queues.retain(|queue| queue.subtopic != id);
    live.generalizations.retain(|g| g.subtopic != id);
    if live.flow.subtopic() == Some(id) {
        live.flow.step = Step::Opening;
    }
    session.subtopics.remove(at);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::{SubTopicError, add, move_to, remove, set_detail};
    use crate::meeting::{go_to, queue};
    use crate::model::{Session, Step, SubTopicDetail, SubTopicId, WallTime};
    use crate::sample::sample_session;

    fn now() -> WallTime {
        WallTime::parse_from_rfc3339("2020-06-12T14:00:00+07:00").expect("time")
    }

    /// The sample with the meeting standing on sub-topic `subtopic`.
    fn discussing(subtopic: u32) -> Session {
        let mut session = sample_session().expect("sample");
        go_to(&mut session, Step::Discussion { subtopic: SubTopicId(subtopic) }, now()).expect("applies");
        session
    }

    fn ids(session: &Session) -> Vec<u32> {
        session.subtopics.iter().map(|s| s.id.0).collect()
    }

    #[test]
    fn removing_a_subtopic_takes_its_queue_and_keeps_the_record_sound() {
        let mut session = discussing(2);
        remove(&mut session, SubTopicId(2)).expect("removed");
        assert_eq!(ids(&session), [1, 3, 4]);
        assert_eq!(session.live.flow.step, Step::Opening);
        assert!(session.live.flow.queues.is_empty());
        assert!(session.validate().is_empty());
        assert_eq!(remove(&mut session, SubTopicId(2)), Err(SubTopicError::Unknown));
    }

    #[test]
    fn a_subtopic_spoken_on_cannot_be_removed() {
        let mut session = discussing(1);
        queue::call_next(&mut session, now()).expect("a speaker is called");
        let before = session.clone();
        assert_eq!(remove(&mut session, SubTopicId(1)), Err(SubTopicError::Spoken));
        assert_eq!(session, before);
    }

    #[test]
    fn added_moved_and_retitled_one_at_a_time() {
        let mut session = sample_session().expect("sample");
        let id = add(&mut session, "Chủ đề nhỏ mới".into()).id;
        assert_eq!(id, SubTopicId(5));
        move_to(&mut session, 4, 0).expect("moved");
        assert_eq!(ids(&session), [5, 1, 2, 3, 4]);
        assert_eq!(move_to(&mut session, 5, 0), Err(SubTopicError::Unknown));
        set_detail(&mut session, id, SubTopicDetail::Questions(vec!["Vì sao?".into()])).expect("set");
        assert_eq!(session.subtopics[0].questions, ["Vì sao?"]);
        assert_eq!(session.subtopics[0].title, "Chủ đề nhỏ mới");
        assert!(session.validate().is_empty());
    }
}
