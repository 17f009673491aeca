//! The app's icon, drawn in `assets/icon/sinhhoat.svg` and rendered to PNG by
//! `scripts/render_icon.sh`: the window and the projector carry it.

use std::sync::{Arc, OnceLock};

use eframe::egui::IconData;

/// The sizes the icon is rendered at, in pixels: the desktop entry's and the package's.
pub const SIZES: [u32; 7] = [16, 32, 48, 64, 128, 256, 512];

/// The size the windows carry; the system scales it for the task bar and the title bar.
pub const WINDOW_SIZE: u32 = 256;

/// The PNG the windows carry.
pub const WINDOW_PNG: &[u8] = include_bytes!("../../assets/icon/sinhhoat-256.png");

/// The windows' icon, decoded once; `None` should the PNG not decode (the window then has the
/// system's generic icon rather than failing to open).
pub fn window_icon() -> Option<Arc<IconData>> {
    static ICON: OnceLock<Option<Arc<IconData>>> = OnceLock::new();
    ICON.get_or_init(|| eframe::icon_data::from_png_bytes(WINDOW_PNG).ok().map(Arc::new)).clone()
}
