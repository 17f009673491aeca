//! The four-part conclusion editor: built from the record, edited freely, each item showing
//! where it came from; rebuilding asks before it would drop an edit.

use eframe::egui::{Frame, RichText, TextEdit, Ui};

use super::LiveContext;
use crate::app::Action;
use crate::edit::Edit;
use crate::model::ConclusionItem;
use crate::summary::{has_edits, parts_mut};
use crate::ui::fields::TEXT_LIMIT;
use crate::ui::theme;

/// Draws the conclusion's four parts with their items, and the build/rebuild buttons.
pub fn editor(ui: &mut Ui, live: &LiveContext<'_>, confirm_rebuild: &mut bool, actions: &mut Vec<Action>) {
    let strings = live.strings.live;
    let session = live.session();
    let conclusion = &session.conclusion;
    rebuild_buttons(ui, live, confirm_rebuild, actions);
    let mut edited = conclusion.clone();
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
    for (part, (heading, label)) in parts_mut(&mut edited).into_iter().zip(headings) {
        let mut name = None;
        if let Some(heading) = heading {
            ui.add_space(theme::GAP_SMALL);
            name = Some(ui.label(RichText::new(heading).heading()).id);
        }
        if heading != Some(label) {
            name = Some(ui.label(RichText::new(label).strong()).id);
        }
        if let Some(name) = name {
            part_items(ui, live, part, name);
        }
    }
    if edited != *conclusion {
        actions.push(Action::Edit(Edit::SetConclusion(edited)));
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

/// The items of one part, each editable with its source, and a button to add one.
fn part_items(ui: &mut Ui, live: &LiveContext<'_>, part: &mut Vec<ConclusionItem>, label: eframe::egui::Id) {
    let strings = live.strings.live;
    let session = live.session();
    if part.is_empty() {
        ui.label(strings.empty_part);
    }
    let mut removed = None;
    for (position, item) in part.iter_mut().enumerate() {
        Frame::group(ui.style()).show(ui, |ui| {
            ui.set_width(ui.available_width());
            let editor = TextEdit::multiline(&mut item.text)
                .char_limit(TEXT_LIMIT)
                .desired_rows(1)
                .desired_width(f32::INFINITY);
            if ui.add(editor).labelled_by(label).changed() {
                item.edited = true;
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
                    removed = Some(position);
                }
            });
        });
    }
    if let Some(position) = removed {
        part.remove(position);
    }
    if ui.small_button(strings.add_item).clicked() {
        part.push(ConclusionItem { text: String::new(), source: None, edited: true });
    }
}
