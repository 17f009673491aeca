//! The shape of the room's strings, part of [`super::Strings`]: the sound cues, the messages
//! to the speaker, the blank projector, the clock and the schedule, the speaking totals, and
//! their settings.

use crate::awake::AwakeStatus;
use crate::meeting::cues::CueChoice;
use crate::meeting::prompts::FinalHold;
use crate::sound::SoundStatus;

/// The room's text in one language.
#[allow(missing_docs)]
pub struct RoomStrings {
    pub text_size: &'static str,
    pub text_size_hint: &'static str,
    pub sound_heading: &'static str,
    pub cue_choice: fn(CueChoice) -> &'static str,
    pub cue_comments: &'static str,
    pub volume: &'static str,
    pub test_sound: &'static str,
    pub sound_status: fn(SoundStatus) -> &'static str,
    pub messages_heading: &'static str,
    pub messages_restore: &'static str,
    /// The messages offered until the secretary sets others.
    pub default_messages: &'static [&'static str],
    pub clock_on_projector: &'static str,
    pub chooser_title: &'static str,
    pub chooser_hint: &'static str,
    pub free_message: &'static str,
    pub show_message: &'static str,
    pub clear_message: &'static str,
    /// The message shown to the speaker now.
    pub message_showing: fn(&str) -> String,
    pub blank_button: &'static str,
    pub unblank_button: &'static str,
    pub blank_note: &'static str,
    /// The time of day, "Giờ hiện tại: 14:35".
    pub clock_now: fn(&str) -> String,
    /// The planned end (if the start and length are known), the projected end, and how many
    /// minutes the projection is behind the plan (negative: ahead).
    pub schedule: fn(Option<&str>, &str, Option<i64>) -> String,
    /// Before the meeting opens on its day: the planned start, end and, when not today, day.
    pub schedule_planned: fn(Option<&str>, Option<&str>, Option<&str>) -> String,
    /// The words under the final time held on the projector.
    pub final_time: &'static str,
    /// The reminder that the speaker named was called and the timer has not started.
    pub start_reminder: fn(&str) -> String,
    pub room_heading: &'static str,
    pub keep_awake: &'static str,
    pub awake_status: fn(&AwakeStatus) -> String,
    pub final_hold_label: &'static str,
    pub final_hold: fn(FinalHold) -> String,
    pub reminder_label: &'static str,
    /// A reminder's delay in seconds, 0 for never.
    pub reminder_after: fn(u16) -> String,
    pub member_totals: &'static str,
    pub member_columns: [&'static str; 4],
}
