use std::time::Duration;

use super::{Cue, CueChoice, CueTracker, boundaries};
use crate::meeting::{FakeClock, LiveTimer, TimedSpan, timer};
use crate::model::{AdjustmentKind, CommentId, Span, SpeechId, TimingRules, WallTime};

/// The speech the tests follow.
const SPAN: TimedSpan = TimedSpan::Speech(SpeechId(1));

/// A speech timed on the fake clock, drawn every half second as the window would.
struct Room {
    clock: FakeClock,
    span: Span,
    timer: LiveTimer,
    tracker: CueTracker,
    rings: Vec<(u64, Cue)>,
    bounds: Vec<(Duration, Cue)>,
}

impl Room {
    fn new(choice: CueChoice) -> Self {
        let start = WallTime::parse_from_rfc3339("2020-06-12T14:00:00+07:00").expect("time");
        Self {
            clock: FakeClock::new(start),
            span: Span::default(),
            timer: LiveTimer::default(),
            tracker: CueTracker::default(),
            rings: Vec::new(),
            bounds: boundaries(&TimingRules::default(), choice, false, true),
        }
    }

    /// One frame: the timer follows the span and the tracker the timer.
    fn frame(&mut self) {
        self.timer.sync(SPAN, &self.span, &self.clock);
        let elapsed = self.timer.elapsed(&self.clock);
        if let Some(cue) = self.tracker.follow(Some(SPAN), elapsed, &self.bounds) {
            self.rings.push((elapsed.as_secs(), cue));
        }
    }

    fn run_for(&mut self, secs: u64) {
        for _ in 0..secs * 2 {
            self.clock.advance(Duration::from_millis(500));
            self.frame();
        }
    }

    fn toggle(&mut self) {
        timer::toggle(&mut self.span, crate::meeting::Clock::wall(&self.clock));
        self.frame();
    }

    fn adjust(&mut self, secs: i64) {
        timer::adjust(&mut self.span, secs, AdjustmentKind::Step, crate::meeting::Clock::wall(&self.clock));
        self.frame();
    }
}

#[test]
fn a_speech_rings_at_seven_and_twice_at_ten_minutes_by_default() {
    let mut room = Room::new(CueChoice::default());
    room.frame();
    room.toggle();
    room.run_for(11 * 60);
    assert_eq!(room.rings, [(420, Cue::TargetEnd), (600, Cue::Limit)]);
    assert_eq!(Cue::Limit.chimes(), 2);
    assert_eq!(Cue::TargetEnd.chimes(), 1);
}

#[test]
fn the_choice_with_the_minimum_rings_at_four_and_off_never_rings() {
    let mut room = Room::new(CueChoice::All);
    room.frame();
    room.toggle();
    room.run_for(11 * 60);
    assert_eq!(room.rings, [(240, Cue::Minimum), (420, Cue::TargetEnd), (600, Cue::Limit)]);
    let mut quiet = Room::new(CueChoice::Off);
    quiet.frame();
    quiet.toggle();
    quiet.run_for(11 * 60);
    assert!(quiet.rings.is_empty());
}

#[test]
fn pauses_push_the_cues_later_and_corrections_move_them() {
    let mut room = Room::new(CueChoice::default());
    room.frame();
    room.toggle();
    room.run_for(6 * 60);
    room.toggle();
    room.run_for(120);
    assert!(room.rings.is_empty(), "a paused timer does not reach 7:00");
    room.toggle();
    room.run_for(50);
    room.adjust(30);
    assert_eq!(room.rings, [(440, Cue::TargetEnd)], "a correction over 7:00 rings at once");
    room.adjust(-30);
    room.adjust(-30);
    room.run_for(39);
    assert_eq!(room.rings.len(), 1, "back under 7:00, not reached again yet");
    room.run_for(2);
    assert_eq!(room.rings[1], (420, Cue::TargetEnd), "reached again after going back");
    room.run_for(180);
    assert_eq!(room.rings[2], (600, Cue::Limit));
}

#[test]
fn a_span_first_seen_past_a_boundary_does_not_ring_for_it() {
    let bounds = boundaries(&TimingRules::default(), CueChoice::default(), false, true);
    let mut tracker = CueTracker::default();
    assert_eq!(tracker.follow(Some(SPAN), Duration::from_secs(500), &bounds), None);
    assert_eq!(tracker.until_next(&bounds), Some(Duration::from_secs(100)));
    assert_eq!(tracker.follow(Some(SPAN), Duration::from_secs(601), &bounds), Some(Cue::Limit));
    assert_eq!(
        tracker.follow(Some(TimedSpan::Comment(CommentId(1))), Duration::from_secs(700), &bounds),
        None,
        "another span"
    );
    assert_eq!(tracker.follow(None, Duration::ZERO, &bounds), None);
    assert_eq!(tracker.until_next(&bounds), None);
}

#[test]
fn comments_ring_at_their_limit_only_when_chosen() {
    let rules = TimingRules::default();
    assert!(boundaries(&rules, CueChoice::All, false, false).is_empty());
    assert_eq!(
        boundaries(&rules, CueChoice::Off, true, false),
        [(Duration::from_secs(180), Cue::CommentLimit)]
    );
}
