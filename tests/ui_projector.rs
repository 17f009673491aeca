//! The projector's slides in every phase, its window, and how often it asks to be redrawn.

#![allow(
    clippy::expect_used,
    clippy::indexing_slicing,
    reason = "a test fails with its expectation's message: that is its job"
)]

mod common;

use std::time::Duration;

use common::{click, first_speaker_called, meeting_clock, press, shows, vi};
use eframe::egui::{Key, ViewportId};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use sinhhoat::meeting::FakeClock;
use sinhhoat::ui::SinhHoatApp;

const HEIGHT: f32 = 900.0;

fn clock() -> FakeClock {
    meeting_clock()
}

fn repaint_delay(harness: &Harness<'_, SinhHoatApp>) -> Duration {
    harness
        .output()
        .viewport_output
        .get(&ViewportId::ROOT)
        .map_or(Duration::MAX, |output| output.repaint_delay)
}

#[test]
fn the_countdown_shows_each_phase_and_nothing_else() {
    let clock = clock();
    let (_folder, mut harness) = first_speaker_called(&clock);
    press(&mut harness, Key::F6);
    assert!(shows(&harness, "Mời đồng chí Lê Minh Đức"));
    assert!(shows(&harness, "7:00"));
    assert!(!shows(&harness, "Ghi chép ý kiến của đồng chí Lê Minh Đức"), "no notes on the projector");
    assert!(
        harness.query_all_by_label_contains("[Phím cách]").next().is_none(),
        "no controls on the projector"
    );

    press(&mut harness, Key::Space);
    let phases = [
        (180, "4:00", "Đã phát biểu 3 phút"),
        (90, "2:30", "Trong khoảng 4 phút đến 7 phút · Đã phát biểu hơn 4 phút"),
        (180, "2:30", "Đã quá 7 phút · Đã phát biểu hơn 7 phút"),
        (180, "+0:30", "Đã quá 10 phút · Đã phát biểu hơn 10 phút"),
    ];
    for (advance, digits, words) in phases {
        clock.advance(Duration::from_secs(advance));
        harness.run();
        assert!(shows(&harness, digits), "{digits}");
        assert!(shows(&harness, words), "{words}");
        assert!(
            shows(&harness, "Lê Minh Đức")
                && shows(&harness, "Mục đích của tự phê bình và phê bình đối với cá nhân và đối với tập thể")
        );
    }
    let digits = harness.get_by_label("+0:30").rect();
    assert!(digits.height() >= 0.4 * HEIGHT, "digits are {} of {HEIGHT} points high", digits.height());
    press(&mut harness, Key::Space);
    assert!(shows(&harness, "Đã quá 10 phút · Đang tạm dừng · Đã phát biểu hơn 10 phút"));

    press(&mut harness, Key::E);
    assert!(shows(&harness, "10:30") && shows(&harness, vi().room.final_time), "the final time is held");
    clock.advance(Duration::from_secs(31));
    harness.run();
    assert!(shows(&harness, "Chủ đề nhỏ 1"), "then, between speeches, the sub-topic is shown");
    assert!(shows(
        &harness,
        "• Theo đồng chí, tự phê bình và phê bình có mục đích gì đối với mỗi đảng viên?"
    ));
    press(&mut harness, Key::F6);
    assert!(shows(&harness, "Ghi chép ý kiến của đồng chí Lê Minh Đức"), "F6 gives the controls back");
}

#[test]
fn the_opening_comment_and_generalization_slides() {
    let clock = clock();
    let (_folder, mut harness) = first_speaker_called(&clock);
    press(&mut harness, Key::Space);
    click(&mut harness, vi().live.hands_heading);
    click(&mut harness, "Trần Văn Quý");
    click(&mut harness, vi().live.raise_hand);
    press(&mut harness, Key::C);
    click(&mut harness, "Bắt đầu [Shift+Phím cách]");
    clock.advance(Duration::from_secs(200));
    press(&mut harness, Key::F6);
    assert!(shows(&harness, "Ý kiến bổ sung: đồng chí Trần Văn Quý"));
    assert!(shows(&harness, "+0:20"), "a comment counts down its own 3:00 limit");
    press(&mut harness, Key::F6);

    click(&mut harness, vi().live.to_generalization);
    harness.get_by_label(vi().live.generalization_text).focus();
    harness.run();
    harness.get_by_label(vi().live.generalization_text).type_text("Tự phê bình phải thường xuyên.");
    harness.run();
    click(&mut harness, vi().live.step_opening);
    click(&mut harness, &(vi().live.step_subtopic)(1));
    click(&mut harness, vi().live.to_generalization);
    press(&mut harness, Key::G);
    press(&mut harness, Key::F6);
    assert!(shows(&harness, "Tự phê bình phải thường xuyên."), "the generalization is presented");
    press(&mut harness, Key::G);
    assert!(shows(&harness, "Chủ đề nhỏ 1"), "until the secretary stops presenting it");
    press(&mut harness, Key::F6);

    click(&mut harness, vi().live.step_opening);
    press(&mut harness, Key::F6);
    assert!(shows(&harness, "Mục đích"));
    assert!(harness.query_all_by_label_contains("Giúp mỗi đảng viên").next().is_some());
}

#[test]
fn f5_opens_the_projector_window_beside_the_controls() {
    let clock = clock();
    let (_folder, mut harness) = first_speaker_called(&clock);
    press(&mut harness, Key::F5);
    assert!(shows(&harness, "Màn hình chiếu — Sinh hoạt chuyên đề"));
    assert!(shows(&harness, "7:00") && shows(&harness, "Ghi chép ý kiến của đồng chí Lê Minh Đức"));
    press(&mut harness, Key::F5);
    assert!(!shows(&harness, "Màn hình chiếu — Sinh hoạt chuyên đề"));
}

#[test]
fn the_countdown_asks_for_a_frame_only_when_its_digits_change() {
    let clock = clock();
    let (_folder, mut harness) = first_speaker_called(&clock);
    press(&mut harness, Key::F5);
    assert_eq!(
        repaint_delay(&harness),
        Duration::from_secs(15),
        "a called speaker's clock stands still: the next frame is the reminder's, 15 seconds on"
    );
    press(&mut harness, Key::Space);
    clock.advance(Duration::from_millis(4_250));
    harness.run();
    assert_eq!(repaint_delay(&harness), Duration::from_millis(750), "the next frame is the next second");
    clock.advance(Duration::from_millis(600 * 1000));
    harness.run();
    assert_eq!(
        repaint_delay(&harness),
        Duration::from_millis(250),
        "past the limit it flashes twice a second"
    );
    press(&mut harness, Key::Space);
    assert_eq!(
        repaint_delay(&harness),
        Duration::from_secs(56),
        "paused: nothing until the time of day turns to 14:11 (10:04.25 after 14:00)"
    );
}

#[test]
fn on_a_screen_scaled_to_125_or_150_percent_the_digits_keep_their_share() {
    // In points: the slide at 1280×720, and fitted to a 1366×768 screen at 125 % and to a
    // 1400×900 one at 150 %, less the room left to the title bar and the task bar.
    for [width, height] in [[1280.0, 720.0], [1092.8, 534.4], [933.3, 520.0]] {
        let clock = clock();
        let (_folder, mut harness) = first_speaker_called(&clock);
        harness.set_size(eframe::egui::vec2(width, height));
        press(&mut harness, Key::F6);
        press(&mut harness, Key::Space);
        clock.advance(Duration::from_secs(200));
        harness.run();
        let digits = harness.get_by_label("3:40").rect();
        let window =
            eframe::egui::Rect::from_min_size(eframe::egui::Pos2::ZERO, eframe::egui::vec2(width, height));
        assert!(window.contains_rect(digits), "the digits {digits:?} inside the {width}×{height} window");
        assert!(
            digits.height() >= 0.4 * height,
            "digits {} points high in {width}×{height}",
            digits.height()
        );
    }
}
