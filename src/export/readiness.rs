//! The readiness check as a Markdown document, for the committee's meeting a month before.

use super::escape_markdown;
use crate::i18n::Strings;
use crate::model::Session;
use crate::prepare::readiness::{counts, overview};

/// The readiness check of `session` as Markdown, in the language of `strings`.
pub fn readiness_markdown(session: &Session, strings: &Strings) -> String {
    let text = strings.prepare;
    let mut out = format!("# {}\n\n", escape_markdown(text.readiness_heading));
    let facts = [
        (strings.party_committee, session.organisation.party_committee.as_str()),
        (strings.cell, session.organisation.cell.as_str()),
        (strings.meeting_title, session.meeting.title.as_str()),
        (strings.topic_name, session.topic.name.as_str()),
    ];
    for (label, value) in facts.into_iter().filter(|(_, value)| !value.trim().is_empty()) {
        out.push_str(&format!("- **{}:** {}\n", escape_markdown(label), escape_markdown(value)));
    }
    if let Some(date) = session.meeting.date {
        out.push_str(&format!(
            "- **{}:** {}\n",
            escape_markdown(strings.meeting_date),
            crate::model::party_date(date)
        ));
    }
    let lines = overview(session);
    if lines.is_empty() {
        out.push_str(&format!("\n{}\n", escape_markdown(text.no_speakers)));
        return out;
    }
    let (ready, partly, not) = counts(&lines);
    out.push_str(&format!("\n{}\n\n", escape_markdown(&(text.readiness_summary)(ready, partly, not))));
    let mut header = vec![text.col_member, text.col_subtopic];
    header.extend(text.point_short);
    header.extend([text.col_level, text.col_notes]);
    let header: Vec<String> = header.into_iter().map(escape_markdown).collect();
    out.push_str(&format!("| {} |\n", header.join(" | ")));
    out.push_str(&format!("|{}\n", "---|".repeat(header.len())));
    for line in &lines {
        let name = session.member(line.member).map_or("?", |m| m.name.as_str());
        let subtopics: Vec<&str> = session
            .subtopics
            .iter()
            .filter(|s| s.speakers.contains(&line.member))
            .map(|s| s.title.as_str())
            .collect();
        let marks = line.entry.points.iter().map(|point| if point.prepared { "✓" } else { "✗" });
        let notes: Vec<String> = line
            .entry
            .points
            .iter()
            .zip(text.point_short)
            .filter(|(point, _)| !point.note.trim().is_empty())
            .map(|(point, label)| format!("{label}: {}", point.note.trim()))
            .collect();
        let mut cells = vec![escape_markdown(name), escape_markdown(&subtopics.join("; "))];
        cells.extend(marks.map(str::to_owned));
        cells.push(escape_markdown((text.level_name)(line.level)));
        cells.push(escape_markdown(&notes.join("; ")));
        out.push_str(&format!("| {} |\n", cells.join(" | ")));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::readiness_markdown;
    use crate::i18n::Language;
    use crate::model::{MemberId, PointCheck, ReadinessEntry};
    use crate::prepare::readiness::record;
    use crate::sample::sample_session;

    #[test]
    fn the_check_lists_every_speaker_with_their_points_and_notes() {
        let mut session = sample_session().expect("sample");
        session.roster[2].name = "Lê Minh <Đức>".into();
        let mut entry = ReadinessEntry::new(MemberId(3));
        entry.points[0] = PointCheck { prepared: true, note: String::new() };
        entry.points[2] =
            PointCheck { prepared: false, note: "Chưa nêu nguyên nhân | khách quan".into() };
        record(&mut session, entry);
        let text = readiness_markdown(&session, Language::Vietnamese.strings());
        assert!(text.starts_with("# Kiểm tra sự chuẩn bị ý kiến phát biểu theo 4 nội dung\n"));
        assert!(text.contains("0 đồng chí đã chuẩn bị đầy đủ, 1 chuẩn bị một phần, 6 chưa chuẩn bị"));
        let row = text.lines().find(|line| line.contains("Lê Minh")).expect("a row for the speaker");
        assert_eq!(
            row,
            "| Lê Minh \\<Đức\\> | Mục đích của tự phê bình và phê bình đối với cá nhân và đối với tập thể \
             | ✓ | ✗ | ✗ | ✗ | Chuẩn bị một phần | 3\\. Vận dụng, tự đánh giá: Chưa nêu nguyên nhân \\| khách quan |"
        );
        assert_eq!(text.lines().filter(|line| line.starts_with("| ")).count(), 8, "a header and 7 speakers");
    }
}
