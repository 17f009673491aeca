//! The projector: a second OS window (or, on a single screen, the main window itself) that
//! shows the room and the speaker the slide for the meeting as it stands. It only draws from
//! the app's state ([`crate::app::Room`]); it owns no data.

mod draw;
mod overlay;
mod view;

pub use view::ProjectorView;

use eframe::egui::{self, Context, Ui, ViewportBuilder, ViewportCommand, ViewportId};

use super::command::{self, KeyRule};
use super::context::LiveContext;
use super::monitors::Monitors;
use super::window_place::PlaceWatcher;
use crate::app::{Command, Projector};
use crate::settings::WindowPlace;

/// The id of the second window.
pub fn viewport_id() -> ViewportId {
    ViewportId::from_hash_of("sinhhoat_projector")
}

/// The last screen of the minutes being read back, as the projector last drew them.
pub fn last_page(ctx: &Context) -> u16 {
    ctx.data(|data| data.get_temp::<u16>(draw::last_page_id())).unwrap_or(0)
}

/// Puts the second window in or out of full screen, as `projector` now says.
pub fn show_fullscreen(ctx: &Context, projector: Projector) {
    ctx.send_viewport_cmd_to(viewport_id(), ViewportCommand::Fullscreen(projector.fullscreen));
}

/// The slide for the meeting as it stands.
pub fn view(live: &LiveContext<'_>) -> ProjectorView {
    let session = live.document.session();
    let held = crate::meeting::prompts::final_time(session, live.final_hold, live.now);
    let room = live.room;
    ProjectorView::choose(session, room.presenting, room.reading, held.map(|(speech, _)| speech))
}

/// Draws `view`, the slide, over the whole of `ui` (the single-screen mode).
pub fn draw_here(ui: &mut Ui, live: &LiveContext<'_>, view: ProjectorView) {
    draw::draw(ui, live, view);
}

/// What became of the second window this frame.
#[derive(Debug, Clone, Default)]
pub struct Shown {
    /// The user closed it.
    pub closed: bool,
    /// Its place, once it settled somewhere new, to keep.
    pub moved: Option<WindowPlace>,
    /// The commands typed while it had the keyboard.
    pub typed: Vec<Command>,
}

/// Shows the second window, if open, where `place` says; its keys give commands by `keys`
/// (none while the main window asks something).
pub fn show_window(
    ctx: &Context,
    live: &LiveContext<'_>,
    (place, screens): (&mut PlaceWatcher, &Monitors),
    keys: Option<KeyRule>,
) -> Shown {
    if !live.room.projector.open {
        return Shown::default();
    }
    let view = view(live);
    let size = crate::ui::theme::PROJECTOR_WINDOW_SIZE;
    let mut builder = ViewportBuilder::default()
        .with_title(live.strings.live.projector_title)
        .with_app_id("sinhhoat")
        .with_min_inner_size(crate::ui::theme::PROJECTOR_WINDOW_MIN);
    builder = place.builder(builder, (size, ctx.zoom_factor()), screens);
    if let Some(icon) = crate::ui::icon::window_icon() {
        builder = builder.with_icon(icon);
    }
    ctx.show_viewport_immediate(viewport_id(), builder, |ui, _class| {
        egui::CentralPanel::default().frame(egui::Frame::NONE).show(ui, |ui| draw::draw(ui, live, view));
        let moved = place.follow(ui.ctx(), viewport_id(), size, screens);
        let typed = keys.map(|rule| command::pressed(ui.ctx(), rule)).unwrap_or_default();
        Shown { closed: ui.input(|input| input.viewport().close_requested()), moved, typed }
    })
}
