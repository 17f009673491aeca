//! Applying the preparation screens' actions: roster, assignments, sub-topics, readiness,
//! attendance, and the yearly plan with its quarters' sessions.

use super::Screen;
use super::action::PrepareAction;
use super::app::{SinhHoatApp, stem};
use crate::model::{Attendance, Session};
use crate::prepare::plan::{PlanStatus, YearPlan};
use crate::prepare::{readiness, roster, subtopics, templates};

use crate::store::{load_plan, save_plan};

impl SinhHoatApp {
    /// Applies one preparation action, reporting its outcome at the bottom of the window.
    pub(super) fn prepare(&mut self, action: PrepareAction) {
        let strings = self.strings().prepare;
        match action {
            PrepareAction::AddMember { name, position } => {
                match self.change(|s| roster::add_member(s, &name, &position)) {
                    Some(Ok(_)) => self.prepare_view.member_added(),
                    Some(Err(error)) => self.fail(&(strings.member_error)(&error)),
                    None => {}
                }
            }
            PrepareAction::PasteMembers(text) => {
                let Some(outcome) = self.change(|s| roster::paste_members(s, &text)) else {
                    return;
                };
                let mut lines = vec![(strings.pasted)(outcome.added.len())];
                lines.extend(outcome.rejected.iter().map(|rejected| {
                    (strings.rejected_line)(
                        rejected.line,
                        &rejected.text,
                        &(strings.member_error)(&rejected.error),
                    )
                }));
                self.prepare_view.pasted(outcome.rejected.is_empty());
                if outcome.rejected.is_empty() {
                    self.inform(lines.join("\n"))
                } else {
                    self.fail(&lines.join("\n"))
                }
            }
            PrepareAction::RemoveMember(member) => {
                if self.change(|s| roster::remove_member(s, member)) == Some(false) {
                    self.fail(strings.cannot_remove);
                }
            }
            PrepareAction::RenameMember(member, name) => {
                let renamed = self.change(|s| {
                    let name = roster::check_name(s, &name, Some(member))?;
                    if let Some(found) = s.roster.iter_mut().find(|m| m.id == member) {
                        found.name = name;
                    }
                    Ok(())
                });
                if let Some(Err(error)) = renamed {
                    self.fail(&(strings.member_error)(&error));
                }
            }
            PrepareAction::SetPosition(member, position) => {
                self.change(|s| {
                    if let Some(found) = s.roster.iter_mut().find(|m| m.id == member) {
                        found.position = position;
                    }
                });
            }
            PrepareAction::SetAttendance(member, attendance) => {
                self.change(|s| set_attendance(s, member, attendance));
            }
            PrepareAction::SetSubTopics(subtopics) => {
                self.change(|s| subtopics::replace_subtopics(s, subtopics));
            }
            PrepareAction::ApplyTemplate(group) => {
                self.change(|s| templates::apply_template(s, &templates::template(group)));
            }
            PrepareAction::SetReadiness(entry) => {
                self.change(|s| readiness::record(s, entry));
            }
            PrepareAction::OpenPlan(year) => self.open_plan(year),
            PrepareAction::SavePlan(plan) => self.save_plan(plan),
            PrepareAction::CreateQuarterSession(quarter) => self.create_quarter_session(quarter),
            PrepareAction::OpenQuarterSession(quarter) => {
                let name = self
                    .prepare_view
                    .plan
                    .as_ref()
                    .and_then(|plan| plan.quarters.get(quarter)?.session.clone());
                if let Some(name) = name {
                    self.open_file(self.data.sessions().join(format!("{name}.json")));
                    self.screen = Screen::Prepare;
                }
            }
        }
    }

    /// Runs a domain operation on the open session and saves the result if it changed.
    fn change<T>(&mut self, operation: impl FnOnce(&mut Session) -> T) -> Option<T> {
        let document = self.document.as_mut()?;
        let before = document.generation();
        let result = document.change(operation);
        if document.generation() != before {
            self.autosaver.save(document.path.clone(), document.session().clone(), document.generation());
        }
        Some(result)
    }

    fn open_plan(&mut self, year: i32) {
        match load_plan(&self.data, year) {
            Ok(found) => {
                let organisation =
                    self.document.as_ref().map(|doc| doc.session().organisation.clone()).unwrap_or_default();
                self.prepare_view.plan = Some(found.unwrap_or_else(|| YearPlan::new(year, organisation)));
            }
            Err(error) => self.fail(&(self.strings().load_error)(&error)),
        }
    }

    fn save_plan(&mut self, plan: YearPlan) {
        if let Err(crate::prepare::plan::PlanError::Month { quarter, .. }) = plan.validate() {
            self.fail(&(self.strings().prepare.month_hint)(quarter));
            return;
        }
        match save_plan(&self.data, &plan) {
            Ok(()) => self.prepare_view.plan = Some(plan),
            Err(error) => self.fail(&(self.strings().store_error)(&error)),
        }
    }

    fn create_quarter_session(&mut self, quarter: usize) {
        let Some(mut plan) = self.prepare_view.plan.clone() else {
            return;
        };
        let Some(library) = &self.library else {
            return;
        };
        let title = (self.strings().prepare.session_title)(quarter + 1, plan.year);
        let session = plan.session_for(quarter, &title);
        match library.create(&title, &session) {
            Ok(path) => {
                if let Some(entry) = plan.quarters.get_mut(quarter) {
                    entry.session = Some(stem(&path));
                    entry.status = PlanStatus::Preparing;
                }
                self.save_plan(plan);
                self.inform((self.strings().created)(&stem(&path)));
                self.refresh_listing();
                self.open_file(path);
                self.screen = Screen::Prepare;
            }
            Err(error) => self.fail(&(self.strings().store_error)(&error)),
        }
    }
}

fn set_attendance(session: &mut Session, member: crate::model::MemberId, attendance: Attendance) {
    if let Some(found) = session.roster.iter_mut().find(|m| m.id == member) {
        found.attendance = attendance;
    }
}
