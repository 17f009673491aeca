//! The bar at the top: the screens, undo and redo, and whether the open session is saved.

use eframe::egui::{self, Align, Button, Color32, Id, Label, Layout, RichText, Role, Ui, WidgetInfo, vec2};

use super::{command, theme};
use crate::app::{Action, AppState, Command, Screen};

/// The least room the save state needs beside the screens: the state, undo and redo, and a
/// few letters of the session's name. With less, it moves to a line of its own (a 1024-pixel projector).
const SAVE_STATE_ROOM: f32 = 190.0;

/// Draws the navigation and the save state, on one line when they fit, else on two.
pub fn show(ui: &mut Ui, app: &AppState, actions: &mut Vec<Action>) {
    let width_id = Id::unique("top_bar_navigation_width");
    let navigation_width: f32 = ui.data(|data| data.get_temp(width_id)).unwrap_or_default();
    let one_line = navigation_width + SAVE_STATE_ROOM <= ui.available_width();
    ui.horizontal(|ui| {
        // The screens wrap onto a second line rather than run past a narrow window's edge.
        let width = ui.horizontal_wrapped(|ui| navigation(ui, app, actions)).response.rect.width();
        ui.data_mut(|data| data.insert_temp(width_id, width));
        if one_line {
            save_state(ui, app, actions);
        }
    });
    if !one_line {
        ui.horizontal(|ui| save_state(ui, app, actions));
    }
}

fn navigation(ui: &mut Ui, app: &AppState, actions: &mut Vec<Action>) {
    let strings = app.strings();
    ui.label(RichText::new(strings.app_title).strong());
    ui.separator();
    let tabs = [
        (Screen::Sessions, strings.nav_sessions, true),
        (Screen::Details, strings.nav_details, app.document().is_some()),
        (Screen::Prepare, strings.prepare.nav_prepare, true),
        (Screen::Live, strings.live.nav_live, app.document().is_some()),
        (Screen::Report, strings.report.nav, true),
        (Screen::Settings, strings.nav_settings, true),
    ];
    for (screen, label, enabled) in tabs {
        let response = ui.add_enabled(enabled, Button::selectable(app.screen() == screen, label));
        if response.clicked() {
            actions.push(Action::Show(screen));
        }
    }
}

/// From the right edge: "Đã lưu", "Đang lưu…" or "Chưa lưu", undo and redo, then the open
/// session's name, cut to the room left.
fn save_state(ui: &mut Ui, app: &AppState, actions: &mut Vec<Action>) {
    let (Some(document), Some(title)) = (app.document(), app.title()) else {
        return;
    };
    let strings = app.strings();
    ui.with_layout(Layout::right_to_left(Align::Center), |ui| {
        // As wide as its longest word, so that undo and redo stay under the pointer while a
        // save starts and ends.
        let font = egui::TextStyle::Body.resolve(ui.style());
        let widest = [strings.saved, strings.not_saved, strings.saving]
            .map(|text| {
                ui.painter().layout_no_wrap(text.to_owned(), font.clone(), Color32::PLACEHOLDER).size().x
            })
            .into_iter()
            .fold(0.0, f32::max);
        let status = app.save_status();
        ui.allocate_ui_with_layout(
            vec2(widest, ui.available_height()),
            Layout::right_to_left(Align::Center),
            |ui| {
                ui.set_min_width(widest);
                if status.saved >= document.generation() {
                    ui.colored_label(theme::success_colour(app.settings().theme), strings.saved);
                } else if let Some(error) = &status.error {
                    ui.colored_label(theme::error_colour(app.settings().theme), strings.not_saved)
                        .on_hover_text((strings.save_failed)(error));
                } else {
                    ui.label(strings.saving);
                }
            },
        );
        ui.separator();
        undo_redo(ui, app, actions);
        ui.separator();
        ui.add(Label::new(title).truncate());
    });
}

/// Undo and redo as arrows, each naming on hover what it would do (and named for screen
/// readers); greyed out when there is nothing.
fn undo_redo(ui: &mut Ui, app: &AppState, actions: &mut Vec<Action>) {
    let words = app.strings().edits;
    // Drawn right to left: redo sits to the right of undo.
    let buttons = [
        ("⟳", words.redo_button, app.redo_label(), words.redo_hint, Command::Redo),
        ("⟲", words.undo_button, app.undo_label(), words.undo_hint, Command::Undo),
    ];
    for (icon, name, what, hint, command) in buttons {
        let keys = command::keys(ui.ctx(), app.strings(), command);
        let response =
            ui.add_enabled(what.is_some(), Button::new(RichText::new(icon).size(theme::ICON_SIZE)));
        let enabled = what.is_some();
        response.widget_info(|| WidgetInfo::labeled(Role::Button, enabled, name));
        let response = match &what {
            Some(what) => response.on_hover_text(format!("{} [{keys}]", hint(what))),
            None => response.on_disabled_hover_text(name),
        };
        if response.clicked() {
            actions.push(Action::Command(command));
        }
    }
}
