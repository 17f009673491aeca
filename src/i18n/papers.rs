//! The shape of the strings of the cell's other papers and the committee's report heading and
//! foot, part of [`super::Strings`].

use chrono::{NaiveDate, NaiveTime};

/// What the committee's report says of its period before the table.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Figures {
    /// The meetings counted.
    pub meetings: usize,
    /// The cells that held them.
    pub cells: usize,
    /// Cells and quarters without a meeting.
    pub missing: usize,
    /// The cells' members, summed over the meetings.
    pub members: usize,
    /// Of them present.
    pub present: usize,
    /// Speeches, and of them within the range, over it and over the limit.
    pub speeches: [usize; 4],
    /// Measures decided, still open, and of those past their deadline.
    pub measures: [usize; 3],
}

impl Figures {
    /// `part` of `whole` in whole percent, rounded; 0 of nothing.
    pub fn percent(part: usize, whole: usize) -> usize {
        (part * 100 + whole / 2).checked_div(whole).unwrap_or(0)
    }
}

/// The papers' text in one language.
#[allow(missing_docs)]
pub struct PapersStrings {
    /// "Số 05-KH/CB" from a number and a paper's code; "Số     -KH/CB" to number by hand.
    pub number_line: fn(&str, &str) -> String,
    pub recipients: &'static str,
    pub for_cell: &'static str,
    pub for_committee: &'static str,
    pub seal_note: &'static str,
    /// The committee (đảng ủy) that acts for a party organisation (đảng bộ).
    pub issuing_committee: fn(&str) -> String,
    /// The recipient line for the committee above, "to report".
    pub to_above: fn(&str) -> String,
    pub to_members: &'static str,
    pub to_cells: &'static str,
    /// The recipients under a committee above several committees.
    pub to_units: &'static str,
    pub keep_cell: &'static str,
    pub keep_committee: &'static str,

    pub plan_title: &'static str,
    pub plan_summary: fn(i32) -> String,
    /// What the plan rests on, for a cell and a year (Hướng dẫn 42-HD/BTCTW from 2026 on).
    pub plan_basis: fn(&str, i32) -> String,
    pub plan_part_purpose: &'static str,
    pub plan_purpose: [&'static str; 3],
    pub plan_part_topics: &'static str,
    pub plan_columns: [&'static str; 4],
    /// "Tháng 6/2026".
    pub plan_when: fn(u32, i32) -> String,
    pub plan_no_topic: &'static str,
    pub plan_part_organisation: &'static str,
    pub plan_organisation: [&'static str; 3],
    /// The length the rules ask of a meeting, in plans from 2026 on (Hướng dẫn 42-HD/BTCTW).
    pub plan_floor: &'static str,

    pub notice_title: &'static str,
    pub notice_summary: fn(Option<NaiveDate>) -> String,
    /// The first sentence: the cell and the meeting's quarter.
    pub notice_intro: fn(&str, Option<NaiveDate>) -> String,
    /// The time, the day and the planned length.
    pub notice_time: fn(Option<NaiveTime>, Option<NaiveDate>, u32) -> String,
    pub notice_place: fn(&str) -> String,
    pub notice_topic: fn(&str) -> String,
    /// Who attends: the members, and the guests when there are any.
    pub notice_attendees: fn(&[String]) -> String,
    pub notice_purpose: &'static str,
    pub notice_outline: &'static str,
    pub notice_subtopic: fn(usize, &str) -> String,
    pub notice_questions: &'static str,
    pub notice_suggestions: &'static str,
    pub notice_speakers: fn(&[String]) -> String,
    pub notice_request: &'static str,

    pub extract_title: &'static str,
    /// Where the extract comes from: the minutes of the meeting on that day.
    pub extract_source: fn(Option<NaiveDate>) -> String,
    /// The parts of the minutes an extract can carry, in the order of [`crate::model::ExtractPart::ALL`].
    pub extract_parts: [&'static str; 6],

    /// The report's paragraph before its table.
    pub report_narrative: fn(Option<i32>, Option<u32>, &Figures) -> String,

    pub plan_number: &'static str,
    pub plan_secretary: &'static str,
    pub plan_issued: &'static str,
    pub plan_export: &'static str,
    pub export_plan: &'static str,
    pub export_notice: &'static str,
    pub export_extract: &'static str,
    pub notice_heading: &'static str,
    pub copy_notice: &'static str,
    pub notice_copied: &'static str,
    pub extract_heading: &'static str,
    pub report_number: &'static str,
    pub report_superior: &'static str,
    pub report_signer: &'static str,
}
