//! Replacing the sub-topics while keeping the live record consistent.

use crate::model::{Session, Step, SubTopic};

/// Replaces the sub-topics. Queues and generalizations of sub-topics no longer there are
/// dropped, and a meeting standing on one goes back to the opening. Sub-topics already spoken
/// on are kept, whatever the new list says, so no speech loses its sub-topic.
pub fn replace_subtopics(session: &mut Session, mut subtopics: Vec<SubTopic>) {
    for spoken in
        session.subtopics.iter().filter(|old| session.live.speeches.iter().any(|s| s.subtopic == old.id))
    {
        if !subtopics.iter().any(|s| s.id == spoken.id) {
            subtopics.push(spoken.clone());
        }
    }
    let exists = |id| subtopics.iter().any(|s: &SubTopic| s.id == id);
    let live = &mut session.live;
    live.flow.queues.retain(|queue| exists(queue.subtopic));
    live.generalizations.retain(|g| exists(g.subtopic));
    if live.flow.subtopic().is_some_and(|id| !exists(id)) {
        live.flow.step = Step::Opening;
    }
    session.subtopics = subtopics;
}

#[cfg(test)]
mod tests {
    use super::replace_subtopics;
    use crate::meeting::{go_to, queue};
    use crate::model::{Session, Step, SubTopicId, WallTime};
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

    #[test]
    fn removing_a_subtopic_takes_its_queue_and_keeps_the_record_sound() {
        let mut session = discussing(2);
        let kept: Vec<_> = session.subtopics.iter().filter(|s| s.id != SubTopicId(2)).cloned().collect();
        replace_subtopics(&mut session, kept);
        assert_eq!(session.subtopics.len(), 3);
        assert_eq!(session.live.flow.step, Step::Opening);
        assert!(session.live.flow.queues.is_empty());
        assert!(session.validate().is_empty());
    }

    #[test]
    fn a_subtopic_spoken_on_stays() {
        let mut session = discussing(1);
        queue::call_next(&mut session, now()).expect("a speaker is called");
        replace_subtopics(&mut session, Vec::new());
        assert_eq!(session.subtopics.len(), 1);
        assert!(session.validate().is_empty());
    }
}
