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

/// One of the conclusion's seven lists, as an edit names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ConclusionPart {
    /// 1. Why the topic matters.
    Why,
    /// 2. The topic's content.
    Content,
    /// 3. The self-assessment.
    SelfAssessment,
    /// 3. Subjective causes.
    SubjectiveCauses,
    /// 3. Objective causes.
    ObjectiveCauses,
    /// 4. Measures for members.
    MemberMeasures,
    /// 4. Solutions for the cell.
    CellMeasures,
}

impl ConclusionPart {
    /// The parts in reading order.
    pub const ALL: [Self; 7] = [
        Self::Why,
        Self::Content,
        Self::SelfAssessment,
        Self::SubjectiveCauses,
        Self::ObjectiveCauses,
        Self::MemberMeasures,
        Self::CellMeasures,
    ];
}

impl Conclusion {
    /// The items of `part`, to change.
    pub fn part_mut(&mut self, part: ConclusionPart) -> &mut Vec<ConclusionItem> {
        match part {
            ConclusionPart::Why => &mut self.why,
            ConclusionPart::Content => &mut self.content,
            ConclusionPart::SelfAssessment => &mut self.self_assessment,
            ConclusionPart::SubjectiveCauses => &mut self.subjective_causes,
            ConclusionPart::ObjectiveCauses => &mut self.objective_causes,
            ConclusionPart::MemberMeasures => &mut self.member_measures,
            ConclusionPart::CellMeasures => &mut self.cell_measures,
        }
    }

    /// Adds an empty item of the secretary's own at the end of `part`.
    pub fn add_item(&mut self, part: ConclusionPart) {
        self.part_mut(part).push(ConclusionItem { text: String::new(), source: None, edited: true });
    }

    /// Sets the text of the item at `index` of `part`, which makes it the secretary's; nothing
    /// when there is no such item.
    pub fn set_item(&mut self, part: ConclusionPart, index: usize, text: String) {
        if let Some(item) = self.part_mut(part).get_mut(index) {
            item.text = text;
            item.edited = true;
        }
    }

    /// Removes the item at `index` of `part`, if there is one.
    pub fn remove_item(&mut self, part: ConclusionPart, index: usize) {
        let items = self.part_mut(part);
        if index < items.len() {
            items.remove(index);
        }
    }
}
