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
    use super::{Clock, FakeClock, SystemClock};
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
    fn system_clock_never_goes_backwards() {
        let clock = SystemClock::new();
        let first = clock.monotonic();
        assert!(clock.monotonic() >= first);
    }
}
