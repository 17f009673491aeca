//! Text made safe for XML and HTML.

/// Whether XML 1.0 can hold the character in text: not U+FFFE or U+FFFF, and no control
/// character but tab and line feed (a carriage return is dropped: lines end with line feeds).
pub fn allowed(c: char) -> bool {
    match c {
        '\t' | '\n' => true,
        '\u{FFFE}' | '\u{FFFF}' => false,
        c => !c.is_control(),
    }
}

/// Escapes text for XML and HTML, dropping the characters XML 1.0 cannot hold.
pub fn escape_xml(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars().filter(|c| allowed(*c)) {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::escape_xml;

    #[test]
    fn markup_is_escaped_and_forbidden_characters_dropped() {
        assert_eq!(
            escape_xml("<b>\"Đức\" & 'An'</b>"),
            "&lt;b&gt;&quot;Đức&quot; &amp; &apos;An&apos;&lt;/b&gt;"
        );
        assert_eq!(escape_xml("a\u{0}b\u{7}c\u{FFFE}d\u{FFFF}e\u{1b}f\r\n\tg"), "abcdef\n\tg");
    }
}
