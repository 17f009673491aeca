//! One cell's meeting in a quarter, as the committee's report counts it.

use std::time::Duration;

use chrono::{Datelike, NaiveDate};

use super::Counts;
use crate::export::outline::{timing_rows, totals};
use crate::model::{MeasureOwner, Session, TopicGroup};
use crate::prepare::attendance::roll;
use crate::register::{DeadlineFlag, flag, is_open};

/// A year and a quarter (1–4).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Quarter {
    /// The year.
    pub year: i32,
    /// The quarter, 1 to 4.
    pub quarter: u32,
}

impl Quarter {
    /// The quarter a date falls in.
    pub fn of(date: NaiveDate) -> Self {
        Self { year: date.year(), quarter: (date.month() - 1) / 3 + 1 }
    }
}

/// One cell's meeting: who held it, when, about what, and how it went.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    /// The party committee above the cell.
    pub committee: String,
    /// The cell.
    pub cell: String,
    /// The place name of the cell's date line.
    pub place: String,
    /// The day of the meeting.
    pub date: NaiveDate,
    /// Its quarter.
    pub quarter: Quarter,
    /// The topic.
    pub topic: String,
    /// The topic's group.
    pub group: TopicGroup,
    /// The average length of the speeches that ended.
    pub average: Duration,
    /// What the record counts.
    pub counts: Counts,
}

/// A measure still to be carried out, for the report's list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OpenMeasure {
    /// The cell that decided it.
    pub cell: String,
    /// What is to be done.
    pub content: String,
    /// Who carries it out: a member's name, or the cell.
    pub owner: Option<String>,
    /// When it is due.
    pub deadline: Option<NaiveDate>,
    /// Whether the deadline has passed.
    pub overdue: bool,
}

/// The report's row for a session, as of `as_of` (for overdue measures); `None` when the
/// session has no date, so no quarter.
pub fn row(session: &Session, as_of: NaiveDate) -> Option<Row> {
    let date = session.meeting.date?;
    let roll = roll(session);
    let rows = timing_rows(session, start_of(date));
    let totals = totals(&rows);
    let overdue = |m| flag(m, Some(date), as_of) == Some(DeadlineFlag::Overdue);
    let conclusion = crate::summary::parts(&session.conclusion).iter().any(|part| !part.is_empty());
    Some(Row {
        committee: session.organisation.party_committee.trim().to_owned(),
        cell: session.organisation.cell.trim().to_owned(),
        place: session.organisation.place_name.trim().to_owned(),
        date,
        quarter: Quarter::of(date),
        topic: session.topic.name.trim().to_owned(),
        group: session.topic.group,
        average: totals.average,
        counts: Counts {
            members: roll.total,
            present: roll.present.len(),
            absent_with_reason: roll.absent_with_reason.len(),
            absent_without_reason: roll.absent_without_reason.len(),
            speeches: totals.speeches,
            on_target: totals.on_target,
            over_target: totals.over_target,
            over_limit: totals.over_limit,
            comments: session
                .live
                .comments
                .iter()
                .filter(|c| c.span.started_at.is_some() || !c.text.is_empty())
                .count(),
            generalizations: session
                .live
                .generalizations
                .iter()
                .filter(|g| !g.text.trim().is_empty())
                .count(),
            conclusions: usize::from(conclusion),
            approved: usize::from(session.live.approval.is_some()),
            measures: session.measures.len(),
            open_measures: session.measures.iter().filter(|m| is_open(m)).count(),
            overdue_measures: session.measures.iter().filter(|m| overdue(m)).count(),
        },
    })
}

/// The open measures of a session, with owner and deadline.
pub fn open_measures(session: &Session, as_of: NaiveDate) -> Vec<OpenMeasure> {
    let cell = session.organisation.cell.trim();
    session
        .measures
        .iter()
        .filter(|m| is_open(m))
        .map(|m| OpenMeasure {
            cell: cell.to_owned(),
            content: m.content.trim().to_owned(),
            owner: match m.owner {
                MeasureOwner::Cell => None,
                MeasureOwner::Member { member } => session.member(member).map(|x| x.name.clone()),
            },
            deadline: m.deadline,
            overdue: flag(m, session.meeting.date, as_of) == Some(DeadlineFlag::Overdue),
        })
        .collect()
}

/// The first moment of the meeting's day: a speech left open counts up to its last recorded
/// moment, never on to the day the report is made.
fn start_of(date: NaiveDate) -> crate::model::WallTime {
    date.and_time(chrono::NaiveTime::MIN).and_utc().fixed_offset()
}
