//! The end of the meeting on screen: the minutes read back on the projector (R, Page Down
//! turning pages rather than steps), the approval recorded, the content locked, and unlocked
//! with a reason that the file keeps.

#![allow(
    clippy::expect_used,
    clippy::indexing_slicing,
    reason = "a test fails with its expectation's message: that is its job"
)]

mod common;

use common::{click, meeting_clock, meeting_closed, press, replace_text, shows, shows_containing, vi};
use eframe::egui::Key;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use sinhhoat::edit::Edit;
use sinhhoat::model::{ConclusionPart, Step};
use sinhhoat::store::load_session;
use sinhhoat::ui::SinhHoatApp;

#[test]
fn the_minutes_are_read_back_approved_locked_and_unlocked_with_a_reason() {
    let clock = meeting_clock();
    let (_folder, mut harness) = meeting_closed(&clock);

    press(&mut harness, Key::R);
    press(&mut harness, Key::F6);
    assert!(
        shows_containing(&harness, "sinh hoạt chuyên đề quý II năm 2020"),
        "the minutes are on the slide"
    );
    assert!(shows_containing(&harness, "Đồng chí Lê Minh Đức trình bày ý kiến:"));
    press(&mut harness, Key::PageDown);
    press(&mut harness, Key::PageUp);
    press(&mut harness, Key::PageUp);
    let step = |harness: &Harness<'_, SinhHoatApp>| {
        harness.state().state().document().expect("open").session().live.flow.step
    };
    assert_eq!(step(&harness), Step::Conclusion, "the page keys turned pages, not steps");
    press(&mut harness, Key::F6);
    press(&mut harness, Key::R);

    let live = vi().live;
    let session = harness.state().state().document().expect("open").session().clone();
    let base = sinhhoat::prepare::attendance::roll(&session).vote_base();
    assert!(base <= 11, "the sample's base leaves room for a split vote among 7: {base}");
    let needed = base / 2 + 1;
    assert!(shows_containing(
        &harness,
        &format!("sinh hoạt đảng vắng mặt): {base} đồng chí; cần ít nhất {needed}")
    ));
    replace_text(&mut harness, live.present_label, "7");
    replace_text(&mut harness, live.agreed_label, &(needed - 1).to_string());
    replace_text(&mut harness, live.against_label, "1");
    replace_text(&mut harness, live.ended_label, "16:30");
    assert!(shows_containing(&harness, "chưa đạt quá một nửa"), "half is not enough");
    assert!(harness.query_by_label(live.approve_button).is_none(), "nothing to approve");
    replace_text(&mut harness, live.agreed_label, &needed.to_string());
    let others = 7 - needed - 1;
    assert!(shows(&harness, &format!("Ý kiến khác: {others}")));
    click(&mut harness, live.approve_button);
    let approved =
        format!("Biên bản đã được thông qua: {needed}/7 đồng chí đảng viên chính thức có mặt tán thành");
    assert!(shows_containing(&harness, &approved));
    assert!(shows_containing(&harness, vi().locked_note));

    let document = harness.state().state().document().expect("open");
    let conclusion = document.session().conclusion.clone();
    harness
        .state_mut()
        .dispatch(sinhhoat::app::Action::Edit(Edit::AddConclusionItem(ConclusionPart::CellMeasures)));
    harness.run();
    let session = harness.state().state().document().expect("open").session().clone();
    assert_eq!(session.conclusion, conclusion, "an edit of the locked minutes is refused");
    assert!(
        shows_containing(&harness, "Biên bản đã được thông qua nên đang khóa"),
        "and the secretary is told why"
    );

    click(&mut harness, live.unlock_button);
    replace_text(&mut harness, live.unlock_reason, "Bổ sung biện pháp của chi bộ");
    click(&mut harness, live.unlock_confirm);
    assert!(harness.state_mut().flush());
    let path = harness.state().state().document().expect("open").path.clone();
    let saved = load_session(&path).expect("saved");
    assert!(!saved.live.minutes_locked);
    let approval = saved.live.approval.as_ref().expect("the vote is kept");
    assert_eq!(
        (approval.agreed, approval.against, approval.present, approval.base),
        (needed, 1, 7, Some(base))
    );
    assert_eq!(saved.live.amendments[0].reason, "Bổ sung biện pháp của chi bộ");
    assert!(shows_containing(&harness, "Biên bản được sửa đổi sau khi thông qua"));
}
