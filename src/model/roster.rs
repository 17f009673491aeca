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
    /// Full (chính thức) or probationary (dự bị) membership, or attending temporarily from
    /// another cell (sinh hoạt tạm thời).
    #[serde(default)]
    pub membership: Membership,
    /// Exempted from the cell's activities (miễn sinh hoạt), with the reason; an exempted
    /// member is not counted in the attendance the meeting requires.
    #[serde(default)]
    pub exemption: Option<String>,
    /// Whether the member attends the meeting.
    #[serde(default)]
    pub attendance: Attendance,
}

/// A member's standing in the Party.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Membership {
    /// A full member (đảng viên chính thức).
    #[default]
    Full,
    /// A probationary member (đảng viên dự bị).
    Probationary,
    /// A member of another cell attending this one temporarily (đảng viên sinh hoạt tạm
    /// thời): listed and counted apart from the cell's own members, and without a vote.
    Temporary,
}

impl Member {
    /// A member with this id and name, full, not exempted, attendance not marked.
    pub fn new(id: MemberId, name: String, position: String) -> Self {
        Self {
            id,
            name,
            position,
            membership: Membership::Full,
            exemption: None,
            attendance: Attendance::Unmarked,
        }
    }

    /// Whether the meeting requires the member's attendance: every member not exempted.
    pub fn required(&self) -> bool {
        self.exemption.is_none()
    }
}

/// A member's attendance on the day of the meeting.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "status", rename_all = "snake_case")]
pub enum Attendance {
    /// Not marked yet: the roll has not been taken. The member can still be called to speak;
    /// the minutes say the roll was not taken.
    #[default]
    Unmarked,
    /// Present at the meeting.
    Present,
    /// Absent: with a reason (vắng mặt có lý do) when one is given, else without.
    Absent {
        /// Why the member is absent; empty when absent without a reason.
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
