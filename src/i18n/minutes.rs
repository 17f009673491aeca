//! The shape of the minutes' strings, part of [`super::Strings`].

use chrono::{NaiveDate, NaiveTime};

use crate::model::{Phase, TimingRules};

/// When and where the meeting was held, as the opening sentence gives it.
#[derive(Debug, Clone, Copy)]
pub struct Held<'a> {
    /// The time it began.
    pub time: Option<NaiveTime>,
    /// The day.
    pub date: Option<NaiveDate>,
    /// The place (địa điểm).
    pub place: &'a str,
    /// The cell's name.
    pub cell: &'a str,
}

/// How the speeches that ended kept to time, by phase, for the totals line.
#[derive(Debug, Clone, Copy)]
pub struct TimeCounts {
    /// Speeches that ended.
    pub speeches: usize,
    /// Under, within, over the range, and over the limit.
    pub by_phase: [usize; 4],
    /// Their average length, in seconds, written in words by the sentence.
    pub average: u32,
}

/// The minutes' text in one language.
#[allow(missing_docs)]
pub struct MinutesStrings {
    pub nation: &'static str,
    /// "<địa danh>, ngày … tháng … năm …"; an empty place name gives a dotted placeholder.
    pub date_line: fn(&str, Option<NaiveDate>) -> String,
    /// The number line from the number the secretary gave.
    pub number_line: fn(&str) -> String,
    pub title: &'static str,
    /// The line under the title, naming the quarter of the date.
    pub summary_line: fn(Option<NaiveDate>) -> String,
    pub topic_line: fn(&str) -> String,
    pub opening_sentence: fn(Held<'_>) -> String,
    /// The chair, with position.
    pub chair: fn(&str, &str) -> String,
    /// The minute-taker, with position.
    pub minute_taker: fn(&str, &str) -> String,
    pub attendance: &'static str,
    /// Total members, full, probationary.
    pub roll_total: fn(usize, usize, usize) -> String,
    pub roll_exempted: fn(usize) -> String,
    /// Present, required.
    pub roll_present: fn(usize, usize) -> String,
    pub roll_unmarked: fn(usize) -> String,
    /// Members of other cells attending temporarily: present, listed.
    pub roll_temporary: fn(usize, usize) -> String,
    pub absent_with_reason: fn(usize) -> String,
    pub absent_without_reason: fn(usize) -> String,
    pub guests: &'static str,
    pub part_opening: &'static str,
    pub part_discussion: &'static str,
    pub part_conclusion: &'static str,
    pub part_measures: &'static str,
    /// Who presented; whether the speech was still going on.
    pub speech_line: fn(&str, bool) -> String,
    /// A measure with its deadline.
    pub measure_due: fn(&str, &str) -> String,
    /// Name, kind of comment, text: narrated, as minutes tell it ("Đồng chí … bổ sung: …").
    pub comment_line: fn(&str, crate::model::CommentKind, &str) -> String,
    /// The chair's generalization: name, position.
    pub generalization: fn(&str, &str) -> String,
    /// The conclusion's four points.
    pub conclusion_points: [&'static str; 4],
    pub subjective_causes: &'static str,
    pub objective_causes: &'static str,
    pub of_members: &'static str,
    pub of_cell: &'static str,
    pub col_content: &'static str,
    pub col_owner: &'static str,
    pub col_deadline: &'static str,
    pub cell_owner: &'static str,
    /// The closing formula: the end time, and the vote approving the minutes once recorded.
    pub closing: fn(Option<NaiveTime>, Option<&crate::model::Approval>) -> String,
    /// An amendment after approval: when (written), why.
    /// Another matter put to the vote, and how it went.
    pub resolution: fn(&crate::model::Resolution) -> String,
    pub amended: fn(&str, &str) -> String,
    pub sign_minute_taker: &'static str,
    pub sign_chair: &'static str,
    pub sign_note: &'static str,
    pub appendix: &'static str,
    pub appendix_note: &'static str,
    pub col_kind: &'static str,
    pub col_subtopic: &'static str,
    pub col_speaker: &'static str,
    pub col_started: &'static str,
    pub col_duration: &'static str,
    pub col_paused: &'static str,
    pub col_compared: &'static str,
    pub col_over: &'static str,
    pub kind_speech: &'static str,
    /// A length against the rules: for a speech (true) or a comment.
    pub compared: fn(Phase, &TimingRules, bool) -> String,
    pub totals: fn(TimeCounts, &TimingRules) -> String,
    pub unfinished: &'static str,
    pub passed_over: fn(&str, crate::model::PassReason) -> String,
    pub unfinished_count: fn(usize) -> String,
    pub adjustments_heading: &'static str,
    /// A correction of a timer: the speaker, whether of a speech (else a comment), when,
    /// the seconds added (negative: taken away), whether it was a timer started late.
    pub adjustment: fn(&str, bool, &str, i64, bool) -> String,
    /// The amendment time's format.
    pub moment: fn(crate::model::WallTime) -> String,
}
