//! The yearly plan tab: a topic, group, month and status per quarter, and each quarter's
//! session created in one action.

use eframe::egui::{ComboBox, DragValue, Grid, RichText, TextEdit, Ui};

use super::{PrepareContext, PrepareView};
use crate::app::Action;
use crate::export::Format;
use crate::model::TopicGroup;
use crate::prepare::plan::{PlanEdit, PlanStatus, YearPlan};
use crate::ui::export_form::Offer;
use crate::ui::fields::{self, LINE_LIMIT, parse_date};
use crate::ui::theme;

/// What the plan's other five columns take, in points; the topic takes the rest.
const OTHER_COLUMNS: f32 = 830.0;
/// The widest the topic's field grows.
const TOPIC_MAX: f32 = 640.0;

/// Draws the plan, or the year to open.
pub fn show(view: &mut PrepareView, ui: &mut Ui, context: &PrepareContext<'_>, actions: &mut Vec<Action>) {
    let strings = context.strings;
    let text = strings.prepare;
    if view.year == 0 {
        view.year = chrono::Datelike::year(&context.today);
    }
    ui.horizontal(|ui| {
        let label = ui.label(text.plan_year);
        ui.add(DragValue::new(&mut view.year).range(2000..=2100)).labelled_by(label.id);
        if view.requested_year != Some(view.year) {
            view.requested_year = Some(view.year);
            view.issued.clear();
            actions.push(Action::OpenPlan(view.year));
        }
    });
    let Some(plan) = context.plan else {
        return;
    };
    ui.heading((text.plan_heading)(plan.year));
    let mut edited = plan.clone();
    let topic_width = (ui.available_width() - OTHER_COLUMNS).clamp(theme::WIDE_FIELD_WIDTH, TOPIC_MAX);
    Grid::new("plan").num_columns(6).spacing(theme::GRID_SPACING).striped(true).show(ui, |ui| {
        for label in ["", text.plan_topic, text.plan_group, text.plan_month, text.plan_status, ""] {
            ui.label(RichText::new(label).strong());
        }
        ui.end_row();
        for ((index, quarter), number) in edited.quarters.iter_mut().enumerate().zip(0u32..) {
            let name = (text.quarter)(index + 1);
            let label = ui.label(RichText::new(&name).strong());
            ui.add_sized(
                [topic_width, theme::ROW_HEIGHT],
                TextEdit::singleline(&mut quarter.topic).char_limit(LINE_LIMIT),
            )
            .labelled_by(label.id);
            ComboBox::from_id_salt(("plan_group", index))
                .selected_text((strings.group_name)(quarter.group))
                .show_ui(ui, |ui| {
                    for group in TopicGroup::ALL {
                        ui.selectable_value(&mut quarter.group, group, (strings.group_name)(group));
                    }
                })
                .response
                .labelled_by(label.id);
            let first = 3 * number + 1;
            ui.add(DragValue::new(&mut quarter.month).range(first..=first + 2)).labelled_by(label.id);
            ComboBox::from_id_salt(("plan_status", index))
                .selected_text((text.status_name)(quarter.status))
                .show_ui(ui, |ui| {
                    for status in [PlanStatus::Planned, PlanStatus::Preparing, PlanStatus::Held] {
                        ui.selectable_value(&mut quarter.status, status, (text.status_name)(status));
                    }
                })
                .response
                .labelled_by(label.id);
            match &quarter.session {
                Some(session) => {
                    if ui.button(text.open_session).on_hover_text(session).clicked() {
                        actions.push(Action::OpenQuarterSession(index));
                    }
                }
                None => {
                    if ui.button(format!("{} — {name}", text.create_session)).clicked() {
                        actions.push(Action::CreateQuarterSession(index));
                    }
                }
            }
            ui.end_row();
        }
    });
    paper(view, ui, context, &mut edited, actions);
    actions.extend(PlanEdit::changes(plan, &edited).into_iter().map(Action::EditPlan));
}

/// The plan as a paper: its number, who signs it and when, and the export.
fn paper(
    view: &mut PrepareView,
    ui: &mut Ui,
    context: &PrepareContext<'_>,
    plan: &mut YearPlan,
    actions: &mut Vec<Action>,
) {
    let strings = context.strings;
    let text = strings.papers;
    ui.add_space(theme::GAP);
    let heading = ui.strong(text.plan_export);
    if view.issued.is_empty() {
        view.issued = plan.issued.map(|d| d.format("%d/%m/%Y").to_string()).unwrap_or_default();
    }
    Grid::new("plan_paper").num_columns(2).min_col_width(theme::FIELD_WIDTH).show(ui, |ui| {
        fields::line(ui, text.plan_number, &mut plan.number);
        fields::line(ui, text.plan_secretary, &mut plan.secretary);
        let error = theme::error_colour(context.theme);
        if let Ok(date) =
            fields::checked_line(ui, (text.plan_issued, "05/01/2026"), &mut view.issued, error, |t| {
                parse_date(t).map_err(|()| strings.bad_date)
            })
        {
            plan.issued = date;
        }
    });
    let stem = format!("ke-hoach-{}", plan.year);
    let formats = [Format::Docx, Format::Markdown];
    let offer = Offer {
        formats: &formats,
        stem: &stem,
        exports: context.exports,
        button: text.export_plan,
        plan: true,
    };
    view.plan_export.show(ui, strings, offer, heading.id, actions);
}
