//! The first keys after a start: N on the opening slide starts the discussion; and the app
//! started twice on one data folder, as happens by a double click too many, where the second
//! window writes nothing, whatever keys it gets, and the first goes on saving.

#![allow(
    clippy::expect_used,
    clippy::indexing_slicing,
    reason = "a test fails with its expectation's message: that is its job"
)]

mod desktop;

use desktop::{Desktop, checked_session, data_folder, session_file, timing_rows};

#[test]
fn a_second_window_on_the_same_sessions_never_writes() {
    let Some(desktop) = Desktop::start("a_second_window_on_the_same_sessions") else {
        return;
    };
    let data = data_folder();
    let mut first = desktop.launch(data.path());
    first.keys(&["Next", "n", "space"]);
    let file = session_file(data.path());
    first.wait_until_saved(&file, "the started speech", |session| {
        session["live"]["speeches"][0]["span"]["started_at"].is_string()
    });
    let before = std::fs::read(&file).expect("read");

    let mut second = desktop.launch(data.path());
    second.keys(&["Next", "n", "space"]);
    second.keys(&["e", "Next", "Next", "ctrl+z", "F5"]);
    std::thread::sleep(std::time::Duration::from_secs(2));
    assert_eq!(std::fs::read(&file).expect("read"), before, "the second window wrote to the session");
    let sessions = std::fs::read_dir(data.path().join("sessions")).expect("list").flatten();
    let names: Vec<_> = sessions.map(|entry| entry.file_name().to_string_lossy().into_owned()).collect();
    let files = names.iter().filter(|name| name.ends_with(".json") && !name.starts_with('.')).count();
    assert_eq!(files, 1, "the second window created no session: {names:?}");
    second.kill();

    first.keys(&["e"]);
    first.wait_until_saved(&file, "the speech ended in the first window", |session| {
        session["live"]["speeches"][0]["span"]["ended_at"].is_string()
    });
    // The command line only reads, so it works while the window holds the folder.
    checked_session(&file);
    assert_eq!(timing_rows(&file, data.path()).len(), 1, "sinhhoat export ran beside the window");
    first.kill();
}

#[test]
fn n_on_the_opening_slide_calls_the_first_speaker_of_the_first_sub_topic() {
    let Some(desktop) = Desktop::start("n_on_the_opening_slide") else {
        return;
    };
    let data = data_folder();
    let mut app = desktop.launch(data.path());
    app.keys(&["n"]);
    let file = session_file(data.path());
    app.wait_until_saved(&file, "the first speaker called", |session| {
        session["live"]["speeches"][0].is_object()
    });
    app.kill();
    let session = checked_session(&file);
    assert_eq!(session["live"]["flow"]["step"]["step"], "discussion");
    assert_eq!(session["live"]["flow"]["step"]["subtopic"], session["subtopics"][0]["id"]);
    let speech = &session["live"]["speeches"][0];
    assert_eq!(speech["speaker"], session["subtopics"][0]["speakers"][0], "the first planned speaker");
    assert!(speech["span"]["started_at"].is_null(), "called, waiting for Space");
}
