//! English for the live meeting.

use super::en_minutes::words;
use super::live::LiveStrings;
use crate::meeting::LiveError;
use crate::model::{CommentKind, MeasureStatus, Phase, TimingRules};

/// The English live-meeting strings.
pub const LIVE: LiveStrings = LiveStrings {
    nav_live: "Run the meeting",
    step_opening: "Opening",
    step_conclusion: "Conclusion",
    step_subtopic: |n| format!("Sub-topic {n}"),
    opening_heading: "Purpose, requirements, content and tasks of the meeting",
    timing_rule: |rules| {
        format!(
            "Speaking time: from {} to {}, never over {}. Follow-up comments: at most {} (the cell's rule).",
            words(rules.target_min_secs),
            words(rules.target_max_secs),
            words(rules.hard_limit_secs),
            words(rules.comment_limit_secs)
        )
    },
    four_points_heading: "Each speech names its sub-topic and develops four points:",
    four_points: [
        "One: why this topic?",
        "Two: what is the topic's content?",
        "Three: applying it in practice: self-assessment, with subjective and objective causes.",
        "Four: measures, solutions and proposals for the member and for the cell.",
    ],
    start_discussion: "Start the discussion »",
    questions: "Guiding questions",
    suggestions: "Suggestions",

    speaking: "Speaking",
    called: "Called to speak",
    no_speaker_yet: "Nobody has been called yet. Press N to call the first speaker in line.",
    phase_name,
    comment_phase: |phase, rules| match phase {
        Phase::OverLimit => format!("Past {} (the cell's rule)", words(rules.comment_limit_secs)),
        _ => String::new(),
    },
    over_by: |amount| format!("Over by {amount}"),
    warn_target_max: |rules| format!("Less than a minute to {}", words(rules.target_max_secs)),
    warn_limit: |rules| format!("Less than a minute to {} (the limit)", words(rules.hard_limit_secs)),
    paused: "Paused",
    ended: "Ended",
    target_line: |rules| {
        format!(
            "Speaking time: from {} to {}, never over {}",
            words(rules.target_min_secs),
            words(rules.target_max_secs),
            words(rules.hard_limit_secs)
        )
    },

    cmd_start: "Start",
    cmd_pause: "Pause",
    cmd_resume: "Resume",
    cmd_toggle: "Start, pause or resume the current speech",
    cmd_next: "End and call the next speaker",
    cmd_end: "End the speech",
    cmd_comment: "Add a follow-up comment to the last speech",
    cmd_undo: "Undo the last change",
    cmd_redo: "Redo the change undone last",
    clock_behind: "The computer's clock stands earlier than a moment already recorded in the meeting (it may just have been set back). The recorded time is kept and counting goes on from it; please check the computer's time.",
    cmd_pass_absent: "The speaker called is not in the room: the minutes say “absent”",
    cmd_pass_declined: "The speaker called chose not to speak: the minutes say so",
    pass_absent_button: "Absent",
    pass_declined_button: "Did not speak",
    cmd_skip: "Skip the first in line (to the end of the queue)",
    cmd_help: "Keyboard help",
    cmd_close: "Close what is shown on top: the help, the message, the blank screen, the minutes read back, then the slide shown in this window",
    cmd_add_time: "Add 30 seconds to the time being counted",
    message_button: "Message",
    add_time: "+30 s",
    take_time: "-30 s",
    started_late: "Timer started late by:",
    seconds_suffix: " s",
    started_late_apply: "Add to the time",
    started_late_hint: "The speaker began before the timer was started: add these seconds to the time (listed in the minutes' appendix).",
    last_speech: |name, length, phase| match phase {
        "" => format!("Last speech: {name}, {length}"),
        phase => format!("Last speech: {name}, {length} · {phase}"),
    },
    cmd_take_time: "Take 30 seconds from the time being counted",
    cmd_message: "Choose a message shown on the projector to the speaker (Esc clears it)",
    cmd_blank: "Blank the projector, or bring it back",
    cmd_toggle_comment: "Start, pause or resume the open follow-up comment",
    cmd_next_step: "Next part of the meeting",
    cmd_previous_step: "Previous part of the meeting",

    queue_heading: "Speaker queue",
    next_up: "Next:",
    remaining: |n| format!("{n} waiting"),
    queue_empty: "The queue is empty.",
    skip: "Skip",
    remove: "Remove",
    move_up: "Up",
    move_down: "Down",
    skipped_mark: "(skipped)",
    unplanned_mark: "(added on the day)",
    add_speaker: "Add a speaker",
    position: "Position",
    add_to_queue: "Add to the queue",
    choose_member: "Choose a member",
    drag_hint: "Drag to reorder.",

    hands_heading: "Raised hands for comments",
    raise_hand: "Raise hand",
    lower_hand: "Lower hand",
    invite_comment: "Invite to comment",
    no_hands: "No hands raised.",
    comments_heading: "Follow-up comments",
    comment_kind,
    comment_text: "What was said",
    comment_by: "Commenter",
    no_comments: "No follow-up comments yet.",
    comment_end: "End",

    note_why: "1. Why this topic",
    note_content: "2. The topic's content",
    note_self: "3. Applying it: self-assessment",
    note_subjective: "Subjective causes",
    note_objective: "Objective causes",
    note_measures: "4. Measures, solutions, proposals",
    measure_content: "What is to be done",
    measure_owner: "Who does it",
    measure_deadline: "Due date",
    add_measure: "Add measure",
    cell_owner: "The cell",
    delete: "Delete",
    speeches_heading: "Speeches given",
    notes_for: |name| format!("Notes on {name}'s speech"),

    to_generalization: "Generalize this sub-topic »",
    generalization_heading: |title| format!("Generalization: {title}"),
    generalization_text: "The generalization",
    commenter_title: "Who comments?",
    commenter_hint: "Press the number, or the Up/Down arrows then Enter; Esc to cancel.",
    no_commenters: "No other member present can comment.",

    refill: "Rebuild from the notes",

    refill_confirm: "Replace the current text with a summary of the notes?",
    back_to_discussion: "« Back to the discussion",
    next_subtopic: "Next sub-topic »",
    to_conclusion: "On to the conclusion »",
    comments_label: "Follow-up comments",

    conclusion_heading: "End of the discussion",
    register_heading: "Register of measures, solutions and proposals",
    measure_status: |status| match status {
        MeasureStatus::Open => "Not started",
        MeasureStatus::InProgress => "In progress",
        MeasureStatus::Done => "Done",
        MeasureStatus::Dropped => "Dropped",
    },
    flag_before_meeting: "Due before the meeting itself — check it",
    flag_overdue: "Overdue",
    no_measures: "No measures yet.",
    previous_measures: |name| format!("Open measures of the previous meeting («{name}»)"),
    export_minutes: "Export the minutes",
    format_names: [
        "Word (.docx)",
        "Markdown (.md)",
        "Printable page (.html)",
        "Timing report (.csv)",
        "Time by member (.csv)",
        "Readiness check (.md)",
        "Word (.docx)",
        "Markdown (.md)",
        "Plain text (.txt)",
        "Word (.docx)",
        "Markdown (.md)",
    ],
    copy_conclusion: "Copy the conclusion",
    copied: "The conclusion is on the clipboard.",
    of_members: "For members",
    of_cell: "For the cell",
    build_conclusion: "Build the conclusion from the notes",
    rebuild_conclusion: "Rebuild from the notes",
    rebuild_confirm: "The conclusion has edited or added items. How should it be rebuilt?",
    rebuild_keep: "Keep edited items, add new ones",
    rebuild_all: "Start over (drop the edits)",
    add_item: "Add item",
    source_of: |speaker, subtopic| match (speaker, subtopic) {
        (Some(name), Some(n)) => format!("Source: {name}, sub-topic {n}"),
        (Some(name), None) => format!("Source: {name}"),
        (None, Some(n)) => format!("Source: generalization of sub-topic {n}"),
        (None, None) => String::new(),
    },
    edited_mark: "(edited)",
    empty_part: "(nothing yet)",
    generalizations_heading: "What was generalized for each sub-topic",
    no_generalization: "(not generalized)",
    close_meeting: "Close the meeting",
    closed_at: |time| format!("The meeting closed at {time}."),
    projector_title: "Projector — Thematic meeting",
    spoken: |secs| match (secs / 60, secs % 60) {
        (0, _) => format!("Spoken for {secs} s"),
        (minutes, 0) => format!("Spoken for {minutes} min"),
        (minutes, _) => format!("Spoken for over {minutes} min"),
    },
    comment_from: |name| format!("Follow-up comment: {name}"),
    invite: |name| format!("Invited to speak: {name}"),
    cmd_projector: "Open or close the projector (second window)",
    cmd_fullscreen: "Toggle full screen for the projector",
    cmd_present_here: "Present in this window (single screen), or come back",
    cmd_show_text: "Show or stop showing the generalization or conclusion",
    cmd_read_back: "Show the minutes to read them back before approval, or stop (Page Down, Page Up turn the pages)",
    key_space: "Space",
    timing_appendix: "Add the appendix of speaking times (not part of the minutes)",
    approval_heading: "Reading back and approving the minutes",
    read_back_button: "Show the minutes to read them back",
    approval_hint: "Once the minute-taker has read the minutes back, the chair puts them to the vote. Only the full members present vote (not probationary members, members attending temporarily or guests); the minutes pass when those for are more than half of the full members convened, less those exempted from activities who stayed away (the Party Statute, articles 5 and 9, and the rules carrying it out). Enter the result and the closing time, then press “Approve the minutes”; their content is then locked.",
    agreed_label: "For",
    against_label: "Against",
    present_label: "Full members present",
    others: |others| format!("Other opinions: {others}"),
    vote_base: |base, needed| {
        format!(
            "Full members convened, less those exempted who stayed away: {base}; at least {needed} must vote for (more than half)."
        )
    },
    vote_passes: |agreed, base| format!("More than half: {agreed} of {base} voted for."),
    ended_label: "Closing time (hh:mm)",
    approve_button: "Approve the minutes",
    resolutions_heading: "Other matters voted on",
    resolution_form: "Vote on another matter (if any)",
    resolution_matter: "What is put to the vote (e.g. adopting the cell's measures)",
    record_vote: "Record the vote",
    resolution_short: |agreed, base| {
        format!("Only {agreed} for, not more than half of {base}: this does not pass.")
    },
    resolution_incomplete: "Please give the full members present, the votes for and against (digits; 0 if none).",
    approval_incomplete: "Please enter the full members present, those for and against (whole numbers) and the closing time as 16:30.",
    approved: |approval, ended| {
        let verb = if approval.unanimous() { "unanimously for" } else { "for" };
        format!(
            "The minutes were approved: {} of {} full members present {verb}; the meeting closed at {ended}. Their content is locked.",
            approval.agreed, approval.present
        )
    },
    unlock_button: "Unlock to amend",
    unlock_reason: "Why the approved minutes are unlocked (kept in the minutes)",
    unlock_confirm: "Unlock",
    projector_button: "Projector",
    fullscreen_button: "Full screen",
    present_here_button: "Present here",
    show_text_button: "Show the text",
    help_title: "Keyboard shortcuts",

    help_note: "Shortcuts work whenever no text field has the cursor.",
    live_error,
};

fn phase_name(phase: Phase, rules: &TimingRules) -> String {
    match phase {
        Phase::UnderTarget => String::new(),
        Phase::OnTarget => {
            format!("Between {} and {}", words(rules.target_min_secs), words(rules.target_max_secs))
        }
        Phase::OverTarget => format!("Past {}", words(rules.target_max_secs)),
        Phase::OverLimit => format!("Past {}", words(rules.hard_limit_secs)),
    }
}

fn comment_kind(kind: CommentKind) -> &'static str {
    match kind {
        CommentKind::Addition => "Addition",
        CommentKind::Exchange => "Exchange",
        CommentKind::Question => "Question",
        CommentKind::Answer => "Answer",
    }
}

fn live_error(error: LiveError) -> String {
    match error {
        LiveError::NotInDiscussion => {
            "Speakers are called during a discussion: press Page Down for the next sub-topic, Page Up to go back."
        }
        LiveError::UnknownSubTopic => "This sub-topic does not exist.",
        LiveError::QueueEmpty => "Nobody is waiting. Press E to end the current speech, or add a speaker.",
        LiveError::NoCurrentSpeech => "Nobody has been called. Press N to call the next speaker.",
        LiveError::SpeechEnded => "This speech has ended. Press N to call the next speaker.",
        LiveError::SpeechNotStarted => "This speech has not started. Press Space to start the timer.",
        LiveError::UnknownMember => "This member does not exist.",
        LiveError::MemberAbsent(_) => "This member is absent and cannot speak.",
        LiveError::AlreadyQueued(_) => "This member is already in the queue.",
        LiveError::AlreadyRaised(_) => "This member has already raised a hand.",
        LiveError::NoSuchPosition => "There is no such position in the queue.",
        LiveError::AlreadySpeaking => "This speaker has begun; press E to end the speech.",
        LiveError::NoOpenComment => "No follow-up comment is open: press C to add one.",
        LiveError::NoStepBeyond => "This is the last (or first) part of the meeting: Page Up and Page Down go the other way.",
        LiveError::NoSpeechToComment => "There is no speech to comment on yet: press N to call a speaker.",
        LiveError::UnknownRecord => "This item does not exist.",
        LiveError::EmptyMeasure => "Type what the measure is.",
        LiveError::NothingTimed => "Nothing is being timed to correct.",
        LiveError::StillTimed => {
            "A speech or comment is being timed, so the meeting stays where it is (the time keeps counting): press E to end the speech, or “End” on the open comment, then move on."
        }
        LiveError::AtZero => "The time is at 0: nothing more to take away.",
    }
    .into()
}
