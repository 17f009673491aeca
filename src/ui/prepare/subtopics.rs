//! The sub-topics tab: add, edit, reorder and remove sub-topics with their guiding questions
//! and suggestions, or start from a group's template.

use eframe::egui::{Frame, Grid, Ui};

use super::{PrepareContext, PrepareView, lines};
use crate::app::Action;
use crate::edit::Document;
use crate::edit::Edit;
use crate::export::Format;
use crate::model::{SubTopic, SubTopicId, TopicGroup};
use crate::store::stem;
use crate::ui::export_form::Offer;
use crate::ui::fields;
use crate::ui::theme;

/// Draws every sub-topic as an editable card, then the notice with its guiding outline.
pub fn show(
    view: &mut PrepareView,
    ui: &mut Ui,
    context: &PrepareContext<'_>,
    document: &Document,
    actions: &mut Vec<Action>,
) {
    let strings = context.strings;
    let text = strings.prepare;
    let current = &document.session().subtopics;
    let mut edited = current.clone();
    let mut removed = None;
    let mut moved = None;
    let count = edited.len();
    for (index, subtopic) in edited.iter_mut().enumerate() {
        Frame::group(ui.style()).show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.strong((strings.live.step_subtopic)(index + 1));
            Grid::new(("subtopic", subtopic.id.0)).num_columns(2).min_col_width(theme::FIELD_WIDTH).show(
                ui,
                |ui| {
                    fields::line(ui, text.subtopic_title, &mut subtopic.title);
                    let mut questions = subtopic.questions.join("\n");
                    fields::text(ui, text.questions, &mut questions);
                    subtopic.questions = lines(&questions);
                    let mut suggestions = subtopic.suggestions.join("\n");
                    fields::text(ui, text.suggestions, &mut suggestions);
                    subtopic.suggestions = lines(&suggestions);
                },
            );
            ui.horizontal(|ui| {
                if index > 0 && ui.button(strings.live.move_up).clicked() {
                    moved = Some((index, index - 1));
                }
                if index + 1 < count && ui.button(strings.live.move_down).clicked() {
                    moved = Some((index, index + 1));
                }
                if ui.button(strings.live.delete).clicked() {
                    removed = Some(index);
                }
            });
        });
    }
    if let Some((from, to)) = moved {
        edited.swap(from, to);
    }
    if let Some(index) = removed {
        edited.remove(index);
    }
    if ui.button(text.add_subtopic).clicked() {
        let id = SubTopicId::next_after(edited.iter().map(|s| s.id));
        let title = text.new_subtopic.to_owned();
        edited.push(SubTopic {
            id,
            title,
            questions: Vec::new(),
            suggestions: Vec::new(),
            speakers: Vec::new(),
        });
    }
    if edited != *current {
        actions.push(Action::Edit(Edit::SetSubTopics(edited)));
    }
    ui.add_space(theme::GAP);
    ui.horizontal_wrapped(|ui| {
        ui.label(text.from_template);
        for group in TopicGroup::ALL {
            if ui.button((strings.group_name)(group)).clicked() {
                actions.push(Action::Edit(Edit::ApplyTemplate(group)));
            }
        }
    });
    ui.separator();
    let heading = ui.strong(strings.papers.notice_heading);
    let stem = stem(&document.path);
    let offer = Offer {
        formats: &Format::NOTICE,
        stem: &stem,
        exports: context.exports,
        button: strings.papers.export_notice,
        plan: false,
    };
    view.notice.show(ui, strings, offer, heading.id, actions);
    if ui.button(strings.papers.copy_notice).clicked() {
        actions.push(Action::CopyNotice);
    }
}
