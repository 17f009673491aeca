//! Numeric identifiers that tie the parts of a session together.
//!
//! Records point at members, sub-topics and speeches by id rather than by position, so that
//! reordering a list never changes what a speech or a measure refers to.

use serde::{Deserialize, Serialize};

macro_rules! id_type {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(pub u32);

        impl $name {
            /// The id after the largest of `existing`, or 1 when there is none.
            pub fn next_after(existing: impl IntoIterator<Item = Self>) -> Self {
                Self(existing.into_iter().map(|id| id.0).max().unwrap_or(0).saturating_add(1))
            }
        }
    };
}

id_type!(
    /// A member of the cell's roster.
    MemberId
);
id_type!(
    /// A sub-topic (chủ đề nhỏ) of the meeting's topic.
    SubTopicId
);
id_type!(
    /// One speech (ý kiến phát biểu) given during the meeting.
    SpeechId
);
id_type!(
    /// One follow-up comment (ý kiến bổ sung, trao đổi lại) on a speech.
    CommentId
);
id_type!(
    /// One measure, solution or proposal in the session's register.
    MeasureId
);

#[cfg(test)]
mod tests {
    use super::MemberId;

    #[test]
    fn next_id_follows_the_largest_existing_one() {
        assert_eq!(MemberId::next_after([]), MemberId(1));
        assert_eq!(MemberId::next_after([MemberId(3), MemberId(9), MemberId(2)]), MemberId(10));
    }
}
