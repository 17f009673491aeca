//! The application's state without any window: the library, the open document with its
//! history, the settings, the autosaver and where saves stand, the plan being edited, and
//! what was last said to the user. Actions go in through [`AppState::apply`]; what only a
//! window can do comes back as [`Effect`]s. Tests drive it without egui.

mod action;
pub mod command;
mod editing;
mod files;
mod locks;
mod options;
mod plan;
mod report;
mod room;
mod writing;

pub use action::{Action, Answer, Effect, Question, Screen};
pub use command::Command;
pub use locks::ReadOnly;
pub use options::GuiOptions;
pub use report::FolderReport;
pub use room::{Projector, Room, RoomChange};
pub use writing::Consent;

use std::sync::Arc;

use crate::edit::Document;
use crate::i18n::{Strings, describe};
use crate::meeting::Clock;
use crate::model::Session;
use crate::prepare::plan::YearPlan;
use crate::settings::{Settings, SettingsEdit};
use crate::store::{Autosaver, DataDir, Library, Lock, LockFile, SaveError, SessionEntry, TrashEntry, stem};

/// A message shown at the bottom of the window until dismissed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Notice {
    /// Something went as asked.
    Info(String),
    /// Something failed; the text says what and what to do.
    Error(String),
}

/// Where the open document's saves stand.
#[derive(Debug, Clone, Default)]
pub struct SaveStatus {
    /// The newest generation known to be on disk.
    pub saved: u64,
    /// The newest generation handed to the autosaver.
    pub handed: u64,
    /// The last failure, cleared by the next success.
    pub error: Option<SaveError>,
}

/// What the library held when last read.
#[derive(Debug, Clone, Default)]
pub struct Listing {
    /// The session files, readable or not.
    pub entries: Vec<SessionEntry>,
    /// The deleted sessions.
    pub trash: Vec<TrashEntry>,
}

/// The whole state of the app, apart from how it is drawn.
pub struct AppState {
    data: DataDir,
    library: Option<Library>,
    settings: Settings,
    document: Option<Document>,
    screen: Screen,
    notice: Option<Notice>,
    save_status: SaveStatus,
    autosaver: Autosaver,
    listing: Listing,
    previous: Option<(String, Session)>,
    plan: Option<YearPlan>,
    folder_report: Option<report::FolderReport>,
    clock: Arc<dyn Clock>,
    effects: Vec<Effect>,
    pending: Option<writing::Pending>,
    folder_lock: Option<LockFile>,
    file_lock: Result<LockFile, ReadOnly>,
    locked_out: bool,
    room: Room,
}

impl AppState {
    /// Starts the app for the given command line: reads the settings and the data folder,
    /// and opens the session asked for (or, on a first start, a copy of the sample).
    /// `repaint` is called from the saving thread when a save has finished.
    pub fn start(options: GuiOptions, clock: Arc<dyn Clock>, repaint: impl Fn() + Send + 'static) -> Self {
        let mut state = Self {
            data: DataDir::from_environment(options.data_dir.clone()),
            library: None,
            settings: Settings::default(),
            document: None,
            screen: Screen::Sessions,
            notice: None,
            save_status: SaveStatus::default(),
            autosaver: Autosaver::start(repaint),
            listing: Listing::default(),
            previous: None,
            plan: None,
            folder_report: None,
            clock,
            effects: Vec::new(),
            pending: None,
            folder_lock: None,
            file_lock: Err(ReadOnly::FileCannotLock),
            locked_out: false,
            room: Room::default(),
        };
        match LockFile::acquire(&state.data) {
            Lock::Taken => {
                state.locked_out = true;
                state.say_locked_out();
                return state;
            }
            Lock::Held(lock) => state.folder_lock = Some(lock),
            Lock::Unsupported => {}
        }
        state.open_start(options);
        if let Some(reason) = state.read_only() {
            state.say_read_only(reason);
        }
        state
    }

    fn open_start(&mut self, options: GuiOptions) {
        let first_start = !self.data.settings_file().exists();
        match Settings::load(&self.data.settings_file()) {
            Ok(settings) => self.settings = settings,
            Err(error) => {
                self.fail(&(self.strings().settings_unreadable)(&(self.strings().load_error)(&error)))
            }
        }
        if let Some(language) = options.language {
            self.settings.language = language;
        }
        match Library::open(self.data.clone()) {
            Ok(library) => self.library = Some(library),
            Err(error) => self.fail(&(self.strings().store_error)(&error)),
        }
        if let Some(path) = options.open {
            self.open_file(path);
        } else if let Some(path) = self.last_session().filter(|path| path.exists()) {
            self.open_file(path);
        } else if first_start && self.library_is_empty() {
            self.apply(Action::NewFromSample(crate::sample::Sample::Fresh));
            if self.document.is_some() {
                self.notice = Some(Notice::Info(self.strings().first_start.to_owned()));
            }
            self.save_settings();
        }
        if options.live && self.document.is_some() {
            self.screen = Screen::Live;
        }
        self.refresh_listing();
    }

    fn library_is_empty(&self) -> bool {
        self.library.as_ref().is_some_and(|library| library.is_empty().unwrap_or(false))
    }

    /// The strings of the chosen language.
    pub fn strings(&self) -> &'static Strings {
        self.settings.language.strings()
    }

    /// The settings as they stand.
    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    /// The data folder.
    pub fn data(&self) -> &DataDir {
        &self.data
    }

    /// The open session's document, if any.
    pub fn document(&self) -> Option<&Document> {
        self.document.as_ref()
    }

    /// The screen being shown.
    pub fn screen(&self) -> Screen {
        self.screen
    }

    /// The message at the bottom of the window, if any.
    pub fn notice(&self) -> Option<&Notice> {
        self.notice.as_ref()
    }

    /// Where the open document's saves stand.
    pub fn save_status(&self) -> &SaveStatus {
        &self.save_status
    }

    /// The session files and the trash, as last read.
    pub fn listing(&self) -> &Listing {
        &self.listing
    }

    /// The previous meeting of the same cell with measures still open, for review.
    pub fn previous(&self) -> Option<&(String, Session)> {
        self.previous.as_ref()
    }

    /// The yearly plan being edited, once opened.
    pub fn plan(&self) -> Option<&YearPlan> {
        self.plan.as_ref()
    }

    /// The committee's report last read, if any.
    pub fn folder_report(&self) -> Option<&FolderReport> {
        self.folder_report.as_ref()
    }

    /// Whether another window holds the data folder, so this one does nothing.
    pub fn locked_out(&self) -> bool {
        self.locked_out
    }

    /// The moment an edit or a report made now is recorded at: the open document's (see
    /// [`Document::now`]), else the wall clock.
    pub fn now(&self) -> crate::model::WallTime {
        self.document.as_ref().map_or_else(|| self.clock.wall(), Document::now)
    }

    /// The clock the meeting is timed by.
    pub fn clock(&self) -> &dyn Clock {
        self.clock.as_ref()
    }

    /// Whether the open session has changes not yet known to be on disk.
    pub fn unsaved(&self) -> bool {
        self.document.as_ref().is_some_and(|doc| self.save_status.saved < doc.generation())
    }

    /// What the undo button would take back, in words, if anything.
    pub fn undo_label(&self) -> Option<String> {
        let (edit, before) = self.document.as_ref()?.history().next_undo()?;
        Some(describe(self.strings(), edit, before))
    }

    /// What the redo button would apply again, in words, if anything.
    pub fn redo_label(&self) -> Option<String> {
        let document = self.document.as_ref()?;
        let edit = document.history().next_redo()?;
        Some(describe(self.strings(), edit, document.session()))
    }

    /// Says that another window holds the data folder, so this one does nothing.
    fn say_locked_out(&mut self) {
        let folder = self.data.root().display().to_string();
        self.fail(&(self.strings().folder_in_use)(&folder));
    }

    /// Applies one action and returns what the window has to carry out. While another window
    /// holds the data folder, only moving between screens is done.
    pub fn apply(&mut self, action: Action) -> Vec<Effect> {
        if self.locked_out && !matches!(action, Action::Show(_) | Action::Command(Command::Help)) {
            self.say_locked_out();
            return Vec::new();
        }
        if self.refused_for_lock(&action) {
            return Vec::new();
        }
        match action {
            Action::Show(screen) => {
                if screen == Screen::Sessions {
                    self.refresh_listing();
                }
                self.screen = screen;
            }
            Action::Edit(edit) => self.edit(edit),
            Action::Undo => self.step_history(false),
            Action::Redo => self.step_history(true),
            Action::Command(command) => self.command(command),
            Action::Settings(edit) => self.change_settings(edit),
            Action::Room(change) => self.room.change(change),
            Action::DismissNotice => self.notice = None,
            Action::OpenPlan(year) => self.open_plan(year),
            Action::EditPlan(edit) => self.edit_plan(edit),
            Action::CreateQuarterSession(quarter) => self.create_quarter_session(quarter),
            Action::OpenQuarterSession(quarter) => self.open_quarter_session(quarter),
            Action::CopyConclusion => {
                if let Some(document) = &self.document {
                    let text = crate::export::outline::conclusion_text(document.session(), self.strings());
                    self.effects.push(Effect::CopyText(text));
                    self.inform(self.strings().live.copied.to_owned());
                }
            }
            Action::CopyNotice => {
                if let Some(document) = &self.document {
                    let blocks =
                        crate::export::outline::notice(document.session(), self.strings(), self.now());
                    self.effects.push(Effect::CopyText(crate::export::plain_text::render(&blocks)));
                    self.inform(self.strings().papers.notice_copied.to_owned());
                }
            }
            Action::ReadReport(_) | Action::PickReportFolder | Action::ExportReport(..) => {
                self.report_action(action);
            }
            file_action => self.file_action(file_action),
        }
        std::mem::take(&mut self.effects)
    }

    /// Hands the open session to the autosaver if it changed since it was last handed; the
    /// window calls this once a frame, so many edits in one frame make one save.
    pub fn persist(&mut self) {
        let Some(document) = self.document.as_ref().filter(|_| self.read_only().is_none()) else {
            return;
        };
        if document.generation() > self.save_status.handed {
            self.autosaver.save(document.path.clone(), document.session().clone(), document.generation());
            self.save_status.handed = document.generation();
        }
    }

    /// Takes in what the autosaver reported since the last call.
    pub fn follow_saves(&mut self) {
        for report in self.autosaver.reports() {
            let current = self.document.as_ref().is_some_and(|doc| doc.path == report.path);
            if !current {
                continue;
            }
            match report.result {
                Ok(()) => {
                    self.save_status.saved = self.save_status.saved.max(report.generation);
                    if self.save_status.error.take().is_some() {
                        self.inform(self.strings().saved_again.to_owned());
                    }
                }
                // The banner says it, and keeps saying it until a save succeeds.
                Err(error) => self.save_status.error = Some(error),
            }
        }
    }

    /// Hands over every change and waits until it is on disk; false if a save failed.
    pub fn flush(&mut self) -> bool {
        self.persist();
        self.autosaver.flush()
    }

    fn change_settings(&mut self, edit: SettingsEdit) {
        if self.settings.apply(edit) {
            self.save_settings();
        }
    }

    fn fail(&mut self, message: &str) {
        self.notice = Some(Notice::Error(message.to_owned()));
    }

    fn inform(&mut self, message: String) {
        self.notice = Some(Notice::Info(message));
    }

    /// Reports a failure the window ran into (a dialog, the clipboard).
    pub fn report_error(&mut self, message: &str) {
        self.fail(message);
    }

    fn save_settings(&mut self) {
        if self.locked_out || self.folder_lock.is_none() {
            return;
        }
        if let Err(error) = self.settings.save(&self.data.settings_file()) {
            self.fail(&(self.strings().save_failed)(&error));
        }
    }

    /// The projector's message and blank screen.
    pub fn room(&self) -> &Room {
        &self.room
    }

    fn refresh_listing(&mut self) {
        let Some(library) = &self.library else {
            return;
        };
        match library.list().and_then(|entries| Ok((entries, library.trashed()?))) {
            Ok((entries, trash)) => self.listing = Listing { entries, trash },
            Err(error) => self.fail(&(self.strings().store_error)(&error)),
        }
    }

    /// The open session's file name without its folder and extension.
    pub fn title(&self) -> Option<String> {
        self.document.as_ref().map(|document| stem(&document.path))
    }
}

#[cfg(test)]
mod tests;
