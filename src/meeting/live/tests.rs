use std::time::Duration;

use super::{LiveAction, apply};
use crate::meeting::{
    Clock, FakeClock, LiveError, PointLabels, QueueEdit, QueueHistory, draft_generalization,
};
use crate::model::{
    Attendance, CommentKind, FourPointNotes, MeasureOwner, MemberId, Phase, Session, SpanState, Step,
    SubTopicId, WallTime,
};
use crate::sample::sample_session;

struct Meeting {
    session: Session,
    history: QueueHistory,
    clock: FakeClock,
}

impl Meeting {
    fn new() -> Self {
        let start = WallTime::parse_from_rfc3339("2020-06-12T14:00:00+07:00").expect("time");
        Self {
            session: sample_session().expect("sample"),
            history: QueueHistory::default(),
            clock: FakeClock::new(start),
        }
    }

    fn run(&mut self, action: LiveAction) -> Result<(), LiveError> {
        let before = self.session.clone();
        let result = apply(&mut self.session, &mut self.history, action, self.clock.wall());
        if result.is_err() {
            assert_eq!(self.session, before, "a refused action changed the session");
        }
        result
    }

    fn ok(&mut self, action: LiveAction) {
        self.run(action).expect("action applies");
    }

    fn discuss(&mut self, subtopic: u32) {
        self.ok(LiveAction::GoTo(Step::Discussion { subtopic: SubTopicId(subtopic) }));
    }

    fn waiting(&self, subtopic: u32) -> Vec<u32> {
        let queue = self.session.live.flow.queue(SubTopicId(subtopic)).expect("queue opened");
        queue.waiting.iter().map(|entry| entry.member.0).collect()
    }

    fn speaker(&self) -> u32 {
        let id = self.session.live.flow.current_speech.expect("a current speech");
        self.session.live.speeches.iter().find(|s| s.id == id).expect("speech").speaker.0
    }
}

#[test]
fn the_queue_follows_the_planned_order_and_calls_one_by_one() {
    let mut meeting = Meeting::new();
    meeting.discuss(1);
    assert_eq!(meeting.waiting(1), [3, 4]);
    assert!(meeting.session.live.opened_at.is_some());
    meeting.ok(LiveAction::CallNext);
    assert_eq!(meeting.speaker(), 3);
    assert_eq!(meeting.waiting(1), [4]);
    let speech = &meeting.session.live.speeches[0];
    assert_eq!(speech.span.state(), SpanState::NotStarted, "a called speaker waits for Space");
}

#[test]
fn calling_the_next_speaker_ends_the_running_speech_and_records_its_phase() {
    let mut meeting = Meeting::new();
    meeting.discuss(1);
    meeting.ok(LiveAction::CallNext);
    meeting.ok(LiveAction::ToggleSpeech);
    meeting.clock.advance(Duration::from_secs(330));
    meeting.ok(LiveAction::CallNext);
    let first = &meeting.session.live.speeches[0];
    assert_eq!(first.span.state(), SpanState::Ended);
    assert_eq!(first.phase_reached, Some(Phase::OnTarget));
    assert_eq!(first.span.elapsed(meeting.clock.wall()), Duration::from_secs(330));
    assert_eq!(meeting.speaker(), 4);
    assert_eq!(meeting.run(LiveAction::CallNext), Err(LiveError::QueueEmpty));
}

#[test]
fn absent_members_are_neither_queued_nor_called() {
    let mut meeting = Meeting::new();
    meeting.session.roster[3].attendance = Attendance::Absent { reason: "đi công tác".into() };
    meeting.discuss(1);
    assert_eq!(meeting.waiting(1), [3]);
    meeting.ok(LiveAction::Queue(QueueEdit::Insert { member: MemberId(5), at: 0 }));
    meeting.session.roster[4].attendance = Attendance::Absent { reason: String::new() };
    meeting.ok(LiveAction::CallNext);
    assert_eq!(meeting.speaker(), 3, "the absent member at the head was passed over");
    assert_eq!(
        meeting.run(LiveAction::Queue(QueueEdit::Insert { member: MemberId(4), at: 0 })),
        Err(LiveError::MemberAbsent(MemberId(4)))
    );
}

#[test]
fn skip_remove_reorder_and_insert_change_the_line() {
    let mut meeting = Meeting::new();
    meeting.discuss(1);
    meeting.ok(LiveAction::Queue(QueueEdit::Insert { member: MemberId(7), at: 1 }));
    meeting.ok(LiveAction::Queue(QueueEdit::Insert { member: MemberId(8), at: 99 }));
    assert_eq!(meeting.waiting(1), [3, 7, 4, 8]);
    meeting.ok(LiveAction::Queue(QueueEdit::Skip));
    assert_eq!(meeting.waiting(1), [7, 4, 8, 3]);
    let queue = meeting.session.live.flow.queue(SubTopicId(1)).expect("queue");
    assert!(queue.waiting[3].skipped && queue.waiting[0].unplanned);
    meeting.ok(LiveAction::Queue(QueueEdit::Move { from: 3, to: 0 }));
    assert_eq!(meeting.waiting(1), [3, 7, 4, 8]);
    meeting.ok(LiveAction::Queue(QueueEdit::Remove(2)));
    assert_eq!(meeting.waiting(1), [3, 7, 8]);
    assert_eq!(meeting.run(LiveAction::Queue(QueueEdit::Remove(3))), Err(LiveError::NoSuchPosition));
    assert_eq!(
        meeting.run(LiveAction::Queue(QueueEdit::Insert { member: MemberId(7), at: 0 })),
        Err(LiveError::AlreadyQueued(MemberId(7)))
    );
}

#[test]
fn undo_reverts_the_last_queue_action_but_never_a_started_speech() {
    let mut meeting = Meeting::new();
    meeting.discuss(1);
    meeting.ok(LiveAction::Queue(QueueEdit::Skip));
    assert_eq!(meeting.waiting(1), [4, 3]);
    meeting.ok(LiveAction::UndoQueue);
    assert_eq!(meeting.waiting(1), [3, 4]);
    meeting.ok(LiveAction::CallNext);
    meeting.ok(LiveAction::UndoQueue);
    assert_eq!(meeting.waiting(1), [3, 4]);
    assert!(meeting.session.live.speeches.is_empty());
    assert_eq!(meeting.session.live.flow.current_speech, None);
    meeting.ok(LiveAction::CallNext);
    meeting.ok(LiveAction::ToggleSpeech);
    assert_eq!(meeting.run(LiveAction::UndoQueue), Err(LiveError::CalledSpeakerStarted));
    assert_eq!(meeting.session.live.speeches.len(), 1);
}

#[test]
fn a_speech_cannot_be_restarted_after_it_ended() {
    let mut meeting = Meeting::new();
    assert_eq!(meeting.run(LiveAction::CallNext), Err(LiveError::NotInDiscussion));
    meeting.discuss(2);
    assert_eq!(meeting.run(LiveAction::ToggleSpeech), Err(LiveError::NoCurrentSpeech));
    meeting.ok(LiveAction::CallNext);
    assert_eq!(meeting.run(LiveAction::EndSpeech), Err(LiveError::SpeechNotStarted));
    meeting.ok(LiveAction::ToggleSpeech);
    meeting.clock.advance(Duration::from_secs(700));
    meeting.ok(LiveAction::EndSpeech);
    assert_eq!(meeting.session.live.speeches[0].phase_reached, Some(Phase::OverLimit));
    assert_eq!(meeting.run(LiveAction::ToggleSpeech), Err(LiveError::SpeechEnded));
}

#[test]
fn comments_follow_the_speech_and_take_the_commenter_off_the_hands() {
    let mut meeting = Meeting::new();
    meeting.discuss(1);
    assert_eq!(
        meeting.run(LiveAction::AddComment { speaker: MemberId(2), kind: CommentKind::Addition }),
        Err(LiveError::NoSpeechToComment)
    );
    meeting.ok(LiveAction::CallNext);
    meeting.ok(LiveAction::Queue(QueueEdit::RaiseHand(MemberId(2))));
    meeting.ok(LiveAction::Queue(QueueEdit::RaiseHand(MemberId(5))));
    meeting.ok(LiveAction::AddComment { speaker: MemberId(2), kind: CommentKind::Question });
    assert_eq!(meeting.session.live.flow.hands, [MemberId(5)]);
    let id = meeting.session.live.comments[0].id;
    meeting.ok(LiveAction::ToggleComment(id));
    meeting.clock.advance(Duration::from_secs(75));
    meeting.ok(LiveAction::EditComment { comment: id, kind: CommentKind::Question, text: "Vì sao?".into() });
    meeting.ok(LiveAction::EndComment(id));
    let comment = &meeting.session.live.comments[0];
    assert_eq!(comment.span.elapsed(meeting.clock.wall()), Duration::from_secs(75));
    assert_eq!((comment.text.as_str(), comment.kind), ("Vì sao?", CommentKind::Question));
    assert_eq!(meeting.session.live.flow.current_comment, None);
}

#[test]
fn the_generalization_draft_gathers_notes_along_the_four_points() {
    let mut meeting = Meeting::new();
    meeting.discuss(1);
    meeting.ok(LiveAction::CallNext);
    let speech = meeting.session.live.flow.current_speech.expect("speech");
    let notes = FourPointNotes {
        why: "Giúp mỗi người tự hoàn thiện".into(),
        subjective_causes: "Còn ngại va chạm".into(),
        ..FourPointNotes::default()
    };
    meeting.ok(LiveAction::EditNotes { speech, notes });
    meeting.ok(LiveAction::AddMeasure {
        source: Some(speech),
        owner: MeasureOwner::Cell,
        content: "Tự phê bình mỗi quý".into(),
        deadline: None,
    });
    assert_eq!(
        meeting.run(LiveAction::AddMeasure {
            source: None,
            owner: MeasureOwner::Cell,
            content: "  ".into(),
            deadline: None
        }),
        Err(LiveError::EmptyMeasure)
    );
    meeting.ok(LiveAction::AddComment { speaker: MemberId(6), kind: CommentKind::Addition });
    let comment = meeting.session.live.comments[0].id;
    meeting.ok(LiveAction::EditComment {
        comment,
        kind: CommentKind::Addition,
        text: "Cần làm thường xuyên".into(),
    });
    let labels = PointLabels {
        why: "1. Vì sao",
        content: "2. Nội dung",
        self_assessment: "3. Vận dụng",
        subjective: "Chủ quan",
        objective: "Khách quan",
        measures: "4. Biện pháp",
        comments: "Ý kiến bổ sung",
        cell: "Chi bộ",
    };
    let draft = draft_generalization(&meeting.session, SubTopicId(1), &labels);
    assert_eq!(
        draft,
        "1. Vì sao:\n- Giúp mỗi người tự hoàn thiện (Lê Minh Đức)\n\n\
         Chủ quan:\n- Còn ngại va chạm (Lê Minh Đức)\n\n\
         4. Biện pháp:\n- Tự phê bình mỗi quý (Chi bộ)\n\n\
         Ý kiến bổ sung:\n- Cần làm thường xuyên (Võ Thị Ngọc Ánh)"
    );
    assert_eq!(draft_generalization(&meeting.session, SubTopicId(2), &labels), "");
}

#[test]
fn moving_back_keeps_what_was_recorded_and_close_ends_the_meeting() {
    let mut meeting = Meeting::new();
    meeting.discuss(1);
    meeting.ok(LiveAction::CallNext);
    meeting.ok(LiveAction::ToggleSpeech);
    meeting.ok(LiveAction::GoTo(Step::Generalization { subtopic: SubTopicId(1) }));
    meeting.ok(LiveAction::SetGeneralization { subtopic: SubTopicId(1), text: "Khái quát".into() });
    meeting.ok(LiveAction::GoTo(Step::Opening));
    meeting.discuss(1);
    assert_eq!(meeting.waiting(1), [4]);
    assert_eq!(meeting.session.live.generalizations[0].text, "Khái quát");
    meeting.ok(LiveAction::SetGeneralization { subtopic: SubTopicId(1), text: " ".into() });
    assert!(meeting.session.live.generalizations.is_empty());
    meeting.clock.advance(Duration::from_secs(60));
    meeting.ok(LiveAction::Close);
    assert_eq!(meeting.session.live.flow.step, Step::Conclusion);
    assert_eq!(meeting.session.live.speeches[0].span.state(), SpanState::Ended);
    assert!(meeting.session.live.closed_at.is_some());
    assert!(meeting.session.validate().is_empty());
}
