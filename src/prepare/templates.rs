//! Starter topics for each of the three groups: sub-topics with guiding questions and
//! suggestions, kept as data files in `assets/templates/`.

use serde::Deserialize;

use crate::model::{OpeningTexts, Session, TopicGroup};

/// A starter topic.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct Template {
    /// The group it belongs to.
    pub group: TopicGroup,
    /// A topic name to start from.
    pub topic: String,
    /// Opening texts to start from.
    pub opening: OpeningTexts,
    /// Sub-topics with their questions and suggestions.
    pub subtopics: Vec<TemplateSubTopic>,
}

/// A sub-topic of a template.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct TemplateSubTopic {
    /// The sub-topic.
    pub title: String,
    /// Guiding questions.
    #[serde(default)]
    pub questions: Vec<String>,
    /// Suggestions.
    #[serde(default)]
    pub suggestions: Vec<String>,
}

/// The template of a group. The files ship with the app and are checked by a test, so a
/// broken one is a build defect, not a user's problem.
pub fn template(group: TopicGroup) -> Template {
    let text = match group {
        TopicGroup::Thought => include_str!("../../assets/templates/tu-tuong.json"),
        TopicGroup::Ethics => include_str!("../../assets/templates/dao-duc.json"),
        TopicGroup::Style => include_str!("../../assets/templates/phong-cach.json"),
    };
    #[allow(clippy::expect_used, reason = "the bundled templates are tested to decode")]
    serde_json::from_str(text).expect("the bundled templates are valid (see the tests)")
}

/// Fills a session from a template: the group, the topic name and opening texts where still
/// empty, and the template's sub-topics after any the session already has.
pub fn apply_template(session: &mut Session, template: &Template) {
    let topic = &mut session.topic;
    topic.group = template.group;
    fill(&mut topic.name, &template.topic);
    let (opening, from) = (&mut topic.opening, &template.opening);
    fill(&mut opening.purpose, &from.purpose);
    fill(&mut opening.requirements, &from.requirements);
    fill(&mut opening.content, &from.content);
    fill(&mut opening.form, &from.form);
    fill(&mut opening.discussion_method, &from.discussion_method);
    for subtopic in &template.subtopics {
        let added = super::subtopics::add(session, subtopic.title.clone());
        added.questions.clone_from(&subtopic.questions);
        added.suggestions.clone_from(&subtopic.suggestions);
    }
}

fn fill(slot: &mut String, value: &str) {
    if slot.trim().is_empty() {
        *slot = value.to_owned();
    }
}

#[cfg(test)]
mod tests {
    use super::{apply_template, template};
    use crate::model::{Session, TopicGroup};

    #[test]
    fn every_group_has_a_template_of_its_own_group() {
        for group in TopicGroup::ALL {
            let found = template(group);
            assert_eq!(found.group, group);
            assert!(found.subtopics.len() >= 3);
            assert!(found.subtopics.iter().all(|s| !s.questions.is_empty() && !s.suggestions.is_empty()));
        }
    }

    #[test]
    fn a_template_fills_a_new_session_and_keeps_what_was_typed() {
        let mut session = Session::new_titled("Quý III");
        session.topic.opening.purpose = "Mục đích riêng của chi bộ".into();
        apply_template(&mut session, &template(TopicGroup::Style));
        assert_eq!(session.topic.group, TopicGroup::Style);
        assert_eq!(session.topic.opening.purpose, "Mục đích riêng của chi bộ");
        assert!(!session.topic.opening.requirements.is_empty());
        assert_eq!(session.subtopics.len(), 3);
        assert!(session.validate().is_empty());
    }
}
