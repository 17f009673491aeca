//! The letterhead's names in capitals, broken into lines between phrases rather than inside
//! one ("ĐẢNG BỘ TRƯỜNG CHÍNH TRỊ / THÀNH PHỐ", never "TRƯỜNG CHÍNH / TRỊ"): a line is ended
//! before a word that begins a unit's or a place's name, and phrases are joined while they fit
//! the header's column. A phrase longer than the column is broken between words.

/// The words that begin a unit's or a place's name, where a line may end before them.
const PHRASE_HEADS: [&str; 23] = [
    "THÀNH PHỐ",
    "TỈNH",
    "QUẬN",
    "HUYỆN",
    "THỊ XÃ",
    "THỊ TRẤN",
    "XÃ",
    "PHƯỜNG",
    "KHỐI",
    "TRƯỜNG",
    "ĐẠI HỌC",
    "HỌC VIỆN",
    "VIỆN",
    "KHOA",
    "PHÒNG",
    "BAN",
    "SỞ",
    "TỔNG CÔNG TY",
    "CÔNG TY",
    "TRUNG TÂM",
    "BỆNH VIỆN",
    "VĂN PHÒNG",
    "ỦY BAN",
];

/// `name` in lines of at most `width` characters, joined by line breaks.
pub fn phrase_lines(name: &str, width: usize) -> String {
    let words: Vec<&str> = name.split_whitespace().collect();
    let mut phrases: Vec<String> = Vec::new();
    for (index, word) in words.iter().enumerate() {
        let rest = words.get(index..).unwrap_or_default().join(" ");
        let starts_phrase =
            PHRASE_HEADS.iter().any(|head| rest == *head || rest.starts_with(&format!("{head} ")));
        match phrases.last_mut() {
            Some(phrase) if !starts_phrase => {
                phrase.push(' ');
                phrase.push_str(word);
            }
            _ => phrases.push((*word).to_owned()),
        }
    }
    let mut lines: Vec<String> = Vec::new();
    for phrase in phrases.iter().flat_map(|phrase| fitted(phrase, width)) {
        match lines.last_mut() {
            Some(line) if line.chars().count() + 1 + phrase.chars().count() <= width => {
                line.push(' ');
                line.push_str(&phrase);
            }
            _ => lines.push(phrase),
        }
    }
    lines.join("\n")
}

/// A phrase as lines of at most `width` characters, broken between words where it is longer.
fn fitted(phrase: &str, width: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for word in phrase.split(' ') {
        match lines.last_mut() {
            Some(line) if line.chars().count() + 1 + word.chars().count() <= width => {
                line.push(' ');
                line.push_str(word);
            }
            _ => lines.push(word.to_owned()),
        }
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::phrase_lines;

    #[test]
    fn a_name_breaks_between_phrases_and_only_where_it_must() {
        assert_eq!(
            phrase_lines("ĐẢNG BỘ TRƯỜNG CHÍNH TRỊ THÀNH PHỐ", 24),
            "ĐẢNG BỘ TRƯỜNG CHÍNH TRỊ\nTHÀNH PHỐ"
        );
        assert_eq!(phrase_lines("CHI BỘ KHOA XÂY DỰNG ĐẢNG", 22), "CHI BỘ\nKHOA XÂY DỰNG ĐẢNG");
        assert_eq!(
            phrase_lines("CHI BỘ PHÒNG TỔ CHỨC", 22),
            "CHI BỘ PHÒNG TỔ CHỨC",
            "short enough: one line"
        );
        assert_eq!(
            phrase_lines("ĐẢNG BỘ KHỐI CÁC CƠ QUAN VÀ DOANH NGHIỆP TỈNH QUẢNG NAM", 24),
            "ĐẢNG BỘ\nKHỐI CÁC CƠ QUAN VÀ\nDOANH NGHIỆP\nTỈNH QUẢNG NAM"
        );
        assert_eq!(phrase_lines("  ", 24), "");
    }
}
