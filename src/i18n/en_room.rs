//! English for the room: sound cues, messages to the speaker, clock and schedule.

use super::room::RoomStrings;
use crate::meeting::cues::CueChoice;
use crate::sound::SoundStatus;

/// The English room strings.
pub const ROOM: RoomStrings = RoomStrings {
    text_size: "Text size",
    text_size_hint: "Ctrl+= larger, Ctrl+- smaller, Ctrl+0 normal.",
    sound_heading: "Sound cues",
    cue_choice: |choice| match choice {
        CueChoice::Off => "Off",
        CueChoice::EndAndLimit => "At the end of the target and at the limit (7 and 10 minutes)",
        CueChoice::All => "Also at the target's start (4, 7 and 10 minutes)",
    },
    cue_comments: "Ring when a comment reaches its limit",
    volume: "Volume",
    test_sound: "Try it",
    sound_status: |status| match status {
        SoundStatus::Ready => "An audio device was found.",
        SoundStatus::NoDevice => "No audio device found: the app runs as usual, the cues are silent.",
        SoundStatus::NotBuilt => {
            "This build has no sound (built without the sound feature): the app runs as usual, the cues are silent."
        }
    },
    messages_heading: "Messages to the speaker (one per line, at most 9; M to choose)",
    messages_restore: "Use the default messages",
    default_messages: &[
        "Please conclude",
        "One minute left",
        "Please speak louder",
        "Please speak more slowly",
        "Please keep to the topic",
        "Your time is up",
    ],
    clock_on_projector: "Show the time of day on the projector",
    chooser_title: "Message to the speaker",
    chooser_hint: "Press a digit to choose, or type a message and press Enter. Esc closes.",
    free_message: "Other message:",
    show_message: "Show on the projector",
    clear_message: "Clear the message [Esc]",
    message_showing: |text| format!("Shown to the speaker: “{text}”"),
    blank_button: "Blank",
    unblank_button: "Show again",
    blank_note: "The projector is blanked: press B to bring it back.",
    clock_now: |time| format!("Now: {time}"),
    schedule: |planned, projected, behind| {
        let projected = format!("Projected end: {projected}");
        let Some(planned) = planned else {
            return projected;
        };
        let compared = match behind {
            Some(minutes) if minutes > 0 => format!("{minutes} min behind the plan"),
            Some(minutes) if minutes < 0 => format!("{} min ahead of the plan", minutes.unsigned_abs()),
            _ => "on plan".to_owned(),
        };
        format!("Planned end: {planned} · {projected} · {compared}")
    },
    member_totals: "Speaking time by member",
    member_columns: ["Name", "Speeches", "Comments", "Total time"],
};
