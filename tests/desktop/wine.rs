//! The Windows build of the app under Wine. When `SINHHOAT_WINDOWS_EXE` names the cross-built
//! `sinhhoat.exe` (`scripts/windows/check.sh` sets it, with the Wine prefix's variables from
//! `scripts/windows/prefix.sh`), the real-window tests start `wine sinhhoat.exe` in place of
//! the Linux build, on the same private display, and read what it saved the same way.

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};

/// The Windows program under test, when the tests are run for it.
pub fn windows_program() -> Option<PathBuf> {
    std::env::var_os("SINHHOAT_WINDOWS_EXE").map(PathBuf::from)
}

/// The command that starts `program`: under Wine, as the prefix's own user, for a Windows
/// program; as it is otherwise.
pub fn command(program: &Path) -> Command {
    if program.extension().is_none_or(|extension| extension != "exe") {
        return Command::new(program);
    }
    let mut command = Command::new("wine");
    command.arg(program);
    as_wine_user(&mut command);
    command
}

/// `wine ARGS` as the prefix's own user on `display`, to be run.
pub fn wine(display: &str, args: &[&std::ffi::OsStr]) -> Command {
    let mut command = Command::new("wine");
    command.args(args).env("DISPLAY", display);
    as_wine_user(&mut command);
    command
}

fn as_wine_user(command: &mut Command) {
    for (name, from) in [("HOME", "WINE_HOME"), ("USER", "WINE_USER")] {
        if let Some(value) = std::env::var_os(from) {
            command.env(name, value);
        }
    }
}

/// A window manager (openbox) on `display` while the Windows program is under test: Windows
/// always has one, and Wine without one gives a window the keyboard only when clicked, not
/// when X gives it the focus.
pub fn window_manager(display: &str) -> Option<Child> {
    windows_program()?;
    let manager = Command::new("openbox")
        .env("DISPLAY", display)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("start openbox (Debian's openbox)");
    std::thread::sleep(std::time::Duration::from_secs(1));
    Some(manager)
}

/// Stops the window manager, if one runs.
pub fn stop_window_manager(manager: Option<Child>) {
    if let Some(mut manager) = manager {
        let _ = manager.kill();
        let _ = manager.wait();
    }
}

/// Ends every program in the Wine prefix and waits until they are gone. Wine's desktop
/// process keeps the display it started on, so each test's display needs a fresh one.
pub fn end_wine() {
    if windows_program().is_some() {
        for flag in ["-k", "-w"] {
            let _ = Command::new("wineserver").arg(flag).status();
        }
    }
}
