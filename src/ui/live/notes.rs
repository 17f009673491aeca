//! Notes along the four points for a speech of the sub-topic, with the measures proposed in
//! it, and the list of the sub-topic's speeches to pick which one to annotate.

use eframe::egui::{ComboBox, Grid, RichText, TextEdit, Ui};

use super::{LiveContext, LiveView};
use crate::edit::Edit;
use crate::i18n::format_mmss;
use crate::model::{MeasureOwner, NoteDetail, Speech, SubTopicId};
use crate::ui::fields::{LINE_LIMIT, TEXT_LIMIT, parse_date};
use crate::ui::{Action, theme};

/// A measure being typed in.
#[derive(Debug, Clone, Default)]
pub struct MeasureDraft {
    content: String,
    owner: MeasureOwner,
    deadline: String,
    deadline_invalid: bool,
}

/// Draws the speeches list and the notes of the selected (by default the current) speech.
pub fn show(
    view: &mut LiveView,
    ui: &mut Ui,
    live: &LiveContext<'_>,
    subtopic: SubTopicId,
    actions: &mut Vec<Action>,
) {
    let strings = live.strings.live;
    let session = live.session();
    let speeches: Vec<&Speech> = session.live.speeches.iter().filter(|s| s.subtopic == subtopic).collect();
    if speeches.is_empty() {
        return;
    }
    ui.add_space(theme::GAP_SECTION);
    ui.label(RichText::new(strings.speeches_heading).strong());
    let current = session.live.flow.current_speech;
    let selected = view.notes_speech.filter(|id| speeches.iter().any(|s| s.id == *id)).or(current);
    ui.horizontal_wrapped(|ui| {
        for speech in &speeches {
            let length = format_mmss(live.speech_length(speech).as_secs());
            let label = format!("{} ({length})", live.name(speech.speaker));
            if ui.selectable_label(selected == Some(speech.id), label).clicked() {
                view.notes_speech = Some(speech.id);
            }
        }
    });
    let Some(speech) = speeches.iter().find(|s| Some(s.id) == selected) else {
        return;
    };
    ui.add_space(theme::GAP_SMALL);
    ui.label(RichText::new((strings.notes_for)(live.name(speech.speaker))).heading());
    let mut notes = speech.notes.clone();
    Grid::new(("notes", speech.id.0)).num_columns(2).min_col_width(theme::FIELD_WIDTH).show(ui, |ui| {
        note_field(ui, strings.note_why, &mut notes.why);
        note_field(ui, strings.note_content, &mut notes.content);
        note_field(ui, strings.note_self, &mut notes.self_assessment);
        note_field(ui, strings.note_subjective, &mut notes.subjective_causes);
        note_field(ui, strings.note_objective, &mut notes.objective_causes);
    });
    let changes = NoteDetail::changes(&speech.notes, &notes);
    actions.extend(changes.into_iter().map(|note| Action::Edit(Edit::SetNote { speech: speech.id, note })));
    measures(view, ui, live, speech, actions);
}

fn note_field(ui: &mut Ui, label: &str, value: &mut String) {
    let label = ui.label(label);
    ui.add(TextEdit::multiline(value).char_limit(TEXT_LIMIT).desired_rows(2).desired_width(f32::INFINITY))
        .labelled_by(label.id);
    ui.end_row();
}

fn measures(
    view: &mut LiveView,
    ui: &mut Ui,
    live: &LiveContext<'_>,
    speech: &Speech,
    actions: &mut Vec<Action>,
) {
    let strings = live.strings.live;
    let session = live.session();
    ui.label(RichText::new(strings.note_measures).strong());
    for measure in session.measures.iter().filter(|m| m.source == Some(speech.id)) {
        ui.horizontal_wrapped(|ui| {
            let owner = owner_name(live, measure.owner);
            let deadline = measure.deadline.map(|d| d.format(" — %d/%m/%Y").to_string()).unwrap_or_default();
            ui.label(format!("• {} ({owner}{deadline})", measure.content));
            if ui.small_button(strings.delete).clicked() {
                actions.push(Action::Edit(Edit::RemoveMeasure(measure.id)));
            }
        });
    }
    measure_form(&mut view.measure, ui, live, Some(speech.id), actions);
}

/// The form that adds a measure, from a speech (`source`) or from the cell's register.
pub fn measure_form(
    draft: &mut MeasureDraft,
    ui: &mut Ui,
    live: &LiveContext<'_>,
    source: Option<crate::model::SpeechId>,
    actions: &mut Vec<Action>,
) {
    let strings = live.strings.live;
    let session = live.session();
    Grid::new(("measure_form", source.map(|s| s.0))).num_columns(2).min_col_width(theme::FIELD_WIDTH).show(
        ui,
        |ui| {
            let label = ui.label(strings.measure_content);
            ui.add(
                TextEdit::singleline(&mut draft.content).char_limit(LINE_LIMIT).desired_width(f32::INFINITY),
            )
            .labelled_by(label.id);
            ui.end_row();
            let owner_label = ui.label(strings.measure_owner);
            ComboBox::from_id_salt(("measure_owner", source.map(|s| s.0)))
                .selected_text(owner_name(live, draft.owner))
                .show_ui(ui, |ui| {
                    ui.selectable_value(&mut draft.owner, MeasureOwner::Cell, strings.cell_owner);
                    for member in &session.roster {
                        ui.selectable_value(
                            &mut draft.owner,
                            MeasureOwner::Member { member: member.id },
                            &member.name,
                        );
                    }
                })
                .response
                .labelled_by(owner_label.id);
            ui.end_row();
            let label = ui.label(strings.measure_deadline);
            ui.vertical(|ui| {
                ui.add(TextEdit::singleline(&mut draft.deadline).char_limit(32).hint_text("30/09/2020"))
                    .labelled_by(label.id);
                if draft.deadline_invalid {
                    ui.colored_label(theme::error_colour(live.theme), live.strings.bad_date);
                }
            });
            ui.end_row();
        },
    );
    if ui.button(strings.add_measure).clicked() {
        let deadline = parse_date(&draft.deadline);
        draft.deadline_invalid = deadline.is_err();
        if let Ok(deadline) = deadline {
            actions.push(Action::Edit(Edit::AddMeasure {
                source,
                owner: draft.owner,
                content: std::mem::take(&mut draft.content),
                deadline,
            }));
            draft.deadline.clear();
        }
    }
}

pub fn owner_name(live: &LiveContext<'_>, owner: MeasureOwner) -> String {
    match owner {
        MeasureOwner::Cell => live.strings.live.cell_owner.to_owned(),
        MeasureOwner::Member { member } => live.name(member).to_owned(),
    }
}
