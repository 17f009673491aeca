//! English for the minutes.

use super::minutes::MinutesStrings;

/// The English minutes strings.
pub const MINUTES: MinutesStrings = MinutesStrings {
    nation: "COMMUNIST PARTY OF VIETNAM",
    date_line: |date| match date {
        Some(d) => format!("……………, {}", d.format("%d %B %Y")),
        None => "……………, date ……".into(),
    },
    title: "MINUTES OF THE THEMATIC MEETING",
    topic_line: |topic| format!("Topic: {topic}"),
    time_place: |time, date, place| {
        let time = time.map(|t| t.format("%H:%M").to_string()).unwrap_or_else(|| "…".into());
        let date = date.map(|d| d.format("%d/%m/%Y").to_string()).unwrap_or_else(|| "…".into());
        format!("Time: {time}, {date}. Place: {place}.")
    },
    chair: |name| format!("Chair: {name}."),
    minute_taker: |name| format!("Minute-taker: {name}."),
    attendance: "Attendance",
    present: |present, total| format!("Present {present}/{total} members:"),
    absent: "Absent:",
    no_reason: "no reason given",
    part_opening: "I. PURPOSE, REQUIREMENTS AND CONTENT",
    part_discussion: "II. DISCUSSION",
    part_conclusion: "III. THE SECRETARY'S CONCLUSION (FOUR POINTS)",
    part_measures: "IV. MEASURES, SOLUTIONS AND PROPOSALS",
    speech_line: |name, duration, phase| format!("{name} spoke ({duration}, {phase}):"),
    comment_line: |name, kind, text| format!("{name} ({kind}): {text}"),
    generalization: "The secretary's generalization:",
    col_content: "What is to be done",
    col_owner: "Who",
    col_deadline: "Due",
    closing: |time| match time {
        Some(t) => format!("The meeting closed at {}.", t.format("%H:%M")),
        None => "The meeting closed the same day.".into(),
    },
    sign_chair: "CHAIR",
    sign_minute_taker: "MINUTE-TAKER",
    appendix: "APPENDIX: TIMING OF THE SPEECHES",
    col_kind: "Kind",
    col_speaker: "Member",
    col_started: "Started",
    col_duration: "Length",
    col_paused: "Paused",
    col_phase: "Assessment",
    col_over: "Over the limit",
    kind_speech: "Speech",
    kind_comment: "Comment",
    unfinished: "not finished",
    passed_over: |name, reason| match reason {
        crate::model::PassReason::Absent => format!("Comrade {name} was absent."),
        crate::model::PassReason::Declined => format!("Comrade {name} did not speak."),
    },
    unfinished_count: |n| format!("{n} speeches not finished, left out of the figures above."),
    totals: |total, on, over, limit, average| {
        format!(
            "{total} speeches: {on} on target, {over} over target, {limit} over the limit; average {average}."
        )
    },
};
