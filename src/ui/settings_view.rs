//! The settings screen: language, theme, text size, the sound cues, what helps the room (the
//! screen kept on, the final time held, the reminder to start), the messages to the speaker and
//! the clock on the projector.

use eframe::egui::{self, Ui};

use super::Action;
use crate::awake::AwakeStatus;
use crate::i18n::{Language, Strings};
use crate::meeting::cues::CueChoice;
use crate::meeting::prompts::FinalHold;
use crate::settings::{MAX_MESSAGES, RoomSettings, Settings, SettingsEdit, SoundSettings, ThemeChoice};
use crate::sound::SoundStatus;
use crate::ui::theme;

/// The settings screen's own state: the messages as they are being typed (kept as typed, so
/// an empty line can be started; the settings keep the filled lines).
#[derive(Debug, Clone, Default)]
pub struct SettingsView {
    messages: Option<String>,
}

impl SettingsView {
    /// Draws the settings and emits an action for each change; returns whether the
    /// secretary asked to hear the cue.
    pub fn show(
        &mut self,
        ui: &mut Ui,
        strings: &Strings,
        (settings, sound, awake): (&Settings, SoundStatus, &AwakeStatus),
        actions: &mut Vec<Action>,
    ) -> bool {
        let mut change = |edit| actions.push(Action::Settings(edit));
        let room = strings.room;
        let mut try_sound = false;
        egui::ScrollArea::vertical().auto_shrink([false, false]).show(ui, |ui| {
            ui.heading(strings.nav_settings);
            ui.add_space(theme::GAP);
            ui.label(strings.settings_language);
            ui.horizontal_wrapped(|ui| {
                for language in Language::ALL {
                    if ui.radio(settings.language == language, language.native_name()).clicked() {
                        change(SettingsEdit::Language(language));
                    }
                }
            });
            ui.add_space(theme::GAP);
            ui.label(strings.settings_theme);
            ui.horizontal_wrapped(|ui| {
                for theme in ThemeChoice::ALL {
                    if ui.radio(settings.theme == theme, (strings.theme_name)(theme)).clicked() {
                        change(SettingsEdit::Theme(theme));
                    }
                }
            });
            ui.add_space(theme::GAP);
            ui.horizontal_wrapped(|ui| {
                ui.label(room.text_size);
                for percent in ZOOM_STEPS {
                    let chosen = settings.zoom_percent == percent;
                    if ui.selectable_label(chosen, format!("{percent} %")).clicked() {
                        change(SettingsEdit::Zoom(percent));
                    }
                }
            });
            ui.label(room.text_size_hint);
            ui.add_space(theme::GAP_SECTION);
            try_sound = sound_settings(ui, strings, settings.sound, sound, &mut change);
            ui.add_space(theme::GAP_SECTION);
            room_settings(ui, strings, settings.room(), awake, &mut change);
            ui.add_space(theme::GAP_SECTION);
            self.messages(ui, strings, settings, &mut change);
            ui.add_space(theme::GAP);
            let mut clock = settings.clock_on_projector;
            if ui.checkbox(&mut clock, room.clock_on_projector).changed() {
                change(SettingsEdit::ClockOnProjector(clock));
            }
        });
        try_sound
    }

    fn messages(
        &mut self,
        ui: &mut Ui,
        strings: &Strings,
        settings: &Settings,
        change: &mut impl FnMut(SettingsEdit),
    ) {
        let room = strings.room;
        let heading = ui.label(egui::RichText::new(room.messages_heading).strong());
        let text = self.messages.get_or_insert_with(|| messages(settings, strings).join("\n"));
        let field =
            egui::TextEdit::multiline(text).desired_rows(MAX_MESSAGES.min(6)).desired_width(f32::INFINITY);
        if ui.add(field.id_salt("speaker_messages")).labelled_by(heading.id).changed() {
            change(SettingsEdit::Messages(Some(text.clone())));
        }
        if ui.add_enabled(settings.messages.is_some(), egui::Button::new(room.messages_restore)).clicked() {
            self.messages = None;
            change(SettingsEdit::Messages(None));
        }
    }
}

/// The text sizes offered, in percent, within [`crate::settings::ZOOM_RANGE`].
const ZOOM_STEPS: [u16; 8] = [80, 90, 100, 110, 125, 150, 175, 200];

/// The sound cues' choices, volume and status; returns whether "try it" was clicked.
fn sound_settings(
    ui: &mut Ui,
    strings: &Strings,
    current: SoundSettings,
    status: SoundStatus,
    change: &mut impl FnMut(SettingsEdit),
) -> bool {
    let room = strings.room;
    ui.label(egui::RichText::new(room.sound_heading).strong());
    for choice in CueChoice::ALL {
        if ui.radio(current.speech == choice, (room.cue_choice)(choice)).clicked() {
            change(SettingsEdit::Sound(SoundSettings { speech: choice, ..current }));
        }
    }
    let mut comments = current.comments;
    if ui.checkbox(&mut comments, room.cue_comments).changed() {
        change(SettingsEdit::Sound(SoundSettings { comments, ..current }));
    }
    let mut volume = current.volume;
    let mut tried = false;
    ui.horizontal_wrapped(|ui| {
        let slider = egui::Slider::new(&mut volume, 0..=100)
            .show_value(false)
            .text(format!("{} {}%", room.volume, current.volume));
        if ui.add(slider).changed() {
            change(SettingsEdit::Sound(SoundSettings { volume, ..current }));
        }
        tried = ui.add_enabled(status == SoundStatus::Ready, egui::Button::new(room.test_sound)).clicked();
    });
    ui.label((room.sound_status)(status));
    tried
}

/// What helps the room: the screen kept on (with what the system answered), the final time
/// held on the projector, the reminder to start the timer.
fn room_settings(
    ui: &mut Ui,
    strings: &Strings,
    current: RoomSettings,
    awake: &AwakeStatus,
    change: &mut impl FnMut(SettingsEdit),
) {
    let room = strings.room;
    ui.label(egui::RichText::new(room.room_heading).strong());
    let mut keep_awake = current.keep_awake;
    if ui.checkbox(&mut keep_awake, room.keep_awake).changed() {
        change(SettingsEdit::Room(RoomSettings { keep_awake, ..current }));
    }
    if current.keep_awake {
        ui.label((room.awake_status)(awake));
    }
    ui.add_space(theme::GAP_SMALL);
    ui.label(room.final_hold_label);
    ui.horizontal_wrapped(|ui| {
        for hold in FinalHold::CHOICES {
            if ui.selectable_label(current.final_time == hold, (room.final_hold)(hold)).clicked() {
                change(SettingsEdit::Room(RoomSettings { final_time: hold, ..current }));
            }
        }
    });
    ui.add_space(theme::GAP_SMALL);
    ui.label(room.reminder_label);
    ui.horizontal_wrapped(|ui| {
        for secs in RoomSettings::REMINDER_CHOICES {
            if ui.selectable_label(current.start_reminder_secs == secs, (room.reminder_after)(secs)).clicked()
            {
                change(SettingsEdit::Room(RoomSettings { start_reminder_secs: secs, ..current }));
            }
        }
    });
}

/// The messages to the speaker on offer: the secretary's, else the language's own.
pub fn messages(settings: &Settings, strings: &Strings) -> Vec<String> {
    match &settings.messages {
        Some(own) => own.clone(),
        None => strings.room.default_messages.iter().map(|text| (*text).to_owned()).collect(),
    }
}
