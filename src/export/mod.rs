//! Documents made from a session. Each format escapes the text it embeds, so a name such as
//! `<b>` or `a|b` stays text.

mod docx_package;
mod markdown;
pub mod minutes_docx;
pub mod minutes_html;
pub mod minutes_md;
pub mod outline;
pub mod plain_text;
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
    /// The notice and guiding outline sent to the members, as a Word document.
    NoticeDocx,
    /// The notice in Markdown.
    NoticeMarkdown,
    /// The notice as plain text, to paste into the Party's member app.
    NoticeText,
    /// The extract of the minutes (trích biên bản) for the committee, as a Word document.
    ExtractDocx,
    /// The extract in Markdown.
    ExtractMarkdown,
}

impl Format {
    /// Every format, in the order the UI offers them.
    pub const ALL: [Self; 11] = [
        Self::Docx,
        Self::Markdown,
        Self::Html,
        Self::Csv,
        Self::MemberCsv,
        Self::Readiness,
        Self::NoticeDocx,
        Self::NoticeMarkdown,
        Self::NoticeText,
        Self::ExtractDocx,
        Self::ExtractMarkdown,
    ];

    /// The minutes' own formats, offered where the minutes are exported.
    pub const MINUTES: [Self; 5] = [Self::Docx, Self::Markdown, Self::Html, Self::Csv, Self::MemberCsv];
    /// The notice's formats.
    pub const NOTICE: [Self; 3] = [Self::NoticeDocx, Self::NoticeMarkdown, Self::NoticeText];
    /// The extract's formats.
    pub const EXTRACT: [Self; 2] = [Self::ExtractDocx, Self::ExtractMarkdown];

    /// The format's name on the command line: `docx`, `md`, `html`, `csv`, `members-csv`,
    /// `readiness`, `notice-docx`, `notice-md`, `notice-txt`, `extract-docx`, `extract-md`.
    pub fn code(self) -> &'static str {
        match self {
            Self::Docx => "docx",
            Self::Markdown => "md",
            Self::Html => "html",
            Self::Csv => "csv",
            Self::MemberCsv => "members-csv",
            Self::Readiness => "readiness",
            Self::NoticeDocx => "notice-docx",
            Self::NoticeMarkdown => "notice-md",
            Self::NoticeText => "notice-txt",
            Self::ExtractDocx => "extract-docx",
            Self::ExtractMarkdown => "extract-md",
        }
    }

    /// The format named on the command line ([`Format::code`]).
    pub fn from_name(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|format| format.code() == name)
    }

    /// The format's name in the UI's language.
    pub fn name(self, strings: &crate::i18n::Strings) -> &'static str {
        let index = Self::ALL.iter().position(|format| *format == self).unwrap_or_default();
        strings.live.format_names.get(index).copied().unwrap_or_default()
    }

    /// The file name extension.
    pub fn extension(self) -> &'static str {
        match self {
            Self::Docx | Self::NoticeDocx | Self::ExtractDocx => "docx",
            Self::Markdown | Self::Readiness | Self::NoticeMarkdown | Self::ExtractMarkdown => "md",
            Self::Html => "html",
            Self::Csv | Self::MemberCsv => "csv",
            Self::NoticeText => "txt",
        }
    }

    /// The file name proposed for a session's file named `stem`: each paper and the
    /// per-member table get their own name beside the minutes.
    pub fn file_name(self, stem: &str) -> String {
        let paper = match self {
            Self::MemberCsv => "-theo-dong-chi",
            Self::Readiness => "-chuan-bi",
            Self::NoticeDocx | Self::NoticeMarkdown | Self::NoticeText => "-thong-bao",
            Self::ExtractDocx | Self::ExtractMarkdown => "-trich-bien-ban",
            Self::Docx | Self::Markdown | Self::Html | Self::Csv => "",
        };
        format!("{stem}{paper}.{}", self.extension())
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
    let docx = |blocks: Vec<outline::Block>| {
        let title = blocks.iter().find_map(|block| match block {
            outline::Block::Title { title, summary } => Some(format!("{title} {summary}")),
            _ => None,
        });
        let properties = docx_package::Properties {
            title: title.unwrap_or_default(),
            creator: session.meeting.minute_taker.trim().to_owned(),
            created: now,
        };
        minutes_docx::render(&blocks, &properties)
    };
    match format {
        Format::Docx => docx(outline::minutes(session, strings, now)),
        Format::Markdown => minutes_md::render(&outline::minutes(session, strings, now)).into_bytes(),
        Format::Html => minutes_html::render(&outline::minutes(session, strings, now), code).into_bytes(),
        Format::Csv => timing_csv::render(session, now).into_bytes(),
        Format::MemberCsv => timing_csv::render_members(session, now).into_bytes(),
        Format::Readiness => readiness::readiness_markdown(session, strings).into_bytes(),
        Format::NoticeDocx => docx(outline::notice(session, strings, now)),
        Format::NoticeMarkdown => minutes_md::render(&outline::notice(session, strings, now)).into_bytes(),
        Format::NoticeText => plain_text::render(&outline::notice(session, strings, now)).into_bytes(),
        Format::ExtractDocx => docx(outline::extract(session, strings, now)),
        Format::ExtractMarkdown => minutes_md::render(&outline::extract(session, strings, now)).into_bytes(),
    }
}

/// The bytes of the cell's yearly `plan` as a Word document (`Format::Docx`) or Markdown (any
/// other format), in `language`, created `now`.
pub fn render_plan(
    plan: &crate::prepare::plan::YearPlan,
    format: Format,
    language: Language,
    now: WallTime,
) -> Vec<u8> {
    let strings = language.strings();
    let blocks = outline::plan(plan, strings);
    match format {
        Format::Docx => {
            let text = strings.papers;
            let properties = docx_package::Properties {
                title: format!("{} {}", text.plan_title, (text.plan_summary)(plan.year)),
                creator: plan.secretary.trim().to_owned(),
                created: now,
            };
            minutes_docx::render(&blocks, &properties)
        }
        _ => minutes_md::render(&blocks).into_bytes(),
    }
}
