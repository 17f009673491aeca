//! The preparation screens (section I of the procedure): the yearly plan, the sub-topics, the
//! roster with its assignments, the readiness check and the attendance.

mod attendance;
mod plan;
mod readiness;
mod roster;
mod subtopics;

use std::path::Path;

use eframe::egui::{self, Button, Ui};

use super::Action;
use crate::edit::Document;
use crate::export::Format;
use crate::i18n::Strings;
use crate::model::MemberId;
use crate::prepare::plan::YearPlan;
use crate::settings::ThemeChoice;
use crate::ui::export_form::ExportForm;

/// The tabs of the preparation screen.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum PrepareTab {
    /// The yearly plan.
    #[default]
    Plan,
    /// Sub-topics with questions and suggestions.
    SubTopics,
    /// Members and their assignments.
    Roster,
    /// The readiness check.
    Readiness,
    /// Attendance on the day.
    Attendance,
}

/// What the preparation screens draw from.
pub struct PrepareContext<'a> {
    /// The UI's strings.
    pub strings: &'static Strings,
    /// The open session, if any (the plan needs none).
    pub document: Option<&'a Document>,
    /// The yearly plan, once opened.
    pub plan: Option<&'a YearPlan>,
    /// The theme, for message colours.
    pub theme: ThemeChoice,
    /// The default folder for exports.
    pub exports: &'a Path,
    /// Today, by the app's clock: the plan opens on its year.
    pub today: chrono::NaiveDate,
}

/// The preparation screen's own state: the tab, the open plan and what is being typed.
#[derive(Debug, Clone)]
pub struct PrepareView {
    tab: PrepareTab,
    /// The plan's year shown; 0 until the plan tab first draws and takes today's.
    year: i32,
    requested_year: Option<i32>,
    new_name: String,
    new_position: String,
    paste: String,
    renaming: Option<(MemberId, String)>,
    readiness: ExportForm,
    notice: ExportForm,
    plan_export: ExportForm,
    issued: String,
}

impl Default for PrepareView {
    fn default() -> Self {
        Self {
            tab: PrepareTab::default(),
            year: 0,
            requested_year: None,
            new_name: String::new(),
            new_position: String::new(),
            paste: String::new(),
            renaming: None,
            readiness: ExportForm::new(Format::Readiness),
            notice: ExportForm::new(Format::NoticeDocx),
            plan_export: ExportForm::new(Format::Docx),
            issued: String::new(),
        }
    }
}

impl PrepareView {
    /// Clears the add-member form after a member was added.
    pub fn member_added(&mut self) {
        self.new_name.clear();
        self.new_position.clear();
    }

    /// Clears the pasted list once every line was added.
    pub fn pasted(&mut self, all_added: bool) {
        if all_added {
            self.paste.clear();
        }
    }

    /// Draws the tabs and the chosen one.
    pub fn show(&mut self, ui: &mut Ui, context: &PrepareContext<'_>, actions: &mut Vec<Action>) {
        let strings = context.strings.prepare;
        ui.horizontal_wrapped(|ui| {
            let tabs = [
                (PrepareTab::Plan, strings.tab_plan),
                (PrepareTab::SubTopics, strings.tab_subtopics),
                (PrepareTab::Roster, strings.tab_roster),
                (PrepareTab::Readiness, strings.tab_readiness),
                (PrepareTab::Attendance, strings.tab_attendance),
            ];
            for (tab, label) in tabs {
                let enabled = tab == PrepareTab::Plan || context.document.is_some();
                if ui.add_enabled(enabled, Button::selectable(self.tab == tab, label)).clicked() {
                    self.tab = tab;
                }
            }
        });
        ui.separator();
        egui::ScrollArea::vertical().auto_shrink([false; 2]).show(ui, |ui| {
            let document = context.document;
            let locked = document.is_some_and(|d| d.session().live.minutes_locked);
            if locked && !matches!(self.tab, PrepareTab::Plan | PrepareTab::Readiness) {
                ui.label(context.strings.locked_note);
                ui.disable();
            }
            match (self.tab, document) {
                (PrepareTab::Plan, _) => plan::show(self, ui, context, actions),
                (PrepareTab::SubTopics, Some(document)) => {
                    subtopics::show(self, ui, context, document, actions)
                }
                (PrepareTab::Roster, Some(document)) => roster::show(self, ui, context, document, actions),
                (PrepareTab::Readiness, Some(document)) => {
                    readiness::show(self, ui, context, document, actions)
                }
                (PrepareTab::Attendance, Some(document)) => attendance::show(ui, context, document, actions),
                (_, None) => {
                    ui.label(context.strings.no_session_open);
                }
            }
        });
    }
}

/// Splits a multi-line field into its lines, keeping empty ones so that typing a line break
/// is never undone; readers skip the empty ones.
fn lines(text: &str) -> Vec<String> {
    text.split('\n').map(str::to_owned).collect()
}
