//! The time rules for speeches and comments, and the phase a running speech is in.

use std::time::Duration;

use serde::{Deserialize, Serialize};
use thiserror::Error;

/// The longest limit accepted for a speech or a comment: two hours.
pub const MAX_LIMIT_SECS: u32 = 2 * 60 * 60;

/// How long a speech should last, and how long a follow-up comment may last.
///
/// The guidance asks for 4–7 minutes a speech and never more than 10; each cell may choose
/// its own numbers, so they are stored per session.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct TimingRules {
    /// The shortest speech that is on target, in seconds (default 4:00).
    pub target_min_secs: u32,
    /// The longest speech that is still on target, in seconds (default 7:00).
    pub target_max_secs: u32,
    /// The hard limit of a speech, in seconds (default 10:00).
    pub hard_limit_secs: u32,
    /// The limit of one follow-up comment, in seconds (default 3:00).
    pub comment_limit_secs: u32,
}

impl Default for TimingRules {
    fn default() -> Self {
        Self {
            target_min_secs: 4 * 60,
            target_max_secs: 7 * 60,
            hard_limit_secs: 10 * 60,
            comment_limit_secs: 3 * 60,
        }
    }
}

/// Why a set of timing rules cannot be used.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Error)]
pub enum TimingError {
    /// The target minimum is zero.
    #[error("the target minimum must be more than zero")]
    ZeroMinimum,
    /// The target minimum is above the target maximum.
    #[error("the target minimum is above the target maximum")]
    MinimumAboveMaximum,
    /// The target maximum is above the hard limit.
    #[error("the target maximum is above the hard limit")]
    MaximumAboveLimit,
    /// The comment limit is zero.
    #[error("the comment limit must be more than zero")]
    ZeroCommentLimit,
    /// A limit is longer than [`MAX_LIMIT_SECS`].
    #[error("a limit is longer than two hours")]
    TooLong,
}

/// Where a speech stands against the timing rules.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Phase {
    /// Shorter than the target minimum.
    UnderTarget,
    /// Between the target minimum and maximum, both included.
    OnTarget,
    /// Past the target maximum, up to and including the hard limit.
    OverTarget,
    /// Past the hard limit.
    OverLimit,
}

impl TimingRules {
    /// Checks that 0 < minimum ≤ maximum ≤ limit, and that the comment limit is set.
    pub fn validate(&self) -> Result<(), TimingError> {
        if self.target_min_secs == 0 {
            return Err(TimingError::ZeroMinimum);
        }
        if self.target_min_secs > self.target_max_secs {
            return Err(TimingError::MinimumAboveMaximum);
        }
        if self.target_max_secs > self.hard_limit_secs {
            return Err(TimingError::MaximumAboveLimit);
        }
        if self.comment_limit_secs == 0 {
            return Err(TimingError::ZeroCommentLimit);
        }
        if self.hard_limit_secs > MAX_LIMIT_SECS || self.comment_limit_secs > MAX_LIMIT_SECS {
            return Err(TimingError::TooLong);
        }
        Ok(())
    }

    /// The phase of a speech that has run for `elapsed`.
    pub fn phase(&self, elapsed: Duration) -> Phase {
        if elapsed < secs(self.target_min_secs) {
            Phase::UnderTarget
        } else if elapsed <= secs(self.target_max_secs) {
            Phase::OnTarget
        } else if elapsed <= secs(self.hard_limit_secs) {
            Phase::OverTarget
        } else {
            Phase::OverLimit
        }
    }

    /// How far past the hard limit a speech of `elapsed` went (zero when within it).
    pub fn overrun(&self, elapsed: Duration) -> Duration {
        elapsed.saturating_sub(secs(self.hard_limit_secs))
    }
}

fn secs(value: u32) -> Duration {
    Duration::from_secs(u64::from(value))
}

#[cfg(test)]
mod tests {
    use super::{Phase, TimingError, TimingRules};
    use std::time::Duration;

    fn at(millis: u64) -> Duration {
        Duration::from_millis(millis)
    }

    #[test]
    fn default_rules_follow_the_guidance() {
        let rules = TimingRules::default();
        assert_eq!(rules.validate(), Ok(()));
        assert_eq!((rules.target_min_secs, rules.target_max_secs, rules.hard_limit_secs), (240, 420, 600));
        assert_eq!(rules.comment_limit_secs, 180);
    }

    #[test]
    fn phases_change_exactly_at_the_boundaries() {
        let rules = TimingRules::default();
        assert_eq!(rules.phase(at(0)), Phase::UnderTarget);
        assert_eq!(rules.phase(at(239_900)), Phase::UnderTarget);
        assert_eq!(rules.phase(at(240_000)), Phase::OnTarget);
        assert_eq!(rules.phase(at(420_000)), Phase::OnTarget);
        assert_eq!(rules.phase(at(420_001)), Phase::OverTarget);
        assert_eq!(rules.phase(at(600_000)), Phase::OverTarget);
        assert_eq!(rules.phase(at(600_001)), Phase::OverLimit);
    }

    #[test]
    fn overrun_counts_only_past_the_limit() {
        let rules = TimingRules::default();
        assert_eq!(rules.overrun(at(599_000)), Duration::ZERO);
        assert_eq!(rules.overrun(at(642_500)), at(42_500));
    }

    #[test]
    fn impossible_rules_are_refused() {
        let base = TimingRules::default();
        let cases = [
            (TimingRules { target_min_secs: 0, ..base }, TimingError::ZeroMinimum),
            (TimingRules { target_min_secs: 500, ..base }, TimingError::MinimumAboveMaximum),
            (TimingRules { target_max_secs: 700, ..base }, TimingError::MaximumAboveLimit),
            (TimingRules { comment_limit_secs: 0, ..base }, TimingError::ZeroCommentLimit),
            (TimingRules { hard_limit_secs: 9000, ..base }, TimingError::TooLong),
        ];
        for (rules, expected) in cases {
            assert_eq!(rules.validate(), Err(expected), "{rules:?}");
        }
    }

    #[test]
    fn equal_minimum_maximum_and_limit_are_allowed() {
        let rules = TimingRules {
            target_min_secs: 300,
            target_max_secs: 300,
            hard_limit_secs: 300,
            comment_limit_secs: 60,
        };
        assert_eq!(rules.validate(), Ok(()));
    }
}
