//! Undo and redo through the document: every kind of edit, timing exactly restored, typing
//! undone a pause at a time.

use std::time::Duration;

use super::Meeting;
use crate::edit::{Edit, EditError, HISTORY_DEPTH};
use crate::model::{MeetingDetail, MemberId, SpanState, SubTopicDetail, TopicDetail};

#[test]
fn undo_takes_back_queue_actions_and_a_call_leaves_no_speech() {
    let mut meeting = Meeting::new();
    meeting.discuss(1);
    meeting.ok(Edit::SkipSpeaker);
    assert_eq!(meeting.waiting(1), [4, 3]);
    meeting.document.undo().expect("undo");
    assert_eq!(meeting.waiting(1), [3, 4]);
    meeting.ok(Edit::CallNext);
    meeting.document.undo().expect("undo");
    assert_eq!(meeting.waiting(1), [3, 4]);
    assert!(meeting.session().live.speeches.is_empty());
    assert_eq!(meeting.session().live.flow.current_speech, None);
}

#[test]
fn undoing_start_pause_and_end_restores_the_record_exactly_and_redo_brings_it_back() {
    let mut meeting = Meeting::new();
    meeting.discuss(1);
    meeting.ok(Edit::CallNext);
    let called = meeting.session().clone();
    meeting.clock.advance(Duration::from_secs(5));
    meeting.ok(Edit::ToggleSpeech);
    let started = meeting.session().clone();
    meeting.clock.advance(Duration::from_secs(100));
    meeting.ok(Edit::ToggleSpeech);
    let paused = meeting.session().clone();
    meeting.clock.advance(Duration::from_secs(20));
    meeting.ok(Edit::EndSpeech);
    let ended = meeting.session().clone();
    meeting.clock.advance(Duration::from_secs(30));

    meeting.document.undo().expect("undo the end");
    assert_eq!(*meeting.session(), paused);
    meeting.document.undo().expect("undo the pause");
    assert_eq!(*meeting.session(), started);
    meeting.document.undo().expect("undo the start");
    assert_eq!(*meeting.session(), called);
    let speech = &meeting.session().live.speeches[0];
    assert_eq!(speech.span.state(), SpanState::NotStarted, "no time is invented for an unstarted speech");

    for expected in [&started, &paused, &ended] {
        meeting.document.redo().expect("redo");
        assert_eq!(meeting.session(), expected);
    }
    assert_eq!(meeting.document.redo(), Err(EditError::NothingToRedo));
}

#[test]
fn a_new_edit_after_undo_drops_the_redo() {
    let mut meeting = Meeting::new();
    meeting.discuss(1);
    meeting.ok(Edit::RaiseHand(MemberId(2)));
    meeting.document.undo().expect("undo");
    assert!(meeting.document.history().next_redo().is_some());
    meeting.ok(Edit::RaiseHand(MemberId(5)));
    assert_eq!(meeting.document.history().next_redo(), None);
    assert_eq!(meeting.document.redo(), Err(EditError::NothingToRedo));
}

#[test]
fn typing_into_one_field_is_one_edit_per_pause() {
    let mut meeting = Meeting::new();
    let original = meeting.session().meeting.place.clone();
    let place = |text: &str| Edit::SetMeetingDetail(MeetingDetail::Place(text.into()));
    for typed in ["H", "Hộ", "Hội"] {
        meeting.ok(place(typed));
        meeting.clock.advance(Duration::from_millis(300));
    }
    meeting.clock.advance(Duration::from_secs(3));
    meeting.ok(place("Hội trường"));
    assert_eq!(meeting.document.history().undo_len(), 2);
    meeting.document.undo().expect("undo the word after the pause");
    assert_eq!(meeting.session().meeting.place, "Hội");
    meeting.document.undo().expect("undo the first burst");
    assert_eq!(meeting.session().meeting.place, original);
}

#[test]
fn typing_in_another_field_starts_a_new_edit() {
    let mut meeting = Meeting::new();
    meeting.ok(Edit::SetMeetingDetail(MeetingDetail::Place("Phòng họp".into())));
    meeting.ok(Edit::SetTopicDetail(TopicDetail::Name("Chủ đề mới".into())));
    meeting.ok(Edit::SetTopicDetail(TopicDetail::Purpose("Mục đích mới".into())));
    let subtopic = meeting.session().subtopics[0].id;
    let title = SubTopicDetail::Title("Tiêu đề mới".into());
    meeting.ok(Edit::SetSubTopicDetail { subtopic, detail: title });
    meeting
        .ok(Edit::SetSubTopicDetail { subtopic, detail: SubTopicDetail::Questions(vec!["Vì sao?".into()]) });
    assert_eq!(meeting.document.history().undo_len(), 5, "each field is a step of its own");
}

#[test]
fn the_last_hundred_edits_can_be_undone() {
    let mut meeting = Meeting::new();
    meeting.discuss(1);
    for _ in 0..HISTORY_DEPTH + 20 {
        meeting.ok(Edit::RaiseHand(MemberId(2)));
        meeting.ok(Edit::LowerHand(MemberId(2)));
    }
    assert_eq!(meeting.document.history().undo_len(), HISTORY_DEPTH);
    for _ in 0..HISTORY_DEPTH {
        meeting.document.undo().expect("undo");
    }
    assert_eq!(meeting.document.undo(), Err(EditError::NothingToUndo));
}

#[test]
fn a_removed_member_comes_back_with_undo() {
    let mut meeting = Meeting::new();
    let before = meeting.session().clone();
    meeting.ok(Edit::RemoveMember(MemberId(8)));
    assert!(meeting.session().member(MemberId(8)).is_none());
    let generation = meeting.document.generation();
    meeting.document.undo().expect("undo");
    assert_eq!(*meeting.session(), before);
    assert!(meeting.document.generation() > generation, "an undo is a change to save");
}

#[test]
fn a_deleted_comment_comes_back_with_undo() {
    let mut meeting = Meeting::new();
    meeting.discuss(1);
    meeting.ok(Edit::CallNext);
    meeting.ok(Edit::AddComment { speaker: MemberId(2), kind: crate::model::CommentKind::Addition });
    let comment = meeting.session().live.comments[0].id;
    let before = meeting.session().clone();
    meeting.ok(Edit::RemoveComment(comment));
    assert!(meeting.session().live.comments.is_empty());
    assert_eq!(meeting.session().live.flow.current_comment, None);
    meeting.document.undo().expect("undo");
    assert_eq!(*meeting.session(), before);
}

#[test]
fn undo_stops_at_the_approval_and_edits_allowed_on_approved_minutes_keep_their_own() {
    let mut meeting = Meeting::new();
    meeting.ok(Edit::Close);
    meeting.ok(Edit::BuildConclusion { keep_edits: false });
    let ended = chrono::NaiveTime::from_hms_opt(16, 30, 0).expect("time");
    meeting.ok(Edit::ApproveMinutes { agreed: 8, against: 0, present: 8, ended });
    let approved = meeting.session().clone();
    assert_eq!(meeting.document.undo(), Err(EditError::ApprovalLine), "the approval is not walked back");
    assert_eq!(*meeting.session(), approved, "nothing changed");

    meeting.ok(Edit::SetTimingAppendix(false));
    assert_eq!(meeting.document.undo(), Ok(Edit::SetTimingAppendix(false)), "its own undo");
    assert_eq!(*meeting.session(), approved);
    assert_eq!(meeting.document.undo(), Err(EditError::ApprovalLine));

    meeting.ok(Edit::UnlockMinutes("Bổ sung biện pháp".into()));
    assert!(!meeting.session().live.minutes_locked);
    meeting.ok(Edit::AddMeasure {
        source: None,
        owner: crate::model::MeasureOwner::Cell,
        content: "Rà soát quy chế".into(),
        deadline: None,
    });
    let amended = meeting.document.undo();
    assert!(matches!(amended, Ok(Edit::AddMeasure { .. })), "the amendment: {amended:?}");
    let unlocked = meeting.document.undo();
    assert!(unlocked.is_ok(), "the unlocking, which locks again: {unlocked:?}");
    assert_eq!(*meeting.session(), approved);
    assert_eq!(meeting.document.undo(), Err(EditError::ApprovalLine), "and the line holds again");
}
