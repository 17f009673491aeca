//! An outline as plain text, to paste where no formatting is kept: the conclusion on the
//! clipboard, the notice in the Party's member app (Sổ tay đảng viên điện tử).

use super::outline::Block;

/// The outline's text, one block a paragraph: a heading after a blank line, list items and
/// table rows after a dash, the signature as its role ("T/M CHI BỘ", "BÍ THƯ") and name. The
/// letterhead gives the cell
/// and the date line; the minutes' own signatures and page breaks give nothing.
pub fn render(blocks: &[Block]) -> String {
    let mut out = String::new();
    for block in blocks {
        match block {
            Block::Letterhead { cell, date_line, .. } => {
                out.push_str(&format!("{}\n{date_line}\n", one_line(cell)));
            }
            Block::Title { title, summary } => out.push_str(&format!("\n{title}\n{summary}\n")),
            Block::Heading(_, text) => {
                if !out.is_empty() {
                    out.push('\n');
                }
                out.push_str(&format!("{text}\n"));
            }
            Block::Paragraph(text) => out.push_str(&format!("{text}\n")),
            Block::Bullets(items) => items.iter().for_each(|item| out.push_str(&format!("- {item}\n"))),
            Block::Table { rows, .. } => {
                rows.iter().for_each(|row| out.push_str(&format!("- {}\n", row.join(" — "))));
            }
            Block::Signed { signature, .. } => {
                out.push_str(&format!("\n{}\n{}\n", signature.role, signature.name));
            }
            Block::Signatures { .. } | Block::PageBreak => {}
        }
    }
    out
}

/// A name the letterhead broke over lines, on one line again.
fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::render;
    use crate::export::outline::{Block, Signature};

    #[test]
    fn headings_stand_apart_and_the_signature_keeps_its_lines() {
        let blocks = [
            Block::Heading(1, "I. MỤC ĐÍCH".into()),
            Block::Paragraph("Nâng cao.".into()),
            Block::Bullets(vec!["Một".into()]),
            Block::Heading(1, "II. NỘI DUNG".into()),
            Block::Signed {
                heading: "Nơi nhận:".into(),
                recipients: vec!["- Lưu chi bộ.".into()],
                signature: Signature {
                    role: "T/M CHI BỘ\nBÍ THƯ".into(),
                    note: String::new(),
                    name: "An".into(),
                },
            },
        ];
        assert_eq!(
            render(&blocks),
            "I. MỤC ĐÍCH\nNâng cao.\n- Một\n\nII. NỘI DUNG\n\nT/M CHI BỘ\nBÍ THƯ\nAn\n"
        );
    }
}
