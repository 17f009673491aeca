//! The minutes as a web page styled for printing on A4.

use super::outline::Block;

pub use super::minutes_docx::escape_xml as escape_html;

const STYLE: &str = "@page{size:A4;margin:2cm 2cm 2cm 3cm}\
body{font-family:'Times New Roman',Times,serif;font-size:13pt;line-height:1.4;max-width:17cm;margin:auto}\
.head{display:flex;justify-content:space-between;text-align:center;font-weight:bold}\
.date{text-align:right;font-style:italic}h1{text-align:center;font-size:15pt}h2{font-size:13pt}\
h3{font-size:13pt;font-style:italic}table{border-collapse:collapse;width:100%}\
td,th{border:1px solid #000;padding:4px;vertical-align:top}.sign{display:flex;justify-content:space-around;\
text-align:center;font-weight:bold;margin-top:2em}.sign p{margin:0 0 4em}";

/// Renders the outline as a complete HTML document; every text is escaped.
pub fn render(blocks: &[Block], language: &str) -> String {
    let mut out = format!(
        "<!DOCTYPE html>\n<html lang=\"{language}\">\n<head>\n<meta charset=\"utf-8\">\n<title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n",
        escape_html(&title(blocks))
    );
    for block in blocks {
        out.push_str(&html(block));
    }
    out.push_str("</body>\n</html>\n");
    out
}

fn title(blocks: &[Block]) -> String {
    blocks
        .iter()
        .find_map(|block| if let Block::Title(text) = block { Some(text.clone()) } else { None })
        .unwrap_or_default()
}

fn html(block: &Block) -> String {
    let e = |text: &str| escape_html(text);
    match block {
        Block::Letterhead { left, right, date_line } => {
            let left: Vec<String> = left.iter().map(|line| e(line)).collect();
            format!(
                "<div class=\"head\"><div>{}</div><div>{}</div></div>\n<p class=\"date\">{}</p>\n",
                left.join("<br>"),
                e(right),
                e(date_line)
            )
        }
        Block::Title(text) => format!("<h1>{}</h1>\n", e(text)),
        Block::Heading(level, text) => format!("<h{0}>{1}</h{0}>\n", level + 1, e(text)),
        Block::Paragraph(text) => format!("<p>{}</p>\n", e(text).replace('\n', "<br>")),
        Block::Bullets(items) => {
            let items: Vec<String> = items.iter().map(|item| format!("<li>{}</li>", e(item))).collect();
            format!("<ul>{}</ul>\n", items.join(""))
        }
        Block::Table { header, rows } => {
            let cells = |tag: &str, cells: &[String]| {
                cells.iter().map(|cell| format!("<{tag}>{}</{tag}>", e(cell))).collect::<String>()
            };
            let body: String = rows.iter().map(|row| format!("<tr>{}</tr>", cells("td", row))).collect();
            format!("<table><tr>{}</tr>{body}</table>\n", cells("th", header))
        }
        Block::Signatures { left, right } => format!(
            "<div class=\"sign\"><div><p>{}</p>{}</div><div><p>{}</p>{}</div></div>\n",
            e(&left.0),
            e(&left.1),
            e(&right.0),
            e(&right.1)
        ),
    }
}
