//! English for the cell's other papers and the foot of the committee's report.

use chrono::Datelike;

use super::en_minutes::clock;
use super::papers::PapersStrings;

/// The English papers' strings.
pub const PAPERS: PapersStrings = PapersStrings {
    number_line: |number, code| match number.trim() {
        "" => format!("No.      -{code}"),
        number if number.contains('/') => format!("No. {number}"),
        number => format!("No. {number}-{code}"),
    },
    recipients: "To:",
    for_cell: "FOR THE PARTY CELL\nSECRETARY",
    for_committee: "FOR THE PARTY COMMITTEE\nSECRETARY",
    seal_note: "(Signature and seal)",
    issuing_committee: |organisation| organisation.trim().to_owned(),
    to_above: |committee| format!("- {} (for information),", committee.trim()),
    to_members: "- The cell's party members,",
    to_cells: "- The cells,",
    to_units: "- The party organisations below,",
    keep_cell: "- Cell's file.",
    keep_committee: "- Committee's office file.",

    plan_title: "PLAN",
    plan_summary: |year| format!("of thematic meetings in {year}"),
    plan_basis: |cell, year| {
        let cell = if cell.trim().is_empty() { "The cell" } else { cell.trim() };
        let rules = match year >= 2026 {
            true => {
                "Directive 50-CT/TW of 23 July 2025 and Guidance 42-HD/BTCTW of 28 October 2025 on cell meetings"
            }
            false => "Guidance 12-HD/BTCTW of 6 July 2018 on the quality of cell meetings",
        };
        format!(
            "Following {rules} and the direction of the committee above, {cell} plans its thematic meetings for {year} as follows:"
        )
    },
    plan_part_purpose: "I. PURPOSE AND REQUIREMENTS",
    plan_purpose: [
        "Raise the quality of cell meetings; help every member understand the topic, look at their own work and set concrete measures for themselves and the cell.",
        "The cell holds at least one thematic meeting a quarter, on a topic fit for its situation and tasks.",
        "Members study the materials and prepare along the four points: why the topic; its content; applying it, self-assessment and causes; measures for themselves and the cell.",
    ],
    plan_part_topics: "II. TOPICS BY QUARTER",
    plan_columns: ["Quarter", "Topic", "Topic group", "When"],
    plan_when: |month, year| format!("{month}/{year}"),
    plan_no_topic: "(no topic yet)",
    plan_part_organisation: "III. ORGANISATION",
    plan_organisation: [
        "The cell committee (or the secretary where there is none) breaks each quarter's topic into sub-topics, assigns members to prepare and checks their preparation before the meeting.",
        "The notice and materials reach the members at least one day before the meeting.",
        "After each meeting the cell sends an extract of the minutes to the committee; the measures are reviewed at later meetings.",
    ],
    plan_floor: "A meeting lasts at least 90 minutes; at least 120 when held together with the regular meeting.",

    notice_title: "NOTICE",
    notice_summary: |date| match date {
        Some(d) => format!("of the thematic meeting, Q{} {}", d.month0() / 3 + 1, d.year()),
        None => "of the thematic meeting".into(),
    },
    notice_intro: |cell, _| {
        let cell = if cell.trim().is_empty() { "The cell" } else { cell.trim() };
        format!("{cell} gives notice of its thematic meeting:")
    },
    notice_time: |time, date, minutes| {
        let day = date.map_or_else(|| "…".into(), |d| d.format("%-d/%-m/%Y").to_string());
        format!("1. Time: {} on {day} (about {minutes} minutes).", clock(time))
    },
    notice_place: |place| format!("2. Place: {}.", if place.trim().is_empty() { "…" } else { place.trim() }),
    notice_topic: |topic| format!("3. Topic: “{}”.", topic.trim()),
    notice_attendees: |guests| match guests {
        [] => "4. Attending: all the cell's party members.".into(),
        guests => format!("4. Attending: all the cell's party members; guests: {}.", guests.join("; ")),
    },
    notice_purpose: "5. Purpose and requirements:",
    notice_outline: "GUIDING OUTLINE",
    notice_subtopic: |number, title| format!("Sub-topic {number}: {}", title.trim()),
    notice_questions: "Guiding questions:",
    notice_suggestions: "Suggestions:",
    notice_speakers: |names| match names {
        [] => "Prepared by: to be assigned by the cell committee.".into(),
        names => format!("Prepared by: {}.", names.join(", ")),
    },
    notice_request: "Members are asked to study the materials, prepare what they were assigned, and attend in full and on time.",

    extract_title: "EXTRACT OF THE MINUTES",
    extract_source: |date| match date {
        Some(d) => format!(
            "Extracted from the minutes of the thematic meeting of {}, kept by the cell.",
            d.format("%-d/%-m/%Y")
        ),
        None => "Extracted from the minutes of the thematic meeting, kept by the cell.".into(),
    },
    extract_parts: [
        "Attendance",
        "I. Purpose, requirements, content",
        "II. Discussion",
        "III. Conclusion",
        "IV. Measures",
        "The votes and the approval of the minutes",
    ],

    report_narrative: |year, q, f| {
        let period = match (year, q) {
            (Some(year), Some(q)) => format!("In Q{q} {year}"),
            (Some(year), None) => format!("In {year}"),
            _ => "In the period of this report".into(),
        };
        let [speeches, on, over, limit] = f.speeches;
        let under = speeches.saturating_sub(on + over + limit);
        let [measures, open, overdue] = f.measures;
        let missing = match f.missing {
            0 => String::new(),
            n => format!("; {n} cell-quarters without one (part II)"),
        };
        format!(
            "{period}, {} cells held {} thematic meetings{missing}. Members present: {}/{}. Speeches: {speeches}, of which {under} under 4 minutes, {on} from 4 to 7 minutes, {over} over 7 up to 10 minutes, {limit} over 10 minutes. {measures} measures were set; {open} are not done yet, {overdue} of them overdue.",
            f.cells, f.meetings, f.present, f.members
        )
    },

    plan_number: "Plan number",
    plan_secretary: "The cell secretary who signs",
    plan_issued: "Date issued (day/month/year)",
    plan_export: "The plan as a paper for the committee",
    export_plan: "Export the plan",
    export_notice: "Export the notice",
    export_extract: "Export the extract",
    notice_heading: "Notice and guiding outline for the members",
    copy_notice: "Copy the notice to paste into the members' app",
    notice_copied: "The notice is copied; paste it into the members' app or a message.",
    extract_heading: "Extract of the minutes for the committee",
    report_number: "Report number",
    report_superior: "The party organisation directly above (the header's first line)",
    report_signer: "The committee secretary who signs",
};
