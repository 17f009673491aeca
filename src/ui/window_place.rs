//! Where the windows were: each window's place is read from egui every frame, kept in the
//! settings once it has stood still for a moment, and given back when the window opens
//! again. A main window first opened on a screen smaller than it is maximised, so it fits the
//! work area the desktop leaves (panels, task bar); a window remembered on no screen connected
//! now (its display was unplugged) opens on the primary one ([`Monitors::bring_on`]).
//!
//! Places are kept in the desktop's logical pixels, whatever the text size: egui's points are
//! those pixels divided by the zoom, so a place is multiplied by the zoom as it is read and
//! divided by it as a window is made.

use eframe::egui::{Context, Pos2, ViewportBuilder, ViewportCommand, ViewportId, ViewportInfo};

use super::monitors::Monitors;
use crate::app::{Action, AppState};
use crate::settings::{Settings, SettingsEdit, WindowPlace};

/// How long a window must stand still before its place is kept, in seconds.
const SETTLE_SECS: f64 = 0.5;
/// Room for the window's title bar and the desktop's panels when deciding whether the
/// default size fits the screen, in logical pixels.
const DESKTOP_MARGIN: f32 = 80.0;

/// Follows one window's place.
#[derive(Debug, Clone, Copy, Default)]
pub struct PlaceWatcher {
    seen: Option<WindowPlace>,
    moved_at: f64,
    kept: Option<WindowPlace>,
    checked: bool,
    opening: Option<WindowPlace>,
    /// The zoom the window was made at: its builder stays as it was made, so egui does not
    /// move the window back when the text size changes.
    opening_zoom: Option<f32>,
}

impl PlaceWatcher {
    /// A watcher for a window last seen at `kept`.
    pub fn new(kept: Option<WindowPlace>) -> Self {
        Self { kept, opening: kept, ..Self::default() }
    }

    /// The window opens again: where it was last kept, checked again against the screens.
    pub fn reopen(&mut self) {
        *self = Self::new(self.kept);
    }

    /// Where the window opens (and stays, as far as its builder says): its last kept place
    /// when it was opened, or `default_size`, at the zoom it was opened with.
    pub fn builder(
        &mut self,
        builder: ViewportBuilder,
        (default_size, zoom): ([f32; 2], f32),
        screens: &Monitors,
    ) -> ViewportBuilder {
        let zoom = *self.opening_zoom.get_or_insert(zoom);
        let default_size = screens.fit(default_size, DESKTOP_MARGIN);
        restore(builder, self.opening.map(|place| screens.bring_on(place)), default_size, zoom)
    }

    /// Whether the window opens full screen.
    pub fn opens_fullscreen(&self) -> bool {
        self.opening.is_some_and(|place| place.fullscreen)
    }

    /// Reads the window's place this frame; returns it once it has settled somewhere new,
    /// to be saved. The first frame on a known screen also fits the window to it.
    pub fn follow(
        &mut self,
        ctx: &Context,
        viewport: ViewportId,
        default_size: [f32; 2],
        screens: &Monitors,
    ) -> Option<WindowPlace> {
        let (info, now) = ctx.input(|input| (input.viewport().clone(), input.time));
        let zoom = ctx.zoom_factor();
        if !self.checked && info.inner_rect.is_some() && screens.known() {
            self.checked = true;
            self.fit(ctx, viewport, &info, default_size, screens);
        }
        let place = read(&info, self.seen.or(self.kept), zoom)?;
        if self.seen != Some(place) {
            self.seen = Some(place);
            self.moved_at = now;
        }
        if self.kept == Some(place) {
            return None;
        }
        if now - self.moved_at >= SETTLE_SECS {
            self.kept = Some(place);
            return Some(place);
        }
        ctx.request_repaint_after(std::time::Duration::from_secs_f64(SETTLE_SECS));
        None
    }

    /// The place seen last, not yet kept, to save when the app closes.
    pub fn unsaved(&self) -> Option<WindowPlace> {
        self.seen.filter(|seen| Some(*seen) != self.kept)
    }

    /// Once the screens are known: a window on no screen comes back to the primary one; a
    /// window never placed before, larger than its screen, is maximised.
    fn fit(
        &self,
        ctx: &Context,
        viewport: ViewportId,
        info: &ViewportInfo,
        default_size: [f32; 2],
        screens: &Monitors,
    ) {
        let zoom = ctx.zoom_factor();
        if let Some(place) = read(info, None, zoom) {
            let shown = screens.bring_on(place);
            if shown != place {
                ctx.send_viewport_cmd_to(
                    viewport,
                    ViewportCommand::OuterPosition(Pos2::new(shown.x, shown.y) / zoom),
                );
            }
        }
        let [width, height] = default_size;
        let too_big = info
            .monitor_size
            .map(|screen| screen * zoom)
            .is_some_and(|screen| width > screen.x || height + DESKTOP_MARGIN > screen.y)
            || screens.fit(default_size, DESKTOP_MARGIN) != default_size;
        if self.kept.is_none() && too_big {
            ctx.send_viewport_cmd_to(viewport, ViewportCommand::Maximized(true));
        }
    }
}

/// The window's place from egui's view of it, in points at `zoom`; while maximised or full
/// screen, the size and position it had before are kept so it comes back to them.
fn read(info: &ViewportInfo, before: Option<WindowPlace>, zoom: f32) -> Option<WindowPlace> {
    let inner = info.inner_rect? * zoom;
    let outer = info.outer_rect.map_or(inner, |outer| outer * zoom);
    let maximized = info.maximized.unwrap_or(false);
    let fullscreen = info.fullscreen.unwrap_or(false);
    let place = match (maximized || fullscreen, before) {
        (true, Some(before)) => WindowPlace { maximized, fullscreen, ..before },
        _ => WindowPlace {
            x: outer.min.x,
            y: outer.min.y,
            width: inner.width(),
            height: inner.height(),
            maximized,
            fullscreen,
        },
    };
    place.is_sound().then_some(place)
}

/// `builder` opening where `place` says, or at `default_size` when there is no place, for a
/// window made at `zoom`; both in logical pixels.
pub fn restore(
    builder: ViewportBuilder,
    place: Option<WindowPlace>,
    default_size: [f32; 2],
    zoom: f32,
) -> ViewportBuilder {
    match place.filter(WindowPlace::is_sound) {
        Some(place) => builder
            .with_position([place.x / zoom, place.y / zoom])
            .with_inner_size([place.width / zoom, place.height / zoom])
            .with_maximized(place.maximized)
            .with_fullscreen(place.fullscreen),
        None => builder.with_inner_size([default_size[0] / zoom, default_size[1] / zoom]),
    }
}

/// The main window's and the projector's places, and the text size applied to egui.
#[derive(Debug, Clone, Default)]
pub struct WindowFollower {
    main: PlaceWatcher,
    /// The projector window's place, followed from inside its viewport.
    pub projector: PlaceWatcher,
    zoom: Option<f32>,
    /// The screens connected, read again whenever the projector opens.
    pub screens: Monitors,
    stale: bool,
}

impl WindowFollower {
    /// Following the windows from where `settings` last saw them.
    pub fn new(settings: &Settings) -> Self {
        Self {
            main: PlaceWatcher::new(settings.main_window),
            projector: PlaceWatcher::new(settings.projector_window),
            zoom: None,
            screens: Monitors::default(),
            stale: true,
        }
    }

    /// This frame's changes to keep: the main window's place once settled, and the text
    /// size when Ctrl+= / Ctrl+- / Ctrl+0 changed it (egui's own keys).
    pub fn follow(&mut self, ctx: &Context, state: &AppState) -> Vec<Action> {
        let mut actions = Vec::new();
        let wanted = state.settings().zoom_factor();
        if self.zoom != Some(wanted) {
            ctx.set_zoom_factor(wanted);
            self.zoom = Some(wanted);
        } else if (ctx.zoom_factor() - wanted).abs() > 0.005 {
            actions.push(Action::Settings(SettingsEdit::Zoom(percent(ctx.zoom_factor()))));
            // Applied again next frame, within the settings' range.
            self.zoom = None;
        }
        let main = self.main.follow(ctx, ViewportId::ROOT, crate::ui::theme::MAIN_WINDOW_SIZE, &self.screens);
        if let Some(place) = main {
            actions.push(Action::Settings(SettingsEdit::MainWindow(place)));
        }
        actions
    }

    /// The projector opens or closes: its place is checked against the screens connected
    /// then, read before its window is made.
    pub fn projector_toggled(&mut self) -> &mut PlaceWatcher {
        self.stale = true;
        &mut self.projector
    }

    /// Reads the screens if they may have changed (at the start, and when the projector
    /// opens): a projector plugged in during the meeting is found.
    pub fn refresh_screens(&mut self, frame: &eframe::Frame) {
        if std::mem::take(&mut self.stale) {
            self.screens = Monitors::read(frame);
        }
    }

    /// The places seen but not yet kept, to save as the app closes.
    pub fn unsaved(&self) -> Vec<Action> {
        let main = self.main.unsaved().map(SettingsEdit::MainWindow);
        let projector = self.projector.unsaved().map(SettingsEdit::ProjectorWindow);
        main.into_iter().chain(projector).map(Action::Settings).collect()
    }
}

/// A zoom factor in whole percent.
#[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss, reason = "clamped to the u16 range first")]
fn percent(factor: f32) -> u16 {
    (factor * 100.0).round().clamp(0.0, f32::from(u16::MAX)) as u16
}

#[cfg(test)]
mod tests {
    use eframe::egui::{Pos2, Rect, ViewportBuilder, ViewportInfo, vec2};

    use super::{read, restore};
    use crate::settings::WindowPlace;

    fn info(x: f32, width: f32, maximized: bool) -> ViewportInfo {
        let outer = Rect::from_min_size(Pos2::new(x, 10.0), vec2(width, 740.0));
        ViewportInfo {
            outer_rect: Some(outer),
            inner_rect: Some(Rect::from_min_max(outer.min + vec2(0.0, 30.0), outer.max)),
            maximized: Some(maximized),
            fullscreen: Some(false),
            ..ViewportInfo::default()
        }
    }

    #[test]
    fn a_place_is_read_from_the_window_and_kept_through_maximising() {
        let on_projector = read(&info(1366.0, 1280.0, false), None, 1.0).expect("a place");
        let expected =
            WindowPlace { x: 1366.0, y: 10.0, width: 1280.0, height: 710.0, ..WindowPlace::default() };
        assert_eq!(on_projector, expected);
        let maximised = read(&info(0.0, 1920.0, true), Some(on_projector), 1.0).expect("a place");
        assert_eq!(maximised, WindowPlace { maximized: true, ..on_projector }, "the size before is kept");
        assert_eq!(read(&ViewportInfo::default(), None, 1.0), None, "nothing known yet");
        let builder = restore(ViewportBuilder::default(), Some(maximised), [1200.0, 820.0], 1.0);
        assert_eq!(builder.position, Some(Pos2::new(1366.0, 10.0)));
        assert_eq!(builder.inner_size, Some(vec2(1280.0, 710.0)));
        assert_eq!(builder.maximized, Some(true));
        let fresh = restore(ViewportBuilder::default(), None, [1200.0, 820.0], 1.0);
        assert_eq!((fresh.position, fresh.inner_size), (None, Some(vec2(1200.0, 820.0))));
    }

    #[test]
    fn a_place_is_kept_in_pixels_whatever_the_text_size() {
        // At 150 % egui measures the same window in points two thirds as large.
        let zoomed = ViewportInfo {
            outer_rect: Some(Rect::from_min_size(Pos2::new(800.0, 20.0), vec2(600.0, 400.0))),
            inner_rect: Some(Rect::from_min_size(Pos2::new(800.0, 40.0), vec2(600.0, 380.0))),
            ..ViewportInfo::default()
        };
        let place = read(&zoomed, None, 1.5).expect("a place");
        assert_eq!((place.x, place.y, place.width, place.height), (1200.0, 30.0, 900.0, 570.0));
        let at_normal_size = restore(ViewportBuilder::default(), Some(place), [1200.0, 820.0], 1.0);
        assert_eq!(at_normal_size.position, Some(Pos2::new(1200.0, 30.0)));
        assert_eq!(at_normal_size.inner_size, Some(vec2(900.0, 570.0)));
        let zoomed_again = restore(ViewportBuilder::default(), Some(place), [1200.0, 820.0], 1.5);
        assert_eq!(zoomed_again.position, Some(Pos2::new(800.0, 20.0)), "egui multiplies it back");
        assert_eq!(zoomed_again.inner_size, Some(vec2(600.0, 380.0)));
    }
}
