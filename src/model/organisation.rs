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
    /// Where the meeting takes place.
    pub place: String,
    /// Who chairs the meeting, normally the cell secretary (Bí thư chi bộ).
    pub chair: String,
    /// Who takes the minutes (thư ký).
    pub minute_taker: String,
}

impl Default for MeetingInfo {
    fn default() -> Self {
        Self {
            title: String::new(),
            date: None,
            start_time: None,
            planned_minutes: 120,
            place: String::new(),
            chair: String::new(),
            minute_taker: String::new(),
        }
    }
}
