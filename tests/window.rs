//! The whole app the way a secretary uses it: the release binary in a real X window, driven by
//! real key presses, its saved session read back through `sinhhoat check` and `export`; and
//! the same app killed (SIGKILL) mid-speech, mid-typing and at random moments, then restarted.

mod desktop;

use std::time::{Duration, Instant};

use desktop::{App, Desktop, checked_session, data_folder, session_file, timing_rows};

/// How far a recorded duration may be from the one driven.
const TOLERANCE: f64 = 0.3;

fn seconds(from: Instant, to: Instant) -> f64 {
    to.duration_since(from).as_secs_f64()
}

fn assert_close(recorded: f64, driven: f64, what: &str) {
    assert!((recorded - driven).abs() <= TOLERANCE, "{what}: recorded {recorded:.3} s, driven {driven:.3} s");
}

fn pause(seconds: f64) {
    std::thread::sleep(Duration::from_secs_f64(seconds));
}

/// Waits long enough for the last change to be on disk (the promise is one second).
fn let_it_save() {
    pause(1.0);
}

#[test]
fn a_short_meeting_driven_by_keys_is_recorded_to_the_tenth_of_a_second() {
    let Some(desktop) = Desktop::start("a_short_meeting_driven_by_keys") else {
        return;
    };
    let data = data_folder();
    let app = desktop.launch(data.path());

    app.keys(&["Next"]);
    app.keys(&["n"]);
    let started = app.keys(&["space"]);
    pause(2.0);
    let paused = app.keys(&["space"]);
    pause(1.5);
    let resumed = app.keys(&["space"]);
    pause(1.5);
    let ended = app.keys(&["e"]);
    app.keys(&["c"]);
    app.keys(&["1"]);
    app.type_slowly("Cần ví dụ cụ thể hơn", Duration::from_millis(20), None);
    app.keys(&["Escape"]);
    let comment_started = app.keys(&["shift+space"]);
    pause(1.2);
    let comment_ended = app.keys(&["n"]);
    let second_started = app.keys(&["space"]);
    pause(2.5);
    let second_ended = app.keys(&["e"]);
    app.keys(&["Next", "Next"]);
    let_it_save();
    app.kill();

    let file = session_file(data.path());
    let session = checked_session(&file);
    let rows = timing_rows(&file, data.path());
    let kinds: Vec<(&str, &str)> = rows.iter().map(|row| (row.kind.as_str(), row.speaker.as_str())).collect();
    assert_eq!(
        kinds,
        [("speech", "Lê Minh Đức"), ("comment", "Nguyễn Thị Hồng Nhung"), ("speech", "Phạm Thị Thu Hương")],
        "the planned speakers in order, the comment after the speech it follows"
    );
    let first = seconds(started, paused) + seconds(resumed, ended);
    assert_close(rows[0].duration, first, "first speech, its pause left out");
    assert_close(rows[0].paused, seconds(paused, resumed), "first speech's pause");
    assert_close(rows[1].duration, seconds(comment_started, comment_ended), "comment");
    assert_close(rows[2].duration, seconds(second_started, second_ended), "second speech");
    assert_eq!(rows[2].paused, 0.0);
    assert_eq!(session["live"]["comments"][0]["text"], "Cần ví dụ cụ thể hơn");
    let second = &session["subtopics"][1]["id"];
    assert_eq!(
        session["live"]["flow"]["step"],
        serde_json::json!({"step": "discussion", "subtopic": second})
    );
}

#[test]
fn killed_during_a_speech_the_app_comes_back_with_the_speech_still_counting() {
    let Some(desktop) = Desktop::start("killed_during_a_speech") else {
        return;
    };
    let data = data_folder();
    let app = desktop.launch(data.path());
    app.keys(&["Next", "n"]);
    let started = app.keys(&["space"]);
    pause(2.0);
    app.kill();

    let file = session_file(data.path());
    let session = checked_session(&file);
    let span = &session["live"]["speeches"][0]["span"];
    assert!(span["started_at"].is_string() && span["ended_at"].is_null(), "still running on disk: {span}");

    let app = desktop.launch(data.path());
    let ended = app.keys(&["e"]);
    let_it_save();
    app.kill();
    let rows = timing_rows(&file, data.path());
    assert_eq!(rows.len(), 1);
    assert_close(rows[0].duration, seconds(started, ended), "the speech counted on through the restart");
}

#[test]
fn killed_while_typing_a_comment_the_app_loses_at_most_the_last_second() {
    const TEXT: &str = "Đồng chí cần nêu rõ nguyên nhân chủ quan và biện pháp khắc phục cụ thể";
    let Some(desktop) = Desktop::start("killed_while_typing_a_comment") else {
        return;
    };
    let data = data_folder();
    let app = desktop.launch(data.path());
    app.keys(&["Next", "n", "space"]);
    pause(0.5);
    app.keys(&["e", "c"]);
    app.keys(&["1"]);
    let typed =
        app.type_slowly(TEXT, Duration::from_millis(30), Some(Instant::now() + Duration::from_secs(3)));
    let killed = app.kill();

    let file = session_file(data.path());
    let session = checked_session(&file);
    let saved = session["live"]["comments"][0]["text"].as_str().expect("the comment's text").to_owned();
    let safe = typed.iter().filter(|(sent, _)| killed.duration_since(*sent) >= Duration::from_secs(1)).last();
    let safe = safe.map_or("", |(_, text)| text.as_str());
    assert!(TEXT.starts_with(&saved), "saved {saved:?} is what was typed");
    assert!(
        saved.starts_with(safe),
        "saved {saved:?} holds everything typed a second before the kill: {safe:?}"
    );
    assert!(safe.chars().count() >= 5, "typing went on long enough to test something: {safe:?}");

    let app = desktop.launch(data.path());
    app.kill();
    assert_eq!(checked_session(&file)["live"]["comments"][0]["text"], saved.as_str(), "the restart kept it");
}
