//! The cell's members and who attends on the day.

use serde::{Deserialize, Serialize};

use super::MemberId;

/// One party member (đảng viên) of the cell.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Member {
    /// Stable identifier used by assignments and records.
    pub id: MemberId,
    /// Full name, as written on the minutes.
    pub name: String,
    /// Position in the cell or at work (Bí thư, Phó Bí thư, đảng viên…); may be empty.
    #[serde(default)]
    pub position: String,
    /// Whether the member attends the meeting.
    #[serde(default)]
    pub attendance: Attendance,
}

/// A member's attendance on the day of the meeting.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "status", rename_all = "snake_case")]
pub enum Attendance {
    /// Not marked yet; treated as present until the secretary says otherwise.
    #[default]
    Unmarked,
    /// Present at the meeting.
    Present,
    /// Absent, with the reason given (vắng mặt có lý do).
    Absent {
        /// Why the member is absent; may be empty when no reason was given.
        #[serde(default)]
        reason: String,
    },
}

impl Attendance {
    /// Whether the member can be called to speak.
    pub fn can_speak(&self) -> bool {
        !matches!(self, Self::Absent { .. })
    }
}
