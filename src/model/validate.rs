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
    /// A sub-topic's speaker queue (its id is the sub-topic's).
    Queue,
    /// The list of raised hands.
    Hands,
    /// The live step and the current speech or comment.
    Flow,
    /// The readiness check.
    Readiness,
    /// A speaker recorded as not having spoken (its id is the member's).
    PassedOver,
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
    /// A speech's or comment's recorded moments go backwards: it ends before it starts, or a
    /// pause lies outside it or before the previous one.
    #[error("the times of {kind:?} {id} are out of order")]
    TimesOutOfOrder {
        /// Speech or comment.
        kind: RecordKind,
        /// Its id.
        id: u32,
    },
    /// More records of a kind than any meeting holds (speeches stand for speeches and
    /// comments together).
    #[error("{count} {kind:?} records, more than {limit}")]
    TooMany {
        /// The kind of record.
        kind: RecordKind,
        /// How many there are.
        count: usize,
        /// The most allowed.
        limit: usize,
    },
    /// A text longer than any meeting writes.
    #[error("{field} holds {chars} characters, more than {limit}")]
    TextTooLong {
        /// Where the text is in the file, e.g. `topic.name`.
        field: String,
        /// How long it is.
        chars: usize,
        /// The most allowed.
        limit: usize,
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
    /// The vote approving the minutes counts more votes for and against than full members
    /// present, or nobody present.
    #[error("{votes} votes for and against out of {present} present")]
    ApprovalCount {
        /// The votes for and against.
        votes: u32,
        /// The full members present.
        present: u32,
    },
}

impl Session {
    /// Every problem found, in file order; empty when the session is sound.
    pub fn validate(&self) -> Vec<ValidationIssue> {
        let mut issues = Vec::new();
        if let Err(error) = self.timing.validate() {
            issues.push(error.into());
        }
        let members = self.roster.iter().map(|m| m.id.0);
        let subtopics = self.subtopics.iter().map(|s| s.id.0);
        let speeches = self.live.speeches.iter().map(|s| s.id.0);
        let comments = self.live.comments.iter().map(|c| c.id.0);
        let known = Known {
            members: unique_ids(RecordKind::Member, members, &mut issues),
            subtopics: unique_ids(RecordKind::SubTopic, subtopics, &mut issues),
            speeches: unique_ids(RecordKind::Speech, speeches, &mut issues),
            comments: unique_ids(RecordKind::Comment, comments, &mut issues),
        };

        unique_ids(RecordKind::Measure, self.measures.iter().map(|m| m.id.0), &mut issues);
        let speech_spans = self.live.speeches.iter().map(|s| (RecordKind::Speech, s.id.0, &s.span));
        let comment_spans = self.live.comments.iter().map(|c| (RecordKind::Comment, c.id.0, &c.span));
        issues.extend(
            speech_spans
                .chain(comment_spans)
                .filter(|(_, _, span)| !span.is_in_order())
                .map(|(kind, id, _)| ValidationIssue::TimesOutOfOrder { kind, id }),
        );
        if let Some(approval) = &self.live.approval {
            let votes = approval.agreed.saturating_add(approval.against);
            if votes > approval.present || approval.present == 0 {
                issues.push(ValidationIssue::ApprovalCount { votes, present: approval.present });
            }
        }
        issues.extend(self.references().filter(|r| !known.has(r.to, r.to_id)).map(|r| {
            ValidationIssue::UnknownReference { from: r.from, from_id: r.from_id, to: r.to, to_id: r.to_id }
        }));
        issues
    }

    /// Every reference one record makes to another, in file order.
    fn references(&self) -> impl Iterator<Item = Reference> + '_ {
        use RecordKind::{Comment, Generalization, Measure, Member, Speech, SubTopic};
        let assignments = self.subtopics.iter().flat_map(|subtopic| {
            let from = subtopic.id.0;
            subtopic.speakers.iter().map(move |m| Reference::new(SubTopic, from, Member, m.0))
        });
        let speeches = self.live.speeches.iter().flat_map(|speech| {
            let from = speech.id.0;
            [
                Reference::new(Speech, from, Member, speech.speaker.0),
                Reference::new(Speech, from, SubTopic, speech.subtopic.0),
            ]
        });
        let comments = self.live.comments.iter().flat_map(|comment| {
            let from = comment.id.0;
            [
                Reference::new(Comment, from, Member, comment.speaker.0),
                Reference::new(Comment, from, Speech, comment.speech.0),
            ]
        });
        let generalizations = self.live.generalizations.iter().map(|generalization| {
            let id = generalization.subtopic.0;
            Reference::new(Generalization, id, SubTopic, id)
        });
        let measures = self.measures.iter().flat_map(|measure| {
            let owner = match measure.owner {
                MeasureOwner::Member { member } => Some(member.0),
                MeasureOwner::Cell => None,
            };
            let from = measure.id.0;
            let owner = owner.map(|member| Reference::new(Measure, from, Member, member));
            let source = measure.source.map(|speech| Reference::new(Measure, from, Speech, speech.0));
            owner.into_iter().chain(source)
        });
        let passed_over = self.live.passed_over.iter().flat_map(|passed| {
            let from = passed.member.0;
            [
                Reference::new(RecordKind::PassedOver, from, Member, passed.member.0),
                Reference::new(RecordKind::PassedOver, from, SubTopic, passed.subtopic.0),
            ]
        });
        assignments
            .chain(speeches)
            .chain(comments)
            .chain(generalizations)
            .chain(passed_over)
            .chain(measures)
            .chain(self.flow_references())
    }

    /// The references the live flow makes: queued and raised-hand members, the current
    /// sub-topic, speech and comment.
    fn flow_references(&self) -> impl Iterator<Item = Reference> + '_ {
        use RecordKind::{Comment, Flow, Hands, Member, Queue, Readiness, Speech, SubTopic};
        let flow = &self.live.flow;
        let queues = flow.queues.iter().flat_map(|queue| {
            let from = queue.subtopic.0;
            let entries = queue.waiting.iter();
            std::iter::once(Reference::new(Queue, from, SubTopic, from))
                .chain(entries.map(move |entry| Reference::new(Queue, from, Member, entry.member.0)))
        });
        let hands = flow.hands.iter().map(|member| Reference::new(Hands, 0, Member, member.0));
        let current = [
            flow.subtopic().map(|id| Reference::new(Flow, 0, SubTopic, id.0)),
            flow.current_speech.map(|id| Reference::new(Flow, 0, Speech, id.0)),
            flow.current_comment.map(|id| Reference::new(Flow, 0, Comment, id.0)),
        ];
        let readiness =
            self.readiness.iter().map(|entry| Reference::new(Readiness, 0, Member, entry.member.0));
        queues.chain(hands).chain(current.into_iter().flatten()).chain(readiness)
    }
}

/// One record pointing at another.
struct Reference {
    from: RecordKind,
    from_id: u32,
    to: RecordKind,
    to_id: u32,
}

impl Reference {
    fn new(from: RecordKind, from_id: u32, to: RecordKind, to_id: u32) -> Self {
        Self { from, from_id, to, to_id }
    }
}

/// The ids that exist, by the kinds other records refer to.
struct Known {
    members: HashSet<u32>,
    subtopics: HashSet<u32>,
    speeches: HashSet<u32>,
    comments: HashSet<u32>,
}

impl Known {
    fn has(&self, kind: RecordKind, id: u32) -> bool {
        match kind {
            RecordKind::Member => self.members.contains(&id),
            RecordKind::SubTopic => self.subtopics.contains(&id),
            RecordKind::Speech => self.speeches.contains(&id),
            RecordKind::Comment => self.comments.contains(&id),
            RecordKind::Measure
            | RecordKind::Generalization
            | RecordKind::Queue
            | RecordKind::Hands
            | RecordKind::Flow
            | RecordKind::Readiness
            | RecordKind::PassedOver => true,
        }
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
        Member::new(MemberId(id), format!("Đảng viên {id}"), String::new())
    }

    #[test]
    fn an_empty_session_is_sound() {
        assert_eq!(Session::default().validate(), Vec::new());
    }

    #[test]
    fn duplicate_ids_and_dangling_assignments_are_reported() {
        let mut session = Session {
            roster: vec![member(1), member(1)],
            subtopics: vec![SubTopic {
                id: SubTopicId(4),
                title: "Trung thực với Đảng".into(),
                questions: Vec::new(),
                suggestions: Vec::new(),
                speakers: vec![MemberId(1), MemberId(7)],
            }],
            ..Session::default()
        };
        session.timing.target_min_secs = 0;
        assert_eq!(
            session.validate(),
            vec![
                ValidationIssue::Timing(TimingError::ZeroMinimum),
                ValidationIssue::DuplicateId { kind: RecordKind::Member, id: 1 },
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
