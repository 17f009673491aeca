//! The end of a sub-topic and of the discussion: the generalization the secretary presents,
//! and the conclusion with what was generalized and how the speeches kept to time.

use eframe::egui::{self, RichText, TextEdit, Ui};

use super::LiveContext;
use crate::app::Action;
use crate::edit::Edit;
use crate::meeting::draft_generalization;
use crate::model::{Step, SubTopicId};
use crate::ui::fields::TEXT_LIMIT;
use crate::ui::theme;

/// The generalization of one sub-topic: editable text, rebuilt from the notes on request,
/// and the way on to the next sub-topic or the conclusion.
pub fn generalization(
    ui: &mut Ui,
    live: &LiveContext<'_>,
    subtopic: SubTopicId,
    confirm_refill: &mut bool,
    actions: &mut Vec<Action>,
) {
    let strings = live.strings.live;
    let session = live.session();
    let Some((index, current)) = session.subtopics.iter().enumerate().find(|(_, s)| s.id == subtopic) else {
        return;
    };
    ui.label(
        RichText::new((strings.generalization_heading)(&current.title))
            .size(theme::TEXT_SECTION_TITLE)
            .strong(),
    );
    let stored = session.live.generalizations.iter().find(|g| g.subtopic == subtopic);
    let mut text = stored.map(|g| g.text.clone()).unwrap_or_default();
    let label = ui.label(strings.generalization_text);

    let editor =
        TextEdit::multiline(&mut text).char_limit(TEXT_LIMIT).desired_rows(14).desired_width(f32::INFINITY);
    let response = ui.add(editor.font(egui::TextStyle::Heading)).labelled_by(label.id);
    if response.changed() {
        actions.push(Action::Edit(Edit::SetGeneralization { subtopic, text: text.clone() }));
    }
    ui.horizontal_wrapped(|ui| {
        if *confirm_refill {
            ui.label(strings.refill_confirm);
            if ui.button(live.strings.confirm).clicked() {
                let draft = draft_generalization(session, subtopic, &live.strings.point_labels());
                actions.push(Action::Edit(Edit::SetGeneralization { subtopic, text: draft }));
                *confirm_refill = false;
            }
            if ui.button(live.strings.cancel).clicked() {
                *confirm_refill = false;
            }
        } else if ui.button(strings.refill).clicked() {
            *confirm_refill = true;
        }
    });
    ui.add_space(theme::GAP_SECTION);
    ui.horizontal_wrapped(|ui| {
        if ui.button(strings.back_to_discussion).clicked() {
            actions.push(Action::Edit(Edit::GoTo(Step::Discussion { subtopic })));
        }
        match session.subtopics.get(index + 1) {
            Some(next) => {
                if ui.button(strings.next_subtopic).clicked() {
                    actions.push(Action::Edit(Edit::GoTo(Step::Discussion { subtopic: next.id })));
                }
            }
            None => {
                if ui.button(strings.to_conclusion).clicked() {
                    actions.push(Action::Edit(Edit::GoTo(Step::Conclusion)));
                }
            }
        }
    });
}

/// The conclusion: the four-part editor, each sub-topic's generalization, the timing totals,
/// and closing.
pub fn conclusion(
    ui: &mut Ui,
    live: &LiveContext<'_>,
    (confirm_rebuild, measure, export, approval, resolution): (
        &mut bool,
        &mut super::notes::MeasureDraft,
        &mut super::papers::Exports,
        &mut super::approval::ApprovalForm,
        &mut super::resolutions::ResolutionForm,
    ),
    actions: &mut Vec<Action>,
) {
    let strings = live.strings.live;
    let session = live.session();
    egui::ScrollArea::vertical().auto_shrink([false; 2]).show(ui, |ui| {
        ui.label(RichText::new(strings.conclusion_heading).size(theme::TEXT_PAGE_TITLE).strong());
        let locked = session.live.minutes_locked;
        if locked {
            ui.label(live.strings.locked_note);
        }
        ui.add_enabled_ui(!locked, |ui| {
            super::conclusion::editor(ui, live, confirm_rebuild, actions);
            ui.add_space(theme::GAP_SECTION);
            super::register::show(ui, live, measure, actions);
        });
        ui.add_space(theme::GAP_SECTION);
        egui::CollapsingHeader::new(strings.generalizations_heading).id_salt("generalizations").show(
            ui,
            |ui| {
                for (index, subtopic) in session.subtopics.iter().enumerate() {
                    ui.label(RichText::new(format!("{}. {}", index + 1, subtopic.title)).strong());
                    let text = session.live.generalizations.iter().find(|g| g.subtopic == subtopic.id);
                    ui.label(text.map_or(strings.no_generalization, |g| g.text.as_str()));
                }
            },
        );
        ui.separator();
        let rows = crate::export::outline::timing_rows(session, live.now);
        ui.label(crate::export::outline::totals(&rows).describe(live.strings, &session.timing));
        super::member_times::show(ui, live, "conclusion");
        ui.separator();
        match session.live.closed_at {
            Some(closed) => {
                ui.label((strings.closed_at)(&closed.format("%H:%M").to_string()));
            }
            None => {
                if ui.button(RichText::new(strings.close_meeting).size(theme::TEXT_EMPHASIS)).clicked() {
                    actions.push(Action::Edit(Edit::Close));
                }
            }
        }
        ui.separator();
        super::resolutions::show(resolution, ui, live, actions);
        ui.add_space(theme::GAP);
        super::approval::show(approval, ui, live, actions);
        ui.separator();
        super::papers::show(export, ui, live, actions);
    });
}
