//! The data folder: where sessions, the trash and the settings are kept.

use std::ffi::OsString;
use std::path::{Path, PathBuf};

/// The data folder and the layout inside it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DataDir {
    root: PathBuf,
}

impl DataDir {
    /// The environment variable that overrides the default folder.
    pub const ENV_VAR: &'static str = "SINHHOAT_DATA_DIR";

    /// Picks the folder: `--data-dir` first, then [`Self::ENV_VAR`], then the platform's data
    /// directory (`~/.local/share/sinhhoat` on Linux), then `sinhhoat-data` in the current
    /// folder where the platform has none.
    pub fn resolve(command_line: Option<PathBuf>, environment: Option<OsString>) -> Self {
        let root = command_line
            .or_else(|| environment.filter(|value| !value.is_empty()).map(PathBuf::from))
            .or_else(|| dirs::data_dir().map(|dir| dir.join("sinhhoat")))
            .unwrap_or_else(|| PathBuf::from("sinhhoat-data"));
        Self { root }
    }

    /// [`Self::resolve`] with the process's own environment.
    pub fn from_environment(command_line: Option<PathBuf>) -> Self {
        Self::resolve(command_line, std::env::var_os(Self::ENV_VAR))
    }

    /// A data folder at exactly this path.
    pub fn at(root: impl Into<PathBuf>) -> Self {
        Self { root: root.into() }
    }

    /// The folder itself.
    pub fn root(&self) -> &Path {
        &self.root
    }

    /// Whether `path` lies in the sessions folder, however it is spelled (`..`, links): a
    /// file written there would be taken for a session.
    pub fn holds_session(&self, path: &Path) -> bool {
        let folder = |path: &Path| path.parent().and_then(|parent| parent.canonicalize().ok());
        let sessions = self.sessions().canonicalize().ok();
        path.starts_with(self.sessions()) || (sessions.is_some() && folder(path) == sessions)
    }

    /// Where session files are kept.
    pub fn sessions(&self) -> PathBuf {
        self.root.join("sessions")
    }

    /// Where deleted sessions wait until restored.
    pub fn trash(&self) -> PathBuf {
        self.root.join("trash")
    }

    /// Where yearly plans are kept.
    pub fn plans(&self) -> PathBuf {
        self.root.join("plans")
    }

    /// The default folder for exported files.
    pub fn exports(&self) -> PathBuf {
        self.root.join("exports")
    }

    /// The user's preferences (language, theme).
    pub fn settings_file(&self) -> PathBuf {
        self.root.join("settings.json")
    }
}

#[cfg(test)]
mod tests {
    use super::DataDir;
    use std::path::PathBuf;

    #[test]
    fn command_line_beats_environment_which_beats_the_platform_default() {
        let both = DataDir::resolve(Some("/from/cli".into()), Some("/from/env".into()));
        assert_eq!(both.root(), PathBuf::from("/from/cli"));
        let env = DataDir::resolve(None, Some("/from/env".into()));
        assert_eq!(env.root(), PathBuf::from("/from/env"));
        let default = DataDir::resolve(None, Some("".into()));
        assert!(default.root().ends_with("sinhhoat") || default.root().ends_with("sinhhoat-data"));
        assert_eq!(env.sessions(), PathBuf::from("/from/env/sessions"));
    }
}
