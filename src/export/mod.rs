//! Documents made from a session. Each format escapes the text it embeds, so a name such as
//! `<b>` or `a|b` stays text.

mod docx_package;
mod markdown;
pub mod minutes_docx;
pub mod minutes_html;
pub mod minutes_md;
pub mod outline;
pub mod readiness;
pub mod timing_csv;
pub mod xml;

pub use docx_package::{Page, Properties};
pub use markdown::{escape_markdown, escape_markdown_lines};

use crate::i18n::Language;
use crate::model::{Session, WallTime};

/// The documents a session can be exported as.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// The minutes as a Word document.
    Docx,
    /// The minutes in Markdown.
    Markdown,
    /// The minutes as a web page for printing.
    Html,
    /// The timing report, one row per speech or comment.
    Csv,
    /// Each member's speeches, comments and their time, one row per member.
    MemberCsv,
    /// The speakers' readiness check, in Markdown.
    Readiness,
}

impl Format {
    /// Every format, in the order the UI offers them.
    pub const ALL: [Self; 6] =
        [Self::Docx, Self::Markdown, Self::Html, Self::Csv, Self::MemberCsv, Self::Readiness];

    /// The format named on the command line (`docx`, `md`, `html`, `csv`, `members-csv`,
    /// `readiness`).
    pub fn from_name(name: &str) -> Option<Self> {
        match name {
            "docx" => Some(Self::Docx),
            "md" => Some(Self::Markdown),
            "html" => Some(Self::Html),
            "csv" => Some(Self::Csv),
            "members-csv" => Some(Self::MemberCsv),
            "readiness" => Some(Self::Readiness),
            _ => None,
        }
    }

    /// The format's name in the UI's language.
    pub fn name(self, strings: &crate::i18n::Strings) -> &'static str {
        let index = Self::ALL.iter().position(|format| *format == self).unwrap_or_default();
        strings.live.format_names.get(index).copied().unwrap_or_default()
    }

    /// The file name extension.
    pub fn extension(self) -> &'static str {
        match self {
            Self::Docx => "docx",
            Self::Markdown | Self::Readiness => "md",
            Self::Html => "html",
            Self::Csv | Self::MemberCsv => "csv",
        }
    }

    /// The file name proposed for a session's file named `stem`: the per-member table gets
    /// its own name beside the timing report.
    pub fn file_name(self, stem: &str) -> String {
        match self {
            Self::MemberCsv => format!("{stem}-theo-dong-chi.csv"),
            _ => format!("{stem}.{}", self.extension()),
        }
    }
}

/// The bytes of `session` exported as `format`, in `language`, as of `now` (a speech still
/// going on is given with its time so far, marked unfinished).
pub fn render(format: Format, session: &Session, language: Language, now: WallTime) -> Vec<u8> {
    let strings = language.strings();
    let code = match language {
        Language::Vietnamese => "vi",
        Language::English => "en",
    };
    match format {
        Format::Docx => {
            let text = strings.minutes;
            let properties = docx_package::Properties {
                title: format!("{} {}", text.title, (text.summary_line)(session.meeting.date)),
                creator: session.meeting.minute_taker.trim().to_owned(),
                created: now,
            };
            minutes_docx::render(&outline::minutes(session, strings, now), &properties)
        }
        Format::Markdown => minutes_md::render(&outline::minutes(session, strings, now)).into_bytes(),
        Format::Html => minutes_html::render(&outline::minutes(session, strings, now), code).into_bytes(),
        Format::Csv => timing_csv::render(session, now).into_bytes(),
        Format::MemberCsv => timing_csv::render_members(session, now).into_bytes(),
        Format::Readiness => readiness::readiness_markdown(session, strings).into_bytes(),
    }
}
