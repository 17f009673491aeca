//! The projector: a second OS window (or, on a single screen, the main window itself) that
//! shows the room and the speaker the slide for the meeting as it stands. It only draws from
//! the app's state; it owns no data.

mod draw;
mod overlay;
mod view;

pub use view::ProjectorView;

use eframe::egui::{self, Context, Ui, ViewportBuilder, ViewportCommand, ViewportId};

use super::context::LiveContext;
use super::monitors::Monitors;
use super::window_place::PlaceWatcher;
use crate::settings::WindowPlace;

/// Which window draws the slide: the second window (open, full screen or not), or the main
/// window standing in for it on a single screen. What the slide shows is the app's
/// ([`crate::app::Room`]).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Projector {
    /// The second window is open.
    pub open: bool,
    /// The second window covers its screen.
    pub fullscreen: bool,
    /// The main window shows the projector's slide instead of the controls.
    pub present_here: bool,
}

/// The last screen of the minutes being read back, as the projector last drew them.
pub fn last_page(ctx: &Context) -> u16 {
    ctx.data(|data| data.get_temp::<u16>(draw::last_page_id())).unwrap_or(0)
}

impl Projector {
    /// The id of the second window.
    pub fn viewport_id() -> ViewportId {
        ViewportId::from_hash_of("sinhhoat_projector")
    }

    /// Opens or closes the second window; it opens where it was last, as `place` recalls.
    pub fn toggle_window(&mut self, place: &mut PlaceWatcher) {
        self.open = !self.open;
        place.reopen();
        self.fullscreen = self.open && place.opens_fullscreen();
    }

    /// Switches the second window in and out of full screen.
    pub fn toggle_fullscreen(&mut self, ctx: &Context) {
        if self.open {
            self.fullscreen = !self.fullscreen;
            ctx.send_viewport_cmd_to(Self::viewport_id(), ViewportCommand::Fullscreen(self.fullscreen));
        }
    }

    /// The slide for the meeting as it stands.
    pub fn view(&self, live: &LiveContext<'_>) -> ProjectorView {
        let session = live.document.session();
        let held = crate::meeting::prompts::final_time(session, live.final_hold, live.now);
        let room = live.room;
        ProjectorView::choose(session, room.presenting, room.reading, held.map(|(speech, _)| speech))
    }

    /// Draws the slide over the whole of `ui` (the single-screen mode).
    pub fn draw_here(&self, ui: &mut Ui, live: &LiveContext<'_>) {
        draw::draw(ui, live, self.view(live));
    }

    /// Shows the second window, if open, where `place` says; closes it when the user closes
    /// the window. Returns the window's place once it settled somewhere new, to keep.
    pub fn show_window(
        &mut self,
        ctx: &Context,
        live: &LiveContext<'_>,
        (place, screens): (&mut PlaceWatcher, &Monitors),
    ) -> Option<WindowPlace> {
        if !self.open {
            return None;
        }
        let view = self.view(live);
        let size = crate::ui::theme::PROJECTOR_WINDOW_SIZE;
        let mut builder = ViewportBuilder::default()
            .with_title(live.strings.live.projector_title)
            .with_app_id("sinhhoat")
            .with_min_inner_size(crate::ui::theme::PROJECTOR_WINDOW_MIN);
        builder = place.builder(builder, (size, ctx.zoom_factor()), screens);
        if let Some(icon) = crate::ui::icon::window_icon() {
            builder = builder.with_icon(icon);
        }
        let (closed, moved) = ctx.show_viewport_immediate(Self::viewport_id(), builder, |ui, _class| {
            egui::CentralPanel::default().frame(egui::Frame::NONE).show(ui, |ui| draw::draw(ui, live, view));
            let moved = place.follow(ui.ctx(), Self::viewport_id(), size, screens);
            (ui.input(|input| input.viewport().close_requested()), moved)
        });
        if closed {
            self.open = false;
        }
        moved
    }
}
