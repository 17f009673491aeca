use std::time::Duration;

use super::{FinalHold, StartWatch, final_time};
use crate::edit::{Document, Edit};
use crate::model::{Session, Step, SubTopicId, WallTime};
use crate::sample::sample_session;

fn at(seconds: i64) -> WallTime {
    let start = WallTime::parse_from_rfc3339("2020-06-12T14:00:00+07:00").expect("time");
    start + chrono::TimeDelta::seconds(seconds)
}

fn run(session: &mut Session, edit: Edit, seconds: i64) {
    Document::apply_to(session, edit, at(seconds)).expect("applies");
}

fn called() -> Session {
    let mut session = sample_session().expect("sample");
    run(&mut session, Edit::GoTo(Step::Discussion { subtopic: SubTopicId(1) }), 0);
    run(&mut session, Edit::CallNext, 0);
    session
}

#[test]
fn the_final_time_stays_for_the_hold_and_goes_with_the_next_speaker() {
    let mut session = called();
    let hold = FinalHold::Seconds(30);
    assert_eq!(final_time(&session, hold, at(1)), None, "not before the speech ends");
    run(&mut session, Edit::ToggleSpeech, 0);
    assert_eq!(final_time(&session, hold, at(100)), None, "not while it runs");
    run(&mut session, Edit::EndSpeech, 300);
    let speech = session.live.speeches[0].id;
    assert_eq!(final_time(&session, hold, at(300)), Some((speech, Duration::from_secs(30))));
    assert_eq!(final_time(&session, hold, at(320)), Some((speech, Duration::from_secs(10))));
    assert_eq!(final_time(&session, hold, at(330)), None, "30 seconds after the end");
    assert_eq!(final_time(&session, FinalHold::Off, at(300)), None);
    let until_next = final_time(&session, FinalHold::UntilNext, at(5000));
    assert_eq!(until_next, Some((speech, Duration::MAX)));
    run(&mut session, Edit::CallNext, 310);
    assert_eq!(final_time(&session, FinalHold::UntilNext, at(311)), None, "the next speaker is called");
}

#[test]
fn the_final_time_goes_when_the_step_changes() {
    let mut session = called();
    run(&mut session, Edit::ToggleSpeech, 0);
    run(&mut session, Edit::EndSpeech, 60);
    run(&mut session, Edit::GoTo(Step::Discussion { subtopic: SubTopicId(2) }), 61);
    assert_eq!(final_time(&session, FinalHold::UntilNext, at(62)), None);
}

#[test]
fn a_hold_from_a_file_stays_within_bounds() {
    assert_eq!(FinalHold::Seconds(0).bounded(), FinalHold::Off);
    assert_eq!(FinalHold::Seconds(u16::MAX).bounded(), FinalHold::Seconds(FinalHold::MAX_SECS));
    assert_eq!(FinalHold::Seconds(u16::MAX).left(at(0), at(0)), Some(Duration::from_secs(600)));
    assert_eq!(FinalHold::Seconds(30).left(at(10), at(0)), Some(Duration::from_secs(30)), "clock behind");
}

#[test]
fn the_reminder_falls_due_after_the_set_time_and_stops_with_the_start() {
    let mut session = called();
    let mut watch = StartWatch::default();
    let second = Duration::from_secs;
    watch.follow(&session, second(100));
    assert_eq!(watch.until_reminder(15, second(100)), Some(second(15)));
    watch.follow(&session, second(110));
    assert_eq!(watch.until_reminder(15, second(110)), Some(second(5)), "counted from the call");
    assert_eq!(watch.until_reminder(15, second(116)), Some(Duration::ZERO), "due");
    assert_eq!(watch.until_reminder(0, second(116)), None, "off");
    run(&mut session, Edit::ToggleSpeech, 16);
    watch.follow(&session, second(117));
    assert_eq!(watch.until_reminder(15, second(117)), None, "started");
    run(&mut session, Edit::EndSpeech, 30);
    run(&mut session, Edit::CallNext, 30);
    watch.follow(&session, second(200));
    assert_eq!(watch.until_reminder(15, second(201)), Some(second(14)), "a new call counts anew");
}
