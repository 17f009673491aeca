//! The timing report as CSV: one row per speech or comment.

use super::outline::TimingRow;
use crate::model::{Phase, Session, WallTime};

/// The header row, as the report's readers expect it.
pub const HEADER: &str = "kind,subtopic,speaker,started_at,duration_s,paused_s,phase,over_limit_s";

/// The byte-order mark that tells Excel the file is UTF-8 (without it, "Đức" shows as "Äá»©c").
pub const BOM: char = '\u{feff}';

/// The report: a byte-order mark and the header, then one row per started speech and timed
/// comment. A speech or comment still going on is reported with its time so far, as
/// `unfinished`.
pub fn render(session: &Session, now: WallTime) -> String {
    let mut out = format!("{BOM}{HEADER}\r\n");
    for row in super::outline::timing_rows(session, now) {
        out.push_str(&line(&row));
    }
    out
}

/// The per-member table's header row.
pub const MEMBER_HEADER: &str = "speaker,speeches,comments,speaking_s,commenting_s,total_s";

/// Each member who spoke or commented, in roster order: counts and time as of `now`, after a
/// byte-order mark and the header.
pub fn render_members(session: &Session, now: WallTime) -> String {
    let mut out = format!("{BOM}{MEMBER_HEADER}\r\n");
    for time in super::outline::per_member(session, now) {
        let fields = [
            quote(&time.name),
            time.speeches.to_string(),
            time.comments.to_string(),
            seconds(time.speaking),
            seconds(time.commenting),
            seconds(time.total()),
        ];
        out.push_str(&format!("{}\r\n", fields.join(",")));
    }
    out
}

fn line(row: &TimingRow) -> String {
    let fields = [
        if row.speech { "speech" } else { "comment" }.to_owned(),
        quote(&row.subtopic),
        quote(&row.speaker),
        row.started_at.map(|t| t.to_rfc3339()).unwrap_or_default(),
        seconds(row.duration),
        seconds(row.paused),
        if row.unfinished { "unfinished" } else { phase(row.phase) }.to_owned(),
        seconds(row.over_limit),
    ];
    format!("{}\r\n", fields.join(","))
}

/// Seconds to the millisecond, with a decimal point whatever the locale: `95.250`.
fn seconds(duration: std::time::Duration) -> String {
    format!("{}.{:03}", duration.as_secs(), duration.subsec_millis())
}

/// RFC 4180: a field with a comma, a quote or a line break is quoted, quotes doubled. A text
/// that a spreadsheet would run as a formula (starting with `=`, `+`, `-` or `@`, also after
/// a tab or carriage return) is prefixed with an apostrophe, so it stays text.
pub fn quote(field: &str) -> String {
    let field = match field.trim_start_matches(['\t', '\r']).starts_with(['=', '+', '-', '@']) {
        true => format!("'{field}"),
        false => field.to_owned(),
    };
    if field.contains([',', '"', '\n', '\r']) { format!("\"{}\"", field.replace('"', "\"\"")) } else { field }
}

fn phase(phase: Phase) -> &'static str {
    match phase {
        Phase::UnderTarget => "under_target",
        Phase::OnTarget => "on_target",
        Phase::OverTarget => "over_target",
        Phase::OverLimit => "over_limit",
    }
}
