//! The speech timer: starting, pausing, resuming and ending a recorded span, and the live
//! reading shown on screen.
//!
//! The record is kept in wall-clock time (what the minutes and a restarted app need); the
//! reading on screen counts with the monotonic clock from the moment the span last changed,
//! so it neither drifts nor jumps when the system clock is adjusted.

use std::time::Duration;

use super::Clock;
use crate::model::{
    Adjustment, AdjustmentKind, CommentId, Pause, Phase, Span, SpanState, SpeechId, TimingRules, WallTime,
};

/// How long before the target maximum and the hard limit the warning shows.
pub const WARNING_AHEAD: Duration = Duration::from_secs(60);

/// Starts, pauses or resumes a span, whichever comes next; an ended span stays ended.
/// Returns the new state.
pub fn toggle(span: &mut Span, now: WallTime) -> SpanState {
    let now = not_before_latest(span, now);
    match span.state() {
        SpanState::NotStarted => span.started_at = Some(now),
        SpanState::Running => span.pauses.push(Pause { from: now, until: None }),
        SpanState::Paused => {
            if let Some(pause) = span.pauses.last_mut() {
                pause.until = Some(now);
            }
        }
        SpanState::Ended => {}
    }
    span.state()
}

/// Ends a started span, closing a pause still open. A span never started stays so.
pub fn end(span: &mut Span, now: WallTime) {
    let now = not_before_latest(span, now);
    if matches!(span.state(), SpanState::Running | SpanState::Paused) {
        if let Some(pause) = span.pauses.last_mut().filter(|pause| pause.until.is_none()) {
            pause.until = Some(now);
        }
        span.ended_at = Some(now);
    }
}

/// Adds `secs` (taken away when negative) to a started span's count at `now`, never taking
/// it below zero. Returns the seconds actually added, which is what the record keeps; zero
/// changes nothing.
pub fn adjust(span: &mut Span, secs: i64, kind: AdjustmentKind, now: WallTime) -> i64 {
    let now = not_before_latest(span, now);
    let counted = i64::try_from(span.elapsed(now).as_secs()).unwrap_or(i64::MAX);
    let secs = secs.max(-counted);
    if secs != 0 {
        span.adjustments.push(Adjustment { at: now, secs, kind });
    }
    secs
}

/// `now`, or the span's latest moment if the wall clock was set back since: the recorded
/// moments always stay in order, so the file always loads again.
fn not_before_latest(span: &Span, now: WallTime) -> WallTime {
    span.latest().map_or(now, |latest| now.max(latest))
}

/// A warning shown ahead of a boundary.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Warning {
    /// Less than a minute to the target maximum.
    NearTargetMax,
    /// Less than a minute to the hard limit.
    NearLimit,
}

/// What the timer shows at one moment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Reading {
    /// Time spoken, pauses left out.
    pub elapsed: Duration,
    /// The phase reached.
    pub phase: Phase,
    /// A warning ahead of the target maximum or the limit.
    pub warning: Option<Warning>,
    /// How far past the limit (zero within it).
    pub overrun: Duration,
}

impl Reading {
    /// The reading of a speech that has run for `elapsed` under `rules`.
    pub fn of_speech(rules: &TimingRules, elapsed: Duration) -> Self {
        let max = Duration::from_secs(u64::from(rules.target_max_secs));
        let limit = Duration::from_secs(u64::from(rules.hard_limit_secs));
        let near = |boundary: Duration| elapsed < boundary && elapsed + WARNING_AHEAD >= boundary;
        let warning = if near(max) {
            Some(Warning::NearTargetMax)
        } else if near(limit) {
            Some(Warning::NearLimit)
        } else {
            None
        };
        Self { elapsed, phase: rules.phase(elapsed), warning, overrun: rules.overrun(elapsed) }
    }

    /// The reading of a follow-up comment: on target up to the comment limit, over it after.
    pub fn of_comment(rules: &TimingRules, elapsed: Duration) -> Self {
        let limit = Duration::from_secs(u64::from(rules.comment_limit_secs));
        let (phase, overrun) = if elapsed > limit {
            (Phase::OverLimit, elapsed - limit)
        } else {
            (Phase::OnTarget, Duration::ZERO)
        };
        let warning = (elapsed < limit && elapsed + WARNING_AHEAD / 2 >= limit).then_some(Warning::NearLimit);
        Self { elapsed, phase, warning, overrun }
    }
}

/// Which span a timer or a sound cue follows: a speech or a follow-up comment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TimedSpan {
    /// A speech.
    Speech(SpeechId),
    /// A follow-up comment.
    Comment(CommentId),
}

/// The on-screen count of one span, anchored to the monotonic clock.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct LiveTimer {
    anchor: Option<Anchor>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Anchor {
    key: SpanKey,
    monotonic: Duration,
    elapsed: Duration,
    running: bool,
}

/// What identifies a span's state: when it changes, the timer re-anchors.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct SpanKey {
    id: TimedSpan,
    started: Option<WallTime>,
    pauses: usize,
    adjustments: usize,
    open_pause: bool,
    ended: bool,
}

impl LiveTimer {
    /// Follows `span` (which one it is, `id`): re-anchors when it is another span or
    /// its state changed since the last call, and otherwise keeps counting monotonically.
    pub fn sync(&mut self, id: TimedSpan, span: &Span, clock: &dyn Clock) {
        let key = SpanKey {
            id,
            started: span.started_at,
            pauses: span.pauses.len(),
            adjustments: span.adjustments.len(),
            open_pause: span.open_pause().is_some(),
            ended: span.ended_at.is_some(),
        };
        if self.anchor.is_some_and(|anchor| anchor.key == key) {
            return;
        }
        self.anchor = Some(Anchor {
            key,
            monotonic: clock.monotonic(),
            elapsed: span.elapsed(clock.wall()),
            running: span.state() == SpanState::Running,
        });
    }

    /// The time to show now.
    pub fn elapsed(&self, clock: &dyn Clock) -> Duration {
        match self.anchor {
            Some(anchor) if anchor.running => {
                anchor.elapsed + clock.monotonic().saturating_sub(anchor.monotonic)
            }
            Some(anchor) => anchor.elapsed,
            None => Duration::ZERO,
        }
    }

    /// Whether the count moves on its own (so the screen must be redrawn as it does).
    pub fn is_running(&self) -> bool {
        self.anchor.is_some_and(|anchor| anchor.running)
    }
}

/// How long until a display showing whole seconds of `elapsed` changes; half a second while
/// the display flashes.
pub fn until_next_change(elapsed: Duration, flashing: bool) -> Duration {
    let step: u128 = if flashing { 500 } else { 1000 };
    let into = elapsed.as_millis() % step;
    Duration::from_millis(u64::try_from(step - into).unwrap_or(1000))
}

#[cfg(test)]
mod tests;
