//! The egui front end: it draws the state and turns clicks into actions; the domain does the
//! rest.

mod action;
mod app;
mod apply;
mod apply_prepare;
mod chrome;
pub mod command;

mod fields;
pub mod frame_report;
mod live;

pub mod fonts;
mod overview;
mod prepare;

mod projector;

mod save_guard;
mod sessions;
mod settings_view;
pub mod theme;
mod top_bar;

pub use action::{Action, Screen};
pub use app::{Notice, SinhHoatApp};

use eframe::egui;

use crate::cli::GuiOptions;

/// Opens the app window and runs it until the user closes it.
pub fn run(options: GuiOptions) -> eframe::Result {
    let title = options.language.unwrap_or_default().strings().app_title;
    let native = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title(title)
            .with_app_id("sinhhoat")
            .with_inner_size([1200.0, 820.0])
            .with_min_inner_size([640.0, 480.0]),
        renderer: eframe::Renderer::Glow,
        dithering: false,
        ..Default::default()
    };
    eframe::run_native(
        "sinhhoat",
        native,
        Box::new(move |creation| Ok(Box::new(SinhHoatApp::new(&creation.egui_ctx, options)))),
    )
}
