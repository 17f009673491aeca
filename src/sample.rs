//! The bundled sample meeting: the guidance's own example, the Q2/2020 topic on
//! self-criticism, criticism and honesty with the Party.

use crate::model::Session;
use crate::store::{LoadError, decode_session};

/// The sample session file as shipped in `sessions/`.
pub const SAMPLE_JSON: &str = include_str!("../sessions/sample-q2-2020.json");

/// The sample meeting, decoded and checked like any other file.
pub fn sample_session() -> Result<Session, LoadError> {
    decode_session(SAMPLE_JSON.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::sample_session;

    #[test]
    fn the_sample_is_a_complete_meeting_ready_to_run() {
        let session = sample_session().expect("the sample reads");
        assert_eq!(session.subtopics.len(), 4);
        assert_eq!(session.roster.len(), 8);
        assert!(session.subtopics.iter().all(|s| !s.speakers.is_empty() && !s.suggestions.is_empty()));
        assert!(!session.topic.opening.purpose.is_empty());
        assert_eq!(session.timing.validate(), Ok(()));
    }
}
