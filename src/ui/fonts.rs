//! The bundled fonts: Noto Sans renders every Vietnamese letter and tone mark, which egui's
//! built-in font does not.

use std::sync::Arc;

use eframe::egui::{Context, FontData, FontDefinitions, FontFamily};

const SANS: &[u8] = include_bytes!("../../assets/fonts/NotoSans-Regular.ttf");
const SANS_BOLD: &[u8] = include_bytes!("../../assets/fonts/NotoSans-Bold.ttf");
const MONO: &[u8] = include_bytes!("../../assets/fonts/NotoSansMono-Regular.ttf");

/// The family name of the bold face, for headings and the countdown.
pub const BOLD: &str = "bold";

/// Font definitions with Noto Sans first for text and Noto Sans Mono first for monospace;
/// egui's own fonts stay behind them for symbols and emoji.
pub fn definitions() -> FontDefinitions {
    let mut fonts = FontDefinitions::default();
    for (name, bytes) in [("noto-sans", SANS), ("noto-sans-bold", SANS_BOLD), ("noto-mono", MONO)] {
        fonts.font_data.insert(name.into(), Arc::new(FontData::from_static(bytes)));
    }
    let fallbacks = fonts.families.get(&FontFamily::Proportional).cloned().unwrap_or_default();
    let family = |first: &[&str]| -> Vec<String> {
        first.iter().map(|name| (*name).to_owned()).chain(fallbacks.iter().cloned()).collect()
    };
    fonts.families.insert(FontFamily::Proportional, family(&["noto-sans"]));
    fonts.families.insert(FontFamily::Monospace, family(&["noto-mono", "noto-sans"]));
    fonts.families.insert(FontFamily::Name(BOLD.into()), family(&["noto-sans-bold", "noto-sans"]));
    fonts
}

/// Installs the bundled fonts in a context.
pub fn install(ctx: &Context) {
    ctx.set_fonts(definitions());
}
