//! The session file's types: one thematic meeting (một buổi sinh hoạt chuyên đề), from its
//! preparation to its minutes. Plain data with serde and validation; no behaviour, no UI.

mod conclusion;
mod dates;
mod field_values;
mod flow;
mod ids;
mod limits;
mod measure;
mod organisation;
mod readiness;
mod record;
mod roster;
mod timing;
mod topic;
mod validate;
mod vote;

pub use conclusion::{Conclusion, ConclusionItem, ConclusionPart, ItemSource};
pub use dates::{party_date, party_month};
pub use field_values::{
    MeetingDetail, NoteDetail, OrganisationDetail, SubTopicDetail, TimingDetail, TopicDetail,
};
pub use flow::{Flow, QueueEntry, Step, SubTopicQueue};
pub use ids::{CommentId, MeasureId, MemberId, SpeechId, SubTopicId};
pub use limits::{MAX_MEMBERS, MAX_RECORDED, MAX_TEXT_CHARS};
pub use measure::{Measure, MeasureOwner, MeasureStatus};
pub use organisation::{ExtractPart, MeetingInfo, Organisation};
pub use readiness::{PointCheck, ReadinessEntry, ReadinessLevel};
pub use record::{
    Adjustment, AdjustmentKind, Amendment, Comment, CommentKind, FourPointNotes, Generalization, LiveRecord,
    PassReason, PassedOver, Pause, Span, SpanState, Speech, WallTime,
};
pub use roster::{Attendance, Member, Membership};
pub use timing::{MAX_LIMIT_SECS, Phase, TimingError, TimingRules};
pub use topic::{OpeningTexts, SubTopic, Topic, TopicGroup};
pub use validate::{RecordKind, ValidationIssue};
pub use vote::{Approval, Resolution, Tally, passes};

use serde::{Deserialize, Serialize};

/// The version of the file format this build writes; files from a newer one are refused.
/// Version 2 added membership (full or probationary), exemption from activities, the place
/// name, the minutes' number, positions, guests, and the approval of the minutes. Version 3
/// added the secretary's corrections of a timer (`adjustments` of a span), which an older
/// build would drop.
pub const FORMAT_VERSION: u32 = 3;

/// One thematic meeting: who, when, what about, who speaks, and what was said.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Session {
    /// The file format version, always [`FORMAT_VERSION`] when written by this build.
    pub format_version: u32,
    /// The party committee and the cell.
    #[serde(default)]
    pub organisation: Organisation,
    /// Title, date, time, place, chair and minute-taker.
    #[serde(default)]
    pub meeting: MeetingInfo,
    /// The cell's members with their attendance on the day.
    #[serde(default)]
    pub roster: Vec<Member>,
    /// The topic and the opening texts.
    #[serde(default)]
    pub topic: Topic,
    /// The time rules for speeches and comments.
    #[serde(default)]
    pub timing: TimingRules,
    /// The sub-topics in the order they are discussed, with their assigned speakers.
    #[serde(default)]
    pub subtopics: Vec<SubTopic>,
    /// What was recorded while the meeting ran.
    #[serde(default)]
    pub live: LiveRecord,
    /// The four-part conclusion.
    #[serde(default)]
    pub conclusion: Conclusion,
    /// The register of measures, solutions and proposals.
    #[serde(default)]
    pub measures: Vec<Measure>,
    /// The readiness check of each speaker, a month before.
    #[serde(default)]
    pub readiness: Vec<ReadinessEntry>,
}

impl Default for Session {
    fn default() -> Self {
        Self {
            format_version: FORMAT_VERSION,
            organisation: Organisation::default(),
            meeting: MeetingInfo::default(),
            roster: Vec::new(),
            topic: Topic::default(),
            timing: TimingRules::default(),
            subtopics: Vec::new(),
            live: LiveRecord::default(),
            conclusion: Conclusion::default(),
            measures: Vec::new(),
            readiness: Vec::new(),
        }
    }
}

impl Session {
    /// An empty session with the given title and the default timing rules.
    pub fn new_titled(title: &str) -> Self {
        let mut session = Self::default();
        session.meeting.title = title.to_owned();
        session
    }

    /// The member with this id, if the roster has one.
    pub fn member(&self, id: MemberId) -> Option<&Member> {
        self.roster.iter().find(|member| member.id == id)
    }

    /// The sub-topic with this id, if there is one.
    pub fn subtopic(&self, id: SubTopicId) -> Option<&SubTopic> {
        self.subtopics.iter().find(|subtopic| subtopic.id == id)
    }

    /// The member with this id, to change.
    pub fn member_mut(&mut self, id: MemberId) -> Option<&mut Member> {
        self.roster.iter_mut().find(|member| member.id == id)
    }

    /// The speech with this id, if it was recorded.
    pub fn speech(&self, id: SpeechId) -> Option<&Speech> {
        self.live.speeches.iter().find(|speech| speech.id == id)
    }

    /// The speech with this id, to change.
    pub fn speech_mut(&mut self, id: SpeechId) -> Option<&mut Speech> {
        self.live.speeches.iter_mut().find(|speech| speech.id == id)
    }

    /// The follow-up comment with this id, if it was recorded.
    pub fn comment(&self, id: CommentId) -> Option<&Comment> {
        self.live.comments.iter().find(|comment| comment.id == id)
    }

    /// Whether a speech left nothing in the record: never timed, no notes, no comment on it
    /// and no measure proposed in it. A speaker called and passed over before speaking.
    pub fn unheard(&self, speech: &Speech) -> bool {
        speech.span.started_at.is_none()
            && speech.notes == FourPointNotes::default()
            && !self.live.comments.iter().any(|comment| comment.speech == speech.id)
            && !self.measures.iter().any(|measure| measure.source == Some(speech.id))
    }

    /// Takes out the speeches that were never heard, but for the current one (the speaker
    /// called and waiting to start). Files from earlier versions kept them.
    pub fn drop_unheard(&mut self) {
        let current = self.live.flow.current_speech;
        let unheard: Vec<SpeechId> = self
            .live
            .speeches
            .iter()
            .filter(|speech| Some(speech.id) != current && self.unheard(speech))
            .map(|speech| speech.id)
            .collect();
        self.live.speeches.retain(|speech| !unheard.contains(&speech.id));
    }

    /// How many speeches and comments are still going on (started, not ended).
    pub fn open_spans(&self) -> usize {
        let speeches = self.live.speeches.iter().map(|speech| &speech.span);
        let comments = self.live.comments.iter().map(|comment| &comment.span);
        speeches.chain(comments).filter(|span| span.is_open()).count()
    }

    /// The latest moment recorded by a speech or comment still open (started, not ended), or
    /// `None` when none is.
    pub fn open_span_latest(&self) -> Option<WallTime> {
        let speeches = self.live.speeches.iter().map(|speech| &speech.span);
        let comments = self.live.comments.iter().map(|comment| &comment.span);
        let open =
            speeches.chain(comments).filter(|span| span.started_at.is_some() && span.ended_at.is_none());
        open.filter_map(Span::latest).max()
    }

    /// The follow-up comment with this id, to change.
    pub fn comment_mut(&mut self, id: CommentId) -> Option<&mut Comment> {
        self.live.comments.iter_mut().find(|comment| comment.id == id)
    }
}
