//! The yearly plan: a topic for each of the four quarters (chủ đề sinh hoạt cho 4 quý), the
//! month of its meeting, how far it has got, and the session it became.

use serde::{Deserialize, Serialize};
use thiserror::Error;

use super::templates::{apply_template, template};
use crate::model::{FORMAT_VERSION, Organisation, Session, TopicGroup};

/// How far a quarter's meeting has got.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PlanStatus {
    /// Chosen, nothing done yet.
    #[default]
    Planned,
    /// Its session exists and is being prepared.
    Preparing,
    /// The meeting has been held.
    Held,
}

/// One quarter of the plan.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct QuarterPlan {
    /// The topic chosen for the quarter.
    pub topic: String,
    /// Its group.
    pub group: TopicGroup,
    /// The month of the meeting (1–12), within the quarter.
    pub month: u32,
    /// How far it has got.
    pub status: PlanStatus,
    /// The name of the session created for it, in the session list.
    pub session: Option<String>,
}

impl Default for QuarterPlan {
    fn default() -> Self {
        Self {
            topic: String::new(),
            group: TopicGroup::default(),
            month: 0,
            status: PlanStatus::Planned,
            session: None,
        }
    }
}

/// A cell's plan for one year.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct YearPlan {
    /// The file format version.
    pub format_version: u32,
    /// The year planned.
    pub year: i32,
    /// The party committee and the cell.
    #[serde(default)]
    pub organisation: Organisation,
    /// Quarters I to IV.
    #[serde(default)]
    pub quarters: [QuarterPlan; 4],
    /// The plan's number as the cell registers it ("5" gives "Số 5-KH/CB"); may be empty.
    #[serde(default)]
    pub number: String,
    /// The cell's secretary, who signs the plan.
    #[serde(default)]
    pub secretary: String,
    /// The day the plan is issued.
    #[serde(default)]
    pub issued: Option<chrono::NaiveDate>,
}

/// Why a plan cannot be used.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Error)]
pub enum PlanError {
    /// The year is outside 2000–2100.
    #[error("year {0} out of range")]
    Year(i32),
    /// A quarter's month is not one of its three months.
    #[error("quarter {quarter}: month {month} is not in the quarter")]
    Month {
        /// The quarter, 1 to 4.
        quarter: usize,
        /// The month given.
        month: u32,
    },
}

impl YearPlan {
    /// An empty plan for a year, each quarter's meeting in its last month.
    pub fn new(year: i32, organisation: Organisation) -> Self {
        let mut quarters: [QuarterPlan; 4] = Default::default();
        for (number, quarter) in (1u32..).zip(quarters.iter_mut()) {
            quarter.month = 3 * number;
        }
        Self {
            format_version: FORMAT_VERSION,
            year,
            organisation,
            quarters,
            number: String::new(),
            secretary: String::new(),
            issued: None,
        }
    }

    /// Checks the year and that each month lies in its quarter.
    pub fn validate(&self) -> Result<(), PlanError> {
        if !(2000..=2100).contains(&self.year) {
            return Err(PlanError::Year(self.year));
        }
        for ((index, quarter), number) in self.quarters.iter().enumerate().zip(0u32..) {
            let first = 3 * number + 1;
            if !(first..first + 3).contains(&quarter.month) {
                return Err(PlanError::Month { quarter: index + 1, month: quarter.month });
            }
        }
        Ok(())
    }

    /// A new session for quarter `index` (0–3): the cell, the topic and group, and the
    /// group's starter sub-topics; `title` is the meeting's title in the UI's language.
    pub fn session_for(&self, index: usize, title: &str) -> Session {
        let mut session = Session::new_titled(title);
        session.organisation = self.organisation.clone();
        if let Some(quarter) = self.quarters.get(index) {
            session.topic.name = quarter.topic.clone();
            apply_template(&mut session, &template(quarter.group));
        }
        session
    }
}

#[cfg(test)]
mod tests {
    use super::{PlanError, PlanStatus, YearPlan};
    use crate::model::{Organisation, TopicGroup};

    fn plan() -> YearPlan {
        let organisation = Organisation {
            party_committee: "Đảng bộ Trường".into(),
            cell: "Chi bộ Khoa".into(),
            place_name: "Đà Nẵng".into(),
        };
        YearPlan::new(2020, organisation)
    }

    #[test]
    fn a_new_plan_puts_each_meeting_in_the_last_month_of_its_quarter() {
        let plan = plan();
        let months: Vec<u32> = plan.quarters.iter().map(|q| q.month).collect();
        assert_eq!(months, [3, 6, 9, 12]);
        assert_eq!(plan.validate(), Ok(()));
        assert!(plan.quarters.iter().all(|q| q.status == PlanStatus::Planned));
    }

    #[test]
    fn months_outside_their_quarter_and_odd_years_are_refused() {
        let mut plan = plan();
        plan.quarters[1].month = 7;
        assert_eq!(plan.validate(), Err(PlanError::Month { quarter: 2, month: 7 }));
        plan.quarters[1].month = 5;
        plan.year = 1999;
        assert_eq!(plan.validate(), Err(PlanError::Year(1999)));
    }

    #[test]
    fn a_quarters_session_carries_the_cell_topic_and_starter_subtopics() {
        let mut plan = plan();
        plan.quarters[1].topic = "Trung thực với Đảng".into();
        plan.quarters[1].group = TopicGroup::Ethics;
        let session = plan.session_for(1, "Sinh hoạt chuyên đề Quý II năm 2020");
        assert_eq!(session.meeting.title, "Sinh hoạt chuyên đề Quý II năm 2020");
        assert_eq!(session.organisation.cell, "Chi bộ Khoa");
        assert_eq!(session.topic.name, "Trung thực với Đảng");
        assert_eq!(session.topic.group, TopicGroup::Ethics);
        assert_eq!(session.subtopics.len(), 4);
        assert!(session.validate().is_empty());
    }
}
