//! A process killed in the middle of saving never leaves a half-written session behind.
//!
//! The test runs itself again as a child that saves through the real autosaver as fast as it
//! can, kills it at varying moments, and checks that the file always reads as a whole session.

#![allow(
    clippy::expect_used,
    clippy::indexing_slicing,
    reason = "a test fails with its expectation's message: that is its job"
)]

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::thread::sleep;
use std::time::{Duration, Instant};

use sinhhoat::model::{Member, MemberId, Session};
use sinhhoat::store::{Autosaver, load_session};

const CHILD: &str = "SINHHOAT_KILL_TEST_FILE";
const NAME: &str = "killing_the_saver_mid_write_never_corrupts_the_file";

#[test]
fn killing_the_saver_mid_write_never_corrupts_the_file() {
    if let Some(path) = std::env::var_os(CHILD) {
        save_forever(&PathBuf::from(path));
    }
    let folder = tempfile::tempdir().expect("temporary folder");
    let path = folder.path().join("đang lưu.json");
    let mut last_round = 0;
    for delay in [5, 23, 41, 67, 89, 131] {
        let mut child = Command::new(std::env::current_exe().expect("test binary"))
            .args(["--exact", NAME, "--nocapture", "--test-threads=1"])
            .env(CHILD, &path)
            .stdout(Stdio::null())
            .spawn()
            .expect("child starts");
        let started = Instant::now();
        while !path.exists() && started.elapsed() < Duration::from_secs(10) {
            sleep(Duration::from_millis(1));
        }
        sleep(Duration::from_millis(delay));
        child.kill().expect("kill");
        child.wait().expect("reaped");
        let session = load_session(&path).expect("the file is a whole session after the kill");
        let round: u64 = session.meeting.title.parse().expect("title is the save counter");
        assert_eq!(session.roster.len(), 300);
        last_round = round;
    }
    assert!(last_round > 0);
}

/// Saves ever-newer versions of a large session until killed.
fn save_forever(path: &Path) -> ! {
    let saver = Autosaver::start(|| {});
    let roster = (1..=300)
        .map(|id| {
            Member::new(
                MemberId(id),
                format!("Đảng viên số {id} — Nguyễn Thị Hồng Nhung"),
                "Đảng viên".repeat(20),
            )
        })
        .collect();
    let mut session = Session { roster, ..Session::default() };
    let mut generation = 0;
    loop {
        generation += 1;
        session.meeting.title = generation.to_string();
        saver.save(path.to_path_buf(), session.clone(), generation);
        sleep(Duration::from_micros(200));
    }
}
