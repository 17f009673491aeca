//! What the secretary lays over the slide: a message to the speaker in a band across the
//! bottom (the speaker's name and the countdown stay in view above it), the time of day in a
//! corner, or a blank screen.

use eframe::egui::{self, Align2, Color32, FontFamily, FontId, Pos2, Rect, RichText, Ui};

use crate::ui::context::LiveContext;
use crate::ui::fonts;
use crate::ui::theme::projector as size;

/// The message band's height, in hundredths of the slide's height, and its text's size.
const MESSAGE_BAND: f32 = 12.0;
const MESSAGE_TEXT: f32 = 6.5;
/// The band's colours: black on amber, readable on every phase's background.
const MESSAGE_BACKGROUND: Color32 = Color32::from_rgb(0xFF, 0xC1, 0x07);
const MESSAGE_INK: Color32 = Color32::BLACK;
// The band lies over the bar's marks at the foot of the countdown, never over the name or the
// digits (tests/ui_room.rs measures it); its text fits inside it.
const _: () = assert!(MESSAGE_TEXT < MESSAGE_BAND);

/// The blank screen's colours: the cell's name barely visible on black.
const BLANK_INK: Color32 = Color32::from_gray(70);

/// A black screen with the cell's name in dim letters, over the whole of `ui`.
pub fn blank(ui: &Ui, live: &LiveContext<'_>, unit: f32) {
    let rect = ui.max_rect();
    let painter = ui.painter();
    painter.rect_filled(rect, 0.0, Color32::BLACK);
    let font = FontId::new(size::SUBTITLE * unit, FontFamily::Proportional);
    painter.text(rect.center(), Align2::CENTER_CENTER, &live.session().organisation.cell, font, BLANK_INK);
}

/// The message in a band across the foot of the slide, cut to the band.
pub fn message(ui: &mut Ui, text: &str, unit: f32) {
    let rect = ui.max_rect();
    let band = Rect::from_min_max(Pos2::new(rect.left(), rect.bottom() - MESSAGE_BAND * unit), rect.max);
    ui.painter().rect_filled(band, 0.0, MESSAGE_BACKGROUND);
    let font = FontId::new(MESSAGE_TEXT * unit, FontFamily::Name(fonts::BOLD.into()));
    let label = egui::Label::new(RichText::new(text).font(font).color(MESSAGE_INK)).truncate();
    ui.put(band.shrink(unit), label);
}

/// The time of day in the slide's top right corner, white on a dark box whatever the slide.
pub fn clock(ui: &mut Ui, live: &LiveContext<'_>, unit: f32) {
    let rect = ui.max_rect();
    let font = FontId::new(size::CAPTION * unit, FontFamily::Proportional);
    let corner = Rect::from_min_max(
        Pos2::new(rect.right() - 20.0 * unit, rect.top()),
        Pos2::new(rect.right() - size::GAP * unit, rect.top() + (size::CAPTION + size::GAP) * unit),
    );
    ui.painter().rect_filled(corner, unit, Color32::from_black_alpha(150));
    let time = live.now.format("%H:%M").to_string();
    ui.put(corner, egui::Label::new(RichText::new(time).font(font).color(Color32::WHITE)));
}
