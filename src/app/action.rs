//! What the user can ask of the app, and what the app asks of its shell in return.

use std::path::PathBuf;

use super::command::Command;
use super::room::RoomChange;
use crate::edit::Edit;
use crate::export::Format;
use crate::model::CommentId;
use crate::prepare::plan::PlanEdit;
use crate::report::render::ReportFormat;
use crate::settings::SettingsEdit;

/// The screens of the main window.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    /// The session list.
    Sessions,
    /// The open session's details.
    Details,
    /// Language and theme.
    Settings,
    /// The live meeting.
    Live,
    /// The preparation before the meeting.
    Prepare,
    /// The party committee's report of many cells' meetings.
    Report,
}

/// One thing the user asked for.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// Go to a screen.
    Show(Screen),
    /// Read the data folder again.
    Refresh,
    /// Open a session file from the list.
    Open(PathBuf),
    /// Create an empty session and open it.
    NewEmpty,
    /// Create a session from the bundled sample and open it.
    NewFromSample(crate::sample::Sample),
    /// Copy a session under a new name.
    Duplicate(PathBuf),
    /// Rename a session file.
    Rename(PathBuf, String),
    /// Move a session file to the trash.
    Trash(PathBuf),
    /// Bring a session back from the trash.
    Restore(PathBuf),
    /// Put back the previous version of a session file that no longer reads.
    RestoreBackup(PathBuf),
    /// Import a session file from anywhere.
    Import(PathBuf),
    /// Export the open session to a file.
    ExportSession(PathBuf),
    /// Ask the system file dialog for a file to import.
    PickImport,
    /// Ask the system file dialog where to export.
    PickExportSession,
    /// Change the open session.
    Edit(Edit),
    /// Take back the open session's newest edit.
    Undo,
    /// Apply again the edit undone last.
    Redo,
    /// A command of the live and projector screens, from its key or its button.
    Command(Command),
    /// A change to the projector's message, page or second window.
    Room(RoomChange),
    /// Change a preference.
    Settings(SettingsEdit),
    /// Hide the message at the bottom.
    DismissNotice,
    /// Open (or start) the plan of a year.
    OpenPlan(i32),
    /// Change one field of the open plan, and save it.
    EditPlan(PlanEdit),
    /// Create the session of a quarter (0–3) of the open plan and open it.
    CreateQuarterSession(usize),
    /// Open the session of a quarter of the open plan.
    OpenQuarterSession(usize),
    /// Write the open session as a document.
    ExportDocument(Format, PathBuf),
    /// Ask the file dialog where to write the document.
    PickExportDocument(Format),
    /// Write the open yearly plan as a paper (Word or Markdown).
    ExportPlan(Format, PathBuf),
    /// Ask the file dialog where to write the yearly plan.
    PickExportPlan(Format),
    /// Copy the four-part conclusion to the clipboard.
    CopyConclusion,
    /// Copy the notice and its guiding outline, as plain text, to the clipboard.
    CopyNotice,
    /// An export the user has agreed may replace its file (in the system's file dialog).
    Replacing(Box<Action>),
    /// The answer to the question a pending export put ([`super::AppState::question`]).
    Answer(Answer),
    /// Read the session files under a folder into the committee's report.
    ReadReport(PathBuf),
    /// Ask the system dialog for the folder of the cells' files, then send [`Action::ReadReport`].
    PickReportFolder,
    /// Write the committee's report, for the meetings the filter keeps.
    ExportReport(ReportFormat, crate::report::Filter, crate::report::render::Letter, PathBuf),
}

/// A question an export puts before it goes ahead.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Question {
    /// The file exists: replace it?
    Replace(PathBuf),
    /// This many speeches or comments are still going on: end them first?
    OpenSpans(usize),
}

/// The answers to a [`Question`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Answer {
    /// Replace the file; end what is still going on, then export.
    Confirm,
    /// Export what is still going on as it stands, marked unfinished.
    Alternative,
    /// Export nothing.
    Cancel,
}

/// What the state asks the shell to do, or tells the views, after an action: the state
/// itself opens no dialog and touches no clipboard or window.
#[derive(Debug, Clone, PartialEq)]
pub enum Effect {
    /// Ask for a session file to import, then send [`Action::Import`].
    PickImport,
    /// Ask where to export the session, suggesting `name`, then send [`Action::ExportSession`].
    PickExportSession {
        /// The suggested file name.
        name: String,
    },
    /// Ask where to write a document, then send [`Action::ExportDocument`], or
    /// [`Action::ExportPlan`] for the yearly plan.
    PickExportDocument {
        /// The document's format.
        format: Format,
        /// The suggested file name.
        name: String,
        /// Whether the document is the yearly plan rather than the open session.
        plan: bool,
    },
    /// Put this text on the clipboard.
    CopyText(String),
    /// A command only the window can carry out (the projector, the help, the chooser).
    Window(Command),
    /// A session was opened from this file.
    Opened(PathBuf),
    /// A member was added: the fields can be emptied.
    MemberAdded,
    /// A list was pasted; `complete` when every line was taken.
    Pasted {
        /// Whether no line was refused.
        complete: bool,
    },
    /// A session file was renamed.
    Renamed,
    /// A comment was added: its text field takes the cursor.
    CommentAdded(CommentId),
    /// Ask for the folder of the cells' files, then send [`Action::ReadReport`].
    PickReportFolder,
}
