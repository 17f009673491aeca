//! The app shell driven through its UI: first start, editing with autosave, the session list,
//! import and export, settings.

#![allow(
    clippy::expect_used,
    clippy::indexing_slicing,
    reason = "a test fails with its expectation's message: that is its job"
)]

mod common;

use std::fs;
use std::time::{Duration, Instant};

use common::{click, en, harness, replace_text, session_names, value_of, vi};
use egui_kittest::kittest::Queryable;
use sinhhoat::model::Session;
use sinhhoat::settings::ThemeChoice;
use sinhhoat::store::{DataDir, Library, encode_session, load_session, write_atomic};
use sinhhoat::ui::{Notice, Screen};

const SAMPLE_NAME: &str = "Mẫu - Quý II năm 2020 - Tự phê bình và phê bình";

#[test]
fn first_start_opens_a_working_copy_of_the_sample() {
    let folder = tempfile::tempdir().expect("temporary folder");
    let harness = harness(folder.path(), None);
    assert_eq!(session_names(folder.path()), [format!("{SAMPLE_NAME}.json")]);
    let app = harness.state();
    assert_eq!(app.screen(), Screen::Details);
    assert!(
        matches!(app.notice(), Some(Notice::Info(text)) if text.starts_with("Ứng dụng đã mở một bản sao của buổi sinh hoạt mẫu"))
    );
    assert_eq!(value_of(&harness, vi().meeting_title), "Sinh hoạt chuyên đề Quý II năm 2020");
    assert_eq!(value_of(&harness, vi().chair), "Nguyễn Thị Hồng Nhung");
    assert!(harness.query_by_label_contains("Trung thực với Đảng").is_some());
    assert!(folder.path().join("settings.json").exists());
}

#[test]
fn a_restart_reopens_the_last_session_as_of_the_last_change() {
    let folder = tempfile::tempdir().expect("temporary folder");
    let mut first = harness(folder.path(), None);
    replace_text(&mut first, vi().minute_taker, "Bùi Thị Phượng");
    let path = first.state().document().expect("open").path.clone();
    let deadline = Instant::now() + Duration::from_secs(1);
    while load_session(&path).expect("readable").meeting.minute_taker != "Bùi Thị Phượng" {
        assert!(Instant::now() < deadline, "the change was not on disk within one second");
        std::thread::sleep(Duration::from_millis(5));
    }

    drop(first);
    let again = harness(folder.path(), None);
    assert_eq!(session_names(folder.path()).len(), 1, "no second copy of the sample");
    assert_eq!(again.state().screen(), Screen::Details);
    assert_eq!(value_of(&again, vi().minute_taker), "Bùi Thị Phượng");
}

#[test]
fn typed_changes_reach_the_disk() {
    let folder = tempfile::tempdir().expect("temporary folder");
    let mut harness = harness(folder.path(), None);
    replace_text(&mut harness, vi().place, "Hội trường Đảng ủy, tầng 3");
    replace_text(&mut harness, vi().meeting_date, "19/06/2020");
    assert!(harness.state_mut().flush());
    harness.run();
    let path = harness.state().document().expect("open").path.clone();
    let saved = load_session(&path).expect("saved file reads");
    assert_eq!(saved.meeting.place, "Hội trường Đảng ủy, tầng 3");
    assert_eq!(saved.meeting.date.map(|d| d.to_string()), Some("2020-06-19".into()));
    assert!(harness.query_by_label(vi().saved).is_some());
}

#[test]
fn impossible_input_is_explained_in_vietnamese_and_not_saved() {
    let folder = tempfile::tempdir().expect("temporary folder");
    let mut harness = harness(folder.path(), None);
    replace_text(&mut harness, vi().target_max, "12:00");
    assert!(
        harness
            .query_by_label("Thời gian phát biểu “đến” không được vượt quá giới hạn “không quá”.")
            .is_some()
    );
    replace_text(&mut harness, vi().meeting_date, "31/02/2020");
    assert!(harness.query_by_label_contains("Ngày không hợp lệ").is_some());
    assert!(harness.state_mut().flush());
    let path = harness.state().document().expect("open").path.clone();
    let saved = load_session(&path).expect("saved file reads");
    assert_eq!(saved.timing.target_max_secs, 420);
    assert_eq!(saved.meeting.date.map(|d| d.to_string()), Some("2020-06-12".into()));
}

#[test]
fn the_list_shows_broken_files_and_manages_sessions() {
    let folder = tempfile::tempdir().expect("temporary folder");
    let broken = folder.path().join("sessions").join("Hỏng.json");
    fs::create_dir_all(broken.parent().expect("folder")).expect("sessions folder");
    fs::write(&broken, "{\"format_version\": 1, \"roster\": [").expect("write");
    fs::write(folder.path().join("settings.json"), "{}").expect("not a first start");
    let mut harness = harness(folder.path(), None);

    assert!(harness.query_by_label_contains("Tệp bị cắt cụt").is_some());
    click(&mut harness, vi().session_new_empty);
    assert_eq!(harness.state().screen(), Screen::Details);
    click(&mut harness, vi().nav_sessions);
    assert_eq!(session_names(folder.path()), ["Buổi sinh hoạt mới.json", "Hỏng.json"]);

    harness.get_all_by_label("Đổi tên").next().expect("a rename button").click();
    harness.run();
    replace_text(&mut harness, vi().rename_label, "Quý III: kỷ luật");
    harness.get_all_by_label("Đổi tên").next().expect("confirm").click();
    harness.run();
    assert!(harness.query_by_label_contains("không được chứa ký tự “:”").is_some());
    replace_text(&mut harness, vi().rename_label, "Quý III - kỷ luật");
    harness.get_all_by_label("Đổi tên").next().expect("confirm").click();
    harness.run();
    assert_eq!(session_names(folder.path()), ["Hỏng.json", "Quý III - kỷ luật.json"]);
    assert!(harness.state().document().expect("still open").path.ends_with("Quý III - kỷ luật.json"));

    harness.get_all_by_label("Xóa").last().expect("delete button").click();
    harness.run();
    click(&mut harness, vi().confirm);
    assert_eq!(session_names(folder.path()), ["Hỏng.json"]);
    assert!(harness.state().document().is_none());
    click(&mut harness, "Thùng rác (1)");
    click(&mut harness, vi().restore);
    assert_eq!(session_names(folder.path()), ["Hỏng.json", "Quý III - kỷ luật.json"]);
    assert_eq!(fs::read_to_string(&broken).expect("read"), "{\"format_version\": 1, \"roster\": [");
}

#[test]
fn a_damaged_file_is_put_back_from_its_backup_with_one_click() {
    let folder = tempfile::tempdir().expect("temporary folder");
    fs::write(folder.path().join("settings.json"), "{}").expect("not a first start");
    let library = Library::open(DataDir::at(folder.path())).expect("library");
    let path = library.create("Quý II", &Session::new_titled("Bản đầu")).expect("create");
    write_atomic(&path, &encode_session(&Session::new_titled("Bản sau"))).expect("second save");
    fs::write(&path, "{\"format_version\": 1, \"meeting\": ").expect("damage");
    let mut harness = harness(folder.path(), None);

    assert!(harness.query_by_label_contains("Tệp bị cắt cụt").is_some());
    assert!(
        harness.query_by_label_contains("Bản sao lưu trước đó vẫn đọc được: “Bản đầu”, lưu lúc").is_some()
    );
    click(&mut harness, vi().restore_backup);
    assert!(
        matches!(harness.state().notice(), Some(Notice::Info(m)) if m.contains("tệp hỏng được giữ trong thùng rác"))
    );
    assert!(harness.query_by_label_contains("Tệp bị cắt cụt").is_none());
    assert!(harness.query_by_label(vi().restore_backup).is_none());
    click(&mut harness, vi().session_open);
    assert_eq!(value_of(&harness, vi().meeting_title), "Bản đầu");
    click(&mut harness, vi().nav_sessions);
    assert!(harness.query_by_label("Thùng rác (1)").is_some(), "the damaged file is kept");
}

#[test]
fn duplicate_import_and_export_work_without_a_file_dialog() {
    let folder = tempfile::tempdir().expect("temporary folder");
    let mut harness = harness(folder.path(), None);
    click(&mut harness, vi().nav_sessions);
    click(&mut harness, vi().session_duplicate);
    assert_eq!(session_names(folder.path()).len(), 2);

    let export = folder.path().join("xuất.json");
    replace_text(&mut harness, vi().export_heading, &export.display().to_string());
    click(&mut harness, vi().export_button);
    assert_eq!(load_session(&export).expect("exported").meeting.title, "Sinh hoạt chuyên đề Quý II năm 2020");

    let outside = folder.path().join("Chi bộ 5.json");
    Library::export(&Session::new_titled("Chi bộ 5"), &outside).expect("write");
    replace_text(&mut harness, vi().import_heading, &outside.display().to_string());
    click(&mut harness, vi().import_button);
    assert!(session_names(folder.path()).contains(&"Chi bộ 5.json".to_owned()));
    assert_eq!(value_of(&harness, vi().meeting_title), "Chi bộ 5");

    click(&mut harness, vi().nav_sessions);
    let empty = folder.path().join("rỗng.json");
    fs::write(&empty, "").expect("write");
    replace_text(&mut harness, vi().import_heading, &empty.display().to_string());
    click(&mut harness, vi().import_button);
    assert!(harness.query_by_label("Tệp rỗng, không có dữ liệu.").is_some());
}

#[test]
fn a_newer_file_is_refused_and_left_alone() {
    let folder = tempfile::tempdir().expect("temporary folder");
    let future = folder.path().join("future.json");
    let text = "{\"format_version\": 99, \"meeting\": {\"title\": \"x\"}}";
    fs::write(&future, text).expect("write");
    let harness = harness(folder.path(), Some(future.clone()));
    assert!(harness.state().document().is_none());
    assert!(matches!(harness.state().notice(), Some(Notice::Error(m)) if m.contains("phiên bản mới hơn")));
    drop(harness);
    assert_eq!(fs::read_to_string(&future).expect("read"), text);
}

#[test]
fn broken_settings_are_named_as_such_and_the_sessions_still_open() {
    let folder = tempfile::tempdir().expect("temporary folder");
    let settings = folder.path().join("settings.json");
    fs::write(&settings, "{\"language\": \"fr\"}").expect("write");
    let library = Library::open(DataDir::at(folder.path())).expect("library");
    library.create("Quý IV", &Session::new_titled("Quý IV")).expect("create");
    let mut harness = harness(folder.path(), None);
    let expected = "Không đọc được tệp cài đặt (settings.json): Dữ liệu sai ở dòng 1, cột 17, mục `language`: \
                    `fr` không phải giá trị được phép, cần một trong các giá trị `vietnamese`, `english`. \
                    Ứng dụng dùng cài đặt mặc định";
    assert!(
        matches!(harness.state().notice(), Some(Notice::Error(m)) if m.starts_with(expected)),
        "{:?}",
        harness.state().notice()
    );
    click(&mut harness, vi().session_open);
    assert_eq!(value_of(&harness, vi().meeting_title), "Quý IV");
}

#[test]
fn the_top_bar_takes_two_lines_on_a_narrow_projector_rather_than_overlapping() {
    let folder = tempfile::tempdir().expect("temporary folder");
    let mut harness = harness(folder.path(), None);
    for (width, one_line) in [(1600.0, true), (1024.0, false), (1400.0, true)] {
        harness.set_size(eframe::egui::vec2(width, 768.0));
        harness.run();
        let settings = harness.get_by_label(vi().nav_settings).rect();
        let saved = harness.get_by_label(vi().saved).rect();
        assert!(!settings.intersects(saved), "{width}: {settings:?} overlaps {saved:?}");
        assert!(saved.right() <= width, "{width}: {saved:?} is inside the window");
        assert_eq!(saved.top() < settings.bottom(), one_line, "{width}: {settings:?} and {saved:?}");
    }
}

#[test]
fn english_and_the_projection_theme_can_be_chosen() {
    let folder = tempfile::tempdir().expect("temporary folder");
    let mut harness = harness(folder.path(), None);
    click(&mut harness, vi().nav_settings);
    click(&mut harness, "English");
    assert!(harness.query_by_label(en().nav_sessions).is_some());
    click(&mut harness, (en().theme_name)(ThemeChoice::HighContrast));
    click(&mut harness, en().nav_details);
    assert!(harness.query_by_label(en().meeting_title).is_some());
    let saved = fs::read_to_string(folder.path().join("settings.json")).expect("settings");
    assert!(saved.contains("english") && saved.contains("high_contrast"), "{saved}");
}

/// Makes every save of the open session fail, even for root: a folder where the save's
/// temporary file must go. Returns the session's path and that folder, to remove.
fn block_saves(
    harness: &egui_kittest::Harness<'_, sinhhoat::ui::SinhHoatApp>,
) -> (std::path::PathBuf, std::path::PathBuf) {
    let path = harness.state().document().expect("the sample copy").path.clone();
    let name = path.file_name().expect("a file name").to_string_lossy();
    let obstacle = path.with_file_name(format!(".{name}.tmp{}", std::process::id()));
    std::fs::create_dir(&obstacle).expect("block the save");
    (path, obstacle)
}

#[test]
fn a_disk_that_refuses_writes_gets_a_lasting_warning_and_the_changes_are_saved_once_it_can() {
    let folder = tempfile::tempdir().expect("temporary folder");
    let mut harness = harness(folder.path(), None);
    let (path, obstacle) = block_saves(&harness);

    replace_text(&mut harness, vi().place, "Phòng họp số 2");
    assert!(!harness.state_mut().flush(), "the save fails");
    harness.run();
    let banner = "KHÔNG LƯU ĐƯỢC VÀO Ổ ĐĨA";
    assert!(harness.query_by_label(banner).is_some());
    assert!(harness.query_by_label_contains("đang thử lại mỗi giây").is_some());
    assert_eq!(value_of(&harness, vi().place), "Phòng họp số 2", "the change is kept in memory");
    replace_text(&mut harness, vi().place, "Phòng họp số 3");
    assert!(harness.query_by_label(banner).is_some(), "still shown after more changes");
    let on_disk = sinhhoat::store::load_session(&path).expect("the previous version");
    assert_ne!(on_disk.meeting.place, "Phòng họp số 3");

    let root = eframe::egui::ViewportId::ROOT;
    harness.input_mut().viewports.entry(root).or_default().events.push(eframe::egui::ViewportEvent::Close);
    harness.step();
    let commands = &harness.output().viewport_output[&root].commands;
    assert!(commands.contains(&eframe::egui::ViewportCommand::CancelClose), "closing is held back");
    harness.run();
    assert!(harness.query_by_label(vi().close_unsaved_title).is_some(), "and the user is asked");
    click(&mut harness, vi().stay_open);
    assert!(harness.query_by_label(vi().close_unsaved_title).is_none());

    std::fs::remove_dir(&obstacle).expect("the disk frees up");
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(5);
    while harness.query_by_label(banner).is_some() && std::time::Instant::now() < deadline {
        std::thread::sleep(std::time::Duration::from_millis(100));
        harness.run();
    }
    assert!(harness.query_by_label(banner).is_none(), "the banner goes once a retry succeeds");
    assert!(harness.query_by_label(vi().saved_again).is_some());
    let saved = sinhhoat::store::load_session(&path).expect("saved by a retry");
    assert_eq!(saved.meeting.place, "Phòng họp số 3");
}

#[test]
fn the_field_keeps_the_cursor_when_the_save_warning_appears() {
    let folder = tempfile::tempdir().expect("temporary folder");
    let mut harness = harness(folder.path(), None);
    let (_, obstacle) = block_saves(&harness);
    replace_text(&mut harness, vi().place, "Phòng");
    assert!(!harness.state_mut().flush(), "the save fails");
    harness.run();
    assert!(harness.query_by_label("KHÔNG LƯU ĐƯỢC VÀO Ổ ĐĨA").is_some(), "the warning is up");
    harness.event(eframe::egui::Event::Text(" họp".into()));
    harness.run();
    assert_eq!(value_of(&harness, vi().place), "Phòng họp", "the keys typed after it reach the field");
    std::fs::remove_dir(&obstacle).expect("the disk frees up");
}
