//! Why an edit was refused. A refused edit changes nothing.

use thiserror::Error;

use crate::meeting::LiveError;
use crate::model::{TimingError, ValidationIssue};
use crate::prepare::roster::MemberError;
use crate::prepare::subtopics::SubTopicError;

/// An edit refused, with the reason the secretary is told.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum EditError {
    /// A live action that cannot be carried out now.
    #[error(transparent)]
    Live(#[from] LiveError),
    /// Timing rules that do not hold together.
    #[error(transparent)]
    Timing(#[from] TimingError),
    /// A name the roster cannot take.
    #[error(transparent)]
    Member(#[from] MemberError),
    /// A change to the sub-topics that cannot be made.
    #[error(transparent)]
    SubTopic(#[from] SubTopicError),
    /// The member has spoken or commented, so removing them would break the record.
    #[error("the member has spoken or commented")]
    MemberSpoke,
    /// The edit would have left the session inconsistent; it was undone.
    #[error("the edit would leave the session inconsistent: {0:?}")]
    Unsound(Vec<ValidationIssue>),
    /// The minutes were approved and are locked until unlocked with a reason.
    #[error("the approved minutes are locked")]
    MinutesLocked,
    /// Minutes not approved cannot be unlocked.
    #[error("the minutes are not locked")]
    NotLocked,
    /// Unlocking approved minutes needs a reason.
    #[error("no reason given for unlocking")]
    NoReason,
    /// A vote needs the matter put to it.
    #[error("nothing was put to the vote")]
    NoMatter,
    /// More votes for and against than full members present, or nobody present.
    #[error("{votes} votes for and against out of {present} present")]
    ApprovalCount {
        /// The votes for and against.
        votes: u32,
        /// The full members present.
        present: u32,
    },
    /// The votes for do not reach more than half of the full members convened, less those
    /// exempted: the minutes are not approved.
    #[error("{agreed} votes for do not pass with a base of {base}")]
    VoteShort {
        /// The votes for.
        agreed: u32,
        /// The full members convened less those exempted.
        base: u32,
    },
    /// Undo would cross the approval of the minutes, which only unlocking with a reason takes
    /// back.
    #[error("undo does not cross the approval of the minutes")]
    ApprovalLine,
    /// There is nothing to undo.
    #[error("nothing to undo")]
    NothingToUndo,
    /// There is nothing to redo.
    #[error("nothing to redo")]
    NothingToRedo,
}
