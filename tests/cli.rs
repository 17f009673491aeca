//! The command line, run as a user runs it.

#![allow(
    clippy::expect_used,
    clippy::indexing_slicing,
    reason = "a test fails with its expectation's message: that is its job"
)]

use std::fs;
use std::path::Path;
use std::process::{Command, Output};

fn sinhhoat(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_sinhhoat")).args(args).output().expect("the binary runs")
}

fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).expect("UTF-8 output")
}

#[test]
fn the_bundled_sample_is_valid() {
    let sample = concat!(env!("CARGO_MANIFEST_DIR"), "/sessions/sample-q2-2020.json");
    let output = sinhhoat(&["check", sample]);
    assert_eq!(output.status.code(), Some(0), "{}", stdout(&output));
    assert!(stdout(&output).contains("hợp lệ"));
}

#[test]
fn check_names_each_bad_file_and_what_is_wrong_where_without_touching_it() {
    let folder = tempfile::tempdir().expect("temporary folder");
    let files: [(&str, &[u8]); 5] = [
        ("hỏng.json", b"{\n  \"format_version\": 1,\n  \"roster\": [}\n"),
        ("cụt.json", b"{\"format_version\": 1, \"meeting\": {\"title\": \"Q"),
        ("rỗng.json", b""),
        ("mới.json", b"{\"format_version\": 7}"),
        ("nhị phân.json", b"\x89PNG\r\n\x1a\n"),
    ];
    let mut args = vec!["check".to_owned()];
    for (name, bytes) in files {
        fs::write(folder.path().join(name), bytes).expect("write");
        args.push(folder.path().join(name).display().to_string());
    }
    let good = folder.path().join("tốt.json");
    fs::copy(concat!(env!("CARGO_MANIFEST_DIR"), "/sessions/sample-q2-2020.json"), &good).expect("copy");
    args.push(good.display().to_string());

    let output = sinhhoat(&args.iter().map(String::as_str).collect::<Vec<_>>());
    assert_eq!(output.status.code(), Some(1));
    let text = stdout(&output);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 6, "{text}");
    assert!(lines[0].contains("hỏng.json") && lines[0].contains("dòng 3, cột"), "{text}");
    assert!(lines[1].contains("cụt.json") && lines[1].contains("bị cắt cụt"), "{text}");
    assert!(lines[2].contains("rỗng.json") && lines[2].contains("Tệp rỗng"), "{text}");
    assert!(lines[3].contains("mới.json") && lines[3].contains("phiên bản mới hơn"), "{text}");
    assert!(lines[4].contains("nhị phân.json") && lines[4].contains("UTF-8"), "{text}");
    assert!(lines[5].ends_with("hợp lệ"), "{text}");
    for (name, bytes) in files {
        assert_eq!(fs::read(folder.path().join(name)).expect("read"), bytes, "{name} changed");
    }
}

#[test]
fn check_speaks_english_on_request() {
    let folder = tempfile::tempdir().expect("temporary folder");
    let empty = folder.path().join("empty.json");
    fs::write(&empty, "").expect("write");
    let output = sinhhoat(&["--lang", "en", "check", &empty.display().to_string()]);
    assert_eq!(output.status.code(), Some(1));
    assert!(stdout(&output).contains("The file is empty."));
}

#[test]
fn a_missing_file_is_reported_not_a_panic() {
    let output = sinhhoat(&["check", "/không/có/tệp.json"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(stdout(&output).contains("không tìm thấy tệp"));
    assert!(output.stderr.is_empty());
}

#[test]
fn help_lists_every_command_in_both_languages() {
    let output = sinhhoat(&["--help"]);
    assert_eq!(output.status.code(), Some(0));
    let text = stdout(&output);
    for expected in ["open", "check", "--data-dir", "SINHHOAT_DATA_DIR", "Kiểm tra tệp", "Checks files"] {
        assert!(text.contains(expected), "missing {expected}");
    }
}

#[test]
fn bad_arguments_exit_2_with_a_vietnamese_message() {
    let output = sinhhoat(&["lưu"]);
    assert_eq!(output.status.code(), Some(2));
    let message = String::from_utf8(output.stderr).expect("UTF-8");
    assert!(message.contains("Tham số “lưu” không hợp lệ"), "{message}");
    assert_eq!(sinhhoat(&["check"]).status.code(), Some(2));
}

#[test]
fn version_is_printed() {
    let output = sinhhoat(&["--version"]);
    assert!(stdout(&output).starts_with("sinhhoat "));
    assert!(Path::new(env!("CARGO_BIN_EXE_sinhhoat")).exists());
}

#[test]
fn the_readiness_check_exports_as_markdown() {
    let folder = tempfile::tempdir().expect("temporary folder");
    let out = folder.path().join("kiểm tra.md");
    let sample = concat!(env!("CARGO_MANIFEST_DIR"), "/sessions/sample-q2-2020.json");
    let output = sinhhoat(&["export", sample, "--format", "readiness", "-o", &out.display().to_string()]);
    assert_eq!(output.status.code(), Some(0), "{}", stdout(&output));
    let text = fs::read_to_string(&out).expect("written");
    assert!(text.starts_with("# Kiểm tra sự chuẩn bị ý kiến phát biểu theo 4 nội dung"));
    for speaker in ["Lê Minh Đức", "Phạm Thị Thu Hương", "Hoàng Văn Thắng", "Bùi Thị Phượng"]
    {
        assert!(text.contains(speaker), "{speaker} missing");
    }
    assert!(text.contains("0 đồng chí đã chuẩn bị đầy đủ, 0 chuẩn bị một phần, 7 chưa chuẩn bị."));
    let unknown = sinhhoat(&["export", sample, "--format", "pdf", "-o", "x"]);
    assert_eq!(unknown.status.code(), Some(2));
    let missing =
        sinhhoat(&["export", "/không/có.json", "--format", "readiness", "-o", &out.display().to_string()]);
    assert_eq!(missing.status.code(), Some(1));
}

#[test]
fn export_onto_an_existing_file_needs_force_and_leaves_nothing_beside_it() {
    let folder = tempfile::tempdir().expect("temporary folder");
    let sample = concat!(env!("CARGO_MANIFEST_DIR"), "/sessions/sample-q2-2020.json");
    let target = folder.path().join("biên bản.md");
    fs::write(&target, "bản của người dùng").expect("write");
    let target_arg = target.display().to_string();

    let refused = sinhhoat(&["export", sample, "--format", "md", "-o", &target_arg]);
    assert_eq!(refused.status.code(), Some(1));
    assert!(
        stdout(&refused).contains("đã có") && stdout(&refused).contains("--force"),
        "{}",
        stdout(&refused)
    );
    assert_eq!(fs::read_to_string(&target).expect("read"), "bản của người dùng", "the file is untouched");

    let forced = sinhhoat(&["export", sample, "--format", "md", "-o", &target_arg, "--force"]);
    assert_eq!(forced.status.code(), Some(0), "{}", stdout(&forced));
    assert!(fs::read_to_string(&target).expect("read").contains("BIÊN BẢN"));
    let names: Vec<_> =
        fs::read_dir(folder.path()).expect("list").flatten().map(|entry| entry.file_name()).collect();
    assert_eq!(names, [std::ffi::OsString::from("biên bản.md")], "no .bak and no temporary file beside it");
}

#[test]
fn export_never_writes_over_the_session_it_reads() {
    let folder = tempfile::tempdir().expect("temporary folder");
    let session = folder.path().join("buổi họp.json");
    fs::copy(concat!(env!("CARGO_MANIFEST_DIR"), "/sessions/sample-q2-2020.json"), &session).expect("copy");
    let before = fs::read(&session).expect("read");
    let path = session.display().to_string();
    let output = sinhhoat(&["export", &path, "--format", "md", "-o", &path, "--force"]);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(fs::read(&session).expect("read"), before);
}

#[test]
fn check_refuses_sizes_no_meeting_reaches_and_names_the_limit() {
    let folder = tempfile::tempdir().expect("temporary folder");
    let sample = fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/sessions/sample-q2-2020.json"))
        .expect("read");
    let mut session: serde_json::Value = serde_json::from_str(&sample).expect("json");
    session["topic"]["name"] = serde_json::Value::String("ư".repeat(200_000));
    let file = folder.path().join("chủ đề dài.json");
    fs::write(&file, serde_json::to_vec(&session).expect("encode")).expect("write");
    let output = sinhhoat(&["check", &file.display().to_string()]);
    assert_eq!(output.status.code(), Some(1));
    let text = stdout(&output);
    assert!(text.contains("topic.name") && text.contains("200000") && text.contains("100000"), "{text}");
}

#[test]
fn each_command_names_its_own_formats_and_a_failed_write_speaks_of_the_command_line_only() {
    let folder = tempfile::tempdir().expect("temporary folder");
    let out = folder.path().join("x.html");
    let out = out.to_str().expect("UTF-8 path");
    let sample = concat!(env!("CARGO_MANIFEST_DIR"), "/sessions/sample-q2-2020.json");
    let report = sinhhoat(&["report", sample, "--format", "html", "-o", out]);
    assert_eq!(report.status.code(), Some(2));
    let said = String::from_utf8_lossy(&report.stderr).into_owned();
    assert!(said.contains("docx, md, csv.") && !said.contains("readiness"), "{said}");

    let nowhere = folder.path().join("không-có").join("biên bản.md");
    let export = sinhhoat(&["export", sample, "--format", "md", "-o", nowhere.to_str().expect("UTF-8")]);
    assert_eq!(export.status.code(), Some(1));
    let said = stdout(&export);
    assert!(said.contains("không ghi được (không tìm thấy tệp hoặc thư mục"), "{said}");
    assert!(!said.contains("ứng dụng"), "no word of the window's kept data: {said}");
}
