//! The app's state and its frame: what is open, what the library holds, what was last said
//! to the user, and where saves stand.

use std::path::PathBuf;
use std::sync::Arc;

use eframe::egui::{self, Context, Ui, ViewportCommand};

use super::chrome;
use super::command::Command;
use super::frame_report::FrameReport;
use super::live::{LiveContext, LiveView};
use super::overview::OverviewView;
use super::prepare::{PrepareContext, PrepareView};
use super::projector::Projector;
use super::save_guard::{self, CloseGuard};
use super::sessions::{Listing, SessionsView};
use super::{Action, Screen, fonts, settings_view, theme, top_bar};
use crate::cli::GuiOptions;
use crate::document::Document;
use crate::i18n::Strings;
use crate::meeting::{Clock, LiveTimer, Reading, SystemClock, timer};
use crate::model::Phase;

use crate::settings::Settings;
use crate::store::{Autosaver, DataDir, Library, SaveError, load_session};

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
pub(super) struct SaveStatus {
    /// The newest generation known to be on disk.
    pub saved: u64,
    /// The last failure, cleared by the next success.
    pub error: Option<SaveError>,
}

/// The whole app: state, screens and the background saver.
pub struct SinhHoatApp {
    pub(super) data: DataDir,
    pub(super) library: Option<Library>,
    pub(super) settings: Settings,
    pub(super) document: Option<Document>,
    pub(super) screen: Screen,
    pub(super) notice: Option<Notice>,
    pub(super) save_status: SaveStatus,
    pub(super) autosaver: Autosaver,
    pub(super) listing: Listing,
    pub(super) sessions_view: SessionsView,
    pub(super) overview_view: OverviewView,
    pub(super) live_view: LiveView,
    pub(super) prepare_view: PrepareView,
    /// The previous meeting of the same cell with measures still open, for review.
    pub(super) previous: Option<(String, crate::model::Session)>,
    pub(super) clock: Arc<dyn Clock>,
    pub(super) help_open: bool,
    pub(super) projector: Projector,
    pub(super) ctx: Context,
    speech_timer: LiveTimer,
    comment_timer: LiveTimer,
    applied_theme: Option<crate::settings::ThemeChoice>,
    window_title: String,
    frame_report: FrameReport,
    close_guard: CloseGuard,
}

impl SinhHoatApp {
    /// Starts the app for the given command line: installs the fonts, reads the settings and
    /// the data folder, and opens the session asked for (or, on a first start, a copy of the
    /// sample).
    pub fn new(ctx: &Context, options: GuiOptions) -> Self {
        Self::with_clock(ctx, options, Arc::new(SystemClock::new()))
    }

    /// [`Self::new`] with the clock the meeting is timed by; tests pass a fake one.
    pub fn with_clock(ctx: &Context, options: GuiOptions, clock: Arc<dyn Clock>) -> Self {
        fonts::install(ctx);
        let data = DataDir::from_environment(options.data_dir.clone());
        let repaint = ctx.clone();
        let autosaver = Autosaver::start(move || repaint.request_repaint());
        let mut app = Self {
            library: None,
            settings: Settings::default(),
            document: None,
            screen: Screen::Sessions,
            notice: None,
            save_status: SaveStatus::default(),
            autosaver,
            listing: Listing::default(),
            sessions_view: SessionsView::default(),
            overview_view: OverviewView::default(),
            live_view: LiveView::default(),
            prepare_view: PrepareView::default(),
            previous: None,
            clock,
            help_open: false,
            projector: Projector::default(),
            ctx: ctx.clone(),
            speech_timer: LiveTimer::default(),
            comment_timer: LiveTimer::default(),
            applied_theme: None,
            window_title: String::new(),
            frame_report: FrameReport::new(options.report_frames),
            close_guard: CloseGuard::default(),
            data,
        };
        app.start(options);
        app
    }

    fn start(&mut self, options: GuiOptions) {
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
        let live = options.live;
        if let Some(path) = options.open {
            self.apply(Action::Open(path));
        } else if let Some(path) = self.settings.last_session.clone().filter(|path| path.exists()) {
            self.apply(Action::Open(path));
        } else if first_start && self.library_is_empty() {
            self.apply(Action::NewFromSample);
            if self.document.is_some() {
                self.notice = Some(Notice::Info(self.strings().first_start.to_owned()));
            }
            self.save_settings();
        }
        if live && self.document.is_some() {
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

    /// Waits until every change made so far is on disk; false if a save failed.
    pub fn flush(&self) -> bool {
        self.autosaver.flush()
    }

    /// Per-frame bookkeeping that does not draw: save reports, theme, window title.
    pub fn logic(&mut self, ctx: &Context) {
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
        let unsaved = self.document.as_ref().is_some_and(|doc| self.save_status.saved < doc.generation());
        self.close_guard.intercept(ctx, unsaved && self.save_status.error.is_some());
        if self.applied_theme != Some(self.settings.theme) {
            theme::apply(ctx, self.settings.theme);
            self.applied_theme = Some(self.settings.theme);
        }
        let title = match &self.document {
            Some(document) => format!("{} — {}", self.strings().app_title, stem(&document.path)),
            None => self.strings().app_title.to_owned(),
        };
        if title != self.window_title {
            ctx.send_viewport_cmd(ViewportCommand::Title(title.clone()));
            self.window_title = title;
        }
        let on_live_screen = self.screen == Screen::Live && self.document.is_some();
        if !self.live_view.chooser.is_open() {
            for command in Command::pressed(ctx, on_live_screen) {
                self.apply(Action::Command(command));
            }
        }

        self.sync_timers(ctx);
    }

    /// Follows the current speech and comment with the on-screen timers, and asks for the
    /// next frame exactly when the shown time will change.
    fn sync_timers(&mut self, ctx: &Context) {
        let Some(document) = &self.document else {
            return;
        };
        let session = document.session();
        let clock = self.clock.as_ref();
        let flow = &session.live.flow;
        let speech = flow.current_speech.and_then(|id| session.live.speeches.iter().find(|s| s.id == id));
        match speech {
            Some(speech) => self.speech_timer.sync(0, speech.id.0, &speech.span, clock),
            None => self.speech_timer = LiveTimer::default(),
        }
        let comment = flow.current_comment.and_then(|id| session.live.comments.iter().find(|c| c.id == id));
        match comment {
            Some(comment) => self.comment_timer.sync(1, comment.id.0, &comment.span, clock),
            None => self.comment_timer = LiveTimer::default(),
        }
        if self.screen != Screen::Live && !self.projector.open {
            return;
        }
        let speech = Reading::of_speech(&session.timing, self.speech_timer.elapsed(clock));
        let comment = Reading::of_comment(&session.timing, self.comment_timer.elapsed(clock));
        let next = [(&self.speech_timer, speech), (&self.comment_timer, comment)]
            .into_iter()
            .filter(|(timer, _)| timer.is_running())
            .map(|(_, reading)| timer::until_next_change(reading.elapsed, reading.phase == Phase::OverLimit))
            .min();
        if let Some(delay) = next {
            ctx.request_repaint_after(delay);
        }
    }

    /// What the live screen draws from.
    fn live_context<'a>(&self, document: &'a Document) -> LiveContext<'a> {
        LiveContext {
            strings: self.strings(),
            document,
            theme: self.settings.theme,
            speech_elapsed: self.speech_timer.elapsed(self.clock.as_ref()),
            comment_elapsed: self.comment_timer.elapsed(self.clock.as_ref()),
            today: self.clock.wall().date_naive(),
            exports: self.data.exports(),
            projector: self.projector,
        }
    }

    /// Draws the main window and applies what the user did.
    pub fn show(&mut self, ui: &mut Ui) {
        let strings = self.strings();
        self.close_guard.show(ui.ctx(), strings);
        if self.save_status.error.is_some() {
            egui::Panel::top("save_banner").show(ui, |ui| {
                save_guard::banner(ui, strings, &self.save_status, self.settings.theme);
            });
        }
        if let Some(document) = &self.document {
            let live = self.live_context(document);
            let mut projector = self.projector;
            projector.show_window(ui.ctx(), &live);
            if projector.present_here && self.screen == Screen::Live {
                egui::CentralPanel::default()
                    .frame(egui::Frame::NONE)
                    .show(ui, |ui| projector.draw_here(ui, &live));
                self.projector = projector;
                return;
            }
            self.projector = projector;
        }
        let mut actions = Vec::new();
        egui::Panel::top("top_bar").show(ui, |ui| top_bar::show(ui, self, &mut actions));

        if let Some(notice) = &self.notice {
            egui::Panel::bottom("notice").show(ui, |ui| {
                chrome::notice_bar(ui, strings, notice, self.settings.theme, &mut actions);
            });
        }
        egui::CentralPanel::default().show(ui, |ui| match self.screen {
            Screen::Sessions => self.sessions_view.show(
                ui,
                strings,
                &self.listing,
                self.document.as_ref().map(|doc| doc.path.as_path()),
                self.settings.theme,
                &mut actions,
            ),
            Screen::Overview => match &self.document {
                Some(document) => {
                    let previous = self.previous.as_ref();
                    self.overview_view.show(
                        ui,
                        (strings, self.settings.theme),
                        document,
                        previous,
                        &mut actions,
                    )
                }
                None => {
                    ui.label(strings.no_session_open);
                }
            },
            Screen::Settings => settings_view::show(ui, strings, &self.settings, &mut actions),
            Screen::Prepare => {
                let exports = self.data.exports();
                let context = PrepareContext {
                    strings,
                    document: self.document.as_ref(),
                    theme: self.settings.theme,
                    exports: &exports,
                };
                self.prepare_view.show(ui, &context, &mut actions);
            }

            Screen::Live => match &self.document {
                Some(document) => {
                    let live = self.live_context(document);
                    self.live_view.show(ui, &live, &mut actions);
                }
                None => {
                    ui.label(strings.no_session_open);
                }
            },
        });
        if self.help_open {
            chrome::help_window(ui.ctx(), strings, &mut self.help_open);
        }
        for action in actions {
            self.apply(action);
        }
    }

    pub(super) fn fail(&mut self, message: &str) {
        self.notice = Some(Notice::Error(message.to_owned()));
    }

    pub(super) fn inform(&mut self, message: String) {
        self.notice = Some(Notice::Info(message));
    }

    pub(super) fn save_settings(&mut self) {
        if let Err(error) = self.settings.save(&self.data.settings_file()) {
            self.fail(&(self.strings().save_failed)(&error));
        }
    }

    /// Records which session is open, so the next start reopens it.
    pub(super) fn remember(&mut self, path: Option<PathBuf>) {
        if self.settings.last_session != path {
            self.settings.last_session = path;
            self.save_settings();
        }
    }

    pub(super) fn refresh_listing(&mut self) {
        let Some(library) = &self.library else {
            return;
        };
        match library.list().and_then(|entries| Ok((entries, library.trashed()?))) {
            Ok((entries, trash)) => self.listing = Listing { entries, trash },
            Err(error) => self.fail(&(self.strings().store_error)(&error)),
        }
    }

    pub(super) fn open_file(&mut self, path: PathBuf) {
        match load_session(&path) {
            Ok(session) => {
                self.previous = self.library.as_ref().and_then(|library| {
                    let (found, previous) =
                        crate::register::previous_with_open_measures(library, &path, &session)?;
                    Some((stem(&found), previous))
                });
                self.document = Some(Document::new(path.clone(), session));
                self.save_status = SaveStatus::default();
                self.sessions_view.set_export_target(&self.data.exports(), &path);
                self.screen = Screen::Overview;
                self.remember(Some(path));
            }
            Err(error) => self.fail(&format!("{}: {}", path.display(), (self.strings().load_error)(&error))),
        }
    }
}

pub(super) use crate::store::stem;

impl eframe::App for SinhHoatApp {
    fn logic(&mut self, ctx: &Context, frame: &mut eframe::Frame) {
        self.frame_report.frame_started(ctx, frame.info().cpu_usage);
        SinhHoatApp::logic(self, ctx);
    }

    fn ui(&mut self, ui: &mut Ui, _frame: &mut eframe::Frame) {
        self.show(ui);
    }

    fn on_exit(&mut self, _gl: Option<&eframe::glow::Context>) {
        self.autosaver.flush();
    }
}
