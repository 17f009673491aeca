//! The exported documents read back: the .docx's text, the Markdown, the HTML and the CSV
//! hold the four parts, every speaker, every measure, the Vietnamese text intact, and names
//! that look like markup stay text.

#![allow(
    clippy::expect_used,
    clippy::indexing_slicing,
    reason = "a test fails with its expectation's message: that is its job"
)]

use std::time::Duration;

use chrono::{NaiveDate, Timelike};
use sinhhoat::edit::{Document, Edit};
use sinhhoat::export::{Format, render};
use sinhhoat::i18n::Language;
use sinhhoat::meeting::{Clock, FakeClock};
use sinhhoat::model::{
    Attendance, CommentKind, FourPointNotes, MeasureOwner, MemberId, NoteDetail, Session, Step, SubTopicId,
    WallTime,
};
use sinhhoat::sample::sample_session;

mod office;

/// A moment after the meeting, as of which its reports are made.
fn evening() -> WallTime {
    WallTime::parse_from_rfc3339("2020-06-12T20:00:00+07:00").expect("time")
}

/// The sample meeting held: every speaker spoke with notes, comments, measures,
/// generalizations, the conclusion built, the meeting closed; one member absent.
fn held_meeting() -> Session {
    let clock = FakeClock::new(WallTime::parse_from_rfc3339("2020-06-12T14:00:00+07:00").expect("time"));
    let mut session = sample_session().expect("sample");
    for member in &mut session.roster {
        member.attendance = Attendance::Present;
    }
    session.roster[7].attendance = Attendance::Absent { reason: "đi học tập trung".into() };
    session.roster[2].name = "Lê Minh <b>Đức</b> & cộng sự".into();
    let run = |session: &mut Session, action, seconds| {
        Document::apply_to(session, action, clock.wall()).expect("applies");
        clock.advance(Duration::from_secs(seconds));
    };
    for subtopic in [1, 2, 3] {
        run(&mut session, Edit::GoTo(Step::Discussion { subtopic: SubTopicId(subtopic) }), 5);
        while session.live.flow.queue(SubTopicId(subtopic)).is_some_and(|q| !q.waiting.is_empty()) {
            run(&mut session, Edit::CallNext, 3);
            let speech = session.live.flow.current_speech.expect("called");
            run(&mut session, Edit::ToggleSpeech, 270 + 60 * u64::from(subtopic));
            let notes = FourPointNotes {
                why: format!("Lý do của ý kiến {}", speech.0),
                content: format!("Nội dung của ý kiến {}", speech.0),
                self_assessment: format!("Tự đánh giá {}", speech.0),
                subjective_causes: format!("Chủ quan {}", speech.0),
                objective_causes: format!("Khách quan {}", speech.0),
            };
            for note in NoteDetail::changes(&FourPointNotes::default(), &notes) {
                run(&mut session, Edit::SetNote { speech, note }, 0);
            }
            let speaker = session.live.speeches.last().expect("speech").speaker;
            run(
                &mut session,
                Edit::AddMeasure {
                    source: Some(speech),
                    owner: MeasureOwner::Member { member: speaker },
                    content: format!("Biện pháp số {}", speech.0),
                    deadline: NaiveDate::from_ymd_opt(2020, 9, 30),
                },
                0,
            );
            run(&mut session, Edit::RaiseHand(MemberId(1)), 0);
            run(&mut session, Edit::AddComment { speaker: MemberId(1), kind: CommentKind::Exchange }, 0);
            let comment = session.live.comments.last().expect("comment").id;
            run(
                &mut session,
                Edit::SetCommentText { comment, text: format!("Trao đổi về ý kiến {}", speech.0) },
                0,
            );
            run(&mut session, Edit::EndSpeech, 0);
            run(&mut session, Edit::ToggleComment(comment), 95);
            run(&mut session, Edit::EndComment(comment), 0);
        }
        run(
            &mut session,
            Edit::SetGeneralization {
                subtopic: SubTopicId(subtopic),
                text: format!("Khái quát chủ đề {subtopic}"),
            },
            60,
        );
    }
    run(
        &mut session,
        Edit::AddMeasure {
            source: None,
            owner: MeasureOwner::Cell,
            content: "Chi bộ tự kiểm điểm mỗi quý".into(),
            deadline: None,
        },
        0,
    );
    run(&mut session, Edit::BuildConclusion { keep_edits: false }, 0);
    run(&mut session, Edit::Close, 0);
    session
}

/// The text of a .docx: the runs of word/document.xml, read with a ZIP library and an XML
/// parser; tabs and line breaks as `\t` and `\n`, paragraphs on their own lines.
fn docx_text(bytes: &[u8]) -> String {
    let xml = office::docx_part(bytes, "word/document.xml");
    let document = roxmltree::Document::parse(&xml).expect("well-formed XML");
    let mut text = String::new();
    for node in document.descendants() {
        match node.tag_name().name() {
            "t" => text.push_str(node.text().unwrap_or_default()),
            "tab" => text.push('\t'),
            "br" => text.push('\n'),
            "p" => text.push('\n'),
            _ => {}
        }
    }
    text
}

fn expected_everywhere(session: &Session) -> Vec<String> {
    let mut texts: Vec<String> = vec![
        "BIÊN BẢN".into(),
        "sinh hoạt chuyên đề quý II năm 2020".into(),
        "ĐẢNG CỘNG SẢN VIỆT NAM".into(),
        "ĐẢNG BỘ TRƯỜNG CHÍNH TRỊ".into(),
        "KHOA XÂY DỰNG ĐẢNG".into(),
        "Đà Nẵng, ngày 12 tháng 6 năm 2020".into(),
        "Vào hồi 14 giờ 00 phút, ngày 12/6/2020, tại Phòng họp tầng 2, nhà A, Chi bộ Khoa Xây dựng Đảng tiến hành sinh hoạt chuyên đề quý II năm 2020.".into(),
        "Chủ trì: đồng chí Nguyễn Thị Hồng Nhung, Bí thư Chi bộ.".into(),
        "Tổng số đảng viên của chi bộ: 8 đồng chí (chính thức: 7, dự bị: 1).".into(),
        "Có mặt: 7/8 đồng chí phải dự:".into(),
        "Vắng mặt có lý do: 1 đồng chí:".into(),
        "Bùi Thị Phượng: đi học tập trung".into(),
        "Trần Văn Quý (Phó Bí thư Chi bộ)".into(),
        "Đồng chí Phạm Thị Thu Hương trình bày ý kiến:".into(),
        "4. Biện pháp, giải pháp, kiến nghị, đề xuất: Biện pháp số 2 (thời gian hoàn thành: 30/9/2020).".into(),
        "Đồng chí Nguyễn Thị Hồng Nhung trao đổi: Trao đổi về ý kiến 4".into(),
        "Đồng chí Nguyễn Thị Hồng Nhung, Bí thư Chi bộ, khái quát:".into(),
        "Khái quát chủ đề 3".into(),
        "III. KẾT LUẬN CỦA ĐỒNG CHÍ CHỦ TRÌ".into(),
        "1. Ý nghĩa, sự cần thiết của chủ đề".into(),
        "2. Nội dung của chủ đề".into(),
        "3. Vận dụng vào thực tiễn, tự đánh giá".into(),
        "Nguyên nhân chủ quan".into(),
        "Nguyên nhân khách quan".into(),
        "4. Biện pháp, giải pháp, kiến nghị, đề xuất".into(),
        "Biện pháp, kiến nghị, đề xuất của đảng viên".into(),
        "Giải pháp, kiến nghị, đề xuất của chi bộ".into(),
        "IV. CHI BỘ THỐNG NHẤT CÁC BIỆN PHÁP, GIẢI PHÁP".into(),
        "Chi bộ tự kiểm điểm mỗi quý".into(),
        "(Ký, ghi rõ họ tên)".into(),
        "PHỤ LỤC: THỜI GIAN PHÁT BIỂU".into(),
        "So với thời gian quy định".into(),
        "Trao đổi".into(),
    ];
    let closed = session.live.closed_at.expect("closed").time();
    texts.push(format!(
        "Buổi sinh hoạt kết thúc vào hồi {} giờ {:02} phút cùng ngày. Biên bản đã được đọc lại trước chi bộ và được chi bộ biểu quyết thông qua với …/… đồng chí đảng viên chính thức có mặt tán thành.",
        closed.hour(),
        closed.minute()
    ));
    texts.extend(
        session.live.speeches.iter().map(|s| session.member(s.speaker).expect("member").name.clone()),
    );
    texts.extend(session.measures.iter().map(|m| m.content.clone()));
    texts
}

#[test]
fn the_docx_holds_the_whole_minutes() {
    let session = held_meeting();
    assert_eq!(session.live.speeches.len(), 6);
    let text = docx_text(&render(Format::Docx, &session, Language::Vietnamese, evening()));
    for expected in expected_everywhere(&session) {
        assert!(text.contains(&expected), "the .docx lacks {expected:?}");
    }
    assert!(text.contains("Lê Minh <b>Đức</b> & cộng sự"), "a name that looks like markup stays text");
    let minute_taker = text.find("THƯ KÝ").expect("the minute-taker signs");
    let chair = text.rfind("CHỦ TRÌ").expect("the chair signs");
    assert!(minute_taker < chair, "THƯ KÝ on the left, CHỦ TRÌ on the right");
    for graded in ["Đánh giá", "Quá giới hạn)", "Chưa đủ thời gian tối thiểu", "BÍ THƯ CHI BỘ NÊU"]
    {
        assert!(!text.contains(graded), "the minutes still say {graded:?}");
    }
}

#[test]
fn the_markdown_and_html_hold_the_same_content_escaped() {
    let session = held_meeting();
    let markdown = String::from_utf8(render(Format::Markdown, &session, Language::Vietnamese, evening()))
        .expect("UTF-8");
    let html =
        String::from_utf8(render(Format::Html, &session, Language::Vietnamese, evening())).expect("UTF-8");
    let html_text = html
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&");
    for expected in expected_everywhere(&session) {
        assert!(markdown.replace('\\', "").contains(&expected), "the Markdown lacks {expected:?}");
        assert!(html_text.contains(&expected), "the HTML lacks {expected:?}");
    }
    assert!(markdown.contains("Lê Minh \\<b\\>Đức\\</b\\> \\& cộng sự"));
    assert!(!markdown.contains("- 1. ") && !markdown.contains("- 4. "), "no bullet before a numbered point");
    assert!(html.contains("Lê Minh &lt;b&gt;Đức&lt;/b&gt; &amp; cộng sự"));
    assert!(!html.contains("<b>Đức"));
    assert!(html.starts_with("<!DOCTYPE html>") && html.contains("lang=\"vi\""));
}

#[test]
fn the_csv_timing_report_has_one_row_per_speech_and_comment() {
    let session = held_meeting();
    let csv =
        String::from_utf8(render(Format::Csv, &session, Language::Vietnamese, evening())).expect("UTF-8");
    let mut lines = csv.lines();
    assert_eq!(
        lines.next(),
        Some("\u{feff}kind,subtopic,speaker,started_at,duration_s,paused_s,phase,over_limit_s"),
        "a byte-order mark, then the header as it always was"
    );
    let rows: Vec<&str> = lines.collect();
    assert_eq!(rows.len(), 12, "6 speeches and 6 comments");
    let first: Vec<&str> = rows[0].split(',').collect();
    assert_eq!(first[0], "speech");
    assert_eq!(first[3], "2020-06-12T14:00:08+07:00");
    assert_eq!((first[4], first[5], first[6], first[7]), ("330.000", "0.000", "on_target", "0.000"));
    assert!(rows[1].starts_with("comment,"));
    assert!(rows[1].ends_with(",95.000,0.000,on_target,0.000"));

    assert!(rows.iter().any(|row| row.contains("\"Lê Minh <b>Đức</b> & cộng sự\"")
        || row.contains("Lê Minh <b>Đức</b> & cộng sự")));
    let phases: Vec<&str> = rows
        .iter()
        .filter(|r| r.starts_with("speech"))
        .map(|r| r.rsplit(',').nth(1).expect("phase"))
        .collect();
    assert_eq!(phases, ["on_target", "on_target", "on_target", "on_target", "over_target", "over_target"]);
}

#[test]
fn english_minutes_use_english_headings() {
    let session = held_meeting();
    let text = docx_text(&render(Format::Docx, &session, Language::English, evening()));
    assert!(text.contains("MINUTES") && text.contains("COMMUNIST PARTY OF VIETNAM"));
    assert!(
        text.contains("III. THE CHAIR'S CONCLUSION")
            && text.contains("Members of the cell: 8 (7 full, 1 probationary).")
    );
}

#[test]
fn the_per_member_csv_sums_each_members_speeches_and_comments() {
    let session = held_meeting();
    let timing =
        String::from_utf8(render(Format::Csv, &session, Language::Vietnamese, evening())).expect("UTF-8");
    let members = String::from_utf8(render(Format::MemberCsv, &session, Language::Vietnamese, evening()))
        .expect("UTF-8");
    let mut lines = members.lines();
    assert_eq!(lines.next(), Some("\u{feff}speaker,speeches,comments,speaking_s,commenting_s,total_s"));
    let rows: Vec<Vec<&str>> = lines.map(|line| line.split(',').collect()).collect();
    assert!(!rows.is_empty());
    // Each member's sums, worked out again from the timing report's rows.
    let timed: Vec<Vec<String>> = timing.lines().skip(1).map(csv_fields).collect();
    for row in &rows {
        let name = row[0];
        let theirs = |kind: &str| timed.iter().filter(|t| t[0] == kind && t[2] == name).collect::<Vec<_>>();
        let seconds =
            |rows: &[&Vec<String>]| rows.iter().map(|t| t[4].parse::<f64>().expect("seconds")).sum::<f64>();
        let (speeches, comments) = (theirs("speech"), theirs("comment"));
        assert_eq!(row[1], speeches.len().to_string(), "{name}");
        assert_eq!(row[2], comments.len().to_string(), "{name}");
        let total: f64 = row[5].parse().expect("total");
        assert!((total - seconds(&speeches) - seconds(&comments)).abs() < 0.001, "{name}");
    }
    let counted: usize = rows.iter().map(|row| row[1].parse::<usize>().expect("count")).sum();
    assert_eq!(counted, 6, "every speech belongs to one member");
    assert_eq!(Format::MemberCsv.file_name("Quý II"), "Quý II-theo-dong-chi.csv");
}

/// The fields of one CSV line (RFC 4180: quoted fields may hold commas, quotes doubled).
fn csv_fields(line: &str) -> Vec<String> {
    let mut fields = vec![String::new()];
    let mut quoted = false;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match (c, quoted) {
            ('"', true) if chars.peek() == Some(&'"') => {
                chars.next();
                fields.last_mut().expect("a field").push('"');
            }
            ('"', _) => quoted = !quoted,
            (',', false) => fields.push(String::new()),
            (c, _) => fields.last_mut().expect("a field").push(c),
        }
    }
    fields
}

#[test]
fn the_wordings_a_cell_would_correct_by_hand_are_gone_from_screens_and_minutes() {
    let screens = [
        include_str!("../src/i18n/vi.rs"),
        include_str!("../src/i18n/vi_data.rs"),
        include_str!("../src/i18n/vi_edits.rs"),
        include_str!("../src/i18n/vi_live.rs"),
        include_str!("../src/i18n/vi_minutes.rs"),
        include_str!("../src/i18n/vi_prepare.rs"),
        include_str!("../src/i18n/vi_report.rs"),
        include_str!("../src/i18n/vi_room.rs"),
    ]
    .concat();
    let copied = [
        "Bây giờ:",
        "Chào mừng",
        "sẵn sàng để sử dụng",
        "Ổ đĩa chưa nhận",
        "Không giới hạn nào",
        "(không quá {})",
        "(7 và 10 phút)",
        "thời gian tối thiểu (4",
        "mỗi dòng một người",
        "mời người phát biểu",
        "còn mở / quá hạn",
        "/ trên 7 phút /",
        "chuyên đề Quý {}",
        "các đồng chí dự sinh hoạt nhất trí",
    ];
    for phrase in copied {
        assert!(!screens.contains(phrase), "the Vietnamese strings still say {phrase:?}");
    }
    let session = held_meeting();
    let minutes = String::from_utf8(render(Format::Markdown, &session, Language::Vietnamese, evening()))
        .expect("UTF-8");
    let corrected =
        ["(bổ sung):", "(trao đổi):", "(câu hỏi):", "(trả lời):", "(bí thư chi bộ)", ", Đảng viên.", "- 1. "];
    for phrase in corrected {
        assert!(!minutes.contains(phrase), "the minutes still say {phrase:?}");
    }
}
