//! English for the minutes.

use chrono::{Datelike, NaiveTime};

use super::minutes::{MinutesStrings, TimeCounts};
use crate::model::{CommentKind, Phase, Tally, TimingRules};

/// The English minutes strings.
pub const MINUTES: MinutesStrings = MinutesStrings {
    nation: "COMMUNIST PARTY OF VIETNAM",
    date_line: |place, date| {
        let place = if place.trim().is_empty() { "……………" } else { place.trim() };
        match date {
            Some(d) => format!("{place}, {}", d.format("%-d %B %Y")),
            None => format!("{place}, date ……"),
        }
    },
    number_line: |number| (super::en_papers::PAPERS.number_line)(number, "BB/CB"),
    title: "MINUTES",
    summary_line: |date| match date {
        Some(d) => format!("of the thematic meeting, quarter {} of {}", (d.month() - 1) / 3 + 1, d.year()),
        None => "of the thematic meeting".into(),
    },
    topic_line: |topic| format!("Topic: “{}”.", topic.trim()),
    opening_sentence: |held| {
        let time = clock(held.time);
        let date = held.date.map_or_else(|| "…/…/…".into(), |d| d.format("%-d/%-m/%Y").to_string());
        let place = if held.place.trim().is_empty() { "……………" } else { held.place.trim() };
        let cell = if held.cell.trim().is_empty() { "The cell" } else { held.cell.trim() };
        format!("At {time} on {date}, at {place}, {cell} held its thematic meeting.")
    },
    chair: |name, position| format!("Chair: {}.", with_position(name, position)),
    minute_taker: |name, position| format!("Minute-taker: {}.", with_position(name, position)),
    attendance: "Attendance",
    roll_total: |total, full, probationary| {
        format!("Members of the cell: {total} ({full} full, {probationary} probationary).")
    },
    roll_exempted: |n| format!("Exempted from activities: {n} (not counted as required):"),
    roll_present: |present, required| format!("Present: {present} of the {required} required:"),
    roll_unmarked: |n| format!("Roll not taken: {n}:"),
    roll_temporary: |present, listed| {
        format!(
            "Members attending temporarily from other cells (not counted above), present: {present} of {listed}:"
        )
    },
    absent_with_reason: |n| format!("Absent with a reason: {n}:"),
    absent_without_reason: |n| format!("Absent without a reason: {n}:"),
    guests: "Invited guests:",
    part_opening: "I. THE CHAIR STATES THE PURPOSE, REQUIREMENTS, CONTENT AND TASKS",
    part_discussion: "II. DISCUSSION",
    part_conclusion: "III. THE CHAIR'S CONCLUSION",
    part_measures: "IV. MEASURES AND SOLUTIONS AGREED BY THE CELL",
    speech_line: |name, unfinished| match unfinished {
        true => format!("Comrade {name} presented (not finished):"),
        false => format!("Comrade {name} presented:"),
    },
    measure_due: |content, deadline| format!("{} (due {deadline}).", content.trim().trim_end_matches('.')),
    comment_line: |name, kind, text| {
        let verb = match kind {
            CommentKind::Addition => "added",
            CommentKind::Exchange => "replied",
            CommentKind::Question => "asked",
            CommentKind::Answer => "answered",
        };
        format!("Comrade {name} {verb}: {text}")
    },
    generalization: |name, position| format!("Comrade {} summed up:", with_position(name, position)),
    conclusion_points: [
        "1. The meaning and necessity of the topic",
        "2. The topic's content",
        "3. Applying it in practice, self-assessment",
        "4. Measures, solutions, proposals",
    ],
    subjective_causes: "Subjective causes",
    objective_causes: "Objective causes",
    of_members: "Measures and proposals of the members:",
    of_cell: "Solutions and proposals of the cell:",
    col_content: "What is to be done",
    col_owner: "Who",
    col_deadline: "Due",
    cell_owner: "The cell",
    closing: |ended, approval| {
        let vote =
            approval.map_or_else(|| "… of … full members present voting for".into(), |a| vote(a.tally()));
        format!(
            "The meeting closed at {} the same day. The minutes were read back to the cell and approved by vote, {vote}.",
            clock(ended)
        )
    },
    resolution: |resolution| {
        let outcome = if resolution.passed() { "passed" } else { "did not pass" };
        format!(
            "The cell voted on {}, which {outcome}: {}.",
            resolution.text.trim().trim_end_matches('.'),
            vote(resolution.tally())
        )
    },
    amended: |at, reason| format!("The minutes were amended after approval, at {at}. Reason: {reason}"),
    sign_minute_taker: "MINUTE-TAKER",
    sign_chair: "CHAIR",
    sign_note: "(signature and full name)",
    appendix: "APPENDIX: SPEAKING TIMES",
    appendix_note: "The appendix gives each contribution's time for the cell's reference; it is not part of the minutes.",
    col_kind: "Kind",
    col_subtopic: "Sub-topic",
    col_speaker: "Full name",
    col_started: "Started",
    col_duration: "Length",
    col_paused: "Paused",
    col_compared: "Against the time set",
    col_over: "Over the limit",
    kind_speech: "Speech",
    compared,
    totals: |counts: TimeCounts, rules| {
        let [under, on, over, limit] = counts.by_phase;
        format!(
            "{} speeches: {under} under {}, {on} from {} to {}, {over} over {} up to {}, {limit} over {}; average {}.",
            counts.speeches,
            words(rules.target_min_secs),
            words(rules.target_min_secs),
            words(rules.target_max_secs),
            words(rules.target_max_secs),
            words(rules.hard_limit_secs),
            words(rules.hard_limit_secs),
            words(counts.average)
        )
    },
    unfinished: "not finished",
    passed_over: |name, reason| match reason {
        crate::model::PassReason::Absent => format!("Comrade {name} was absent."),
        crate::model::PassReason::Declined => format!("Comrade {name} did not speak."),
    },
    unfinished_count: |n| format!("{n} speeches not finished, left out of the figures above."),
    adjustments_heading: "Corrections made while timing (included in the times above):",
    adjustment: |name, speech, at, secs, late| {
        let what = if speech { "speech" } else { "comment" };
        let change = match (late, secs >= 0) {
            (true, _) => format!("timer started late, {secs} seconds added"),
            (false, true) => format!("{secs} seconds added"),
            (false, false) => format!("{} seconds taken away", secs.unsigned_abs()),
        };
        format!("At {at}, {name}'s {what}: {change}.")
    },
    moment: |at| at.format("%H:%M on %-d/%-m/%Y").to_string(),
};

pub(super) fn clock(time: Option<NaiveTime>) -> String {
    time.map_or_else(|| "…:…".into(), |t| t.format("%H:%M").to_string())
}

fn with_position(name: &str, position: &str) -> String {
    match position.trim() {
        "" => name.to_owned(),
        position => format!("{name}, {position}"),
    }
}

/// A length in words: "4 min", "4 min 30 s".
pub(super) fn words(secs: u32) -> String {
    match (secs / 60, secs % 60) {
        (0, s) => format!("{s} s"),
        (m, 0) => format!("{m} min"),
        (m, s) => format!("{m} min {s} s"),
    }
}

fn compared(phase: Phase, rules: &TimingRules, speech: bool) -> String {
    match (speech, phase) {
        (true, Phase::UnderTarget) => format!("Under {}", words(rules.target_min_secs)),
        (true, Phase::OnTarget) => {
            format!("From {} to {}", words(rules.target_min_secs), words(rules.target_max_secs))
        }
        (true, Phase::OverTarget) => format!("Over {}", words(rules.target_max_secs)),
        (true, Phase::OverLimit) => format!("Over {}", words(rules.hard_limit_secs)),
        (false, Phase::OverLimit) => format!("Over {} (the cell's rule)", words(rules.comment_limit_secs)),
        (false, _) => format!("Within {} (the cell's rule)", words(rules.comment_limit_secs)),
    }
}

/// The vote as the minutes state it: the real count, "unanimously" only when it was, and the
/// base the decision passed against.
fn vote(approval: Tally) -> String {
    let verb = if approval.unanimous() { "unanimously for" } else { "for" };
    let Some(base) = approval.base else {
        return format!("{} of {} present {verb}", approval.agreed, approval.present);
    };
    let mut vote = format!(
        "{} of {} full members present {verb} ({} of the {base} full members convened, less those exempted who stayed away)",
        approval.agreed, approval.present, approval.agreed
    );
    if approval.against > 0 {
        vote.push_str(&format!(", {} against", approval.against));
    }
    if approval.others() > 0 {
        vote.push_str(&format!(", {} with another opinion", approval.others()));
    }
    vote
}
