//! The chooser `M` opens: the messages to the speaker, picked with a digit or a click, or one
//! typed for the moment; what is picked shows on the projector until Esc clears it.

use eframe::egui::{self, Button, Context, Id, Key, Modal, RichText};

use crate::i18n::Strings;
use crate::settings::Settings;
use crate::ui::{command::DIGIT_KEYS, theme};

/// Whether the chooser is open, and the message being typed in it.
#[derive(Debug, Clone, Default)]
pub struct MessageChooser {
    open: bool,
    typed: String,
}

impl MessageChooser {
    /// Opens the chooser with an empty field.
    pub fn open(&mut self) {
        *self = Self { open: true, typed: String::new() };
    }

    /// Whether the chooser is showing, so that the live shortcuts stay quiet.
    pub fn is_open(&self) -> bool {
        self.open
    }

    /// Draws the chooser if it is open, offering the messages of `settings`; returns the
    /// message picked, which closes it.
    pub fn show(&mut self, ctx: &Context, strings: &Strings, settings: &Settings) -> Option<String> {
        if !self.open {
            return None;
        }
        let messages = crate::ui::settings_view::messages(settings, strings);
        let room = strings.room;
        let typing = ctx.text_edit_focused();
        let mut picked = (!typing)
            .then(|| {
                let digit = ctx.input_mut(|input| {
                    DIGIT_KEYS.iter().position(|key| input.consume_key(egui::Modifiers::NONE, *key))
                });
                digit.and_then(|index| messages.get(index).cloned())
            })
            .flatten();
        let modal = Modal::new(Id::unique("message_chooser")).show(ctx, |ui| {
            ui.set_min_width(theme::CHOOSER_WIDTH);
            ui.label(RichText::new(room.chooser_title).size(theme::TEXT_READING).strong());
            for (index, message) in messages.iter().enumerate() {
                let line = format!("{}. {message}", index + 1);
                if ui.add(Button::new(RichText::new(line).size(theme::TEXT_LEAD))).clicked() {
                    picked = Some(message.clone());
                }
            }
            ui.add_space(theme::GAP_SMALL);
            ui.horizontal_wrapped(|ui| {
                let label = ui.label(room.free_message);
                let field = egui::TextEdit::singleline(&mut self.typed).desired_width(theme::FIELD_WIDTH);
                let response =
                    ui.add(field.char_limit(crate::settings::MAX_MESSAGE_CHARS)).labelled_by(label.id);
                let entered = response.lost_focus() && ui.input(|input| input.key_pressed(Key::Enter));
                let sent =
                    ui.add_enabled(!self.typed.trim().is_empty(), Button::new(room.show_message)).clicked();
                if (entered || sent) && !self.typed.trim().is_empty() {
                    picked = Some(self.typed.trim().to_owned());
                }
            });
            ui.label(RichText::new(room.chooser_hint).weak());
        });
        if picked.is_some() || modal.should_close() {
            self.open = false;
        }
        picked
    }
}
