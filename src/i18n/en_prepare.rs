//! English for the preparation.

use super::prepare::{LengthKind, PrepareStrings, hours_minutes};
use crate::model::ReadinessLevel;
use crate::prepare::estimate::Estimate;
use crate::prepare::floor::Shortfall;
use crate::prepare::plan::PlanStatus;
use crate::prepare::roster::MemberError;

/// The English preparation strings.
pub const PREPARE: PrepareStrings = PrepareStrings {
    nav_prepare: "Preparation",
    tab_plan: "Yearly plan",
    tab_subtopics: "Sub-topics",
    tab_roster: "Members and assignments",
    tab_readiness: "Readiness check (step 3)",
    tab_attendance: "Attendance",

    plan_year: "Year",
    plan_heading: |year| format!("Thematic meetings planned for {year}"),
    quarter: |q| format!("Q{q}"),
    plan_topic: "Topic",
    plan_group: "Group",
    plan_month: "Month of the meeting",
    plan_status: "Status",
    status_name,
    create_session: "Create the session",
    open_session: "Open the session",
    session_title: |q, year| format!("Thematic meeting Q{q} {year}"),
    month_hint: |q| format!("The month must be in Q{q}: {} to {}.", 3 * q - 2, 3 * q),

    add_subtopic: "Add a sub-topic",
    subtopic_title: "Sub-topic",
    questions: "Guiding questions (one per line)",
    suggestions: "Suggestions (one per line)",
    from_template: "Add the suggested sub-topics of a group:",
    new_subtopic: "New sub-topic",

    add_member: "Add member",
    member_name: "Full name",
    member_position: "Position",
    paste_heading: "Paste a list: one member per line, the position (if any) after a comma or a tab; a third column (if any): full, probationary or temporary",
    paste_button: "Add the whole list",
    pasted: |n| format!("Added {n} members."),
    rejected_line: |line, text, reason| format!("Line {line} «{text}» was not added: {reason}"),
    member_error,
    cannot_remove: "Cannot delete: this member has spoken or commented in the meeting.",
    assign_heading: "Speaker assignments",
    assign_to: "Assign to sub-topic",
    unassign: "Unassign",
    members_without: "Members without a sub-topic:",
    subtopics_without: "Sub-topics without a speaker:",
    all_assigned: "Every present member and every sub-topic is assigned.",
    estimate,
    below_floor,
    combined_meeting: "The thematic meeting shares its session with the regular meeting (at least 120 minutes)",
    estimate_over: "Warning: the meeting may run past its planned length. Assign fewer speakers, shorten the times or plan a longer meeting.",

    readiness_heading: "Checking each speaker's preparation on the four points",
    point_short: [
        "1. Why this topic",
        "2. Content",
        "3. Application, self-assessment",
        "4. Measures, proposals",
    ],
    note: "Note",
    level_name,
    readiness_summary: |ready, partly, not| format!("{ready} ready, {partly} partly ready, {not} not ready."),
    export_readiness: "Export the check (Markdown)",
    col_member: "Member",
    col_subtopic: "Sub-topic",
    col_notes: "Notes",
    col_level: "Assessment",
    no_speakers: "Nobody is assigned to speak yet.",

    present: "Present",
    absent: "Absent",
    unmarked: "Not marked",
    reason: "Reason",
    full_member: "Full",
    probationary_member: "Probationary",
    temporary_member: "Attending temporarily",
    exempted: "Exempted",
    exemption_reason: "Reason for the exemption",
    membership_column: "Membership",
    all_present: "Mark everyone present",
};

fn status_name(status: PlanStatus) -> &'static str {
    match status {
        PlanStatus::Planned => "Planned",
        PlanStatus::Preparing => "Being prepared",
        PlanStatus::Held => "Held",
    }
}

fn level_name(level: ReadinessLevel) -> &'static str {
    match level {
        ReadinessLevel::Ready => "Ready",
        ReadinessLevel::Partly => "Partly ready",
        ReadinessLevel::NotReady => "Not ready",
    }
}

fn member_error(error: &MemberError) -> String {
    match error {
        MemberError::EmptyName => "the name is empty".into(),
        MemberError::NameTooLong => "the name is longer than 120 characters".into(),
        MemberError::ControlCharacter => "the name has a control character".into(),
        MemberError::Duplicate(name) => format!("a member named «{name}» exists already"),
    }
}

fn estimate(found: &Estimate) -> String {
    let hm = |d: std::time::Duration| hours_minutes(d.as_secs(), "h", "min");
    format!(
        "Estimate: {} speeches; the meeting should last about {} to {} (planned {}), with the opening, comments, each sub-topic's generalization and the conclusion.",
        found.speeches,
        hm(found.shortest),
        hm(found.longest),
        hm(found.planned)
    )
}

fn below_floor(kind: LengthKind, short: &Shortfall) -> String {
    let length = match kind {
        LengthKind::Planned => format!("The planned length, {} minutes,", short.minutes),
        LengthKind::Estimated => format!("The longest estimate, {} minutes,", short.minutes),
        LengthKind::Projected => {
            let shared = if short.combined { " (shared with the regular meeting)" } else { "" };
            return format!(
                "At this pace the meeting lasts about {} minutes, short of the {} minutes{shared} Guidance 42-HD/BTCTW asks.",
                short.minutes, short.floor
            );
        }
    };
    let shared = if short.combined { " sharing its session with the regular meeting" } else { "" };
    format!(
        "{length} falls short of the {} minutes Guidance 42-HD/BTCTW (28/10/2025) asks of a cell meeting{shared}. The app only reminds; it does not stop the meeting; a cell with few members follows its committee's own rule.",
        short.floor
    )
}
