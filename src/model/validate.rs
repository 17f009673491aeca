//! Checks that a session read from a file holds together: sound timing rules, unique ids and
//! references that point at something.

use std::collections::HashSet;

use thiserror::Error;

use super::{MeasureOwner, Session};

/// The kinds of record a session holds, used to say where a problem is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RecordKind {
    /// A member of the roster.
    Member,
    /// A sub-topic.
    SubTopic,
    /// A speech.
    Speech,
    /// A follow-up comment.
    Comment,
    /// A measure.
    Measure,
    /// A generalization.
    Generalization,
}

/// One reason a session cannot be used as it is.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum ValidationIssue {
    /// The timing rules are impossible.
    #[error("timing rules: {0}")]
    Timing(#[from] super::TimingError),
    /// Two records of one kind share an id.
    #[error("two {kind:?} records share the id {id}")]
    DuplicateId {
        /// The kind of record.
        kind: RecordKind,
        /// The shared id.
        id: u32,
    },
    /// A record refers to another that does not exist.
    #[error("{from:?} {from_id} refers to {to:?} {to_id}, which does not exist")]
    UnknownReference {
        /// The kind of the record holding the reference.
        from: RecordKind,
        /// Its id (for a generalization, its sub-topic's id).
        from_id: u32,
        /// The kind of record referred to.
        to: RecordKind,
        /// The missing id.
        to_id: u32,
    },
}

impl Session {
    /// Every problem found, in file order; empty when the session is sound.
    pub fn validate(&self) -> Vec<ValidationIssue> {
        let mut issues = Vec::new();
        if let Err(error) = self.timing.validate() {
            issues.push(error.into());
        }
        let members = unique_ids(
            RecordKind::Member,
            self.roster.iter().map(|m| m.id.0),
            &mut issues,
        );
        let subtopics = unique_ids(
            RecordKind::SubTopic,
            self.subtopics.iter().map(|s| s.id.0),
            &mut issues,
        );
        let speeches = unique_ids(
            RecordKind::Speech,
            self.live.speeches.iter().map(|s| s.id.0),
            &mut issues,
        );
        unique_ids(
            RecordKind::Comment,
            self.live.comments.iter().map(|c| c.id.0),
            &mut issues,
        );
        unique_ids(
            RecordKind::Measure,
            self.measures.iter().map(|m| m.id.0),
            &mut issues,
        );

        let mut check = |from, from_id, to, to_id, known: &HashSet<u32>| {
            if !known.contains(&to_id) {
                issues.push(ValidationIssue::UnknownReference {
                    from,
                    from_id,
                    to,
                    to_id,
                });
            }
        };
        for subtopic in &self.subtopics {
            for speaker in &subtopic.speakers {
                check(
                    RecordKind::SubTopic,
                    subtopic.id.0,
                    RecordKind::Member,
                    speaker.0,
                    &members,
                );
            }
        }
        for speech in &self.live.speeches {
            check(
                RecordKind::Speech,
                speech.id.0,
                RecordKind::Member,
                speech.speaker.0,
                &members,
            );
            check(
                RecordKind::Speech,
                speech.id.0,
                RecordKind::SubTopic,
                speech.subtopic.0,
                &subtopics,
            );
        }
        for comment in &self.live.comments {
            check(
                RecordKind::Comment,
                comment.id.0,
                RecordKind::Member,
                comment.speaker.0,
                &members,
            );
            check(
                RecordKind::Comment,
                comment.id.0,
                RecordKind::Speech,
                comment.speech.0,
                &speeches,
            );
        }
        for generalization in &self.live.generalizations {
            let id = generalization.subtopic.0;
            check(
                RecordKind::Generalization,
                id,
                RecordKind::SubTopic,
                id,
                &subtopics,
            );
        }
        for measure in &self.measures {
            if let MeasureOwner::Member { member } = measure.owner {
                check(
                    RecordKind::Measure,
                    measure.id.0,
                    RecordKind::Member,
                    member.0,
                    &members,
                );
            }
            if let Some(speech) = measure.source {
                check(
                    RecordKind::Measure,
                    measure.id.0,
                    RecordKind::Speech,
                    speech.0,
                    &speeches,
                );
            }
        }
        issues
    }
}

/// The set of ids, with an issue pushed for each one seen twice.
fn unique_ids(
    kind: RecordKind,
    ids: impl Iterator<Item = u32>,
    issues: &mut Vec<ValidationIssue>,
) -> HashSet<u32> {
    let mut seen = HashSet::new();
    for id in ids {
        if !seen.insert(id) {
            issues.push(ValidationIssue::DuplicateId { kind, id });
        }
    }
    seen
}

#[cfg(test)]
mod tests {
    use super::{RecordKind, ValidationIssue};
    use crate::model::{Member, MemberId, Session, SubTopic, SubTopicId, TimingError};

    fn member(id: u32) -> Member {
        Member {
            id: MemberId(id),
            name: format!("Đảng viên {id}"),
            position: String::new(),
            attendance: Default::default(),
        }
    }

    #[test]
    fn an_empty_session_is_sound() {
        assert_eq!(Session::default().validate(), Vec::new());
    }

    #[test]
    fn duplicate_ids_and_dangling_assignments_are_reported() {
        let mut session = Session::default();
        session.roster = vec![member(1), member(1)];
        session.subtopics = vec![SubTopic {
            id: SubTopicId(4),
            title: "Trung thực với Đảng".into(),
            questions: Vec::new(),
            suggestions: Vec::new(),
            speakers: vec![MemberId(1), MemberId(7)],
        }];
        session.timing.target_min_secs = 0;
        assert_eq!(
            session.validate(),
            vec![
                ValidationIssue::Timing(TimingError::ZeroMinimum),
                ValidationIssue::DuplicateId {
                    kind: RecordKind::Member,
                    id: 1
                },
                ValidationIssue::UnknownReference {
                    from: RecordKind::SubTopic,
                    from_id: 4,
                    to: RecordKind::Member,
                    to_id: 7,
                },
            ]
        );
    }
}
