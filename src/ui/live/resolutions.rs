//! Other votes (biểu quyết) the chair puts to the cell besides the minutes: the matter, the
//! votes of the full members present counted as for the minutes, whether it passes, and the
//! list recorded for the minutes.

use eframe::egui::{Button, CollapsingHeader, RichText, TextEdit, Ui};

use super::LiveContext;
use crate::app::Action;
use crate::edit::Edit;
use crate::ui::fields::LINE_LIMIT;
use crate::ui::theme;

/// What is being typed for the next vote.
#[derive(Debug, Clone, Default)]
pub struct ResolutionForm {
    matter: String,
    present: String,
    agreed: String,
    against: String,
}

/// Draws the votes recorded and the form for the next one; nothing can change once the
/// minutes are approved.
pub fn show(form: &mut ResolutionForm, ui: &mut Ui, live: &LiveContext<'_>, actions: &mut Vec<Action>) {
    let text = live.strings.live;
    let session = live.session();
    let locked = session.live.minutes_locked;
    if !session.live.resolutions.is_empty() {
        ui.label(RichText::new(text.resolutions_heading).strong());
    }
    for (index, resolution) in session.live.resolutions.iter().enumerate() {
        ui.horizontal_wrapped(|ui| {
            ui.label((live.strings.minutes.resolution)(resolution));
            if !locked && ui.button(text.delete).clicked() {
                actions.push(Action::Edit(Edit::RemoveResolution(index)));
            }
        });
    }
    if !locked {
        CollapsingHeader::new(text.resolution_form)
            .id_salt("resolution_form")
            .show(ui, |ui| form_fields(form, ui, live, actions));
    }
}

/// The matter, the votes, whether it passes, and the button that records it.
fn form_fields(form: &mut ResolutionForm, ui: &mut Ui, live: &LiveContext<'_>, actions: &mut Vec<Action>) {
    let text = live.strings.live;
    let roll = crate::prepare::attendance::roll(live.session());
    if form.present.is_empty() {
        form.present = roll.voters().to_string();
        form.agreed.clone_from(&form.present);
        form.against = "0".into();
    }
    let label = ui.label(text.resolution_matter);
    ui.add(TextEdit::singleline(&mut form.matter).char_limit(LINE_LIMIT).desired_width(f32::INFINITY))
        .labelled_by(label.id);
    let [present, agreed, against] = ui
        .horizontal_wrapped(|ui| {
            super::approval::counts(ui, text, [&mut form.present, &mut form.agreed, &mut form.against])
        })
        .inner;
    let (Some(present), Some(agreed), Some(against)) = (present, agreed, against) else {
        ui.colored_label(theme::error_colour(live.theme), text.resolution_incomplete);
        return;
    };
    let base = roll.vote_base();
    let outcome = match crate::model::passes(agreed, base) {
        true => (text.vote_passes)(agreed, base),
        false => (text.resolution_short)(agreed, base),
    };
    ui.label(outcome);
    let ready = !form.matter.trim().is_empty();
    if ui.add_enabled(ready, Button::new(text.record_vote)).clicked() {
        let matter = std::mem::take(&mut form.matter);
        actions.push(Action::Edit(Edit::PutToVote { text: matter, agreed, against, present }));
    }
}
