//! Undo and redo in the window: a detail typed, a member deleted, a conclusion item deleted,
//! a sub-topic deleted, a comment added, a speech started and ended — each taken back and
//! brought back, from the keyboard or the top bar's buttons, each apart from the typing before it.

#![allow(
    clippy::expect_used,
    clippy::indexing_slicing,
    reason = "a test fails with its expectation's message: that is its job"
)]

mod common;

use std::time::Duration;

use common::{click, first_speaker_called, harness, meeting_clock, replace_text, value_of, vi};
use eframe::egui::{Key, Modifiers};
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{By, Queryable};
use sinhhoat::model::{Session, SpanState};
use sinhhoat::ui::SinhHoatApp;

fn session(harness: &Harness<'_, SinhHoatApp>) -> Session {
    harness.state().document().expect("a session is open").session().clone()
}

fn undo_key(harness: &mut Harness<'_, SinhHoatApp>) {
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
}

fn redo_key(harness: &mut Harness<'_, SinhHoatApp>) {
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Y);
    harness.run();
}

/// Clicks the first of the buttons labelled `label` (a list has one per row).
fn click_first(harness: &mut Harness<'_, SinhHoatApp>, label: &str) {
    harness.get_all_by_label(label).next().expect("a button").click();
    harness.run();
}

#[test]
fn a_detail_typed_is_undone_and_redone_with_the_top_bar_buttons() {
    let folder = tempfile::tempdir().expect("temporary folder");
    let mut harness = harness(folder.path(), None);
    let before = session(&harness).meeting.place;
    replace_text(&mut harness, vi().place, "Phòng họp số 2");
    assert_eq!(session(&harness).meeting.place, "Phòng họp số 2");
    let label = harness.state().state().undo_label().expect("something to undo");
    assert_eq!(label, format!("sửa mục “{}”", vi().place));

    click(&mut harness, vi().edits.undo_button);
    assert_eq!(session(&harness).meeting.place, before, "the whole burst of typing is one step");
    click(&mut harness, vi().edits.redo_button);
    assert_eq!(session(&harness).meeting.place, "Phòng họp số 2");
    assert!(harness.state_mut().flush());
    let path = harness.state().document().expect("open").path.clone();
    let saved = sinhhoat::store::load_session(&path).expect("reads");
    assert_eq!(saved.meeting.place, "Phòng họp số 2", "undo and redo are saved like any change");

    // Another field typed straight after is a step of its own.
    replace_text(&mut harness, vi().chair, "Trần Văn Quý");
    assert_eq!(
        harness.state().state().undo_label().as_deref(),
        Some(format!("sửa mục “{}”", vi().chair).as_str())
    );
    click(&mut harness, vi().edits.undo_button);
    let after = session(&harness).meeting;
    assert_ne!(after.chair, "Trần Văn Quý");
    assert_eq!(after.place, "Phòng họp số 2", "the place typed before it stays");
}

#[test]
fn a_deleted_member_comes_back() {
    let folder = tempfile::tempdir().expect("temporary folder");
    let mut harness = harness(folder.path(), None);
    click(&mut harness, vi().prepare.nav_prepare);
    click(&mut harness, vi().prepare.tab_roster);
    let before = session(&harness);
    let first = sinhhoat::collate::by_name(&before.roster)[0].name.clone();
    click_first(&mut harness, vi().live.delete);
    assert_eq!(session(&harness).roster.len(), before.roster.len() - 1);
    let label = harness.state().state().undo_label().expect("something to undo");
    assert_eq!(label, format!("xóa đồng chí {first}"));

    undo_key(&mut harness);
    assert_eq!(session(&harness), before, "the member is back with every assignment");
    redo_key(&mut harness);
    assert!(session(&harness).roster.iter().all(|member| member.name != first));
}

#[test]
fn a_deleted_conclusion_item_comes_back() {
    let (_folder, mut harness) = first_speaker_called(&meeting_clock());
    replace_text(&mut harness, vi().live.note_why, "Giúp mỗi người tự hoàn thiện");
    click(&mut harness, vi().live.step_conclusion);
    click(&mut harness, vi().live.build_conclusion);
    let built = session(&harness).conclusion;
    assert_eq!(built.why.len(), 1);
    click_first(&mut harness, vi().live.delete);
    assert!(session(&harness).conclusion.why.is_empty());

    click(&mut harness, vi().edits.undo_button);
    assert_eq!(session(&harness).conclusion, built);
    click(&mut harness, vi().edits.redo_button);
    assert!(session(&harness).conclusion.why.is_empty());
}

#[test]
fn an_added_comment_is_taken_back_and_brought_back() {
    let (_folder, mut harness) = first_speaker_called(&meeting_clock());
    harness.key_press(Key::Space);
    harness.run();
    harness.key_press(Key::C);
    harness.run();
    harness.key_press(Key::Num1);
    harness.run();
    assert_eq!(session(&harness).live.comments.len(), 1);
    harness.key_press(Key::Escape);
    harness.run();
    let label = harness.state().state().undo_label().expect("something to undo");
    assert!(label.starts_with("thêm ý kiến bổ sung của đồng chí"), "{label}");

    undo_key(&mut harness);
    let after_undo = session(&harness);
    assert!(after_undo.live.comments.is_empty());
    assert_eq!(after_undo.live.flow.current_comment, None);
    redo_key(&mut harness);
    assert_eq!(session(&harness).live.comments.len(), 1);
}

#[test]
fn a_speech_started_and_ended_is_undone_exactly_and_redone() {
    let clock = meeting_clock();
    let (_folder, mut harness) = first_speaker_called(&clock);
    let called = session(&harness);
    harness.key_press(Key::Space);
    harness.run();
    let started = session(&harness);
    clock.advance(Duration::from_secs(300));
    harness.key_press(Key::E);
    harness.run();
    let ended = session(&harness);
    assert_eq!(ended.live.speeches[0].span.state(), SpanState::Ended);
    clock.advance(Duration::from_secs(60));

    undo_key(&mut harness);
    assert_eq!(session(&harness), started, "running again from its own start, no time invented");
    undo_key(&mut harness);
    assert_eq!(session(&harness), called, "back to called, not started");
    redo_key(&mut harness);
    redo_key(&mut harness);
    assert_eq!(session(&harness), ended, "the end comes back at the moment it was recorded");
}

#[test]
fn an_assignment_and_a_deleted_conclusion_item_are_steps_of_their_own_apart_from_typing() {
    let folder = tempfile::tempdir().expect("temporary folder");
    // The clock stands still: every edit falls within one pause in typing.
    let clock = std::sync::Arc::new(meeting_clock());
    let mut harness = common::harness_with_clock(folder.path(), None, clock);
    click(&mut harness, vi().prepare.nav_prepare);
    click(&mut harness, vi().prepare.tab_subtopics);
    let field = || By::new().role(Role::TextInput).label(vi().prepare.subtopic_title);
    harness.get_all(field()).next().expect("a title field").focus();
    harness.run();
    harness.key_press(Key::End);
    harness.run();
    harness.get_all(field()).next().expect("a title field").type_text(" (sửa)");
    harness.run();
    let typed = session(&harness).subtopics[0].title.clone();
    assert!(typed.ends_with(" (sửa)"), "{typed}");
    click(&mut harness, vi().prepare.tab_roster);
    let chair = "Nguyễn Thị Hồng Nhung";
    harness.get_by_role_and_label(Role::ComboBox, chair).click();
    harness.run();
    let second = session(&harness).subtopics[1].title.clone();
    harness.get(By::new().role(Role::Button).label_contains(&second)).click();
    harness.run();
    assert!(session(&harness).subtopics[1].speakers.contains(&sinhhoat::model::MemberId(1)));
    let label = harness.state().state().undo_label().expect("something to undo");
    assert_eq!(label, format!("giao đồng chí {chair} chủ đề nhỏ 2"));
    undo_key(&mut harness);
    let after = session(&harness);
    assert!(!after.subtopics[1].speakers.contains(&sinhhoat::model::MemberId(1)), "the assignment is undone");
    assert_eq!(after.subtopics[0].title, typed, "the typing before it is not");

    let (_meeting, mut harness) = first_speaker_called(&meeting_clock());
    replace_text(&mut harness, vi().live.note_why, "Giúp mỗi người tự hoàn thiện");
    click(&mut harness, vi().live.step_conclusion);
    click(&mut harness, vi().live.build_conclusion);
    click_first(&mut harness, vi().live.add_item);
    let first_point = vi().minutes.conclusion_points[0];
    harness.get_all_by_label(first_point).nth(1).expect("the new item").focus();
    harness.run();
    harness.get_all_by_label(first_point).nth(1).expect("the new item").type_text("Ý thêm");
    harness.run();
    let typed = session(&harness).conclusion.why.clone();
    assert_eq!(typed.len(), 2);
    click_first(&mut harness, vi().live.delete);
    assert_eq!(session(&harness).conclusion.why.len(), 1);
    let label = harness.state().state().undo_label().expect("something to undo");
    assert_eq!(label, "xóa một ý ở phần 1 (ý nghĩa, sự cần thiết) của kết luận");
    click(&mut harness, vi().edits.undo_button);
    assert_eq!(session(&harness).conclusion.why, typed, "the item is back, the typing kept");
    let label = harness.state().state().undo_label().expect("the typing");
    assert_eq!(label, "sửa một ý ở phần 1 (ý nghĩa, sự cần thiết) của kết luận");
}

#[test]
fn a_deleted_subtopic_and_a_topic_detail_are_steps_of_their_own_apart_from_typing() {
    let folder = tempfile::tempdir().expect("temporary folder");
    // The clock stands still: every edit falls within one pause in typing.
    let clock = std::sync::Arc::new(meeting_clock());
    let mut harness = common::harness_with_clock(folder.path(), None, clock);
    replace_text(&mut harness, vi().cell, "Chi bộ Khoa Lý luận");
    replace_text(&mut harness, vi().opening_form, "Trình bày ngắn gọn");
    let label = harness.state().state().undo_label().expect("something to undo");
    assert_eq!(label, format!("sửa mục “{}”", vi().opening_form));
    undo_key(&mut harness);
    let after = session(&harness);
    assert_eq!(after.organisation.cell, "Chi bộ Khoa Lý luận", "a field typed before is its own step");
    assert_ne!(after.topic.opening.form, "Trình bày ngắn gọn");

    click(&mut harness, vi().prepare.nav_prepare);
    click(&mut harness, vi().prepare.tab_subtopics);
    let field = || By::new().role(Role::MultilineTextInput).label(vi().prepare.questions);
    harness.get_all(field()).next().expect("a questions field").focus();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::End);
    harness.run();
    harness.get_all(field()).next().expect("a questions field").type_text("\nVì sao?");
    harness.run();
    let typed = session(&harness).subtopics[0].questions.clone();
    assert_eq!(typed.last().map(String::as_str), Some("Vì sao?"));
    let titles: Vec<String> = session(&harness).subtopics.iter().map(|s| s.title.clone()).collect();
    harness.get_all_by_label(vi().live.delete).nth(1).expect("the second sub-topic's button").click();
    harness.run();
    assert_eq!(session(&harness).subtopics.len(), titles.len() - 1);
    let label = harness.state().state().undo_label().expect("something to undo");
    assert_eq!(label, "xóa chủ đề nhỏ 2");
    click(&mut harness, vi().edits.undo_button);
    let after = session(&harness);
    let back: Vec<String> = after.subtopics.iter().map(|s| s.title.clone()).collect();
    assert_eq!(back, titles, "the sub-topic is back in its place");
    assert_eq!(after.subtopics[0].questions, typed, "the typing before it is kept");
    let label = harness.state().state().undo_label().expect("the typing");
    assert_eq!(label, "sửa mục “Câu hỏi gợi mở” của chủ đề nhỏ 1", "the field's name without its hint");
}

#[test]
fn timing_rules_typed_past_each_other_are_taken_in_an_order_that_holds_and_undone_one_by_one() {
    let folder = tempfile::tempdir().expect("temporary folder");
    let clock = std::sync::Arc::new(meeting_clock());
    let mut harness = common::harness_with_clock(folder.path(), None, clock);
    replace_text(&mut harness, vi().target_max, "12:00");
    assert_eq!(session(&harness).timing.target_max_secs, 7 * 60, "past the limit, nothing is sent yet");
    replace_text(&mut harness, vi().hard_limit, "15:00");
    let timing = session(&harness).timing;
    assert_eq!((timing.target_max_secs, timing.hard_limit_secs), (12 * 60, 15 * 60));
    let notice = harness.state().state().notice();
    assert!(!matches!(notice, Some(sinhhoat::app::Notice::Error(_))), "no step was refused: {notice:?}");
    let label = harness.state().state().undo_label().expect("something to undo");
    assert_eq!(label, "sửa mục “Thời gian phát biểu tối đa”");
    click(&mut harness, vi().edits.undo_button);
    let timing = session(&harness).timing;
    assert_eq!((timing.target_max_secs, timing.hard_limit_secs), (7 * 60, 15 * 60));
    assert_eq!(value_of(&harness, vi().target_max), "7:00", "the field shows the rule undone");
}
