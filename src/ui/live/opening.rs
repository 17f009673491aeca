//! The opening slide: purpose, requirements (the time rule and the four points), content,
//! form and discussion method, large enough to project.

use eframe::egui::{self, RichText, Ui};

use super::LiveContext;
use crate::app::Action;
use crate::edit::Edit;
use crate::model::Step;
use crate::ui::theme;

/// Draws the opening and the way into the first sub-topic.
pub fn show(ui: &mut Ui, live: &LiveContext<'_>, actions: &mut Vec<Action>) {
    let strings = live.strings;
    let session = live.session();
    let opening = &session.topic.opening;
    egui::ScrollArea::vertical().auto_shrink([false; 2]).show(ui, |ui| {
        ui.label(RichText::new(strings.live.opening_heading).heading());
        ui.label(RichText::new(&session.topic.name).size(theme::TEXT_TOPIC).strong());
        ui.add_space(theme::GAP);
        let sections = [
            (strings.opening_purpose, opening.purpose.as_str()),
            (strings.opening_requirements, opening.requirements.as_str()),
            (strings.opening_content, opening.content.as_str()),
            (strings.opening_form, opening.form.as_str()),
            (strings.opening_discussion, opening.discussion_method.as_str()),
        ];
        for (heading, text) in sections {
            if text.trim().is_empty() {
                continue;
            }
            ui.label(RichText::new(heading).heading());
            ui.label(RichText::new(text).size(theme::TEXT_READING));
            ui.add_space(theme::GAP_SMALL);
        }
        ui.separator();
        ui.label(
            RichText::new((strings.live.timing_rule)(&session.timing)).size(theme::TEXT_READING).strong(),
        );
        ui.label(RichText::new(strings.live.four_points_heading).size(theme::TEXT_READING));
        for point in strings.live.four_points {
            ui.label(RichText::new(format!("  • {point}")).size(theme::TEXT_READING));
        }
        ui.add_space(theme::GAP_LARGE);
        if let Some(first) = session.subtopics.first() {
            let button = ui.button(RichText::new(strings.live.start_discussion).size(theme::TEXT_READING));
            if button.clicked() {
                actions.push(Action::Edit(Edit::GoTo(Step::Discussion { subtopic: first.id })));
            }
        }
    });
}
