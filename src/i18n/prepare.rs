//! The shape of the preparation screens' strings, part of [`super::Strings`].

use crate::model::ReadinessLevel;
use crate::prepare::estimate::Estimate;
use crate::prepare::floor::Shortfall;
use crate::prepare::plan::PlanStatus;
use crate::prepare::roster::MemberError;

/// Which length of the meeting is compared with the floor.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LengthKind {
    /// The planned length in the meeting's details.
    Planned,
    /// The longest the preparation's estimate gives.
    Estimated,
    /// The length the meeting being held is heading for.
    Projected,
}

/// The preparation's text in one language.
#[allow(missing_docs)]
pub struct PrepareStrings {
    pub nav_prepare: &'static str,
    pub tab_plan: &'static str,
    pub tab_subtopics: &'static str,
    pub tab_roster: &'static str,
    pub tab_readiness: &'static str,
    pub tab_attendance: &'static str,

    pub plan_year: &'static str,
    pub plan_heading: fn(i32) -> String,
    pub quarter: fn(usize) -> String,
    pub plan_topic: &'static str,
    pub plan_group: &'static str,
    pub plan_month: &'static str,
    pub plan_status: &'static str,
    pub status_name: fn(PlanStatus) -> &'static str,
    pub create_session: &'static str,
    pub open_session: &'static str,
    pub session_title: fn(usize, i32) -> String,
    pub month_hint: fn(usize) -> String,

    pub add_subtopic: &'static str,
    pub subtopic_title: &'static str,
    pub questions: &'static str,
    pub suggestions: &'static str,
    pub from_template: &'static str,
    pub new_subtopic: &'static str,

    pub add_member: &'static str,
    pub member_name: &'static str,
    pub member_position: &'static str,
    pub paste_heading: &'static str,
    pub paste_button: &'static str,
    pub pasted: fn(usize) -> String,
    pub rejected_line: fn(usize, &str, &str) -> String,
    pub member_error: fn(&MemberError) -> String,
    pub cannot_remove: &'static str,
    pub assign_heading: &'static str,
    pub assign_to: &'static str,
    pub unassign: &'static str,
    pub members_without: &'static str,
    pub subtopics_without: &'static str,
    pub all_assigned: &'static str,
    pub estimate: fn(&Estimate) -> String,
    pub estimate_over: &'static str,
    /// A length (planned, estimated or projected) short of the floor Hướng dẫn 42 advises.
    pub below_floor: fn(LengthKind, &Shortfall) -> String,
    /// The switch for a session shared with the regular meeting (a floor of 120 minutes).
    pub combined_meeting: &'static str,

    pub readiness_heading: &'static str,
    pub point_short: [&'static str; 4],
    pub note: &'static str,
    pub level_name: fn(ReadinessLevel) -> &'static str,
    pub readiness_summary: fn(usize, usize, usize) -> String,
    pub export_readiness: &'static str,
    pub col_member: &'static str,
    pub col_subtopic: &'static str,
    pub col_notes: &'static str,
    pub col_level: &'static str,
    pub no_speakers: &'static str,

    pub present: &'static str,
    pub absent: &'static str,
    pub unmarked: &'static str,
    pub reason: &'static str,
    pub full_member: &'static str,
    pub probationary_member: &'static str,
    pub temporary_member: &'static str,
    pub exempted: &'static str,
    pub exemption_reason: &'static str,
    pub membership_column: &'static str,
    pub all_present: &'static str,
}

/// Hours and minutes, e.g. "1 giờ 05 phút" / "1 h 05 min".
pub fn hours_minutes(total_secs: u64, hours: &str, minutes: &str) -> String {
    let total_minutes = total_secs.div_ceil(60);
    match total_minutes / 60 {
        0 => format!("{total_minutes} {minutes}"),
        h => format!("{h} {hours} {:02} {minutes}", total_minutes % 60),
    }
}
