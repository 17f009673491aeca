//! The Windows program under Wine, for what only Windows has: no console window opens with the
//! windowed `sinhhoat.exe`, its console twin `sinhhoat.com` serves the command line, the icon
//! and the version are in the file, and at a display scaling of 125 % and 150 % both windows
//! open within the screen.
//!
//! Runs when `SINHHOAT_WINDOWS_EXE` names the cross-built program (`scripts/windows/check.sh`
//! sets it, with the Wine prefix's variables); elsewhere each test says loudly that it did not
//! run. The real-window tests of `tests/window*.rs` run against the same program there too.

#![allow(
    clippy::expect_used,
    clippy::indexing_slicing,
    reason = "a test fails with its expectation's message: that is its job"
)]

mod desktop;

use std::ffi::{OsStr, OsString};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use desktop::{Desktop, data_folder, end_wine, windows_program, wine};

/// The program under test, or a loud notice that this test did not run.
fn program(test: &str) -> Option<PathBuf> {
    let found = windows_program();
    if found.is_none() {
        let message = format!(
            "\n!! SKIPPED {test}: SINHHOAT_WINDOWS_EXE is not set; scripts/windows/check.sh runs it.\n"
        );
        let _ = std::io::Write::write_all(&mut std::io::stderr(), message.as_bytes());
    }
    found
}

/// `path` as the Windows program sees it: on Wine's drive Z:, which is the root folder.
fn on_drive_z(path: &Path) -> OsString {
    let mut windows = OsString::from("Z:");
    windows.push(path.as_os_str().to_string_lossy().replace('/', "\\"));
    windows
}

/// The PE header's subsystem: 2 for a windowed program, 3 for a console one.
fn subsystem(program: &Path) -> u16 {
    let image = std::fs::read(program).expect("read the program");
    let field =
        |at: usize, width: usize| image[at..at + width].iter().rev().fold(0, |n, &b| n << 8 | usize::from(b));
    let pe = field(0x3C, 4);
    assert_eq!(&image[pe..pe + 4], b"PE\0\0", "a PE header");
    u16::try_from(field(pe + 24 + 68, 2)).expect("two bytes")
}

/// The windows shown on `display` whose title matches `pattern`.
fn windows_titled(display: &str, pattern: &str) -> Vec<String> {
    let found = Command::new("xdotool")
        .args(["search", "--onlyvisible", "--name", pattern])
        .env("DISPLAY", display)
        .output()
        .expect("xdotool");
    String::from_utf8_lossy(&found.stdout).lines().map(str::to_owned).collect()
}

#[test]
fn started_as_explorer_starts_it_the_windowed_program_opens_no_console_and_its_twin_does() {
    let Some(exe) = program("started_as_explorer_starts_it") else { return };
    let Some(desktop) = Desktop::start("started_as_explorer_starts_it") else { return };
    let twin = exe.with_extension("com");
    assert_eq!(
        (subsystem(&exe), subsystem(&twin)),
        (2, 3),
        "sinhhoat.exe windowed, sinhhoat.com a console program"
    );
    for (program, console) in [(&exe, false), (&twin, true)] {
        let data = data_folder();
        // As Explorer starts it: no console to inherit, nothing to print to.
        let started = wine(
            desktop.display(),
            &[
                "start".as_ref(),
                "/unix".as_ref(),
                program.as_os_str(),
                "--data-dir".as_ref(),
                &on_drive_z(data.path()),
            ],
        )
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .expect("run wine start");
        assert!(started.success(), "wine start: {started}");
        let deadline = Instant::now() + Duration::from_secs(60);
        while windows_titled(desktop.display(), "^Sinh hoạt chuyên đề").is_empty() {
            assert!(Instant::now() < deadline, "{} showed no window", program.display());
            std::thread::sleep(Duration::from_millis(200));
        }
        std::thread::sleep(Duration::from_secs(2));
        let consoles = windows_titled(desktop.display(), r"sinhhoat\.(exe|com)$");
        assert_eq!(!consoles.is_empty(), console, "{}: console windows {consoles:?}", program.display());
        end_wine();
    }
}

#[test]
fn typed_in_a_console_sinhhoat_prints_there_and_returns_its_exit_codes() {
    let Some(exe) = program("typed_in_a_console") else { return };
    let Some(desktop) = Desktop::start("typed_in_a_console") else { return };
    let folder = on_drive_z(exe.parent().expect("the program's folder"));
    let sample = on_drive_z(Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/sessions/sample-q2-2020.json")));
    let missing = on_drive_z(&std::env::temp_dir().join("không_có.json"));
    let mut line = OsString::from("cd /d ");
    for part in
        [&folder, OsStr::new(" & sinhhoat --version & echo exit=!errorlevel! & sinhhoat check "), &sample]
    {
        line.push(part);
    }
    for part in [
        OsStr::new(" & echo exit=!errorlevel! & sinhhoat check "),
        &missing,
        OsStr::new(" & echo exit=!errorlevel!"),
    ] {
        line.push(part);
    }
    let typed = wine(desktop.display(), &["cmd".as_ref(), "/v:on".as_ref(), "/c".as_ref(), &line])
        .output()
        .expect("run wine cmd");
    let printed = String::from_utf8_lossy(&typed.stdout);
    let expected_version = format!("sinhhoat {}", env!("CARGO_PKG_VERSION"));
    let lines: Vec<&str> = printed.lines().map(str::trim).collect();
    assert_eq!(lines.first(), Some(&expected_version.as_str()), "{printed}");
    let exits: Vec<&&str> = lines.iter().filter(|line| line.starts_with("exit=")).collect();
    assert_eq!(exits, [&"exit=0", &"exit=0", &"exit=1"], "{printed}");
    assert!(printed.contains("không_có.json"), "the failed check names its file: {printed}");
}

#[test]
fn the_program_carries_its_icon_and_its_name_and_version() {
    let Some(exe) = program("the_program_carries_its_icon") else { return };
    let folder = tempfile::tempdir().expect("temporary folder");
    let icon = folder.path().join("sinhhoat.ico");
    let extracted = Command::new("wrestool")
        .args(["--extract", "--type=14", "--output"])
        .args([&icon, &exe])
        .status()
        .expect("wrestool (Debian's icoutils)");
    assert!(extracted.success() && icon.is_file(), "the .exe holds an icon group");
    let listed = Command::new("icotool").arg("--list").arg(&icon).output().expect("icotool");
    let widths: Vec<String> = String::from_utf8_lossy(&listed.stdout)
        .split_whitespace()
        .filter_map(|word| word.strip_prefix("--width=").map(str::to_owned))
        .collect();
    assert_eq!(widths, ["16", "32", "48", "256"], "the icon's sizes");
    let version = Command::new("wrestool")
        .args(["--extract", "--type=16", "--raw"])
        .arg(&exe)
        .output()
        .expect("wrestool");
    let utf16 = |text: &str| text.encode_utf16().flat_map(u16::to_le_bytes).collect::<Vec<u8>>();
    let holds = |text: &str| version.stdout.windows(utf16(text).len()).any(|window| window == utf16(text));
    assert!(holds("Sinh hoạt chuyên đề"), "the description in the version information");
    assert!(holds(env!("CARGO_PKG_VERSION")), "the version in the version information");
}

/// Wine's display scaling (its `LogPixels`), set for one test and put back to 100 % after it.
struct Scaling<'a>(&'a str);

impl<'a> Scaling<'a> {
    fn set(display: &'a str, dots_per_inch: u32) -> Self {
        let scaling = Self(display);
        scaling.write(dots_per_inch);
        scaling
    }

    fn write(&self, dots_per_inch: u32) {
        let value = dots_per_inch.to_string();
        let key = r"HKCU\Control Panel\Desktop";
        let args = ["reg", "add", key, "/v", "LogPixels", "/t", "REG_DWORD", "/d", &value, "/f"];
        let set = wine(self.0, &args.map(OsStr::new)).output().expect("run wine reg");
        assert!(set.status.success(), "reg add: {}", String::from_utf8_lossy(&set.stderr));
        end_wine();
    }
}

impl Drop for Scaling<'_> {
    fn drop(&mut self) {
        self.write(96);
    }
}

#[test]
fn at_125_and_150_percent_both_windows_open_on_the_screen_and_no_larger_than_it() {
    let Some(_) = program("at_125_and_150_percent") else { return };
    for dots_per_inch in [120, 144] {
        // No window manager: it would maximise a window too large for the screen by itself.
        let Some(desktop) = Desktop::start_unmanaged("at_125_and_150_percent") else { return };
        let _scaling = Scaling::set(desktop.display(), dots_per_inch);
        let data = data_folder();
        let mut app = desktop.launch(data.path());
        app.keys(&["F5"]);
        let windows = [("main", app.geometry()), ("projector", app.second_window_geometry())];
        // Only the corner and the size are held to the screen (1400×900 pixels): Wine without
        // a window manager puts a maximised window's title bar above the screen's top.
        for (name, [x, y, width, height]) in windows {
            let fits = (0..1400).contains(&x) && (0..900).contains(&y) && width <= 1400 && height <= 900;
            assert!(fits, "at {dots_per_inch} dpi the {name} window is at {x},{y}, {width}×{height}");
        }
        drop(app);
    }
}
