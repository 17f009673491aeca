//! The room kept lit, against a session D-Bus of the test's own: a stand-in for the desktop's
//! ScreenSaver service (tests/fixtures/screensaver.py, Debian's python3-dbus) records what the
//! release app asks of it in a real window. The live screen takes an inhibition; leaving it gives
//! the same cookie back.
//!
//! Needs dbus-daemon and python3-dbus besides Xvfb and xdotool (`.ci/run` installs them).

#![allow(
    clippy::expect_used,
    clippy::indexing_slicing,
    reason = "a test fails with its expectation's message: that is its job"
)]

mod desktop;

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use desktop::{Desktop, data_folder};

/// A private session bus with the stand-in service on it, stopped when dropped.
struct Bus {
    daemon: Child,
    service: Child,
    address: String,
    log: PathBuf,
}

impl Bus {
    /// Starts the bus and the service, or says why it cannot and returns `None`.
    fn start(folder: &Path) -> Option<Self> {
        let python = Path::new("/usr/bin/python3");
        let modules = Command::new(python).args(["-c", "import dbus, gi"]).status();
        let usable =
            Path::new("/usr/bin/dbus-daemon").is_file() && modules.is_ok_and(|status| status.success());
        if !usable {
            let message = "SKIPPED window_awake: no dbus-daemon or python3-dbus here (.ci/run installs them)";
            assert!(std::env::var_os("SINHHOAT_REQUIRE_DISPLAY").is_none(), "{message}");
            eprintln!("{message}");
            return None;
        }
        let mut daemon = Command::new("/usr/bin/dbus-daemon")
            .args(["--session", "--nofork", "--nopidfile", "--print-address=1"])
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("start dbus-daemon");
        let mut address = String::new();
        BufReader::new(daemon.stdout.take().expect("its output"))
            .read_line(&mut address)
            .expect("the address");
        let address = address.trim().to_owned();
        let log = folder.join("screensaver.log");
        let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/screensaver.py");
        let mut service = Command::new(python)
            .arg(script)
            .arg(&log)
            .env("DBUS_SESSION_BUS_ADDRESS", &address)
            .stdout(Stdio::piped())
            .spawn()
            .expect("start the stand-in service");
        let mut ready = String::new();
        BufReader::new(service.stdout.take().expect("its output")).read_line(&mut ready).expect("ready");
        assert_eq!(ready.trim(), "ready", "the stand-in took its name on the bus");
        Some(Self { daemon, service, address, log })
    }

    /// Waits until the service has recorded a call starting with `call`; returns that line.
    fn wait_for_call(&self, call: &str) -> String {
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            let calls = std::fs::read_to_string(&self.log).unwrap_or_default();
            if let Some(line) = calls.lines().find(|line| line.starts_with(call)) {
                return line.to_owned();
            }
            assert!(Instant::now() < deadline, "no {call:?} within 20 s; the service recorded {calls:?}");
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

impl Drop for Bus {
    fn drop(&mut self) {
        for child in [&mut self.service, &mut self.daemon] {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}

#[test]
fn the_live_screen_keeps_the_screen_on_and_leaving_it_lets_go() {
    let Some(desktop) = Desktop::start("the_live_screen_keeps_the_screen_on") else {
        return;
    };
    let data = data_folder();
    let Some(bus) = Bus::start(data.path()) else {
        return;
    };
    let address = std::ffi::OsString::from(&bus.address);
    let mut app = desktop.launch_with(data.path(), &[("DBUS_SESSION_BUS_ADDRESS", address.as_os_str())]);
    let inhibit = bus.wait_for_call("Inhibit ");
    let words: Vec<&str> = inhibit.splitn(4, ' ').collect();
    assert_eq!(words[2], "sinhhoat", "the app names itself: {inhibit}");
    assert_eq!(words[3], sinhhoat::awake::REASON, "and says why");

    // The keyboard's way to the session list: Tab to its button, the first of the top bar.
    app.keys(&["Tab"]);
    app.keys(&["Return"]);
    app.wait_for_view("sessions");
    let released = bus.wait_for_call("UnInhibit ");
    assert_eq!(released, format!("UnInhibit {}", words[1]), "the same cookie given back");
}
