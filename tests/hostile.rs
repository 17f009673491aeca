//! The broken and extreme files of `tests/fixtures/hostile/` (written by
//! `scripts/hostile_fixtures.py`): each file in `loads/` loads and round-trips with nothing
//! lost or changed, each in `refused/` is refused with a clear Vietnamese message, quickly;
//! `sinhhoat check` agrees, and no file is modified by being read or checked.

#![allow(
    clippy::expect_used,
    clippy::indexing_slicing,
    reason = "a test fails with its expectation's message: that is its job"
)]

use std::fs;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use serde_json::Value;
use sinhhoat::cli;
use sinhhoat::i18n::Language;
use sinhhoat::store::{decode_session, encode_session, load_session};

/// `tests/fixtures/hostile/KIND/NAME`.
fn fixture(kind: &str, name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/hostile").join(kind).join(name)
}

fn fixtures(kind: &str) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = fs::read_dir(fixture(kind, ""))
        .expect("the fixtures")
        .map(|entry| entry.expect("entry").path())
        .collect();
    files.sort();
    files
}

/// Whether everything `file` says is said the same way in `saved`. `saved` may add fields the
/// file left to their defaults, nothing else.
fn kept(file: &Value, saved: &Value) -> bool {
    match (file, saved) {
        (Value::Object(file), Value::Object(saved)) => {
            file.iter().all(|(key, value)| saved.get(key).is_some_and(|other| kept(value, other)))
        }
        (Value::Array(file), Value::Array(saved)) => {
            file.len() == saved.len() && file.iter().zip(saved).all(|(a, b)| kept(a, b))
        }
        (file, saved) => file == saved,
    }
}

fn check(file: &Path) -> (i32, String) {
    let mut out = Vec::new();
    let code = cli::check(&[file.to_path_buf()], Language::Vietnamese, &mut out);
    (code, String::from_utf8(out).expect("UTF-8"))
}

#[test]
fn extreme_but_sound_files_load_and_round_trip_unchanged() {
    let files = fixtures("loads");
    assert_eq!(files.len(), 6);
    for file in files {
        let before = fs::read(&file).expect("read");
        let session = load_session(&file).unwrap_or_else(|error| panic!("{}: {error}", file.display()));
        let saved = encode_session(&session);
        let reloaded = decode_session(&saved).expect("the saved bytes load");
        assert_eq!(reloaded, session, "{}", file.display());
        assert_eq!(encode_session(&reloaded), saved, "{}: saving is stable", file.display());
        let original: Value = serde_json::from_slice(&before).expect("JSON");
        let written: Value = serde_json::from_slice(&saved).expect("JSON");
        assert!(kept(&original, &written), "{}: every field comes back as it was", file.display());

        let (code, line) = check(&file);
        assert_eq!((code, line.lines().count()), (0, 1), "{line}");
        assert!(line.ends_with(": hợp lệ\n"), "{line}");
        assert_eq!(fs::read(&file).expect("read"), before, "{} is not modified", file.display());
    }
}

#[test]
fn the_extremes_hold_what_their_names_say() {
    let load = |name: &str| load_session(&fixture("loads", name)).expect("loads");
    assert_eq!(load("500-members.json").roster.len(), 500);
    let notes = load("notes-of-10000-characters.json");
    assert_eq!(notes.live.speeches[0].notes.why.chars().count(), 10_000);
    assert_eq!(notes.live.comments[0].text.chars().count(), 10_000);
    let names = |name: &str| load(name).roster.iter().map(|m| m.name.clone()).collect::<Vec<_>>().join("|");
    assert!(names("names-with-emoji.json").contains("👩‍👩‍👧‍👦"));
    assert!(
        names("combining-marks.json").contains("Nguye\u{302}\u{303}n"),
        "decomposed text stays decomposed"
    );
    assert!(names("right-to-left-text.json").contains('\u{202e}'));
    assert!(names("control-characters.json").contains("Null\u{0}byte"));
}

#[test]
fn broken_files_are_refused_quickly_with_a_clear_message_and_left_alone() {
    let files = fixtures("refused");
    assert_eq!(files.len(), 15);
    for file in files {
        let before = fs::read(&file).expect("read");
        let started = Instant::now();
        let error = load_session(&file).expect_err("refused");
        assert!(started.elapsed() < Duration::from_secs(1), "{}: refused at once", file.display());
        let message = (Language::Vietnamese.strings().load_error)(&error);
        assert!(message.len() > 20 && message.ends_with('.'), "{}: {message}", file.display());
        assert!(!message.contains(".."), "{message}");

        let (code, line) = check(&file);
        assert_eq!(code, 1, "{line}");
        assert_eq!(line, format!("{}: {message}\n", file.display()));
        assert_eq!(fs::read(&file).expect("read"), before, "{} is not modified", file.display());
    }
}

#[test]
fn each_kind_of_damage_is_named() {
    let message = |name: &str| {
        (Language::Vietnamese.strings().load_error)(
            &load_session(&fixture("refused", name)).expect_err("refused"),
        )
    };
    let expectations = [
        ("truncated.json", "bị cắt cụt"),
        ("empty.json", "Tệp rỗng"),
        ("binary-garbage.json", "không phải văn bản UTF-8"),
        ("not-utf8.json", "không phải văn bản UTF-8"),
        ("deeply-nested.json", "lồng nhau quá sâu"),
        (
            "wrong-types.json",
            "dòng 20, cột 16, mục `roster[0].name`: cần một chuỗi ký tự, nhưng tệp ghi số nguyên 42",
        ),
        (
            "wrong-type-of-timing.json",
            "cần một số nguyên từ 0 đến 4294967295, nhưng tệp ghi chuỗi \"mười phút\"",
        ),
        ("id-too-large.json", "mục `roster[0].id`: số nguyên 99999999999 không hợp lệ ở đây"),
        ("duplicate-member-ids.json", "có hai đảng viên cùng mã số 1"),
        ("duplicate-speech-ids.json", "có hai ý kiến phát biểu cùng mã số 1"),
        ("speech-ends-before-it-starts.json", "thời gian của ý kiến phát biểu số 1 không hợp lý"),
        ("pause-goes-backwards.json", "thời gian của ý kiến phát biểu số 1 không hợp lý"),
        ("comment-paused-before-it-started.json", "thời gian của ý kiến bổ sung số 1 không hợp lý"),
        ("impossible-timing.json", "thời gian phát biểu “từ” không được lớn hơn “đến”"),
        ("comment-on-a-missing-speech.json", "nhắc tới ý kiến phát biểu số 77"),
    ];
    for (name, expected) in expectations {
        let message = message(name);
        assert!(message.contains(expected), "{name}: {message}");
    }
}
