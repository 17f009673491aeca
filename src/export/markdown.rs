//! Markdown text that shows exactly what was typed.

/// Escapes the characters that make inline Markdown, and those that would start a heading or a
/// list at the beginning, drops control characters, and turns line breaks into spaces, so the text stays one table cell
/// or one paragraph and nothing in it becomes markup.
pub fn escape_markdown(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars().filter(|c| super::xml::allowed(*c)) {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '~' | '&' => {
                out.push('\\');
                out.push(c);
            }
            '\n' => out.push(' '),
            _ => out.push(c),
        }
    }
    let digits = out.chars().take_while(char::is_ascii_digit).count();
    let opens_block = matches!(out.chars().next(), Some('#' | '+' | '-' | '=' | '!'))
        || (digits > 0 && matches!(out[digits..].chars().next(), Some('.' | ')')));
    if opens_block {
        let at = if digits > 0 { digits } else { 0 };
        out.insert(at, '\\');
    }
    out
}

/// Escapes a text of several lines for a paragraph or a list item, keeping its line breaks
/// as Markdown hard breaks; each line is escaped as [`escape_markdown`] does, so a line
/// starting with `#` or `-` stays text. `indent` starts each line after the first (the
/// indentation of a list item's continuation).
pub fn escape_markdown_lines(text: &str, indent: &str) -> String {
    let lines: Vec<String> = text.lines().map(|line| escape_markdown(line.trim_end())).collect();
    lines.join(&format!("  \n{indent}"))
}

#[cfg(test)]
mod tests {
    use super::{escape_markdown, escape_markdown_lines};

    #[test]
    fn line_breaks_of_a_paragraph_are_kept() {
        assert_eq!(
            escape_markdown_lines("Thứ nhất\r\n- thứ hai\n# ba", ""),
            "Thứ nhất  \n\\- thứ hai  \n\\# ba"
        );
        assert_eq!(escape_markdown_lines("a\nb", "  "), "a  \n  b");
    }

    #[test]
    fn markup_stays_text() {
        assert_eq!(escape_markdown("<b>Đức</b> | *x*"), "\\<b\\>Đức\\</b\\> \\| \\*x\\*");
        assert_eq!(escape_markdown("dòng 1\r\ndòng 2"), "dòng 1 dòng 2");
        assert_eq!(escape_markdown("Tự phê bình & phê bình."), "Tự phê bình \\& phê bình.");
        assert_eq!(escape_markdown("# tiêu đề"), "\\# tiêu đề");
        assert_eq!(escape_markdown("3. Vận dụng"), "3\\. Vận dụng");
        assert_eq!(escape_markdown("- gạch"), "\\- gạch");
    }
}
