//! The cell's other papers and the committee's report, each read back from its .docx with a
//! ZIP library and an XML parser and checked part by part against the layout of Party papers
//! (Hướng dẫn 36-HD/VPTW): the header, the number, the title, the body in its order, and the
//! foot — who receives it on the left, the signature for the body on the right.

#![allow(
    clippy::expect_used,
    clippy::indexing_slicing,
    reason = "a test fails with its expectation's message: that is its job"
)]

mod office;

use office::{text_of, w};

use std::path::{Path, PathBuf};

use roxmltree::{Document, Node};
use sinhhoat::cli::{ReportFormat, ReportOptions, render_report};
use sinhhoat::edit::{self, Edit};
use sinhhoat::export::{Format, render, render_plan};
use sinhhoat::i18n::Language;
use sinhhoat::model::{ExtractPart, Session, WallTime};
use sinhhoat::report::render::Letter;
use sinhhoat::report::{Filter, build, gather};
use sinhhoat::sample::Sample;
use sinhhoat::store::{encode_session, read_plan};

fn now() -> WallTime {
    WallTime::parse_from_rfc3339("2020-06-15T09:00:00+07:00").expect("time")
}

fn repo(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(path)
}

/// A paper's .docx as it reads: the header's two columns, the paragraphs of the body (outside
/// any table) with their look, the tables of the body as rows of cell texts, and the foot's
/// two columns.
struct Paper {
    left: Vec<String>,
    right: Vec<String>,
    body: Vec<(String, Look)>,
    tables: Vec<Vec<Vec<String>>>,
    recipients: Vec<(String, Look)>,
    signature: Vec<(String, Look)>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Look {
    bold: bool,
    italic: bool,
    underline: bool,
    size: u32,
}

fn look(paragraph: Node<'_, '_>) -> Look {
    let props = paragraph.descendants().find(|n| w(*n, "rPr"));
    let has = |name| props.is_some_and(|p| p.children().any(|c| w(c, name)));
    let size = props
        .and_then(|p| p.children().find(|c| w(*c, "sz")))
        .and_then(|sz| sz.attributes().find(|a| a.name() == "val").map(|a| a.value().parse().expect("size")));
    Look { bold: has("b"), italic: has("i"), underline: has("u"), size: size.unwrap_or(28) }
}

fn paragraphs(cell: Node<'_, '_>) -> Vec<(String, Look)> {
    cell.children().filter(|n| w(*n, "p")).map(|p| (text_of(p), look(p))).collect()
}

fn texts(paragraphs: &[(String, Look)]) -> Vec<&str> {
    paragraphs.iter().map(|(text, _)| text.as_str()).filter(|t| !t.is_empty()).collect()
}

/// The cells of a table, in order.
fn cells<'a, 'i>(table: Node<'a, 'i>) -> Vec<Node<'a, 'i>> {
    table.descendants().filter(|n| w(*n, "tc")).collect()
}

fn read(bytes: &[u8]) -> Paper {
    office::parse_every_part(bytes);
    let xml = office::docx_part(bytes, "word/document.xml");
    let document = Document::parse(&xml).expect("XML");
    let body = document.descendants().find(|n| w(*n, "body")).expect("body");
    let tables: Vec<Node<'_, '_>> = body.children().filter(|n| w(*n, "tbl")).collect();
    let header = cells(tables[0]);
    let foot = cells(*tables.last().expect("a foot"));
    assert_eq!((header.len(), foot.len()), (2, 2), "the header and the foot are two columns each");
    let rows = |table: &Node<'_, '_>| -> Vec<Vec<String>> {
        table
            .children()
            .filter(|n| w(*n, "tr"))
            .map(|row| cells(row).into_iter().map(text_of).collect())
            .collect()
    };
    Paper {
        left: texts(&paragraphs(header[0])).into_iter().map(str::to_owned).collect(),
        right: texts(&paragraphs(header[1])).into_iter().map(str::to_owned).collect(),
        body: body
            .children()
            .filter(|n| w(*n, "p"))
            .map(|p| (text_of(p), look(p)))
            .filter(|(t, _)| !t.is_empty())
            .collect(),
        tables: tables[1..tables.len() - 1].iter().map(rows).collect(),
        recipients: paragraphs(foot[0]),
        signature: paragraphs(foot[1]),
    }
}

impl Paper {
    fn body_texts(&self) -> Vec<&str> {
        self.body.iter().map(|(text, _)| text.as_str()).collect()
    }

    /// Where `text` begins a paragraph of the body.
    fn at(&self, text: &str) -> usize {
        self.body
            .iter()
            .position(|(t, _)| t.starts_with(text))
            .unwrap_or_else(|| panic!("no {text:?} in {:#?}", self.body_texts()))
    }

    fn has(&self, text: &str) -> bool {
        self.body.iter().any(|(t, _)| t.starts_with(text))
    }

    /// The title in 16 pt bold, the line under it in bold.
    fn titled(&self, title: &str, summary: &str) {
        let at = self.at(title);
        assert_eq!(self.body[at].0, title);
        assert_eq!(self.body[at].1, Look { bold: true, italic: false, underline: false, size: 32 });
        assert_eq!(self.body[at + 1].0, summary);
        assert!(self.body[at + 1].1.bold);
    }

    /// The foot: "Nơi nhận:" bold and underlined over the recipients in 12 pt; the role for
    /// the body in bold, the note in italics, the name in bold.
    fn signed(&self, recipients: &[&str], role: &str, note: &str, name: &str) {
        let (heading, heading_look) = &self.recipients[0];
        assert_eq!(heading, "Nơi nhận:");
        assert!(heading_look.bold && heading_look.underline, "Nơi nhận: in bold, underlined");
        assert_eq!(texts(&self.recipients[1..]), recipients);
        assert!(self.recipients[1..].iter().all(|(_, look)| look.size == 24), "recipients in 12 pt");
        let signature: Vec<&(String, Look)> = self.signature.iter().filter(|(t, _)| !t.is_empty()).collect();
        assert_eq!(signature[0].0, role);
        assert!(signature[0].1.bold);
        assert_eq!((signature[1].0.as_str(), signature[1].1.italic), (note, true));
        assert_eq!((signature[2].0.as_str(), signature[2].1.bold), (name, true));
    }
}

const CELL_HEADER: [&str; 3] = ["ĐẢNG BỘ TRƯỜNG CHÍNH TRỊ\nTHÀNH PHỐ", "CHI BỘ\nKHOA XÂY DỰNG ĐẢNG", "*"];

fn held() -> Session {
    Sample::Held.built_in().expect("the held sample reads")
}

#[test]
fn the_plan_is_the_cells_own_paper_numbered_signed_and_sent_up() {
    let plan = read_plan(&repo("plans/2020.json")).expect("the bundled plan reads");
    let paper = read(&render_plan(&plan, Format::Docx, Language::Vietnamese, now()));
    assert_eq!(paper.left, [CELL_HEADER.as_slice(), &["Số 01-KH/CB"]].concat());
    assert_eq!(paper.right, ["ĐẢNG CỘNG SẢN VIỆT NAM", "Đà Nẵng, ngày 10 tháng 01 năm 2020"]);
    paper.titled("KẾ HOẠCH", "sinh hoạt chuyên đề năm 2020");
    let parts = ["I. MỤC ĐÍCH, YÊU CẦU", "II. CHỦ ĐỀ SINH HOẠT CÁC QUÝ", "III. TỔ CHỨC THỰC HIỆN"];
    let at: Vec<usize> = parts.iter().map(|part| paper.at(part)).collect();
    assert!(at.windows(2).all(|pair| pair[0] < pair[1]), "the parts in order: {at:?}");
    assert!(paper.at("Thực hiện Hướng dẫn số 12-HD/BTCTW") < at[0]);
    assert!(
        !paper.body_texts().iter().any(|t| t.contains("42-HD/BTCTW") || t.contains("90 phút")),
        "a 2020 plan cites no 2025 rule"
    );
    let topics = &paper.tables[0];
    assert_eq!(topics[0], ["Quý", "Chủ đề", "Nhóm chủ đề", "Thời gian tổ chức"]);
    assert_eq!(topics.len(), 5, "one row per quarter");
    assert_eq!(topics[2][0], "Quý II");
    assert!(topics[2][1].starts_with("Nâng cao trách nhiệm của đảng viên"));
    assert_eq!((topics[2][2].as_str(), topics[2][3].as_str()), ("Đạo đức Hồ Chí Minh", "Tháng 6/2020"));
    paper.signed(
        &[
            "- Đảng ủy Trường Chính trị thành phố (để báo cáo),",
            "- Các đồng chí đảng viên trong chi bộ,",
            "- Lưu Chi bộ.",
        ],
        "T/M CHI BỘ\nBÍ THƯ",
        "(Ký, ghi rõ họ tên)",
        "Nguyễn Thị Hồng Nhung",
    );

    let later = sinhhoat::prepare::plan::YearPlan { year: 2026, number: String::new(), issued: None, ..plan };
    let paper = read(&render_plan(&later, Format::Docx, Language::Vietnamese, now()));
    assert_eq!(paper.left[3], "Số      -KH/CB", "no number yet: room to number it by hand");
    assert_eq!(paper.right[1], "Đà Nẵng, ngày … tháng … năm …");
    assert!(
        paper.has("Thực hiện Chỉ thị số 50-CT/TW ngày 23/7/2025 và Hướng dẫn số 42-HD/BTCTW ngày 28/10/2025")
    );
    assert!(paper.has("3. Thời gian mỗi buổi sinh hoạt ít nhất 90 phút; trường hợp kết hợp"));
    let markdown =
        String::from_utf8(render_plan(&later, Format::Markdown, Language::Vietnamese, now())).expect("UTF-8");
    assert!(markdown.contains("# KẾ HOẠCH") && markdown.contains("| ***Nơi nhận:*** | **T/M CHI BỘ** |"));
}

#[test]
fn the_notice_carries_when_where_the_topic_and_the_guiding_outline_with_who_prepares_what() {
    let session = Sample::Fresh.built_in().expect("sample");
    let paper = read(&render(Format::NoticeDocx, &session, Language::Vietnamese, now()));
    assert_eq!(paper.left, [CELL_HEADER.as_slice(), &["Số      -TB/CB"]].concat());
    assert_eq!(paper.right[1], "Đà Nẵng, ngày … tháng … năm …", "made after the meeting: dated by hand");
    let before = WallTime::parse_from_rfc3339("2020-06-05T09:00:00+07:00").expect("time");
    let early = read(&render(Format::NoticeDocx, &session, Language::Vietnamese, before));
    assert_eq!(early.right[1], "Đà Nẵng, ngày 05 tháng 6 năm 2020", "made before it: dated that day");
    paper.titled("THÔNG BÁO", "về việc sinh hoạt chuyên đề quý II năm 2020");
    let items = [
        "1. Thời gian: 14 giờ 00 phút, ngày 12/6/2020 (dự kiến 120 phút).",
        "2. Địa điểm: Phòng họp tầng 2, nhà A.",
        "3. Chủ đề: “Nâng cao trách nhiệm của đảng viên",
        "4. Thành phần: toàn thể đảng viên trong chi bộ.",
        "5. Mục đích, yêu cầu:",
        "ĐỀ CƯƠNG GỢI Ý THẢO LUẬN",
    ];
    let at: Vec<usize> = items.iter().map(|item| paper.at(item)).collect();
    assert!(at.windows(2).all(|pair| pair[0] < pair[1]), "in order: {at:?}");
    for (index, subtopic) in session.subtopics.iter().enumerate() {
        let heading = paper.at(&format!("Chủ đề nhỏ {}: {}", index + 1, subtopic.title));
        let names: Vec<&str> =
            subtopic.speakers.iter().map(|id| session.member(*id).expect("member").name.as_str()).collect();
        let speakers = format!("Phân công chuẩn bị phát biểu: đồng chí {}.", names.join(", đồng chí "));
        let line = paper.at(&speakers);
        assert!(line > heading, "{speakers} under its sub-topic");
        for question in &subtopic.questions {
            assert!((heading..line).any(|i| paper.body[i].0 == format!("- {question}")), "{question}");
        }
    }
    paper.signed(
        &["- Các đồng chí đảng viên trong chi bộ,", "- Lưu Chi bộ."],
        "T/M CHI BỘ\nBÍ THƯ",
        "(Ký, ghi rõ họ tên)",
        "Nguyễn Thị Hồng Nhung",
    );

    let plain =
        String::from_utf8(render(Format::NoticeText, &session, Language::Vietnamese, now())).expect("UTF-8");
    assert!(!plain.contains(['#', '*', '|', '<', '\\']), "plain text, no markup:\n{plain}");
    for (text, _) in paper.body.iter().filter(|(text, _)| !text.starts_with("ĐẢNG")) {
        assert!(plain.lines().any(|line| line == text), "{text:?} is in the plain text too");
    }
    assert!(plain.ends_with("T/M CHI BỘ\nBÍ THƯ\nNguyễn Thị Hồng Nhung\n"));
}

#[test]
fn the_extract_carries_the_particulars_and_the_parts_ticked_signed_for_the_cell() {
    let session = held();
    let paper = read(&render(Format::ExtractDocx, &session, Language::Vietnamese, now()));
    assert_eq!(paper.left, [CELL_HEADER.as_slice(), &["Số 12-BB/CB"]].concat(), "the minutes' own number");
    paper.titled("TRÍCH BIÊN BẢN", "sinh hoạt chuyên đề quý II năm 2020");
    let usual = [
        "Vào hồi 14 giờ",
        "Chủ trì: đồng chí Nguyễn Thị Hồng Nhung, Bí thư Chi bộ.",
        "Thành phần tham dự",
        "III. KẾT LUẬN CỦA ĐỒNG CHÍ CHỦ TRÌ",
        "IV. CHI BỘ THỐNG NHẤT CÁC BIỆN PHÁP, GIẢI PHÁP",
        "Chi bộ biểu quyết thông qua các biện pháp",
        "Buổi sinh hoạt kết thúc vào hồi 15 giờ",
        "Trích từ Biên bản sinh hoạt chuyên đề ngày 12/6/2020, bản gốc lưu tại Chi bộ.",
    ];
    let at: Vec<usize> = usual.iter().map(|part| paper.at(part)).collect();
    assert!(at.windows(2).all(|pair| pair[0] < pair[1]), "in the minutes' order: {at:?}");
    for left_out in ["I. ĐỒNG CHÍ CHỦ TRÌ NÊU", "II. THẢO LUẬN", "PHỤ LỤC", "THƯ KÝ"] {
        assert!(!paper.has(left_out), "{left_out} is not ticked");
    }
    paper.signed(
        &["- Đảng ủy Trường Chính trị thành phố (để báo cáo),", "- Lưu Chi bộ."],
        "T/M CHI BỘ\nBÍ THƯ",
        "(Ký, ghi rõ họ tên)",
        "Nguyễn Thị Hồng Nhung",
    );

    // The minutes are approved and locked; what the extract carries can still be ticked.
    let mut document = edit::Document::new(PathBuf::from("held.json"), session);
    document.apply(Edit::SetExtractPart(ExtractPart::Discussion, true), now()).expect("allowed when locked");
    document.apply(Edit::SetExtractPart(ExtractPart::Attendance, false), now()).expect("allowed when locked");
    let paper = read(&render(Format::ExtractDocx, document.session(), Language::Vietnamese, now()));
    assert!(paper.at("II. THẢO LUẬN") < paper.at("III. KẾT LUẬN"));
    assert!(!paper.has("Thành phần tham dự"));
    let markdown =
        String::from_utf8(render(Format::ExtractMarkdown, document.session(), Language::Vietnamese, now()))
            .expect("UTF-8");
    assert!(markdown.contains("# TRÍCH BIÊN BẢN") && markdown.contains("## II. THẢO LUẬN"));
}

/// A folder with the held sample, and (`other`) a second cell of another committee.
fn committee_folder(other: bool) -> tempfile::TempDir {
    let folder = tempfile::tempdir().expect("temporary folder");
    std::fs::write(folder.path().join("khoa.json"), encode_session(&held())).expect("written");
    if other {
        let mut session = held();
        session.organisation.party_committee = "Đảng bộ Sở Giáo dục".into();
        session.organisation.cell = "Chi bộ Phòng Tổ chức".into();
        std::fs::write(folder.path().join("so.json"), encode_session(&session)).expect("written");
    }
    folder
}

fn report(folder: &Path, letter: Letter) -> Paper {
    let as_of = chrono::NaiveDate::from_ymd_opt(2020, 7, 5).expect("date");
    let filter = Filter { year: Some(2020), quarter: Some(2) };
    let report = build(&gather(&[folder.to_path_buf()]), as_of, filter);
    let options = ReportOptions {
        paths: vec![folder.to_path_buf()],
        format: ReportFormat::Docx,
        output: folder.join("bao-cao.docx"),
        filter,
        as_of: Some(as_of),
        force: false,
        data_dir: None,
        letter,
    };
    read(&render_report(&report, &options, Language::Vietnamese.strings(), as_of))
}

#[test]
fn the_committees_report_is_issued_by_its_dang_uy_with_a_narrative_a_signature_and_recipients() {
    let folder = committee_folder(false);
    let letter = Letter {
        number: "7".into(),
        superior: "Đảng bộ thành phố Đà Nẵng".into(),
        signer: "Trần Thanh Tâm".into(),
    };
    let paper = report(folder.path(), letter);
    assert_eq!(
        paper.left,
        ["ĐẢNG BỘ THÀNH PHỐ ĐÀ NẴNG", "ĐẢNG ỦY TRƯỜNG CHÍNH TRỊ\nTHÀNH PHỐ", "*", "Số 07-BC/ĐU"]
    );
    assert_eq!(paper.right, ["ĐẢNG CỘNG SẢN VIỆT NAM", "Đà Nẵng, ngày 05 tháng 7 năm 2020"]);
    paper.titled("BÁO CÁO", "kết quả sinh hoạt chuyên đề quý II năm 2020");
    let narrative =
        &paper.body[paper.at("Trong quý II năm 2020, 1 chi bộ đã tổ chức 1 buổi sinh hoạt chuyên đề")].0;
    assert!(narrative.contains("Số lượt đảng viên dự sinh hoạt: 7/8 lượt (88%)"), "{narrative}");
    assert!(
        narrative.contains(
            "Có 6 ý kiến phát biểu: 0 ý kiến (0%) dưới 4 phút, 5 ý kiến (83%) từ 4 phút đến 7 phút, 1 ý kiến (17%) trên 7 phút đến 10 phút"
        ),
        "{narrative}"
    );
    assert!(
        narrative.contains("Đã đề ra 7 biện pháp, giải pháp; còn 7 biện pháp, giải pháp chưa hoàn thành"),
        "{narrative}"
    );
    assert!(
        paper.at("Trong quý II") < paper.at("I. KẾT QUẢ SINH HOẠT CHUYÊN ĐỀ"),
        "the narrative comes before the table"
    );
    assert_eq!(paper.tables[0][0][0], "Quý", "one committee: no committee column");
    paper.signed(
        &["- Thành ủy Đà Nẵng (để báo cáo),", "- Các chi bộ trực thuộc,", "- Lưu Văn phòng Đảng ủy."],
        "T/M ĐẢNG ỦY\nBÍ THƯ",
        "(Ký tên, đóng dấu)",
        "Trần Thanh Tâm",
    );

    let folder = committee_folder(true);
    let paper = report(folder.path(), Letter::default());
    assert_eq!(paper.left[1..], ["*", "Số      -BC/ĐU"], "no body above given: a committee alone");
    let above = Letter { superior: "Đảng bộ Khối cơ quan thành phố".into(), ..Letter::default() };
    let summed = report(folder.path(), above);
    assert_eq!(
        summed.left[0], "ĐẢNG ỦY KHỐI CƠ QUAN THÀNH PHỐ",
        "several committees: the body above issues it"
    );
    let below: Vec<&str> = texts(&summed.recipients[1..]);
    assert_eq!(below, ["- Các đảng bộ, chi bộ cơ sở trực thuộc,", "- Lưu Văn phòng Đảng ủy."]);
    let table = &paper.tables[0];
    assert_eq!(table[0][..2], ["Đảng bộ", "Quý"], "several committees: a committee column first");
    let committees: Vec<&str> = table[1..table.len() - 1].iter().map(|row| row[0].as_str()).collect();
    assert_eq!(committees.len(), 2);
    assert!(
        committees.contains(&"Đảng bộ Sở Giáo dục")
            && committees.contains(&"Đảng bộ Trường Chính trị thành phố")
    );
}
