//! `+` pressed twice during a speech in the real window: the release app records 60 seconds
//! more than the time between Space and E, and keeps both corrections in the file.

#![allow(
    clippy::expect_used,
    clippy::indexing_slicing,
    reason = "a test fails with its expectation's message: that is its job"
)]

mod desktop;

use std::time::Duration;

use desktop::{Desktop, data_folder, session_file, timing_rows};

/// How far the recorded length may be from the time between the keys plus the corrections.
const TOLERANCE: f64 = 0.3;

#[test]
fn plus_twice_during_a_speech_adds_a_minute_to_the_record() {
    let Some(desktop) = Desktop::start("plus_twice_during_a_speech") else {
        return;
    };
    let data = data_folder();
    let mut app = desktop.launch(data.path());
    app.keys(&["n"]);
    let started = app.keys(&["space"]);
    std::thread::sleep(Duration::from_millis(1_500));
    app.keys(&["plus"]);
    app.keys(&["KP_Add"]);
    let file = session_file(data.path());
    app.wait_until_saved(&file, "two corrections", |session| {
        session["live"]["speeches"][0]["span"]["adjustments"].as_array().is_some_and(|list| list.len() == 2)
    });
    let ended = app.keys(&["e"]);
    app.wait_until_saved(&file, "the ended speech", |session| {
        session["live"]["speeches"][0]["span"]["ended_at"].is_string()
    });
    app.kill();
    let session: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&file).expect("the file")).expect("JSON");
    let adjustments = &session["live"]["speeches"][0]["span"]["adjustments"];
    assert_eq!((adjustments[0]["secs"].as_i64(), adjustments[1]["secs"].as_i64()), (Some(30), Some(30)));
    let rows = timing_rows(&file, data.path());
    let driven = ended.duration_since(started).as_secs_f64();
    assert!(
        (rows[0].duration - driven - 60.0).abs() <= TOLERANCE,
        "recorded {:.3} s, driven {driven:.3} s plus 60",
        rows[0].duration
    );
}
