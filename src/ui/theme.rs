//! Colours and sizes: light, dark, and a high-contrast theme for projection. All design
//! tokens live here rather than in the screens.

use eframe::egui::{
    Color32, Context, FontFamily, FontId, Stroke, Style, TextStyle, Theme, ThemePreference, Visuals,
};

use crate::model::Phase;
use crate::settings::ThemeChoice;

/// The colour of error messages, readable in every theme.
pub fn error_colour(choice: ThemeChoice) -> Color32 {
    match choice {
        ThemeChoice::Light => Color32::from_rgb(0xB0, 0x00, 0x20),
        ThemeChoice::Dark => Color32::from_rgb(0xFF, 0x8A, 0x80),
        ThemeChoice::HighContrast => Color32::from_rgb(0xFF, 0xD0, 0x40),
    }
}

/// The colour of confirmations.
pub fn success_colour(choice: ThemeChoice) -> Color32 {
    match choice {
        ThemeChoice::Light => Color32::from_rgb(0x1B, 0x5E, 0x20),
        ThemeChoice::Dark => Color32::from_rgb(0x9C, 0xE0, 0xA0),
        ThemeChoice::HighContrast => Color32::from_rgb(0x80, 0xFF, 0x80),
    }
}

/// The colour of a timer in each phase, readable on the theme's background.
pub fn phase_colour(choice: ThemeChoice, phase: Phase) -> Color32 {
    let light = choice == ThemeChoice::Light;
    let (on_light, on_dark) = match phase {
        Phase::UnderTarget => ((0x0D, 0x47, 0xA1), (0x90, 0xCA, 0xF9)),
        Phase::OnTarget => ((0x1B, 0x5E, 0x20), (0xA5, 0xD6, 0xA7)),
        Phase::OverTarget => ((0x8A, 0x4B, 0x00), (0xFF, 0xD5, 0x4F)),
        Phase::OverLimit => ((0xB0, 0x00, 0x20), (0xFF, 0x8A, 0x80)),
    };
    let (r, g, b) = if light { on_light } else { on_dark };
    Color32::from_rgb(r, g, b)
}

/// The projector's background and text colours in a phase. Light theme: dark text on a pale
/// tint of the phase; dark and high-contrast themes: the phase's colour on black. Every pair
/// has a contrast ratio of at least 7:1 (checked by a test, listed in docs/PROJECTOR.md).
pub fn projector_colours(choice: ThemeChoice, phase: Phase) -> (Color32, Color32) {
    let rgb = |(r, g, b): (u8, u8, u8)| Color32::from_rgb(r, g, b);
    if choice == ThemeChoice::Light {
        let (background, text) = match phase {
            Phase::UnderTarget => ((0xE3, 0xF2, 0xFD), (0x0B, 0x2A, 0x5B)),
            Phase::OnTarget => ((0xE8, 0xF5, 0xE9), (0x0B, 0x3D, 0x12)),
            Phase::OverTarget => ((0xFF, 0xF4, 0xCC), (0x3D, 0x28, 0x00)),
            Phase::OverLimit => ((0xFF, 0xE5, 0xE5), (0x6B, 0x00, 0x00)),
        };
        return (rgb(background), rgb(text));
    }
    let text = match phase {
        Phase::UnderTarget => (0xA8, 0xD8, 0xFF),
        Phase::OnTarget => (0x8C, 0xF5, 0x8C),
        Phase::OverTarget => (0xFF, 0xD7, 0x40),
        Phase::OverLimit => (0xFF, 0x9C, 0x9C),
    };
    (Color32::BLACK, rgb(text))
}

/// The projector's colours for slides without a timer (opening, sub-topic, texts).
pub fn projector_neutral(choice: ThemeChoice) -> (Color32, Color32) {
    match choice {
        ThemeChoice::Light => (Color32::WHITE, Color32::from_gray(0x14)),
        ThemeChoice::Dark | ThemeChoice::HighContrast => (Color32::BLACK, Color32::WHITE),
    }
}

/// The WCAG contrast ratio of two colours, from 1 (none) to 21 (black on white).
pub fn contrast_ratio(a: Color32, b: Color32) -> f32 {
    let luminance = |colour: Color32| {
        let channel = |value: u8| {
            let c = f32::from(value) / 255.0;
            if c <= 0.039_28 { c / 12.92 } else { ((c + 0.055) / 1.055).powf(2.4) }
        };
        0.2126 * channel(colour.r()) + 0.7152 * channel(colour.g()) + 0.0722 * channel(colour.b())
    };
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

/// Applies a theme to the whole app.
pub fn apply(ctx: &Context, choice: ThemeChoice) {
    let (theme, visuals, scale) = match choice {
        ThemeChoice::Light => (Theme::Light, Visuals::light(), 1.0),
        ThemeChoice::Dark => (Theme::Dark, Visuals::dark(), 1.0),
        ThemeChoice::HighContrast => (Theme::Dark, high_contrast(), 1.25),
    };
    let mut style = Style { visuals, ..Style::default() };
    style.text_styles = [
        (TextStyle::Small, 13.0),
        (TextStyle::Body, 16.0),
        (TextStyle::Button, 16.0),
        (TextStyle::Heading, 24.0),
        (TextStyle::Monospace, 15.0),
    ]
    .into_iter()
    .map(|(text_style, size)| {
        let family =
            if text_style == TextStyle::Monospace { FontFamily::Monospace } else { FontFamily::Proportional };
        (text_style, FontId::new(size * scale, family))
    })
    .collect();
    style.spacing.item_spacing.y = 6.0;
    ctx.set_style_of(theme, style);
    ctx.set_theme(ThemePreference::from(theme));
}

fn high_contrast() -> Visuals {
    let mut visuals = Visuals::dark();
    let yellow = Color32::from_rgb(0xFF, 0xE0, 0x40);
    visuals.override_text_color = Some(Color32::WHITE);
    visuals.panel_fill = Color32::BLACK;
    visuals.window_fill = Color32::BLACK;
    visuals.extreme_bg_color = Color32::from_gray(16);
    visuals.faint_bg_color = Color32::from_gray(24);
    visuals.hyperlink_color = yellow;
    visuals.selection.bg_fill = Color32::from_rgb(0x00, 0x50, 0xA0);
    visuals.selection.stroke = Stroke::new(2.0, Color32::WHITE);
    for widget in [
        &mut visuals.widgets.inactive,
        &mut visuals.widgets.hovered,
        &mut visuals.widgets.active,
        &mut visuals.widgets.open,
    ] {
        widget.bg_stroke = Stroke::new(1.5, Color32::WHITE);
        widget.fg_stroke = Stroke::new(1.5, Color32::WHITE);
    }
    visuals.widgets.noninteractive.bg_stroke = Stroke::new(1.0, Color32::from_gray(200));
    visuals.widgets.hovered.bg_stroke = Stroke::new(2.0, yellow);
    visuals
}

// The type scale of the secretary's screen, in points, named for the role of the text.

/// An arrow drawn as an icon button (undo, redo).
pub const ICON_SIZE: f32 = 18.0;
/// A line that leads into what follows: the state above the speaker's name, the guiding
/// questions, a warning's title.
pub const TEXT_LEAD: f32 = 18.0;
/// Text that must stand out from the body: an empty state, a weighty button, a dialog's title.
pub const TEXT_EMPHASIS: f32 = 20.0;
/// Text read out to the room from the screen: the opening, the timing state.
pub const TEXT_READING: f32 = 22.0;
/// The title of a sub-topic or its generalization.
pub const TEXT_SECTION_TITLE: f32 = 26.0;
/// The title of the conclusion.
pub const TEXT_PAGE_TITLE: f32 = 28.0;
/// The meeting's topic on the opening.
pub const TEXT_TOPIC: f32 = 30.0;
/// The name of the member speaking.
pub const TEXT_SPEAKER_NAME: f32 = 32.0;
/// The digits of the running speech on the secretary's screen.
pub const TEXT_TIMER_DIGITS: f32 = 84.0;
/// The digits of a comment's timer in its row.
pub const TEXT_ROW_TIMER_DIGITS: f32 = 22.0;

// Spacing and sizes of the secretary's screen, in points.

/// Between lines that belong together.
pub const GAP_SMALL: f32 = 6.0;
/// Between a heading and its content, or two fields.
pub const GAP: f32 = 8.0;
/// Between sections of a screen.
pub const GAP_SECTION: f32 = 10.0;
/// Before a screen's main button, and inside a card.
pub const GAP_LARGE: f32 = 12.0;
/// Between the cells of a form or a table.
pub const GRID_SPACING: [f32; 2] = [12.0, 8.0];
/// Between the cells of a table with room to spare (the help, the details).
pub const GRID_SPACING_WIDE: [f32; 2] = [16.0, 8.0];
/// A one-line field or drop-down, and a form's label column.
pub const FIELD_WIDTH: f32 = 220.0;
/// The width of a field for a number or a time.
pub const SHORT_FIELD_WIDTH: f32 = 64.0;
/// A field that takes a sentence: a position, a reason for absence.
pub const WIDE_FIELD_WIDTH: f32 = 240.0;
/// A field that takes a file's path.
pub const PATH_FIELD_WIDTH: f32 = 420.0;
/// The height of a one-line field in a table.
pub const ROW_HEIGHT: f32 = 24.0;
/// The speaker queue beside a discussion, as it opens.
pub const QUEUE_PANEL_WIDTH: f32 = 380.0;
/// The chooser of who comments.
pub const CHOOSER_WIDTH: f32 = 360.0;
/// The width of a question asked in a dialog.
pub const DIALOG_WIDTH: f32 = 460.0;
/// The line around a lasting warning.
pub const WARNING_STROKE: f32 = 2.0;

// Windows, in points.

/// A top, bottom or side panel's frame without its fill, and the central panel's: the window
/// is cleared to the panel colour (`clear_color`), so a fill would paint every pixel a second
/// time, and a nested panel a third. On a software renderer (a laptop without a GPU driver,
/// Mesa's llvmpipe) those fills are most of a frame's cost.
pub fn bare_panel(style: &egui::Style) -> egui::Frame {
    egui::Frame::side_top_panel(style).fill(Color32::TRANSPARENT)
}

/// The central panel's frame without its fill (see [`bare_panel`]).
pub fn bare_central(style: &egui::Style) -> egui::Frame {
    egui::Frame::central_panel(style).fill(Color32::TRANSPARENT)
}

/// The main window as it opens, in logical pixels.
pub const MAIN_WINDOW_SIZE: [f32; 2] = [1200.0, 820.0];
/// The smallest main window that still shows a whole screen.
pub const MAIN_WINDOW_MIN: [f32; 2] = [640.0, 480.0];
/// The projector window as it opens (a 720p projector), in logical pixels, whatever the text size.
pub const PROJECTOR_WINDOW_SIZE: [f32; 2] = [1280.0, 720.0];
/// The smallest projector window.
pub const PROJECTOR_WINDOW_MIN: [f32; 2] = [320.0, 180.0];

/// The projector's type scale and spacing, in hundredths of the slide's height, so that a
/// slide reads the same on any screen.
pub mod projector {
    /// The share of the height the countdown's digits take.
    pub const DIGITS: f32 = 42.0;
    /// A sub-topic's heading within the conclusion.
    pub const PART: f32 = 3.4;
    /// The speaker's name above the countdown.
    pub const SPEAKER_NAME: f32 = 7.0;
    /// The topic on the title slide, and a sub-topic's title.
    pub const TITLE: f32 = 6.0;
    /// A slide's heading, and the timing state under the countdown (at least 6 %, read from
    /// the back row with the name).
    pub const HEADING: f32 = 6.0;
    /// A line under a title: the cell, the sub-topic's number.
    pub const SUBTITLE: f32 = 4.0;
    /// A text shown to the room: a generalization.
    pub const TEXT: f32 = 3.4;
    /// The sub-topic under the speaker's name.
    pub const CAPTION: f32 = 3.2;
    /// A small text: the conclusion's items, a part's heading, the bar's marks.
    pub const SMALL: f32 = 3.0;
    /// The space above the title slide's topic.
    pub const TITLE_TOP: f32 = 20.0;
    /// Between blocks of a slide.
    pub const GAP: f32 = 2.0;
    /// Between a sub-topic's title and what follows.
    pub const GAP_LARGE: f32 = 4.0;
    /// Between the lines of a dense slide (the opening, the conclusion's parts).
    pub const GAP_SMALL: f32 = 0.5;
    /// A guiding question under a sub-topic's title.
    pub const QUESTION: f32 = 3.6;
    /// The topic on the opening slide, which holds the most text.
    pub const OPENING_TOPIC: f32 = 3.8;
    /// A heading on the opening slide.
    pub const OPENING_HEADING: f32 = 3.4;
    /// A text on the opening slide.
    pub const OPENING_TEXT: f32 = 3.0;
    /// One item of the conclusion.
    pub const ITEM: f32 = 3.0;
    /// The smallest text the projector shows: the farthest viewer, at six times the image's
    /// height, still reads it (AVIXA DISCAS). What does not fit at this size is left off.
    pub const SMALLEST: f32 = 3.0;

    const _: () = assert!(
        CAPTION >= SMALLEST
            && SMALL >= SMALLEST
            && ITEM >= SMALLEST
            && OPENING_TEXT >= SMALLEST
            && OPENING_HEADING >= SMALLEST
            && SPEAKER_NAME >= 6.0
            && HEADING >= 6.0
            && DIGITS >= 40.0
    );
}

#[cfg(test)]
mod tests {
    use super::{contrast_ratio, projector_colours, projector_neutral};
    use crate::model::Phase;
    use crate::settings::ThemeChoice;
    use eframe::egui::Color32;

    #[test]
    fn the_contrast_formula_matches_the_reference_values() {
        assert!((contrast_ratio(Color32::BLACK, Color32::WHITE) - 21.0).abs() < 0.01);
        assert!((contrast_ratio(Color32::WHITE, Color32::WHITE) - 1.0).abs() < 0.001);
    }

    #[test]
    fn every_projector_colour_pair_has_at_least_7_to_1_contrast() {
        let phases = [Phase::UnderTarget, Phase::OnTarget, Phase::OverTarget, Phase::OverLimit];
        for theme in ThemeChoice::ALL {
            for phase in phases {
                let (background, text) = projector_colours(theme, phase);
                let ratio = contrast_ratio(background, text);
                println!("{theme:?} {phase:?}: {ratio:.1}:1");
                assert!(ratio >= 7.0, "{theme:?} {phase:?}: {ratio}");
            }
            let (background, text) = projector_neutral(theme);
            assert!(contrast_ratio(background, text) >= 7.0);
        }
    }
}
