//! Markdown text that shows exactly what was typed.

/// Escapes Markdown's punctuation with backslashes and turns line breaks into spaces, so the
/// text stays one table cell or one paragraph and nothing in it becomes markup.
pub fn escape_markdown(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' | '`' | '*' | '_' | '{' | '}' | '[' | ']' | '<' | '>' | '(' | ')' | '#' | '+' | '-' | '.'
            | '!' | '|' | '~' | '&' => {
                out.push('\\');
                out.push(c);
            }
            '\r' => {}
            '\n' => out.push(' '),
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::escape_markdown;

    #[test]
    fn markup_stays_text() {
        assert_eq!(escape_markdown("<b>Đức</b> | *x*"), "\\<b\\>Đức\\</b\\> \\| \\*x\\*");
        assert_eq!(escape_markdown("dòng 1\r\ndòng 2"), "dòng 1 dòng 2");
        assert_eq!(escape_markdown("Tự phê bình & phê bình"), "Tự phê bình \\& phê bình");
    }
}
