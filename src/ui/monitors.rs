//! The desktop's screens as the window system reports them, in logical pixels: where a window
//! remembered on a display that is gone (a projector unplugged) is brought back to.

use eframe::egui::{Pos2, Rect, pos2, vec2};

use crate::settings::WindowPlace;

/// How much of a window must lie on a screen, both ways, for it to count as shown, in logical pixels.
const VISIBLE: f32 = 100.0;

/// The screens connected now, and the primary one, in logical pixels; empty until read (and in
/// tests, which have no window system: then every place stands as it is).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Monitors {
    all: Vec<Rect>,
    primary: Option<Rect>,
}

/// One screen as the window system gives it: position and size in pixels, and its scale.
type Monitor = (i32, i32, u32, u32, f64);

impl Monitors {
    /// The screens `all` (the primary one among them) in logical pixels.
    pub fn new(all: Vec<Rect>, primary: Option<Rect>) -> Self {
        Self { all, primary }
    }

    /// The screens the root window's system reports now; none where there is no native
    /// window.
    pub fn read(frame: &eframe::Frame) -> Self {
        let Some(window) = frame.winit_window() else {
            return Self::default();
        };
        // The primary screen first, then every screen (the primary one again among them).
        let primary = window.primary_monitor();
        let has_primary = primary.is_some();
        let mut screens: Vec<Rect> = primary
            .into_iter()
            .chain(window.available_monitors())
            .map(|m| {
                let (at, size) = (m.position(), m.size());
                rect((at.x, at.y, size.width, size.height, m.scale_factor()))
            })
            .collect();
        let primary = has_primary.then(|| screens.remove(0));
        Self::new(screens, primary)
    }

    /// Whether any screen is known.
    pub fn known(&self) -> bool {
        !self.all.is_empty()
    }

    /// `place` as it is when it shows on a screen, else moved to the primary screen's top
    /// left (the first screen's without a primary one).
    pub fn bring_on(&self, place: WindowPlace) -> WindowPlace {
        let window = Rect::from_min_size(pos2(place.x, place.y), vec2(place.width, place.height));
        let shown = self.all.iter().any(|screen| {
            let common = screen.intersect(window);
            common.width() >= VISIBLE && common.height() >= VISIBLE
        });
        if shown || !self.known() {
            return place;
        }
        let corner =
            self.primary.or_else(|| self.all.first().copied()).map_or(Pos2::ZERO, |screen| screen.min);
        WindowPlace { x: corner.x, y: corner.y, ..place }
    }

    /// `size` made small enough for the primary screen (the first, without one), leaving
    /// `margin` of its height to the title bar and the desktop's panels; `size` itself while
    /// no screen is known. A screen scaled to 150% has two thirds of its pixels to give.
    pub fn fit(&self, [width, height]: [f32; 2], margin: f32) -> [f32; 2] {
        match self.primary.or_else(|| self.all.first().copied()) {
            Some(screen) => [width.min(screen.width()), height.min((screen.height() - margin).max(0.0))],
            None => [width, height],
        }
    }
}

/// A screen in logical pixels: its device pixels divided by its scale.
#[allow(clippy::cast_possible_truncation, reason = "screen coordinates are far within f32")]
fn rect((x, y, width, height, scale): Monitor) -> Rect {
    let scale = scale.max(0.01);
    let to = |pixels: f64| (pixels / scale) as f32;
    Rect::from_min_size(
        pos2(to(f64::from(x)), to(f64::from(y))),
        vec2(to(f64::from(width)), to(f64::from(height))),
    )
}

#[cfg(test)]
mod tests {
    use eframe::egui::{Rect, pos2, vec2};

    use super::{Monitors, rect};
    use crate::settings::WindowPlace;

    #[test]
    fn a_window_on_a_screen_that_is_gone_comes_back_to_the_primary_one() {
        let laptop = Rect::from_min_size(pos2(0.0, 0.0), vec2(1366.0, 768.0));
        let projector = Rect::from_min_size(pos2(1366.0, 0.0), vec2(1280.0, 720.0));
        let on_projector = WindowPlace {
            x: 1400.0,
            y: 20.0,
            width: 1200.0,
            height: 650.0,
            maximized: false,
            fullscreen: true,
        };
        let both = Monitors::new(vec![laptop, projector], Some(laptop));
        assert_eq!(both.bring_on(on_projector), on_projector, "the projector is there: it stays");
        let laptop_only = Monitors::new(vec![laptop], Some(laptop));
        let back = laptop_only.bring_on(on_projector);
        assert_eq!((back.x, back.y, back.width, back.fullscreen), (0.0, 0.0, 1200.0, true));
        let edge = WindowPlace { x: 1300.0, ..on_projector };
        assert_eq!(laptop_only.bring_on(edge).x, 0.0, "66 pixels showing is not enough to find it");
        assert_eq!(Monitors::default().bring_on(on_projector), on_projector, "nothing known: left alone");
        let scaled = rect((2560, 0, 2560, 1440, 2.0));
        assert_eq!(scaled, Rect::from_min_size(pos2(1280.0, 0.0), vec2(1280.0, 720.0)));
    }

    #[test]
    fn a_window_larger_than_a_scaled_screen_is_made_to_fit_it() {
        let at_150 = Monitors::new(vec![rect((0, 0, 1920, 1080, 1.5))], None);
        assert_eq!(at_150.fit([1280.0, 720.0], 80.0), [1280.0, 640.0]);
        let at_125 = Monitors::new(vec![rect((0, 0, 1366, 768, 1.25))], Some(rect((0, 0, 1366, 768, 1.25))));
        assert_eq!(at_125.fit([1200.0, 820.0], 80.0), [1092.8, 534.4]);
        assert_eq!(at_125.fit([800.0, 400.0], 80.0), [800.0, 400.0], "a window that fits is left alone");
        assert_eq!(Monitors::default().fit([1200.0, 820.0], 80.0), [1200.0, 820.0], "nothing known");
    }
}
