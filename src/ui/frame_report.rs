//! `--report-frames`: the app tells the outside world when its first frame is on screen, how
//! long every frame took, when a text field has just taken the cursor and when the open session
//! has changed, one line on standard output each: for the speed measurements in
//! `scripts/speed.py`, and for the real-window tests, which type only once a field will take
//! the keys and go on once the app has taken each one.

use std::io::Write;

use eframe::egui::Context;

/// Reports frames on standard output when switched on; does nothing otherwise.
#[derive(Debug, Clone, Default)]
pub struct FrameReport {
    enabled: bool,
    frames: u64,
    text_focused: bool,
    generation: u64,
    scene: String,
}

impl FrameReport {
    /// A report that prints only if `enabled`.
    pub fn new(enabled: bool) -> Self {
        Self { enabled, frames: 0, text_focused: false, generation: 0, scene: String::new() }
    }

    /// Called at the start of every frame with the CPU time the previous one took, if known.
    /// The first frame asks for a second one: when the second starts, the first has been
    /// painted and shown, and `first frame` is printed.
    pub fn frame_started(&mut self, ctx: &Context, previous_cpu_seconds: Option<f32>) {
        if !self.enabled {
            return;
        }
        self.frames += 1;
        let mut out = std::io::stdout().lock();
        match self.frames {
            1 => ctx.request_repaint(),
            2 => {
                let _ = writeln!(out, "first frame");
            }
            _ => {}
        }
        if let Some(seconds) = previous_cpu_seconds.filter(|_| self.frames > 1) {
            let _ = writeln!(out, "frame {:.3} ms", seconds * 1000.0);
        }
        let _ = out.flush();
    }

    /// Called at the end of every frame with whether a text field has the cursor, the open
    /// session's generation and what the window shows (`Scene::words`, made
    /// only when the report is on);
    /// prints `text focus` when a field has just taken the cursor (the keys typed from then on
    /// reach it), `change N` when the session has changed and `view …` when what is shown has.
    pub fn frame_ended(&mut self, text_focused: bool, generation: u64, scene: impl FnOnce() -> String) {
        if self.enabled {
            let scene = scene();
            let mut out = std::io::stdout().lock();
            if text_focused && !self.text_focused {
                let _ = writeln!(out, "text focus");
            }
            if generation != self.generation {
                let _ = writeln!(out, "change {generation}");
            }
            if scene != self.scene {
                let _ = writeln!(out, "view {scene}");
                self.scene = scene;
            }
            let _ = out.flush();
        }
        self.text_focused = text_focused;
        self.generation = generation;
    }
}
