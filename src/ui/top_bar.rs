//! The bar at the top: the screens, and whether the open session is saved.

use eframe::egui::{Align, Label, Layout, RichText, Ui};

use super::app::{SinhHoatApp, stem};
use super::{Action, Screen, theme};

/// Draws the navigation and the save state.
pub fn show(ui: &mut Ui, app: &SinhHoatApp, actions: &mut Vec<Action>) {
    let strings = app.strings();
    ui.horizontal(|ui| {
        ui.label(RichText::new(strings.app_title).strong());
        ui.separator();
        let tabs = [
            (Screen::Sessions, strings.nav_sessions, true),
            (Screen::Overview, strings.nav_overview, app.document.is_some()),
            (Screen::Prepare, strings.prepare.nav_prepare, true),
            (Screen::Live, strings.live.nav_live, app.document.is_some()),
            (Screen::Settings, strings.nav_settings, true),
        ];
        for (screen, label, enabled) in tabs {
            let response =
                ui.add_enabled(enabled, eframe::egui::Button::selectable(app.screen == screen, label));
            if response.clicked() {
                actions.push(Action::Show(screen));
            }
        }
        ui.with_layout(Layout::right_to_left(Align::Center), |ui| {
            let Some(document) = &app.document else {
                return;
            };
            let status = &app.save_status;
            if status.saved >= document.generation() {
                ui.colored_label(theme::success_colour(app.settings.theme), strings.saved);
            } else if let Some(error) = &status.error {
                ui.colored_label(theme::error_colour(app.settings.theme), strings.not_saved)
                    .on_hover_text((strings.save_failed)(error));
            } else {
                ui.label(strings.saving);
            }
            ui.separator();
            ui.add(Label::new(stem(&document.path)).truncate());
        });
    });
}
