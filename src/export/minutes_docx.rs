//! The minutes as a Word document (.docx) in the layout of Hướng dẫn 36-HD/VPTW: the header
//! as a borderless two-column table, Times New Roman 14 pt on A4, body justified with a
//! first-line indent, the page number from page 2.

use super::docx_package::{Page, Properties, package};
use super::outline::{Block, Signature};
use super::xml::escape_xml;

/// Sizes in half-points, as Word counts them.
const BODY: u32 = 28;
const NATION: u32 = 30;
const TITLE: u32 = 32;
const TABLE_TEXT: u32 = 24;
/// The recipients under "Nơi nhận:", 12 pt as Hướng dẫn 36-HD/VPTW sets them.
const RECIPIENTS: u32 = 24;
/// A table of many columns (the committee's report) in 10 pt.
const WIDE_TABLE_TEXT: u32 = 20;
/// From how many columns a table is wide.
const WIDE_TABLE: usize = 9;
/// The first-line indent of the body, in twentieths of a point (1 cm).
const INDENT: u32 = 567;
/// The header's left column, in twentieths of a point; the right takes the rest.
const HEADER_LEFT: u32 = 4500;

/// The .docx package of the minutes, on upright A4 pages.
pub fn render(blocks: &[Block], properties: &Properties) -> Vec<u8> {
    render_on(blocks, properties, Page::Portrait)
}

/// The .docx package of `blocks` on pages turned as `page` says.
pub fn render_on(blocks: &[Block], properties: &Properties, page: Page) -> Vec<u8> {
    let width = page.text_width();
    let body: String = blocks.iter().map(|block| xml(block, width)).collect();
    let section = page.section();
    let document = format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>{body}{section}</w:body></w:document>"#
    );
    package(&document, properties)
}

/// How a run of text looks.
#[derive(Clone, Copy)]
struct Look {
    bold: bool,
    italic: bool,
    underline: bool,
    size: u32,
}

const PLAIN: Look = Look { bold: false, italic: false, underline: false, size: BODY };
const BOLD: Look = Look { bold: true, ..PLAIN };

/// A run: line breaks become `<w:br/>`, tabs `<w:tab/>`.
fn run(text: &str, look: Look) -> String {
    let mut props = String::new();
    if look.bold {
        props.push_str("<w:b/><w:bCs/>");
    }
    if look.italic {
        props.push_str("<w:i/><w:iCs/>");
    }
    if look.underline {
        props.push_str("<w:u w:val=\"single\"/>");
    }
    if look.size != BODY {
        props.push_str(&format!("<w:sz w:val=\"{0}\"/><w:szCs w:val=\"{0}\"/>", look.size));
    }
    let mut content = String::new();
    for (index, line) in escape_xml(text).split('\n').enumerate() {
        if index > 0 {
            content.push_str("<w:br/>");
        }
        for (part, piece) in line.split('\t').enumerate() {
            if part > 0 {
                content.push_str("<w:tab/>");
            }
            if !piece.is_empty() {
                content.push_str(&format!("<w:t xml:space=\"preserve\">{piece}</w:t>"));
            }
        }
    }
    format!("<w:r><w:rPr>{props}</w:rPr>{content}</w:r>")
}

/// How a paragraph is set.
#[derive(Clone, Copy)]
struct Setting {
    align: &'static str,
    indent: bool,
    keep_next: bool,
    before: u32,
}

const CENTRED: Setting = Setting { align: "center", indent: false, keep_next: false, before: 0 };
const BODY_TEXT: Setting = Setting { align: "both", indent: true, keep_next: false, before: 0 };
const HEADING: Setting = Setting { align: "both", indent: true, keep_next: true, before: 120 };

fn paragraph(text: &str, setting: Setting, look: Look) -> String {
    let mut props = String::new();
    if setting.keep_next {
        props.push_str("<w:keepNext/>");
    }
    if setting.before > 0 {
        props.push_str(&format!("<w:spacing w:before=\"{}\"/>", setting.before));
    }
    if setting.indent {
        props.push_str(&format!("<w:ind w:firstLine=\"{INDENT}\"/>"));
    }
    props.push_str(&format!("<w:jc w:val=\"{}\"/>", setting.align));
    format!("<w:p><w:pPr>{props}</w:pPr>{}</w:p>", run(text, look))
}

fn cell(content: &str, width: u32) -> String {
    format!("<w:tc><w:tcPr><w:tcW w:w=\"{width}\" w:type=\"dxa\"/></w:tcPr>{content}</w:tc>")
}

/// A table of fixed column widths; borderless for the header and signatures.
fn table(rows: &[Vec<String>], widths: &[u32], borders: bool) -> String {
    let border = if borders { "single" } else { "nil" };
    let edges: String = ["top", "left", "bottom", "right", "insideH", "insideV"]
        .iter()
        .map(|edge| format!("<w:{edge} w:val=\"{border}\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>"))
        .collect();
    let grid: String = widths.iter().map(|w| format!("<w:gridCol w:w=\"{w}\"/>")).collect();
    let rows: String = rows.iter().map(|cells| format!("<w:tr>{}</w:tr>", cells.concat())).collect();
    let total: u32 = widths.iter().sum();
    format!(
        "<w:tbl><w:tblPr><w:tblW w:w=\"{total}\" w:type=\"dxa\"/><w:tblBorders>{edges}</w:tblBorders><w:tblLayout w:type=\"fixed\"/></w:tblPr><w:tblGrid>{grid}</w:tblGrid>{rows}</w:tbl>"
    )
}

/// Column widths over the text width, in proportion to what each column must show unbroken:
/// its longest cell, or its header's longest word (a header wraps between words), within
/// bounds so that a long text does not squeeze the numbers to nothing.
/// Each column's width in twentieths of a point, the table `width` wide with text of `size`
/// half-points: first each column gets its longest word (header or cell, a time such as
/// 14:10:00 counting as one), so no word is broken across lines; the width left is shared in
/// proportion to what each column's longest text still lacks. When even the words do not
/// fit, the widths are scaled down together.
fn column_widths(header: &[String], rows: &[Vec<String>], width: u32, size: u32) -> Vec<u32> {
    // An average letter of Times New Roman is about half the font size wide; a bold header
    // a little more, hence 0.55 of it. Twentieths of a point per letter:
    let letter = size * 10 * 55 / 100;
    // The cell's own margins (108 each side, Word's default) and a little play.
    let margins = 2 * 108 + 40;
    let chars = |text: &str| u32::try_from(text.chars().count()).unwrap_or(u32::MAX);
    let word = |text: &str| text.split_whitespace().map(chars).max().unwrap_or(0);
    let columns: Vec<(u32, u32)> = header
        .iter()
        .enumerate()
        .map(|(column, title)| {
            let cells = || rows.iter().filter_map(|row| row.get(column)).map(String::as_str);
            let shortest = cells().map(word).chain([word(title)]).max().unwrap_or(1).max(1);
            let longest = cells().map(chars).chain([chars(title) / 2]).max().unwrap_or(1).clamp(shortest, 40);
            (shortest * letter + margins, longest * letter + margins)
        })
        .collect();
    let least: u32 = columns.iter().map(|(least, _)| least).sum();
    if least >= width {
        return columns.iter().map(|(column, _)| (width * column / least).max(1)).collect();
    }
    let wanted: Vec<u32> = columns.iter().map(|(least, most)| most.saturating_sub(*least)).collect();
    let wanted_total: u32 = wanted.iter().sum();
    let spare = width - least;
    columns
        .iter()
        .zip(&wanted)
        .map(|((least, _), want)| match wanted_total {
            0 => least + spare / u32::try_from(columns.len()).unwrap_or(1).max(1),
            total => least + spare * want / total,
        })
        .collect()
}

fn signature(signature: &Signature) -> String {
    let italic = Look { italic: true, ..PLAIN };
    let blank = "<w:p/>".repeat(3);
    format!(
        "{}{}{blank}{}",
        paragraph(&signature.role, CENTRED, BOLD),
        paragraph(&signature.note, CENTRED, italic),
        paragraph(&signature.name, CENTRED, BOLD)
    )
}

fn xml(block: &Block, width: u32) -> String {
    match block {
        Block::Letterhead { superior, cell: cell_name, number, nation, date_line } => {
            let mut left = String::new();
            if !superior.is_empty() {
                left.push_str(&paragraph(superior, CENTRED, PLAIN));
            }
            left.push_str(&paragraph(cell_name, CENTRED, BOLD));
            left.push_str(&paragraph("*", CENTRED, PLAIN));
            if let Some(number) = number {
                left.push_str(&paragraph(number, CENTRED, PLAIN));
            }
            let nation_look = Look { bold: true, underline: true, size: NATION, ..PLAIN };
            let right = format!(
                "{}{}",
                paragraph(nation, CENTRED, nation_look),
                paragraph(date_line, Setting { before: 120, ..CENTRED }, Look { italic: true, ..PLAIN })
            );
            // As wide on a turned page as on an upright one, in proportion.
            let header_left = HEADER_LEFT * width / Page::Portrait.text_width();
            let widths = [header_left, width - header_left];
            let row = vec![cell(&left, header_left), cell(&right, width - header_left)];
            table(&[row], &widths, false)
        }
        Block::Title { title, summary } => format!(
            "{}{}",
            paragraph(title, Setting { before: 360, ..CENTRED }, Look { size: TITLE, ..BOLD }),
            paragraph(summary, Setting { before: 0, ..CENTRED }, BOLD)
        ),
        Block::Heading(1, text) => paragraph(text, HEADING, BOLD),
        Block::Heading(2, text) => paragraph(text, HEADING, BOLD),
        Block::Heading(_, text) => paragraph(text, HEADING, Look { italic: true, ..BOLD }),
        Block::Paragraph(text) => paragraph(text, BODY_TEXT, PLAIN),
        Block::Bullets(items) => {
            items.iter().map(|item| paragraph(&format!("- {item}"), BODY_TEXT, PLAIN)).collect()
        }
        Block::Table { header, rows } => {
            let size = if header.len() >= WIDE_TABLE { WIDE_TABLE_TEXT } else { TABLE_TEXT };
            let widths = column_widths(header, rows, width, size);
            let small = |look: Look| Look { size, ..look };
            let line = |cells: &[String], align: &'static str, look: Look| -> Vec<String> {
                let setting = Setting { align, ..CENTRED };
                cells
                    .iter()
                    .zip(&widths)
                    .map(|(text, width)| cell(&paragraph(text, setting, small(look)), *width))
                    .collect()
            };
            let mut all = vec![line(header, "center", BOLD)];
            all.extend(rows.iter().map(|row| line(row, "left", PLAIN)));
            format!("{}<w:p/>", table(&all, &widths, true))
        }
        Block::PageBreak => "<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>".to_owned(),
        Block::Signed { heading, recipients, signature: signed } => {
            let flush = Setting { align: "left", ..CENTRED };
            let mut left = paragraph(heading, flush, Look { underline: true, ..BOLD });
            for recipient in recipients {
                left.push_str(&paragraph(recipient, flush, Look { size: RECIPIENTS, ..PLAIN }));
            }
            let half = width / 2;
            let row = vec![cell(&left, half), cell(&signature(signed), width - half)];
            table(&[row], &[half, width - half], false)
        }
        Block::Signatures { left, right } => {
            let half = width / 2;
            let row = vec![cell(&signature(left), half), cell(&signature(right), width - half)];
            table(&[row], &[half, width - half], false)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{TABLE_TEXT, column_widths};

    #[test]
    fn columns_keep_their_longest_word_whole_and_fill_the_width() {
        let header: Vec<String> =
            ["Loại ý kiến", "Chủ đề nhỏ", "Bắt đầu", "Thời lượng", "Tạm dừng"].map(str::to_owned).to_vec();
        let row: Vec<String> =
            ["Phát biểu", "Mục đích của tự phê bình và phê bình đối với cá nhân", "14:10:00", "5:50", "0:00"]
                .map(str::to_owned)
                .to_vec();
        let width = 9000;
        let widths = column_widths(&header, std::slice::from_ref(&row), width, TABLE_TEXT);
        let letter = TABLE_TEXT * 10 * 55 / 100;
        for (column, words) in [(2, 8), (3, 5), (4, 4)] {
            assert!(widths[column] >= words * letter + 216, "column {column}: {widths:?}");
        }
        assert!(widths[1] > widths[3], "the long title gets the room left: {widths:?}");
        let total: u32 = widths.iter().sum();
        assert!(total <= width && total + 5 >= width, "{total} of {width}");
        let crowded =
            column_widths(&vec!["Từ_rất_dài_không_chỗ_ngắt".to_owned(); 12], &[], width, TABLE_TEXT);
        assert!(crowded.iter().sum::<u32>() <= width, "too many columns are scaled down together");
    }
}
