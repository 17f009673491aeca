//! The meeting's topic, its opening texts and its sub-topics.

use serde::{Deserialize, Serialize};

use super::{MemberId, SubTopicId};

/// The three groups every topic belongs to (Chỉ thị 05-CT/TW).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TopicGroup {
    /// Tư tưởng Hồ Chí Minh.
    #[default]
    Thought,
    /// Đạo đức Hồ Chí Minh.
    Ethics,
    /// Phong cách Hồ Chí Minh.
    Style,
}

impl TopicGroup {
    /// All groups, in the order the guidance lists them.
    pub const ALL: [Self; 3] = [Self::Thought, Self::Ethics, Self::Style];

    /// The group's name in files and reports: `thought`, `ethics`, `style`.
    pub fn code(self) -> &'static str {
        match self {
            Self::Thought => "thought",
            Self::Ethics => "ethics",
            Self::Style => "style",
        }
    }
}

/// What the meeting is about and how the secretary opens it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Topic {
    /// The topic's full name (tên chuyên đề).
    pub name: String,
    /// Which of the three groups it belongs to.
    pub group: TopicGroup,
    /// The directing documents studied for it (Chỉ thị, Nghị quyết…), one per entry.
    pub directives: Vec<String>,
    /// The texts the secretary reads when opening the meeting.
    pub opening: OpeningTexts,
}

/// The secretary's opening: purpose, requirements, content, form and discussion method.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct OpeningTexts {
    /// Mục đích.
    pub purpose: String,
    /// Yêu cầu: the time rule and the four-point structure of a speech.
    pub requirements: String,
    /// Nội dung.
    pub content: String,
    /// Hình thức trình bày ý kiến.
    pub form: String,
    /// Cách thảo luận.
    pub discussion_method: String,
}

/// One sub-topic (chủ đề nhỏ) the committee split the topic into.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SubTopic {
    /// Stable identifier used by speeches.
    pub id: SubTopicId,
    /// The sub-topic as a heading or question.
    pub title: String,
    /// Guiding questions put to the speakers.
    #[serde(default)]
    pub questions: Vec<String>,
    /// Suggestions (gợi ý) to steer the discussion.
    #[serde(default)]
    pub suggestions: Vec<String>,
    /// Members assigned to speak on it, in the planned order.
    #[serde(default)]
    pub speakers: Vec<MemberId>,
}
