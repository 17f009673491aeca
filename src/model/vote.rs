//! Votes (biểu quyết): the one approving the minutes and any other the chair puts to the
//! cell. By the Party's rules (Điều lệ Đảng, articles 5 and 9, and the rules carrying it out)
//! only full members (đảng viên chính thức) vote, and a decision passes when more than half of
//! the full members convened, less those exempted from activities who stayed away, agree.

use serde::{Deserialize, Serialize};

use super::WallTime;

/// How a vote went, as the minutes state it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tally {
    /// Full members present who voted for (tán thành).
    pub agreed: u32,
    /// Full members present, who may vote.
    pub present: u32,
    /// Those who voted against (không tán thành).
    pub against: u32,
    /// More than half of it must agree; unknown for minutes approved before the app kept it.
    pub base: Option<u32>,
}

impl Tally {
    /// Those present who voted neither for nor against: another opinion (ý kiến khác).
    pub fn others(&self) -> u32 {
        self.present.saturating_sub(self.agreed + self.against)
    }

    /// Whether every voter agreed: only then do the minutes say "nhất trí".
    pub fn unanimous(&self) -> bool {
        self.present > 0 && self.agreed == self.present
    }
}

/// The cell's vote approving the minutes read back to it (đọc lại và biểu quyết thông qua
/// biên bản).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Approval {
    /// Full members present who voted for (tán thành).
    pub agreed: u32,
    /// Full members present, who may vote.
    pub present: u32,
    /// Of them, those who voted against (không tán thành); the rest gave another opinion.
    #[serde(default)]
    pub against: u32,
    /// The full members convened less those exempted who stayed away: more than half of them
    /// must agree.
    /// None in a file approved before the app kept it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub base: Option<u32>,
    /// When the meeting ended, as the closing formula states it.
    pub ended: chrono::NaiveTime,
    /// When the approval was recorded.
    pub at: WallTime,
}

impl Approval {
    /// How the vote went.
    pub fn tally(&self) -> Tally {
        Tally { agreed: self.agreed, present: self.present, against: self.against, base: self.base }
    }

    /// Those present who voted neither for nor against: another opinion (ý kiến khác).
    pub fn others(&self) -> u32 {
        self.tally().others()
    }

    /// Whether every voter agreed: only then do the minutes say "nhất trí".
    pub fn unanimous(&self) -> bool {
        self.tally().unanimous()
    }
}

/// Another matter the chair put to the vote (a resolution, a decision of the cell), and how
/// the vote went; recorded whether it passed or not.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Resolution {
    /// What was put to the vote.
    pub text: String,
    /// Full members present who voted for.
    pub agreed: u32,
    /// Full members present, who may vote.
    pub present: u32,
    /// Those who voted against.
    pub against: u32,
    /// The vote's base when it was taken.
    pub base: u32,
    /// When the vote was recorded.
    pub at: WallTime,
}

impl Resolution {
    /// How the vote went.
    pub fn tally(&self) -> Tally {
        Tally { agreed: self.agreed, present: self.present, against: self.against, base: Some(self.base) }
    }

    /// Whether more than half of the base agreed.
    pub fn passed(&self) -> bool {
        passes(self.agreed, self.base)
    }
}

/// Whether `agreed` votes carry a decision counted against `base`: more than half of it.
pub fn passes(agreed: u32, base: u32) -> bool {
    u64::from(agreed) * 2 > u64::from(base)
}
