//! The minutes' .docx checked rule by rule against the layout of Party documents (Hướng dẫn
//! 36-HD/VPTW), read back with a ZIP library and an XML parser; the attendance split, the
//! approval and its amendments in every export; the CSV's byte-order mark and formula guard;
//! line breaks kept in Markdown and HTML.

#![allow(
    clippy::expect_used,
    clippy::indexing_slicing,
    reason = "a test fails with its expectation's message: that is its job"
)]

mod office;

use office::{attribute, child, text_of, w};

use chrono::NaiveTime;
use roxmltree::{Document, Node};
use sinhhoat::edit::{self, Edit};
use sinhhoat::export::{Format, render};
use sinhhoat::i18n::Language;
use sinhhoat::model::{Attendance, Membership, Session, WallTime};
use sinhhoat::sample::sample_session;

fn evening() -> WallTime {
    WallTime::parse_from_rfc3339("2020-06-12T20:00:00+07:00").expect("time")
}

/// The sample with a number, a roll taken (one absent with a reason, one without, one
/// exempted, one probationary), a guest, and a generalization holding a tab, a line break and
/// characters XML forbids.
fn session() -> Session {
    let mut session = sample_session().expect("sample");
    session.meeting.number = "12".into();
    session.meeting.guests = "Đồng chí Trần Thanh Tâm, Đảng ủy viên\n".into();
    for member in &mut session.roster {
        member.attendance = Attendance::Present;
    }
    session.roster[5].attendance = Attendance::Absent { reason: "ốm".into() };
    session.roster[6].attendance = Attendance::Absent { reason: String::new() };
    session.roster[7].exemption = Some("tuổi cao, sức khỏe yếu".into());
    session.roster[4].membership = Membership::Probationary;
    let subtopic = session.subtopics[0].id;
    let text = "Thứ nhất:\tnhận thức\nThứ hai: hành động\u{0}\u{FFFE}\u{FFFF}\u{1b}".to_owned();
    edit::Document::apply_to(&mut session, Edit::SetGeneralization { subtopic, text }, evening())
        .expect("applies");
    session
}

fn docx(session: &Session) -> Vec<u8> {
    render(Format::Docx, session, Language::Vietnamese, evening())
}

/// How the runs of a paragraph look: bold, italic, underlined, size in half-points (28 by
/// default, from the styles).
#[derive(Debug, PartialEq, Eq)]
struct Look {
    bold: bool,
    italic: bool,
    underline: bool,
    size: u32,
}

fn look(paragraph: Node<'_, '_>) -> Look {
    let run = paragraph.descendants().find(|n| w(*n, "r")).expect("a run");
    let props = child(run, "rPr");
    let has = |name| props.and_then(|p| child(p, name)).is_some();
    let size = props.and_then(|p| child(p, "sz")).and_then(|sz| attribute(sz, "val"));
    Look {
        bold: has("b"),
        italic: has("i"),
        underline: props.and_then(|p| child(p, "u")).and_then(|u| attribute(u, "val")).as_deref()
            == Some("single"),
        size: size.map_or(28, |s| s.parse().expect("a number")),
    }
}

fn alignment(paragraph: Node<'_, '_>) -> Option<String> {
    child(paragraph, "pPr").and_then(|p| child(p, "jc")).and_then(|jc| attribute(jc, "val"))
}

#[test]
fn every_part_is_well_formed_and_the_properties_name_the_minutes_and_the_minute_taker() {
    let bytes = docx(&session());
    office::parse_every_part(&bytes);
    let parts = office::docx_parts(&bytes);
    for part in ["docProps/core.xml", "docProps/app.xml", "word/header1.xml", "word/styles.xml"] {
        assert!(parts.iter().any(|p| p == part), "{part} missing");
    }
    let core = office::docx_part(&bytes, "docProps/core.xml");
    let core = Document::parse(&core).expect("XML");
    let field = |name: &str| core.descendants().find(|n| n.tag_name().name() == name).and_then(|n| n.text());
    assert_eq!(field("title"), Some("BIÊN BẢN sinh hoạt chuyên đề quý II năm 2020"));
    assert_eq!(field("creator"), Some("Võ Thị Ngọc Ánh"));
    assert_eq!(field("created"), Some("2020-06-12T13:00:00Z"));
    let content_types = office::docx_part(&bytes, "[Content_Types].xml");
    assert!(content_types.contains("/docProps/core.xml") && content_types.contains("/word/header1.xml"));
}

#[test]
fn the_header_follows_the_party_layout() {
    let bytes = docx(&session());
    let xml = office::docx_part(&bytes, "word/document.xml");
    let document = Document::parse(&xml).expect("XML");
    let body = document.descendants().find(|n| w(*n, "body")).expect("body");
    let header = body.children().find(|n| n.is_element()).expect("first block");
    assert!(w(header, "tbl"), "the header is a table");
    let borders = header.descendants().find(|n| w(*n, "tblBorders")).expect("borders");
    assert!(
        borders.children().filter(|n| n.is_element()).all(|b| attribute(b, "val").as_deref() == Some("nil"))
    );
    let cells: Vec<Node<'_, '_>> = header.descendants().filter(|n| w(*n, "tc")).collect();
    assert_eq!(cells.len(), 2, "two columns");
    let left: Vec<Node<'_, '_>> = cells[0].children().filter(|n| w(*n, "p")).collect();
    let right: Vec<Node<'_, '_>> = cells[1].children().filter(|n| w(*n, "p")).collect();

    let texts: Vec<String> = left.iter().map(|p| text_of(*p)).collect();
    assert_eq!(
        texts,
        ["ĐẢNG BỘ TRƯỜNG CHÍNH TRỊ\nTHÀNH PHỐ", "CHI BỘ\nKHOA XÂY DỰNG ĐẢNG", "*", "Số 12-BB/CB"],
        "each name broken between its phrases, never inside one"
    );
    let plain = Look { bold: false, italic: false, underline: false, size: 28 };
    assert_eq!(look(left[0]), plain, "the superior committee is upright, 14 pt, not bold");
    assert_eq!(look(left[1]), Look { bold: true, ..plain }, "the cell is bold, 14 pt");
    assert!(left.iter().all(|p| alignment(*p).as_deref() == Some("center")), "the left column is centred");

    assert_eq!(text_of(right[0]), "ĐẢNG CỘNG SẢN VIỆT NAM");
    assert_eq!(
        look(right[0]),
        Look { bold: true, italic: false, underline: true, size: 30 },
        "15 pt bold with a line under it as long as the text"
    );
    assert_eq!(text_of(right[1]), "Đà Nẵng, ngày 12 tháng 6 năm 2020");
    assert_eq!(look(right[1]), Look { italic: true, ..plain }, "the place and date in italics, 14 pt");

    let paragraphs: Vec<Node<'_, '_>> = body.children().filter(|n| w(*n, "p")).collect();
    let title = paragraphs.iter().find(|p| text_of(**p) == "BIÊN BẢN").expect("the title");
    assert_eq!(look(*title), Look { bold: true, size: 32, ..plain }, "BIÊN BẢN in 16 pt bold");
    assert_eq!(alignment(*title).as_deref(), Some("center"));
    let summary = title.next_siblings().skip(1).find(|n| w(*n, "p")).expect("the summary line");
    assert_eq!(text_of(summary), "sinh hoạt chuyên đề quý II năm 2020");
    assert!(look(summary).bold);
}

#[test]
fn the_body_is_justified_with_a_first_line_indent_on_a4_with_the_margins_and_page_numbers_from_page_2() {
    let bytes = docx(&session());
    let xml = office::docx_part(&bytes, "word/document.xml");
    let document = Document::parse(&xml).expect("XML");
    let opening = document
        .descendants()
        .find(|n| w(*n, "p") && text_of(*n).starts_with("Vào hồi 14 giờ 00 phút"))
        .expect("the opening sentence");
    assert_eq!(alignment(opening).as_deref(), Some("both"));
    let indent = child(opening, "pPr").and_then(|p| child(p, "ind")).and_then(|i| attribute(i, "firstLine"));
    assert!(indent.is_some_and(|i| i.parse::<u32>().expect("twips") > 0), "a first-line indent");

    let section = document.descendants().find(|n| w(*n, "sectPr")).expect("section");
    let size = child(section, "pgSz").expect("page size");
    assert_eq!(
        (attribute(size, "w").as_deref(), attribute(size, "h").as_deref()),
        (Some("11906"), Some("16838"))
    );
    let margins = child(section, "pgMar").expect("margins");
    let mm = |side: &str| attribute(margins, side).expect("margin").parse::<f64>().expect("twips") / 56.7;
    assert!(
        (19.9..=25.1).contains(&mm("top")) && (19.9..=25.1).contains(&mm("bottom")),
        "top, bottom 20–25 mm"
    );
    assert!((29.9..=35.1).contains(&mm("left")), "left 30–35 mm");
    assert!((14.9..=20.1).contains(&mm("right")), "right 15–20 mm");
    assert!(child(section, "titlePg").is_some(), "page 1 has its own (empty) header");
    let references: Vec<(String, String)> = section
        .children()
        .filter(|n| w(*n, "headerReference"))
        .map(|n| (attribute(n, "type").expect("type"), attribute(n, "id").expect("id")))
        .collect();
    let rels = office::docx_part(&bytes, "word/_rels/document.xml.rels");
    let target = |kind: &str| {
        let id = &references.iter().find(|(t, _)| t == kind).expect("a header reference").1;
        let rels = Document::parse(&rels).expect("XML");
        let rel =
            rels.descendants().find(|n| attribute(*n, "Id").as_deref() == Some(id)).expect("relationship");
        attribute(rel, "Target").expect("target")
    };
    let numbered = office::docx_part(&bytes, &format!("word/{}", target("default")));
    assert!(numbered.contains("<w:instrText xml:space=\"preserve\"> PAGE </w:instrText>"), "a PAGE field");
    assert!(numbered.contains("<w:jc w:val=\"center\"/>"), "centred");
    let first = office::docx_part(&bytes, &format!("word/{}", target("first")));
    assert!(!first.contains("PAGE"), "no number on page 1");
    let styles = office::docx_part(&bytes, "word/styles.xml");
    assert!(
        styles.contains("w:ascii=\"Times New Roman\"") && styles.contains("<w:sz w:val=\"28\"/>"),
        "14 pt Times"
    );
}

#[test]
fn tabs_and_line_breaks_are_kept_and_characters_xml_forbids_are_dropped() {
    let bytes = docx(&session());
    let xml = office::docx_part(&bytes, "word/document.xml");
    assert!(xml.contains("Thứ nhất:</w:t><w:tab/><w:t xml:space=\"preserve\">nhận thức</w:t><w:br/>"));
    assert!(xml.contains("Thứ hai: hành động</w:t>"), "U+0000, U+FFFE, U+FFFF and ESC are dropped");
}

#[test]
fn the_attendance_split_is_in_every_export() {
    let session = session();
    let expected = [
        "Tổng số đảng viên của chi bộ: 8 đồng chí (chính thức: 6, dự bị: 2).",
        "Miễn sinh hoạt: 1 đồng chí (không tính vào số phải dự):",
        "Bùi Thị Phượng: tuổi cao, sức khỏe yếu",
        "Có mặt: 5/7 đồng chí phải dự:",
        "Vắng mặt có lý do: 1 đồng chí:",
        "Võ Thị Ngọc Ánh: ốm",
        "Vắng mặt không có lý do: 1 đồng chí:",
        "Đặng Quốc Việt",
        "Đại biểu, khách mời:",
        "Đồng chí Trần Thanh Tâm, Đảng ủy viên",
    ];
    let docx = office::docx_part(&docx(&session), "word/document.xml");
    let markdown = String::from_utf8(render(Format::Markdown, &session, Language::Vietnamese, evening()))
        .expect("UTF-8")
        .replace('\\', "");
    let html =
        String::from_utf8(render(Format::Html, &session, Language::Vietnamese, evening())).expect("UTF-8");
    for text in expected {
        assert!(docx.contains(text), "the .docx lacks {text:?}");
        assert!(markdown.contains(text), "the Markdown lacks {text:?}");
        assert!(html.contains(text), "the HTML lacks {text:?}");
    }
    let mut unmarked = session.clone();
    unmarked.roster[0].attendance = Attendance::Unmarked;
    let markdown = String::from_utf8(render(Format::Markdown, &unmarked, Language::Vietnamese, evening()))
        .expect("UTF-8");
    assert!(markdown.contains("Chưa điểm danh: 1 đồng chí:"), "a member not marked is not counted present");
    assert!(markdown.contains("Có mặt: 4/7 đồng chí phải dự:"));
}

#[test]
fn the_approval_and_an_amendment_after_it_are_in_the_closing() {
    let mut session = session();
    let ended = NaiveTime::from_hms_opt(16, 45, 0).expect("time");
    edit::Document::apply_to(
        &mut session,
        Edit::ApproveMinutes { agreed: 5, against: 0, present: 5, ended },
        evening(),
    )
    .expect("approves");
    let markdown = |session: &Session| {
        String::from_utf8(render(Format::Markdown, session, Language::Vietnamese, evening())).expect("UTF-8")
    };
    let text = markdown(&session);
    assert!(text.contains(
        "Buổi sinh hoạt kết thúc vào hồi 16 giờ 45 phút cùng ngày. Biên bản đã được đọc lại trước chi bộ và được chi bộ biểu quyết thông qua với 5/5 đồng chí đảng viên chính thức có mặt nhất trí"
    ));
    assert!(!text.contains("sửa đổi sau khi thông qua"));
    edit::Document::apply_to(
        &mut session,
        Edit::UnlockMinutes("Bổ sung thời hạn biện pháp".into()),
        evening(),
    )
    .expect("unlocks");
    let text = markdown(&session);
    assert!(
        text.contains("Biên bản được sửa đổi sau khi thông qua, lúc 20 giờ 00 phút ngày 12/6/2020. Lý do: Bổ sung thời hạn biện pháp"),
        "{text}"
    );
}

#[test]
fn the_csv_starts_with_a_byte_order_mark_and_keeps_formulas_as_text() {
    let mut session = sample_session().expect("sample");
    session.roster[2].name = "=HYPERLINK(\"http://x\")".into();
    session.roster[3].name = "-2+3".into();
    let subtopic = session.subtopics[0].id;
    edit::Document::apply_to(
        &mut session,
        Edit::GoTo(sinhhoat::model::Step::Discussion { subtopic }),
        evening(),
    )
    .expect("goes");
    for _ in 0..2 {
        edit::Document::apply_to(&mut session, Edit::CallNext, evening()).expect("calls");
        edit::Document::apply_to(&mut session, Edit::ToggleSpeech, evening()).expect("starts");
    }
    edit::Document::apply_to(&mut session, Edit::EndSpeech, evening()).expect("ends");
    let bytes = render(Format::Csv, &session, Language::Vietnamese, evening());
    assert_eq!(&bytes[..3], [0xEF, 0xBB, 0xBF], "UTF-8 byte-order mark");
    let csv = String::from_utf8(bytes).expect("UTF-8");
    assert!(csv.contains(",\"'=HYPERLINK(\"\"http://x\"\")\","), "{csv}");
    assert!(csv.contains(",'-2+3,"), "{csv}");
}

#[test]
fn markdown_and_html_keep_the_line_breaks_of_a_multi_line_generalization() {
    let session = session();
    let markdown = String::from_utf8(render(Format::Markdown, &session, Language::Vietnamese, evening()))
        .expect("UTF-8");
    assert!(markdown.contains("Thứ nhất:\tnhận thức  \nThứ hai: hành động\n"), "{markdown}");
    let html =
        String::from_utf8(render(Format::Html, &session, Language::Vietnamese, evening())).expect("UTF-8");
    assert!(html.contains("Thứ nhất:\tnhận thức<br>Thứ hai: hành động</p>"));
}

#[test]
fn the_timing_appendix_is_left_out_when_the_secretary_says_so() {
    let mut session = session();
    let markdown = |session: &Session| {
        String::from_utf8(render(Format::Markdown, session, Language::Vietnamese, evening())).expect("UTF-8")
    };
    assert!(markdown(&session).contains("PHỤ LỤC: THỜI GIAN PHÁT BIỂU"));
    edit::Document::apply_to(&mut session, Edit::SetTimingAppendix(false), evening()).expect("applies");
    let text = markdown(&session);
    assert!(!text.contains("PHỤ LỤC") && text.contains("THƯ KÝ"), "{text}");
}

#[test]
fn the_timing_appendix_begins_on_a_page_of_its_own() {
    let bytes = docx(&session());
    let xml = office::docx_part(&bytes, "word/document.xml");
    let document = Document::parse(&xml).expect("XML");
    let paragraphs: Vec<Node<'_, '_>> = document.descendants().filter(|n| w(*n, "p")).collect();
    let appendix =
        paragraphs.iter().position(|p| text_of(*p) == "PHỤ LỤC: THỜI GIAN PHÁT BIỂU").expect("the appendix");
    let before = paragraphs[appendix - 1];
    let page_break =
        before.descendants().any(|n| w(n, "br") && attribute(n, "type").as_deref() == Some("page"));
    assert!(page_break, "a page break right before the appendix's heading");
}
