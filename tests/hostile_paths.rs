//! Paths that are not what they seem, given to the command line: a named pipe, a device, links
//! that loop, a folder too deep to name. Each is refused or named within seconds, never waited
//! on or read without end.

#![allow(
    clippy::expect_used,
    clippy::indexing_slicing,
    reason = "a test fails with its expectation's message: that is its job"
)]
#![cfg(unix)]

use std::path::Path;
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

/// Runs the command line, killing it (and failing) if it takes more than `limit`.
fn within(limit: Duration, args: &[&std::ffi::OsStr]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_sinhhoat"))
        .args(args)
        .env("SINHHOAT_DATA_DIR", std::env::temp_dir().join("sinhhoat-hostile-paths"))
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    let started = Instant::now();
    while child.try_wait().expect("wait").is_none() {
        if started.elapsed() > limit {
            let _ = child.kill();
            let _ = child.wait();
            panic!("{args:?} still ran after {limit:?}");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    child.wait_with_output().expect("its output")
}

fn os(text: &str) -> &std::ffi::OsStr {
    text.as_ref()
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

fn mkfifo(path: &Path) {
    let made = Command::new("mkfifo").arg(path).status().expect("mkfifo");
    assert!(made.success(), "mkfifo {}", path.display());
}

/// A folder holding the sample, as a cell sends it.
fn cell_folder(root: &Path) -> std::path::PathBuf {
    let folder = root.join("chi-bo");
    std::fs::create_dir_all(&folder).expect("folder");
    let sample = Path::new(env!("CARGO_MANIFEST_DIR")).join("sessions/sample-q2-2020.json");
    std::fs::copy(sample, folder.join("quy-2.json")).expect("copy");
    folder
}

#[test]
fn a_pipe_and_a_device_are_refused_at_once_by_check_and_export() {
    let folder = tempfile::tempdir().expect("temporary folder");
    let pipe = folder.path().join("x.json");
    mkfifo(&pipe);
    let second = Duration::from_secs(1);
    for file in [pipe.as_os_str(), os("/dev/zero")] {
        let check = within(second * 5, &[os("check"), file]);
        assert_eq!(check.status.code(), Some(1), "{file:?}");
        let said = String::from_utf8_lossy(&check.stdout).into_owned();
        assert!(said.contains("không phải tệp dữ liệu"), "{file:?} is named for what it is: {said}");
        let out = folder.path().join("bien-ban.md");
        let export =
            within(second * 5, &[os("export"), file, os("--format"), os("md"), os("-o"), out.as_os_str()]);
        assert_ne!(export.status.code(), Some(0), "{file:?}");
        assert!(!out.exists());
    }
}

#[test]
fn report_follows_a_looping_link_once_and_names_a_pipe_and_a_folder_it_cannot_list() {
    let root = tempfile::tempdir().expect("temporary folder");
    let cell = cell_folder(root.path());
    std::os::unix::fs::symlink(".", cell.join("vong-1")).expect("link");
    std::os::unix::fs::symlink(".", cell.join("vong-2")).expect("link");
    std::os::unix::fs::symlink(cell.join("quy-2.json"), cell.join("ban-sao.json")).expect("link");
    mkfifo(&cell.join("ong.json"));
    // A folder too deep for its path to be named (over PATH_MAX): made one step at a time.
    let component = "d".repeat(250);
    let script =
        format!("import os\nfor _ in range(20):\n    os.mkdir('{component}')\n    os.chdir('{component}')");
    let made =
        Command::new("/usr/bin/python3").current_dir(&cell).args(["-c", &script]).status().expect("python3");
    assert!(made.success());
    let out = root.path().join("bao-cao.md");
    let args = [os("report"), cell.as_os_str(), os("--format"), os("md"), os("-o"), out.as_os_str()];
    let report = within(Duration::from_secs(20), &args);
    let said = stderr(&report);
    assert_eq!(
        report.status.code(),
        Some(sinhhoat::cli::SOME_SKIPPED),
        "written, with inputs left out: {said}"
    );
    assert!(said.contains("ong.json"), "the pipe is named: {said}");
    assert!(said.contains(&component), "the folder it cannot list is named: {said}");
    let written = std::fs::read_to_string(&out).expect("the report");
    assert!(written.contains("ong.json"), "the report's appendix names the pipe too");
    assert!(!said.contains("ban-sao.json"), "a file reached by a second path is counted once, not doubled");
}

#[test]
fn force_never_replaces_a_pipe_a_link_to_a_device_or_a_folder() {
    let folder = tempfile::tempdir().expect("temporary folder");
    let sample = Path::new(env!("CARGO_MANIFEST_DIR")).join("sessions/sample-q2-2020.json");
    let pipe = folder.path().join("ong.md");
    mkfifo(&pipe);
    let device = folder.path().join("thiet-bi");
    let made = Command::new("mknod").arg(&device).args(["c", "1", "3"]).status().expect("mknod");
    let link = folder.path().join("lien-ket.md");
    if made.success() {
        std::os::unix::fs::symlink(&device, &link).expect("link");
    } else {
        // Without the right to make a device here, a link to a pipe stands in for it.
        eprintln!("mknod refused here: the link points at a pipe instead");
        std::os::unix::fs::symlink(&pipe, &link).expect("link");
    }
    let subfolder = folder.path().join("thu-muc.md");
    std::fs::create_dir(&subfolder).expect("folder");
    for target in [&pipe, &link, &subfolder] {
        let before = std::fs::symlink_metadata(target).expect("there");
        let forced = |command: &str| {
            let args =
                [os(command), sample.as_os_str(), os("--format"), os("md"), os("-o"), target.as_os_str()];
            within(Duration::from_secs(5), &[&args[..], &[os("--force")]].concat())
        };
        let export = forced("export");
        assert_eq!(export.status.code(), Some(1), "{}", target.display());
        let said = String::from_utf8_lossy(&export.stdout).into_owned();
        assert!(said.contains("không phải tệp thông thường"), "{said}");
        let after = std::fs::symlink_metadata(target).expect("still there");
        assert_eq!(before.file_type(), after.file_type(), "{} left as it was", target.display());
        let report = forced("report");
        assert_eq!(report.status.code(), Some(1), "{}", target.display());
    }
}

#[test]
fn the_sessions_folder_guard_follows_the_data_folder_given() {
    let data = tempfile::tempdir().expect("temporary folder");
    let sessions = data.path().join("sessions");
    std::fs::create_dir_all(&sessions).expect("folder");
    let sample = Path::new(env!("CARGO_MANIFEST_DIR")).join("sessions/sample-q2-2020.json");
    let target = sessions.join("x.json");
    let export = within(
        Duration::from_secs(5),
        &[
            os("export"),
            os("--data-dir"),
            data.path().as_os_str(),
            sample.as_os_str(),
            os("--format"),
            os("md"),
            os("-o"),
            target.as_os_str(),
        ],
    );
    assert_eq!(export.status.code(), Some(1), "{}", String::from_utf8_lossy(&export.stdout));
    assert!(!target.exists(), "nothing written into the sessions of --data-dir");
}
