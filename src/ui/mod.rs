//! The egui front end: it draws the app's state ([`crate::app`]) and turns keys and clicks
//! into actions; the state and the domain do the rest.

mod chrome;
pub mod command;
mod context;
mod details;
mod escape;
mod export_form;
mod fields;
pub mod fonts;
pub mod frame_report;
pub mod icon;
mod live;
mod message;
mod monitors;
mod prepare;
mod projector;
mod report;
mod save_guard;
mod scene;
mod sessions;
mod settings_view;
pub mod theme;
mod timers;
mod top_bar;
mod window;
mod window_place;

pub use crate::app::{Action, Notice, Screen};
pub use window::{Outside, SinhHoatApp};

use eframe::egui;

use crate::app::GuiOptions;

/// Opens the app window and runs it until the user closes it.
pub fn run(options: GuiOptions) -> eframe::Result {
    let title = options.language.unwrap_or_default().strings().app_title;
    // Only the window's place is read here; the app reads the settings again and reports a
    // file it cannot read.
    let data = crate::store::DataDir::from_environment(options.data_dir.clone());
    let saved = crate::settings::Settings::load(&data.settings_file()).unwrap_or_default();
    let viewport = egui::ViewportBuilder::default()
        .with_title(title)
        .with_app_id("sinhhoat")
        .with_min_inner_size(theme::MAIN_WINDOW_MIN);
    // The window is made before the text size applies: at a zoom of 1.
    let mut viewport = window_place::restore(viewport, saved.main_window, theme::MAIN_WINDOW_SIZE, 1.0);
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
