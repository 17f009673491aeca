//! The shape of the minutes' strings, part of [`super::Strings`].

use chrono::{NaiveDate, NaiveTime};

/// The minutes' text in one language.
#[allow(missing_docs)]
pub struct MinutesStrings {
    pub nation: &'static str,
    pub date_line: fn(Option<NaiveDate>) -> String,
    pub title: &'static str,
    pub topic_line: fn(&str) -> String,
    pub time_place: fn(Option<NaiveTime>, Option<NaiveDate>, &str) -> String,
    pub chair: fn(&str) -> String,
    pub minute_taker: fn(&str) -> String,
    pub attendance: &'static str,
    pub present: fn(usize, usize) -> String,
    pub absent: &'static str,
    pub no_reason: &'static str,
    pub part_opening: &'static str,
    pub part_discussion: &'static str,
    pub part_conclusion: &'static str,
    pub part_measures: &'static str,
    pub speech_line: fn(&str, &str, &str) -> String,
    pub comment_line: fn(&str, &str, &str) -> String,
    pub generalization: &'static str,
    pub col_content: &'static str,
    pub col_owner: &'static str,
    pub col_deadline: &'static str,
    pub closing: fn(Option<NaiveTime>) -> String,
    pub sign_chair: &'static str,
    pub sign_minute_taker: &'static str,
    pub appendix: &'static str,
    pub col_kind: &'static str,
    pub col_speaker: &'static str,
    pub col_started: &'static str,
    pub col_duration: &'static str,
    pub col_paused: &'static str,
    pub col_phase: &'static str,
    pub col_over: &'static str,
    pub kind_speech: &'static str,
    pub kind_comment: &'static str,
    pub totals: fn(usize, usize, usize, usize, &str) -> String,
}
