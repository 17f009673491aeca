use std::time::Duration;

use super::{Document, Edit, EditError};
use crate::meeting::{Clock, FakeClock, LiveError, PointLabels, draft_generalization};
use crate::model::{
    Attendance, CommentKind, ConclusionPart, MeasureOwner, MemberId, NoteDetail, Phase, Session, SpanState,
    Step, SubTopicId, WallTime,
};
use crate::sample::sample_session;

mod history;
mod record;

struct Meeting {
    document: Document,
    clock: FakeClock,
}

impl Meeting {
    fn new() -> Self {
        Self::with(sample_session().expect("sample"))
    }

    fn with(session: Session) -> Self {
        let start = WallTime::parse_from_rfc3339("2020-06-12T14:00:00+07:00").expect("time");
        Self { document: Document::new("a.json".into(), session), clock: FakeClock::new(start) }
    }

    fn session(&self) -> &Session {
        self.document.session()
    }

    fn run(&mut self, edit: Edit) -> Result<(), EditError> {
        let before = self.session().clone();
        let result = self.document.apply(edit, self.clock.wall()).map(drop);
        if result.is_err() {
            assert_eq!(*self.session(), before, "a refused edit changed the session");
        }
        result
    }

    fn ok(&mut self, edit: Edit) {
        self.run(edit).expect("edit applies");
    }

    fn discuss(&mut self, subtopic: u32) {
        self.ok(Edit::GoTo(Step::Discussion { subtopic: SubTopicId(subtopic) }));
    }

    fn waiting(&self, subtopic: u32) -> Vec<u32> {
        let queue = self.session().live.flow.queue(SubTopicId(subtopic)).expect("queue opened");
        queue.waiting.iter().map(|entry| entry.member.0).collect()
    }

    fn speaker(&self) -> u32 {
        let id = self.session().live.flow.current_speech.expect("a current speech");
        self.session().speech(id).expect("speech").speaker.0
    }
}

#[test]
fn the_queue_follows_the_planned_order_and_calls_one_by_one() {
    let mut meeting = Meeting::new();
    meeting.discuss(1);
    assert_eq!(meeting.waiting(1), [3, 4]);
    assert!(meeting.session().live.opened_at.is_some());
    meeting.ok(Edit::CallNext);
    assert_eq!(meeting.speaker(), 3);
    assert_eq!(meeting.waiting(1), [4]);
    let speech = &meeting.session().live.speeches[0];
    assert_eq!(speech.span.state(), SpanState::NotStarted, "a called speaker waits for Space");
}

#[test]
fn calling_the_next_speaker_ends_the_running_speech_and_records_its_phase() {
    let mut meeting = Meeting::new();
    meeting.discuss(1);
    meeting.ok(Edit::CallNext);
    meeting.ok(Edit::ToggleSpeech);
    meeting.clock.advance(Duration::from_secs(330));
    meeting.ok(Edit::CallNext);
    let first = &meeting.session().live.speeches[0];
    assert_eq!(first.span.state(), SpanState::Ended);
    assert_eq!(first.phase_reached, Some(Phase::OnTarget));
    assert_eq!(first.span.elapsed(meeting.clock.wall()), Duration::from_secs(330));
    assert_eq!(meeting.speaker(), 4);
    assert_eq!(meeting.run(Edit::CallNext), Err(EditError::Live(LiveError::QueueEmpty)));
}

#[test]
fn absent_members_are_neither_queued_nor_called() {
    let mut meeting = Meeting::new();
    meeting.ok(Edit::SetAttendance(MemberId(4), Attendance::Absent { reason: "đi công tác".into() }));
    meeting.discuss(1);
    assert_eq!(meeting.waiting(1), [3]);
    meeting.ok(Edit::InsertSpeaker { member: MemberId(5), at: 0 });
    meeting.ok(Edit::SetAttendance(MemberId(5), Attendance::Absent { reason: String::new() }));
    meeting.ok(Edit::CallNext);
    assert_eq!(meeting.speaker(), 3, "the absent member at the head was passed over");
    assert_eq!(
        meeting.run(Edit::InsertSpeaker { member: MemberId(4), at: 0 }),
        Err(EditError::Live(LiveError::MemberAbsent(MemberId(4))))
    );
}

#[test]
fn skip_remove_reorder_and_insert_change_the_line() {
    let mut meeting = Meeting::new();
    meeting.discuss(1);
    meeting.ok(Edit::InsertSpeaker { member: MemberId(7), at: 1 });
    meeting.ok(Edit::InsertSpeaker { member: MemberId(8), at: 99 });
    assert_eq!(meeting.waiting(1), [3, 7, 4, 8]);
    meeting.ok(Edit::SkipSpeaker);
    assert_eq!(meeting.waiting(1), [7, 4, 8, 3]);
    let queue = meeting.session().live.flow.queue(SubTopicId(1)).expect("queue");
    assert!(queue.waiting[3].skipped && queue.waiting[0].unplanned);
    meeting.ok(Edit::MoveInQueue { from: 3, to: 0 });
    assert_eq!(meeting.waiting(1), [3, 7, 4, 8]);
    meeting.ok(Edit::RemoveFromQueue(2));
    assert_eq!(meeting.waiting(1), [3, 7, 8]);
    assert_eq!(meeting.run(Edit::RemoveFromQueue(3)), Err(EditError::Live(LiveError::NoSuchPosition)));
    assert_eq!(
        meeting.run(Edit::InsertSpeaker { member: MemberId(7), at: 0 }),
        Err(EditError::Live(LiveError::AlreadyQueued(MemberId(7))))
    );
}

#[test]
fn a_speech_cannot_be_restarted_after_it_ended() {
    let mut meeting = Meeting::new();
    meeting.ok(Edit::GoTo(Step::Conclusion));
    assert_eq!(meeting.run(Edit::CallNext), Err(EditError::Live(LiveError::NotInDiscussion)));
    meeting.discuss(2);
    assert_eq!(meeting.run(Edit::ToggleSpeech), Err(EditError::Live(LiveError::NoCurrentSpeech)));
    meeting.ok(Edit::CallNext);
    assert_eq!(meeting.run(Edit::EndSpeech), Err(EditError::Live(LiveError::SpeechNotStarted)));
    meeting.ok(Edit::ToggleSpeech);
    meeting.clock.advance(Duration::from_secs(700));
    meeting.ok(Edit::EndSpeech);
    assert_eq!(meeting.session().live.speeches[0].phase_reached, Some(Phase::OverLimit));
    assert_eq!(meeting.run(Edit::ToggleSpeech), Err(EditError::Live(LiveError::SpeechEnded)));
}

#[test]
fn comments_follow_the_speech_and_take_the_commenter_off_the_hands() {
    let mut meeting = Meeting::new();
    meeting.discuss(1);
    assert_eq!(
        meeting.run(Edit::AddComment { speaker: MemberId(2), kind: CommentKind::Addition }),
        Err(EditError::Live(LiveError::NoSpeechToComment))
    );
    meeting.ok(Edit::CallNext);
    meeting.ok(Edit::RaiseHand(MemberId(2)));
    meeting.ok(Edit::RaiseHand(MemberId(5)));
    meeting.ok(Edit::AddComment { speaker: MemberId(2), kind: CommentKind::Question });
    assert_eq!(meeting.session().live.flow.hands, [MemberId(5)]);
    let id = meeting.session().live.comments[0].id;
    meeting.ok(Edit::ToggleComment(id));
    meeting.clock.advance(Duration::from_secs(75));
    meeting.ok(Edit::SetCommentText { comment: id, text: "Vì sao?".into() });
    meeting.ok(Edit::EndComment(id));
    let comment = &meeting.session().live.comments[0];
    assert_eq!(comment.span.elapsed(meeting.clock.wall()), Duration::from_secs(75));
    assert_eq!((comment.text.as_str(), comment.kind), ("Vì sao?", CommentKind::Question));
    assert_eq!(meeting.session().live.flow.current_comment, None);
}

#[test]
fn the_generalization_draft_gathers_notes_along_the_four_points() {
    let mut meeting = Meeting::new();
    meeting.discuss(1);
    meeting.ok(Edit::CallNext);
    let speech = meeting.session().live.flow.current_speech.expect("speech");
    meeting.ok(Edit::SetNote {
        speech, note: NoteDetail::Why("Giúp mỗi người tự hoàn thiện".into())
    });
    meeting.ok(Edit::SetNote { speech, note: NoteDetail::SubjectiveCauses("Còn ngại va chạm".into()) });
    meeting.ok(Edit::AddMeasure {
        source: Some(speech),
        owner: MeasureOwner::Cell,
        content: "Tự phê bình mỗi quý".into(),
        deadline: None,
    });
    assert_eq!(
        meeting.run(Edit::AddMeasure {
            source: None,
            owner: MeasureOwner::Cell,
            content: "  ".into(),
            deadline: None
        }),
        Err(EditError::Live(LiveError::EmptyMeasure))
    );
    meeting.ok(Edit::AddComment { speaker: MemberId(6), kind: CommentKind::Addition });
    let comment = meeting.session().live.comments[0].id;
    meeting.ok(Edit::SetCommentText { comment, text: "Cần làm thường xuyên".into() });
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
    let draft = draft_generalization(meeting.session(), SubTopicId(1), &labels);
    assert_eq!(
        draft,
        "1. Vì sao:\n- Giúp mỗi người tự hoàn thiện (Lê Minh Đức)\n\n\
         Chủ quan:\n- Còn ngại va chạm (Lê Minh Đức)\n\n\
         4. Biện pháp:\n- Tự phê bình mỗi quý (Chi bộ)\n\n\
         Ý kiến bổ sung:\n- Cần làm thường xuyên (Võ Thị Ngọc Ánh)"
    );
    assert_eq!(draft_generalization(meeting.session(), SubTopicId(2), &labels), "");
    meeting.document.set_point_labels(labels);
    meeting.ok(Edit::GoTo(Step::Generalization { subtopic: SubTopicId(1) }));
    assert_eq!(
        meeting.session().live.generalizations[0].text,
        draft,
        "moving there drafts it, under the labels set"
    );
    meeting.ok(Edit::SetGeneralization { subtopic: SubTopicId(1), text: "Khái quát".into() });
    meeting.document.set_point_labels(PointLabels::VIETNAMESE);
    meeting.discuss(1);
    meeting.ok(Edit::GoTo(Step::Generalization { subtopic: SubTopicId(1) }));
    assert_eq!(meeting.session().live.generalizations[0].text, "Khái quát", "a written one is kept");
}

#[test]
fn moving_back_keeps_what_was_recorded_and_close_ends_the_meeting() {
    let mut meeting = Meeting::new();
    meeting.discuss(1);
    meeting.ok(Edit::CallNext);
    meeting.ok(Edit::ToggleSpeech);
    meeting.ok(Edit::GoTo(Step::Generalization { subtopic: SubTopicId(1) }));
    meeting.ok(Edit::SetGeneralization { subtopic: SubTopicId(1), text: "Khái quát".into() });
    meeting.ok(Edit::GoTo(Step::Opening));
    meeting.discuss(1);
    assert_eq!(meeting.waiting(1), [4]);
    assert_eq!(meeting.session().live.generalizations[0].text, "Khái quát");
    meeting.ok(Edit::SetGeneralization { subtopic: SubTopicId(1), text: " ".into() });
    assert!(meeting.session().live.generalizations.is_empty());
    meeting.clock.advance(Duration::from_secs(60));
    meeting.ok(Edit::Close);
    assert_eq!(meeting.session().live.flow.step, Step::Conclusion);
    assert_eq!(meeting.session().live.speeches[0].span.state(), SpanState::Ended);
    assert!(meeting.session().live.closed_at.is_some());
    assert!(meeting.session().validate().is_empty());
}

#[test]
fn the_minutes_pass_only_with_more_than_half_of_the_full_members_less_the_exempted() {
    let mut meeting = Meeting::new();
    meeting.ok(Edit::Close);
    let roll = crate::prepare::attendance::roll(meeting.session());
    let base = roll.vote_base();
    assert_eq!(base, u32::try_from(roll.full - roll.exempted.len()).expect("small"), "no one exempted here");
    let ended = chrono::NaiveTime::from_hms_opt(16, 30, 0).expect("time");
    let half = base / 2;
    let short = Edit::ApproveMinutes { agreed: half, against: 1, present: base, ended };
    assert_eq!(meeting.run(short), Err(EditError::VoteShort { agreed: half, base }));
    assert!(!meeting.session().live.minutes_locked && meeting.session().live.approval.is_none());
    meeting.ok(Edit::ApproveMinutes { agreed: half + 1, against: 1, present: base, ended });
    let approval = meeting.session().live.approval.clone().expect("approved");
    assert_eq!((approval.base, approval.against, approval.others()), (Some(base), 1, base - half - 2));
    assert!(!approval.unanimous());
}

#[test]
fn approved_minutes_are_locked_until_unlocked_with_a_reason() {
    let mut meeting = Meeting::new();
    meeting.ok(Edit::AddMeasure {
        source: None,
        owner: MeasureOwner::Cell,
        content: "Rà soát quy chế".into(),
        deadline: None,
    });
    meeting.ok(Edit::Close);
    meeting.ok(Edit::BuildConclusion { keep_edits: false });
    let ended = chrono::NaiveTime::from_hms_opt(16, 30, 0).expect("time");
    assert_eq!(
        meeting.run(Edit::ApproveMinutes { agreed: 7, against: 2, present: 8, ended }),
        Err(EditError::ApprovalCount { votes: 9, present: 8 })
    );
    assert_eq!(meeting.run(Edit::UnlockMinutes("sửa".into())), Err(EditError::NotLocked));
    meeting.ok(Edit::ApproveMinutes { agreed: 8, against: 0, present: 8, ended });
    assert!(meeting.session().live.minutes_locked);

    let speech = meeting.session().live.speeches.first().map(|s| s.id);
    let conclusion = meeting.session().conclusion.clone();
    let added = Edit::AddConclusionItem(ConclusionPart::CellMeasures);
    assert_eq!(meeting.run(added.clone()), Err(EditError::MinutesLocked));
    assert_eq!(meeting.run(Edit::BuildConclusion { keep_edits: true }), Err(EditError::MinutesLocked));
    if let Some(speech) = speech {
        let note = NoteDetail::Why("thêm".into());
        assert_eq!(meeting.run(Edit::SetNote { speech, note }), Err(EditError::MinutesLocked));
    }
    let measure = meeting.session().measures.first().map(|m| m.id).expect("a measure was added");
    meeting.ok(Edit::SetMeasureStatus(measure, crate::model::MeasureStatus::Done));
    meeting.ok(Edit::SetTimingAppendix(false));

    assert_eq!(meeting.run(Edit::UnlockMinutes("   ".into())), Err(EditError::NoReason));
    meeting.ok(Edit::UnlockMinutes(" Bổ sung biện pháp của chi bộ ".into()));
    let amendments = &meeting.session().live.amendments;
    assert_eq!(amendments.len(), 1);
    assert_eq!(amendments.first().map(|a| a.reason.as_str()), Some("Bổ sung biện pháp của chi bộ"));
    meeting.ok(added);
    assert_ne!(meeting.session().conclusion, conclusion);
    assert_eq!(meeting.session().live.approval.as_ref().map(|a| a.agreed), Some(8), "the approval stays");
}
