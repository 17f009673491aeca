//! The live meeting driven through the UI on the sample session, with a fake clock: opening,
//! speeches with notes and measures, comments, generalization, conclusion; the keyboard;
//! and a speech that survives the app being closed mid-speech.

#![allow(
    clippy::expect_used,
    clippy::indexing_slicing,
    reason = "a test fails with its expectation's message: that is its job"
)]

mod common;

use std::sync::Arc;
use std::time::Duration;

use common::{click, first_speaker_called, harness_with_clock, meeting_clock, replace_text, vi};
use eframe::egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable;
use sinhhoat::app::Command;
use sinhhoat::meeting::{Clock, FakeClock};
use sinhhoat::model::{CommentKind, Phase, SpanState};
use sinhhoat::store::load_session;
use sinhhoat::ui::Screen;

const SAMPLE: &str = "Mẫu - Quý II năm 2020 - Tự phê bình và phê bình";

fn clock() -> FakeClock {
    meeting_clock()
}

fn has(harness: &egui_kittest::Harness<'_, sinhhoat::ui::SinhHoatApp>, label: &str) -> bool {
    harness.query_all_by_label_contains(label).next().is_some()
}

#[test]
fn a_whole_meeting_runs_from_the_opening_to_the_conclusion() {
    let folder = tempfile::tempdir().expect("temporary folder");
    let clock = clock();
    let mut harness = harness_with_clock(folder.path(), None, Arc::new(clock.clone()));

    click(&mut harness, vi().live.nav_live);
    assert_eq!(harness.state().screen(), Screen::Live);
    assert!(has(&harness, "Giúp mỗi đảng viên nhận thức đầy đủ hơn"));
    assert!(has(&harness, "Thời gian phát biểu: từ 4 phút đến 7 phút, không quá 10 phút"));
    assert!(has(&harness, "Một là, vì sao chọn chủ đề này?"));
    click(&mut harness, vi().live.start_discussion);
    assert!(has(&harness, "Tiếp theo: Lê Minh Đức"));
    assert!(has(&harness, "Còn 2 đồng chí chưa phát biểu"));

    harness.key_press(Key::N);
    harness.run();
    assert!(has(&harness, vi().live.called));
    harness.key_press(Key::Space);
    harness.run();
    clock.advance(Duration::from_secs(4 * 60 + 59));
    harness.run();
    assert!(harness.query_all_by_label("4:59").next().is_some(), "the timer (and the speaker's total)");
    assert!(has(&harness, "Trong khoảng 4 phút đến 7 phút"));

    replace_text(&mut harness, vi().live.note_why, "Giúp mỗi người tự hoàn thiện");
    replace_text(&mut harness, vi().live.note_subjective, "Còn nể nang, ngại va chạm");
    replace_text(&mut harness, vi().live.measure_content, "Tự kiểm điểm mỗi quý");
    click(&mut harness, vi().live.add_measure);
    assert!(has(&harness, "Tự kiểm điểm mỗi quý (Chi bộ)"));

    click(&mut harness, vi().live.hands_heading);
    click(&mut harness, "Trần Văn Quý");
    click(&mut harness, vi().live.raise_hand);
    harness.key_press(Key::C);
    harness.run();
    assert!(has(&harness, vi().live.no_hands), "the commenter left the raised hands");
    replace_text(&mut harness, vi().live.comment_text, "Cần làm thường xuyên, không hình thức");
    click(&mut harness, "Bắt đầu [Shift+Phím cách]");
    clock.advance(Duration::from_secs(60));
    harness.run();
    click(&mut harness, vi().live.comment_end);

    harness.key_press(Key::N);
    harness.run();
    assert!(has(&harness, "Phạm Thị Thu Hương"));
    harness.key_press(Key::Space);
    harness.run();
    clock.advance(Duration::from_secs(10 * 60 + 30));
    harness.run();
    assert!(has(&harness, "Đã quá 10 phút · Vượt 0:30 · Đã phát biểu hơn 10 phút"));
    harness.key_press(Key::E);
    harness.run();
    assert!(has(&harness, vi().live.ended));

    click(&mut harness, vi().live.to_generalization);
    let draft = harness.get_by_label(vi().live.generalization_text).value().unwrap_or_default();
    assert!(draft.contains("Giúp mỗi người tự hoàn thiện (Lê Minh Đức)"), "{draft}");
    assert!(draft.contains("Cần làm thường xuyên, không hình thức (Trần Văn Quý)"), "{draft}");
    harness.get_by_label(vi().live.generalization_text).focus();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::End);
    harness
        .get_by_label(vi().live.generalization_text)
        .type_text("\nChi bộ thống nhất tự phê bình thường xuyên.");
    harness.run();

    click(&mut harness, vi().live.next_subtopic);
    assert!(has(&harness, "Phương pháp, biện pháp phê bình thế nào cho hiệu quả"));

    click(&mut harness, vi().live.step_conclusion);
    click(&mut harness, vi().live.generalizations_heading);
    assert!(has(&harness, "Chi bộ thống nhất tự phê bình thường xuyên."));
    let totals = "Tổng số 2 ý kiến phát biểu, trong đó: 0 ý kiến dưới 4 phút, 1 ý kiến từ 4 phút đến 7 phút, 0 ý kiến trên 7 phút đến 10 phút, 1 ý kiến quá 10 phút; thời lượng trung bình 7 phút 44 giây.";
    assert!(has(&harness, totals));
    click(&mut harness, vi().export_button);
    let docx = folder.path().join("exports").join(format!("{SAMPLE}.docx"));
    assert!(std::fs::metadata(&docx).expect("the minutes were written").len() > 2_000);
    click(&mut harness, vi().live.copy_conclusion);
    assert!(has(&harness, vi().live.copied));
    click(&mut harness, vi().live.close_meeting);
    assert!(has(&harness, "Buổi sinh hoạt kết thúc lúc"));

    click(&mut harness, &(vi().live.step_subtopic)(1));
    assert!(has(&harness, "Lê Minh Đức (4:59)"), "moving back keeps what was recorded, the comment apart");

    assert!(harness.state_mut().flush());
    let path = harness.state().document().expect("open").path.clone();
    let saved = load_session(&path).expect("saved");
    let phases: Vec<_> = saved.live.speeches.iter().map(|s| s.phase_reached).collect();
    assert_eq!(phases, [Some(Phase::OnTarget), Some(Phase::OverLimit)]);
    assert_eq!(saved.live.speeches[0].notes.subjective_causes, "Còn nể nang, ngại va chạm");
    assert_eq!(saved.live.comments.len(), 1);
    assert_eq!(saved.live.comments[0].kind, CommentKind::Addition);
    assert_eq!(saved.live.comments[0].span.elapsed(clock.wall()), Duration::from_secs(60));
    assert_eq!(saved.measures[0].content, "Tự kiểm điểm mỗi quý");
    assert!(saved.live.generalizations[0].text.ends_with("Chi bộ thống nhất tự phê bình thường xuyên."));
    assert!(saved.live.closed_at.is_some());
}

#[test]
fn the_queue_can_be_skipped_reordered_and_undone_from_the_keyboard() {
    let folder = tempfile::tempdir().expect("temporary folder");
    let mut harness = harness_with_clock(folder.path(), None, Arc::new(clock()));
    click(&mut harness, vi().live.nav_live);
    click(&mut harness, &(vi().live.step_subtopic)(1));
    click(&mut harness, vi().live.skip);
    assert!(has(&harness, "Tiếp theo: Phạm Thị Thu Hương"));
    assert!(has(&harness, "2. Lê Minh Đức (đã bỏ qua)"));
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert!(has(&harness, "Tiếp theo: Lê Minh Đức"));
    click(&mut harness, vi().live.move_down);
    assert!(has(&harness, "Tiếp theo: Phạm Thị Thu Hương"));

    let from = harness.get_by_label("2. Lê Minh Đức").rect().center();
    let to = harness.get_by_label("1. Phạm Thị Thu Hương").rect().center();
    harness.drag_at(from);
    harness.run();
    harness.hover_at(to);
    harness.run();
    harness.drop_at(to);
    harness.run();
    assert!(has(&harness, "Tiếp theo: Lê Minh Đức"), "dragging reorders the queue");

    harness.key_press(Key::F1);
    harness.run();
    for &command in Command::ALL {
        let label = command.label(vi());
        assert!(harness.query_by_label(label).is_some(), "F1 lists {command:?}: {label}");
        let keys = sinhhoat::ui::command::keys(&harness.ctx, vi(), command);
        let shown = if keys.is_empty() { "—".to_owned() } else { keys };
        assert!(harness.query_all_by_label(&shown).next().is_some(), "F1 shows {command:?}'s keys: {shown}");
    }
}

#[test]
fn shortcuts_do_not_fire_while_typing() {
    let (_folder, mut harness) = first_speaker_called(&clock());
    harness.get_by_label(vi().live.note_why).focus();
    harness.run();
    harness.key_press(Key::N);
    harness.key_press(Key::Space);
    harness.run();
    let session = harness.state().document().expect("open").session();
    assert_eq!(session.live.speeches.len(), 1, "N while typing called nobody");
    assert_eq!(session.live.speeches[0].span.state(), SpanState::NotStarted);
}

#[test]
fn a_speech_running_when_the_app_closed_keeps_counting_from_its_start() {
    let folder = tempfile::tempdir().expect("temporary folder");
    let clock = clock();
    let mut first = harness_with_clock(folder.path(), None, Arc::new(clock.clone()));
    click(&mut first, vi().live.nav_live);
    click(&mut first, "Chủ đề nhỏ 1");
    first.key_press(Key::N);
    first.key_press(Key::Space);
    first.run();
    clock.advance(Duration::from_secs(90));
    first.run();
    drop(first);

    clock.advance(Duration::from_secs(150));
    let mut second = harness_with_clock(folder.path(), None, Arc::new(clock.clone()));
    click(&mut second, vi().live.nav_live);
    assert!(
        second.query_all_by_label("4:00").next().is_some(),
        "4:00 spoken in all, counted from the stored start"
    );
    assert!(has(&second, "Trong khoảng 4 phút đến 7 phút"));
}

#[test]
fn the_conclusion_is_built_edited_rebuilt_and_projected() {
    let (_folder, mut harness) = first_speaker_called(&clock());
    replace_text(&mut harness, vi().live.note_why, "Giúp mỗi người tự hoàn thiện");
    replace_text(&mut harness, vi().live.note_objective, "Tập thể chưa cởi mở");
    click(&mut harness, vi().live.step_conclusion);
    click(&mut harness, vi().live.build_conclusion);
    assert!(has(&harness, "Nguồn: đồng chí Lê Minh Đức, chủ đề nhỏ 1"));
    let why = harness.get_all_by_label(vi().minutes.conclusion_points[0]).next().expect("the first item");
    assert_eq!(why.value().as_deref(), Some("Giúp mỗi người tự hoàn thiện"));
    why.focus();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness
        .get_all_by_label(vi().minutes.conclusion_points[0])
        .next()
        .expect("item")
        .type_text("Quy luật phát triển của Đảng");
    harness.run();
    assert!(has(&harness, vi().live.edited_mark));

    click(&mut harness, vi().live.rebuild_conclusion);
    assert!(has(&harness, vi().live.rebuild_confirm));
    click(&mut harness, vi().live.rebuild_keep);
    let conclusion = harness.state().document().expect("open").session().conclusion.clone();
    let why: Vec<_> = conclusion.why.iter().map(|item| item.text.as_str()).collect();
    assert_eq!(why, ["Quy luật phát triển của Đảng", "Giúp mỗi người tự hoàn thiện"]);
    assert_eq!(conclusion.objective_causes[0].text, "Tập thể chưa cởi mở");

    harness.key_press(Key::G);
    harness.key_press(Key::F6);
    harness.run();
    assert!(has(&harness, "• Quy luật phát triển của Đảng"), "the conclusion is projected");
    assert!(has(&harness, "• Tập thể chưa cởi mở"));
}

#[test]
fn a_sub_topic_runs_from_the_keyboard_alone() {
    let folder = tempfile::tempdir().expect("temporary folder");
    let clock = clock();
    let mut harness = harness_with_clock(folder.path(), None, Arc::new(clock.clone()));
    click(&mut harness, vi().live.nav_live);
    let press = |harness: &mut egui_kittest::Harness<'_, sinhhoat::ui::SinhHoatApp>, key: Key| {
        harness.key_press(key);
        harness.run();
    };
    press(&mut harness, Key::PageDown);
    assert!(has(&harness, "Tiếp theo: Lê Minh Đức"), "Page Down opens sub-topic 1");
    press(&mut harness, Key::N);
    press(&mut harness, Key::Space);
    clock.advance(Duration::from_secs(3));
    press(&mut harness, Key::Space);
    clock.advance(Duration::from_secs(2));
    press(&mut harness, Key::Space);
    clock.advance(Duration::from_secs(2));

    press(&mut harness, Key::C);
    assert!(has(&harness, vi().live.commenter_title));
    assert!(!has(&harness, "1. Lê Minh Đức"), "the speaker does not comment on their own speech");
    press(&mut harness, Key::ArrowDown);
    press(&mut harness, Key::Enter);
    assert!(!has(&harness, vi().live.commenter_title));
    harness.event(eframe::egui::Event::Text("Nên nêu ví dụ cụ thể hơn".into()));
    harness.run();
    press(&mut harness, Key::Escape);
    press(&mut harness, Key::E);
    harness.key_press_modifiers(Modifiers::SHIFT, Key::Space);
    harness.run();
    clock.advance(Duration::from_secs(40));
    press(&mut harness, Key::N);
    assert_eq!(
        harness.state().document().expect("open").session().live.speeches[0].span.state(),
        SpanState::Ended,
        "Shift+Space timed the comment and left the speech alone"
    );
    press(&mut harness, Key::PageDown);
    let step = harness.state().document().expect("open").session().live.flow.step;
    assert!(
        matches!(step, sinhhoat::model::Step::Generalization { .. }),
        "Page Down moves on to the generalization"
    );

    press(&mut harness, Key::PageDown);
    press(&mut harness, Key::PageUp);
    press(&mut harness, Key::PageDown);

    assert!(harness.state_mut().flush());
    let session = load_session(&harness.state().document().expect("open").path).expect("saved");
    assert_eq!(
        session.live.flow.step,
        sinhhoat::model::Step::Discussion { subtopic: session.subtopics[1].id }
    );
    let speech = &session.live.speeches[0];
    let end = speech.span.ended_at.expect("ended by E");
    assert_eq!(speech.span.elapsed(end), Duration::from_secs(5), "the 2 s pause is not counted");
    let comment = &session.live.comments[0];
    assert_eq!(comment.text, "Nên nêu ví dụ cụ thể hơn", "the new comment's field had the cursor");
    assert_eq!(session.member(comment.speaker).map(|m| m.name.as_str()), Some("Trần Văn Quý"));
    let end = comment.span.ended_at.expect("ended by N");
    assert_eq!(comment.span.elapsed(end), Duration::from_secs(40));
}
