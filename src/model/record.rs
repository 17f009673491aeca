//! What happens during the meeting: speeches, pauses, notes, comments and generalizations.

use std::time::Duration;

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};

use super::{Approval, CommentId, Flow, MemberId, Phase, Resolution, SpeechId, SubTopicId};

/// A wall-clock instant with its UTC offset, as written in the record (RFC 3339).
pub type WallTime = DateTime<FixedOffset>;

/// The stretch of wall-clock time a speech or a comment took, with its pauses.
///
/// The record keeps wall-clock times so that a speech still running when the app was killed
/// keeps counting from its real start once the file is opened again.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Span {
    /// When the timer was first started; `None` while it has not been.
    pub started_at: Option<WallTime>,
    /// When it ended; `None` while it runs or is paused.
    pub ended_at: Option<WallTime>,
    /// Pauses, oldest first; only the last one may still be open.
    pub pauses: Vec<Pause>,
    /// The secretary's corrections of the count, oldest first.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub adjustments: Vec<Adjustment>,
}

/// A correction of a timer by the secretary: time added or taken away while it ran.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Adjustment {
    /// When the correction was made.
    pub at: WallTime,
    /// Seconds added; negative when taken away.
    pub secs: i64,
    /// Why it was made.
    #[serde(default)]
    pub kind: AdjustmentKind,
}

/// Why the count was corrected.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AdjustmentKind {
    /// Thirty seconds more or less (`+`, `-`).
    #[default]
    Step,
    /// The timer was started after the speaker had begun.
    StartedLate,
}

/// One pause of a running timer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Pause {
    /// When the timer was paused.
    pub from: WallTime,
    /// When it was resumed; `None` while still paused.
    #[serde(default)]
    pub until: Option<WallTime>,
}

/// Where a timed span stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SpanState {
    /// The timer has not been started.
    NotStarted,
    /// The timer is counting.
    Running,
    /// The timer is paused.
    Paused,
    /// The speech or comment is over.
    Ended,
}

impl Span {
    /// The current state, read from the recorded times.
    pub fn state(&self) -> SpanState {
        match (self.started_at, self.ended_at) {
            (None, _) => SpanState::NotStarted,
            (Some(_), Some(_)) => SpanState::Ended,
            (Some(_), None) if self.open_pause().is_some() => SpanState::Paused,
            (Some(_), None) => SpanState::Running,
        }
    }

    /// The pause still in progress, if any.
    pub fn open_pause(&self) -> Option<&Pause> {
        self.pauses.last().filter(|pause| pause.until.is_none())
    }

    /// Time spent counting (pauses left out) as of `now`; stops at the end once ended.
    pub fn elapsed(&self, now: WallTime) -> Duration {
        let Some(start) = self.started_at else {
            return Duration::ZERO;
        };
        let end = self.ended_at.unwrap_or(now);
        let counted = between(start, end).saturating_sub(self.paused(end));
        let adjusted = self.adjusted();
        let by = Duration::from_secs(adjusted.unsigned_abs());
        if adjusted >= 0 { counted + by } else { counted.saturating_sub(by) }
    }

    /// The seconds the secretary's corrections add in all (negative when they take away).
    pub fn adjusted(&self) -> i64 {
        self.adjustments.iter().map(|adjustment| adjustment.secs).sum()
    }

    /// The length the record holds: up to the end once ended, else up to the latest moment
    /// recorded (a pause in progress counts up to where it began). The one rule for every
    /// length read from the record, on screen and in every export.
    pub fn recorded(&self) -> Duration {
        self.latest().map_or(Duration::ZERO, |at| self.elapsed(at))
    }

    /// Whether the span was started and has not ended: a speech or comment still going on.
    pub fn is_open(&self) -> bool {
        self.started_at.is_some() && self.ended_at.is_none()
    }

    /// The length and the pauses as of `now`: for an open span, the time so far (never less
    /// than what is recorded, should the clock stand earlier); else [`Self::recorded`].
    pub fn as_of(&self, now: WallTime) -> (Duration, Duration) {
        match (self.is_open(), self.latest()) {
            (true, Some(latest)) => {
                let now = now.max(latest);
                (self.elapsed(now), self.paused(now))
            }
            _ => (self.recorded(), self.recorded_pauses()),
        }
    }

    /// Time spent paused, by the same rule as [`Self::recorded`].
    pub fn recorded_pauses(&self) -> Duration {
        self.latest().map_or(Duration::ZERO, |at| self.paused(at))
    }

    /// The latest moment the span records, if any.
    pub fn latest(&self) -> Option<WallTime> {
        let pauses = self.pauses.iter().flat_map(|pause| [Some(pause.from), pause.until]);
        let adjustments = self.adjustments.iter().map(|adjustment| Some(adjustment.at));
        [self.started_at, self.ended_at].into_iter().chain(pauses).chain(adjustments).flatten().max()
    }

    /// Whether the recorded moments follow each other: the start, each pause's beginning and
    /// end, the end; only the last pause may still be open, and nothing is recorded before a
    /// start.
    pub fn is_in_order(&self) -> bool {
        let Some(start) = self.started_at else {
            return self.ended_at.is_none() && self.pauses.is_empty();
        };
        let open_pause_not_last = self.pauses.iter().rev().skip(1).any(|pause| pause.until.is_none());
        let moments = self.pauses.iter().flat_map(|pause| [Some(pause.from), pause.until]);
        let moments: Vec<WallTime> =
            std::iter::once(start).chain(moments.flatten()).chain(self.ended_at).collect();
        let adjusted_within =
            self.adjustments.iter().all(|a| a.at >= start && self.ended_at.is_none_or(|end| a.at <= end));
        !open_pause_not_last
            && adjusted_within
            && moments.windows(2).all(|pair| matches!(pair, [earlier, later] if earlier <= later))
    }

    /// Time spent paused as of `now`.
    pub fn paused(&self, now: WallTime) -> Duration {
        let end = self.ended_at.unwrap_or(now);
        self.pauses.iter().map(|pause| between(pause.from, pause.until.unwrap_or(end))).sum()
    }
}

/// The non-negative time from `from` to `to`; zero if the clock went backwards.
fn between(from: WallTime, to: WallTime) -> Duration {
    (to - from).to_std().unwrap_or(Duration::ZERO)
}

/// Key points of one speech, noted along the four points of the guidance.
///
/// Measures proposed in the speech go to the session's measure register, pointing back here.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct FourPointNotes {
    /// 1. Why this topic (vì sao chọn chủ đề này).
    pub why: String,
    /// 2. The topic's content (nội dung của chủ đề).
    pub content: String,
    /// 3. Applying it in practice: the speaker's self-assessment (vận dụng vào thực tiễn).
    pub self_assessment: String,
    /// 3. Subjective causes (nguyên nhân chủ quan).
    pub subjective_causes: String,
    /// 3. Objective causes (nguyên nhân khách quan).
    pub objective_causes: String,
}

/// One speech (ý kiến phát biểu, tham luận) on a sub-topic.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Speech {
    /// Stable identifier used by comments and measures.
    pub id: SpeechId,
    /// The sub-topic spoken on.
    pub subtopic: SubTopicId,
    /// Who spoke.
    pub speaker: MemberId,
    /// Whether the speaker was added on the day rather than assigned beforehand.
    #[serde(default)]
    pub unplanned: bool,
    /// When it ran.
    #[serde(default)]
    pub span: Span,
    /// The phase reached when the speech ended, kept so reports need not recompute it.
    #[serde(default)]
    pub phase_reached: Option<Phase>,
    /// Key points noted while it ran.
    #[serde(default)]
    pub notes: FourPointNotes,
}

/// The kind of a follow-up comment.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CommentKind {
    /// Bổ sung: adds to the speech.
    #[default]
    Addition,
    /// Trao đổi: discusses or disagrees.
    Exchange,
    /// Câu hỏi: asks the speaker.
    Question,
    /// Trả lời: the answer to a question.
    Answer,
}

impl CommentKind {
    /// All kinds, in the order the UI offers them.
    pub const ALL: [Self; 4] = [Self::Addition, Self::Exchange, Self::Question, Self::Answer];
}

/// A follow-up comment (ý kiến bổ sung, trao đổi lại) on one speech.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Comment {
    /// Stable identifier.
    pub id: CommentId,
    /// The speech it follows.
    pub speech: SpeechId,
    /// Who commented.
    pub speaker: MemberId,
    /// Its kind.
    #[serde(default)]
    pub kind: CommentKind,
    /// What was said, in brief.
    #[serde(default)]
    pub text: String,
    /// When it ran, if it was timed against the comment limit.
    #[serde(default)]
    pub span: Span,
}

/// The secretary's generalization (khái quát) of one sub-topic's discussion.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Generalization {
    /// The sub-topic generalized.
    pub subtopic: SubTopicId,
    /// The generalization as presented.
    pub text: String,
}

/// Why a called speaker did not speak, when the secretary wants the minutes to say so.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PassReason {
    /// Not in the room when called (vắng mặt).
    Absent,
    /// Present, but chose not to speak (không phát biểu).
    Declined,
}

/// A speaker called who did not speak, recorded on purpose.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PassedOver {
    /// The sub-topic under discussion.
    pub subtopic: SubTopicId,
    /// Who was called.
    pub member: MemberId,
    /// Why they did not speak.
    pub reason: PassReason,
}

/// Everything recorded while the meeting runs.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct LiveRecord {
    /// When the secretary opened the meeting.
    pub opened_at: Option<WallTime>,
    /// When the meeting closed.
    pub closed_at: Option<WallTime>,
    /// Speeches in the order they were given.
    pub speeches: Vec<Speech>,
    /// Follow-up comments in the order they were made.
    pub comments: Vec<Comment>,
    /// One generalization per sub-topic that has one.
    pub generalizations: Vec<Generalization>,
    /// Speakers called who did not speak, as the secretary recorded it.
    pub passed_over: Vec<PassedOver>,
    /// Where the procedure stands: step, queues, raised hands.
    pub flow: Flow,
    /// The minutes read back and approved by the cell, once they are.
    pub approval: Option<Approval>,
    /// Whether the minutes' content is locked, as it is from its approval until unlocked.
    pub minutes_locked: bool,
    /// Each unlocking of the approved minutes, with its reason, oldest first.
    pub amendments: Vec<Amendment>,
    /// The other matters the chair put to the vote, in order.
    pub resolutions: Vec<Resolution>,
}

/// An unlocking of the approved minutes to amend them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Amendment {
    /// When the minutes were unlocked.
    pub at: WallTime,
    /// Why.
    pub reason: String,
}

#[cfg(test)]
mod tests;
