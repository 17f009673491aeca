//! The minutes in Markdown.

use super::outline::{Block, Signature};
use super::{escape_markdown, escape_markdown_lines};

/// Renders the outline as Markdown; every text is escaped and its line breaks kept.
pub fn render(blocks: &[Block]) -> String {
    let mut out = String::new();
    for block in blocks {
        match block {
            Block::Letterhead { superior, cell, number, nation, date_line } => {
                if !superior.is_empty() {
                    out.push_str(&format!("{}  \n", escape_markdown(superior)));
                }
                out.push_str(&format!("**{}**  \n\\*\n\n", escape_markdown(cell)));
                if let Some(number) = number {
                    out.push_str(&format!("{}\n\n", escape_markdown(number)));
                }
                out.push_str(&format!(
                    "**{}**  \n*{}*\n\n",
                    escape_markdown(nation),
                    escape_markdown(date_line)
                ));
            }
            Block::Title { title, summary } => {
                out.push_str(&format!(
                    "# {}\n\n**{}**\n\n",
                    escape_markdown(title),
                    escape_markdown(summary)
                ));
            }
            Block::Heading(level, text) => {
                out.push_str(&format!(
                    "{} {}\n\n",
                    "#".repeat(usize::from(*level) + 1),
                    escape_markdown(text)
                ));
            }
            Block::Paragraph(text) => out.push_str(&format!("{}\n\n", escape_markdown_lines(text, ""))),
            Block::Bullets(items) => {
                for item in items {
                    out.push_str(&format!("- {}\n", escape_markdown_lines(item, "  ")));
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
            Block::PageBreak => {}
            Block::Signed { heading, recipients, signature } => {
                // Two columns as on paper: who receives it on the left, the signature on the right.
                let mut left = vec![format!("***{}***", escape_markdown(heading))];
                left.extend(recipients.iter().map(|r| escape_markdown(r)));
                let mut right: Vec<String> =
                    signature.role.lines().map(|l| format!("**{}**", escape_markdown(l))).collect();
                right.push(format!("*{}*", escape_markdown(&signature.note)));
                right.push(format!("**{}**", escape_markdown(&signature.name)));
                for index in 0..left.len().max(right.len()) {
                    let cell = |column: &[String]| column.get(index).cloned().unwrap_or_default();
                    out.push_str(&format!("| {} | {} |\n", cell(&left), cell(&right)));
                    if index == 0 {
                        out.push_str("|:---|:---:|\n");
                    }
                }
                out.push('\n');
            }
            Block::Signatures { left, right } => {
                let row = |field: fn(&Signature) -> &str| {
                    format!("| {} | {} |\n", escape_markdown(field(left)), escape_markdown(field(right)))
                };
                out.push_str(&row(|s| &s.role));
                out.push_str("|:---:|:---:|\n");
                out.push_str(&row(|s| &s.note));
                out.push_str(&row(|s| &s.name));
                out.push('\n');
            }
        }
    }
    out
}
