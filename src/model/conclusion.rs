//! The four-part conclusion (kết thúc thảo luận) the secretary presents at the end.

use serde::{Deserialize, Serialize};

use super::{MemberId, SpeechId, SubTopicId};

/// One point of the conclusion, with where it came from.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ConclusionItem {
    /// The point as the secretary presents it.
    pub text: String,
    /// The speech, speaker and sub-topic it was drawn from, when it was drawn from one.
    pub source: Option<ItemSource>,
    /// Whether the secretary changed it after it was built, so rebuilding must ask first.
    pub edited: bool,
}

/// Where a conclusion item was drawn from.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ItemSource {
    /// The speech, if the item comes from one.
    pub speech: Option<SpeechId>,
    /// The speaker, if known.
    pub speaker: Option<MemberId>,
    /// The sub-topic, if known.
    pub subtopic: Option<SubTopicId>,
}

/// The generalized content of the whole discussion, along the four points.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Conclusion {
    /// 1. Why the topic matters.
    pub why: Vec<ConclusionItem>,
    /// 2. The topic's content.
    pub content: Vec<ConclusionItem>,
    /// 3. Applying it in practice: the self-assessment.
    pub self_assessment: Vec<ConclusionItem>,
    /// 3. Subjective causes, the main ones.
    pub subjective_causes: Vec<ConclusionItem>,
    /// 3. Objective causes.
    pub objective_causes: Vec<ConclusionItem>,
    /// 4. Measures and proposals for members.
    pub member_measures: Vec<ConclusionItem>,
    /// 4. Solutions and proposals for the cell.
    pub cell_measures: Vec<ConclusionItem>,
}
