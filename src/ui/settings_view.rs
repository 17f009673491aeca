//! The settings screen: language and theme.

use eframe::egui::Ui;

use super::Action;
use crate::i18n::{Language, Strings};
use crate::settings::{Settings, ThemeChoice};
use crate::ui::theme;

/// Draws the settings and emits an action for each change.
pub fn show(ui: &mut Ui, strings: &Strings, settings: &Settings, actions: &mut Vec<Action>) {
    ui.heading(strings.nav_settings);
    ui.add_space(theme::GAP);
    ui.label(strings.settings_language);
    ui.horizontal(|ui| {
        for language in Language::ALL {
            if ui.radio(settings.language == language, language.native_name()).clicked() {
                actions.push(Action::SetLanguage(language));
            }
        }
    });
    ui.add_space(theme::GAP);
    ui.label(strings.settings_theme);
    ui.horizontal(|ui| {
        for theme in ThemeChoice::ALL {
            if ui.radio(settings.theme == theme, (strings.theme_name)(theme)).clicked() {
                actions.push(Action::SetTheme(theme));
            }
        }
    });
}
