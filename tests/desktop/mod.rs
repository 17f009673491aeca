//! The release app in a real X window: a private Xvfb display, the app started on a data
//! folder of the test's own, keys and text sent with xdotool, and the saved session read back
//! through the command line.
//!
//! Needs Xvfb and xdotool (`.ci/run` installs them). Where they are missing, the tests print a
//! loud notice and pass; with `SINHHOAT_REQUIRE_DISPLAY=1` (set by `.ci/run`) they fail.

#![allow(dead_code)]

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc::{self, Receiver};
use std::sync::{Mutex, MutexGuard, OnceLock};
use std::time::{Duration, Instant};

use serde_json::Value;

mod keys;
mod record;
mod wine;

#[allow(unused_imports, reason = "each test binary uses some of the helpers")]
pub use record::{checked_session, data_folder, session_file, timing_rows, wait_for_json};
#[allow(unused_imports, reason = "each test binary uses some of the helpers")]
pub use wine::{end_wine, windows_program, wine};

/// How long the app may take to show its first frame.
const START_TIMEOUT: Duration = Duration::from_secs(60);

/// How long the app may take to draw a frame after an input, on a machine busy elsewhere.
const FRAME_TIMEOUT: Duration = Duration::from_secs(20);

/// How long a typed character may take to show up as a change on a busy machine before it
/// is taken as lost, and how often it is sent.
const CHANGE_TIMEOUT: Duration = Duration::from_secs(5);
const TYPING_ATTEMPTS: usize = 3;

/// One test at a time owns a display: the timings are only fair on a quiet machine.
static ONE_AT_A_TIME: Mutex<()> = Mutex::new(());

/// A private X display, closed when dropped.
pub struct Desktop {
    xvfb: Child,
    window_manager: Option<Child>,
    display: String,
    _turn: MutexGuard<'static, ()>,
}

impl Desktop {
    /// Starts a display, or explains loudly why the test cannot run here and returns `None`.
    pub fn start(test: &str) -> Option<Self> {
        let turn = ONE_AT_A_TIME.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        let missing: Vec<&str> = ["Xvfb", "xdotool"].into_iter().filter(|tool| !on_path(tool)).collect();
        if !missing.is_empty() {
            let message = format!(
                "\n!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!\n\
                 !! SKIPPED {test}: no {} here (apt-get install xvfb xdotool).\n\
                 !! The real-window tests did not run; .ci/run installs what they need.\n\
                 !!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!\n",
                missing.join(" or ")
            );
            assert!(std::env::var_os("SINHHOAT_REQUIRE_DISPLAY").is_none(), "{message}");
            // Straight to the terminal: the test harness would swallow eprintln! of a passing test.
            let _ = std::io::Write::write_all(&mut std::io::stderr(), message.as_bytes());
            return None;
        }
        let (xvfb, display) = start_xvfb();
        let window_manager = wine::window_manager(&display);
        Some(Self { xvfb, window_manager, display, _turn: turn })
    }

    /// [`Self::start`] without the window manager the Windows program gets otherwise: where a
    /// window opens and how large is then the program's own doing, not the manager's.
    pub fn start_unmanaged(test: &str) -> Option<Self> {
        let mut desktop = Self::start(test)?;
        wine::stop_window_manager(desktop.window_manager.take());
        Some(desktop)
    }

    /// The display's name, for the programs a test starts on it itself.
    pub fn display(&self) -> &str {
        &self.display
    }

    /// Starts the release app on `data`, straight on the live screen, and waits for its first
    /// frame.
    pub fn launch(&self, data: &Path) -> App {
        self.launch_with(data, &[])
    }

    /// [`Self::launch`] with more variables in the app's environment (libfaketime's).
    pub fn launch_with(&self, data: &Path, environment: &[(&str, &std::ffi::OsStr)]) -> App {
        let windows = wine::windows_program();
        self.launch_program(windows.as_deref().unwrap_or_else(|| release_binary()), data, environment)
    }

    /// [`Self::launch_with`] for another build of the app, such as the one a package installs.
    pub fn launch_program(
        &self,
        program: &Path,
        data: &Path,
        environment: &[(&str, &std::ffi::OsStr)],
    ) -> App {
        let mut child = wine::command(program)
            .args(["--live", "--report-frames", "--data-dir"])
            .arg(data)
            .envs(environment.iter().copied())
            .env("DISPLAY", &self.display)
            .env_remove("WAYLAND_DISPLAY")
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("start the app");
        let stdout = child.stdout.take().expect("the app's output");
        let (lines, output) = mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                if lines.send(line).is_err() {
                    return;
                }
            }
        });
        let started = Instant::now();
        let mut app = App { child, output, display: self.display.clone(), window: String::new() };
        app.wait_for_line("first frame", START_TIMEOUT);
        app.window = app.find_window(|_| true);
        eprintln!("first frame {:?} after the start", started.elapsed());
        // A window that has just been mapped and focused may drop the first keys it is sent
        // while the focus change is still on its way; a secretary never types that fast.
        app.xdotool(&["windowfocus", "--sync", &app.window]);
        std::thread::sleep(Duration::from_secs(1));
        app
    }
}

impl Drop for Desktop {
    fn drop(&mut self) {
        wine::end_wine();
        wine::stop_window_manager(self.window_manager.take());
        stop(&mut self.xvfb);
    }
}

/// Stops Xvfb politely, so that it removes its lock file.
fn stop(xvfb: &mut Child) {
    let _ = Command::new("kill").args(["-TERM", &xvfb.id().to_string()]).status();
    if xvfb.wait().is_err() {
        let _ = xvfb.kill();
    }
}

/// The running app.
pub struct App {
    child: Child,
    output: Receiver<String>,
    display: String,
    window: String,
}

impl App {
    /// Forgets what the app printed so far.
    fn drain(&mut self) {
        while self.output.try_recv().is_ok() {}
    }

    /// Waits for the app to start a frame, which it does on every input it takes in.
    fn wait_for_frame(&mut self) {
        let deadline = Instant::now() + FRAME_TIMEOUT;
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            match self.output.recv_timeout(left) {
                Ok(line) if line.starts_with("frame ") => return,
                Ok(_) => {}
                Err(_) => panic!("the app drew no frame within {FRAME_TIMEOUT:?} of the input"),
            }
        }
    }

    /// Waits until the saved session satisfies `saved`: the app's own word that a change is
    /// in, rather than a guess at how long it takes on a busy machine.
    pub fn wait_until_saved(&self, file: &Path, what: &str, saved: impl Fn(&Value) -> bool) {
        wait_for_json(file, what, saved, "live");
    }

    /// The app's main window: its position and size in pixels, as the X server has it.
    pub fn geometry(&self) -> [i32; 4] {
        self.geometry_of(&self.window)
    }

    /// The app's second window (the projector), once shown: its position and size in pixels.
    pub fn second_window_geometry(&self) -> [i32; 4] {
        let window = self.find_window(|window| window != self.window);
        self.geometry_of(&window)
    }

    /// Moves the main window's top left corner to `x`, `y`, and the pointer into it, where a
    /// hand that dragged the window leaves it (without a window manager, the X server tells
    /// the app nothing of the move itself).
    pub fn move_to(&self, x: i32, y: i32) {
        self.xdotool(&["windowmove", "--sync", &self.window, &x.to_string(), &y.to_string()]);
        self.xdotool(&["mousemove", "--window", &self.window, "300", "300"]);
    }

    fn geometry_of(&self, window: &str) -> [i32; 4] {
        let shell = self.xdotool(&["getwindowgeometry", "--shell", window]);
        let value = |name: &str| {
            let line = shell.lines().find_map(|line| line.strip_prefix(name)?.strip_prefix('='));
            line.and_then(|number| number.parse().ok()).expect("xdotool gives the window's geometry")
        };
        [value("X"), value("Y"), value("WIDTH"), value("HEIGHT")]
    }

    /// Types `text` one character at a time into the field that has the cursor, returning
    /// when each was sent. Each waits until the app has taken the one before (it says
    /// `change N`); a character the X server lost on its way (xdotool remaps a key for each
    /// letter outside ASCII, and a busy app can read the key under the old mapping) is sent
    /// again, so what was typed is what the app holds. Typing stops at `until.0`, once at
    /// least `until.1` characters are in.
    pub fn type_slowly(
        &mut self,
        text: &str,
        gap: Duration,
        until: Option<(Instant, usize)>,
    ) -> Vec<(Instant, String)> {
        self.xdotool(&["windowfocus", "--sync", &self.window]);
        let mut sent = Vec::new();
        let mut typed = String::new();
        for character in text.chars() {
            let enough =
                |(deadline, at_least): (Instant, usize)| Instant::now() >= deadline && sent.len() >= at_least;
            if until.is_some_and(enough) {
                break;
            }
            let at = self.type_one(character);
            typed.push(character);
            sent.push((at, typed.clone()));
            std::thread::sleep(gap);
        }
        sent
    }

    /// Sends one character until the app reports the change it made; returns when it was sent.
    fn type_one(&mut self, character: char) -> Instant {
        for _ in 0..TYPING_ATTEMPTS {
            self.drain();
            self.xdotool(&["type", "--delay", "120", &character.to_string()]);
            let at = Instant::now();
            if self.wait_for_change(CHANGE_TIMEOUT) {
                return at;
            }
        }
        panic!("the app did not take {character:?} in {TYPING_ATTEMPTS} attempts");
    }

    /// Whether the app reports a change to the session within `timeout`.
    fn wait_for_change(&mut self, timeout: Duration) -> bool {
        let deadline = Instant::now() + timeout;
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            match self.output.recv_timeout(left) {
                Ok(line) if line.starts_with("change ") => return true,
                Ok(_) => {}
                Err(_) => return false,
            }
        }
    }

    /// Kills the app at once, as a crash or a pulled plug would (SIGKILL), returning when.
    pub fn kill(mut self) -> Instant {
        let _ = self.child.kill();
        let when = Instant::now();
        let _ = self.child.wait();
        when
    }

    /// Waits until a text field has the cursor (the app says `text focus`), so that what is
    /// typed next reaches it however busy the machine.
    pub fn wait_for_text_focus(&mut self) {
        self.wait_for_line("text focus", FRAME_TIMEOUT);
    }

    /// Waits until the main window shows `words` ("slide speech", "live"; `src/ui/scene.rs`).
    pub fn wait_for_view(&mut self, words: &str) {
        self.wait_for_line(&format!("view {words}"), FRAME_TIMEOUT);
    }

    /// Waits for the app to print `wanted`.
    fn wait_for_line(&mut self, wanted: &str, timeout: Duration) {
        let deadline = Instant::now() + timeout;
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            match self.output.recv_timeout(left) {
                Ok(line) if line == wanted => return,
                Ok(_) => {}
                Err(_) => {
                    let status = self.child.try_wait().ok().flatten();
                    panic!("the app did not print {wanted:?} within {timeout:?} (exit: {status:?})");
                }
            }
        }
    }

    /// The first of the app's windows shown that `wanted` takes.
    fn find_window(&self, wanted: impl Fn(&str) -> bool) -> String {
        let pid = self.child.id().to_string();
        let deadline = Instant::now() + Duration::from_secs(10);
        while Instant::now() < deadline {
            let found = self.xdotool(&["search", "--all", "--onlyvisible", "--pid", &pid, "--name", "^."]);
            if let Some(window) = found.lines().find(|window| wanted(window)) {
                return window.to_owned();
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        panic!("no window of the app's on the display");
    }

    fn xdotool(&self, args: &[&str]) -> String {
        let output =
            Command::new("xdotool").args(args).env("DISPLAY", &self.display).output().expect("xdotool");
        String::from_utf8_lossy(&output.stdout).into_owned()
    }
}

impl Drop for App {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The release binary: the one `.ci/run` built (`SINHHOAT_RELEASE_BINARY`), or, when the
/// tests run on their own, built here once per test binary with the same cargo and lock file.
pub fn release_binary() -> &'static Path {
    static BINARY: OnceLock<PathBuf> = OnceLock::new();
    BINARY.get_or_init(|| {
        if let Some(built) = std::env::var_os("SINHHOAT_RELEASE_BINARY") {
            let built = PathBuf::from(built);
            assert!(built.is_file(), "SINHHOAT_RELEASE_BINARY={} is not a file", built.display());
            return built;
        }
        let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
        let status = Command::new(cargo)
            .args(["build", "--release", "--locked", "--quiet", "--bin", "sinhhoat"])
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .status()
            .expect("run cargo build --release");
        assert!(status.success(), "cargo build --release failed");
        let debug = Path::new(env!("CARGO_BIN_EXE_sinhhoat"));
        let target = debug.parent().and_then(Path::parent).expect("the target folder");
        target.join("release").join("sinhhoat")
    })
}

fn on_path(tool: &str) -> bool {
    std::env::var_os("PATH")
        .is_some_and(|path| std::env::split_paths(&path).any(|folder| folder.join(tool).is_file()))
}

/// Starts Xvfb on the first free display number and waits until it answers. A number in
/// use makes Xvfb stop at once; a stale lock left by a killed server is cleared by Xvfb.
fn start_xvfb() -> (Child, String) {
    for number in 90..190 {
        let display = format!(":{number}");
        let mut xvfb = Command::new("Xvfb")
            .args([display.as_str(), "-screen", "0", "1400x900x24", "-nolisten", "tcp", "-noreset"])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("start Xvfb");
        let deadline = Instant::now() + Duration::from_secs(10);
        while Instant::now() < deadline {
            if xvfb.try_wait().ok().flatten().is_some() {
                break;
            }
            let probe = Command::new("xdotool").arg("getdisplaygeometry").env("DISPLAY", &display).output();
            if probe.is_ok_and(|probe| probe.status.success()) {
                return (xvfb, display);
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        stop(&mut xvfb);
    }
    panic!("no free X display between :90 and :189");
}
