//! The time of day and whether the meeting runs to plan, on one line under the step bar.

use eframe::egui::{RichText, Ui};

use super::LiveContext;
use crate::meeting::schedule::schedule;
use crate::model::{Phase, Step, WallTime};
use crate::ui::theme;

/// "Bây giờ: 14:35 · Kết thúc theo kế hoạch: 16:00 · Dự kiến kết thúc: 15:50 · sớm 10 phút so
/// với kế hoạch", in the colour of a speech over its target when the meeting runs late; the
/// projection only until the conclusion.
pub fn show(ui: &mut Ui, live: &LiveContext<'_>) {
    let room = live.strings.room;
    let session = live.session();
    let hour = |time: WallTime| time.format("%H:%M").to_string();
    let now = (room.clock_now)(&hour(live.now));
    if session.live.flow.step == Step::Conclusion {
        ui.label(RichText::new(now).size(theme::TEXT_LEAD));
        return;
    }
    let found = schedule(session, live.now, live.speech_elapsed);
    let planned = found.planned_end.map(hour);
    let projection = (room.schedule)(planned.as_deref(), &hour(found.projected_end), found.behind_minutes);
    let text = RichText::new(format!("{now} · {projection}")).size(theme::TEXT_LEAD);
    match found.behind_minutes.is_some_and(|minutes| minutes > 0) {
        true => ui.label(text.color(theme::phase_colour(live.theme, Phase::OverTarget))),
        false => ui.label(text),
    };
}
