//! The laptop's clock set forward or back while a speech runs (a network time correction, a
//! time zone fixed): the release app in a real window under libfaketime, which moves the
//! wall clock the app reads and leaves its monotonic clock alone. The recorded length is the
//! time that passed, not the jump.

#![allow(
    clippy::expect_used,
    clippy::indexing_slicing,
    reason = "a test fails with its expectation's message: that is its job"
)]

mod desktop;

use std::ffi::OsStr;
use std::path::Path;
use std::time::Duration;

use desktop::{Desktop, data_folder, session_file, timing_rows};

/// Debian's libfaketime (package `faketime`, installed by `.ci/run`).
const LIBFAKETIME: &str = "/usr/lib/x86_64-linux-gnu/faketime/libfaketimeMT.so.1";

/// How far the recorded length may be from the time between the keys.
const TOLERANCE: f64 = 0.3;

fn speech_across_a_jump(desktop: &Desktop, jump: &str) {
    let data = data_folder();
    let offset = data.path().join("faketime");
    std::fs::write(&offset, "+0").expect("write the offset");
    let environment: [(&str, &OsStr); 4] = [
        ("LD_PRELOAD", OsStr::new(LIBFAKETIME)),
        ("FAKETIME_TIMESTAMP_FILE", offset.as_os_str()),
        ("FAKETIME_NO_CACHE", OsStr::new("1")),
        ("FAKETIME_DONT_FAKE_MONOTONIC", OsStr::new("1")),
    ];
    let mut app = desktop.launch_with(data.path(), &environment);
    app.keys(&["n"]);
    let started = app.keys(&["space"]);
    std::thread::sleep(Duration::from_secs(2));
    std::fs::write(&offset, jump).expect("move the wall clock");
    std::thread::sleep(Duration::from_millis(2_300));
    let ended = app.keys(&["e"]);
    let file = session_file(data.path());
    app.wait_until_saved(&file, "the ended speech", |session| {
        session["live"]["speeches"][0]["span"]["ended_at"].is_string()
    });
    app.kill();
    let rows = timing_rows(&file, data.path());
    let driven = ended.duration_since(started).as_secs_f64();
    assert!(
        (rows[0].duration - driven).abs() <= TOLERANCE,
        "jump {jump}: recorded {:.3} s, driven {driven:.3} s",
        rows[0].duration
    );
    assert_eq!(rows[0].paused, 0.0, "jump {jump}");
}

#[test]
fn a_wall_clock_set_forward_or_back_mid_speech_records_the_time_that_passed() {
    let Some(desktop) = Desktop::start("a_wall_clock_set_forward_or_back") else {
        return;
    };
    if !Path::new(LIBFAKETIME).exists() {
        assert!(std::env::var_os("SINHHOAT_REQUIRE_DISPLAY").is_none(), "no libfaketime at {LIBFAKETIME}");
        eprintln!(
            "\n!! SKIPPED a_wall_clock_set_forward_or_back: no libfaketime (apt-get install faketime).\n"
        );
        return;
    }
    speech_across_a_jump(&desktop, "+3600");
    speech_across_a_jump(&desktop, "-600");
}
