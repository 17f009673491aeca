//! When the sound cues ring: at the end of the target range and at the hard limit (and, if
//! chosen, at the target's start), and for a comment at its limit. Only the schedule lives
//! here; playing the sound is the window's job.

use std::time::Duration;

use serde::{Deserialize, Serialize};

use super::timer::TimedSpan;
use crate::model::TimingRules;

/// A sound cue.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cue {
    /// The speech reached the target's start (4:00): one chime.
    Minimum,
    /// The speech reached the target's end (7:00): one chime.
    TargetEnd,
    /// The speech reached the hard limit (10:00): two chimes.
    Limit,
    /// A comment reached its limit: one chime.
    CommentLimit,
}

impl Cue {
    /// How many chimes the cue rings.
    pub fn chimes(self) -> u8 {
        match self {
            Self::Limit => 2,
            Self::Minimum | Self::TargetEnd | Self::CommentLimit => 1,
        }
    }
}

/// Which cues a speech rings.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CueChoice {
    /// No sound.
    Off,
    /// At the target's end and at the hard limit (7 and 10 minutes).
    #[default]
    EndAndLimit,
    /// At the target's start, its end and the hard limit (4, 7 and 10 minutes).
    All,
}

impl CueChoice {
    /// Every choice, in the order the settings offer them.
    pub const ALL: [Self; 3] = [Self::Off, Self::EndAndLimit, Self::All];
}

/// The moments a speech (or, with `speech` false, a comment) rings at under `rules`, earliest
/// first; `comments` says whether comments ring at all.
pub fn boundaries(
    rules: &TimingRules,
    choice: CueChoice,
    comments: bool,
    speech: bool,
) -> Vec<(Duration, Cue)> {
    let at = |secs: u32| Duration::from_secs(u64::from(secs));
    if !speech {
        return match comments {
            true => vec![(at(rules.comment_limit_secs), Cue::CommentLimit)],
            false => Vec::new(),
        };
    }
    let mut found = Vec::new();
    if choice == CueChoice::All {
        found.push((at(rules.target_min_secs), Cue::Minimum));
    }
    if choice != CueChoice::Off {
        found.push((at(rules.target_max_secs), Cue::TargetEnd));
        found.push((at(rules.hard_limit_secs), Cue::Limit));
    }
    found
}

/// Follows the reading of what is being timed and says when a cue is due: each boundary
/// rings once when the count reaches it, also when a correction jumps over it; a correction
/// back below a boundary lets it ring again when reached again. A span first seen past a
/// boundary (the app reopened mid-speech) does not ring for it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CueTracker {
    span: Option<TimedSpan>,
    last: Duration,
}

impl CueTracker {
    /// The cue due now for the span `span` whose count reads `elapsed`,
    /// with `boundaries` from [`boundaries`]; the latest boundary crossed since the last call
    /// wins. `None` for no span forgets it.
    pub fn follow(
        &mut self,
        span: Option<TimedSpan>,
        elapsed: Duration,
        boundaries: &[(Duration, Cue)],
    ) -> Option<Cue> {
        if span != self.span || span.is_none() {
            self.span = span;
            self.last = elapsed;
            return None;
        }
        let mut crossed =
            boundaries.iter().filter(|(at, _)| self.last < *at && *at <= elapsed).map(|(_, cue)| *cue);
        let due = crossed.next_back();
        self.last = elapsed;
        due
    }

    /// How long until the next boundary at the present pace, so the window can wake up for
    /// it even when nothing is drawn.
    pub fn until_next(&self, boundaries: &[(Duration, Cue)]) -> Option<Duration> {
        self.span?;
        boundaries.iter().find(|(at, _)| *at > self.last).map(|(at, _)| *at - self.last)
    }
}

#[cfg(test)]
mod tests;
