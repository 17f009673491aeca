//! What the app shows while saves fail or a lock is missing: a banner that stays until the
//! disk takes the changes again, and a question before closing the window would lose them.

use eframe::egui::{self, Context, Id, Modal, RichText, Ui, ViewportCommand};

use super::theme;
use crate::app::SaveStatus;
use crate::i18n::Strings;
use crate::settings::ThemeChoice;

/// Whether closing was asked for while changes were unsaved, and what the user answered.
#[derive(Debug, Clone, Copy, Default)]
pub struct CloseGuard {
    asking: bool,
    confirmed: bool,
}

impl CloseGuard {
    /// Holds back a close asked for while `unsaved`, and asks instead.
    pub fn intercept(&mut self, ctx: &Context, unsaved: bool) {
        let requested = ctx.input(|input| input.viewport().close_requested());
        if requested && unsaved && !self.confirmed {
            ctx.send_viewport_cmd(ViewportCommand::CancelClose);
            self.asking = true;
        }
    }

    /// Whether the question is on screen, so that it takes the keys.
    pub fn is_asking(&self) -> bool {
        self.asking
    }

    /// Draws the question if one is pending.
    pub fn show(&mut self, ctx: &Context, strings: &Strings) {
        if !self.asking {
            return;
        }
        let modal = Modal::new(Id::unique("close_unsaved")).show(ctx, |ui| {
            ui.set_max_width(theme::DIALOG_WIDTH);
            ui.label(RichText::new(strings.close_unsaved_title).size(theme::TEXT_EMPHASIS).strong());
            ui.label(strings.close_unsaved_body);
            ui.horizontal(|ui| {
                if ui.button(strings.stay_open).clicked() {
                    self.asking = false;
                }
                if ui.button(strings.close_anyway).clicked() {
                    self.confirmed = true;
                    ctx.send_viewport_cmd(ViewportCommand::Close);
                }
            });
        });
        if modal.should_close() {
            self.asking = false;
        }
    }
}

/// The red banner shown while the open session's last save failed; nothing otherwise.
pub fn banner(ui: &mut Ui, strings: &Strings, status: &SaveStatus, choice: ThemeChoice) {
    let Some(error) = &status.error else {
        return;
    };
    framed(ui, choice, |ui, colour| {
        ui.label(RichText::new(strings.save_banner_title).strong().size(theme::TEXT_LEAD).color(colour));
        ui.label(RichText::new((strings.save_failed)(error)).color(colour));
        ui.label(strings.save_banner_retry);
    });
}

/// A banner in the colour of an error saying why nothing is written now (a lock missing); it
/// stays while that lasts.
pub fn warning(ui: &mut Ui, message: &str, choice: ThemeChoice) {
    framed(ui, choice, |ui, colour| {
        ui.label(RichText::new(message).strong().color(colour));
    });
}

/// A full-width frame outlined in the error colour, its contents given that colour.
fn framed(ui: &mut Ui, choice: ThemeChoice, add: impl FnOnce(&mut Ui, egui::Color32)) {
    let colour = theme::error_colour(choice);
    let frame = egui::Frame::new().stroke(egui::Stroke::new(theme::WARNING_STROKE, colour));
    frame.inner_margin(theme::GAP).show(ui, |ui| {
        ui.set_width(ui.available_width());
        add(ui, colour);
    });
}
