//! The committee's report over generated folders of cells' sessions: rows, totals, the cells
//! missing in a quarter, two files for one cell and quarter, broken and newer files skipped
//! and named, inputs untouched, exit codes, and the .docx's header and table.

#![allow(
    clippy::expect_used,
    clippy::indexing_slicing,
    reason = "a test fails with its expectation's message: that is its job"
)]

mod office;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use chrono::NaiveDate;
use sinhhoat::report::synthetic::{cell_name, meeting, write_folder};
use sinhhoat::report::{Filter, Gathered, Quarter, SkipReason, build, gather};
use sinhhoat::store::{encode_session, load_session};

fn sinhhoat(args: &[&std::ffi::OsStr]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_sinhhoat")).args(args).output().expect("run sinhhoat")
}

fn as_of() -> NaiveDate {
    NaiveDate::from_ymd_opt(2021, 1, 15).expect("date")
}

/// Six cells in Q1 and Q2 of 2020, cell 6 missing in Q2, a second (older) file for cell 2 in
/// Q1, a broken file, a file from a newer format, an undated meeting.
fn committee_folder(root: &Path) -> Vec<PathBuf> {
    gathered(root).files
}

/// What a report over `root` reads.
fn gathered(root: &Path) -> Gathered {
    write_folder(root, 6, 2020, &[1]).expect("write Q1");
    write_folder(&root.join("q2"), 5, 2020, &[2]).expect("write Q2");
    let older = root.join("email").join("chi-bo-002-ban-cu.json");
    std::fs::create_dir_all(older.parent().expect("folder")).expect("folder");
    let mut first = meeting(2, 2020, 1).expect("held");
    first.topic.name = "Bản gửi trước".into();
    std::fs::write(&older, encode_session(&first)).expect("write");
    let past = std::time::SystemTime::UNIX_EPOCH + std::time::Duration::from_secs(1_500_000_000);
    std::fs::File::options().write(true).open(&older).expect("open").set_modified(past).expect("touch");
    std::fs::write(root.join("hong.json"), b"{\"format_version\": 2, \"roster\": [").expect("broken");
    std::fs::write(root.join("moi.json"), b"{\"format_version\": 99}").expect("newer");
    let mut undated = meeting(7, 2020, 1).expect("held");
    undated.meeting.date = None;
    std::fs::write(root.join("khong-ngay.json"), encode_session(&undated)).expect("undated");
    gather(&[root.to_path_buf()])
}

fn snapshot(files: &[PathBuf]) -> Vec<Vec<u8>> {
    files.iter().map(|file| std::fs::read(file).expect("read")).collect()
}

#[test]
fn the_report_counts_each_cell_and_quarter_and_names_what_it_left_out() {
    let folder = tempfile::tempdir().expect("folder");
    let gathered = gathered(folder.path());
    let files = gathered.files.clone();
    assert_eq!(files.len(), 6 + 5 + 1 + 3);
    let before = snapshot(&files);
    let report = build(&gathered, as_of(), Filter::default());
    assert_eq!(report.rows.len(), 11, "6 cells in Q1, 5 in Q2");
    let missing: Vec<_> = report.missing.iter().map(|m| (m.quarter, m.cell.clone())).collect();
    assert_eq!(missing, [(Quarter { year: 2020, quarter: 2 }, cell_name(6))]);
    assert_eq!(report.duplicates.len(), 1);
    let duplicate = &report.duplicates[0];
    assert_eq!(duplicate.cell, cell_name(2));
    assert!(duplicate.left_out[0].ends_with("chi-bo-002-ban-cu.json"), "the older file is left out");
    let cell_2 = report.rows.iter().find(|r| r.cell == cell_name(2) && r.quarter.quarter == 1).expect("row");
    assert_ne!(cell_2.topic, "Bản gửi trước", "the later-modified file is counted");
    let skipped: Vec<_> = report
        .skipped
        .iter()
        .map(|s| (s.path.file_name().expect("name").to_string_lossy().into_owned(), &s.reason))
        .collect();
    assert_eq!(skipped.len(), 3);
    assert!(skipped.iter().any(|(name, reason)| name == "khong-ngay.json" && **reason == SkipReason::NoDate));
    assert!(
        skipped
            .iter()
            .any(|(name, reason)| name == "hong.json" && matches!(reason, SkipReason::Unreadable(_)))
    );
    assert!(skipped.iter().any(|(name, reason)| name == "moi.json"
        && matches!(reason, SkipReason::Unreadable(sinhhoat::store::LoadError::NewerVersion { .. }))));

    let one = load_session(&files[0]).expect("a generated session");
    let row = sinhhoat::report::row(&one, as_of()).expect("dated");
    let totals = report.totals();
    assert_eq!(totals.meetings, 11);
    let t = totals.counts;
    assert_eq!(t.members, 11 * row.counts.members);
    assert_eq!(t.speeches, report.rows.iter().map(|r| r.counts.speeches).sum::<usize>());
    assert!(t.speeches > 11 * 5 && t.on_target > 0 && t.over_limit > 0);
    assert_eq!(
        t.approved,
        report.rows.iter().filter(|r| !r.cell.ends_with('5') && !r.cell.ends_with('0')).count()
    );
    assert_eq!(t.conclusions, report.rows.iter().filter(|r| r.counts.conclusions == 1).count());
    assert!(t.overdue_measures > 0 && t.overdue_measures < t.open_measures);
    assert_eq!(report.open_measures.len(), t.open_measures);

    let q2 = build(&gathered, as_of(), Filter { year: Some(2020), quarter: Some(2) });
    assert_eq!(q2.rows.len(), 5);
    assert!(q2.missing.is_empty(), "within one quarter nobody is missing against other quarters");
    assert_eq!(snapshot(&files), before, "the inputs are byte-identical afterwards");
}

#[test]
fn the_command_line_writes_the_report_and_exits_as_documented() {
    let folder = tempfile::tempdir().expect("folder");
    let files = committee_folder(&folder.path().join("don-vi"));
    let before = snapshot(&files);
    let out = folder.path().join("bao-cao.docx");
    let run = |format: &str, output: &Path, extra: &[&str]| {
        let mut args: Vec<&std::ffi::OsStr> =
            vec!["report".as_ref(), folder.path().join("don-vi").into_os_string().leak()];
        args.extend(["--format", format, "-o"].map(std::ffi::OsStr::new));
        args.push(output.as_os_str());
        args.extend(["--as-of", "2021-01-15", "--lang", "vi"].map(std::ffi::OsStr::new));
        args.extend(extra.iter().map(std::ffi::OsStr::new));
        sinhhoat(&args)
    };
    let output = run("docx", &out, &[]);
    let skipped = Some(sinhhoat::cli::SOME_SKIPPED);
    assert_eq!(
        output.status.code(),
        skipped,
        "written, files left out: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    let stderr = String::from_utf8(output.stderr).expect("UTF-8");
    assert!(
        stderr.contains("hong.json") && stderr.contains("moi.json") && stderr.contains("khong-ngay.json"),
        "{stderr}"
    );
    assert_eq!(run("docx", &out, &[]).status.code(), Some(1), "an existing report is kept without --force");
    assert_eq!(run("docx", &out, &["--force"]).status.code(), skipped);

    let bytes = std::fs::read(&out).expect("the report");
    office::parse_every_part(&bytes);
    let xml = office::docx_part(&bytes, "word/document.xml");
    assert!(xml.contains("w:orient=\"landscape\""), "the wide table is on landscape pages");
    for text in [
        "ĐẢNG ỦY KHỐI CƠ QUAN",
        "-BC/ĐU",
        "T/M ĐẢNG ỦY",
        "ĐẢNG CỘNG SẢN VIỆT NAM",
        "BÁO CÁO",
        "kết quả sinh hoạt chuyên đề",
        "Toàn đảng bộ",
        "Quý II/2020",
        "II. CHI BỘ CHƯA SINH HOẠT CHUYÊN ĐỀ TRONG QUÝ",
        "PHỤ LỤC: TỆP KHÔNG ĐƯỢC TỔNG HỢP",
    ] {
        assert!(xml.contains(text), "the .docx lacks {text:?}");
    }
    let document = roxmltree::Document::parse(&xml).expect("XML");
    let tables: Vec<_> = document.descendants().filter(|n| n.tag_name().name() == "tbl").collect();
    let rows = tables[1].children().filter(|n| n.tag_name().name() == "tr").count();
    assert_eq!(rows, 1 + 11 + 1, "header, a row per cell and quarter, the totals");

    let csv_out = folder.path().join("bao-cao.csv");
    assert_eq!(run("csv", &csv_out, &["--quarter", "1"]).status.code(), skipped);
    let csv = std::fs::read_to_string(&csv_out).expect("csv");
    assert!(csv.starts_with('\u{feff}'));
    assert_eq!(csv.lines().count(), 1 + 6, "the header and Q1's six cells");
    let md_out = folder.path().join("bao-cao.md");
    assert_eq!(run("md", &md_out, &["--year", "2020", "--quarter", "2"]).status.code(), skipped);
    assert!(
        std::fs::read_to_string(&md_out).expect("md").contains("kết quả sinh hoạt chuyên đề quý II năm 2020")
    );
    assert_eq!(run("md", &md_out, &["--quarter", "5"]).status.code(), Some(2), "a quarter 5 is refused");
    assert_eq!(snapshot(&files), before, "the inputs are byte-identical afterwards");

    let broken = folder.path().join("hong");
    std::fs::create_dir_all(&broken).expect("folder");
    std::fs::write(broken.join("a.json"), b"not json").expect("write");
    let nothing = sinhhoat(&[
        "report".as_ref(),
        broken.as_os_str(),
        "--format".as_ref(),
        "md".as_ref(),
        "-o".as_ref(),
        folder.path().join("x.md").as_os_str(),
    ]);
    assert_eq!(nothing.status.code(), Some(1), "nothing could be read");
    assert!(!folder.path().join("x.md").exists());
}

#[test]
fn a_meeting_dated_after_the_report_is_named_and_not_counted_as_held() {
    let folder = tempfile::tempdir().expect("folder");
    for index in [1, 2] {
        let path = folder.path().join(format!("{index}.json"));
        std::fs::write(path, encode_session(&meeting(index, 2020, 1).expect("held"))).expect("write");
    }
    let mut typo = meeting(3, 2099, 1).expect("held");
    typo.meeting.date = NaiveDate::from_ymd_opt(2099, 1, 20);
    std::fs::write(folder.path().join("3.json"), encode_session(&typo)).expect("write");
    let report = build(&gather(&[folder.path().to_path_buf()]), as_of(), Filter::default());
    assert_eq!(report.rows.len(), 2, "only the meetings held by the report's date");
    let future = NaiveDate::from_ymd_opt(2099, 1, 20).expect("date");
    assert!(report.skipped.iter().any(|skipped| skipped.reason == SkipReason::AfterReport(future)));
    assert!(
        report.missing.is_empty(),
        "no quarter of 2099 marks the other cells missing: {:?}",
        report.missing
    );
}
