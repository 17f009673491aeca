//! The keys typed in either window: the commands they give, the same whether the main
//! window or the projector's second window has the keyboard.

use eframe::egui::Context;

use super::SinhHoatApp;
use crate::app::{Action, Command, Room, RoomChange, Screen};
use crate::ui::{command, escape, projector};

impl SinhHoatApp {
    /// The keys of this frame: Esc closes the topmost thing, the commands' keys give their
    /// commands. While a chooser or a question is open it takes the keys (and closes on Esc),
    /// but F6 still leaves the slide shown here.
    pub(super) fn take_keys(&mut self, ctx: &Context) {
        let Some(rule) = self.key_rule() else {
            if self.state.room().projector.present_here && command::pressed_one(ctx, Command::PresentHere) {
                self.dispatch(Action::Command(Command::PresentHere));
            }
            return;
        };
        for command in command::pressed(ctx, rule) {
            let action = key_action(ctx, self.state.room(), command);
            self.dispatch(action);
        }
    }

    /// Which commands keys give now (on the live screen or away from it, and whether Esc has
    /// something to close); `None` while a chooser or a question takes the keys.
    pub(super) fn key_rule(&self) -> Option<command::KeyRule> {
        let asking = self.close_guard.is_asking() || self.state.question().is_some();
        if asking || self.views.live.chooser.is_open() || self.views.message.is_open() {
            return None;
        }
        let on_live_screen = self.state.screen() == Screen::Live && self.state.document().is_some();
        let can_close = escape::topmost(self.help_open, self.state.room()).is_some();
        Some(command::KeyRule { on_live_screen, can_close })
    }
}

/// What a command typed does: while the minutes are read back, the page keys turn their pages.
pub(super) fn key_action(ctx: &Context, room: &Room, command: Command) -> Action {
    match command {
        Command::NextStep | Command::PreviousStep if room.reading => {
            let (down, last) = (command == Command::NextStep, projector::last_page(ctx));
            Action::Room(RoomChange::TurnPage { down, last })
        }
        _ => Action::Command(command),
    }
}
