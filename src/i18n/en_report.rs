//! English for the party committee's report.

use super::report::ReportStrings;

/// The English report strings.
pub const REPORT: ReportStrings = ReportStrings {
    nav: "Overview",
    title: "REPORT",
    summary: |year, quarter| match (year, quarter) {
        (Some(year), Some(q)) => format!("on the cells' thematic meetings, quarter {q} of {year}"),
        (Some(year), None) => format!("on the cells' thematic meetings in {year}"),
        _ => "on the cells' thematic meetings".into(),
    },
    read: |files, rows| format!("{files} files read; {rows} meetings counted."),
    as_of: |date| format!("Overdue measures as of {date}."),
    part_rows: "I. THE CELLS' THEMATIC MEETINGS",
    columns: [
        "Quarter",
        "Cell",
        "Date",
        "Topic",
        "Group",
        "Members",
        "Present",
        "Absent (with / without reason)",
        "Speeches",
        "Share 4–7 min / over 7 / over 10",
        "Average length",
        "Comments",
        "Generalized / Conclusion / Minutes approved",
        "Measures (open / overdue)",
        "Committee",
    ],
    totals_row: "Whole committee",
    part_missing: "II. CELLS WITHOUT A MEETING IN THE QUARTER",
    none_missing: "Every cell held its meeting in every quarter of the report.",
    quarter: |year, q| format!("Q{q}/{year}"),
    part_measures: "III. MEASURES STILL OPEN",
    measure_columns: ["Cell", "What is to be done", "Who", "Due", "Status"],
    overdue: "Overdue",
    cell_owner: "The cell",
    appendix: "APPENDIX: FILES LEFT OUT",
    no_date: "the meeting has no date, so no quarter",
    after_report: |date| {
        format!("the meeting is dated {date}, after the report's date: not counted as held (check the date)")
    },
    duplicate: |cell, quarter, counted, others| {
        format!("{cell}, {quarter}: several files; counted the last modified, {counted}, left out {others}.")
    },
    yes: "yes",
    no: "no",
    open_folder: "Choose a folder…",
    folder_label: "Folder holding the cells' session files",
    all_quarters: "Every quarter",
    skipped_heading: "Files left out",
    nothing_read: "No session file could be read: no report.",
    written: |path| format!("Report written to {path}"),
    read_button: "Read and count",
    export_heading: "Export the report",
    sort_hint: "Click a column's name to sort by it.",
    filter_label: "Show quarter",
    ascending: "(ascending)",
    descending: "(descending)",
};
