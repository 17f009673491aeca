//! Where the meeting's time comes from.
//!
//! The live display counts with a monotonic clock, which never jumps; the record is written in
//! wall-clock time, which is what the minutes and a restarted app need. Tests replace both
//! with a [`FakeClock`] they advance by hand.

use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, Instant};

use chrono::{Local, TimeDelta};

use crate::model::WallTime;

/// A source of time.
pub trait Clock: Send + Sync {
    /// Time since an arbitrary fixed origin; never goes backwards.
    fn monotonic(&self) -> Duration;
    /// The current wall-clock time with the local offset.
    fn wall(&self) -> WallTime;
}

/// The real clocks of the machine.
#[derive(Debug, Clone, Copy)]
pub struct SystemClock {
    origin: Instant,
}

impl SystemClock {
    /// A clock whose monotonic origin is now.
    pub fn new() -> Self {
        Self { origin: Instant::now() }
    }
}

impl Default for SystemClock {
    fn default() -> Self {
        Self::new()
    }
}

impl Clock for SystemClock {
    fn monotonic(&self) -> Duration {
        self.origin.elapsed()
    }

    fn wall(&self) -> WallTime {
        Local::now().fixed_offset()
    }
}

/// A clock for tests: both readings move only when [`FakeClock::advance`] is called.
/// Clones share the same time.
#[derive(Debug, Clone)]
pub struct FakeClock {
    state: Arc<Mutex<(Duration, WallTime)>>,
}

impl FakeClock {
    /// A clock standing at the wall-clock time `start`.
    pub fn new(start: WallTime) -> Self {
        Self { state: Arc::new(Mutex::new((Duration::ZERO, start))) }
    }

    /// Moves both readings forward by `step`.
    pub fn advance(&self, step: Duration) {
        let mut state = self.state.lock().unwrap_or_else(PoisonError::into_inner);
        state.0 += step;
        state.1 += TimeDelta::from_std(step).unwrap_or(TimeDelta::MAX);
    }

    /// Sets the wall clock forward or back by `jump`, as a network time correction or a
    /// time zone fixed would; the monotonic clock does not move.
    pub fn jump_wall(&self, jump: TimeDelta) {
        let mut state = self.state.lock().unwrap_or_else(PoisonError::into_inner);
        state.1 += jump;
    }
}

/// The time written into the record. While a speech or comment is open (started, not
/// ended), moments are the wall clock read when it opened plus the monotonic time since, so
/// a wall clock set forward or back in the middle changes no recorded length; with nothing
/// open, the wall clock is read afresh.
#[derive(Debug, Clone, Copy, Default)]
pub struct RecordClock {
    anchor: Option<(WallTime, Duration)>,
}

impl RecordClock {
    /// The moment to record now.
    pub fn now(&self, clock: &dyn Clock) -> WallTime {
        match self.anchor {
            Some((wall, monotonic)) => {
                let since = clock.monotonic().saturating_sub(monotonic);
                wall + TimeDelta::from_std(since).unwrap_or(TimeDelta::MAX)
            }
            None => clock.wall(),
        }
    }

    /// After a change at `now`: keeps the anchor while a span is `open`, takes one when a span
    /// has just opened, and lets it go when none is open.
    pub fn follow(&mut self, open: bool, now: WallTime, clock: &dyn Clock) {
        self.anchor = match (open, self.anchor) {
            (false, _) => None,
            (true, Some(anchor)) => Some(anchor),
            (true, None) => Some((now, clock.monotonic())),
        };
    }

    /// For a session opened with a span still open whose latest recorded moment is `latest`
    /// (a restart after a crash or a kill): anchored at the wall clock, or at `latest` when
    /// the wall clock now stands earlier — the recorded time is kept, never dropped. The flag
    /// says whether the wall clock stood earlier.
    pub fn resume(latest: Option<WallTime>, clock: &dyn Clock) -> (Self, bool) {
        let Some(latest) = latest else {
            return (Self::default(), false);
        };
        let wall = clock.wall();
        let behind = wall < latest;
        (Self { anchor: Some((wall.max(latest), clock.monotonic())) }, behind)
    }
}

impl Clock for FakeClock {
    fn monotonic(&self) -> Duration {
        self.state.lock().unwrap_or_else(PoisonError::into_inner).0
    }

    fn wall(&self) -> WallTime {
        self.state.lock().unwrap_or_else(PoisonError::into_inner).1
    }
}

#[cfg(test)]
mod tests {
    use super::{Clock, FakeClock, RecordClock, SystemClock};
    use crate::model::WallTime;
    use std::time::Duration;

    #[test]
    fn fake_clock_moves_both_readings_together() {
        let start = WallTime::parse_from_rfc3339("2020-06-15T08:00:00+07:00").expect("time");
        let clock = FakeClock::new(start);
        let shared = clock.clone();
        shared.advance(Duration::from_millis(90_500));
        assert_eq!(clock.monotonic(), Duration::from_millis(90_500));
        assert_eq!(clock.wall().to_rfc3339(), "2020-06-15T08:01:30.500+07:00");
    }

    #[test]
    fn the_record_clock_follows_the_monotonic_clock_while_a_span_is_open() {
        let start = WallTime::parse_from_rfc3339("2020-06-15T08:00:00+07:00").expect("time");
        let clock = FakeClock::new(start);
        let mut record = RecordClock::default();
        assert_eq!(record.now(&clock), start);
        record.follow(true, start, &clock);
        clock.advance(Duration::from_secs(10));
        clock.jump_wall(chrono::TimeDelta::hours(1));
        assert_eq!(record.now(&clock).to_rfc3339(), "2020-06-15T08:00:10+07:00", "the jump is not recorded");
        record.follow(false, record.now(&clock), &clock);
        assert_eq!(
            record.now(&clock).to_rfc3339(),
            "2020-06-15T09:00:10+07:00",
            "nothing open: the wall clock"
        );
    }

    #[test]
    fn a_restart_with_the_wall_clock_behind_keeps_the_recorded_time() {
        let start = WallTime::parse_from_rfc3339("2020-06-15T08:00:00+07:00").expect("time");
        let clock = FakeClock::new(start);
        let latest = start + chrono::TimeDelta::minutes(5);
        let (record, behind) = RecordClock::resume(Some(latest), &clock);
        assert!(behind);
        assert_eq!(record.now(&clock), latest);
        clock.advance(Duration::from_secs(3));
        assert_eq!(record.now(&clock), latest + chrono::TimeDelta::seconds(3));
        assert!(!RecordClock::resume(Some(start), &clock).1);
    }

    #[test]
    fn system_clock_never_goes_backwards() {
        let clock = SystemClock::new();
        let first = clock.monotonic();
        assert!(clock.monotonic() >= first);
    }
}
