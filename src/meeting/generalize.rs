//! The first draft of a sub-topic's generalization, gathered from the notes taken on its
//! speeches and comments, grouped along the four points for the secretary to rework.

use crate::model::{MeasureOwner, Session, SubTopicId};

/// The headings of the draft, in the UI's language.
#[derive(Debug, Clone, Copy)]
pub struct PointLabels<'a> {
    /// 1. Why the topic.
    pub why: &'a str,
    /// 2. Its content.
    pub content: &'a str,
    /// 3. Applying it: the self-assessment.
    pub self_assessment: &'a str,
    /// 3. Subjective causes.
    pub subjective: &'a str,
    /// 3. Objective causes.
    pub objective: &'a str,
    /// 4. Measures and proposals.
    pub measures: &'a str,
    /// Follow-up comments.
    pub comments: &'a str,
    /// The owner of a measure carried out by the cell.
    pub cell: &'a str,
}

impl PointLabels<'static> {
    /// The headings in Vietnamese, the words of the guidance: a document's own until the
    /// window hands it those of the UI's language.
    pub const VIETNAMESE: Self = Self {
        why: "1. Vì sao chọn chủ đề này",
        content: "2. Nội dung của chủ đề",
        self_assessment: "3. Vận dụng vào thực tiễn, tự đánh giá",
        subjective: "Nguyên nhân chủ quan",
        objective: "Nguyên nhân khách quan",
        measures: "4. Biện pháp, giải pháp, kiến nghị, đề xuất",
        comments: "Ý kiến bổ sung, trao đổi lại",
        cell: "Chi bộ",
    };
}

/// The draft: under each heading, every non-empty note with its speaker's name. Headings with
/// nothing under them are left out; an empty string means nothing was noted.
pub fn draft_generalization(session: &Session, subtopic: SubTopicId, labels: &PointLabels<'_>) -> String {
    let name = |id| session.member(id).map_or("?", |m| m.name.as_str());
    let speeches: Vec<_> = session.live.speeches.iter().filter(|s| s.subtopic == subtopic).collect();
    let mut sections: Vec<(&str, Vec<String>)> = Vec::new();
    type Pick = fn(&crate::model::FourPointNotes) -> &str;
    let points: [(&str, Pick); 5] = [
        (labels.why, |n| &n.why),
        (labels.content, |n| &n.content),
        (labels.self_assessment, |n| &n.self_assessment),
        (labels.subjective, |n| &n.subjective_causes),
        (labels.objective, |n| &n.objective_causes),
    ];
    for (heading, pick) in points {
        let lines = speeches
            .iter()
            .filter(|s| !pick(&s.notes).trim().is_empty())
            .map(|s| format!("- {} ({})", pick(&s.notes).trim(), name(s.speaker)))
            .collect();
        sections.push((heading, lines));
    }
    let measures = session
        .measures
        .iter()
        .filter(|m| m.source.is_some_and(|source| speeches.iter().any(|s| s.id == source)))
        .map(|m| {
            let owner = match m.owner {
                MeasureOwner::Cell => labels.cell,
                MeasureOwner::Member { member } => name(member),
            };
            format!("- {} ({owner})", m.content)
        })
        .collect();
    sections.push((labels.measures, measures));
    let comments = session
        .live
        .comments
        .iter()
        .filter(|c| !c.text.trim().is_empty() && speeches.iter().any(|s| s.id == c.speech))
        .map(|c| format!("- {} ({})", c.text.trim(), name(c.speaker)))
        .collect();
    sections.push((labels.comments, comments));
    sections
        .into_iter()
        .filter(|(_, lines)| !lines.is_empty())
        .map(|(heading, lines)| format!("{heading}:\n{}", lines.join("\n")))
        .collect::<Vec<_>>()
        .join("\n\n")
}
