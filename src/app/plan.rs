//! The yearly plan (`plans/YEAR.json`): opened, saved after a check, and each quarter's
//! session created from it.

use super::{AppState, Screen};
use crate::prepare::plan::{PlanEdit, PlanError, PlanStatus, YearPlan};
use crate::store::{LoadError, load_plan, save_plan, stem};

impl AppState {
    pub(super) fn open_plan(&mut self, year: i32) {
        match load_plan(&self.data, year) {
            Ok(found) => {
                let session = self.document.as_ref().map(|doc| doc.session());
                let organisation = session.map(|s| s.organisation.clone()).unwrap_or_default();
                let secretary = session.map(crate::export::outline::secretary).unwrap_or_default();
                self.plan = Some(
                    found.unwrap_or_else(|| YearPlan { secretary, ..YearPlan::new(year, organisation) }),
                );
            }
            Err(error) => self.fail(&(self.strings().load_error)(&error)),
        }
    }

    /// Applies one edit to the open plan and saves it; a refused edit changes nothing and
    /// says why.
    pub(super) fn edit_plan(&mut self, edit: PlanEdit) {
        let Some(mut plan) = self.plan.clone() else {
            return;
        };
        match plan.apply(edit) {
            Ok(()) => self.save_plan(plan),
            Err(PlanError::Month { quarter, .. }) => self.fail(&(self.strings().prepare.month_hint)(quarter)),
            Err(error) => self.fail(&(self.strings().load_error)(&LoadError::InvalidPlan(error))),
        }
    }

    /// Saves the plan, unless it is the one saved already.
    fn save_plan(&mut self, plan: YearPlan) {
        if self.plan.as_ref() == Some(&plan) {
            return;
        }
        match save_plan(&self.data, &plan) {
            Ok(()) => self.plan = Some(plan),
            Err(error) => self.fail(&(self.strings().store_error)(&error)),
        }
    }

    pub(super) fn create_quarter_session(&mut self, quarter: usize) {
        let Some(mut plan) = self.plan.clone() else {
            return;
        };
        let title = (self.strings().prepare.session_title)(quarter + 1, plan.year);
        let session = plan.session_for(quarter, &title);
        if let Some(path) = self.create(&title, Ok(session)) {
            if let Some(entry) = plan.quarters.get_mut(quarter) {
                entry.session = Some(stem(&path));
                entry.status = PlanStatus::Preparing;
            }
            self.save_plan(plan);
            self.screen = Screen::Prepare;
        }
    }

    pub(super) fn open_quarter_session(&mut self, quarter: usize) {
        let name = self.plan.as_ref().and_then(|plan| plan.quarters.get(quarter)?.session.clone());
        if let Some(name) = name {
            self.open_file(self.data.sessions().join(format!("{name}.json")));
            self.screen = Screen::Prepare;
        }
    }
}
