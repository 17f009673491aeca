//! One laptop, one projector, in a real window: the slide shown in the main window (F6) for the
//! whole meeting, the app killed at a random moment and its file read back; the chooser it
//! opens, Esc and F6 back to the live screen; a presenter's clicker keys; the speaker's final
//! time after E; keys typed while the projector's own window has the focus. What the window
//! shows is read from the app's own frame report (`view …`).

#![allow(
    clippy::expect_used,
    clippy::indexing_slicing,
    reason = "a test fails with its expectation's message: that is its job"
)]

mod desktop;

use std::path::Path;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use desktop::{App, Desktop, checked_session, data_folder, session_file, timing_rows};

fn pause(seconds: f64) {
    std::thread::sleep(Duration::from_secs_f64(seconds));
}

/// A moment between `from` and `to` seconds, different at each run.
fn random_between(from: f64, to: f64) -> f64 {
    let nanos = SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |since| since.subsec_nanos());
    from + (to - from) * f64::from(nanos % 1000) / 1000.0
}

/// The app on its first start (or the sample's copy), presenting the first sub-topic's slide in the main window.
fn presenting(app: &mut App) {
    app.keys(&["Next"]);
    app.keys(&["F6"]);
    app.wait_for_view("slide sub-topic");
}

#[test]
fn presenting_in_the_main_window_every_speech_is_on_disk_within_a_second_of_a_kill() {
    let Some(desktop) = Desktop::start("presenting_in_the_main_window_kill") else {
        return;
    };
    let data = data_folder();
    let mut app = desktop.launch(data.path());
    presenting(&mut app);
    app.keys(&["n"]);
    app.wait_for_view("slide speech");
    let started = app.keys(&["space"]);
    pause(3.0);
    let paused = app.keys(&["space"]);
    pause(1.0);
    app.keys(&["e"]);
    pause(1.2);
    app.kill();
    let file = session_file(data.path());
    let rows = timing_rows(&file, data.path());
    assert_eq!(rows.len(), 1, "the speech given on the slide is in the file: {rows:?}");
    let driven = paused.duration_since(started).as_secs_f64();
    assert!((rows[0].duration - driven).abs() <= 0.3, "recorded {} s, driven {driven} s", rows[0].duration);

    let mut app = desktop.launch(data.path());
    app.keys(&["F6"]);
    app.keys(&["n"]);
    app.wait_for_view("slide speech");
    app.keys(&["space"]);
    let moment = random_between(1.0, 3.0);
    pause(moment);
    app.kill();
    let session = checked_session(&file);
    let span = &session["live"]["speeches"][1]["span"];
    assert!(
        span["started_at"].is_string() && span["ended_at"].is_null(),
        "killed {moment:.2} s after Space on the slide, the running speech is on disk: {span}"
    );
}

#[test]
fn a_chooser_opened_on_the_slide_is_seen_and_esc_and_f6_lead_back_to_the_live_screen() {
    let Some(desktop) = Desktop::start("a_chooser_opened_on_the_slide") else {
        return;
    };
    let data = data_folder();
    let mut app = desktop.launch(data.path());
    presenting(&mut app);
    app.keys(&["m"]);
    app.wait_for_view("slide sub-topic message-chooser");
    app.keys(&["Escape"]);
    app.wait_for_view("slide sub-topic");
    app.keys(&["m"]);
    app.wait_for_view("slide sub-topic message-chooser");
    app.keys(&["F6"]);
    app.wait_for_view("live message-chooser");
    app.keys(&["Escape"]);
    app.wait_for_view("live");
    app.keys(&["F6"]);
    app.wait_for_view("slide sub-topic");
    app.keys(&["Escape"]);
    app.wait_for_view("live");
}

#[test]
fn the_clicker_keys_present_blank_and_never_move_on_from_a_running_speech() {
    let Some(desktop) = Desktop::start("the_clicker_keys") else {
        return;
    };
    let data = data_folder();
    let mut app = desktop.launch(data.path());
    app.keys(&["Next"]);
    app.keys(&["shift+F5"]);
    app.wait_for_view("slide sub-topic");
    app.keys(&["n"]);
    app.wait_for_view("slide speech");
    app.keys(&["period"]);
    app.wait_for_view("slide speech blank");
    app.keys(&["period"]);
    app.wait_for_view("slide speech");
    app.keys(&["b"]);
    app.wait_for_view("slide speech blank");
    app.keys(&["Escape"]);
    app.wait_for_view("slide speech");
    app.keys(&["space"]);
    app.keys(&["Next"]);
    app.keys(&["Prior"]);
    let file = session_file(data.path());
    app.wait_until_saved(&file, "the running speech", |session| {
        session["live"]["speeches"][0]["span"]["started_at"].is_string()
    });
    pause(1.0);
    let session = checked_session(&file);
    let span = &session["live"]["speeches"][0]["span"];
    assert!(span["ended_at"].is_null(), "Page Down and Page Up left the speech running: {span}");
    assert_eq!(session["live"]["flow"]["step"]["step"], "discussion", "and the step where it was");
    app.keys(&["e"]);
    app.keys(&["Next"]);
    app.wait_until_saved(&file, "the move once the speech ended", |session| {
        session["live"]["flow"]["step"]["step"] == "generalization"
    });
    app.keys(&["Escape"]);
    app.wait_for_view("live");
}

#[test]
fn keys_typed_while_the_projector_window_has_the_focus_give_their_commands() {
    let Some(desktop) = Desktop::start("keys_in_the_projector") else {
        return;
    };
    let data = data_folder();
    let mut app = desktop.launch(data.path());
    app.keys(&["Next", "n", "F5"]);
    app.keys_in_second_window(&["space"]);
    let file = session_file(data.path());
    app.wait_until_saved(&file, "the speech started from the projector's window", |session| {
        session["live"]["speeches"][0]["span"]["started_at"].is_string()
    });
    app.keys_in_second_window(&["e"]);
    app.wait_until_saved(&file, "the speech ended from the projector's window", |session| {
        session["live"]["speeches"][0]["span"]["ended_at"].is_string()
    });
}

/// A data folder whose settings hold the final time for `hold` seconds, with the sample open.
fn folder_holding_the_final_time(data: &Path, hold: u16) {
    let sessions = data.join("sessions");
    std::fs::create_dir_all(&sessions).expect("the sessions folder");
    let sample = Path::new(env!("CARGO_MANIFEST_DIR")).join("sessions/sample-q2-2020.json");
    let session = sessions.join("Quý II.json");
    std::fs::copy(sample, &session).expect("copy the sample");
    let settings = serde_json::json!({
        "last_session": session,
        "room": {"final_time": {"seconds": hold}},
    });
    std::fs::write(data.join("settings.json"), settings.to_string()).expect("write the settings");
}

#[test]
fn after_e_the_speaker_sees_the_final_time_until_the_hold_runs_out_or_the_next_is_called() {
    let Some(desktop) = Desktop::start("the_final_time") else {
        return;
    };
    let data = data_folder();
    folder_holding_the_final_time(data.path(), 3);
    let mut app = desktop.launch(data.path());
    presenting(&mut app);
    app.keys(&["n"]);
    app.keys(&["space"]);
    pause(1.5);
    app.keys(&["e"]);
    let ended = Instant::now();
    app.wait_for_view("slide final-time");
    app.wait_for_view("slide sub-topic");
    let held = ended.elapsed();
    assert!(held >= Duration::from_secs(2), "the final time stayed {held:?}, set to 3 s");

    app.keys(&["n"]);
    app.keys(&["space"]);
    pause(1.0);
    app.keys(&["e"]);
    app.wait_for_view("slide final-time");
    let called = app.keys(&["n"]);
    app.wait_for_view("slide sub-topic");
    assert!(called.elapsed() < Duration::from_secs(2), "N ends the final time at once");
}
