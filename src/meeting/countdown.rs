//! What the speaker's countdown shows: the time left to the target maximum, then to the hard
//! limit, then how far past it.

use std::time::Duration;

use crate::model::TimingRules;

/// The countdown at one moment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Countdown {
    /// Time left until the target maximum (7:00 by default).
    ToTarget(Duration),
    /// Past the target: time left until the hard limit (10:00 by default).
    ToLimit(Duration),
    /// Past the hard limit, by this much.
    Over(Duration),
}

impl Countdown {
    /// The countdown of a speech that has run for `elapsed`.
    pub fn of_speech(rules: &TimingRules, elapsed: Duration) -> Self {
        let max = secs(rules.target_max_secs);
        let limit = secs(rules.hard_limit_secs);
        if elapsed < max {
            Self::ToTarget(max - elapsed)
        } else if elapsed <= limit {
            Self::ToLimit(limit - elapsed)
        } else {
            Self::Over(elapsed - limit)
        }
    }

    /// The countdown of a follow-up comment, against the comment limit.
    pub fn of_comment(rules: &TimingRules, elapsed: Duration) -> Self {
        let limit = secs(rules.comment_limit_secs);
        if elapsed <= limit { Self::ToLimit(limit - elapsed) } else { Self::Over(elapsed - limit) }
    }

    /// The digits shown: whole seconds left rounded up (so 7:00 shows until a full second has
    /// gone), or `+m:ss` over the limit.
    pub fn digits(self) -> String {
        let mmss = |seconds: u64| format!("{}:{:02}", seconds / 60, seconds % 60);
        match self {
            Self::ToTarget(left) | Self::ToLimit(left) => {
                mmss(left.as_secs() + u64::from(left.subsec_nanos() > 0))
            }
            Self::Over(over) => format!("+{}", mmss(over.as_secs())),
        }
    }
}

fn secs(value: u32) -> Duration {
    Duration::from_secs(u64::from(value))
}

#[cfg(test)]
mod tests {
    use super::Countdown;
    use crate::model::TimingRules;
    use std::time::Duration;

    fn at(millis: u64) -> String {
        Countdown::of_speech(&TimingRules::default(), Duration::from_millis(millis)).digits()
    }

    #[test]
    fn counts_down_to_the_target_then_to_the_limit_then_shows_the_overrun() {
        assert_eq!(at(0), "7:00");
        assert_eq!(at(400), "7:00");
        assert_eq!(at(1_000), "6:59");
        assert_eq!(at(419_500), "0:01");
        assert_eq!(at(420_000), "3:00");
        assert_eq!(at(599_999), "0:01");
        assert_eq!(at(600_000), "0:00");
        assert_eq!(at(600_900), "+0:00");
        assert_eq!(at(662_000), "+1:02");
    }

    #[test]
    fn comments_count_down_their_own_limit() {
        let rules = TimingRules::default();
        let digits = |s| Countdown::of_comment(&rules, Duration::from_secs(s)).digits();
        assert_eq!(digits(0), "3:00");
        assert_eq!(digits(180), "0:00");
        assert_eq!(digits(200), "+0:20");
    }
}
