//! The time of day and whether the meeting runs to plan, on one line under the step bar.

use eframe::egui::{RichText, Ui};

use super::LiveContext;
use crate::i18n::LengthKind;
use crate::meeting::schedule::schedule;
use crate::model::{Phase, Step, WallTime};
use crate::ui::theme;

/// "Giờ hiện tại: 14:35 · Kết thúc theo kế hoạch: 16:00 · Dự kiến kết thúc: 15:50 · sớm 10 phút so
/// với kế hoạch" while the meeting is held, in the colour of a speech over its target when it
/// runs late; before it opens on its day, the planned times only; the time alone at the
/// conclusion.
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
    let Some(projection) = found.projection else {
        let start = found.planned_start.map(hour);
        let day = found.planned_start.map(|start| start.date_naive()).filter(|day| *day != live.today);
        let day = day.map(|day| day.format("%d/%m/%Y").to_string());
        let plan = (room.schedule_planned)(start.as_deref(), planned.as_deref(), day.as_deref());
        ui.label(RichText::new(format!("{now} · {plan}")).size(theme::TEXT_LEAD));
        return;
    };
    let words = (room.schedule)(planned.as_deref(), &hour(projection.end), projection.behind_minutes);
    let text = RichText::new(format!("{now} · {words}")).size(theme::TEXT_LEAD);
    let late = theme::phase_colour(live.theme, Phase::OverTarget);
    match projection.behind_minutes.is_some_and(|minutes| minutes > 0) {
        true => ui.label(text.color(late)),
        false => ui.label(text),
    };
    if let Some(short) = crate::prepare::floor::shortfall(&session.meeting, projection.length) {
        ui.colored_label(late, (live.strings.prepare.below_floor)(LengthKind::Projected, &short));
    }
}
