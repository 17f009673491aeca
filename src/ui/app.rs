//! The app's state and its frame: what is open, what the library holds, what was last said
//! to the user, and where saves stand.

use std::path::PathBuf;

use eframe::egui::{self, Context, Ui, ViewportCommand};

use super::overview::OverviewView;
use super::sessions::{Listing, SessionsView};
use super::{Action, Screen, fonts, settings_view, theme, top_bar};
use crate::cli::GuiOptions;
use crate::document::Document;
use crate::i18n::Strings;
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
    applied_theme: Option<crate::settings::ThemeChoice>,
    window_title: String,
}

impl SinhHoatApp {
    /// Starts the app for the given command line: installs the fonts, reads the settings and
    /// the data folder, and opens the session asked for (or, on a first start, a copy of the
    /// sample).
    pub fn new(ctx: &Context, options: GuiOptions) -> Self {
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
            applied_theme: None,
            window_title: String::new(),
            data,
        };
        app.start(options);
        app
    }

    fn start(&mut self, options: GuiOptions) {
        let first_start = !self.data.settings_file().exists();
        match Settings::load(&self.data.settings_file()) {
            Ok(settings) => self.settings = settings,
            Err(error) => self.fail(&(self.strings().load_error)(&error)),
        }
        if let Some(language) = options.language {
            self.settings.language = language;
        }
        match Library::open(self.data.clone()) {
            Ok(library) => self.library = Some(library),
            Err(error) => self.fail(&(self.strings().store_error)(&error)),
        }
        if let Some(path) = options.open {
            self.apply(Action::Open(path));
        } else if let Some(path) = self
            .settings
            .last_session
            .clone()
            .filter(|path| path.exists())
        {
            self.apply(Action::Open(path));
        } else if first_start && self.library_is_empty() {
            self.apply(Action::NewFromSample);
            if self.document.is_some() {
                self.notice = Some(Notice::Info(self.strings().first_start.to_owned()));
            }
            self.save_settings();
        }
        self.refresh_listing();
    }

    fn library_is_empty(&self) -> bool {
        self.library
            .as_ref()
            .is_some_and(|library| library.is_empty().unwrap_or(false))
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
            let current = self
                .document
                .as_ref()
                .is_some_and(|doc| doc.path == report.path);
            if !current {
                continue;
            }
            match report.result {
                Ok(()) => {
                    self.save_status.saved = self.save_status.saved.max(report.generation);
                    self.save_status.error = None;
                }
                Err(error) => {
                    self.fail(&(self.strings().save_failed)(&error));
                    self.save_status.error = Some(error);
                }
            }
        }
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
    }

    /// Draws the main window and applies what the user did.
    pub fn show(&mut self, ui: &mut Ui) {
        let strings = self.strings();
        let mut actions = Vec::new();
        egui::Panel::top("top_bar").show(ui, |ui| top_bar::show(ui, self, &mut actions));
        if let Some(notice) = &self.notice {
            egui::Panel::bottom("notice").show(ui, |ui| {
                notice_bar(ui, strings, notice, self.settings.theme, &mut actions);
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
                Some(document) => self.overview_view.show(
                    ui,
                    strings,
                    document,
                    self.settings.theme,
                    &mut actions,
                ),
                None => {
                    ui.label(strings.no_session_open);
                }
            },
            Screen::Settings => settings_view::show(ui, strings, &self.settings, &mut actions),
        });
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
        match library
            .list()
            .and_then(|entries| Ok((entries, library.trashed()?)))
        {
            Ok((entries, trash)) => self.listing = Listing { entries, trash },
            Err(error) => self.fail(&(self.strings().store_error)(&error)),
        }
    }

    pub(super) fn open_file(&mut self, path: PathBuf) {
        match load_session(&path) {
            Ok(session) => {
                self.document = Some(Document::new(path.clone(), session));
                self.save_status = SaveStatus::default();
                self.sessions_view
                    .set_export_target(&self.data.exports(), &path);
                self.screen = Screen::Overview;
                self.remember(Some(path));
            }
            Err(error) => self.fail(&format!(
                "{}: {}",
                path.display(),
                (self.strings().load_error)(&error)
            )),
        }
    }
}

fn notice_bar(
    ui: &mut Ui,
    strings: &Strings,
    notice: &Notice,
    choice: crate::settings::ThemeChoice,
    actions: &mut Vec<Action>,
) {
    ui.horizontal_wrapped(|ui| {
        if ui.button(strings.dismiss).clicked() {
            actions.push(Action::DismissNotice);
        }
        match notice {
            Notice::Info(text) => ui.colored_label(theme::success_colour(choice), text),
            Notice::Error(text) => ui.colored_label(theme::error_colour(choice), text),
        };
    });
}

pub(super) fn stem(path: &std::path::Path) -> String {
    path.file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default()
}

impl eframe::App for SinhHoatApp {
    fn logic(&mut self, ctx: &Context, _frame: &mut eframe::Frame) {
        SinhHoatApp::logic(self, ctx);
    }

    fn ui(&mut self, ui: &mut Ui, _frame: &mut eframe::Frame) {
        self.show(ui);
    }

    fn on_exit(&mut self, _gl: Option<&eframe::glow::Context>) {
        self.autosaver.flush();
    }
}
