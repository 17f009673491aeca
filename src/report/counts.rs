//! What the report counts of a meeting, the same for one row and for the totals of many.

use std::ops::AddAssign;

/// The counts of one meeting's record, or their sums over many meetings.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    /// Members of the cell.
    pub members: usize,
    /// Present, of those required.
    pub present: usize,
    /// Absent with a reason.
    pub absent_with_reason: usize,
    /// Absent without a reason.
    pub absent_without_reason: usize,
    /// Speeches that ended.
    pub speeches: usize,
    /// Of those, within the range.
    pub on_target: usize,
    /// Over the range's end, within the limit.
    pub over_target: usize,
    /// Over the limit.
    pub over_limit: usize,
    /// Follow-up comments.
    pub comments: usize,
    /// Sub-topics generalized.
    pub generalizations: usize,
    /// Meetings with the conclusion built (for one meeting, 1 or 0).
    pub conclusions: usize,
    /// Meetings with the minutes approved (for one meeting, 1 or 0).
    pub approved: usize,
    /// Measures decided.
    pub measures: usize,
    /// Of those, still open.
    pub open_measures: usize,
    /// Of those, past their deadline.
    pub overdue_measures: usize,
}

impl AddAssign for Counts {
    fn add_assign(&mut self, other: Self) {
        self.members += other.members;
        self.present += other.present;
        self.absent_with_reason += other.absent_with_reason;
        self.absent_without_reason += other.absent_without_reason;
        self.speeches += other.speeches;
        self.on_target += other.on_target;
        self.over_target += other.over_target;
        self.over_limit += other.over_limit;
        self.comments += other.comments;
        self.generalizations += other.generalizations;
        self.conclusions += other.conclusions;
        self.approved += other.approved;
        self.measures += other.measures;
        self.open_measures += other.open_measures;
        self.overdue_measures += other.overdue_measures;
    }
}
