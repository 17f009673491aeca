//! Everything the user can ask the app to do, as data. Screens emit actions; the app applies
//! them in one place.

use std::path::PathBuf;

use super::command::Command;
use crate::document::SessionEdit;
use crate::export::Format;
use crate::meeting::LiveAction;
use crate::model::{Attendance, MemberId, ReadinessEntry, SubTopic, TopicGroup};
use crate::prepare::plan::YearPlan;

use crate::i18n::Language;
use crate::settings::ThemeChoice;

/// The screens of the main window.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    /// The session list.
    Sessions,
    /// The open session's details.
    Overview,
    /// Language and theme.
    Settings,
    /// The live meeting.
    Live,
    /// The preparation before the meeting.
    Prepare,
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
    NewFromSample,
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
    Export(PathBuf),
    /// Ask the system file dialog for a file to import.
    PickImport,
    /// Ask the system file dialog where to export.
    PickExport,
    /// Change the open session.
    Edit(SessionEdit),
    /// Change the language.
    SetLanguage(Language),
    /// Change the theme.
    SetTheme(ThemeChoice),
    /// Hide the message at the bottom.
    DismissNotice,
    /// A live-meeting action on the open session.
    Live(LiveAction),
    /// A keyboard command, from its key or its button.
    Command(Command),
    /// A preparation step (section I of the procedure).
    Prepare(PrepareAction),
    /// Write the open session as a document.
    ExportDocument(Format, PathBuf),
    /// Ask the file dialog where to write the document.
    PickExportDocument(Format),
    /// Copy the four-part conclusion to the clipboard.
    CopyConclusion,
}

/// What the preparation screens ask for.
#[derive(Debug, Clone, PartialEq)]
pub enum PrepareAction {
    /// Add one member.
    AddMember {
        /// Full name.
        name: String,
        /// Position, may be empty.
        position: String,
    },
    /// Add one member per line of pasted text.
    PasteMembers(String),
    /// Remove a member who has not spoken.
    RemoveMember(MemberId),
    /// Rename a member, checked like a new name.
    RenameMember(MemberId, String),
    /// Change a member's position.
    SetPosition(MemberId, String),
    /// Mark a member's attendance.
    SetAttendance(MemberId, Attendance),
    /// Replace the sub-topics (edited, reordered, removed, speakers reordered).
    SetSubTopics(Vec<SubTopic>),
    /// Add the starter sub-topics of a group.
    ApplyTemplate(TopicGroup),
    /// Record one speaker's readiness check.
    SetReadiness(ReadinessEntry),
    /// Open (or start) the plan of a year.
    OpenPlan(i32),
    /// Save the edited plan.
    SavePlan(YearPlan),
    /// Create the session of a quarter (0–3) of the open plan and open it.
    CreateQuarterSession(usize),
    /// Open the session of a quarter of the open plan.
    OpenQuarterSession(usize),
}
