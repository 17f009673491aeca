//! The state driven without a window: actions in, effects and files out.

use std::sync::Arc;

use super::{Action, Answer, AppState, Command, Effect, Notice, Question, Screen};
use crate::app::GuiOptions;
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
    assert_eq!(state.screen(), Screen::Details);
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
    assert!(
        matches!(state.notice(), Some(Notice::Error(text)) if text.contains("Chưa mời đồng chí nào phát biểu"))
    );
    assert_eq!(state.apply(Action::Command(Command::Help)), [Effect::Window(Command::Help)]);
    assert!(state.apply(Action::Command(Command::ReadBack)).is_empty(), "what the room sees is the state's");
    state.apply(Action::Room(crate::app::RoomChange::TurnPage { down: true, last: 3 }));
    assert_eq!((state.room().reading, state.room().page), (true, 1));
    state.apply(Action::Command(Command::ReadBack));
    assert!(!state.room().reading);
    assert!(state.apply(Action::Command(Command::PresentHere)).is_empty());
    assert!(state.room().projector.present_here, "the slide in the main window is the state's too");
    assert!(state.apply(Action::Command(Command::ProjectorFullscreen)).is_empty(), "no second window open");
    state.apply(Action::Room(crate::app::RoomChange::ProjectorToggled { opens_fullscreen: false }));
    let effects = state.apply(Action::Command(Command::ProjectorFullscreen));
    assert_eq!(effects, [Effect::Window(Command::ProjectorFullscreen)], "the window puts it full screen");
    assert!(state.room().projector.fullscreen);
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
    let note = crate::model::NoteDetail::Why("Để tự soi".into());
    state.apply(Action::Edit(Edit::SetNote { speech, note }));
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
    let effects = state.apply(Action::PickExportSession);
    assert!(matches!(effects.as_slice(), [Effect::PickExportSession { name }] if name.ends_with(".json")));
    assert_eq!(state.apply(Action::PickImport), [Effect::PickImport]);
}

#[test]
fn an_export_asks_before_replacing_a_file_and_never_writes_into_the_sessions() {
    let folder = tempfile::tempdir().expect("temporary folder");
    let (mut state, _) = started(folder.path());
    let target = folder.path().join("biên bản.md");
    std::fs::write(&target, "giữ nguyên").expect("write");
    let export = Action::ExportDocument(crate::export::Format::Markdown, target.clone());

    state.apply(export.clone());
    assert_eq!(state.question(), Some(&Question::Replace(target.clone())));
    state.apply(Action::Answer(Answer::Cancel));
    assert_eq!(state.question(), None);
    assert_eq!(std::fs::read_to_string(&target).expect("read"), "giữ nguyên");

    state.apply(export);
    state.apply(Action::Answer(Answer::Confirm));
    assert!(std::fs::read_to_string(&target).expect("read").contains("BIÊN BẢN"));
    assert!(!crate::store::backup_path(&target).exists(), "no .bak beside a user's export");

    let open = state.document().expect("open").path.clone();
    let before = std::fs::read(&open).expect("read");
    state.apply(Action::Replacing(Box::new(Action::ExportSession(open.clone()))));
    assert!(
        matches!(state.notice(), Some(Notice::Error(text)) if text.contains("thư mục các buổi sinh hoạt"))
    );
    assert_eq!(std::fs::read(&open).expect("read"), before);
    let beside = open.with_file_name("bản khác.json");
    state.apply(Action::ExportSession(beside.clone()));
    assert!(!beside.exists(), "a file in the sessions folder would pass for a session");
}

#[test]
fn a_second_window_on_the_same_folder_opens_nothing_and_writes_nothing() {
    let folder = tempfile::tempdir().expect("temporary folder");
    let (mut first, _) = started(folder.path());
    let path = first.document().expect("open").path.clone();
    assert!(first.flush());
    let before = std::fs::read(&path).expect("read");
    let settings = std::fs::read(folder.path().join("settings.json")).expect("settings");

    let (mut second, _) = started(folder.path());
    assert!(second.document().is_none());
    assert!(
        matches!(second.notice(), Some(Notice::Error(text)) if text.contains("đang mở ở một cửa sổ khác"))
    );
    second.apply(Action::NewEmpty);
    second.apply(Action::Settings(crate::settings::SettingsEdit::Language(crate::i18n::Language::English)));
    second.apply(Action::Open(path.clone()));
    assert!(second.document().is_none(), "nothing opens in the second window");
    assert!(second.flush());
    assert_eq!(std::fs::read(&path).expect("read"), before);
    assert_eq!(std::fs::read(folder.path().join("settings.json")).expect("settings"), settings);
    let listed = std::fs::read_dir(folder.path().join("sessions")).expect("list").flatten();
    let shown = listed.filter(|entry| !entry.file_name().to_string_lossy().starts_with('.'));
    assert_eq!(shown.count(), 1, "beside the session, only its hidden lock file");

    assert!(!second.retry_locks(), "a window kept out does not try again");
    drop(first);
    assert!(!second.retry_locks());
    let (third, _) = started(folder.path());
    assert!(third.document().is_some(), "the folder is free once the first window is gone");
}

#[test]
fn n_is_never_a_dead_key_on_the_opening_or_at_the_end_of_the_line() {
    let folder = tempfile::tempdir().expect("temporary folder");
    let (mut state, clock) = started(folder.path());
    let session = |state: &AppState| state.document().expect("open").session().clone();
    state.apply(Action::Command(Command::NextSpeaker));
    let first = SubTopicId(1);
    assert_eq!(session(&state).live.flow.step, Step::Discussion { subtopic: first });
    let called = session(&state).live.flow.current_speech.expect("the first speaker is called");
    assert_eq!(
        session(&state).speech(called).expect("speech").span.state(),
        crate::model::SpanState::NotStarted
    );

    state.apply(Action::Command(Command::ToggleSpeech));
    state.apply(Action::Command(Command::NextSpeaker));
    state.apply(Action::Command(Command::ToggleSpeech));
    clock.advance(std::time::Duration::from_secs(30));
    state.apply(Action::Command(Command::NextSpeaker));
    let after = session(&state);
    assert_eq!(after.live.flow.step, Step::Generalization { subtopic: first }, "the line was done");
    assert!(after.live.speeches.iter().all(|speech| speech.span.ended_at.is_some()), "the last speech ended");

    state.apply(Action::Edit(Edit::GoTo(Step::Conclusion)));
    state.apply(Action::Command(Command::NextSpeaker));
    assert!(matches!(state.notice(), Some(Notice::Error(text)) if text.contains("Page Down")));
}

#[test]
fn a_wall_clock_set_forward_or_back_mid_speech_changes_no_recorded_length() {
    for jump in [chrono::TimeDelta::hours(1), chrono::TimeDelta::minutes(-10)] {
        let folder = tempfile::tempdir().expect("temporary folder");
        let (mut state, clock) = started(folder.path());
        state.apply(Action::Command(Command::NextSpeaker));
        state.apply(Action::Command(Command::ToggleSpeech));
        clock.advance(std::time::Duration::from_millis(2_000));
        clock.jump_wall(jump);
        state.apply(Action::Command(Command::ToggleSpeech));
        clock.advance(std::time::Duration::from_millis(1_000));
        state.apply(Action::Command(Command::ToggleSpeech));
        clock.advance(std::time::Duration::from_millis(2_300));
        state.apply(Action::Command(Command::EndSpeech));
        let session = state.document().expect("open").session().clone();
        let span = &session.live.speeches[0].span;
        assert_eq!(span.recorded(), std::time::Duration::from_millis(4_300), "jump {jump}");
        assert_eq!(span.recorded_pauses(), std::time::Duration::from_millis(1_000), "jump {jump}");
        let rows = crate::export::outline::timing_rows(&session, clock.wall());
        assert_eq!(rows[0].phase, crate::model::Phase::UnderTarget, "never 'over the limit' by the jump");
    }
}

#[test]
fn reopened_with_the_wall_clock_behind_the_record_the_app_says_so_and_keeps_the_time() {
    let folder = tempfile::tempdir().expect("temporary folder");
    let (mut state, clock) = started(folder.path());
    state.apply(Action::Command(Command::NextSpeaker));
    state.apply(Action::Command(Command::ToggleSpeech));
    clock.advance(std::time::Duration::from_secs(60));
    state.apply(Action::Edit(Edit::SetNote {
        speech: crate::model::SpeechId(1),
        note: crate::model::NoteDetail::Why("Ghi lúc phút thứ nhất".into()),
    }));
    state.apply(Action::Command(Command::ToggleSpeech));
    assert!(state.flush());
    drop(state);

    clock.jump_wall(chrono::TimeDelta::minutes(-30));
    let options = GuiOptions { data_dir: Some(folder.path().to_path_buf()), ..GuiOptions::default() };
    let mut again = AppState::start(options, Arc::new(clock.clone()), || {});
    assert!(matches!(again.notice(), Some(Notice::Error(text)) if text.contains("Đồng hồ của máy")));
    clock.advance(std::time::Duration::from_secs(20));
    again.apply(Action::Command(Command::ToggleSpeech));
    clock.advance(std::time::Duration::from_secs(10));
    again.apply(Action::Command(Command::EndSpeech));
    let span = &again.document().expect("open").session().live.speeches[0].span;
    assert_eq!(span.recorded(), std::time::Duration::from_secs(70), "the minute before the restart is kept");
}

#[test]
fn exporting_the_minutes_mid_speech_asks_whether_to_end_it_first() {
    let folder = tempfile::tempdir().expect("temporary folder");
    let (mut state, clock) = started(folder.path());
    state.apply(Action::Command(Command::NextSpeaker));
    state.apply(Action::Command(Command::ToggleSpeech));
    clock.advance(std::time::Duration::from_secs(200));
    let as_is = folder.path().join("như hiện tại.md");
    state.apply(Action::ExportDocument(crate::export::Format::Markdown, as_is.clone()));
    assert_eq!(state.question(), Some(&Question::OpenSpans(1)));
    state.apply(Action::Answer(Answer::Alternative));
    let text = std::fs::read_to_string(&as_is).expect("exported as it stands");
    assert!(text.contains("| 3:20 | 0:00 | chưa kết thúc |"), "{text}");
    assert_eq!(state.document().expect("open").session().open_spans(), 1, "the speech goes on");

    let ended = folder.path().join("đã kết thúc.md");
    state.apply(Action::ExportDocument(crate::export::Format::Markdown, ended.clone()));
    state.apply(Action::Answer(Answer::Confirm));
    let text = std::fs::read_to_string(&ended).expect("exported once ended");
    assert!(text.contains("| 3:20 | 0:00 | Dưới 4 phút |"), "{text}");
    assert_eq!(state.document().expect("open").session().open_spans(), 0);
    assert_eq!(state.undo_label().as_deref(), Some("kết thúc các ý kiến đang mở"));
}

#[test]
fn a_session_whose_saves_fail_is_neither_left_renamed_nor_deleted_until_they_succeed() {
    let folder = tempfile::tempdir().expect("temporary folder");
    let (mut state, _) = started(folder.path());
    let path = state.document().expect("open").path.clone();
    // A folder where the save's temporary file must go makes every write fail, even for root.
    let name = path.file_name().expect("a file name").to_string_lossy().into_owned();
    let obstacle = path.with_file_name(format!(".{name}.tmp{}", std::process::id()));
    std::fs::create_dir(&obstacle).expect("block the save");
    state.apply(Action::Edit(Edit::RemoveMember(MemberId(8))));
    assert!(!state.flush(), "the save fails");

    state.apply(Action::Rename(path.clone(), "Tên mới".into()));
    assert!(matches!(state.notice(), Some(Notice::Error(text)) if text.contains("Chưa lưu được")));
    state.apply(Action::Trash(path.clone()));
    state.apply(Action::NewEmpty);
    assert_eq!(state.document().expect("still open").path, path, "nothing was left or moved");
    assert!(path.exists() && !path.with_file_name("Tên mới.json").exists());
    assert_eq!(
        crate::store::load_session(&path).expect("reads").roster.len(),
        8,
        "the change is not on disk yet"
    );

    std::fs::remove_dir(&obstacle).expect("free the way");
    state.apply(Action::Rename(path.clone(), "Tên mới".into()));
    let renamed = path.with_file_name("Tên mới.json");
    assert_eq!(state.document().expect("open").path, renamed);
    assert_eq!(crate::store::load_session(&renamed).expect("reads").roster.len(), 7, "saved, then renamed");
    assert!(!path.exists(), "no retry wrote the old name back");
}
