//! The state driven without a window: actions in, effects and files out.

use std::sync::Arc;

use super::{Action, AppState, Command, Effect, Notice, Screen};
use crate::cli::GuiOptions;
use crate::edit::Edit;
use crate::meeting::{Clock, FakeClock};
use crate::model::{MemberId, Step, SubTopicId, WallTime};
use crate::store::load_session;

fn started(folder: &std::path::Path) -> (AppState, FakeClock) {
    let start = WallTime::parse_from_rfc3339("2020-06-12T14:00:00+07:00").expect("time");
    let clock = FakeClock::new(start);
    let options = GuiOptions { data_dir: Some(folder.to_path_buf()), ..GuiOptions::default() };
    (AppState::start(options, Arc::new(clock.clone()), || {}), clock)
}

#[test]
fn a_first_start_opens_a_copy_of_the_sample() {
    let folder = tempfile::tempdir().expect("temporary folder");
    let (state, _) = started(folder.path());
    assert_eq!(state.screen(), Screen::Overview);
    assert_eq!(state.document().expect("open").session().roster.len(), 8);
    assert!(matches!(state.notice(), Some(Notice::Info(_))));
}

#[test]
fn edits_reach_the_disk_once_persisted_and_undo_is_saved_too() {
    let folder = tempfile::tempdir().expect("temporary folder");
    let (mut state, _) = started(folder.path());
    let path = state.document().expect("open").path.clone();
    state.apply(Action::Edit(Edit::RemoveMember(MemberId(8))));
    assert_eq!(state.undo_label().as_deref(), Some("xóa đồng chí Bùi Thị Phượng"));
    assert!(state.unsaved());
    assert!(state.flush());
    state.follow_saves();
    assert!(!state.unsaved());
    assert!(load_session(&path).expect("reads").member(MemberId(8)).is_none());

    state.apply(Action::Undo);
    assert!(matches!(state.notice(), Some(Notice::Info(text)) if text.contains("xóa đồng chí")));
    assert!(state.flush());
    assert!(load_session(&path).expect("reads").member(MemberId(8)).is_some());
    assert!(state.redo_label().is_some());
}

#[test]
fn a_refused_edit_is_said_in_vietnamese_and_changes_nothing() {
    let folder = tempfile::tempdir().expect("temporary folder");
    let (mut state, _) = started(folder.path());
    let before = state.document().expect("open").session().clone();
    state.apply(Action::Edit(Edit::AddMember { name: "  ".into(), position: String::new() }));
    assert!(matches!(state.notice(), Some(Notice::Error(text)) if text == "họ tên đang để trống"));
    assert_eq!(*state.document().expect("open").session(), before);
    assert_eq!(state.undo_label(), None);
}

#[test]
fn commands_check_first_and_window_commands_come_back_as_effects() {
    let folder = tempfile::tempdir().expect("temporary folder");
    let (mut state, clock) = started(folder.path());
    state.apply(Action::Command(Command::ToggleSpeech));
    assert!(matches!(state.notice(), Some(Notice::Error(text)) if text.contains("Chưa mời ai phát biểu")));
    assert_eq!(state.apply(Action::Command(Command::Help)), [Effect::Window(Command::Help)]);
    state.apply(Action::Command(Command::NextStep));
    let session = state.document().expect("open").session();
    assert_eq!(session.live.flow.step, Step::Discussion { subtopic: SubTopicId(1) });
    state.apply(Action::Command(Command::NextSpeaker));
    state.apply(Action::Command(Command::ToggleSpeech));
    clock.advance(std::time::Duration::from_secs(90));
    state.apply(Action::Command(Command::EndSpeech));
    let speech = &state.document().expect("open").session().live.speeches[0];
    assert_eq!(speech.span.elapsed(clock.wall()), std::time::Duration::from_secs(90));
}

#[test]
fn the_generalization_is_drafted_once_and_undone_with_its_step() {
    let folder = tempfile::tempdir().expect("temporary folder");
    let (mut state, _) = started(folder.path());
    let subtopic = SubTopicId(1);
    state.apply(Action::Edit(Edit::GoTo(Step::Discussion { subtopic })));
    state.apply(Action::Command(Command::NextSpeaker));
    let speech = state.document().expect("open").session().live.flow.current_speech.expect("called");
    let notes = crate::model::FourPointNotes { why: "Để tự soi".into(), ..Default::default() };
    state.apply(Action::Edit(Edit::EditNotes { speech, notes }));
    state.apply(Action::Edit(Edit::GoTo(Step::Generalization { subtopic })));
    let drafted = &state.document().expect("open").session().live.generalizations;
    assert!(drafted[0].text.contains("Để tự soi"));
    state.apply(Action::Undo);
    let session = state.document().expect("open").session();
    assert!(session.live.generalizations.is_empty());
    assert_eq!(session.live.flow.step, Step::Discussion { subtopic });
}

#[test]
fn dialogs_are_asked_of_the_window() {
    let folder = tempfile::tempdir().expect("temporary folder");
    let (mut state, _) = started(folder.path());
    let effects = state.apply(Action::PickExport);
    assert!(matches!(effects.as_slice(), [Effect::PickExport { name }] if name.ends_with(".json")));
    assert_eq!(state.apply(Action::PickImport), [Effect::PickImport]);
}
