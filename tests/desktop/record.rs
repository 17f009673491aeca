//! What the app left on disk, read back through its own command line: the session file,
//! checked, and its timing report.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use std::time::{Duration, Instant};

use serde_json::Value;

/// How long a change may take to reach the disk on a busy machine (the promise is a second
/// on a quiet one).
const SAVE_TIMEOUT: Duration = Duration::from_secs(20);

/// Runs the command-line app (`check`, `export`).
fn sinhhoat(args: &[&std::ffi::OsStr]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_sinhhoat")).args(args).output().expect("run sinhhoat")
}

/// The one session file in a data folder.
pub fn session_file(data: &Path) -> PathBuf {
    let files: Vec<PathBuf> = std::fs::read_dir(data.join("sessions"))
        .expect("the sessions folder")
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "json"))
        .filter(|path| !path.file_name().is_some_and(|name| name.to_string_lossy().starts_with('.')))
        .collect();
    assert_eq!(files.len(), 1, "one session in {}: {files:?}", data.display());
    files.into_iter().next().expect("one session")
}

/// Checks the file with `sinhhoat check` and returns it parsed.
pub fn checked_session(file: &Path) -> Value {
    let check = sinhhoat(&["check".as_ref(), file.as_os_str()]);
    assert!(check.status.success(), "sinhhoat check: {}", String::from_utf8_lossy(&check.stdout));
    serde_json::from_slice(&std::fs::read(file).expect("read the session")).expect("JSON")
}

/// One row of `sinhhoat export … --format csv`.
#[derive(Debug, Clone, PartialEq)]
pub struct TimingRow {
    /// `speech` or `comment`.
    pub kind: String,
    /// Who spoke.
    pub speaker: String,
    /// Seconds spoken, pauses left out.
    pub duration: f64,
    /// Seconds paused.
    pub paused: f64,
}

/// The timing report of the session file, through the command line.
pub fn timing_rows(file: &Path, folder: &Path) -> Vec<TimingRow> {
    let out = folder.join("timing.csv");
    let export = sinhhoat(&[
        "export".as_ref(),
        file.as_os_str(),
        "--format".as_ref(),
        "csv".as_ref(),
        "-o".as_ref(),
        out.as_os_str(),
    ]);
    assert!(export.status.success(), "export: {}", String::from_utf8_lossy(&export.stdout));
    let text = std::fs::read_to_string(&out).expect("the CSV");
    text.lines()
        .skip(1)
        .map(|line| {
            let fields: Vec<&str> = line.split(',').collect();
            let seconds = |index: usize| fields[index].parse::<f64>().expect("seconds");
            TimingRow {
                kind: fields[0].into(),
                speaker: fields[2].into(),
                duration: seconds(4),
                paused: seconds(5),
            }
        })
        .collect()
}

/// A fresh data folder.
pub fn data_folder() -> tempfile::TempDir {
    tempfile::tempdir().expect("temporary folder")
}

/// Waits until the JSON in `file` satisfies `holds`, showing its `shown` part if it never does.
pub fn wait_for_json(file: &Path, what: &str, holds: impl Fn(&Value) -> bool, shown: &str) {
    let deadline = Instant::now() + SAVE_TIMEOUT;
    let mut last = Value::Null;
    while Instant::now() < deadline {
        if let Some(value) =
            std::fs::read(file).ok().and_then(|bytes| serde_json::from_slice::<Value>(&bytes).ok())
        {
            if holds(&value) {
                return;
            }
            last = value;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    panic!("{what} was not saved within {SAVE_TIMEOUT:?}; the file holds {}", last[shown]);
}
