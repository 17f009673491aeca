//! The user's preferences: language, theme, text size, sound cues, the messages to the
//! speaker, the clock, and where the windows were. Kept apart from meeting data, in the data
//! folder's `settings.json`.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::meeting::cues::CueChoice;
use crate::meeting::prompts::FinalHold;
use crate::store::{LoadError, SaveError, decode_json, write_atomic};

/// The text size's range and default, in percent of the normal size.
pub const ZOOM_RANGE: std::ops::RangeInclusive<u16> = 80..=200;
/// The normal text size, in percent.
pub const ZOOM_DEFAULT: u16 = 100;
/// How many messages to the speaker the settings keep, and how long each may be.
pub const MAX_MESSAGES: usize = 9;
/// The longest message to the speaker, in characters.
pub const MAX_MESSAGE_CHARS: usize = 120;

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

/// The sound cues: which a speech rings, whether comments ring, and how loud.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct SoundSettings {
    /// The cues of a speech.
    pub speech: CueChoice,
    /// Whether a comment rings at its limit (off unless chosen).
    pub comments: bool,
    /// The volume, 0 to 100.
    pub volume: u8,
}

impl Default for SoundSettings {
    fn default() -> Self {
        Self { speech: CueChoice::default(), comments: false, volume: 70 }
    }
}

/// What helps the room through the meeting: the screen kept lit, the speaker's final time held
/// on the projector, and the reminder that a called speaker's timer has not started.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct RoomSettings {
    /// Ask the system not to blank the screen or sleep while the live screen is open.
    pub keep_awake: bool,
    /// How long the projector keeps a speech's final time after it ended.
    pub final_time: FinalHold,
    /// After how many seconds a called speaker whose timer has not started is pointed out to
    /// the secretary; 0 for never.
    pub start_reminder_secs: u16,
}

impl Default for RoomSettings {
    fn default() -> Self {
        Self { keep_awake: true, final_time: FinalHold::default(), start_reminder_secs: 15 }
    }
}

impl RoomSettings {
    /// The choices of the reminder's delay the settings offer, in seconds (0: off).
    pub const REMINDER_CHOICES: [u16; 4] = [0, 10, 15, 30];
    /// The longest reminder delay a settings file may ask for.
    pub const MAX_REMINDER_SECS: u16 = 600;

    /// The settings within their bounds.
    pub fn bounded(self) -> Self {
        Self {
            final_time: self.final_time.bounded(),
            start_reminder_secs: self.start_reminder_secs.min(Self::MAX_REMINDER_SECS),
            ..self
        }
    }
}

/// Where a window was and how it was shown, in the desktop's logical pixels (not egui's points,
/// which change with the text size).
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize, Deserialize)]
pub struct WindowPlace {
    /// The left edge of the window's outer frame.
    pub x: f32,
    /// The top edge of the window's outer frame.
    pub y: f32,
    /// The inner width.
    pub width: f32,
    /// The inner height.
    pub height: f32,
    /// Whether it was maximised.
    #[serde(default)]
    pub maximized: bool,
    /// Whether it covered its screen.
    #[serde(default)]
    pub fullscreen: bool,
}

/// A change to the preferences.
#[derive(Debug, Clone, PartialEq)]
pub enum SettingsEdit {
    /// Switch the UI language.
    Language(Language),
    /// Switch the colour theme.
    Theme(ThemeChoice),
    /// The text size, in percent; kept within [`ZOOM_RANGE`].
    Zoom(u16),
    /// The sound cues.
    Sound(SoundSettings),
    /// The messages to the speaker, one per line of text; empty lines are dropped, at most
    /// [`MAX_MESSAGES`] kept, each cut to [`MAX_MESSAGE_CHARS`]. `None` brings back the
    /// language's own.
    Messages(Option<String>),
    /// Whether the projector shows the time of day.
    ClockOnProjector(bool),
    /// The screen kept lit, the final time held, the reminder to start.
    Room(RoomSettings),
    /// Where the main window was.
    MainWindow(WindowPlace),
    /// Where the projector window was.
    ProjectorWindow(WindowPlace),
}

/// The saved preferences.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// The UI language.
    pub language: Language,
    /// The colour theme.
    pub theme: ThemeChoice,
    /// The session open when the app was last used, reopened at the next start.
    pub last_session: Option<PathBuf>,
    /// The text size, in percent of the normal size.
    pub zoom_percent: u16,
    /// The sound cues.
    pub sound: SoundSettings,
    /// The messages to the speaker the secretary set; `None` for the language's own.
    pub messages: Option<Vec<String>>,
    /// Whether the projector shows the time of day.
    pub clock_on_projector: bool,
    /// The screen kept lit, the final time held, the reminder to start.
    pub room: RoomSettings,
    /// Where the main window was when last moved or resized.
    pub main_window: Option<WindowPlace>,
    /// Where the projector window was when last moved or resized.
    pub projector_window: Option<WindowPlace>,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            language: Language::default(),
            theme: ThemeChoice::default(),
            last_session: None,
            zoom_percent: ZOOM_DEFAULT,
            sound: SoundSettings::default(),
            messages: None,
            clock_on_projector: false,
            room: RoomSettings::default(),
            main_window: None,
            projector_window: None,
        }
    }
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
            SettingsEdit::Zoom(percent) => {
                self.zoom_percent = percent.clamp(*ZOOM_RANGE.start(), *ZOOM_RANGE.end());
            }
            SettingsEdit::Sound(sound) => {
                self.sound = SoundSettings { volume: sound.volume.min(100), ..sound }
            }
            SettingsEdit::Messages(text) => self.messages = text.map(|text| messages(&text)),
            SettingsEdit::ClockOnProjector(on) => self.clock_on_projector = on,
            SettingsEdit::Room(room) => self.room = room.bounded(),
            SettingsEdit::MainWindow(place) => self.main_window = place.is_sound().then_some(place),
            SettingsEdit::ProjectorWindow(place) => self.projector_window = place.is_sound().then_some(place),
        }
        *self != before
    }

    /// The room's settings within their bounds whatever the file says.
    pub fn room(&self) -> RoomSettings {
        self.room.bounded()
    }

    /// The text size as egui's zoom factor, within [`ZOOM_RANGE`] whatever the file says.
    pub fn zoom_factor(&self) -> f32 {
        f32::from(self.zoom_percent.clamp(*ZOOM_RANGE.start(), *ZOOM_RANGE.end())) / 100.0
    }

    /// Writes the preferences atomically.
    pub fn save(&self, path: &Path) -> Result<(), SaveError> {
        #[allow(clippy::expect_used, reason = "plain data with string keys cannot fail to serialize")]
        let bytes = serde_json::to_vec_pretty(self).expect("settings always serialize");
        write_atomic(path, &bytes)
    }
}

impl WindowPlace {
    /// Whether the numbers can place a window: finite, and a size of at least 100 points.
    pub fn is_sound(&self) -> bool {
        [self.x, self.y, self.width, self.height].iter().all(|value| value.is_finite())
            && self.width >= 100.0
            && self.height >= 100.0
    }
}

/// The messages in `text`, one per non-empty line, at most [`MAX_MESSAGES`], each cut to
/// [`MAX_MESSAGE_CHARS`] characters.
fn messages(text: &str) -> Vec<String> {
    text.lines()
        .map(str::trim)
        .filter(|line| !line.is_empty())
        .take(MAX_MESSAGES)
        .map(|line| line.chars().take(MAX_MESSAGE_CHARS).collect())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::{Language, RoomSettings, Settings, SettingsEdit, SoundSettings, ThemeChoice, WindowPlace};
    use crate::meeting::cues::CueChoice;
    use crate::meeting::prompts::FinalHold;

    #[test]
    fn settings_round_trip_and_default_when_missing() {
        let folder = tempfile::tempdir().expect("temporary folder");
        let path = folder.path().join("settings.json");
        assert_eq!(Settings::load(&path), Ok(Settings::default()));
        let place = WindowPlace {
            x: 1366.0,
            y: 0.0,
            width: 1280.0,
            height: 720.0,
            maximized: false,
            fullscreen: true,
        };
        let chosen = Settings {
            language: Language::English,
            theme: ThemeChoice::HighContrast,
            last_session: Some("/d/sessions/Quý II.json".into()),
            zoom_percent: 150,
            sound: SoundSettings { speech: CueChoice::All, comments: true, volume: 35 },
            messages: Some(vec!["Đề nghị đồng chí kết luận".into()]),
            clock_on_projector: true,
            room: RoomSettings {
                keep_awake: false,
                final_time: FinalHold::UntilNext,
                start_reminder_secs: 30,
            },
            main_window: Some(WindowPlace { maximized: true, fullscreen: false, ..place }),
            projector_window: Some(place),
        };
        chosen.save(&path).expect("save");
        assert_eq!(Settings::load(&path), Ok(chosen.clone()));
        std::fs::write(&path, "not json").expect("write");
        assert!(Settings::load(&path).is_err());
    }

    #[test]
    fn edits_keep_the_settings_within_their_bounds() {
        let mut settings = Settings::default();
        assert!(settings.apply(SettingsEdit::Zoom(500)));
        assert_eq!(settings.zoom_percent, 200);
        settings.apply(SettingsEdit::Zoom(10));
        assert_eq!(settings.zoom_factor(), 0.8);
        settings.apply(SettingsEdit::Sound(SoundSettings { volume: 250, ..SoundSettings::default() }));
        assert_eq!(settings.sound.volume, 100);
        let long = "x".repeat(500);
        let text = format!("  Còn 1 phút  \n\n{long}\n1\n2\n3\n4\n5\n6\n7\n8\n9");
        settings.apply(SettingsEdit::Messages(Some(text)));
        let kept = settings.messages.clone().expect("set");
        assert_eq!(kept.len(), 9);
        assert_eq!(kept[0], "Còn 1 phút");
        assert_eq!(kept[1].chars().count(), 120);
        settings.apply(SettingsEdit::Messages(None));
        assert_eq!(settings.messages, None);
        let broken =
            WindowPlace { x: f32::NAN, y: 0.0, width: 800.0, height: 600.0, ..WindowPlace::default() };
        settings.apply(SettingsEdit::MainWindow(broken));
        assert_eq!(settings.main_window, None, "a place that cannot be used is not kept");
        let file = r#"{"zoom_percent": 9000, "sound": {"volume": 40}}"#;
        let read: Settings = crate::store::decode_json(file.as_bytes()).expect("reads");
        assert_eq!(read.zoom_factor(), 2.0, "an odd file still gives a usable size");
        assert_eq!(read.sound.speech, CueChoice::EndAndLimit);
        let file = r#"{"room": {"final_time": {"seconds": 65000}, "start_reminder_secs": 9999}}"#;
        let read: Settings = crate::store::decode_json(file.as_bytes()).expect("reads");
        let room = read.room();
        assert_eq!(room.final_time, FinalHold::Seconds(600));
        assert_eq!((room.start_reminder_secs, room.keep_awake), (600, true), "the rest as by default");
    }
}
