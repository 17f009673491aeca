//! The smallest eframe app, built from the same eframe as sinhhoat with the same renderer and
//! window size: the yardstick `scripts/speed.py` measures sinhhoat's start-up and memory
//! against. `--report-frames` prints the same lines as sinhhoat's.

use eframe::egui;
use sinhhoat::ui::frame_report::FrameReport;

struct Minimal {
    report: FrameReport,
}

impl eframe::App for Minimal {
    fn logic(&mut self, ctx: &egui::Context, frame: &mut eframe::Frame) {
        self.report.frame_started(ctx, frame.info().cpu_usage);
    }

    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        egui::CentralPanel::default().show(ui, |ui| {
            ui.label("Hello");
        });
    }
}

fn main() -> eframe::Result {
    let report = FrameReport::new(std::env::args().any(|arg| arg == "--report-frames"));
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default().with_title("Minimal").with_inner_size([1200.0, 820.0]),
        renderer: eframe::Renderer::Glow,
        dithering: false,
        ..Default::default()
    };
    eframe::run_native("minimal", options, Box::new(move |_| Ok(Box::new(Minimal { report }))))
}
