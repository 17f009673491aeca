//! The window's chrome around the screens: the message bar and the keyboard help.

use eframe::egui::{self, Context, Ui};

use super::{command, theme};
use crate::app::{Action, Command, Notice};
use crate::i18n::Strings;

/// The keyboard help (F1), listing every command from the one command list.
pub fn help_window(ctx: &Context, strings: &Strings, open: &mut bool) {
    egui::Window::new(strings.live.help_title).open(open).collapsible(false).show(ctx, |ui| {
        egui::Grid::new("help_grid").num_columns(2).spacing(theme::GRID_SPACING_WIDE).show(ui, |ui| {
            for command in Command::ALL {
                ui.label(egui::RichText::new(help_keys(ctx, command)).strong().monospace());
                ui.label(command.label(strings));
                ui.end_row();
            }
        });
        ui.label(strings.live.help_note);
    });
}

/// A command's keys for the help, or a dash for a command with a button only.
fn help_keys(ctx: &Context, command: Command) -> String {
    let keys = command::keys(ctx, command);
    if keys.is_empty() { "—".to_owned() } else { keys }
}

/// The message at the bottom of the window, with its dismiss button.
pub fn notice_bar(
    ui: &mut Ui,
    strings: &Strings,
    notice: &Notice,
    choice: crate::settings::ThemeChoice,
    actions: &mut Vec<Action>,
) {
    ui.horizontal_wrapped(|ui| {
        if ui.button(strings.dismiss).clicked() {
            actions.push(Action::DismissNotice);
        }
        match notice {
            Notice::Info(text) => ui.colored_label(theme::success_colour(choice), text),
            Notice::Error(text) => ui.colored_label(theme::error_colour(choice), text),
        };
    });
}
