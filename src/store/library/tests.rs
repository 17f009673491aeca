use std::fs;

use std::path::{Path, PathBuf};

use super::{Library, validate_name};
use crate::model::Session;
use crate::store::{DataDir, LoadError, StoreError, backup_path, encode_session, write_atomic};

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

/// A session saved twice, so that its backup holds the first version, then damaged.
fn damaged_after_two_saves(library: &Library) -> PathBuf {
    let path = library.create("Quý II", &Session::new_titled("Bản đầu")).expect("create");
    write_atomic(&path, &encode_session(&Session::new_titled("Bản sau"))).expect("second save");
    fs::write(&path, b"{\"format_version\": 1, \"meeting\": {\"title\": ").expect("damage");
    path
}

fn files_in(folder: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(folder)
        .expect("folder")
        .map(|entry| entry.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn an_unreadable_file_comes_back_from_its_backup_and_goes_to_the_trash() {
    let (folder, library) = library();
    let path = damaged_after_two_saves(&library);
    let entry = library.list().expect("list").remove(0);
    assert!(matches!(entry.content, Err(LoadError::Truncated { .. })));
    let backup = entry.backup.expect("the backup reads");
    assert_eq!(backup.summary.title, "Bản đầu");
    assert!(backup.saved.is_some());

    assert_eq!(library.restore_backup(&path), Ok(path.clone()));
    assert_eq!(fs::read(&path).expect("read"), encode_session(&Session::new_titled("Bản đầu")));
    let entry = library.list().expect("list").remove(0);
    assert_eq!(entry.content.expect("readable again").title, "Bản đầu");
    assert_eq!(entry.backup, None);
    let trash = folder.path().join("trash");
    assert_eq!(files_in(&trash), ["Quý II.json"]);
    assert_eq!(
        fs::read(trash.join("Quý II.json")).expect("read"),
        b"{\"format_version\": 1, \"meeting\": {\"title\": ",
        "the damaged file is kept as it was"
    );
}

#[test]
fn a_backup_that_does_not_read_is_not_offered_and_nothing_moves() {
    let (folder, library) = library();
    let path = damaged_after_two_saves(&library);
    fs::write(backup_path(&path), b"").expect("damage the backup too");
    assert_eq!(library.list().expect("list")[0].backup, None);
    assert_eq!(library.restore_backup(&path), Err(StoreError::Load(LoadError::Empty)));
    assert_eq!(files_in(&folder.path().join("sessions")), ["Quý II.json", "Quý II.json.bak"]);
    assert!(files_in(&folder.path().join("trash")).is_empty());
}

#[test]
fn a_backup_follows_its_file_when_renamed_deleted_and_restored() {
    let (folder, library) = library();
    let path = library.create("Quý I", &Session::new_titled("một")).expect("create");
    write_atomic(&path, &encode_session(&Session::new_titled("hai"))).expect("second save");
    let sessions = folder.path().join("sessions");
    let renamed = library.rename(&path, "Quý III").expect("rename");
    assert_eq!(files_in(&sessions), ["Quý III.json", "Quý III.json.bak"]);
    let trashed = library.trash(&renamed).expect("trash");
    assert!(files_in(&sessions).is_empty(), "no backup is left behind for a later session of that name");
    assert_eq!(files_in(&folder.path().join("trash")), ["Quý III.json", "Quý III.json.bak"]);
    library.restore(&trashed).expect("restore");
    assert_eq!(files_in(&sessions), ["Quý III.json", "Quý III.json.bak"]);
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

#[test]
fn names_windows_refuses_are_refused_everywhere() {
    for reserved in ["CON", "con", "Nul", "PRN.json", "aux .txt", "COM1", "lpt9"] {
        assert_eq!(
            validate_name(reserved),
            Err(StoreError::ReservedName(reserved.trim().to_owned())),
            "{reserved}"
        );
    }
    assert_eq!(validate_name("Quý II."), Err(StoreError::TrailingDot));
    for fine in ["Console", "COM10", "COM0", "Con đường", "Quý II. Năm 2020"] {
        assert_eq!(validate_name(fine), Ok(fine.to_owned()), "{fine}");
    }
}

/// A data folder as Windows names it for a user called Nguyễn Văn An, nested until the
/// session files' paths pass Windows' old 260-character limit (MAX_PATH).
fn deep_vietnamese_folder(root: &Path) -> PathBuf {
    let mut folder = root.join("Users").join("Nguyễn Văn An").join("AppData").join("Roaming");
    while folder.as_os_str().len() < 230 {
        folder.push("Chi bộ Khoa Xây dựng Đảng");
    }
    folder.join("sinhhoat")
}

#[test]
fn a_folder_and_names_with_vietnamese_letters_and_spaces_past_260_characters_work_throughout() {
    let root = tempfile::tempdir().expect("temporary folder");
    let data = deep_vietnamese_folder(root.path());
    let library = Library::open(DataDir::at(&data)).expect("library in the deep folder");
    let name = "Sinh hoạt chuyên đề quý II năm 2020 — Học tập và làm theo Bác";
    let path = library.create(name, &Session::new_titled("Tự phê bình và phê bình")).expect("create");
    assert!(path.as_os_str().len() > 260, "{} characters", path.as_os_str().len());
    write_atomic(&path, &fs::read(&path).expect("read")).expect("save over it, keeping a backup");
    assert!(backup_path(&path).is_file());
    assert_eq!(names(&library), [name]);
    let copy = library.duplicate(&path, "Bản sao có dấu cách").expect("duplicate");
    let renamed = library.rename(&copy, "Đổi tên lần thứ nhất").expect("rename");
    let trashed = library.trash(&renamed).expect("to the trash");
    library.restore(&trashed).expect("back from the trash");
    let mut listed = names(&library);
    listed.sort();
    assert_eq!(
        listed,
        ["Sinh hoạt chuyên đề quý II năm 2020 — Học tập và làm theo Bác", "Đổi tên lần thứ nhất"]
    );
}
