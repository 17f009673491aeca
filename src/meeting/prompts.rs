//! What is shown around a speech's two ends, apart from the record: the final time the speaker
//! keeps seeing on the projector after it ended (as OnlyT's "persist" does), and the reminder
//! to the secretary that a speaker was called and nobody started the timer.

use std::time::Duration;

use serde::{Deserialize, Serialize};

use crate::model::{Session, SpanState, SpeechId, WallTime};

/// How long the projector keeps a speech's final time after it ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FinalHold {
    /// Straight back to the sub-topic.
    Off,
    /// For so many seconds, or until the next speaker is called or the step changes.
    Seconds(u16),
    /// Until the next speaker is called or the step changes.
    UntilNext,
}

impl Default for FinalHold {
    fn default() -> Self {
        Self::Seconds(30)
    }
}

impl FinalHold {
    /// The choices the settings offer.
    pub const CHOICES: [Self; 5] =
        [Self::Off, Self::Seconds(10), Self::Seconds(30), Self::Seconds(60), Self::UntilNext];

    /// The longest hold in seconds a settings file may ask for.
    pub const MAX_SECS: u16 = 600;

    /// The hold within its bounds.
    pub fn bounded(self) -> Self {
        match self {
            Self::Seconds(0) => Self::Off,
            Self::Seconds(secs) => Self::Seconds(secs.min(Self::MAX_SECS)),
            other => other,
        }
    }

    /// How much longer a speech that ended at `ended` shows its final time at `now`: `None`
    /// once it no longer does, [`Duration::MAX`] while it waits for the next speaker.
    pub fn left(self, ended: WallTime, now: WallTime) -> Option<Duration> {
        match self.bounded() {
            Self::Off => None,
            Self::UntilNext => Some(Duration::MAX),
            Self::Seconds(secs) => {
                let since = (now - ended).to_std().unwrap_or(Duration::ZERO);
                Duration::from_secs(u64::from(secs)).checked_sub(since).filter(|left| !left.is_zero())
            }
        }
    }
}

/// The current speech while its final time is still shown at `now`, with how much longer:
/// it has ended, and no other speaker has been called since.
pub fn final_time(session: &Session, hold: FinalHold, now: WallTime) -> Option<(SpeechId, Duration)> {
    let flow = &session.live.flow;
    let speech = flow.current_speech.and_then(|id| session.speech(id))?;
    if flow.subtopic() != Some(speech.subtopic) || speech.span.state() != SpanState::Ended {
        return None;
    }
    let left = hold.left(speech.span.ended_at?, now)?;
    Some((speech.id, left))
}

/// When the current speaker was called, on the monotonic clock, while their timer has not
/// started: the reminder to press Space is counted from it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct StartWatch {
    called: Option<(SpeechId, Duration)>,
}

impl StartWatch {
    /// Follows the session at `monotonic`: a speaker newly called starts the count; a timer
    /// started (or no speaker called) stops it.
    pub fn follow(&mut self, session: &Session, monotonic: Duration) {
        let flow = &session.live.flow;
        let waiting = flow
            .current_speech
            .and_then(|id| session.speech(id))
            .filter(|speech| speech.span.state() == SpanState::NotStarted)
            .map(|speech| speech.id);
        self.called = match (waiting, self.called) {
            (None, _) => None,
            (Some(id), Some((called, at))) if called == id => Some((id, at)),
            (Some(id), _) => Some((id, monotonic)),
        };
    }

    /// How long until the reminder is due, `after_secs` past the call: zero once it is,
    /// `None` when nobody waits or reminders are off (`after_secs` 0).
    pub fn until_reminder(&self, after_secs: u16, monotonic: Duration) -> Option<Duration> {
        let (_, called) = self.called.filter(|_| after_secs > 0)?;
        let due = called + Duration::from_secs(u64::from(after_secs));
        Some(due.saturating_sub(monotonic))
    }
}

#[cfg(test)]
mod tests;
