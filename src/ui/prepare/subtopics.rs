//! The sub-topics tab: add, edit, reorder and remove sub-topics with their guiding questions
//! and suggestions, or start from a group's template.

use eframe::egui::{Frame, Grid, Ui};

use super::{PrepareContext, PrepareView, lines};
use crate::app::Action;
use crate::edit::Document;
use crate::edit::Edit;
use crate::export::Format;
use crate::model::{SubTopicDetail, TopicGroup};
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
    let subtopics = &document.session().subtopics;
    let count = subtopics.len();
    for (index, subtopic) in subtopics.iter().enumerate() {
        Frame::group(ui.style()).show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.strong((strings.live.step_subtopic)(index + 1));
            let mut edited = subtopic.clone();
            Grid::new(("subtopic", subtopic.id.0)).num_columns(2).min_col_width(theme::FIELD_WIDTH).show(
                ui,
                |ui| {
                    fields::line(ui, text.subtopic_title, &mut edited.title);
                    let mut questions = edited.questions.join("\n");
                    fields::text(ui, text.questions, &mut questions);
                    edited.questions = lines(&questions);
                    let mut suggestions = edited.suggestions.join("\n");
                    fields::text(ui, text.suggestions, &mut suggestions);
                    edited.suggestions = lines(&suggestions);
                },
            );
            let changes = SubTopicDetail::changes(subtopic, &edited);
            let edits =
                changes.into_iter().map(|detail| Edit::SetSubTopicDetail { subtopic: subtopic.id, detail });
            actions.extend(edits.map(Action::Edit));
            ui.horizontal(|ui| {
                if index > 0 && ui.button(strings.live.move_up).clicked() {
                    actions.push(Action::Edit(Edit::MoveSubTopic { from: index, to: index - 1 }));
                }
                if index + 1 < count && ui.button(strings.live.move_down).clicked() {
                    actions.push(Action::Edit(Edit::MoveSubTopic { from: index, to: index + 1 }));
                }
                if ui.button(strings.live.delete).clicked() {
                    actions.push(Action::Edit(Edit::RemoveSubTopic(subtopic.id)));
                }
            });
        });
    }
    if ui.button(text.add_subtopic).clicked() {
        actions.push(Action::Edit(Edit::AddSubTopic(text.new_subtopic.to_owned())));
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
