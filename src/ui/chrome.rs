//! The window's chrome around the screens: the message bar and the keyboard help.

use eframe::egui::{self, Context, Ui};

use super::{command, theme};
use crate::app::{Action, Answer, Command, Notice, Question};
use crate::i18n::Strings;

/// The keyboard help (F1), listing every command from the one command list.
pub fn help_window(ctx: &Context, strings: &Strings, open: &mut bool) {
    egui::Window::new(strings.live.help_title).open(open).collapsible(false).show(ctx, |ui| {
        egui::Grid::new("help_grid").num_columns(2).spacing(theme::GRID_SPACING_WIDE).show(ui, |ui| {
            for &command in Command::ALL {
                ui.label(egui::RichText::new(help_keys(ctx, strings, command)).strong().monospace());
                ui.label(command.label(strings));
                ui.end_row();
            }
        });
        ui.label(strings.live.help_note);
    });
}

/// The question an export puts before it goes ahead: replace a file, or what to do with the
/// speeches still going on.
pub fn question(ctx: &Context, strings: &Strings, question: &Question, actions: &mut Vec<Action>) {
    let (title, body, answers) = match question {
        Question::Replace(path) => (
            strings.replace_title,
            (strings.replace_body)(&path.display().to_string()),
            vec![(strings.cancel, Answer::Cancel), (strings.replace_confirm, Answer::Confirm)],
        ),
        Question::OpenSpans(count) => (
            strings.open_spans_title,
            (strings.open_spans_body)(*count),
            vec![
                (strings.cancel, Answer::Cancel),
                (strings.open_spans_as_is, Answer::Alternative),
                (strings.open_spans_end, Answer::Confirm),
            ],
        ),
    };
    let modal = egui::Modal::new(egui::Id::unique("export_question")).show(ctx, |ui| {
        ui.set_max_width(theme::DIALOG_WIDTH);
        ui.label(egui::RichText::new(title).size(theme::TEXT_EMPHASIS).strong());
        ui.label(body);
        ui.horizontal_wrapped(|ui| {
            for (label, answer) in answers {
                if ui.button(label).clicked() {
                    actions.push(Action::Answer(answer));
                }
            }
        });
    });
    if modal.should_close() {
        actions.push(Action::Answer(Answer::Cancel));
    }
}

/// All a window shows while another window of the app holds the data folder: why, and what
/// to do.
pub fn locked_out(ui: &mut Ui, strings: &Strings, notice: Option<&Notice>) {
    ui.heading(strings.app_title);
    ui.add_space(theme::GAP_SECTION);
    if let Some(Notice::Error(text) | Notice::Info(text)) = notice {
        ui.label(egui::RichText::new(text).size(theme::TEXT_EMPHASIS));
    }
}

/// A command's keys for the help, or a dash for a command with a button only.
fn help_keys(ctx: &Context, strings: &Strings, command: Command) -> String {
    let keys = command::keys(ctx, strings, command);
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
