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
    /// There is no such quarter (0–3).
    #[error("no quarter {0}")]
    Quarter(usize),
}

/// One field of a plan with its new value: what the plan tab sends, so that the plan's rules
/// stay here and each change names what it changes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PlanEdit {
    /// A quarter's topic.
    Topic(usize, String),
    /// A quarter's group of topics.
    Group(usize, TopicGroup),
    /// A quarter's month, which must lie in the quarter.
    Month(usize, u32),
    /// How far a quarter's meeting has got.
    Status(usize, PlanStatus),
    /// The plan's number.
    Number(String),
    /// The secretary who signs it.
    Secretary(String),
    /// The day it is issued.
    Issued(Option<chrono::NaiveDate>),
}

impl PlanEdit {
    /// The edits in which `after` differs from `before`, one per field changed.
    pub fn changes(before: &YearPlan, after: &YearPlan) -> Vec<Self> {
        let mut edits = Vec::new();
        for (index, (old, new)) in before.quarters.iter().zip(&after.quarters).enumerate() {
            let quarter = [
                (old.topic != new.topic).then(|| Self::Topic(index, new.topic.clone())),
                (old.group != new.group).then_some(Self::Group(index, new.group)),
                (old.month != new.month).then_some(Self::Month(index, new.month)),
                (old.status != new.status).then_some(Self::Status(index, new.status)),
            ];
            edits.extend(quarter.into_iter().flatten());
        }
        let paper = [
            (before.number != after.number).then(|| Self::Number(after.number.clone())),
            (before.secretary != after.secretary).then(|| Self::Secretary(after.secretary.clone())),
            (before.issued != after.issued).then_some(Self::Issued(after.issued)),
        ];
        edits.extend(paper.into_iter().flatten());
        edits
    }
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

    /// Applies one edit. A quarter that does not exist, or a month outside its quarter, is
    /// refused and changes nothing.
    pub fn apply(&mut self, edit: PlanEdit) -> Result<(), PlanError> {
        let mut next = self.clone();
        match edit {
            PlanEdit::Topic(index, topic) => next.quarter_mut(index)?.topic = topic,
            PlanEdit::Group(index, group) => next.quarter_mut(index)?.group = group,
            PlanEdit::Month(index, month) => next.quarter_mut(index)?.month = month,
            PlanEdit::Status(index, status) => next.quarter_mut(index)?.status = status,
            PlanEdit::Number(number) => next.number = number,
            PlanEdit::Secretary(secretary) => next.secretary = secretary,
            PlanEdit::Issued(issued) => next.issued = issued,
        }
        next.validate()?;
        *self = next;
        Ok(())
    }

    fn quarter_mut(&mut self, index: usize) -> Result<&mut QuarterPlan, PlanError> {
        self.quarters.get_mut(index).ok_or(PlanError::Quarter(index))
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
    use super::{PlanEdit, PlanError, PlanStatus, YearPlan};
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
    fn each_field_is_edited_alone_and_a_month_outside_its_quarter_changes_nothing() {
        let mut plan = plan();
        let mut edited = plan.clone();
        edited.quarters[2].topic = "Học tập và làm theo tư tưởng".into();
        edited.quarters[3].month = 11;
        edited.number = "5".into();
        let edits = PlanEdit::changes(&plan, &edited);
        assert_eq!(
            edits,
            [
                PlanEdit::Topic(2, "Học tập và làm theo tư tưởng".into()),
                PlanEdit::Month(3, 11),
                PlanEdit::Number("5".into()),
            ]
        );
        for edit in edits {
            plan.apply(edit).expect("applies");
        }
        assert_eq!(plan, edited);
        assert_eq!(plan.apply(PlanEdit::Month(0, 4)), Err(PlanError::Month { quarter: 1, month: 4 }));
        assert_eq!(plan.apply(PlanEdit::Status(4, PlanStatus::Held)), Err(PlanError::Quarter(4)));
        assert_eq!(plan, edited);
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
