//! The minutes as a web page styled for printing on A4, in the layout of the .docx.

use super::outline::{Block, Signature};

pub use super::xml::escape_xml as escape_html;

const STYLE: &str = "@page{size:A4;margin:20mm 15mm 20mm 30mm}\
body{font-family:'Times New Roman',Times,serif;font-size:14pt;line-height:1.35;max-width:165mm;margin:auto}\
.head{display:flex;justify-content:space-between;text-align:center}.head p{margin:0;text-indent:0}\
.nation{font-size:15pt;font-weight:bold;text-decoration:underline}.date{font-style:italic;margin-top:6pt}\
h1{text-align:center;font-size:16pt;margin-bottom:0}.summary{text-align:center;font-weight:bold;margin-top:0;text-indent:0}\
h2,h3{font-size:14pt}h4{font-size:14pt;font-style:italic}p,li{text-align:justify}p{text-indent:1cm}\
table{border-collapse:collapse;width:100%;font-size:12pt}td,th{border:1px solid #000;padding:4px;vertical-align:top}\
.sign{display:flex;justify-content:space-around;text-align:center;margin-top:2em}.sign p{text-indent:0;margin:0}.page{break-before:page}\
.sign .name{margin-top:4em;font-weight:bold}.recipients{text-align:left}.to{font-size:12pt}";

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
        .find_map(|block| match block {
            Block::Title { title, summary } => Some(format!("{title} {summary}")),
            _ => None,
        })
        .unwrap_or_default()
}

/// Escaped text with its line breaks kept.
fn lines(text: &str) -> String {
    escape_html(text).replace('\n', "<br>")
}

fn signature(signature: &Signature) -> String {
    format!(
        "<div><p><b>{}</b></p><p><i>{}</i></p><p class=\"name\">{}</p></div>",
        lines(&signature.role),
        escape_html(&signature.note),
        escape_html(&signature.name)
    )
}

fn html(block: &Block) -> String {
    let e = |text: &str| escape_html(text);
    match block {
        Block::Letterhead { superior, cell, number, nation, date_line } => {
            let number = number.as_deref().map(|n| format!("<p>{}</p>", e(n))).unwrap_or_default();
            format!(
                "<div class=\"head\"><div><p>{}</p><p><b>{}</b></p><p>*</p>{number}</div><div><p class=\"nation\">{}</p><p class=\"date\">{}</p></div></div>\n",
                lines(superior),
                lines(cell),
                e(nation),
                e(date_line)
            )
        }
        Block::Title { title, summary } => {
            format!("<h1>{}</h1>\n<p class=\"summary\">{}</p>\n", e(title), e(summary))
        }
        Block::Heading(level, text) => format!("<h{0}>{1}</h{0}>\n", level + 1, e(text)),
        Block::Paragraph(text) => format!("<p>{}</p>\n", lines(text)),
        Block::Bullets(items) => {
            let items: Vec<String> = items.iter().map(|item| format!("<li>{}</li>", lines(item))).collect();
            format!("<ul>{}</ul>\n", items.join(""))
        }
        Block::Table { header, rows } => {
            let cells = |tag: &str, cells: &[String]| {
                cells.iter().map(|cell| format!("<{tag}>{}</{tag}>", lines(cell))).collect::<String>()
            };
            let body: String = rows.iter().map(|row| format!("<tr>{}</tr>", cells("td", row))).collect();
            format!("<table><tr>{}</tr>{body}</table>\n", cells("th", header))
        }
        Block::PageBreak => "<div class=\"page\"></div>\n".to_owned(),
        Block::Signed { heading, recipients, signature: signed } => {
            let recipients: String =
                recipients.iter().map(|r| format!("<p class=\"to\">{}</p>", e(r))).collect();
            format!(
                "<div class=\"sign\"><div class=\"recipients\"><p><b><u>{}</u></b></p>{recipients}</div>{}</div>\n",
                e(heading),
                signature(signed)
            )
        }
        Block::Signatures { left, right } => {
            format!("<div class=\"sign\">{}{}</div>\n", signature(left), signature(right))
        }
    }
}
