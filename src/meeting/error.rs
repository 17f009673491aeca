//! Why a live action could not be carried out. Nothing changes when one is returned.

use thiserror::Error;

use crate::model::MemberId;

/// A live action refused, with the reason the secretary is told.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Error)]
pub enum LiveError {
    /// The action needs a sub-topic under discussion.
    #[error("no sub-topic is under discussion")]
    NotInDiscussion,
    /// No such sub-topic.
    #[error("unknown sub-topic")]
    UnknownSubTopic,
    /// Nobody is waiting to speak.
    #[error("the queue is empty")]
    QueueEmpty,
    /// No speaker has been called yet.
    #[error("no current speech")]
    NoCurrentSpeech,
    /// The current speech has ended already.
    #[error("the speech has ended")]
    SpeechEnded,
    /// The current speech was never started.
    #[error("the speech has not started")]
    SpeechNotStarted,
    /// No such member.
    #[error("unknown member")]
    UnknownMember,
    /// The member is marked absent and cannot speak.
    #[error("member {0:?} is absent")]
    MemberAbsent(MemberId),
    /// The member already waits in this queue.
    #[error("member {0:?} is already in the queue")]
    AlreadyQueued(MemberId),
    /// The member's hand is already raised.
    #[error("member {0:?} already raised a hand")]
    AlreadyRaised(MemberId),
    /// A queue position that does not exist.
    #[error("no such position in the queue")]
    NoSuchPosition,
    /// There is no speech yet to comment on.
    #[error("no speech to comment on")]
    NoSpeechToComment,
    /// The speaker has begun: they did speak.
    #[error("the speaker has begun")]
    AlreadySpeaking,
    /// No follow-up comment is open to time.
    #[error("no open comment")]
    NoOpenComment,
    /// The meeting has no step beyond this one in that direction.
    #[error("no further step")]
    NoStepBeyond,
    /// No such speech, comment or measure.
    #[error("unknown record")]
    UnknownRecord,
    /// No speech or comment is being timed to correct.
    #[error("nothing is being timed")]
    NothingTimed,
    /// The count is at zero already: nothing to take away.
    #[error("the count is at zero")]
    AtZero,
    /// A speech or comment is being timed: end it before moving to another part.
    #[error("a speech or comment is still being timed")]
    StillTimed,
    /// A measure needs its content.
    #[error("a measure needs content")]
    EmptyMeasure,
}
