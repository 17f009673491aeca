//! Every user-facing string, in Vietnamese (the default) and English.
//!
//! Each language is one constant [`Strings`]: adding a string means adding a field, and the
//! compiler then insists that every language has it.

mod edits;
mod en;
mod en_data;
mod en_edits;
mod en_live;
mod en_minutes;
mod en_papers;
mod en_prepare;
mod en_report;
mod en_room;
mod help;
mod live;
mod minutes;
mod papers;
mod prepare;
mod report;
mod room;
mod strings;
mod vi;
mod vi_data;
mod vi_edits;
mod vi_live;
mod vi_minutes;
mod vi_papers;
mod vi_prepare;
mod vi_report;
mod vi_room;

pub use edits::{EditKind, EditStrings, describe, edit_error};
pub use help::HELP;
pub use live::LiveStrings;
pub use minutes::{Held, MinutesStrings, TimeCounts};
pub use papers::{Figures, PapersStrings};
pub use prepare::{LengthKind, PrepareStrings};
pub use report::ReportStrings;
pub use room::RoomStrings;

pub use strings::Strings;

pub use crate::settings::Language;

impl Language {
    /// The strings of this language.
    pub fn strings(self) -> &'static Strings {
        match self {
            Self::Vietnamese => &vi::STRINGS,
            Self::English => &en::STRINGS,
        }
    }

    /// The language's own name for itself.
    pub fn native_name(self) -> &'static str {
        match self {
            Self::Vietnamese => "Tiếng Việt",
            Self::English => "English",
        }
    }

    /// The language named by a command-line code (`vi`, `en`).
    pub fn from_code(code: &str) -> Option<Self> {
        match code {
            "vi" => Some(Self::Vietnamese),
            "en" => Some(Self::English),
            _ => None,
        }
    }
}

impl Strings {
    /// The headings of a generalization's first draft.
    pub fn point_labels(&self) -> crate::meeting::PointLabels<'static> {
        let live = self.live;
        crate::meeting::PointLabels {
            why: live.note_why,
            content: live.note_content,
            self_assessment: live.note_self,
            subjective: live.note_subjective,
            objective: live.note_objective,
            measures: live.note_measures,
            comments: live.comments_label,
            cell: live.cell_owner,
        }
    }
}

/// `m:ss` for a number of seconds, as timers and rules are shown.
pub fn format_mmss(total_secs: u64) -> String {
    format!("{}:{:02}", total_secs / 60, total_secs % 60)
}

/// Reads `m:ss` (or a bare number of minutes) into seconds.
pub fn parse_mmss(text: &str) -> Option<u32> {
    let text = text.trim();
    match text.split_once(':') {
        Some((minutes, seconds)) => {
            let minutes: u32 = minutes.trim().parse().ok()?;
            let seconds: u32 = seconds.trim().parse().ok()?;
            (seconds < 60).then_some(minutes.checked_mul(60)?.checked_add(seconds)?)
        }
        None => text.parse::<u32>().ok()?.checked_mul(60),
    }
}

/// Names as code, in a list: "`a`, `b`, `c`".
fn backquoted_list(names: &[String]) -> String {
    names.iter().map(|name| format!("`{name}`")).collect::<Vec<_>>().join(", ")
}

/// Sentences joined into one list: each without its full stop and, but for the first, from
/// a small letter ("a; b; c").
fn joined_clauses(sentences: impl IntoIterator<Item = String>) -> String {
    let clauses: Vec<String> = sentences
        .into_iter()
        .map(|sentence| {
            let mut chars = sentence.trim_end_matches('.').chars();
            chars.next().map(|first| first.to_lowercase().chain(chars).collect()).unwrap_or_default()
        })
        .collect();
    clauses.join("; ")
}

#[cfg(test)]
mod tests {
    use super::{format_mmss, joined_clauses, parse_mmss};

    #[test]
    fn sentences_join_into_one_list_of_clauses() {
        let sentences =
            ["Thời gian tối thiểu phải lớn hơn 0.", "có hai đảng viên cùng mã số 1", "Ấn định lại."];
        assert_eq!(
            joined_clauses(sentences.map(String::from)),
            "thời gian tối thiểu phải lớn hơn 0; có hai đảng viên cùng mã số 1; ấn định lại"
        );
        assert_eq!(joined_clauses(Vec::new()), "");
    }

    #[test]
    fn durations_read_and_write_as_minutes_and_seconds() {
        assert_eq!(format_mmss(0), "0:00");
        assert_eq!(format_mmss(425), "7:05");
        assert_eq!(parse_mmss("7:05"), Some(425));
        assert_eq!(parse_mmss(" 4 "), Some(240));
        assert_eq!(parse_mmss("3:60"), None);
        assert_eq!(parse_mmss("-1:00"), None);
        assert_eq!(parse_mmss("abc"), None);
        assert_eq!(parse_mmss("99999999999:00"), None);
    }
}
