//! English, switchable in the settings.

use super::Strings;
use super::en_data::io_reason;
use crate::model::{Attendance, RecordKind, TimingError, TopicGroup, ValidationIssue};
use crate::prepare::plan::PlanError;
use crate::settings::ThemeChoice;
use crate::store::{LoadError, SaveError, SaveStage, StoreError};

/// The English strings.
pub const STRINGS: Strings = Strings {
    live: &super::en_live::LIVE,
    prepare: &super::en_prepare::PREPARE,
    minutes: &super::en_minutes::MINUTES,
    report: &super::en_report::REPORT,
    papers: &super::en_papers::PAPERS,
    room: &super::en_room::ROOM,
    edits: &super::en_edits::EDITS,

    app_title: "Thematic meeting",
    cancel: "Cancel",
    confirm: "OK",
    dismiss: "Close",

    nav_sessions: "Sessions",
    nav_details: "Meeting details",
    nav_settings: "Settings",
    saved: "Saved",
    saving: "Saving…",
    save_failed,
    not_saved: "Not saved!",
    save_banner_title: "CANNOT SAVE TO THE DISK",
    save_banner_retry: "The app tries again every second and saves as soon as it can (free some space \
                        on the disk or allow writing to the data folder). Do not close the app until \
                        it says “Saved”.",
    saved_again: "Every change is saved to the disk again.",
    close_unsaved_title: "Changes not saved",
    close_unsaved_body: "The disk has not taken the latest changes. Closing the app now loses them. \
                         Stay until it says “Saved”.",
    close_anyway: "Close anyway (lose changes)",
    stay_open: "Stay",
    no_session_open: "No session is open. Pick one from the list.",

    sessions_heading: "Thematic meetings",
    sessions_empty: "No sessions yet. Create a new one or start from the sample.",
    session_open: "Open",
    refresh: "Refresh",
    session_duplicate: "Duplicate",
    session_rename: "Rename",
    session_delete: "Delete",
    session_new_empty: "New (empty)",
    session_new_sample: "New from the sample",
    new_session_name: "New meeting",
    sample_session_name: "Sample - Q2 2020 - Self-criticism and criticism",
    session_new_held_sample: "New from the held sample",
    held_sample_name: "Held sample - Q2 2020 - Self-criticism and criticism",
    copy_name: |name| format!("{name} - copy"),
    session_unreadable: "This file cannot be opened",
    backup_available: |title, saved| match saved {
        Some(saved) => format!("Its previous version still reads: “{title}”, saved at {saved}."),
        None => format!("Its previous version still reads: “{title}”."),
    },
    restore_backup: "Restore the previous version",
    backup_restored: |name| {
        format!("Restored “{name}” from its backup; the damaged file is kept in the trash.")
    },
    members_count: |count| format!("{count} members"),
    untitled: "(no title yet)",
    rename_label: "New name:",
    delete_confirm: |name| format!("Move “{name}” to the trash? It can be restored from there."),
    trash_heading: "Trash",
    trash_empty: "The trash is empty.",
    restore: "Restore",
    import_heading: "Import a session file",
    export_heading: "Export the open session to a file",
    choose_file: "Choose file…",
    path_label: "File path:",
    import_button: "Import",
    export_button: "Export",
    dialog_fallback_hint: "If the file dialog does not open, type the full path in the box \
                           below.",
    created: |name| format!("Created “{name}”."),
    imported: |name| format!("Imported “{name}”."),
    export_refused_sessions: |folder| {
        format!(
            "Not exported into the sessions folder ({folder}) or over the open session's file: choose another place."
        )
    },
    export_exists: |path| format!("{path} exists and was left as it is. Add --force to replace it."),
    export_not_regular: |path| {
        format!(
            "{path} is not a regular file (a folder, device, pipe, socket or link): it is never replaced. Choose another file name."
        )
    },
    folder_cannot_lock: |folder| {
        format!(
            "Cannot hold the right to write the data folder {folder} (the folder is read-only, or its disk cannot lock files). \
             The app only shows and writes nothing; it tries again every second and says when it can write."
        )
    },
    data_dir_not_a_folder: |path| {
        format!(
            "The data folder {path} is a file, not a folder: the app can write nothing there. Rename or move that file, or choose another folder with --data-dir."
        )
    },
    file_in_use: |file| {
        format!(
            "{file} is open for changes in another window of the app. This window only shows it, so as not to overwrite \
             the work there; when the other window closes it, this one reads the latest version again to change it."
        )
    },
    file_cannot_lock: |file| {
        format!(
            "Cannot lock {file} where it lies (a read-only folder, or a network share without file locks): it is only \
             shown. To change it, import a copy into the session list (Sessions → Import)."
        )
    },
    writable_again: "Writing is possible again: changes are saved at once from now on (the latest version was read again).",
    folder_in_use: |folder| {
        format!(
            "The sessions in {folder} are open in another window of the app. This window opens \
             nothing and writes nothing, so as not to overwrite the work there: use that window, \
             or close it and start the app again."
        )
    },
    unsaved_blocks: "The open session's changes could not be saved yet, so no other session is opened and this one is neither renamed nor deleted: the changes are kept and saving is retried every second; free some disk space and try again.",
    replace_title: "Replace the existing file?",
    replace_body: |path| format!("{path} exists. Replace it with the new export? The old file will be gone."),
    replace_confirm: "Replace",
    open_spans_title: "Speeches still going on",
    open_spans_body: |n| {
        format!(
            "{n} speeches or comments are still going on. End them before exporting, or export as they stand (marked not finished, with their time so far)?"
        )
    },
    open_spans_end: "End them, then export",
    open_spans_as_is: "Export as they stand",
    exported: |path| format!("Exported to {path}"),
    trashed: |name| format!("Moved “{name}” to the trash."),
    restored: |name| format!("Restored “{name}”."),
    renamed: |name| format!("Renamed to “{name}”."),
    first_start: "Welcome! This is a copy of the sample meeting, ready to use.",
    settings_unreadable: |error| {
        format!(
            "The settings file (settings.json) cannot be read: {error} The app uses the default settings; the sessions are not affected."
        )
    },

    section_organisation: "Organisation",
    party_committee: "Party committee (đảng bộ)",
    cell: "Cell (chi bộ)",
    place_name: "Place name (for the date line)",
    place_name_hint: "Đà Nẵng",
    section_meeting: "Meeting",
    meeting_title: "Title",
    meeting_date: "Date (day/month/year)",
    start_time: "Start time (hh:mm)",
    planned_minutes: "Planned length (minutes)",
    place: "Place",
    chair: "Chair",
    minute_taker: "Minute-taker",
    chair_position: "The chair's position",
    minute_taker_position: "The minute-taker's position",
    position_hint: "empty: taken from the roster",
    minutes_number: "Number of the minutes",
    minutes_number_hint: "e.g. 12 (written “No. 12-BB/CB”); empty if not numbered",
    guests: "Invited guests (one per line)",
    locked_note: "The minutes were approved, so what they record is locked. Unlock them in the Conclusion to amend.",
    section_topic: "Topic",
    topic_name: "Topic name",
    topic_group: "Topic group",
    group_name,
    directives: "Directives studied (one per line)",
    opening_purpose: "Purpose",
    opening_requirements: "Requirements",
    opening_content: "Content",
    opening_form: "Form of the speeches",
    opening_discussion: "Discussion method",
    section_timing: "Timing rules",
    target_min: "Shortest speech on target",
    target_max: "Longest speech on target",
    hard_limit: "Hard limit",
    comment_limit: "Each follow-up comment",
    mmss_hint: "minutes:seconds, e.g. 7:00",
    timing_error,
    section_roster: "Members",
    section_subtopics: "Sub-topics",
    no_speaker: "no speaker assigned",
    speakers: "Speakers:",
    attendance,
    bad_date: "Invalid date. Type it as day/month/year, e.g. 12/06/2020.",
    bad_time: "Invalid time. Type it as hours:minutes, e.g. 14:00.",
    bad_minutes: "The length must be a number of minutes from 1 to 1440.",
    bad_duration: "Type minutes:seconds, e.g. 7:00.",

    settings_language: "Language",
    settings_theme: "Theme",
    theme_name,

    load_error,
    store_error,
    cli_valid: "valid",
    cli_unknown_argument: |arg| format!("Unknown argument “{arg}”. Run `sinhhoat --help`."),
    cli_missing_value: |option| format!("The option {option} needs a value."),
    cli_no_files: "Name at least one file to check.",
    cli_bad_value: |option, value| format!("The value “{value}” of {option} is not valid."),
    cli_write_failed: |error| {
        format!("could not be written ({}); no file was changed.", io_reason(error.kind, &error.detail))
    },
    cli_unknown_format: |name, formats| format!("There is no export format «{name}». Formats: {formats}."),

    cli_gui_failed: |detail| format!("Could not open the app window: {detail}"),
};

fn group_name(group: TopicGroup) -> &'static str {
    match group {
        TopicGroup::Thought => "Ho Chi Minh's thought",
        TopicGroup::Ethics => "Ho Chi Minh's ethics",
        TopicGroup::Style => "Ho Chi Minh's style",
    }
}

fn theme_name(theme: ThemeChoice) -> &'static str {
    match theme {
        ThemeChoice::Light => "Light",
        ThemeChoice::Dark => "Dark",
        ThemeChoice::HighContrast => "High contrast (projector)",
    }
}

fn attendance(attendance: &Attendance) -> String {
    match attendance {
        Attendance::Unmarked => "not marked".into(),
        Attendance::Present => "present".into(),
        Attendance::Absent { reason } if reason.trim().is_empty() => "absent".into(),
        Attendance::Absent { reason } => format!("absent ({reason})"),
    }
}

fn timing_error(error: TimingError) -> String {
    match error {
        TimingError::ZeroMinimum => "The shortest speech must be longer than 0.",
        TimingError::MinimumAboveMaximum => "The shortest speech cannot exceed the longest.",
        TimingError::MaximumAboveLimit => "The longest speech cannot exceed the hard limit.",
        TimingError::ZeroCommentLimit => "A follow-up comment must be allowed more than 0.",
        TimingError::TooLong => "No limit may exceed 2 hours.",
    }
    .into()
}

fn record_kind(kind: RecordKind) -> &'static str {
    match kind {
        RecordKind::Member => "member",
        RecordKind::SubTopic => "sub-topic",
        RecordKind::Speech => "speech",
        RecordKind::Comment => "comment",
        RecordKind::Measure => "measure",
        RecordKind::Generalization => "generalization of sub-topic",
        RecordKind::Queue => "speaker queue of sub-topic",
        RecordKind::Hands => "raised hands list",
        RecordKind::Flow => "meeting state",
        RecordKind::Readiness => "readiness check",
        RecordKind::PassedOver => "note of a speaker who did not speak",
    }
}

fn validation_issue(issue: &ValidationIssue) -> String {
    match issue {
        ValidationIssue::Timing(error) => timing_error(*error),
        ValidationIssue::DuplicateId { kind, id } => {
            format!("two {} records share the id {id}", record_kind(*kind))
        }
        ValidationIssue::TimesOutOfOrder { kind, id } => format!(
            "the times of {} {id} make no sense (it ends before it starts, or a pause lies outside it)",
            record_kind(*kind)
        ),
        ValidationIssue::TooMany { kind, count, limit } => {
            format!("{count} {} records, more than the {limit} a meeting can hold", record_kind(*kind))
        }
        ValidationIssue::TextTooLong { field, chars, limit } => {
            format!("the field {field} holds {chars} characters, more than the limit of {limit}")
        }
        ValidationIssue::UnknownReference { from, from_id, to, to_id } => format!(
            "{} {from_id} refers to {} {to_id}, which does not exist",
            record_kind(*from),
            record_kind(*to)
        ),
        ValidationIssue::ApprovalCount { votes, present } => format!(
            "the minutes record {votes} votes for and against out of {present} full members present: no more votes than those present, and more than 0 present"
        ),
    }
}

fn load_error(error: &LoadError) -> String {
    match error {
        LoadError::Io { kind, detail } => {
            format!("Cannot read the file: {}.", io_reason(*kind, detail))
        }
        LoadError::NotAFile(kind) => super::en_data::not_a_file(*kind),
        LoadError::TooLarge { bytes } => {
            let limit = crate::store::MAX_FILE_BYTES / (1024 * 1024);
            format!(
                "The file is too large ({} MB, the limit is {limit} MB) to be a session.",
                bytes / (1024 * 1024)
            )
        }
        LoadError::Empty => "The file is empty.".into(),
        LoadError::NotUtf8 { line } => {
            format!("The file is not UTF-8 text (bad byte on line {line}).")
        }
        LoadError::Syntax { line, column } => {
            format!("Malformed JSON at line {line}, column {column}.")
        }
        LoadError::TooDeep { line, column } => {
            format!("The JSON nests too deep (line {line}, column {column}): not a session file.")
        }
        LoadError::Truncated { line, column } => {
            format!("The file is cut short: the data stops at line {line}, column {column}.")
        }
        LoadError::NotASession => "The file does not hold a session.".into(),
        LoadError::MissingVersion => "The file has no format_version field.".into(),
        LoadError::NewerVersion { found, supported } => format!(
            "The file was written by a newer version of the app (format {found}; this one reads \
             up to {supported}). Update the app; the file is left as it is."
        ),
        LoadError::WrongData { line, column, path, problem } => {
            super::en_data::wrong_data(*line, *column, path.as_deref(), problem)
        }
        LoadError::InvalidPlan(PlanError::Year(year)) => {
            format!("The plan's year {year} is not valid (2000 to 2100).")
        }
        LoadError::InvalidPlan(PlanError::Month { quarter, month }) => {
            format!("Quarter {quarter} of the plan has month {month}, which is not in that quarter.")
        }
        LoadError::InvalidPlan(PlanError::Quarter(index)) => {
            format!("The plan has no quarter {}.", index + 1)
        }
        LoadError::Invalid(issues) => {
            let list = super::joined_clauses(issues.iter().map(validation_issue));
            format!("The data does not hold together: {}.", list)
        }
    }
}

fn save_stage(stage: SaveStage) -> &'static str {
    match stage {
        SaveStage::CreateTemporary => "creating the temporary file",
        SaveStage::Write => "writing",
        SaveStage::Flush => "flushing to disk",
        SaveStage::Backup => "keeping the backup",
        SaveStage::Replace => "replacing the old file",
    }
}

fn save_failed(error: &SaveError) -> String {
    format!(
        "Not saved yet ({}: {}). The data is still in the app and will be saved as soon as \
         possible; the file on disk is still the previous complete version.",
        save_stage(error.stage),
        io_reason(error.kind, &error.detail)
    )
}

fn store_error(error: &StoreError) -> String {
    match error {
        StoreError::Io { kind, detail } => {
            format!("The file operation failed: {}.", io_reason(*kind, detail))
        }
        StoreError::Load(error) => load_error(error),
        StoreError::Save(error) => save_failed(error),
        StoreError::EmptyName => "The name cannot be empty.".into(),
        StoreError::InvalidCharacter(c) if c.is_control() => {
            format!("The name cannot contain a control character (U+{:04X}).", u32::from(*c))
        }
        StoreError::InvalidCharacter('.') => "The name cannot start with a dot.".into(),
        StoreError::InvalidCharacter(c) => format!("The name cannot contain “{c}”."),
        StoreError::NameTooLong => "The name is longer than 120 characters.".into(),
        StoreError::ReservedName(name) => {
            format!("“{name}” cannot be used: Windows keeps it for a device. Choose another name.")
        }
        StoreError::TrailingDot => {
            "The name cannot end with a dot (Windows drops it from file names).".into()
        }
        StoreError::NameTaken(name) => format!("A session named “{name}” exists already."),
    }
}
