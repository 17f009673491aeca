//! `--report-frames`: the app tells the outside world when its first frame is on screen and
//! how long every frame took, one line on standard output each, for the speed measurements
//! in `scripts/speed.py`.

use std::io::Write;

use eframe::egui::Context;

/// Reports frames on standard output when switched on; does nothing otherwise.
#[derive(Debug, Clone, Copy, Default)]
pub struct FrameReport {
    enabled: bool,
    frames: u64,
}

impl FrameReport {
    /// A report that prints only if `enabled`.
    pub fn new(enabled: bool) -> Self {
        Self { enabled, frames: 0 }
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
}
