//! Where the live meeting stands: the step of the procedure, the speaker queues and the
//! hands raised for comments. Kept in the file so a restarted app resumes exactly there.

use serde::{Deserialize, Serialize};

use super::{CommentId, MemberId, SpeechId, SubTopicId};

/// A step of section II of the procedure.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "step", rename_all = "snake_case")]
pub enum Step {
    /// The secretary states the purpose, requirements, content, form and discussion method.
    #[default]
    Opening,
    /// Speeches and follow-up comments on one sub-topic.
    Discussion {
        /// The sub-topic under discussion.
        subtopic: SubTopicId,
    },
    /// The secretary generalizes one sub-topic's discussion.
    Generalization {
        /// The sub-topic being generalized.
        subtopic: SubTopicId,
    },
    /// The four-part conclusion of the whole discussion.
    Conclusion,
}

/// One speaker waiting in a sub-topic's queue.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct QueueEntry {
    /// Who waits.
    pub member: MemberId,
    /// Whether the speaker was skipped once and moved to the end.
    #[serde(default)]
    pub skipped: bool,
    /// Whether the speaker was added on the day (a raised hand) rather than assigned.
    #[serde(default)]
    pub unplanned: bool,
}

/// The speakers still waiting to speak on one sub-topic, in order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SubTopicQueue {
    /// The sub-topic.
    pub subtopic: SubTopicId,
    /// Who is still to speak, first in line first.
    #[serde(default)]
    pub waiting: Vec<QueueEntry>,
}

/// The live state of the meeting's procedure.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Flow {
    /// The current step.
    pub step: Step,
    /// One queue per sub-topic that has been opened for discussion.
    pub queues: Vec<SubTopicQueue>,
    /// Members who raised a hand to comment, in the order they did.
    pub hands: Vec<MemberId>,
    /// The speech being given, or the last one given.
    pub current_speech: Option<SpeechId>,
    /// The follow-up comment being made, if any.
    pub current_comment: Option<CommentId>,
}

impl Flow {
    /// The queue of a sub-topic, if it has been opened.
    pub fn queue(&self, subtopic: SubTopicId) -> Option<&SubTopicQueue> {
        self.queues.iter().find(|queue| queue.subtopic == subtopic)
    }

    /// The sub-topic being discussed or generalized, if any.
    pub fn subtopic(&self) -> Option<SubTopicId> {
        match self.step {
            Step::Discussion { subtopic } | Step::Generalization { subtopic } => Some(subtopic),
            Step::Opening | Step::Conclusion => None,
        }
    }
}

impl Step {
    /// The step next to this one, forward or back, in the order of the procedure: the
    /// opening, each sub-topic's discussion then generalization, the conclusion. `None` at
    /// either end, or when this step's sub-topic is no longer in `subtopics`.
    pub fn beside(self, subtopics: &[SubTopicId], forward: bool) -> Option<Self> {
        let mut order = vec![Self::Opening];
        for &subtopic in subtopics {
            order.push(Self::Discussion { subtopic });
            order.push(Self::Generalization { subtopic });
        }
        order.push(Self::Conclusion);
        let here = order.iter().position(|step| *step == self)?;
        let there = if forward { here.checked_add(1)? } else { here.checked_sub(1)? };
        order.get(there).copied()
    }
}

#[cfg(test)]
mod tests {
    use super::{Step, SubTopicId};

    #[test]
    fn steps_follow_the_procedure_both_ways() {
        let subtopics = [SubTopicId(4), SubTopicId(2)];
        let mut forward = vec![Step::Opening];
        while let Some(next) = forward.last().and_then(|step| step.beside(&subtopics, true)) {
            forward.push(next);
        }
        let expected = vec![
            Step::Opening,
            Step::Discussion { subtopic: SubTopicId(4) },
            Step::Generalization { subtopic: SubTopicId(4) },
            Step::Discussion { subtopic: SubTopicId(2) },
            Step::Generalization { subtopic: SubTopicId(2) },
            Step::Conclusion,
        ];
        assert_eq!(forward, expected);
        let mut back = vec![Step::Conclusion];
        while let Some(previous) = back.last().and_then(|step| step.beside(&subtopics, false)) {
            back.push(previous);
        }
        back.reverse();
        assert_eq!(back, expected);
        assert_eq!(Step::Discussion { subtopic: SubTopicId(9) }.beside(&subtopics, true), None);
        assert_eq!(Step::Opening.beside(&[], true), Some(Step::Conclusion));
    }
}
