//! The party committee's report in the forms it issues and files: the .docx in the Party's
//! layout (the wide table on landscape pages), Markdown, and a CSV with a byte-order mark.

use std::collections::BTreeSet;

use chrono::NaiveDate;

use super::{Counts, Filter, Report, Row, SkipReason};
use crate::export::outline::{self, Block, Signature};
use crate::export::timing_csv::{BOM, quote};
use crate::export::{Page, Properties, minutes_docx, minutes_md};
use crate::i18n::Figures;
use crate::i18n::{Strings, format_mmss};
use crate::model::party_date;

/// The report's forms.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReportFormat {
    /// Word, in the Party's layout.
    Docx,
    /// Markdown.
    Markdown,
    /// CSV for a spreadsheet.
    Csv,
}

impl ReportFormat {
    /// The form named on the command line: `docx`, `md` or `csv`.
    pub fn from_name(name: &str) -> Option<Self> {
        match name {
            "docx" => Some(Self::Docx),
            "md" => Some(Self::Markdown),
            "csv" => Some(Self::Csv),
            _ => None,
        }
    }

    /// The file name extension.
    pub fn extension(self) -> &'static str {
        match self {
            Self::Docx => "docx",
            Self::Markdown => "md",
            Self::Csv => "csv",
        }
    }
}

/// The report's bytes in `format`, for the meetings `filter` keeps, issued under `letter` as of
/// `as_of` (overdue measures are counted against it, and it dates the report).
pub fn document(
    report: &Report,
    format: ReportFormat,
    (filter, letter): (Filter, &Letter),
    strings: &Strings,
    as_of: NaiveDate,
) -> Vec<u8> {
    let committee =
        report.rows.iter().map(|row| row.committee.as_str()).find(|c| !c.is_empty()).unwrap_or_default();
    let place = report.rows.iter().map(|row| row.place.as_str()).find(|p| !p.is_empty()).unwrap_or_default();
    let issuer = ReportHead { committee, place, date: as_of, letter };
    let period = (filter.year, filter.quarter);
    match format {
        ReportFormat::Docx => {
            let properties = Properties {
                title: format!("{} {}", strings.report.title, (strings.report.summary)(period.0, period.1)),
                creator: committee.to_owned(),
                created: chrono::Local::now().fixed_offset(),
            };
            minutes_docx::render_on(&outline(report, strings, issuer, period), &properties, Page::Landscape)
        }
        ReportFormat::Markdown => minutes_md::render(&outline(report, strings, issuer, period)).into_bytes(),
        ReportFormat::Csv => csv(report).into_bytes(),
    }
}

/// Who issues the report and when: the committee's name and its place name.
#[derive(Debug, Clone, Copy)]
pub struct ReportHead<'a> {
    /// The committee (đảng bộ / đảng ủy), as the cells' files name it.
    pub committee: &'a str,
    /// The place name of the date line.
    pub place: &'a str,
    /// The report's date.
    pub date: NaiveDate,
    /// Its number, the body above and who signs.
    pub letter: &'a Letter,
}

/// What the committee's office adds to its report: the number it registers it under, the
/// body above the committee (the header's first line), and the secretary who signs.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Letter {
    /// "12" gives "Số 12-BC/ĐU"; empty leaves room to number by hand.
    pub number: String,
    /// The body above the committee, e.g. "Đảng bộ thành phố Đà Nẵng"; may be empty.
    pub superior: String,
    /// The committee's secretary, who signs "T/M ĐẢNG ỦY / BÍ THƯ".
    pub signer: String,
}

/// The report's blocks, for the .docx and Markdown.
pub fn outline(
    report: &Report,
    strings: &Strings,
    issuer: ReportHead<'_>,
    (year, quarter): (Option<i32>, Option<u32>),
) -> Vec<Block> {
    let text = strings.report;
    let papers = strings.papers;
    let letter = issuer.letter;
    let committees: BTreeSet<&str> = report.rows.iter().map(|row| row.committee.trim()).collect();
    // A report over several committees is the body above's: its own committee issues it.
    let (above, committee) = match committees.len() > 1 && !letter.superior.trim().is_empty() {
        true => ("", (papers.issuing_committee)(&letter.superior)),
        false => (letter.superior.as_str(), (papers.issuing_committee)(issuer.committee)),
    };
    let head = outline::Issuer { above, body: &committee, place: issuer.place };
    let number = Some((papers.number_line)(&letter.number, "BC/ĐU"));
    let mut blocks = vec![
        outline::header(head, number, Some(issuer.date), strings, crate::export::Page::Landscape),
        Block::Title { title: text.title.to_owned(), summary: (text.summary)(year, quarter) },
        Block::Paragraph((papers.report_narrative)(year, quarter, &figures(report))),
        Block::Paragraph((text.as_of)(&party_date(issuer.date))),
        Block::Heading(1, text.part_rows.to_owned()),
    ];
    let mut header: Vec<String> = text.columns.iter().take(14).map(|c| (*c).to_owned()).collect();
    let mut rows: Vec<Vec<String>> = report.rows.iter().map(|row| cells(row, strings)).collect();
    rows.push(totals_cells(report, strings));
    if committees.len() > 1 {
        header.insert(0, text.columns[14].to_owned());
        let names = report.rows.iter().map(|row| row.committee.trim().to_owned()).chain([String::new()]);
        rows.iter_mut().zip(names).for_each(|(cells, name)| cells.insert(0, name));
    }
    blocks.push(Block::Table { header, rows });
    blocks.push(Block::Heading(1, text.part_missing.to_owned()));
    match report.missing.is_empty() {
        true => blocks.push(Block::Paragraph(text.none_missing.to_owned())),
        false => blocks.push(Block::Bullets(
            report
                .missing
                .iter()
                .map(|m| format!("{}: {}", (text.quarter)(m.quarter.year, m.quarter.quarter), m.cell))
                .collect(),
        )),
    }
    blocks.push(Block::Heading(1, text.part_measures.to_owned()));
    let measures = report
        .open_measures
        .iter()
        .map(|m| {
            vec![
                m.cell.clone(),
                m.content.clone(),
                m.owner.clone().unwrap_or_else(|| text.cell_owner.to_owned()),
                m.deadline.map(party_date).unwrap_or_default(),
                if m.overdue { text.overdue.to_owned() } else { String::new() },
            ]
        })
        .collect();
    let header = text.measure_columns.iter().map(|c| (*c).to_owned()).collect();
    blocks.push(Block::Table { header, rows: measures });
    let below = if committees.len() > 1 { papers.to_units } else { papers.to_cells };
    let mut recipients = vec![below.to_owned(), papers.keep_committee.to_owned()];
    if !above.trim().is_empty() {
        recipients.insert(0, (papers.to_above)(&(papers.issuing_committee)(above)));
    }
    blocks.push(Block::Signed {
        heading: papers.recipients.to_owned(),
        recipients,
        signature: Signature {
            role: papers.for_committee.to_owned(),
            note: papers.seal_note.to_owned(),
            name: letter.signer.trim().to_owned(),
        },
    });
    if !report.skipped.is_empty() || !report.duplicates.is_empty() {
        blocks.push(Block::PageBreak);
        blocks.push(Block::Heading(1, text.appendix.to_owned()));
        blocks.extend(report.duplicates.iter().map(|d| {
            let others: Vec<String> = d.left_out.iter().map(|p| p.display().to_string()).collect();
            let quarter = (text.quarter)(d.quarter.year, d.quarter.quarter);
            Block::Paragraph((text.duplicate)(
                &d.cell,
                &quarter,
                &d.counted.display().to_string(),
                &others.join(", "),
            ))
        }));
        blocks.push(Block::Bullets(
            report
                .skipped
                .iter()
                .map(|s| format!("{}: {}", s.path.display(), reason(&s.reason, strings)))
                .collect(),
        ));
    }
    blocks
}

/// What the narrative before the table says: the meetings, the cells, the attendance, the
/// speeches by length and the measures.
fn figures(report: &Report) -> Figures {
    let c = report.totals().counts;
    let cells: BTreeSet<(&str, &str)> =
        report.rows.iter().map(|row| (row.committee.as_str(), row.cell.as_str())).collect();
    Figures {
        meetings: report.rows.len(),
        cells: cells.len(),
        missing: report.missing.len(),
        members: c.members,
        present: c.present,
        speeches: [c.speeches, c.on_target, c.over_target, c.over_limit],
        measures: [c.measures, c.open_measures, c.overdue_measures],
    }
}

/// Why a file was left out, in the UI's language (the same words as `sinhhoat check`).
pub fn reason(reason: &SkipReason, strings: &Strings) -> String {
    match reason {
        SkipReason::Unreadable(error) => (strings.load_error)(error),
        SkipReason::NoDate => strings.report.no_date.to_owned(),
        SkipReason::AfterReport(date) => (strings.report.after_report)(&date.format("%d/%m/%Y").to_string()),
    }
}

/// A row's cells in the report's table: the quarter, the cell, the date, the topic and its
/// group, the attendance, the speeches by time, the average, comments, what was done, measures.
pub fn cells(row: &Row, strings: &Strings) -> Vec<String> {
    let text = strings.report;
    let mut cells = vec![
        (text.quarter)(row.quarter.year, row.quarter.quarter),
        row.cell.clone(),
        party_date(row.date),
        row.topic.clone(),
        (strings.group_name)(row.group).to_owned(),
    ];
    let done = |count: usize| if count > 0 { text.yes } else { text.no }.to_owned();
    cells.extend(count_cells(&row.counts, format_mmss(row.average.as_secs()), done));
    cells
}

/// The cells from the attendance on: the counts, with `average` in its column and the
/// conclusion and approval shown by `done`.
fn count_cells(counts: &Counts, average: String, done: impl Fn(usize) -> String) -> [String; 9] {
    let c = counts;
    [
        c.members.to_string(),
        c.present.to_string(),
        format!("{} / {}", c.absent_with_reason, c.absent_without_reason),
        c.speeches.to_string(),
        shares(c.speeches, [c.on_target, c.over_target, c.over_limit]),
        average,
        c.comments.to_string(),
        format!("{} / {} / {}", c.generalizations, done(c.conclusions), done(c.approved)),
        format!("{} ({} / {})", c.measures, c.open_measures, c.overdue_measures),
    ]
}

/// Each count's share of `total`, in whole percent: "55% / 27% / 18%"; a dash without speeches.
fn shares(total: usize, counts: [usize; 3]) -> String {
    if total == 0 {
        return "—".to_owned();
    }
    let share = |count: usize| format!("{}%", (count * 100 + total / 2) / total);
    counts.map(share).join(" / ")
}

fn totals_cells(report: &Report, strings: &Strings) -> Vec<String> {
    let totals = report.totals();
    let mut cells = vec![
        strings.report.totals_row.to_owned(),
        totals.meetings.to_string(),
        String::new(),
        String::new(),
        String::new(),
    ];
    cells.extend(count_cells(&totals.counts, String::new(), |count| count.to_string()));
    cells
}

/// The CSV's header: one machine-readable column per figure.
pub const CSV_HEADER: &str = "committee,cell,year,quarter,date,topic,group,members,present,absent_with_reason,absent_without_reason,speeches,on_target,over_target,over_limit,average_s,comments,generalizations,conclusion,approved,measures,open_measures,overdue_measures";

/// The rows as CSV for a spreadsheet: a byte-order mark, the header, one line per cell and
/// quarter. The CSVs of several committees concatenate (after their headers).
pub fn csv(report: &Report) -> String {
    let mut out = format!("{BOM}{CSV_HEADER}\r\n");
    for row in &report.rows {
        let c = &row.counts;
        let fields = [
            quote(&row.committee),
            quote(&row.cell),
            row.quarter.year.to_string(),
            row.quarter.quarter.to_string(),
            row.date.to_string(),
            quote(&row.topic),
            row.group.code().to_owned(),
            c.members.to_string(),
            c.present.to_string(),
            c.absent_with_reason.to_string(),
            c.absent_without_reason.to_string(),
            c.speeches.to_string(),
            c.on_target.to_string(),
            c.over_target.to_string(),
            c.over_limit.to_string(),
            row.average.as_secs().to_string(),
            c.comments.to_string(),
            c.generalizations.to_string(),
            c.conclusions.to_string(),
            c.approved.to_string(),
            c.measures.to_string(),
            c.open_measures.to_string(),
            c.overdue_measures.to_string(),
        ];
        out.push_str(&fields.join(","));
        out.push_str("\r\n");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::shares;

    #[test]
    fn shares_are_whole_percent_of_the_speeches() {
        assert_eq!(shares(11, [6, 3, 2]), "55% / 27% / 18%");
        assert_eq!(shares(3, [3, 0, 0]), "100% / 0% / 0%");
        assert_eq!(shares(0, [0, 0, 0]), "—");
    }
}
