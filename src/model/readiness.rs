//! The readiness check (Bước 3): a month before, the committee checks each speaker's
//! preparation against the four points.

use serde::{Deserialize, Serialize};

use super::MemberId;

/// One of the four points, checked.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct PointCheck {
    /// Whether the speaker has prepared this point.
    pub prepared: bool,
    /// The committee's note on it.
    pub note: String,
}

/// One speaker's preparation against the four points.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReadinessEntry {
    /// The speaker.
    pub member: MemberId,
    /// Why the topic, its content, applying it, measures — in that order.
    #[serde(default)]
    pub points: [PointCheck; 4],
}

/// How ready a speaker is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ReadinessLevel {
    /// All four points prepared.
    Ready,
    /// Some of the four points prepared.
    Partly,
    /// None prepared, or not checked yet.
    NotReady,
}

impl ReadinessEntry {
    /// An entry with nothing prepared yet.
    pub fn new(member: MemberId) -> Self {
        Self { member, points: Default::default() }
    }

    /// How ready the speaker is.
    pub fn level(&self) -> ReadinessLevel {
        match self.points.iter().filter(|point| point.prepared).count() {
            4 => ReadinessLevel::Ready,
            0 => ReadinessLevel::NotReady,
            _ => ReadinessLevel::Partly,
        }
    }
}
