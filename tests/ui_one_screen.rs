//! One laptop mirrored to one projector: the slide shown in the main window (F6) keeps every
//! change saved, shows the choosers it opens, and Esc and F6 lead back; a presenter's clicker
//! keys; the speaker's final time; the reminder to start the timer; the schedule before the
//! meeting; the message band beside the name and digits; the approval that undo does not
//! cross; and every text on the slide readable from the back row.

#![allow(
    clippy::expect_used,
    clippy::indexing_slicing,
    reason = "a test fails with its expectation's message: that is its job"
)]

mod common;

use std::sync::Arc;
use std::time::Duration;

use common::{
    click, first_speaker_called, harness_with_clock, harness_with_outside, meeting_clock, meeting_closed,
    press, replace_text, shows, shows_containing, vi,
};
use eframe::egui::{self, Key, Modifiers, Rect};
use egui_kittest::Harness;
use sinhhoat::model::{SpanState, Step};
use sinhhoat::store::load_session;
use sinhhoat::ui::SinhHoatApp;

fn session(harness: &Harness<'_, SinhHoatApp>) -> sinhhoat::model::Session {
    harness.state().state().document().expect("open").session().clone()
}

/// The session as saved on disk, once every change is written.
fn saved(harness: &mut Harness<'_, SinhHoatApp>) -> sinhhoat::model::Session {
    assert!(harness.state_mut().flush(), "saved");
    let path = harness.state().state().document().expect("open").path.clone();
    load_session(&path).expect("reads")
}

#[test]
fn presenting_in_the_main_window_saves_every_change_and_esc_and_f6_lead_back() {
    let clock = meeting_clock();
    let (_folder, mut harness) = first_speaker_called(&clock);
    press(&mut harness, Key::F6);
    assert!(shows(&harness, "Mời đồng chí Lê Minh Đức"), "the slide fills the window");
    press(&mut harness, Key::Space);
    clock.advance(Duration::from_secs(3));
    press(&mut harness, Key::E);
    let on_disk = saved(&mut harness);
    assert_eq!(on_disk.live.speeches[0].span.state(), SpanState::Ended, "saved while presenting");

    press(&mut harness, Key::M);
    assert!(shows(&harness, vi().room.chooser_title), "the chooser is drawn over the slide");
    press(&mut harness, Key::Escape);
    assert!(!shows(&harness, vi().room.chooser_title), "Esc closes the chooser");
    assert!(!shows(&harness, vi().live.nav_live), "and leaves the slide");
    press(&mut harness, Key::M);
    press(&mut harness, Key::F6);
    assert!(shows(&harness, vi().live.nav_live), "F6 leaves the slide even with the chooser open");
    press(&mut harness, Key::Escape);

    press(&mut harness, Key::F6);
    press(&mut harness, Key::C);
    assert!(shows(&harness, vi().live.commenter_title), "the commenter chooser over the slide");
    press(&mut harness, Key::Escape);
    assert!(!shows(&harness, vi().live.commenter_title));
    press(&mut harness, Key::F1);
    assert!(shows(&harness, vi().live.help_title), "the help over the slide");
    press(&mut harness, Key::Escape);
    assert!(!shows(&harness, vi().live.help_title), "Esc closes the help first");
    assert!(!shows(&harness, vi().live.nav_live), "the slide is still shown");
    press(&mut harness, Key::Escape);
    assert!(shows(&harness, vi().live.nav_live), "the next Esc leaves the slide");
}

#[test]
fn the_clicker_keys_blank_present_and_never_end_a_running_speech() {
    let clock = meeting_clock();
    let (_folder, mut harness) = first_speaker_called(&clock);
    harness.key_press_modifiers(Modifiers::SHIFT, Key::F5);
    harness.run();
    assert!(shows(&harness, "Mời đồng chí Lê Minh Đức"), "Shift+F5 presents in this window");
    press(&mut harness, Key::Period);
    assert!(!shows(&harness, "Mời đồng chí Lê Minh Đức"), "'.' blanks the screen");
    press(&mut harness, Key::Period);
    assert!(shows(&harness, "Mời đồng chí Lê Minh Đức"), "and brings it back");
    press(&mut harness, Key::Space);
    clock.advance(Duration::from_secs(30));
    let subtopic = session(&harness).live.flow.step;
    press(&mut harness, Key::PageDown);
    let now = session(&harness);
    assert_eq!(now.live.flow.step, subtopic, "Page Down does not leave a running speech");
    assert_eq!(now.live.speeches[0].span.state(), SpanState::Running, "which keeps running");
    assert!(shows_containing(&harness, "Đang bấm giờ một ý kiến"), "the secretary sees why, on the slide");
    press(&mut harness, Key::PageUp);
    assert_eq!(session(&harness).live.flow.step, subtopic, "nor does Page Up");
    press(&mut harness, Key::B);
    press(&mut harness, Key::Escape);
    assert!(shows(&harness, "Lê Minh Đức"), "Esc brings the blank screen back first");
    press(&mut harness, Key::E);
    press(&mut harness, Key::PageDown);
    assert!(matches!(session(&harness).live.flow.step, Step::Generalization { .. }), "once ended, it moves");
}

#[test]
fn keys_typed_within_one_frame_act_in_the_order_they_came() {
    let folder = tempfile::tempdir().expect("temporary folder");
    let mut harness = harness_with_clock(folder.path(), None, Arc::new(meeting_clock()));
    click(&mut harness, vi().live.nav_live);
    press(&mut harness, Key::PageDown);
    harness.key_press(Key::N);
    harness.key_press(Key::Space);
    harness.run();
    let speech = &session(&harness).live.speeches[0];
    assert_eq!(speech.span.state(), SpanState::Running, "N called the speaker, then Space started the timer");
}

#[test]
fn the_speaker_sees_the_final_time_until_the_hold_runs_out_or_the_next_is_called() {
    let clock = meeting_clock();
    let (_folder, mut harness) = first_speaker_called(&clock);
    press(&mut harness, Key::F6);
    press(&mut harness, Key::Space);
    clock.advance(Duration::from_secs(312));
    press(&mut harness, Key::M);
    press(&mut harness, Key::Num1);
    assert!(shows(&harness, "Đề nghị đồng chí kết luận"));
    press(&mut harness, Key::E);
    assert!(!shows(&harness, "Đề nghị đồng chí kết luận"), "the message to the speaker goes with the speech");
    assert!(shows(&harness, "5:12"), "the time spoken");
    assert!(shows(&harness, vi().room.final_time));
    assert!(shows(&harness, "Lê Minh Đức"));
    clock.advance(Duration::from_secs(20));
    harness.run();
    assert!(shows(&harness, "5:12"), "still held at 20 seconds");
    clock.advance(Duration::from_secs(11));
    harness.run();
    assert!(!shows(&harness, "5:12"), "gone after the 30 seconds set by default");

    press(&mut harness, Key::N);
    press(&mut harness, Key::Space);
    clock.advance(Duration::from_secs(65));
    press(&mut harness, Key::E);
    assert!(shows(&harness, "1:05"));
    press(&mut harness, Key::N);
    assert!(!shows(&harness, "1:05"), "the next step");
}

#[test]
fn a_called_speaker_not_started_is_pointed_out_in_the_main_window() {
    let clock = meeting_clock();
    let (_folder, mut harness) = first_speaker_called(&clock);
    let reminder = (vi().room.start_reminder)("Lê Minh Đức");
    clock.advance(Duration::from_secs(14));
    harness.run();
    assert!(!shows(&harness, &reminder), "not before 15 seconds");
    clock.advance(Duration::from_secs(2));
    harness.run();
    assert!(shows(&harness, &reminder), "after 15 seconds");
    press(&mut harness, Key::F6);
    assert!(shows(&harness, &reminder), "also under the slide shown here");
    press(&mut harness, Key::Space);
    assert!(!shows(&harness, &reminder), "the timer started");
}

#[test]
fn the_screen_is_kept_on_while_the_meeting_is_shown_and_a_setting_turns_it_off() {
    let inhibitor = sinhhoat::awake::RecordingInhibitor::default();
    let folder = tempfile::tempdir().expect("temporary folder");
    let sound = Box::new(sinhhoat::sound::SilentSink::new(sinhhoat::sound::SoundStatus::NotBuilt));
    let outside = sinhhoat::ui::Outside { sound, inhibitor: Box::new(inhibitor.clone()) };
    let mut harness = harness_with_outside(folder.path(), None, Arc::new(meeting_clock()), outside);
    let settle = |harness: &mut Harness<'_, SinhHoatApp>, calls: &[&str]| {
        let deadline = std::time::Instant::now() + Duration::from_secs(10);
        while inhibitor.calls() != calls {
            assert!(std::time::Instant::now() < deadline, "{:?}, not {calls:?}", inhibitor.calls());
            std::thread::sleep(Duration::from_millis(10));
        }
        harness.run();
    };
    settle(&mut harness, &[]);
    click(&mut harness, vi().live.nav_live);
    settle(&mut harness, &["hold"]);
    click(&mut harness, vi().nav_settings);
    settle(&mut harness, &["hold", "release"]);
    assert!(shows(&harness, vi().room.keep_awake));
    click(&mut harness, vi().room.keep_awake);
    click(&mut harness, vi().live.nav_live);
    harness.run();
    settle(&mut harness, &["hold", "release"]);
    assert!(!harness.state().state().settings().room.keep_awake, "the setting is off");
    click(&mut harness, vi().nav_settings);
    click(&mut harness, vi().room.keep_awake);
    click(&mut harness, vi().live.nav_live);
    settle(&mut harness, &["hold", "release", "hold"]);
    drop(harness);
    assert_eq!(inhibitor.calls(), ["hold", "release", "hold", "release"], "closing lets go");
}

#[test]
fn the_settings_say_when_the_system_refuses_to_keep_the_screen_on() {
    let folder = tempfile::tempdir().expect("temporary folder");
    let sound = Box::new(sinhhoat::sound::SilentSink::new(sinhhoat::sound::SoundStatus::NotBuilt));
    let inhibitor = Box::new(sinhhoat::awake::RecordingInhibitor::refusing());
    let outside = sinhhoat::ui::Outside { sound, inhibitor };
    let mut harness = harness_with_outside(folder.path(), None, Arc::new(meeting_clock()), outside);
    click(&mut harness, vi().live.nav_live);
    harness.key_press(Key::PageDown);
    harness.run();
    let refused = sinhhoat::awake::AwakeStatus::Refused("no service".into());
    let deadline = std::time::Instant::now() + Duration::from_secs(10);
    while harness.state().awake_status() != refused {
        assert!(std::time::Instant::now() < deadline, "refused: {:?}", harness.state().awake_status());
        std::thread::sleep(Duration::from_millis(10));
    }
    assert_eq!(
        session(&harness).live.flow.step,
        Step::Discussion { subtopic: sinhhoat::model::SubTopicId(1) }
    );
    click(&mut harness, vi().nav_settings);
    assert!(shows(&harness, &(vi().room.awake_status)(&refused)), "the settings say so");
}

#[test]
fn before_the_meeting_opens_the_schedule_shows_the_plan_only() {
    let day_before =
        sinhhoat::model::WallTime::parse_from_rfc3339("2020-06-11T20:14:00+07:00").expect("time");
    let clock = sinhhoat::meeting::FakeClock::new(day_before);
    let folder = tempfile::tempdir().expect("temporary folder");
    let mut harness = harness_with_clock(folder.path(), None, Arc::new(clock.clone()));
    click(&mut harness, vi().live.nav_live);
    let plan = (vi().room.schedule_planned)(Some("14:00"), Some("16:00"), Some("12/06/2020"));
    assert!(shows(&harness, &format!("Giờ hiện tại: 20:14 · {plan}")), "the planned times and day");
    assert!(!shows_containing(&harness, "sớm"), "no early or late from another day");
    assert!(!shows_containing(&harness, "Dự kiến kết thúc"));
}

#[test]
fn undo_after_the_approval_says_so_instead_of_walking_back() {
    let clock = meeting_clock();
    let (_folder, mut harness) = meeting_closed(&clock);
    let live = vi().live;
    replace_text(&mut harness, live.present_label, "7");
    replace_text(&mut harness, live.agreed_label, "7");
    replace_text(&mut harness, live.ended_label, "16:30");
    click(&mut harness, live.approve_button);
    let approved = session(&harness);
    assert!(approved.live.minutes_locked);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(session(&harness), approved, "Ctrl+Z does not cross the approval");
    assert!(
        shows_containing(&harness, "không hoàn tác được các thao tác trước khi thông qua"),
        "and says so"
    );
    assert!(saved(&mut harness).live.minutes_locked);
}

/// Every text drawn on the screen: its laid-out rectangle, its text and its size in points.
fn texts(harness: &Harness<'_, SinhHoatApp>) -> Vec<(Rect, String, f32)> {
    fn visit(shape: &egui::Shape, found: &mut Vec<(Rect, String, f32)>) {
        match shape {
            egui::Shape::Vec(shapes) => shapes.iter().for_each(|shape| visit(shape, found)),
            egui::Shape::Text(text) => {
                let rect = text.galley.rect.translate(text.pos.to_vec2());
                for section in &text.galley.job.sections {
                    let range = section.byte_range.start.0..section.byte_range.end.0;
                    let part = text.galley.job.text.get(range).unwrap_or_default();
                    if !part.trim().is_empty() {
                        found.push((rect, part.to_owned(), section.format.font_id.size));
                    }
                }
            }
            _ => {}
        }
    }
    let mut found = Vec::new();
    for clipped in &harness.output().shapes {
        if clipped.clip_rect.intersects(clipped.shape.visual_bounding_rect()) {
            visit(&clipped.shape, &mut found);
        }
    }
    found
}

/// The slide: the largest filled rectangle, its background.
fn slide(harness: &Harness<'_, SinhHoatApp>) -> Rect {
    let shapes = harness.output().shapes.iter().map(|clipped| &clipped.shape);
    let fills = shapes.filter_map(|shape| match shape {
        egui::Shape::Rect(rect) if rect.fill.a() > 0 => Some(rect.rect),
        _ => None,
    });
    fills.max_by(|a, b| a.area().total_cmp(&b.area())).expect("the slide's background")
}

/// The filled rectangles of `colour`.
fn filled(harness: &Harness<'_, SinhHoatApp>, colour: egui::Color32) -> Vec<Rect> {
    let shapes = harness.output().shapes.iter().map(|clipped| &clipped.shape);
    shapes
        .filter_map(|shape| match shape {
            egui::Shape::Rect(rect) if rect.fill == colour => Some(rect.rect),
            _ => None,
        })
        .collect()
}

/// The speech slide in the main window at `size`, `spoken` seconds into the speech, with a
/// message shown to the speaker.
fn countdown_at(size: [f32; 2], spoken: u64) -> (tempfile::TempDir, Harness<'static, SinhHoatApp>) {
    let clock = meeting_clock();
    let (folder, mut harness) = first_speaker_called(&clock);
    harness.set_size(egui::vec2(size[0], size[1]));
    press(&mut harness, Key::Space);
    clock.advance(Duration::from_secs(spoken));
    press(&mut harness, Key::M);
    press(&mut harness, Key::Num1);
    press(&mut harness, Key::F6);
    harness.run();
    (folder, harness)
}

#[test]
fn the_message_band_hides_neither_the_name_nor_the_digits() {
    for size in [[1280.0, 720.0], [1920.0, 1080.0]] {
        let (_folder, harness) = countdown_at(size, 200);
        let texts = texts(&harness);
        let find = |wanted: &str| {
            let found = texts.iter().find(|(_, text, _)| text == wanted);
            found.map(|(rect, ..)| *rect).unwrap_or_else(|| panic!("{wanted:?} drawn at {size:?}"))
        };
        let band = filled(&harness, egui::Color32::from_rgb(0xFF, 0xC1, 0x07));
        let band = *band.first().expect("the band is drawn");
        let screen = slide(&harness);
        assert!(screen.height() >= size[1] * 0.95, "the slide fills the window: {screen:?}");
        let message = find("Đề nghị đồng chí kết luận");
        assert!(
            band.contains_rect(message) && screen.contains_rect(band),
            "the message in its band at {size:?}"
        );
        for (what, rect) in [("name", find("Lê Minh Đức")), ("digits", find("3:40"))] {
            assert!(screen.contains_rect(rect), "the {what} on screen at {size:?}");
            assert!(!band.intersects(rect), "the band {band:?} over the {what} {rect:?} at {size:?}");
        }
    }
}

#[test]
fn every_text_on_the_projector_is_readable_from_the_back_row() {
    for size in [[1280.0, 720.0], [1920.0, 1080.0]] {
        let (_folder, mut harness) = countdown_at(size, 300);
        press(&mut harness, Key::Escape);
        let screen = slide(&harness);
        let height = screen.height();
        assert!(height >= size[1] * 0.95, "the slide fills the window: {screen:?}");
        let phase = (vi().live.phase_name)(sinhhoat::model::Phase::OnTarget, &Default::default());
        assert!(!phase.is_empty());
        let mut checked = Vec::new();
        for (rect, text, points) in texts(&harness) {
            let share = points / height * 100.0;
            let least = match text.as_str() {
                "2:00" => 40.0,
                "Lê Minh Đức" => 6.0,
                words if words.starts_with(&phase) => 6.0,
                _ => 3.0,
            };
            assert!(share >= least - 0.01, "{text:?} at {share:.2} % of {height} px, under {least} %");
            assert!(screen.expand(0.5).contains_rect(rect), "{text:?} fits on the slide");
            checked.push(text);
        }
        for wanted in ["2:00", "Lê Minh Đức", "4:00", "7:00", "10:00"] {
            assert!(checked.iter().any(|text| text == wanted), "{wanted:?} measured among {checked:?}");
        }
        assert!(checked.iter().any(|text| text.starts_with(&phase)), "the phase word measured");
    }
}
