//! The minutes as a Word document (.docx): Times New Roman 13 pt on A4, laid out as a cell's
//! minutes are, with every text escaped for XML.

use super::outline::Block;
use super::zip::zip;

const CONTENT_TYPES: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>"#;

const RELS: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>"#;

const DOCUMENT_RELS: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>"#;

const STYLES: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="Times New Roman" w:cs="Times New Roman"/><w:sz w:val="26"/><w:szCs w:val="26"/><w:lang w:val="vi-VN"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="276" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults></w:styles>"#;

/// The .docx package of the minutes.
pub fn render(blocks: &[Block]) -> Vec<u8> {
    let mut body = String::new();
    for block in blocks {
        body.push_str(&xml(block));
    }
    let document = format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>{body}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1701" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr></w:body></w:document>"#
    );
    zip(&[
        ("[Content_Types].xml", CONTENT_TYPES.as_bytes().to_vec()),
        ("_rels/.rels", RELS.as_bytes().to_vec()),
        ("word/_rels/document.xml.rels", DOCUMENT_RELS.as_bytes().to_vec()),
        ("word/styles.xml", STYLES.as_bytes().to_vec()),
        ("word/document.xml", document.into_bytes()),
    ])
}

/// Escapes text for XML and HTML, dropping the control characters XML 1.0 cannot hold.
pub fn escape_xml(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// How a run of text looks.
#[derive(Clone, Copy, Default)]
struct Look {
    bold: bool,
    italic: bool,
    size: Option<u32>,
}

fn run(text: &str, look: Look) -> String {
    let mut props = String::new();
    if look.bold {
        props.push_str("<w:b/>");
    }
    if look.italic {
        props.push_str("<w:i/>");
    }
    if let Some(size) = look.size {
        props.push_str(&format!("<w:sz w:val=\"{size}\"/><w:szCs w:val=\"{size}\"/>"));
    }
    let lines: Vec<String> = text
        .split('\n')
        .map(|line| format!("<w:t xml:space=\"preserve\">{}</w:t>", escape_xml(line)))
        .collect();
    format!("<w:r><w:rPr>{props}</w:rPr>{}</w:r>", lines.join("<w:br/>"))
}

fn paragraph(text: &str, align: &str, look: Look) -> String {
    format!("<w:p><w:pPr><w:jc w:val=\"{align}\"/></w:pPr>{}</w:p>", run(text, look))
}

fn cell(content: &str, width: u32, borders: bool) -> String {
    let borders = if borders {
        ""
    } else {
        "<w:tcBorders><w:top w:val=\"nil\"/><w:left w:val=\"nil\"/><w:bottom w:val=\"nil\"/><w:right w:val=\"nil\"/></w:tcBorders>"
    };
    format!("<w:tc><w:tcPr><w:tcW w:w=\"{width}\" w:type=\"dxa\"/>{borders}</w:tcPr>{content}</w:tc>")
}

fn table(rows: &[Vec<String>], widths: &[u32], borders: bool) -> String {
    let border = if borders { "single" } else { "nil" };
    let grid: String = widths.iter().map(|w| format!("<w:gridCol w:w=\"{w}\"/>")).collect();
    let rows: String = rows.iter().map(|cells| format!("<w:tr>{}</w:tr>", cells.concat())).collect();
    format!(
        "<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/><w:tblBorders><w:top w:val=\"{border}\" w:sz=\"4\"/><w:left w:val=\"{border}\" w:sz=\"4\"/><w:bottom w:val=\"{border}\" w:sz=\"4\"/><w:right w:val=\"{border}\" w:sz=\"4\"/><w:insideH w:val=\"{border}\" w:sz=\"4\"/><w:insideV w:val=\"{border}\" w:sz=\"4\"/></w:tblBorders></w:tblPr><w:tblGrid>{grid}</w:tblGrid>{rows}</w:tbl><w:p/>"
    )
}

/// Column widths over the 9,000-twip text width, in proportion to each column's longest
/// text (within bounds, so a long title does not squeeze the numbers to nothing).
fn column_widths(header: &[String], rows: &[Vec<String>]) -> Vec<u32> {
    let weights: Vec<u32> = header
        .iter()
        .enumerate()
        .map(|(column, title)| {
            let longest = std::iter::once(title)
                .chain(rows.iter().filter_map(|row| row.get(column)))
                .map(|text| text.chars().count())
                .max()
                .unwrap_or(1);
            u32::try_from(longest.clamp(10, 28)).unwrap_or(28)
        })
        .collect();
    let total: u32 = weights.iter().sum::<u32>().max(1);
    weights.iter().map(|weight| 9000 * weight / total).collect()
}

const BOLD: Look = Look { bold: true, italic: false, size: None };

fn xml(block: &Block) -> String {
    match block {
        Block::Letterhead { left, right, date_line } => {
            let left: String = left.iter().map(|line| paragraph(line, "center", BOLD)).collect();
            let right = paragraph(right, "center", BOLD);
            let row = vec![cell(&left, 4200, false), cell(&right, 4800, false)];
            let italic = Look { italic: true, ..Look::default() };
            format!("{}{}", table(&[row], &[4200, 4800], false), paragraph(date_line, "right", italic))
        }
        Block::Title(text) => paragraph(text, "center", Look { bold: true, italic: false, size: Some(30) }),
        Block::Heading(1, text) => paragraph(text, "left", BOLD),
        Block::Heading(_, text) => paragraph(text, "left", Look { bold: true, italic: true, size: None }),
        Block::Paragraph(text) => paragraph(text, "both", Look::default()),
        Block::Bullets(items) => {
            items.iter().map(|item| paragraph(&format!("– {item}"), "both", Look::default())).collect()
        }
        Block::Table { header, rows } => {
            let widths = column_widths(header, rows);
            let head: Vec<String> = header
                .iter()
                .zip(&widths)
                .map(|(title, width)| cell(&paragraph(title, "center", BOLD), *width, true))
                .collect();
            let mut all = vec![head];
            for row in rows {
                let cells = row.iter().zip(&widths);
                all.push(
                    cells
                        .map(|(text, width)| cell(&paragraph(text, "left", Look::default()), *width, true))
                        .collect(),
                );
            }
            table(&all, &widths, true)
        }
        Block::Signatures { left, right } => {
            let block = |(title, name): &(String, String)| {
                format!(
                    "{}<w:p/><w:p/><w:p/>{}",
                    paragraph(title, "center", BOLD),
                    paragraph(name, "center", BOLD)
                )
            };
            table(
                &[vec![cell(&block(left), 4500, false), cell(&block(right), 4500, false)]],
                &[4500, 4500],
                false,
            )
        }
    }
}
