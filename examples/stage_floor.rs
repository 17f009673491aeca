//! The floor of a stage timer's CPU: the smallest eframe program doing sinhhoat's job in the
//! room — a 1200×820 main window with a clock label and a 1280×720 second window (an
//! immediate viewport) whose digits fill 40% of its height, glow renderer, redrawn once a
//! second. `scripts/speed.py` runs it beside sinhhoat and compares their CPU.

use std::time::{Duration, Instant};

use eframe::egui;

struct Floor {
    start: Instant,
}

impl eframe::App for Floor {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        let elapsed = self.start.elapsed();
        let digits = format!("{}:{:02}", elapsed.as_secs() / 60, elapsed.as_secs() % 60);
        egui::CentralPanel::default().show(ui, |ui| {
            ui.label(format!("Đã phát biểu {digits}"));
        });
        let second =
            egui::ViewportBuilder::default().with_title("Floor projector").with_inner_size([1280.0, 720.0]);
        ui.ctx().show_viewport_immediate(
            egui::ViewportId::from_hash_of("floor_projector"),
            second,
            |ui, _| {
                egui::CentralPanel::default().show(ui, |ui| {
                    let height = ui.max_rect().height();
                    ui.label(egui::RichText::new(&digits).size(height * 0.4));
                });
            },
        );
        let into_second = Duration::from_nanos(u64::from(elapsed.subsec_nanos()));
        ui.ctx().request_repaint_after(Duration::from_secs(1).saturating_sub(into_second));
    }
}

fn main() -> eframe::Result {
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default().with_title("Floor").with_inner_size([1200.0, 820.0]),
        renderer: eframe::Renderer::Glow,
        dithering: false,
        ..Default::default()
    };
    eframe::run_native("stage_floor", options, Box::new(|_| Ok(Box::new(Floor { start: Instant::now() }))))
}
