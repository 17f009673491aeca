use chrono::NaiveDate;

use super::{build, has_edits, rebuild};
use crate::edit::{Document, Edit};
use crate::model::{
    CommentKind, MeasureOwner, MemberId, NoteDetail, Session, SpeechId, Step, SubTopicId, WallTime,
};
use crate::sample::sample_session;

/// The sample after two speeches with notes, a comment, a generalization and two measures.
fn recorded() -> Session {
    let mut session = sample_session().expect("sample");
    let now = WallTime::parse_from_rfc3339("2020-06-12T14:00:00+07:00").expect("time");
    let run = |session: &mut Session, action| Document::apply_to(session, action, now).expect("applies");
    run(&mut session, Edit::GoTo(Step::Discussion { subtopic: SubTopicId(1) }));
    run(&mut session, Edit::CallNext);
    let why = NoteDetail::Why("Giúp mỗi người tự hoàn thiện".into());
    run(&mut session, Edit::SetNote { speech: SpeechId(1), note: why.clone() });
    run(
        &mut session,
        Edit::SetNote { speech: SpeechId(1), note: NoteDetail::SubjectiveCauses("Còn nể nang".into()) },
    );
    run(&mut session, Edit::AddComment { speaker: MemberId(2), kind: CommentKind::Addition });
    let comment = session.live.comments[0].id;
    run(&mut session, Edit::SetCommentText { comment, text: "Cần làm thường xuyên".into() });
    run(&mut session, Edit::CallNext);
    run(&mut session, Edit::SetNote { speech: SpeechId(2), note: why });
    let objective = NoteDetail::ObjectiveCauses("Môi trường tập thể chưa cởi mở".into());
    run(&mut session, Edit::SetNote { speech: SpeechId(2), note: objective });
    run(
        &mut session,
        Edit::AddMeasure {
            source: Some(SpeechId(2)),
            owner: MeasureOwner::Member { member: MemberId(4) },
            content: "Lập kế hoạch tự sửa".into(),
            deadline: NaiveDate::from_ymd_opt(2020, 9, 30),
        },
    );
    run(
        &mut session,
        Edit::AddMeasure {
            source: None,
            owner: MeasureOwner::Cell,
            content: "Tự phê bình mỗi quý".into(),
            deadline: None,
        },
    );
    run(&mut session, Edit::SetGeneralization { subtopic: SubTopicId(1), text: "Khái quát chủ đề 1".into() });
    session
}

#[test]
fn the_conclusion_follows_the_four_points_with_sources() {
    let session = recorded();
    let conclusion = build(&session);
    let texts =
        |part: &Vec<crate::model::ConclusionItem>| part.iter().map(|i| i.text.clone()).collect::<Vec<_>>();
    assert_eq!(texts(&conclusion.why), ["Giúp mỗi người tự hoàn thiện"], "the same point once");
    assert_eq!(texts(&conclusion.content), ["Cần làm thường xuyên", "Khái quát chủ đề 1"]);
    assert_eq!(texts(&conclusion.subjective_causes), ["Còn nể nang"]);
    assert_eq!(texts(&conclusion.objective_causes), ["Môi trường tập thể chưa cởi mở"]);
    assert_eq!(
        texts(&conclusion.member_measures),
        ["Đồng chí Phạm Thị Thu Hương: Lập kế hoạch tự sửa (thời gian hoàn thành: 30/9/2020)."]
    );
    assert_eq!(texts(&conclusion.cell_measures), ["Tự phê bình mỗi quý"]);
    let source = conclusion.why[0].source.expect("a source");
    assert_eq!((source.speaker, source.subtopic), (Some(MemberId(3)), Some(SubTopicId(1))));
    assert_eq!(conclusion.content[0].source.and_then(|s| s.speaker), Some(MemberId(2)));
    assert!(!has_edits(&conclusion));
}

#[test]
fn rebuilding_keeps_the_secretarys_edits_unless_told_not_to() {
    let mut session = recorded();
    let mut conclusion = build(&session);
    conclusion.why[0].text = "Tự phê bình là quy luật phát triển của Đảng".into();
    conclusion.why[0].edited = true;
    conclusion.content.remove(0);
    assert!(has_edits(&conclusion));
    session.live.speeches[0].notes.content = "Đúng nơi, đúng lúc".into();

    let kept = rebuild(&conclusion, &session, true);
    let why: Vec<_> = kept.why.iter().map(|i| i.text.as_str()).collect();
    assert_eq!(why, ["Tự phê bình là quy luật phát triển của Đảng", "Giúp mỗi người tự hoàn thiện"]);
    assert!(kept.content.iter().any(|i| i.text == "Đúng nơi, đúng lúc"), "new notes are drawn in");

    let fresh = rebuild(&conclusion, &session, false);
    assert!(!has_edits(&fresh));
    assert_eq!(fresh.why.len(), 1);
}
