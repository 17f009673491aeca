//! The figures the minutes must meet on a large meeting (40 members, 12 sub-topics, 60
//! speeches, 300 comments, long notes): building the conclusion and each export under 50 ms,
//! saving and loading under 10 ms.

#![allow(
    clippy::expect_used,
    clippy::indexing_slicing,
    reason = "a test fails with its expectation's message: that is its job"
)]

use std::hint::black_box;

use chrono::{Duration, NaiveDate};
use criterion::{Criterion, criterion_group, criterion_main};
use sinhhoat::export::{Format, render};
use sinhhoat::i18n::Language;
use sinhhoat::model::{
    Comment, CommentId, CommentKind, FourPointNotes, Generalization, Measure, MeasureId, MeasureOwner,
    MeasureStatus, Member, MemberId, Pause, Phase, Session, Span, Speech, SpeechId, SubTopic, SubTopicId,
    WallTime,
};
use sinhhoat::store::{encode_session, load_session, write_atomic};
use sinhhoat::summary;

/// A paragraph of Vietnamese text about `words` words long.
fn prose(seed: usize, words: usize) -> String {
    const WORDS: [&str; 12] = [
        "tự phê bình",
        "phê bình",
        "trung thực",
        "trách nhiệm",
        "đảng viên",
        "chi bộ",
        "thường xuyên",
        "gương mẫu",
        "kỷ cương",
        "nêu gương",
        "khắc phục",
        "hạn chế",
    ];
    (0..words).map(|i| WORDS[(seed + i * 7) % WORDS.len()]).collect::<Vec<_>>().join(" ")
}

/// The large meeting of the figures.
fn large_session() -> Session {
    let start = WallTime::parse_from_rfc3339("2020-06-12T14:00:00+07:00").expect("time");
    let mut session = Session::new_titled("Sinh hoạt chuyên đề Quý II năm 2020");
    session.organisation.cell = "Chi bộ Khoa Xây dựng Đảng".into();
    session.meeting.date = NaiveDate::from_ymd_opt(2020, 6, 12);
    session.roster = (1..=40)
        .map(|id| Member::new(MemberId(id), format!("Nguyễn Văn Thành {id}"), "Đảng viên".into()))
        .collect();
    session.subtopics = (1..=12)
        .map(|id| SubTopic {
            id: SubTopicId(id),
            title: format!("Chủ đề nhỏ {id}: {}", prose(id as usize, 8)),
            questions: vec![prose(id as usize, 20), prose(id as usize + 1, 20)],
            suggestions: vec![prose(id as usize + 2, 30)],
            speakers: (0..5).map(|k| MemberId((id * 5 + k) % 40 + 1)).collect(),
        })
        .collect();
    let mut at = start;
    for id in 1..=60u32 {
        let began = at;
        at += Duration::seconds(300 + i64::from(id % 9) * 40);
        let pause = Pause { from: began + Duration::seconds(60), until: Some(began + Duration::seconds(75)) };
        session.live.speeches.push(Speech {
            id: SpeechId(id),
            subtopic: SubTopicId((id - 1) / 5 + 1),
            speaker: MemberId(id % 40 + 1),
            unplanned: false,
            span: Span {
                started_at: Some(began),
                ended_at: Some(at),
                pauses: vec![pause],
                adjustments: Vec::new(),
            },
            phase_reached: Some(Phase::OnTarget),
            notes: FourPointNotes {
                why: prose(id as usize, 120),
                content: prose(id as usize + 1, 160),
                self_assessment: prose(id as usize + 2, 120),
                subjective_causes: prose(id as usize + 3, 80),
                objective_causes: prose(id as usize + 4, 80),
            },
        });
        for k in 0..5u32 {
            let began = at;
            at += Duration::seconds(90);
            session.live.comments.push(Comment {
                id: CommentId((id - 1) * 5 + k + 1),
                speech: SpeechId(id),
                speaker: MemberId((id + k) % 40 + 1),
                kind: CommentKind::ALL[k as usize % 4],
                text: prose((id + k) as usize, 60),
                span: Span {
                    started_at: Some(began),
                    ended_at: Some(at),
                    pauses: Vec::new(),
                    adjustments: Vec::new(),
                },
            });
        }
        session.measures.push(Measure {
            id: MeasureId(id),
            content: prose(id as usize, 25),
            owner: if id % 3 == 0 {
                MeasureOwner::Cell
            } else {
                MeasureOwner::Member { member: MemberId(id % 40 + 1) }
            },
            deadline: NaiveDate::from_ymd_opt(2020, 9, 30),
            status: MeasureStatus::Open,
            source: Some(SpeechId(id)),
        });
    }
    session.live.generalizations = (1..=12)
        .map(|id| Generalization { subtopic: SubTopicId(id), text: prose(id as usize, 200) })
        .collect();
    session.conclusion = summary::build(&session);
    assert!(session.validate().is_empty(), "the generated session is sound");
    session
}

fn figures(c: &mut Criterion) {
    let session = large_session();
    let after = sinhhoat::model::WallTime::parse_from_rfc3339("2020-06-12T20:00:00+07:00").expect("time");
    c.bench_function("build the four-part conclusion", |b| b.iter(|| summary::build(black_box(&session))));
    for (name, format) in
        [("docx", Format::Docx), ("md", Format::Markdown), ("html", Format::Html), ("csv", Format::Csv)]
    {
        c.bench_function(&format!("export {name}"), |b| {
            b.iter(|| render(format, black_box(&session), Language::Vietnamese, after))
        });
    }
    let folder = tempfile::tempdir().expect("temporary folder");
    let path = folder.path().join("lớn.json");
    c.bench_function("save (encode, write, flush, rename)", |b| {
        b.iter(|| write_atomic(&path, &encode_session(black_box(&session))).expect("saved"));
    });
    c.bench_function("load (read, decode, validate)", |b| {
        b.iter(|| load_session(black_box(&path)).expect("loaded"))
    });
}

criterion_group!(benches, figures);
criterion_main!(benches);
