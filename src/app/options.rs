//! How the app window is opened: what the command line asked for.

use std::path::PathBuf;

use crate::i18n::Language;

/// How to open the app window.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct GuiOptions {
    /// `--data-dir`, overriding the environment and the platform default.
    pub data_dir: Option<PathBuf>,
    /// A session file to open at once (`sinhhoat open FILE`).
    pub open: Option<PathBuf>,
    /// `--lang`, overriding the saved preference for this run.
    pub language: Option<Language>,
    /// `--live`: go straight to the live meeting screen.
    pub live: bool,
    /// `--report-frames`: print when the first frame is shown and each frame's CPU time.
    pub report_frames: bool,
}
