//! The shortest a cell meeting should last. Chỉ thị 50-CT/TW (23/7/2025) and Hướng dẫn
//! 42-HD/BTCTW (28/10/2025) ask that a cell meeting last at least 90 minutes, and 120 when the
//! thematic meeting and the regular one are held in one session. The app compares the
//! planned, the estimated and the projected length with it as advice; it never blocks.

use std::time::Duration;

use crate::model::MeetingInfo;

/// The floor of a meeting held on its own, in minutes.
pub const FLOOR_MINUTES: u64 = 90;
/// The floor when the thematic and the regular meeting share one session, in minutes.
pub const COMBINED_FLOOR_MINUTES: u64 = 120;

/// A length short of the floor: how long it is and the floor it falls short of, in whole
/// minutes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Shortfall {
    /// The length compared, rounded down to whole minutes.
    pub minutes: u64,
    /// The floor.
    pub floor: u64,
    /// Whether the floor is that of a session shared with the regular meeting.
    pub combined: bool,
}

/// The floor for `meeting`, in minutes.
pub fn floor_minutes(meeting: &MeetingInfo) -> u64 {
    if meeting.combined_with_regular { COMBINED_FLOOR_MINUTES } else { FLOOR_MINUTES }
}

/// How `length` falls short of the floor for `meeting`, if it does.
pub fn shortfall(meeting: &MeetingInfo, length: Duration) -> Option<Shortfall> {
    let floor = floor_minutes(meeting);
    let combined = meeting.combined_with_regular;
    let short = Shortfall { minutes: length.as_secs() / 60, floor, combined };
    (length < Duration::from_secs(floor * 60)).then_some(short)
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use super::{Shortfall, shortfall};
    use crate::model::MeetingInfo;

    #[test]
    fn ninety_minutes_alone_and_a_hundred_and_twenty_shared_with_the_regular_meeting() {
        let minutes = |value: u64| Duration::from_secs(value * 60);
        let alone = MeetingInfo::default();
        assert_eq!(
            shortfall(&alone, minutes(89)),
            Some(Shortfall { minutes: 89, floor: 90, combined: false })
        );
        assert_eq!(shortfall(&alone, minutes(89) + Duration::from_secs(59)).map(|s| s.minutes), Some(89));
        assert_eq!(shortfall(&alone, minutes(90)), None);
        let shared = MeetingInfo { combined_with_regular: true, ..MeetingInfo::default() };
        assert_eq!(
            shortfall(&shared, minutes(119)),
            Some(Shortfall { minutes: 119, floor: 120, combined: true })
        );
        assert_eq!(shortfall(&shared, minutes(120)), None);
    }
}
