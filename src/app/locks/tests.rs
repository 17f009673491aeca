use std::sync::Arc;

use super::ReadOnly;
use crate::app::GuiOptions;
use crate::app::{Action, AppState, Notice};
use crate::edit::Edit;
use crate::meeting::FakeClock;
use crate::model::{MemberId, WallTime};
use crate::store::load_session;

fn started(folder: &std::path::Path, open: Option<std::path::PathBuf>) -> AppState {
    let start = WallTime::parse_from_rfc3339("2020-06-12T14:00:00+07:00").expect("time");
    let options = GuiOptions { data_dir: Some(folder.to_path_buf()), open, ..GuiOptions::default() };
    AppState::start(options, Arc::new(FakeClock::new(start)), || {})
}

fn said(state: &AppState, part: &str) -> bool {
    matches!(state.notice(), Some(Notice::Error(text)) if text.contains(part))
}

#[test]
fn a_file_open_in_a_window_of_another_data_folder_is_only_shown_until_it_is_let_go() {
    let (one, two) = (tempfile::tempdir().expect("folder"), tempfile::tempdir().expect("folder"));
    let mut first = started(one.path(), None);
    let path = first.document().expect("open").path.clone();
    assert!(first.flush());
    let mut second = started(two.path(), Some(path.clone()));
    assert_eq!(second.read_only(), Some(ReadOnly::FileInUse));
    assert!(said(&second, "đang được mở để sửa ở một cửa sổ khác"), "{:?}", second.notice());
    let before = std::fs::read(&path).expect("read");
    second.apply(Action::Edit(Edit::RemoveMember(MemberId(8))));
    second.apply(Action::Trash(path.clone()));
    assert!(second.flush());
    assert_eq!(std::fs::read(&path).expect("read"), before, "the second window wrote nothing");
    assert!(second.document().expect("shown").session().member(MemberId(8)).is_some(), "refused");

    first.apply(Action::Edit(Edit::RemoveMember(MemberId(7))));
    assert!(first.flush());
    assert!(second.retry_locks(), "still held by the first window");
    drop(first);
    assert!(!second.retry_locks(), "the lock is free");
    assert_eq!(second.read_only(), None);
    let reread = second.document().expect("open").session();
    assert!(reread.member(MemberId(7)).is_none(), "the first window's last change was read again");
    second.apply(Action::Edit(Edit::RemoveMember(MemberId(8))));
    assert!(second.flush());
    let saved = load_session(&path).expect("reads");
    assert!(saved.member(MemberId(7)).is_none() && saved.member(MemberId(8)).is_none(), "both changes kept");
}

#[test]
fn without_the_folder_lock_nothing_is_written_until_it_can_be_taken() {
    let folder = tempfile::tempdir().expect("folder");
    let mut state = started(folder.path(), None);
    let path = state.document().expect("open").path.clone();
    assert!(state.flush());
    drop(state);
    // A lock file that cannot be one: a folder where it goes, as a folder left read-only
    // or a file system without locks refuses it.
    std::fs::remove_file(folder.path().join(".lock")).expect("the old lock file");
    std::fs::create_dir(folder.path().join(".lock")).expect("blocked");
    let mut state = started(folder.path(), None);
    assert_eq!(state.read_only(), Some(ReadOnly::FolderCannotLock));
    let before = std::fs::read(&path).expect("read");
    state.apply(Action::Edit(Edit::RemoveMember(MemberId(8))));
    state.apply(Action::NewEmpty);
    assert!(state.flush());
    assert_eq!(std::fs::read(&path).expect("read"), before, "nothing written without the lock");
    assert!(state.retry_locks(), "still blocked");
    std::fs::remove_dir(folder.path().join(".lock")).expect("unblocked");
    assert!(!state.retry_locks(), "the folder can be locked now");
    state.apply(Action::Edit(Edit::RemoveMember(MemberId(8))));
    assert!(state.flush());
    assert!(load_session(&path).expect("reads").member(MemberId(8)).is_none(), "written once locked");
}

#[test]
fn a_copied_data_folder_reopens_its_own_session() {
    let original = tempfile::tempdir().expect("folder");
    let state = started(original.path(), None);
    let path = state.document().expect("open").path.clone();
    drop(state);
    let settings = std::fs::read_to_string(original.path().join("settings.json")).expect("settings");
    assert!(!settings.contains(&original.path().display().to_string()), "kept relative: {settings}");
    let copy = tempfile::tempdir().expect("folder");
    let copied = copy.path().join("sessions");
    std::fs::create_dir_all(&copied).expect("folder");
    let name = path.file_name().expect("name");
    std::fs::copy(&path, copied.join(name)).expect("copy");
    std::fs::copy(original.path().join("settings.json"), copy.path().join("settings.json")).expect("copy");
    let state = started(copy.path(), None);
    assert_eq!(state.document().expect("open").path, copied.join(name), "its own copy, not the original");

    // Settings of an older version kept the absolute path of the original folder.
    let old = serde_json::json!({ "last_session": path });
    std::fs::write(copy.path().join("settings.json"), old.to_string()).expect("write");
    drop(state);
    let state = started(copy.path(), None);
    assert_eq!(state.document().expect("open").path, copied.join(name), "the copy's file of that name");
}

#[test]
fn a_data_folder_that_is_a_file_is_named_as_such() {
    let folder = tempfile::tempdir().expect("folder");
    let file = folder.path().join("dữ liệu");
    std::fs::write(&file, b"not a folder").expect("write");
    let state = started(&file, None);
    assert_eq!(state.read_only(), Some(ReadOnly::FolderCannotLock));
    let message = state.read_only_message().expect("said");
    assert!(message.contains("thực ra là một tệp, không phải thư mục"), "{message}");
}

#[test]
fn a_window_kept_out_by_another_says_so_once_without_the_read_only_banner() {
    let folder = tempfile::tempdir().expect("folder");
    let first = started(folder.path(), None);
    let second = started(folder.path(), None);
    assert!(second.locked_out());
    assert!(said(&second, "đang mở ở một cửa sổ khác"), "{:?}", second.notice());
    assert_eq!(second.read_only_message(), None, "the locked-out screen says it all");
    drop(first);
}
