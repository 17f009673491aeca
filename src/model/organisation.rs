//! Who holds the meeting, and when and where it takes place.

use chrono::{NaiveDate, NaiveTime};
use serde::{Deserialize, Serialize};

/// The party organisation holding the meeting.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Organisation {
    /// The parent committee (đảng bộ), e.g. "Đảng bộ Trường Chính trị thành phố".
    pub party_committee: String,
    /// The cell (chi bộ) that meets, e.g. "Chi bộ Khoa Xây dựng Đảng".
    pub cell: String,
    /// The place name (địa danh) of the date line, e.g. "Đà Nẵng".
    pub place_name: String,
}

/// The practical details of one meeting.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct MeetingInfo {
    /// The title shown in the session list and on the minutes.
    pub title: String,
    /// The day of the meeting, when it is known.
    pub date: Option<NaiveDate>,
    /// The planned start time.
    pub start_time: Option<NaiveTime>,
    /// The planned length of the whole meeting, in minutes.
    pub planned_minutes: u32,
    /// Whether the thematic meeting shares its session with the cell's regular meeting, which
    /// raises the shortest length advised from 90 to 120 minutes (`prepare::floor`).
    pub combined_with_regular: bool,
    /// Where the meeting takes place.
    pub place: String,
    /// Who chairs the meeting, normally the cell secretary (Bí thư chi bộ).
    pub chair: String,
    /// Who takes the minutes (thư ký).
    pub minute_taker: String,
    /// The chair's position, e.g. "Bí thư Chi bộ"; empty means the roster's.
    pub chair_position: String,
    /// The minute-taker's position; empty means the roster's.
    pub minute_taker_position: String,
    /// The minutes' number as the cell registers it ("12" gives "Số 12-BB/CB"); may be empty.
    pub number: String,
    /// Invited guests (đại biểu, khách mời), one per line, with their position.
    pub guests: String,
    /// Whether the minutes carry the appendix of speaking times.
    pub timing_appendix: bool,
    /// The parts of the minutes the extract (trích biên bản) carries, ticked by the secretary.
    pub extract: Vec<ExtractPart>,
}

/// A part of the minutes an extract (trích biên bản) can carry besides the particulars
/// (when, where, who chaired and took the minutes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ExtractPart {
    /// The roll: who attended, who was absent.
    Attendance,
    /// Part I: purpose, requirements, content.
    Opening,
    /// Part II: the speeches and comments.
    Discussion,
    /// Part III: the chair's conclusion.
    Conclusion,
    /// Part IV: the measures.
    Measures,
    /// The closing and the vote on the minutes.
    Vote,
}

impl ExtractPart {
    /// Every part, in the minutes' order.
    pub const ALL: [Self; 6] =
        [Self::Attendance, Self::Opening, Self::Discussion, Self::Conclusion, Self::Measures, Self::Vote];
    /// What an extract sent to the committee above carries unless the secretary ticks otherwise.
    pub const USUAL: [Self; 4] = [Self::Attendance, Self::Conclusion, Self::Measures, Self::Vote];
}

impl Default for MeetingInfo {
    fn default() -> Self {
        Self {
            title: String::new(),
            date: None,
            start_time: None,
            planned_minutes: 120,
            combined_with_regular: false,
            place: String::new(),
            chair: String::new(),
            minute_taker: String::new(),
            chair_position: String::new(),
            minute_taker_position: String::new(),
            number: String::new(),
            guests: String::new(),
            timing_appendix: true,
            extract: ExtractPart::USUAL.to_vec(),
        }
    }
}
