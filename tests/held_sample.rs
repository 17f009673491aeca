//! The held sample bundled beside the fresh one (`sessions/sample-q2-2020-held.json`): the
//! guidance's example meeting as a cell holds it — the roll taken (one member away on duty
//! and left out of the queue, one probationary), every speech timed with its four points noted, follow-up comments,
//! each sub-topic generalized, the conclusion, the measures adopted by vote and the vote on
//! the minutes —
//! made here through the same edits the app makes. The bundled file must be exactly what these
//! edits give: `SINHHOAT_WRITE_SAMPLE=1 cargo test --test held_sample` writes it again.

#![allow(clippy::expect_used, reason = "a test fails with its expectation's message: that is its job")]

use std::path::PathBuf;
use std::time::Duration;

use chrono::{NaiveDate, NaiveTime};
use sinhhoat::edit::{Document, Edit};
use sinhhoat::meeting::{Clock, FakeClock};
use sinhhoat::model::{
    Attendance, CommentKind, Conclusion, ConclusionItem, ConclusionPart, FourPointNotes, MeasureOwner,
    MeetingDetail, MemberId, NoteDetail, Step, SubTopicId, WallTime,
};
use sinhhoat::sample::sample_session;
use sinhhoat::store::{decode_session, encode_session};

/// One speech: who, how long in seconds, the four points (why, content, self-assessment,
/// subjective and objective causes), the measure proposed with its deadline, and a comment
/// (who, kind, text, seconds) or two.
struct Speech {
    member: u32,
    secs: u64,
    notes: [&'static str; 5],
    measure: (&'static str, Option<(i32, u32, u32)>),
    comments: &'static [(u32, CommentKind, &'static str, u64)],
}

const SPEECHES: [(u32, &[Speech]); 4] = [
    (
        1,
        &[
            Speech {
                member: 3,
                secs: 340,
                notes: [
                    "Tự phê bình và phê bình là quy luật phát triển của Đảng; thời gian qua, việc góp ý trong chi bộ có lúc còn nể nang, né tránh.",
                    "Tự phê bình để mỗi đảng viên tự nhận ra khuyết điểm mà sửa; phê bình để giúp đồng chí mình tiến bộ, giữ gìn đoàn kết nội bộ.",
                    "Bản thân đã tự giác nhận khuyết điểm khi kiểm điểm cuối năm nhưng còn ngại góp ý với đồng chí lớn tuổi hơn.",
                    "Còn tâm lý ngại va chạm, sợ mất lòng.",
                    "Thời gian sinh hoạt chi bộ có lúc bị rút ngắn vì công việc chuyên môn.",
                ],
                measure: (
                    "Mỗi kỳ sinh hoạt chi bộ chuẩn bị trước ít nhất một ý kiến góp ý cụ thể, có địa chỉ.",
                    Some((2020, 12, 31)),
                ),
                comments: &[(
                    2,
                    CommentKind::Addition,
                    "mục đích cuối cùng của phê bình là để cùng tiến bộ, không phải để hạ thấp nhau; người góp ý cũng phải tự soi mình trước.",
                    90,
                )],
            },
            Speech {
                member: 4,
                secs: 410,
                notes: [
                    "Chủ đề gắn trực tiếp với việc xây dựng tập thể khoa vững mạnh.",
                    "Đối với tập thể, tự phê bình và phê bình giúp phát hiện sớm hạn chế trong công tác, tăng cường đoàn kết, thống nhất.",
                    "Các đồng chí trong bộ môn đã thẳng thắn góp ý bài giảng cho nhau; tuy vậy, việc theo dõi sửa chữa sau góp ý chưa thường xuyên.",
                    "Chưa có sổ theo dõi việc khắc phục sau góp ý.",
                    "Khối lượng giảng dạy lớn trong học kỳ II.",
                ],
                measure: (
                    "Lập sổ theo dõi việc khắc phục các ý kiến góp ý của bộ môn, rà soát hằng tháng.",
                    Some((2020, 9, 30)),
                ),
                comments: &[],
            },
        ],
    ),
    (
        2,
        &[Speech {
            member: 6,
            secs: 270,
            notes: [
                "Phê bình đúng phương pháp thì người được góp ý mới tiếp thu và sửa chữa.",
                "Phê bình đúng nơi, đúng lúc, cụ thể; nhằm vào việc, không nhằm vào người; kèm theo hướng khắc phục.",
                "Có lần góp ý với đồng nghiệp ngoài hành lang, không đúng nơi, đúng lúc, làm đồng nghiệp chưa thoải mái.",
                "Nóng vội, chưa chọn cách góp ý phù hợp.",
                "",
            ],
            measure: (
                "Góp ý với đồng chí, đồng nghiệp trong cuộc họp bộ môn, chi bộ, kèm đề xuất cách khắc phục.",
                None,
            ),
            comments: &[(
                3,
                CommentKind::Exchange,
                "với những vấn đề tế nhị nên gặp riêng góp ý trước, khi cần mới đưa ra tập thể.",
                70,
            )],
        }],
    ),
    (
        3,
        &[
            Speech {
                member: 7,
                secs: 370,
                notes: [
                    "Với đảng viên mới kết nạp, rèn luyện tinh thần tự phê bình và phê bình ngay từ đầu là yêu cầu cần thiết.",
                    "Rộng lượng với người, nghiêm khắc với mình, trên cơ sở tình thương yêu đồng chí.",
                    "Còn rụt rè khi phát biểu trong chi bộ; tự nhận xét bản thân có lúc chưa đầy đủ.",
                    "Kinh nghiệm sinh hoạt đảng còn ít.",
                    "",
                ],
                measure: (
                    "Chủ động phát biểu ý kiến trong mỗi kỳ sinh hoạt chi bộ; hằng tháng trao đổi với đảng viên được chi bộ phân công giúp đỡ để được góp ý.",
                    Some((2020, 12, 31)),
                ),
                comments: &[
                    (4, CommentKind::Question, "đồng chí sẽ nhờ ai giúp mình nhận ra khuyết điểm?", 40),
                    (
                        7,
                        CommentKind::Answer,
                        "đồng chí đảng viên được chi bộ phân công giúp đỡ và tổ bộ môn.",
                        35,
                    ),
                ],
            },
            Speech {
                member: 2,
                secs: 500,
                notes: [
                    "Phương châm tự phê bình và phê bình đã rõ nhưng việc thực hiện trong chi bộ chưa thường xuyên, chưa đồng đều.",
                    "Tự phê bình phải đi trước phê bình; người đứng đầu phải gương mẫu.",
                    "Là Phó Bí thư Chi bộ, bản thân đã gương mẫu tự phê bình khi kiểm điểm, nhưng việc đôn đốc khắc phục khuyết điểm sau kiểm điểm chưa sát sao.",
                    "Phân công theo dõi chưa rõ người, rõ việc.",
                    "Nhiều đảng viên kiêm nhiệm công tác chuyên môn.",
                ],
                measure: (
                    "Phân công chi ủy viên theo dõi việc khắc phục khuyết điểm sau kiểm điểm, báo cáo chi bộ hằng quý.",
                    Some((2020, 9, 30)),
                ),
                comments: &[],
            },
        ],
    ),
    (
        4,
        &[Speech {
            member: 8,
            secs: 320,
            notes: [
                "Trung thực là phẩm chất hàng đầu của người đảng viên.",
                "Nói đúng sự thật trong báo cáo, kê khai, tự kiểm điểm; nói đi đôi với làm.",
                "Báo cáo, kê khai đầy đủ, đúng hạn; có việc đã nhận với chi bộ nhưng hoàn thành chậm.",
                "Chưa sắp xếp công việc khoa học.",
                "Nhiều công việc đột xuất.",
            ],
            measure: (
                "Lập kế hoạch công việc hằng tuần; báo cáo chi bộ khi việc đã nhận không kịp hoàn thành.",
                Some((2020, 8, 31)),
            ),
            comments: &[],
        }],
    ),
];

/// The chair's generalization of each sub-topic.
const GENERALIZATIONS: [&str; 4] = [
    "Tự phê bình và phê bình giúp mỗi đảng viên tự hoàn thiện, giúp chi bộ phát hiện sớm hạn chế, tăng cường đoàn kết, thống nhất; trong chi bộ còn tâm lý nể nang, cần khắc phục.",
    "Phê bình phải đúng nơi, đúng lúc, cụ thể, nhằm vào việc và kèm hướng khắc phục; vấn đề tế nhị nên trao đổi riêng trước.",
    "Rộng lượng với người, nghiêm khắc với mình; người đứng đầu phải gương mẫu tự phê bình trước; cần phân công theo dõi việc khắc phục sau kiểm điểm.",
    "Trung thực với Đảng thể hiện ở báo cáo, kê khai đúng sự thật và ở việc làm đúng điều đã nhận với chi bộ.",
];

/// Points 1 and 3 of the chair's conclusion, as the chair sums them up.
const CONCLUSION_WHY: [&str; 3] = [
    "Tự phê bình và phê bình là quy luật phát triển của Đảng, giúp mỗi đảng viên tự hoàn thiện và xây dựng chi bộ trong sạch, vững mạnh.",
    "Thời gian qua, việc góp ý trong chi bộ có lúc còn nể nang, né tránh; việc theo dõi khắc phục sau góp ý, kiểm điểm chưa thường xuyên.",
    "Trung thực là phẩm chất hàng đầu của người đảng viên.",
];
const CONCLUSION_PRACTICE: [&str; 2] = [
    "Ưu điểm: đảng viên tự giác nhận khuyết điểm khi kiểm điểm; bộ môn thẳng thắn góp ý bài giảng cho nhau; báo cáo, kê khai đầy đủ, đúng hạn.",
    "Hạn chế: còn ngại góp ý, nhất là với đồng chí lớn tuổi hơn; có trường hợp góp ý không đúng nơi, đúng lúc; đảng viên mới còn rụt rè khi phát biểu; việc đôn đốc khắc phục sau kiểm điểm chưa sát sao; có việc đã nhận với chi bộ nhưng hoàn thành chậm.",
];

fn at(minutes: u32) -> WallTime {
    let start = WallTime::parse_from_rfc3339("2020-06-12T14:00:00+07:00").expect("time");
    start + chrono::Duration::minutes(i64::from(minutes))
}

/// The sample meeting held on 12/6/2020 from 14:00, through the app's edits.
fn held() -> sinhhoat::model::Session {
    let clock = FakeClock::new(at(0));
    let mut document =
        Document::new(PathBuf::from("sample-q2-2020-held.json"), sample_session().expect("sample"));
    let run = |document: &mut Document, edit: Edit, secs: u64| {
        document.apply(edit.clone(), clock.wall()).unwrap_or_else(|error| panic!("{edit:?}: {error:?}"));
        clock.advance(Duration::from_secs(secs));
    };
    let details = [
        MeetingDetail::Title("Sinh hoạt chuyên đề quý II năm 2020 (đã tổ chức)".into()),
        MeetingDetail::Number("12".into()),
        MeetingDetail::Guests("Đồng chí Trần Thanh Tâm, Đảng ủy viên, phụ trách chi bộ".into()),
    ];
    for detail in details {
        run(&mut document, Edit::SetMeetingDetail(detail), 0);
    }
    for member in 1..=8 {
        let attendance = match member {
            5 => Attendance::Absent {
                reason: "đi công tác theo quyết định của nhà trường".into()
            },
            _ => Attendance::Present,
        };
        run(&mut document, Edit::SetAttendance(MemberId(member), attendance), 0);
    }
    // The chair states the purpose, requirements, content, form and method.
    run(&mut document, Edit::GoTo(Step::Opening), 12 * 60);
    for ((subtopic, speeches), generalization) in SPEECHES.iter().zip(GENERALIZATIONS) {
        let subtopic = SubTopicId(*subtopic);
        run(&mut document, Edit::GoTo(Step::Discussion { subtopic }), 30);
        for speech in *speeches {
            run(&mut document, Edit::CallNext, 15);
            let id = document.session().live.flow.current_speech.expect("called");
            let called = document.session().speech(id).map(|s| s.speaker);
            assert_eq!(
                called,
                Some(MemberId(speech.member)),
                "the queue follows the assignments, the absent left out"
            );
            run(&mut document, Edit::ToggleSpeech, speech.secs);
            run(&mut document, Edit::EndSpeech, 0);
            let [why, content, self_assessment, subjective_causes, objective_causes] =
                speech.notes.map(str::to_owned);
            let notes = FourPointNotes { why, content, self_assessment, subjective_causes, objective_causes };
            for note in NoteDetail::changes(&FourPointNotes::default(), &notes) {
                run(&mut document, Edit::SetNote { speech: id, note }, 0);
            }
            let (measure, deadline) = speech.measure;
            run(
                &mut document,
                Edit::AddMeasure {
                    source: Some(id),
                    owner: MeasureOwner::Member { member: MemberId(speech.member) },
                    content: measure.into(),
                    deadline: deadline.and_then(|(y, m, d)| NaiveDate::from_ymd_opt(y, m, d)),
                },
                20,
            );
            for (member, kind, text, secs) in speech.comments {
                run(&mut document, Edit::RaiseHand(MemberId(*member)), 5);
                run(&mut document, Edit::AddComment { speaker: MemberId(*member), kind: *kind }, 0);
                let comment = document.session().live.comments.last().expect("comment").id;
                run(&mut document, Edit::SetCommentText { comment, text: (*text).into() }, 0);
                run(&mut document, Edit::ToggleComment(comment), *secs);
                run(&mut document, Edit::EndComment(comment), 10);
            }
        }
        run(&mut document, Edit::GoTo(Step::Generalization { subtopic }), 5 * 60);
        run(&mut document, Edit::SetGeneralization { subtopic, text: generalization.into() }, 30);
    }
    run(&mut document,
        Edit::AddMeasure {
            source: None,
            owner: MeasureOwner::Cell,
            content: "Đưa việc theo dõi khắc phục khuyết điểm sau kiểm điểm vào nội dung sinh hoạt chi bộ hằng tháng."
                .into(),
            deadline: NaiveDate::from_ymd_opt(2020, 12, 31),
        },
        0,
    );
    run(&mut document, Edit::GoTo(Step::Conclusion), 0);
    run(&mut document, Edit::BuildConclusion { keep_edits: false }, 2 * 60);
    // The chair's conclusion in the chair's words; the causes and measures as built.
    for edit in in_the_chairs_words(&document.session().conclusion) {
        run(&mut document, edit, 0);
    }
    clock.advance(Duration::from_secs(20 * 60));
    run(&mut document, Edit::Close, 8 * 60);
    let measures = "các biện pháp, giải pháp của đảng viên và của chi bộ nêu tại mục IV".to_owned();
    run(&mut document, Edit::PutToVote { text: measures, agreed: 6, against: 0, present: 6 }, 2 * 60);
    let ended = clock.wall().time();
    let ended = NaiveTime::from_hms_opt(chrono::Timelike::hour(&ended), chrono::Timelike::minute(&ended), 0)
        .expect("a time");
    run(&mut document, Edit::ApproveMinutes { agreed: 6, against: 0, present: 6, ended }, 0);
    document.session().clone()
}

/// The edits that put the conclusion as built in the chair's words: points 1 and 3 summed up
/// rather than the speakers' own lines, point 2 the generalizations alone.
fn in_the_chairs_words(built: &Conclusion) -> Vec<Edit> {
    let by_speakers = |items: &[ConclusionItem]| -> Vec<usize> {
        let from_speech = |item: &ConclusionItem| item.source.is_none_or(|source| source.speech.is_some());
        items.iter().enumerate().filter(|(_, item)| from_speech(item)).map(|(index, _)| index).rev().collect()
    };
    let rewritten = [
        (ConclusionPart::Why, (0..built.why.len()).rev().collect(), &CONCLUSION_WHY[..]),
        (ConclusionPart::Content, by_speakers(&built.content), &[][..]),
        (
            ConclusionPart::SelfAssessment,
            (0..built.self_assessment.len()).rev().collect(),
            &CONCLUSION_PRACTICE[..],
        ),
    ];
    let mut edits = Vec::new();
    for (part, removed, written) in rewritten {
        edits.extend(removed.into_iter().map(|index| Edit::RemoveConclusionItem { part, index }));
        for (index, text) in written.iter().enumerate() {
            edits.push(Edit::AddConclusionItem(part));
            edits.push(Edit::SetConclusionItem { part, index, text: (*text).into() });
        }
    }
    edits
}

fn bundled() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("sessions").join("sample-q2-2020-held.json")
}

#[test]
fn the_bundled_held_sample_is_what_the_meeting_s_edits_give() {
    let made = encode_session(&held());
    if std::env::var_os("SINHHOAT_WRITE_SAMPLE").is_some() {
        std::fs::write(bundled(), &made).expect("written");
    }
    let on_disk = std::fs::read(bundled()).expect("the held sample is bundled");
    assert!(on_disk == made, "sessions/sample-q2-2020-held.json differs from the edits: write it again");
    let session = decode_session(&on_disk).expect("it reads like any session file");
    assert!(session.live.minutes_locked, "the minutes are approved");
    assert_eq!(session.live.speeches.len(), 6);
    assert_eq!(session.live.generalizations.len(), 4);
    let approval = session.live.approval.as_ref().expect("voted");
    assert_eq!((approval.agreed, approval.present, approval.base), (6, 6, Some(7)));
    assert!(session.live.resolutions.iter().all(sinhhoat::model::Resolution::passed), "the measures adopted");
    let (start, end) = (session.live.opened_at.expect("opened"), session.live.closed_at.expect("closed"));
    assert!((end - start).num_minutes() >= 90, "a meeting of at least 90 minutes, as the rules ask");
}
