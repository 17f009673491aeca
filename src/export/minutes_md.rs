//! The minutes in Markdown.

use super::escape_markdown;
use super::outline::Block;

/// Renders the outline as Markdown; every text is escaped.
pub fn render(blocks: &[Block]) -> String {
    let mut out = String::new();
    for block in blocks {
        match block {
            Block::Letterhead { left, right, date_line } => {
                for line in left.iter().filter(|line| !line.is_empty()) {
                    out.push_str(&format!("**{}**  \n", escape_markdown(line)));
                }
                out.push_str(&format!(
                    "**{}**\n\n*{}*\n\n",
                    escape_markdown(right),
                    escape_markdown(date_line)
                ));
            }
            Block::Title(text) => out.push_str(&format!("# {}\n\n", escape_markdown(text))),
            Block::Heading(level, text) => {
                out.push_str(&format!(
                    "{} {}\n\n",
                    "#".repeat(usize::from(*level) + 1),
                    escape_markdown(text)
                ));
            }
            Block::Paragraph(text) => out.push_str(&format!("{}\n\n", escape_markdown(text))),
            Block::Bullets(items) => {
                for item in items {
                    out.push_str(&format!("- {}\n", escape_markdown(item)));
                }
                out.push('\n');
            }
            Block::Table { header, rows } => {
                let line = |cells: &[String]| {
                    let cells: Vec<String> = cells.iter().map(|cell| escape_markdown(cell)).collect();
                    format!("| {} |\n", cells.join(" | "))
                };
                out.push_str(&line(header));
                out.push_str(&format!("|{}\n", "---|".repeat(header.len())));
                for row in rows {
                    out.push_str(&line(row));
                }
                out.push('\n');
            }
            Block::Signatures { left, right } => {
                out.push_str(&format!(
                    "| {} | {} |\n|---|---|\n",
                    escape_markdown(&left.0),
                    escape_markdown(&right.0)
                ));
                out.push_str(&format!(
                    "| {} | {} |\n\n",
                    escape_markdown(&left.1),
                    escape_markdown(&right.1)
                ));
            }
        }
    }
    out
}
