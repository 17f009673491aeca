use std::time::Duration;

use super::{Projection, schedule};
use crate::edit::{Document, Edit};
use crate::meeting::{Clock, FakeClock};
use crate::model::{Session, Step, SubTopicId, WallTime};
use crate::sample::sample_session;

fn at(text: &str) -> WallTime {
    WallTime::parse_from_rfc3339(&format!("2020-06-12T{text}+07:00")).expect("time")
}

fn run(session: &mut Session, clock: &FakeClock, edit: Edit) {
    Document::apply_to(session, edit, clock.wall()).expect("applies");
}

fn behind(session: &Session, now: WallTime, speaking: Duration) -> Option<i64> {
    schedule(session, now, speaking).projection.and_then(|projection| projection.behind_minutes)
}

#[test]
fn the_projection_counts_what_is_still_to_come_and_compares_it_with_the_plan() {
    let mut session = sample_session().expect("sample");
    let clock = FakeClock::new(at("14:00:00"));
    // The sample: 7 assigned speakers present over 4 sub-topics, 120 minutes from 14:00.
    let before = schedule(&session, clock.wall(), Duration::ZERO);
    assert_eq!((before.planned_start, before.planned_end), (Some(at("14:00:00")), Some(at("16:00:00"))));
    assert_eq!(before.projection, None, "not opened yet: the plan only");

    run(&mut session, &clock, Edit::GoTo(Step::Discussion { subtopic: SubTopicId(1) }));
    let opened = schedule(&session, clock.wall(), Duration::ZERO);
    let expected = 4 * 3 + 10; // generalizations, conclusion; the opening is over
    let speeches = 7 * 330; // each at 5:30, the middle of 4–7 minutes
    let end = at("14:00:00") + chrono::TimeDelta::seconds(expected * 60 + speeches);
    let length = Duration::from_secs(60 * 60 + 30);
    assert_eq!(
        opened.projection,
        Some(Projection { end, behind_minutes: Some(-60), length }),
        "15:00:30 projected"
    );

    run(&mut session, &clock, Edit::CallNext);
    run(&mut session, &clock, Edit::ToggleSpeech);
    clock.advance(Duration::from_secs(9 * 60));
    let running = schedule(&session, clock.wall(), Duration::from_secs(9 * 60));
    let rest = 6 * 330 + (4 * 3 + 10) * 60; // the speech already past its middle adds nothing
    let end = at("14:09:00") + chrono::TimeDelta::seconds(rest);
    let length = Duration::from_secs(64 * 60);
    assert_eq!(
        running.projection,
        Some(Projection { end, behind_minutes: Some(-56), length }),
        "15:04 projected"
    );

    run(&mut session, &clock, Edit::EndSpeech);
    clock.advance(Duration::from_secs(60 * 60));
    assert_eq!(behind(&session, clock.wall(), Duration::ZERO), Some(4), "an hour's pause: 16:04 projected");
}

#[test]
fn opened_the_day_before_only_the_plan_is_shown() {
    let session = sample_session().expect("sample");
    let day_before = WallTime::parse_from_rfc3339("2020-06-11T20:14:00+07:00").expect("time");
    let found = schedule(&session, day_before, Duration::ZERO);
    assert_eq!(found.planned_start, Some(at("14:00:00")), "the planned day, 12 June, not today");
    assert_eq!(found.planned_end, Some(at("16:00:00")));
    assert_eq!(found.projection, None, "no early or late from another day");
}

#[test]
fn a_meeting_held_at_another_time_or_day_is_compared_with_its_length_from_when_it_opened() {
    let mut session = sample_session().expect("sample");
    let another_day = WallTime::parse_from_rfc3339("2026-11-27T07:04:00+07:00").expect("time");
    Document::apply_to(&mut session, Edit::GoTo(Step::Discussion { subtopic: SubTopicId(1) }), another_day)
        .expect("opens");
    let found = schedule(&session, another_day, Duration::ZERO);
    let planned = WallTime::parse_from_rfc3339("2026-11-27T09:04:00+07:00").expect("time");
    assert_eq!(found.planned_end, Some(planned), "planned for 14:00 on 12 June 2020, held at 07:04");
    assert_eq!(behind(&session, another_day, Duration::ZERO), Some(-60), "08:04:30 projected against 09:04");
    let next_morning = WallTime::parse_from_rfc3339("2026-11-28T08:00:00+07:00").expect("time");
    assert_eq!(schedule(&session, next_morning, Duration::ZERO).projection, None, "opened the day before");
}

#[test]
fn without_a_planned_length_there_is_no_planned_end_nor_comparison() {
    let mut session = sample_session().expect("sample");
    session.meeting.planned_minutes = 0;
    let clock = FakeClock::new(at("14:00:00"));
    run(&mut session, &clock, Edit::GoTo(Step::Discussion { subtopic: SubTopicId(1) }));
    let found = schedule(&session, at("14:00:00"), Duration::ZERO);
    assert_eq!(found.planned_end, None);
    assert_eq!(found.projection.map(|projection| projection.behind_minutes), Some(None));
}
