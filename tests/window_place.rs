//! Where the windows open at a text size other than 100 %: places are kept in the desktop's
//! pixels, so the main window comes back at its size and place from one start to the next, and
//! the projector opens at its own size rather than one grown with the text.

#![allow(
    clippy::expect_used,
    clippy::indexing_slicing,
    reason = "a test fails with its expectation's message: that is its job"
)]

mod desktop;

use desktop::{Desktop, data_folder, wait_for_json};
use serde_json::{Value, json};

#[test]
fn at_a_text_size_of_150_the_windows_keep_their_size_and_place() {
    let Some(desktop) = Desktop::start("at_a_text_size_of_150") else {
        return;
    };
    let data = data_folder();
    let session = data.path().join("sessions").join("mau.json");
    std::fs::create_dir_all(data.path().join("sessions")).expect("the sessions folder");
    let sample = concat!(env!("CARGO_MANIFEST_DIR"), "/sessions/sample-q2-2020.json");
    std::fs::copy(sample, &session).expect("copy the sample");
    let settings = data.path().join("settings.json");
    let kept = json!({
        "last_session": session,
        "zoom_percent": 150,
        "main_window": { "x": 40.0, "y": 30.0, "width": 1000.0, "height": 700.0 }
    });
    std::fs::write(&settings, kept.to_string()).expect("write the settings");

    let mut app = desktop.launch(data.path());
    assert_eq!(app.geometry(), [40, 30, 1000, 700], "the main window opens where it was kept");
    app.move_to(200, 100);
    let moved = |s: &Value| s["main_window"]["x"] == 200.0 && s["main_window"]["y"] == 100.0;
    wait_for_json(&settings, "the main window's new place", moved, "main_window");
    let saved: Value = serde_json::from_slice(&std::fs::read(&settings).expect("read")).expect("JSON");
    assert_eq!(saved["zoom_percent"], 150);
    assert_eq!(
        (&saved["main_window"]["width"], &saved["main_window"]["height"]),
        (&json!(1000.0), &json!(700.0)),
        "the size is kept in pixels, not in points at 150 %"
    );
    app.keys(&["F5"]);
    let projector = app.second_window_geometry();
    assert_eq!(projector[2..], [1280, 720], "the projector opens at its own size");
    app.kill();

    let app = desktop.launch(data.path());
    assert_eq!(app.geometry(), [200, 100, 1000, 700], "the next start: the same size and place");
    app.kill();
}
