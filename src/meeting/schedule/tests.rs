use std::time::Duration;

use super::schedule;
use crate::edit::{Edit, apply};
use crate::meeting::{Clock, FakeClock};
use crate::model::{Session, Step, SubTopicId, WallTime};
use crate::sample::sample_session;

fn at(text: &str) -> WallTime {
    WallTime::parse_from_rfc3339(&format!("2020-06-12T{text}+07:00")).expect("time")
}

fn run(session: &mut Session, clock: &FakeClock, edit: Edit) {
    apply(session, edit, clock.wall()).expect("applies");
}

#[test]
fn the_projection_counts_what_is_still_to_come_and_compares_it_with_the_plan() {
    let mut session = sample_session().expect("sample");
    let clock = FakeClock::new(at("14:00:00"));
    // The sample: 7 assigned speakers present over 4 sub-topics, 120 minutes from 14:00.
    let before = schedule(&session, clock.wall(), Duration::ZERO);
    assert_eq!(before.planned_end, Some(at("16:00:00")));
    let expected = 10 + 4 * 3 + 10; // opening, generalizations, conclusion
    let speeches = 7 * 330; // each at 5:30, the middle of 4–7 minutes
    assert_eq!(before.projected_end, at("14:00:00") + chrono::TimeDelta::seconds(expected * 60 + speeches));
    assert_eq!(before.behind_minutes, Some(-50), "16:00 planned, 15:10:30 projected: 49.5 minutes early");

    run(&mut session, &clock, Edit::GoTo(Step::Discussion { subtopic: SubTopicId(1) }));
    run(&mut session, &clock, Edit::CallNext);
    run(&mut session, &clock, Edit::ToggleSpeech);
    clock.advance(Duration::from_secs(9 * 60));
    let running = schedule(&session, clock.wall(), Duration::from_secs(9 * 60));
    let rest = 6 * 330 + (4 * 3 + 10) * 60; // the speech already past its middle adds nothing
    assert_eq!(running.projected_end, at("14:09:00") + chrono::TimeDelta::seconds(rest));
    assert_eq!(running.behind_minutes, Some(-56), "15:04 projected");

    run(&mut session, &clock, Edit::EndSpeech);
    clock.advance(Duration::from_secs(60 * 60));
    let late = schedule(&session, clock.wall(), Duration::ZERO);
    assert_eq!(late.behind_minutes, Some(4), "an hour's pause: 15:09 plus 55 minutes is 16:04");
}

#[test]
fn a_meeting_held_on_another_day_is_compared_with_its_start_time_on_that_day() {
    let session = sample_session().expect("sample");
    let another_day = WallTime::parse_from_rfc3339("2026-11-27T14:30:00+07:00").expect("time");
    let found = schedule(&session, another_day, Duration::ZERO);
    let planned = WallTime::parse_from_rfc3339("2026-11-27T16:00:00+07:00").expect("time");
    assert_eq!(found.planned_end, Some(planned), "the planned date was 12 June 2020");
    assert_eq!(found.behind_minutes, Some(-20), "15:40:30 projected against 16:00");
}

#[test]
fn without_a_planned_length_there_is_only_the_projection() {
    let mut session = sample_session().expect("sample");
    session.meeting.planned_minutes = 0;
    let found = schedule(&session, at("14:00:00"), Duration::ZERO);
    assert_eq!((found.planned_end, found.behind_minutes), (None, None));
}
