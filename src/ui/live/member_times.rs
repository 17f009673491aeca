//! Each member's speaking so far: speeches, comments and their time together, in the queue
//! panel and on the conclusion screen.

use eframe::egui::{self, RichText, Ui};

use super::LiveContext;
use crate::export::outline::per_member;
use crate::i18n::format_mmss;

/// The table of members who spoke or commented, in roster order.
pub fn show(ui: &mut Ui, live: &LiveContext<'_>, id_salt: &str) {
    let room = live.strings.room;
    let times = per_member(live.session(), live.now);
    egui::CollapsingHeader::new(RichText::new(room.member_totals).strong())
        .id_salt(("member_times", id_salt))
        .default_open(true)
        .show(ui, |ui| {
            egui::Grid::new(("member_times_grid", id_salt)).striped(true).show(ui, |ui| {
                for column in room.member_columns {
                    ui.label(RichText::new(column).strong());
                }
                ui.end_row();
                for time in &times {
                    ui.label(&time.name);
                    ui.label(time.speeches.to_string());
                    ui.label(time.comments.to_string());
                    ui.label(format_mmss(time.total().as_secs()));
                    ui.end_row();
                }
            });
        });
}
