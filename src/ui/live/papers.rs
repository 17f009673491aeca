//! Exporting from the conclusion: the minutes in a format, the extract (trích biên bản) with
//! the parts the secretary ticks, and the conclusion copied to the clipboard.

use eframe::egui::{RichText, Ui};

use super::LiveContext;
use crate::app::Action;
use crate::edit::Edit;
use crate::export::Format;
use crate::model::ExtractPart;
use crate::store::stem;
use crate::ui::export_form::{ExportForm, Offer};

/// The minutes' and the extract's export forms.
#[derive(Debug, Clone)]
pub struct Exports {
    minutes: ExportForm,
    extract: ExportForm,
}

impl Default for Exports {
    fn default() -> Self {
        Self { minutes: ExportForm::new(Format::Docx), extract: ExportForm::new(Format::ExtractDocx) }
    }
}

/// Draws both forms and the copy button.
pub fn show(forms: &mut Exports, ui: &mut Ui, live: &LiveContext<'_>, actions: &mut Vec<Action>) {
    let strings = live.strings;
    let meeting = &live.session().meeting;
    let stem = stem(&live.document.path);
    let heading = ui.label(RichText::new(strings.live.export_minutes).heading());
    let mut appendix = meeting.timing_appendix;
    if ui.checkbox(&mut appendix, strings.live.timing_appendix).changed() {
        actions.push(Action::Edit(Edit::SetTimingAppendix(appendix)));
    }
    let offer = Offer {
        formats: &Format::MINUTES,
        stem: &stem,
        exports: &live.exports,
        button: strings.export_button,
        plan: false,
    };
    forms.minutes.show(ui, strings, offer, heading.id, actions);
    if ui.button(strings.live.copy_conclusion).clicked() {
        actions.push(Action::CopyConclusion);
    }
    ui.add_space(crate::ui::theme::GAP);
    let heading = ui.label(RichText::new(strings.papers.extract_heading).heading());
    ui.horizontal_wrapped(|ui| {
        for (part, label) in ExtractPart::ALL.into_iter().zip(strings.papers.extract_parts) {
            let mut ticked = meeting.extract.contains(&part);
            if ui.checkbox(&mut ticked, label).changed() {
                actions.push(Action::Edit(Edit::SetExtractPart(part, ticked)));
            }
        }
    });
    let offer = Offer { formats: &Format::EXTRACT, button: strings.papers.export_extract, ..offer };
    forms.extract.show(ui, strings, offer, heading.id, actions);
}
