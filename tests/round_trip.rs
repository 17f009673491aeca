//! A complete session — preparation, a live meeting with every kind of record, a conclusion
//! and measures — survives being written and read back unchanged.

#![allow(
    clippy::expect_used,
    clippy::indexing_slicing,
    reason = "a test fails with its expectation's message: that is its job"
)]

use std::time::Duration;

use chrono::NaiveDate;
use sinhhoat::edit::{Document, Edit};
use sinhhoat::meeting::{Clock, FakeClock};
use sinhhoat::model::{
    Attendance, CommentKind, ConclusionItem, ItemSource, MeasureOwner, MemberId, NoteDetail, Step,
    SubTopicId, WallTime,
};
use sinhhoat::sample::sample_session;
use sinhhoat::store::{Library, load_session};

#[test]
fn a_full_session_round_trips_through_its_file() {
    let clock = FakeClock::new(WallTime::parse_from_rfc3339("2020-06-12T14:00:00+07:00").expect("time"));
    let mut session = sample_session().expect("sample");
    session.roster[7].attendance = Attendance::Absent { reason: "ốm — nghỉ phép".into() };
    session.roster[0].attendance = Attendance::Present;
    let run = |session: &mut _, action| {
        Document::apply_to(session, action, clock.wall()).expect("applies");
        clock.advance(Duration::from_millis(61_250));
    };
    run(&mut session, Edit::GoTo(Step::Discussion { subtopic: SubTopicId(1) }));
    run(&mut session, Edit::CallNext);
    run(&mut session, Edit::ToggleSpeech);
    run(&mut session, Edit::ToggleSpeech);
    run(&mut session, Edit::ToggleSpeech);
    let speech = session.live.flow.current_speech.expect("speech");
    run(&mut session, Edit::SetNote { speech, note: NoteDetail::Why("Vì \"tự soi\" <là> & cần".into()) });
    run(&mut session, Edit::RaiseHand(MemberId(2)));
    run(&mut session, Edit::AddComment { speaker: MemberId(2), kind: CommentKind::Exchange });
    let comment = session.live.comments[0].id;
    run(&mut session, Edit::ToggleComment(comment));
    run(
        &mut session,
        Edit::AddMeasure {
            source: Some(speech),
            owner: MeasureOwner::Member { member: MemberId(3) },
            content: "Lập kế hoạch tự sửa chữa".into(),
            deadline: NaiveDate::from_ymd_opt(2020, 9, 30),
        },
    );
    run(&mut session, Edit::SetGeneralization { subtopic: SubTopicId(1), text: "Khái quát 🇻🇳".into() });
    run(&mut session, Edit::InsertSpeaker { member: MemberId(5), at: 0 });
    session.conclusion.why.push(ConclusionItem {
        text: "Tự phê bình là quy luật phát triển của Đảng".into(),
        source: Some(ItemSource {
            speech: Some(speech),
            speaker: Some(MemberId(3)),
            subtopic: Some(SubTopicId(1)),
        }),
        edited: true,
    });
    assert!(session.validate().is_empty());

    let folder = tempfile::tempdir().expect("temporary folder");
    let path = folder.path().join("đầy đủ.json");
    Library::export(&session, &path).expect("written");
    assert_eq!(load_session(&path).expect("read back"), session);
}
