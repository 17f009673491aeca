use std::time::{Duration, Instant};

use super::{AwakeStatus, KeepAwake, RecordingInhibitor};

fn wait_until(what: &str, done: impl Fn() -> bool) {
    let deadline = Instant::now() + Duration::from_secs(10);
    while !done() {
        assert!(Instant::now() < deadline, "{what}");
        std::thread::sleep(Duration::from_millis(5));
    }
}

#[test]
fn the_screen_is_held_while_wanted_and_released_after() {
    let recorder = RecordingInhibitor::default();
    let mut awake = KeepAwake::start(Box::new(recorder.clone()), || {});
    assert_eq!(awake.status(), AwakeStatus::Idle);
    awake.want(true);
    awake.want(true);
    wait_until("held", || awake.status() == AwakeStatus::Held("test"));
    awake.want(false);
    wait_until("released", || awake.status() == AwakeStatus::Idle);
    assert_eq!(recorder.calls(), ["hold", "release"], "one hold for the repeated wish");
}

#[test]
fn a_refusal_is_reported_and_the_hold_released_when_dropped() {
    let mut awake = KeepAwake::start(Box::new(RecordingInhibitor::refusing()), || {});
    awake.want(true);
    wait_until("refused", || awake.status() == AwakeStatus::Refused("no service".into()));

    let recorder = RecordingInhibitor::default();
    let mut awake = KeepAwake::start(Box::new(recorder.clone()), || {});
    awake.want(true);
    wait_until("held", || awake.status() == AwakeStatus::Held("test"));
    drop(awake);
    wait_until("the app closing lets go", || recorder.calls() == ["hold", "release"]);
}
