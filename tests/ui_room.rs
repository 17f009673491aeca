//! The room's tools through the window: messages to the speaker, the blank projector, the
//! corrections of a running timer, the last speech's length and each member's totals, the
//! clock and the schedule, the sound cues, and their settings kept across a restart.

#![allow(
    clippy::expect_used,
    clippy::indexing_slicing,
    reason = "a test fails with its expectation's message: that is its job"
)]

mod common;

use std::sync::Arc;
use std::time::Duration;

use common::{
    click, first_speaker_called, harness_with_parts, meeting_clock, press, shows, shows_containing, vi,
};
use eframe::egui::Key;
use eframe::egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use sinhhoat::meeting::cues::Cue;
use sinhhoat::settings::Settings;
use sinhhoat::sound::{SilentSink, SoundStatus};
use sinhhoat::ui::SinhHoatApp;

#[test]
fn a_message_shows_under_the_countdown_and_esc_clears_it() {
    let clock = meeting_clock();
    let (_folder, mut harness) = first_speaker_called(&clock);
    press(&mut harness, Key::Space);
    clock.advance(Duration::from_secs(200));
    press(&mut harness, Key::M);
    assert!(shows(&harness, vi().room.chooser_title));
    assert!(shows(&harness, "1. Đề nghị đồng chí kết luận"));
    press(&mut harness, Key::Num1);
    assert!(!shows(&harness, vi().room.chooser_title), "a digit picks and closes");
    assert!(shows(&harness, "Đang nhắc trên màn hình chiếu: “Đề nghị đồng chí kết luận”"));
    press(&mut harness, Key::F6);
    assert!(shows(&harness, "Đề nghị đồng chí kết luận"), "the message is on the slide");
    let message = harness.get_by_label("Đề nghị đồng chí kết luận").rect();
    let digits = harness.get_by_label("3:40").rect();
    assert!(message.top() >= digits.bottom(), "the band {message:?} stays below the countdown {digits:?}");
    press(&mut harness, Key::Escape);
    assert!(!shows(&harness, "Đề nghị đồng chí kết luận"), "Esc clears it");
    assert!(shows(&harness, "3:40"));
    press(&mut harness, Key::F6);

    press(&mut harness, Key::M);
    harness.get_by_label(vi().room.free_message).focus();
    harness.run();
    harness.get_by_label(vi().room.free_message).type_text("Mời đồng chí uống nước");
    harness.run();
    press(&mut harness, Key::Enter);
    assert!(shows(&harness, "Đang nhắc trên màn hình chiếu: “Mời đồng chí uống nước”"), "a message typed");
    click(&mut harness, vi().room.clear_message);
    assert!(!shows_containing(&harness, "Đang nhắc trên màn hình chiếu"));
}

#[test]
fn b_blanks_the_projector_and_brings_it_back() {
    let clock = meeting_clock();
    let (_folder, mut harness) = first_speaker_called(&clock);
    press(&mut harness, Key::F6);
    assert!(shows(&harness, "Mời đồng chí Lê Minh Đức"));
    press(&mut harness, Key::B);
    assert!(!shows(&harness, "Mời đồng chí Lê Minh Đức"), "blank: no slide");
    assert!(!shows(&harness, "7:00"));
    press(&mut harness, Key::B);
    assert!(shows(&harness, "Mời đồng chí Lê Minh Đức"), "back again");
    press(&mut harness, Key::F6);
    press(&mut harness, Key::B);
    assert!(shows(&harness, vi().room.blank_note), "the secretary is told the projector is blank");
}

#[test]
fn plus_and_minus_correct_the_time_and_the_last_speech_stays_in_view() {
    let clock = meeting_clock();
    let (_folder, mut harness) = first_speaker_called(&clock);
    press(&mut harness, Key::Space);
    clock.advance(Duration::from_secs(200));
    harness.run();
    press(&mut harness, Key::Plus);
    press(&mut harness, Key::Plus);
    press(&mut harness, Key::Minus);
    assert!(shows(&harness, "3:50"), "3:20 spoken, 30 s added twice and taken once");
    click(&mut harness, vi().live.started_late_apply);
    assert!(shows(&harness, "4:05"), "15 s spoken before the timer started");
    press(&mut harness, Key::N);
    assert!(
        shows(&harness, "Ý kiến vừa rồi: đồng chí Lê Minh Đức, 4:05 · Trong khoảng 4 phút đến 7 phút"),
        "the last speech's length and phase, until the next starts"
    );
    assert!(shows(&harness, vi().room.member_totals));
    assert_eq!(harness.query_all_by_label("4:05").count(), 1, "the member's total in the table");
    press(&mut harness, Key::Space);
    assert!(!shows_containing(&harness, "Ý kiến vừa rồi"), "gone once the next speech starts");
    assert!(harness.state_mut().flush());
    let path = harness.state().state().document().expect("open").path.clone();
    let saved = std::fs::read_to_string(path).expect("the session file");
    assert!(saved.contains("\"adjustments\"") && saved.contains("\"started_late\""), "kept in the record");
}

#[test]
fn the_clock_and_the_schedule_are_on_the_live_screen() {
    let clock = meeting_clock();
    let (_folder, mut harness) = first_speaker_called(&clock);
    assert!(shows_containing(
        &harness,
        "Giờ hiện tại: 14:00 · Kết thúc theo kế hoạch: 16:00 · Dự kiến kết thúc:"
    ));
    clock.advance(Duration::from_secs(90 * 60));
    harness.run();
    assert!(
        shows_containing(&harness, "Giờ hiện tại: 15:30") && shows_containing(&harness, "chậm"),
        "an hour and a half later, the meeting runs behind"
    );
}

#[test]
fn a_cue_rings_at_seven_minutes() {
    let clock = meeting_clock();
    let folder = tempfile::tempdir().expect("temporary folder");
    let sink = SilentSink::new(SoundStatus::Ready);
    let mut harness =
        harness_with_parts(folder.path(), None, Arc::new(clock.clone()), Box::new(sink.clone()));
    click(&mut harness, vi().live.nav_live);
    click(&mut harness, &(vi().live.step_subtopic)(1));
    press(&mut harness, Key::N);
    press(&mut harness, Key::Space);
    for _ in 0..7 {
        clock.advance(Duration::from_secs(60));
        harness.run();
    }
    assert_eq!(sink.played(), [Cue::TargetEnd]);
}

#[test]
fn sound_messages_clock_and_text_size_are_kept_across_a_restart() {
    let folder = tempfile::tempdir().expect("temporary folder");
    let clock = meeting_clock();
    let sink = || Box::new(SilentSink::new(SoundStatus::NoDevice));
    let mut harness = harness_with_parts(folder.path(), None, Arc::new(clock.clone()), sink());
    click(&mut harness, vi().nav_settings);
    assert!(
        shows(&harness, (vi().room.sound_status)(SoundStatus::NoDevice)),
        "no device: said, not an error"
    );
    click(&mut harness, (vi().room.cue_choice)(sinhhoat::meeting::cues::CueChoice::All));
    click(&mut harness, vi().room.cue_comments);
    click(&mut harness, vi().room.clock_on_projector);
    click(&mut harness, "150 %");
    let messages = || (Role::MultilineTextInput, vi().room.messages_heading);
    harness.get_by_role_and_label(messages().0, messages().1).focus();
    harness.run();
    harness.key_press_modifiers(eframe::egui::Modifiers::COMMAND, Key::A);
    harness.run();
    harness.get_by_role_and_label(messages().0, messages().1).type_text("Còn 2 phút\nXin cảm ơn");
    harness.run();
    drop(harness);

    let saved = Settings::load(&folder.path().join("settings.json")).expect("settings");
    assert_eq!(saved.sound.speech, sinhhoat::meeting::cues::CueChoice::All);
    assert!(saved.sound.comments && saved.clock_on_projector);
    assert_eq!(saved.zoom_percent, 150);
    assert_eq!(saved.messages, Some(vec!["Còn 2 phút".to_owned(), "Xin cảm ơn".to_owned()]));

    let mut again = harness_with_parts(folder.path(), None, Arc::new(clock), sink());
    assert!((again.ctx.zoom_factor() - 1.5).abs() < 1e-3, "the text size applied again");
    again.key_press_modifiers(eframe::egui::Modifiers::COMMAND, Key::Num0);
    again.run();
    again.key_press_modifiers(eframe::egui::Modifiers::COMMAND, Key::Plus);
    again.run();
    let zoom = Settings::load(&folder.path().join("settings.json")).expect("settings").zoom_percent;
    assert_eq!(zoom, 110, "Ctrl+0 back to 100%, Ctrl+= one step up, kept in the settings");
    click(&mut again, vi().live.nav_live);
    click(&mut again, &(vi().live.step_subtopic)(1));
    press(&mut again, Key::M);
    assert!(shows(&again, "1. Còn 2 phút") && shows(&again, "2. Xin cảm ơn"), "the messages set");
    press(&mut again, Key::Escape);
    press(&mut again, Key::F6);
    assert!(shows(&again, "14:00"), "the clock on the projector");
}

#[test]
fn esc_closes_the_keyboard_help() {
    let clock = meeting_clock();
    let (_folder, mut harness) = first_speaker_called(&clock);
    press(&mut harness, Key::F1);
    assert!(shows(&harness, vi().live.help_title));
    press(&mut harness, Key::Escape);
    assert!(!shows(&harness, vi().live.help_title));
}

/// Whether a node labelled `label` lies wholly inside a window of `size`.
fn inside(harness: &Harness<'_, SinhHoatApp>, label: &str, size: [f32; 2]) -> bool {
    harness.query_all_by_label(label).map(|node| node.rect()).any(|rect| {
        rect.min.x >= 0.0 && rect.min.y >= 0.0 && rect.max.x <= size[0] + 0.5 && rect.max.y <= size[1] + 0.5
    })
}

#[test]
fn every_screen_fits_an_office_laptop_and_an_old_projector() {
    for size in [[1366.0, 768.0], [1024.0, 768.0]] {
        let clock = meeting_clock();
        let (_folder, mut harness) = first_speaker_called(&clock);
        harness.set_size(size.into());
        harness.run();
        press(&mut harness, Key::Space);
        let start = format!("{} [Phím cách]", vi().live.cmd_pause);
        let rects: Vec<_> = harness.query_all_by_label(&start).map(|node| node.rect()).collect();
        assert!(inside(&harness, &start, size), "{size:?}: the timer's button {rects:?}");
        press(&mut harness, Key::C);
        assert!(inside(&harness, vi().live.commenter_title, size), "{size:?}: the chooser");
        press(&mut harness, Key::Escape);
        press(&mut harness, Key::E);
        press(&mut harness, Key::E);
        let notice =
            harness.query_all_by_label_contains("Ý kiến này đã kết thúc").next().map(|node| node.rect());
        let notice = notice.expect("the message bar says why E did nothing");
        assert!(notice.max.y <= size[1] + 0.5, "{size:?}: the message bar {notice:?} is on screen");
        for screen in [
            vi().nav_sessions,
            vi().nav_details,
            vi().prepare.nav_prepare,
            vi().report.nav,
            vi().nav_settings,
            vi().live.nav_live,
        ] {
            click(&mut harness, screen);
            assert!(inside(&harness, screen, size), "{size:?}: the tab {screen}");
        }
        click(&mut harness, vi().nav_settings);
        assert!(inside(&harness, vi().room.sound_heading, size), "{size:?}: the settings");
        click(&mut harness, vi().live.nav_live);
        click(&mut harness, vi().live.step_conclusion);
        assert!(inside(&harness, vi().live.step_conclusion, size), "{size:?}: the conclusion tab");
    }
}
