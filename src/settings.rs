//! The user's preferences: language and theme. Kept apart from meeting data, in the data
//! folder's `settings.json`.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::store::{LoadError, SaveError, decode_json, write_atomic};

/// A language the app speaks.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Language {
    /// Tiếng Việt, the default.
    #[default]
    Vietnamese,
    /// English.
    English,
}

impl Language {
    /// All languages, in the order the settings offer them.
    pub const ALL: [Self; 2] = [Self::Vietnamese, Self::English];
}

/// How the app looks.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ThemeChoice {
    /// Dark text on a light background.
    #[default]
    Light,
    /// Light text on a dark background.
    Dark,
    /// White on black with large text, for projection.
    HighContrast,
}

impl ThemeChoice {
    /// All themes, in the order the settings offer them.
    pub const ALL: [Self; 3] = [Self::Light, Self::Dark, Self::HighContrast];
}

/// A change to the preferences.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SettingsEdit {
    /// Switch the UI language.
    Language(Language),
    /// Switch the colour theme.
    Theme(ThemeChoice),
}

/// The saved preferences.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// The UI language.
    pub language: Language,
    /// The colour theme.
    pub theme: ThemeChoice,
    /// The session open when the app was last used, reopened at the next start.
    pub last_session: Option<PathBuf>,
}

impl Settings {
    /// Reads the preferences; a missing file gives the defaults.
    pub fn load(path: &Path) -> Result<Self, LoadError> {
        match std::fs::read(path) {
            Ok(bytes) => decode_json(&bytes),
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => Ok(Self::default()),
            Err(error) => Err(error.into()),
        }
    }

    /// Applies one change; returns whether anything changed (and so needs saving).
    pub fn apply(&mut self, edit: SettingsEdit) -> bool {
        let before = self.clone();
        match edit {
            SettingsEdit::Language(language) => self.language = language,
            SettingsEdit::Theme(theme) => self.theme = theme,
        }
        *self != before
    }

    /// Writes the preferences atomically.
    pub fn save(&self, path: &Path) -> Result<(), SaveError> {
        #[allow(clippy::expect_used, reason = "plain data with string keys cannot fail to serialize")]
        let bytes = serde_json::to_vec_pretty(self).expect("settings always serialize");
        write_atomic(path, &bytes)
    }
}

#[cfg(test)]
mod tests {
    use super::{Language, Settings, ThemeChoice};

    #[test]
    fn settings_round_trip_and_default_when_missing() {
        let folder = tempfile::tempdir().expect("temporary folder");
        let path = folder.path().join("settings.json");
        assert_eq!(Settings::load(&path), Ok(Settings::default()));
        let chosen = Settings {
            language: Language::English,
            theme: ThemeChoice::HighContrast,
            last_session: Some("/d/sessions/Quý II.json".into()),
        };
        chosen.save(&path).expect("save");
        assert_eq!(Settings::load(&path), Ok(chosen.clone()));
        std::fs::write(&path, "not json").expect("write");
        assert!(Settings::load(&path).is_err());
    }
}
