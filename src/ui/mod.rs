//! The egui front end: it draws the app's state ([`crate::app`]) and turns keys and clicks
//! into actions; the state and the domain do the rest.

mod app;
mod chrome;
pub mod command;
mod committee;
mod context;
mod fields;
pub mod fonts;
pub mod frame_report;
pub mod icon;
mod live;
mod overview;
mod prepare;
mod projector;
mod save_guard;
mod sessions;
mod settings_view;
pub mod theme;
mod timers;
mod top_bar;

pub use crate::app::{Action, Notice, Screen};
pub use app::SinhHoatApp;

use eframe::egui;

use crate::cli::GuiOptions;

/// Opens the app window and runs it until the user closes it.
pub fn run(options: GuiOptions) -> eframe::Result {
    let title = options.language.unwrap_or_default().strings().app_title;
    let mut viewport = egui::ViewportBuilder::default()
        .with_title(title)
        .with_app_id("sinhhoat")
        .with_inner_size(theme::MAIN_WINDOW_SIZE)
        .with_min_inner_size(theme::MAIN_WINDOW_MIN);
    if let Some(icon) = icon::window_icon() {
        viewport = viewport.with_icon(icon);
    }
    let native = eframe::NativeOptions {
        viewport,
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
