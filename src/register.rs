//! The register of measures after the meeting: deadlines that cannot be right or have passed,
//! the measures still open, and the previous meeting's open measures for review.

use std::path::{Path, PathBuf};

use chrono::NaiveDate;

use crate::model::{Measure, MeasureStatus, Session};
use crate::store::{Library, load_session};

/// What is wrong with a measure's deadline.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DeadlineFlag {
    /// The deadline falls before the meeting that decided it.
    BeforeMeeting,
    /// The deadline has passed and the measure is not done.
    Overdue,
}

/// Whether a measure still has to be carried out.
pub fn is_open(measure: &Measure) -> bool {
    matches!(measure.status, MeasureStatus::Open | MeasureStatus::InProgress)
}

/// The flag of a measure's deadline, given the meeting's date and today's.
pub fn flag(measure: &Measure, meeting: Option<NaiveDate>, today: NaiveDate) -> Option<DeadlineFlag> {
    let deadline = measure.deadline?;
    if meeting.is_some_and(|meeting| deadline < meeting) {
        return Some(DeadlineFlag::BeforeMeeting);
    }
    (deadline < today && is_open(measure)).then_some(DeadlineFlag::Overdue)
}

/// The previous meeting of the same cell: among the library's other readable sessions with
/// this cell, the latest one dated before `date` (or, undated, any) that has open measures.
pub fn previous_with_open_measures(
    library: &Library,
    current: &Path,
    session: &Session,
) -> Option<(PathBuf, Session)> {
    let cell = session.organisation.cell.trim();
    if cell.is_empty() {
        return None;
    }
    let before = |date: Option<NaiveDate>| match (date, session.meeting.date) {
        (Some(date), Some(current)) => date < current,
        _ => true,
    };
    library
        .list()
        .ok()?
        .into_iter()
        .filter(|entry| entry.path != current)
        .filter(|entry| entry.content.as_ref().is_ok_and(|s| s.cell.trim() == cell && before(s.date)))
        .filter_map(|entry| Some((entry.path.clone(), load_session(&entry.path).ok()?)))
        .filter(|(_, other)| other.measures.iter().any(is_open))
        .max_by_key(|(_, other)| other.meeting.date)
}

#[cfg(test)]
mod tests {
    use super::{DeadlineFlag, flag, previous_with_open_measures};
    use crate::model::{Measure, MeasureId, MeasureOwner, MeasureStatus, Session};
    use crate::store::{DataDir, Library};
    use chrono::NaiveDate;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("date")
    }

    fn measure(deadline: Option<NaiveDate>, status: MeasureStatus) -> Measure {
        Measure {
            id: MeasureId(1),
            content: "Tự kiểm điểm".into(),
            owner: MeasureOwner::Cell,
            deadline,
            status,
            source: None,
        }
    }

    #[test]
    fn impossible_and_passed_deadlines_are_flagged() {
        let meeting = Some(date(2020, 6, 12));
        let today = date(2020, 10, 1);
        assert_eq!(
            flag(&measure(Some(date(2020, 5, 1)), MeasureStatus::Open), meeting, today),
            Some(DeadlineFlag::BeforeMeeting)
        );
        assert_eq!(
            flag(&measure(Some(date(2020, 9, 30)), MeasureStatus::Open), meeting, today),
            Some(DeadlineFlag::Overdue)
        );
        assert_eq!(flag(&measure(Some(date(2020, 9, 30)), MeasureStatus::Done), meeting, today), None);
        assert_eq!(flag(&measure(Some(date(2020, 12, 31)), MeasureStatus::Open), meeting, today), None);
        assert_eq!(flag(&measure(None, MeasureStatus::Open), meeting, today), None);
    }

    #[test]
    fn the_next_meeting_of_the_cell_finds_the_last_one_with_open_measures() {
        let folder = tempfile::tempdir().expect("temporary folder");
        let library = Library::open(DataDir::at(folder.path())).expect("library");
        let dated = |cell: &str, y, m, measures: Vec<Measure>| {
            let mut session = Session::new_titled(&format!("{cell} {m}/{y}"));
            session.organisation.cell = cell.into();
            session.meeting.date = Some(date(y, m, 15));
            session.measures = measures;
            session
        };
        let open = || vec![measure(None, MeasureStatus::Open)];
        library.create("q1", &dated("Chi bộ A", 2020, 3, open())).expect("q1");
        library.create("q2", &dated("Chi bộ A", 2020, 6, open())).expect("q2");
        library
            .create("q2 done", &dated("Chi bộ A", 2020, 7, vec![measure(None, MeasureStatus::Done)]))
            .expect("done");
        library.create("other cell", &dated("Chi bộ B", 2020, 8, open())).expect("other");
        let current = dated("Chi bộ A", 2020, 9, Vec::new());
        let path = library.create("q3", &current).expect("q3");
        let (found, previous) = previous_with_open_measures(&library, &path, &current).expect("found");
        assert!(found.ends_with("q2.json"));
        assert_eq!(previous.meeting.date, Some(date(2020, 6, 15)));
    }
}
