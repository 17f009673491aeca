//! Shared helpers for the UI tests: a harness around the real app with the real fonts.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::sync::Arc;

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use sinhhoat::cli::GuiOptions;
use sinhhoat::meeting::{Clock, SystemClock};
use sinhhoat::ui::{Outside, SinhHoatApp, fonts};

/// The Vietnamese strings: the UI tests find widgets by them, so rewording a label changes
/// only the string table.
pub fn vi() -> &'static sinhhoat::i18n::Strings {
    sinhhoat::i18n::Language::Vietnamese.strings()
}

/// The English strings, for the tests of the English UI.
pub fn en() -> &'static sinhhoat::i18n::Strings {
    sinhhoat::i18n::Language::English.strings()
}

/// The app on `data_dir`, optionally opening `open`, drawn in a headless harness that refuses
/// missing glyphs (so every Vietnamese letter must render with the bundled font).
pub fn harness(data_dir: &Path, open: Option<PathBuf>) -> Harness<'static, SinhHoatApp> {
    harness_with_clock(data_dir, open, Arc::new(SystemClock::new()))
}

/// [`harness`] with the meeting timed by `clock`.
pub fn harness_with_clock(
    data_dir: &Path,
    open: Option<PathBuf>,
    clock: Arc<dyn Clock>,
) -> Harness<'static, SinhHoatApp> {
    let sound = Box::new(sinhhoat::sound::SilentSink::new(sinhhoat::sound::SoundStatus::NotBuilt));
    harness_with_parts(data_dir, open, clock, sound)
}

/// [`harness_with_clock`] with the sound cues going to `sound`.
pub fn harness_with_parts(
    data_dir: &Path,
    open: Option<PathBuf>,
    clock: Arc<dyn Clock>,
    sound: Box<dyn sinhhoat::sound::CueSink>,
) -> Harness<'static, SinhHoatApp> {
    let inhibitor = Box::new(sinhhoat::awake::RecordingInhibitor::default());
    harness_with_outside(data_dir, open, clock, Outside { sound, inhibitor })
}

/// [`harness_with_parts`] with the screen kept on through `outside.inhibitor` too.
pub fn harness_with_outside(
    data_dir: &Path,
    open: Option<PathBuf>,
    clock: Arc<dyn Clock>,
    outside: Outside,
) -> Harness<'static, SinhHoatApp> {
    let options = GuiOptions { data_dir: Some(data_dir.to_path_buf()), open, ..GuiOptions::default() };
    let app = SinhHoatApp::with_parts(&eframe::egui::Context::default(), options, clock, outside);

    let mut harness =
        // A change of language or theme resizes the top bar, which settles over a few frames.
        Harness::builder()
            .with_size([1200.0, 900.0])
            .with_max_steps(8)
            .with_context_setup(fonts::install)
            .build_ui_state(
            |ui, app: &mut SinhHoatApp| {
                app.logic(ui.ctx());
                app.show(ui);
            },
            app,
        );
    harness.run();
    harness
}

/// Whether a node labelled exactly `label` is on screen.
pub fn shows(harness: &Harness<'_, SinhHoatApp>, label: &str) -> bool {
    harness.query_all_by_label(label).next().is_some()
}

/// Whether a node whose label contains `part` is on screen.
pub fn shows_containing(harness: &Harness<'_, SinhHoatApp>, part: &str) -> bool {
    harness.query_all_by_label_contains(part).next().is_some()
}

/// Presses `key` and lets the app settle.
pub fn press(harness: &mut Harness<'_, SinhHoatApp>, key: eframe::egui::Key) {
    harness.key_press(key);
    harness.run();
}

/// Replaces the whole text of the field labelled `label`.
pub fn replace_text(harness: &mut Harness<'_, SinhHoatApp>, label: &str, text: &str) {
    harness.get_by_label(label).focus();
    harness.run();
    harness.key_press_modifiers(eframe::egui::Modifiers::COMMAND, eframe::egui::Key::A);
    harness.run();
    harness.get_by_label(label).type_text(text);
    harness.run();
}

/// Clicks the one node labelled `label` and lets the app settle.
pub fn click(harness: &mut Harness<'_, SinhHoatApp>, label: &str) {
    harness.get_by_label(label).scroll_to_me();
    harness.run();
    harness.get_by_label(label).click();
    harness.run();
}

/// The text value of the field labelled `label`.
pub fn value_of(harness: &Harness<'_, SinhHoatApp>, label: &str) -> String {
    harness.get_by_label(label).value().unwrap_or_default()
}

/// The session files in the data folder, by name.
pub fn session_names(data_dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(data_dir.join("sessions"))
        .expect("sessions folder")
        .filter_map(|entry| entry.ok())
        .map(|entry| entry.file_name().to_string_lossy().into_owned())
        .filter(|name| name.ends_with(".json") && !name.starts_with('.'))
        .collect();
    names.sort();
    names
}

/// The sample's wall-clock start, 14:00 on 12 June 2020, as a fake clock.
pub fn meeting_clock() -> sinhhoat::meeting::FakeClock {
    let start = sinhhoat::model::WallTime::parse_from_rfc3339("2020-06-12T14:00:00+07:00").expect("time");
    sinhhoat::meeting::FakeClock::new(start)
}

/// A first start on the sample, on the live screen at sub-topic 1 with its first speaker
/// called (N), timed by `clock`.
pub fn first_speaker_called(
    clock: &sinhhoat::meeting::FakeClock,
) -> (tempfile::TempDir, Harness<'static, SinhHoatApp>) {
    let folder = tempfile::tempdir().expect("temporary folder");
    let mut harness = harness_with_clock(folder.path(), None, Arc::new(clock.clone()));
    click(&mut harness, vi().live.nav_live);
    click(&mut harness, &(vi().live.step_subtopic)(1));
    harness.key_press(eframe::egui::Key::N);
    harness.run();
    (folder, harness)
}

/// The meeting of [`first_speaker_called`] after a five-minute speech, closed and on the
/// conclusion.
pub fn meeting_closed(
    clock: &sinhhoat::meeting::FakeClock,
) -> (tempfile::TempDir, Harness<'static, SinhHoatApp>) {
    let (folder, mut harness) = first_speaker_called(clock);
    press(&mut harness, eframe::egui::Key::Space);
    clock.advance(std::time::Duration::from_secs(300));
    press(&mut harness, eframe::egui::Key::E);
    click(&mut harness, vi().live.step_conclusion);
    click(&mut harness, vi().live.close_meeting);
    (folder, harness)
}
