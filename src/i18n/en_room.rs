//! English for the room: sound cues, messages to the speaker, clock and schedule.

use super::room::RoomStrings;
use crate::awake::AwakeStatus;
use crate::meeting::cues::CueChoice;
use crate::meeting::prompts::FinalHold;
use crate::sound::SoundStatus;

/// The English room strings.
pub const ROOM: RoomStrings = RoomStrings {
    text_size: "Text size",
    text_size_hint: "Ctrl+= larger, Ctrl+- smaller, Ctrl+0 normal.",
    sound_heading: "Sound cues",
    cue_choice: |choice| match choice {
        CueChoice::Off => "Off",
        CueChoice::EndAndLimit => "At the end of the target (its “to”) and at the limit (“no more than”)",
        CueChoice::All => "Also when the target range begins (its “from”)",
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
    schedule_planned: |start, end, day| {
        let day = day.map(|day| format!(" on {day}")).unwrap_or_default();
        match (start, end) {
            (Some(start), Some(end)) => format!("Planned: starts {start}, ends {end}{day}"),
            (Some(start), None) => format!("Planned: starts {start}{day}"),
            (None, Some(end)) => format!("Planned: ends {end}{day}"),
            (None, None) => "No planned start time or length yet".to_owned(),
        }
    },
    final_time: "Finished · time spoken",
    start_reminder: |name| {
        format!("Comrade {name} has been called but the timer has not started: press Space when they begin.")
    },
    room_heading: "During the meeting",
    keep_awake: "Keep the screen on while running the meeting (no screen blanking, no sleep)",
    awake_status: |status| match status {
        AwakeStatus::Idle => "Not needed yet: the live screen is not open.".to_owned(),
        AwakeStatus::Asking => "Asking the system to keep the screen on…".to_owned(),
        AwakeStatus::Held(service) => format!("The screen is kept on ({service})."),
        AwakeStatus::Refused(why) => format!(
            "The system would not keep the screen on ({why}). The meeting runs as usual; turn off screen blanking and sleep in the computer's power settings before the meeting."
        ),
    },
    final_hold_label: "After a speech ends, the projector keeps the time spoken:",
    final_hold: |hold| match hold {
        FinalHold::Off => "Not at all".to_owned(),
        FinalHold::Seconds(secs) if secs % 60 == 0 => format!("{} min", secs / 60),
        FinalHold::Seconds(secs) => format!("{secs} s"),
        FinalHold::UntilNext => "Until the next speaker is called".to_owned(),
    },
    reminder_label: "Remind to start the timer when a called speaker's timer has not started:",
    reminder_after: |secs| match secs {
        0 => "Never".to_owned(),
        secs => format!("After {secs} s"),
    },
    member_totals: "Speaking time by member",
    member_columns: ["Name", "Speeches", "Comments", "Total time"],
};
