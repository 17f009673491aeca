//! The readiness check tab (Bước 3): each speaker's four points, prepared or not, with notes,
//! an overview, and the export.

use eframe::egui::{Frame, Grid, RichText, TextEdit, Ui};

use super::{PrepareContext, PrepareView};
use crate::app::Action;
use crate::edit::Document;
use crate::edit::Edit;
use crate::export::Format;
use crate::prepare::readiness::{counts, overview};
use crate::ui::export_form::Offer;
use crate::ui::fields::LINE_LIMIT;
use crate::ui::theme;

/// Draws one card per assigned speaker, the overview and the export.
pub fn show(
    view: &mut PrepareView,
    ui: &mut Ui,
    context: &PrepareContext<'_>,
    document: &Document,
    actions: &mut Vec<Action>,
) {
    let text = context.strings.prepare;
    let session = document.session();
    ui.heading(text.readiness_heading);
    let lines = overview(session);
    if lines.is_empty() {
        ui.label(text.no_speakers);
        return;
    }
    let (ready, partly, not) = counts(&lines);
    ui.label(RichText::new((text.readiness_summary)(ready, partly, not)).strong());
    let planned = std::time::Duration::from_secs(u64::from(session.meeting.planned_minutes) * 60);
    if let Some(short) = crate::prepare::floor::shortfall(&session.meeting, planned) {
        let warn = theme::error_colour(context.theme);
        ui.colored_label(warn, (text.below_floor)(crate::i18n::LengthKind::Planned, &short));
    }
    for line in &lines {
        let name = session.member(line.member).map_or("?", |m| m.name.as_str());
        let mut entry = line.entry.clone();
        Frame::group(ui.style()).show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.horizontal(|ui| {
                ui.label(RichText::new(name).strong());
                ui.label(format!("— {}", (text.level_name)(line.level)));
            });
            Grid::new(("readiness", line.member.0))
                .num_columns(3)
                .min_col_width(theme::WIDE_FIELD_WIDTH)
                .show(ui, |ui| {
                    for (point, label) in entry.points.iter_mut().zip(text.point_short) {
                        ui.checkbox(&mut point.prepared, label);
                        let note = ui.label(text.note);
                        ui.add(
                            TextEdit::singleline(&mut point.note)
                                .char_limit(LINE_LIMIT)
                                .desired_width(f32::INFINITY),
                        )
                        .labelled_by(note.id);
                        ui.end_row();
                    }
                });
        });
        if entry != line.entry {
            actions.push(Action::Edit(Edit::SetReadiness(entry)));
        }
    }
    ui.add_space(theme::GAP);
    let heading = ui.strong(text.export_readiness);
    let stem = crate::store::stem(&document.path);
    let offer = Offer {
        formats: &[Format::Readiness],
        stem: &stem,
        exports: context.exports,
        button: context.strings.export_button,
        plan: false,
    };
    view.readiness.show(ui, context.strings, offer, heading.id, actions);
}
