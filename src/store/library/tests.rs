use std::fs;

use super::{Library, validate_name};
use crate::model::Session;
use crate::store::{DataDir, LoadError, StoreError};

fn library() -> (tempfile::TempDir, Library) {
    let folder = tempfile::tempdir().expect("temporary folder");
    let library = Library::open(DataDir::at(folder.path())).expect("library");
    (folder, library)
}

fn names(library: &Library) -> Vec<String> {
    library.list().expect("list").into_iter().map(|entry| entry.name).collect()
}

#[test]
fn created_sessions_are_listed_with_their_summary() {
    let (_folder, library) = library();
    let mut session = Session::new_titled("Tự phê bình và phê bình");
    session.organisation.cell = "Chi bộ Khoa Xây dựng Đảng".into();
    library.create("Quý II năm 2020", &session).expect("create");
    let entries = library.list().expect("list");
    assert_eq!(entries.len(), 1);
    assert_eq!(entries[0].name, "Quý II năm 2020");
    let summary = entries[0].content.as_ref().expect("readable");
    assert_eq!(summary.title, "Tự phê bình và phê bình");
    assert_eq!(summary.cell, "Chi bộ Khoa Xây dựng Đảng");
}

#[test]
fn a_taken_name_gets_a_number_instead_of_overwriting() {
    let (_folder, library) = library();
    library.create("Họp", &Session::new_titled("một")).expect("first");
    library.create("Họp", &Session::new_titled("hai")).expect("second");
    library.create("Họp", &Session::new_titled("ba")).expect("third");
    assert_eq!(names(&library), ["Họp", "Họp (2)", "Họp (3)"]);
}

#[test]
fn broken_files_are_listed_with_their_error_and_left_untouched() {
    let (folder, library) = library();
    library.create("Tốt", &Session::default()).expect("create");
    let broken = folder.path().join("sessions").join("Hỏng.json");
    fs::write(&broken, b"{\"format_version\": 1, \"roster\": [").expect("write");
    let entries = library.list().expect("list");
    assert_eq!(entries.len(), 2);
    let bad = entries.iter().find(|entry| entry.name == "Hỏng").expect("listed");
    assert!(matches!(bad.content, Err(LoadError::Truncated { .. })));
    assert_eq!(fs::read(&broken).expect("read"), b"{\"format_version\": 1, \"roster\": [");
}

#[test]
fn rename_refuses_taken_empty_and_unsafe_names() {
    let (_folder, library) = library();
    let first = library.create("A", &Session::default()).expect("create");
    library.create("B", &Session::default()).expect("create");
    assert_eq!(library.rename(&first, "B"), Err(StoreError::NameTaken("B".into())));
    assert_eq!(library.rename(&first, "  "), Err(StoreError::EmptyName));
    assert_eq!(library.rename(&first, "a/b"), Err(StoreError::InvalidCharacter('/')));
    let renamed = library.rename(&first, "Chuyên đề quý III").expect("rename");
    assert!(renamed.ends_with("Chuyên đề quý III.json"));
    assert_eq!(names(&library), ["B", "Chuyên đề quý III"]);
}

#[test]
fn deleted_sessions_go_to_the_trash_and_come_back() {
    let (_folder, library) = library();
    let path = library.create("Quý I", &Session::new_titled("Quý I")).expect("create");
    let trashed = library.trash(&path).expect("trash");
    assert!(names(&library).is_empty());
    assert_eq!(library.trashed().expect("trash list")[0].name, "Quý I");
    let restored = library.restore(&trashed).expect("restore");
    assert_eq!(restored, path);
    assert_eq!(names(&library), ["Quý I"]);
    assert!(library.trashed().expect("trash list").is_empty());
}

#[test]
fn import_refuses_a_broken_file_and_copies_a_good_one() {
    let (folder, library) = library();
    let outside = folder.path().join("outside");
    fs::create_dir(&outside).expect("folder");
    let bad = outside.join("bad.json");
    fs::write(&bad, b"").expect("write");
    assert_eq!(library.import(&bad), Err(StoreError::Load(LoadError::Empty)));
    let good = outside.join("Chi bộ 3.json");
    Library::export(&Session::new_titled("Chi bộ 3"), &good).expect("export");
    library.import(&good).expect("import");
    assert_eq!(names(&library), ["Chi bộ 3"]);
}

#[test]
fn names_are_trimmed_and_limited() {
    assert_eq!(validate_name("  Quý II  "), Ok("Quý II".into()));
    assert_eq!(validate_name(&"ạ".repeat(121)), Err(StoreError::NameTooLong));
    assert_eq!(validate_name("a\u{0}b"), Err(StoreError::InvalidCharacter('\u{0}')));
    assert_eq!(validate_name(".hidden"), Err(StoreError::InvalidCharacter('.')));
}
