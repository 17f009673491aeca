//! Every change to a session, as data: one [`Edit`] type, applied by one function
//! (`apply`, private to this module) that validates and either changes the session or says why not, and the
//! [`History`] that undoes and redoes edits, and the open [`Document`] that holds them
//! together: the only place a session changes. The UI only builds edits.

mod apply;
mod document;
mod error;
mod history;

pub use apply::Applied;
pub use document::Document;
pub use error::EditError;
pub use history::{HISTORY_DEPTH, History, TYPING_PAUSE};

use chrono::{NaiveDate, NaiveTime};

use crate::model::{
    AdjustmentKind, Attendance, CommentId, CommentKind, ConclusionPart, MeasureId, MeasureOwner,
    MeasureStatus, MeetingDetail, MemberId, Membership, NoteDetail, OrganisationDetail, ReadinessEntry, Step,
    SubTopicDetail, SubTopicId, TimingDetail, TopicDetail, TopicGroup,
};

/// One change to the open session, from any screen.
#[derive(Debug, Clone, PartialEq)]
pub enum Edit {
    /// Changes one detail of the party organisation.
    SetOrganisationDetail(OrganisationDetail),
    /// Changes one detail of the topic or of the secretary's opening.
    SetTopicDetail(TopicDetail),
    /// Changes one of the timing rules; refused unless the rules still hold together.
    SetTimingDetail(TimingDetail),
    /// Adds one member to the roster.
    AddMember {
        /// Full name.
        name: String,
        /// Position, may be empty.
        position: String,
    },
    /// Adds one member per line of pasted text; lines that cannot be added are reported.
    PasteMembers(String),
    /// Removes a member who has neither spoken nor commented.
    RemoveMember(MemberId),
    /// Renames a member, checked like a new name.
    RenameMember(MemberId, String),
    /// Changes a member's position.
    SetPosition(MemberId, String),
    /// Marks a member's attendance.
    SetAttendance(MemberId, Attendance),
    /// Sets a member's membership: full or probationary.
    SetMembership(MemberId, Membership),
    /// Exempts a member from activities with the reason given, or (`None`) ends it.
    SetExemption(MemberId, Option<String>),
    /// Adds a sub-topic with this title at the end.
    AddSubTopic(String),
    /// Changes one text of a sub-topic.
    SetSubTopicDetail {
        /// The sub-topic.
        subtopic: SubTopicId,
        /// The text and its new value.
        detail: SubTopicDetail,
    },
    /// Moves a sub-topic from one place in the list to another.
    MoveSubTopic {
        /// The place it is at.
        from: usize,
        /// The place it goes to.
        to: usize,
    },
    /// Removes a sub-topic nobody has spoken on.
    RemoveSubTopic(SubTopicId),
    /// Adds the starter sub-topics of a group.
    ApplyTemplate(TopicGroup),
    /// Records one speaker's readiness check.
    SetReadiness(ReadinessEntry),
    /// Moves to a step of the procedure.
    GoTo(Step),
    /// Ends what is being timed and moves to a sub-topic's generalization; the first time,
    /// `draft` (gathered from the notes) becomes its text.
    OpenGeneralization {
        /// The sub-topic.
        subtopic: SubTopicId,
        /// The first draft, empty when nothing was noted.
        draft: String,
    },
    /// Ends the current speech and calls the next speaker with a fresh, paused timer.
    CallNext,
    /// Starts, pauses or resumes the current speech.
    ToggleSpeech,
    /// Ends the current speech.
    EndSpeech,
    /// Corrects the count of what is being timed by `secs` (taken away when negative).
    AdjustTime {
        /// Seconds to add, or to take away when negative.
        secs: i64,
        /// Why: thirty seconds more or less, or a timer started late.
        kind: AdjustmentKind,
    },
    /// The speaker called did not speak: records why (for the minutes) and calls nobody.
    PassOver(crate::model::PassReason),
    /// The first in line goes to the end, marked skipped.
    SkipSpeaker,
    /// Takes the speaker at this position out of the line.
    RemoveFromQueue(usize),
    /// Moves a speaker in the line (drag and drop).
    MoveInQueue {
        /// Where the speaker is.
        from: usize,
        /// Where the speaker goes.
        to: usize,
    },
    /// Adds an unplanned speaker to the line.
    InsertSpeaker {
        /// Who.
        member: MemberId,
        /// Where in the line; past the end means last.
        at: usize,
    },
    /// Adds a member to the hands raised for comments.
    RaiseHand(MemberId),
    /// Takes a member off the raised hands.
    LowerHand(MemberId),
    /// Adds a follow-up comment on the current speech and makes it current.
    AddComment {
        /// Who comments.
        speaker: MemberId,
        /// Its kind.
        kind: CommentKind,
    },
    /// Changes a comment's kind.
    SetCommentKind {
        /// Which comment.
        comment: CommentId,
        /// Its kind.
        kind: CommentKind,
    },
    /// Changes what a comment said.
    SetCommentText {
        /// Which comment.
        comment: CommentId,
        /// What was said.
        text: String,
    },
    /// Starts, pauses or resumes a comment's timer.
    ToggleComment(CommentId),
    /// Ends a comment's timer.
    EndComment(CommentId),
    /// Deletes a follow-up comment recorded by mistake.
    RemoveComment(CommentId),
    /// Changes one of a speech's notes along the four points.
    SetNote {
        /// Which speech.
        speech: crate::model::SpeechId,
        /// The point and its new text.
        note: NoteDetail,
    },
    /// Adds a measure proposed in a speech (or by the cell).
    AddMeasure {
        /// The speech it was proposed in.
        source: Option<crate::model::SpeechId>,
        /// Who carries it out.
        owner: MeasureOwner,
        /// What is to be done.
        content: String,
        /// When it is due.
        deadline: Option<NaiveDate>,
    },
    /// Removes a measure.
    RemoveMeasure(MeasureId),
    /// Changes how far a measure has got.
    SetMeasureStatus(MeasureId, MeasureStatus),
    /// Sets a sub-topic's generalization; empty text removes it.
    SetGeneralization {
        /// Which sub-topic.
        subtopic: SubTopicId,
        /// The generalization.
        text: String,
    },
    /// Ends the discussion: moves to the conclusion and records the closing time.
    Close,
    /// Ends every speech and comment still going on (before the minutes are written).
    EndOpen,
    /// Builds the four-part conclusion from the record; with `keep_edits`, the items the
    /// secretary edited or added stay.
    BuildConclusion {
        /// Whether edited items survive the rebuild.
        keep_edits: bool,
    },
    /// Changes one detail of the meeting.
    SetMeetingDetail(MeetingDetail),
    /// Assigns a member to speak on a sub-topic, last in its order.
    AssignSpeaker {
        /// The member.
        member: MemberId,
        /// The sub-topic.
        subtopic: SubTopicId,
    },
    /// Takes a member off a sub-topic's speakers.
    UnassignSpeaker {
        /// The member.
        member: MemberId,
        /// The sub-topic.
        subtopic: SubTopicId,
    },
    /// Moves a sub-topic's speaker from one place in its order to another.
    MoveSpeaker {
        /// The sub-topic.
        subtopic: SubTopicId,
        /// The place the speaker is at.
        from: usize,
        /// The place the speaker goes to.
        to: usize,
    },
    /// Adds an empty item, written by the secretary, at the end of a part of the conclusion.
    AddConclusionItem(ConclusionPart),
    /// Sets the text of an item of the conclusion, which marks it as the secretary's.
    SetConclusionItem {
        /// The part.
        part: ConclusionPart,
        /// The item's place in it.
        index: usize,
        /// Its new text.
        text: String,
    },
    /// Removes an item of the conclusion.
    RemoveConclusionItem {
        /// The part.
        part: ConclusionPart,
        /// The item's place in it.
        index: usize,
    },
    /// Records the vote approving the minutes read back and locks their content; the vote's
    /// base (the full members less those exempted who stayed away) is taken from the roster.
    ApproveMinutes {
        /// Full members present who voted for.
        agreed: u32,
        /// Full members present who voted against.
        against: u32,
        /// Full members present, who may vote.
        present: u32,
        /// When the meeting ended.
        ended: NaiveTime,
    },
    /// Records the vote on another matter the chair put to the cell (biểu quyết), passed or
    /// not; the votes are counted as for the minutes.
    PutToVote {
        /// What was put to the vote.
        text: String,
        /// Full members present who voted for.
        agreed: u32,
        /// Those who voted against.
        against: u32,
        /// Full members present, who may vote.
        present: u32,
    },
    /// Removes a recorded vote, by its place in the list.
    RemoveResolution(usize),
    /// Unlocks approved minutes to amend them; the reason is kept and exported.
    UnlockMinutes(String),
    /// Whether the minutes carry the appendix of speaking times.
    SetTimingAppendix(bool),
    /// Whether the extract of the minutes (trích biên bản) carries a part.
    SetExtractPart(crate::model::ExtractPart, bool),
}

/// What makes two edits one step of typing: the same field of the same record.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    /// One detail of the organisation.
    OrganisationDetail(std::mem::Discriminant<OrganisationDetail>),
    /// One detail of the topic.
    TopicDetail(std::mem::Discriminant<TopicDetail>),
    /// One text of a sub-topic.
    SubTopicDetail(SubTopicId, std::mem::Discriminant<SubTopicDetail>),
    /// One of the timing rules.
    TimingDetail(std::mem::Discriminant<TimingDetail>),
    /// A member's name.
    MemberName(MemberId),
    /// A member's position.
    Position(MemberId),
    /// The reason of a member's exemption.
    Exemption(MemberId),
    /// A comment's text.
    Comment(CommentId),
    /// One of a speech's notes.
    Note(crate::model::SpeechId, std::mem::Discriminant<NoteDetail>),
    /// A sub-topic's generalization.
    Generalization(SubTopicId),
    /// One item of the conclusion.
    ConclusionItem(ConclusionPart, usize),
    /// One detail of the meeting.
    MeetingDetail(std::mem::Discriminant<MeetingDetail>),
}

impl Edit {
    /// The field this edit types into, when it is one keystroke of many: successive edits of
    /// one field without a pause in typing are undone together.
    pub fn field(&self) -> Option<Field> {
        Some(match self {
            Self::SetOrganisationDetail(detail) => Field::OrganisationDetail(std::mem::discriminant(detail)),
            Self::SetTopicDetail(detail) => Field::TopicDetail(std::mem::discriminant(detail)),
            Self::SetSubTopicDetail { subtopic, detail } => {
                Field::SubTopicDetail(*subtopic, std::mem::discriminant(detail))
            }
            Self::SetTimingDetail(detail) => Field::TimingDetail(std::mem::discriminant(detail)),
            Self::RenameMember(member, _) => Field::MemberName(*member),
            Self::SetPosition(member, _) => Field::Position(*member),
            Self::SetExemption(member, Some(_)) => Field::Exemption(*member),
            Self::SetCommentText { comment, .. } => Field::Comment(*comment),
            Self::SetNote { speech, note } => Field::Note(*speech, std::mem::discriminant(note)),
            Self::SetGeneralization { subtopic, .. } => Field::Generalization(*subtopic),
            Self::SetConclusionItem { part, index, .. } => Field::ConclusionItem(*part, *index),
            Self::SetMeetingDetail(detail) => Field::MeetingDetail(std::mem::discriminant(detail)),
            _ => return None,
        })
    }

    /// Whether the edit may be made while the approved minutes are locked: those that do not
    /// change what the minutes say (moving between steps, following measures up, the
    /// readiness check, whether the timing appendix is printed, what the extract carries) and
    /// unlocking itself.
    pub fn allowed_when_locked(&self) -> bool {
        matches!(
            self,
            Self::GoTo(_)
                | Self::SetMeasureStatus(..)
                | Self::SetReadiness(_)
                | Self::SetTimingAppendix(_)
                | Self::SetExtractPart(..)
                | Self::UnlockMinutes(_)
        )
    }
}

#[cfg(test)]
mod tests;
