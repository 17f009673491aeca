//! The exported documents read back: the .docx's text, the Markdown, the HTML and the CSV
//! hold the four parts, every speaker, every measure, the Vietnamese text intact, and names
//! that look like markup stay text.

#![allow(
    clippy::expect_used,
    clippy::indexing_slicing,
    reason = "a test fails with its expectation's message: that is its job"
)]

use std::time::Duration;

use chrono::NaiveDate;
use sinhhoat::edit::{Edit, apply};
use sinhhoat::export::{Format, render};
use sinhhoat::i18n::Language;
use sinhhoat::meeting::{Clock, FakeClock};
use sinhhoat::model::{
    Attendance, CommentKind, FourPointNotes, MeasureOwner, MemberId, Session, Step, SubTopicId, WallTime,
};
use sinhhoat::sample::sample_session;

/// A moment after the meeting, as of which its reports are made.
fn evening() -> WallTime {
    WallTime::parse_from_rfc3339("2020-06-12T20:00:00+07:00").expect("time")
}

/// The sample meeting held: every speaker spoke with notes, comments, measures,
/// generalizations, the conclusion built, the meeting closed; one member absent.
fn held_meeting() -> Session {
    let clock = FakeClock::new(WallTime::parse_from_rfc3339("2020-06-12T14:00:00+07:00").expect("time"));
    let mut session = sample_session().expect("sample");
    session.roster[7].attendance = Attendance::Absent { reason: "đi học tập trung".into() };
    session.roster[2].name = "Lê Minh <b>Đức</b> & cộng sự".into();
    let run = |session: &mut Session, action, seconds| {
        apply(session, action, clock.wall()).expect("applies");
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
            run(&mut session, Edit::EditNotes { speech, notes }, 0);
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
                Edit::EditComment {
                    comment,
                    kind: CommentKind::Exchange,
                    text: format!("Trao đổi về ý kiến {}", speech.0),
                },
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

/// The text of a .docx: the `w:t` runs of word/document.xml, read from the stored ZIP entries.
fn docx_text(bytes: &[u8]) -> String {
    let mut at = 0;
    while at + 30 <= bytes.len() && bytes[at..at + 4] == [0x50, 0x4b, 0x03, 0x04] {
        let number = |offset: usize, width: usize| {
            bytes[at + offset..at + offset + width]
                .iter()
                .rev()
                .fold(0usize, |acc, b| acc * 256 + usize::from(*b))
        };
        let (size, name_len, extra) = (number(18, 4), number(26, 2), number(28, 2));
        let name = String::from_utf8_lossy(&bytes[at + 30..at + 30 + name_len]).into_owned();
        let start = at + 30 + name_len + extra;
        if name == "word/document.xml" {
            let xml = std::str::from_utf8(&bytes[start..start + size]).expect("UTF-8 XML");
            return xml
                .split("<w:t xml:space=\"preserve\">")
                .skip(1)
                .map(|piece| piece.split("</w:t>").next().unwrap_or(""))
                .map(|text| {
                    text.replace("&lt;", "<")
                        .replace("&gt;", ">")
                        .replace("&quot;", "\"")
                        .replace("&apos;", "'")
                        .replace("&amp;", "&")
                })
                .collect::<Vec<_>>()
                .join("\n");
        }
        at = start + size;
    }
    panic!("no word/document.xml in the package");
}

fn expected_everywhere(session: &Session) -> Vec<String> {
    let mut texts: Vec<String> = vec![
        "BIÊN BẢN SINH HOẠT CHUYÊN ĐỀ".into(),
        "ĐẢNG CỘNG SẢN VIỆT NAM".into(),
        "CHI BỘ KHOA XÂY DỰNG ĐẢNG".into(),
        "ngày 12 tháng 06 năm 2020".into(),
        "1. Vì sao chọn chủ đề này".into(),
        "2. Nội dung của chủ đề".into(),
        "3. Vận dụng vào thực tiễn, tự đánh giá".into(),
        "Nguyên nhân chủ quan".into(),
        "Nguyên nhân khách quan".into(),
        "4. Biện pháp, giải pháp, kiến nghị, đề xuất".into(),
        "Bùi Thị Phượng (đi học tập trung)".into(),
        "Khái quát chủ đề 3".into(),
        "Trao đổi về ý kiến 4".into(),
        "Chi bộ tự kiểm điểm mỗi quý".into(),
        "PHỤ LỤC: THỜI GIAN CÁC Ý KIẾN".into(),
    ];
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
    assert!(text.contains("THƯ KÝ") && text.contains("CHỦ TRÌ"));
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
    assert_eq!(lines.next(), Some("kind,subtopic,speaker,started_at,duration_s,paused_s,phase,over_limit_s"));
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
    assert!(text.contains("MINUTES OF THE THEMATIC MEETING") && text.contains("COMMUNIST PARTY OF VIETNAM"));
}
