//! The four-part conclusion editor: built from the record, edited freely, each item showing
//! where it came from; rebuilding asks before it would drop an edit.

use eframe::egui::{Frame, RichText, TextEdit, Ui};

use super::LiveContext;
use crate::app::Action;
use crate::edit::Edit;
use crate::model::{ConclusionItem, ConclusionPart};
use crate::summary::{has_edits, parts};
use crate::ui::fields::TEXT_LIMIT;
use crate::ui::theme;

/// Draws the conclusion's four parts with their items, and the build/rebuild buttons.
pub fn editor(ui: &mut Ui, live: &LiveContext<'_>, confirm_rebuild: &mut bool, actions: &mut Vec<Action>) {
    let strings = live.strings.live;
    let session = live.session();
    let conclusion = &session.conclusion;
    rebuild_buttons(ui, live, confirm_rebuild, actions);
    // The conclusion's own headings, as the minutes print them.
    let minutes = live.strings.minutes;
    let [meaning, content, practice, measures] = minutes.conclusion_points;
    let headings = [
        (Some(meaning), meaning),
        (Some(content), content),
        (Some(practice), practice),
        (None, minutes.subjective_causes),
        (None, minutes.objective_causes),
        (Some(measures), strings.of_members),
        (None, strings.of_cell),
    ];
    let parts = ConclusionPart::ALL.into_iter().zip(parts(conclusion));
    for ((part, items), (heading, label)) in parts.zip(headings) {
        let mut name = None;
        if let Some(heading) = heading {
            ui.add_space(theme::GAP_SMALL);
            name = Some(ui.label(RichText::new(heading).heading()).id);
        }
        if heading != Some(label) {
            name = Some(ui.label(RichText::new(label).strong()).id);
        }
        if let Some(name) = name {
            part_items(ui, live, (part, items), name, actions);
        }
    }
}

fn rebuild_buttons(ui: &mut Ui, live: &LiveContext<'_>, confirm: &mut bool, actions: &mut Vec<Action>) {
    let strings = live.strings.live;
    let conclusion = &live.session().conclusion;
    let empty = crate::summary::parts(conclusion).iter().all(|part| part.is_empty());
    ui.horizontal_wrapped(|ui| {
        if *confirm {
            ui.label(strings.rebuild_confirm);
            for (label, keep_edits) in [(strings.rebuild_keep, true), (strings.rebuild_all, false)] {
                if ui.button(label).clicked() {
                    actions.push(Action::Edit(Edit::BuildConclusion { keep_edits }));
                    *confirm = false;
                }
            }
            if ui.button(live.strings.cancel).clicked() {
                *confirm = false;
            }
            return;
        }
        let label = if empty { strings.build_conclusion } else { strings.rebuild_conclusion };
        if ui.button(label).clicked() {
            if has_edits(conclusion) {
                *confirm = true;
            } else {
                actions.push(Action::Edit(Edit::BuildConclusion { keep_edits: false }));
            }
        }
    });
}

/// The items of one part, each editable with its source, and a button to add one; each
/// change is its own edit, naming the item.
fn part_items(
    ui: &mut Ui,
    live: &LiveContext<'_>,
    (part, items): (ConclusionPart, &[ConclusionItem]),
    label: eframe::egui::Id,
    actions: &mut Vec<Action>,
) {
    let strings = live.strings.live;
    let session = live.session();
    if items.is_empty() {
        ui.label(strings.empty_part);
    }
    for (index, item) in items.iter().enumerate() {
        Frame::group(ui.style()).show(ui, |ui| {
            ui.set_width(ui.available_width());
            let mut text = item.text.clone();
            let editor = TextEdit::multiline(&mut text)
                .char_limit(TEXT_LIMIT)
                .desired_rows(1)
                .desired_width(f32::INFINITY);
            if ui.add(editor).labelled_by(label).changed() {
                actions.push(Action::Edit(Edit::SetConclusionItem { part, index, text }));
            }
            ui.horizontal_wrapped(|ui| {
                let speaker = item
                    .source
                    .and_then(|s| s.speaker)
                    .and_then(|id| session.member(id))
                    .map(|m| m.name.as_str());
                let subtopic = item
                    .source
                    .and_then(|s| s.subtopic)
                    .and_then(|id| session.subtopics.iter().position(|s| s.id == id))
                    .map(|n| n + 1);
                let mut source = (strings.source_of)(speaker, subtopic);
                if item.edited {
                    source = format!("{source} {}", strings.edited_mark);
                }
                ui.label(RichText::new(source).small());
                if ui.small_button(strings.delete).clicked() {
                    actions.push(Action::Edit(Edit::RemoveConclusionItem { part, index }));
                }
            });
        });
    }
    if ui.small_button(strings.add_item).clicked() {
        actions.push(Action::Edit(Edit::AddConclusionItem(part)));
    }
}
