//! Measures, solutions and proposals (biện pháp, giải pháp, kiến nghị, đề xuất).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::{MeasureId, MemberId, SpeechId};

/// Who carries a measure out.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum MeasureOwner {
    /// The cell as a whole (chi bộ).
    #[default]
    Cell,
    /// One member.
    Member {
        /// The member responsible.
        member: MemberId,
    },
}

/// How far a measure has got.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MeasureStatus {
    /// Agreed, not started.
    #[default]
    Open,
    /// Being carried out.
    InProgress,
    /// Carried out.
    Done,
    /// Dropped by the cell.
    Dropped,
}

/// One entry of the session's register of measures.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Measure {
    /// Stable identifier.
    pub id: MeasureId,
    /// What is to be done (nội dung thực hiện).
    pub content: String,
    /// Who does it.
    #[serde(default)]
    pub owner: MeasureOwner,
    /// When it is due (thời gian hoàn thành).
    #[serde(default)]
    pub deadline: Option<NaiveDate>,
    /// How far it has got.
    #[serde(default)]
    pub status: MeasureStatus,
    /// The speech it was proposed in, if any.
    #[serde(default)]
    pub source: Option<SpeechId>,
}
