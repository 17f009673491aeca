//! The window around the app's state: it draws the screens from [`AppState`], turns keys and
//! clicks into actions, and carries out the effects only a window can (dialogs, clipboard,
//! the projector, the help).

use std::sync::Arc;

use eframe::egui::{self, Context, Ui, ViewportCommand};

use super::context::{LiveContext, Projector};
use super::frame_report::FrameReport;
use super::live::LiveView;
use super::overview::OverviewView;
use super::prepare::{PrepareContext, PrepareView};
use super::save_guard::{self, CloseGuard};
use super::sessions::SessionsView;
use super::timers::Timers;
use super::window_place::WindowFollower;
use super::{chrome, command, fonts, theme, top_bar};
use crate::app::{Action, AppState, Command, Effect, Screen};
use crate::cli::GuiOptions;
use crate::edit::{Document, Edit};
use crate::meeting::{Clock, SystemClock};
use crate::settings::ThemeChoice;
use crate::sound::CueSink;

/// The screens' own state: what is being typed or chosen, not yet an action.
#[derive(Default)]
struct Views {
    sessions: SessionsView,
    overview: OverviewView,
    live: LiveView,
    prepare: PrepareView,
    committee: super::committee::CommitteeView,
    settings: super::settings_view::SettingsView,
    message: super::message::MessageChooser,
}

/// The app's window: the state, the screens and what only the window knows.
pub struct SinhHoatApp {
    state: AppState,
    views: Views,
    projector: Projector,
    help_open: bool,
    ctx: Context,
    timers: Timers,
    applied_theme: Option<ThemeChoice>,
    window_title: String,
    frame_report: FrameReport,
    close_guard: CloseGuard,
    sound: Box<dyn CueSink>,
    window: WindowFollower,
}

impl SinhHoatApp {
    /// Starts the app for the given command line: installs the fonts, then starts the state.
    pub fn new(ctx: &Context, options: GuiOptions) -> Self {
        Self::with_clock(ctx, options, Arc::new(SystemClock::new()))
    }

    /// [`Self::new`] with the clock the meeting is timed by; tests pass a fake one.
    pub fn with_clock(ctx: &Context, options: GuiOptions, clock: Arc<dyn Clock>) -> Self {
        Self::with_parts(ctx, options, clock, crate::sound::system_sink())
    }

    /// [`Self::with_clock`] with the sink the sound cues go to; tests pass a silent one.
    pub fn with_parts(
        ctx: &Context,
        options: GuiOptions,
        clock: Arc<dyn Clock>,
        sound: Box<dyn CueSink>,
    ) -> Self {
        fonts::install(ctx);
        let repaint = ctx.clone();
        let frame_report = FrameReport::new(options.report_frames);
        let mut app = Self {
            state: AppState::start(options, clock, move || repaint.request_repaint()),
            views: Views::default(),
            projector: Projector::default(),
            help_open: false,
            ctx: ctx.clone(),
            timers: Timers::default(),
            applied_theme: None,
            window_title: String::new(),
            frame_report,
            close_guard: CloseGuard::default(),
            sound,
            window: WindowFollower::default(),
        };
        app.window = WindowFollower::new(app.state.settings());
        if let Some(path) = app.state.document().map(|document| document.path.clone()) {
            app.views.sessions.set_export_target(&app.state.data().exports(), &path);
        }
        app
    }

    /// The state the window draws.
    pub fn state(&self) -> &AppState {
        &self.state
    }

    /// The open session's document, if any.
    pub fn document(&self) -> Option<&Document> {
        self.state.document()
    }

    /// The screen being shown.
    pub fn screen(&self) -> Screen {
        self.state.screen()
    }

    /// The message at the bottom of the window, if any.
    pub fn notice(&self) -> Option<&crate::app::Notice> {
        self.state.notice()
    }

    /// Waits until every change made so far is on disk; false if a save failed.
    pub fn flush(&mut self) -> bool {
        self.state.flush()
    }

    /// Per-frame bookkeeping that does not draw: save reports, theme, window title, keys,
    /// and the timers' next repaint.
    pub fn logic(&mut self, ctx: &Context) {
        self.state.follow_saves();
        self.close_guard.intercept(ctx, self.state.unsaved() && self.state.save_status().error.is_some());
        let theme = self.state.settings().theme;
        if self.applied_theme != Some(theme) {
            theme::apply(ctx, theme);
            self.applied_theme = Some(theme);
        }
        let strings = self.state.strings();
        let title = match self.state.title() {
            Some(name) => format!("{} — {name}", strings.app_title),
            None => strings.app_title.to_owned(),
        };
        if title != self.window_title {
            ctx.send_viewport_cmd(ViewportCommand::Title(title.clone()));
            self.window_title = title;
        }
        self.window.follow(ctx, &self.state).into_iter().for_each(|action| self.dispatch(action));
        let on_live_screen = self.state.screen() == Screen::Live && self.state.document().is_some();
        let choosing = self.views.live.chooser.is_open() || self.views.message.is_open();
        if !choosing && chrome::escape(ctx, &mut self.help_open, self.state.room().message.is_some()) {
            self.dispatch(Action::SpeakerMessage(None));
        }
        if !choosing {
            for command in command::pressed(ctx, on_live_screen) {
                // While the minutes are read back, the page keys turn their pages.
                match command {
                    Command::NextStep | Command::PreviousStep if self.projector.reading => {
                        self.projector.turn_page(ctx, command == Command::NextStep);
                    }
                    _ => self.dispatch(Action::Command(command)),
                }
            }
        }
        let showing = self.state.screen() == Screen::Live || self.projector.open;
        if let Some(session) = self.state.document().map(Document::session) {
            let clock = self.state.clock();
            self.timers.follow(ctx, session, clock, showing);
            let sound = self.state.settings().sound;
            if let Some(cue) = self.timers.cue(ctx, session, clock, &sound) {
                self.sound.play(cue, sound.volume);
            }
        }
    }

    /// Draws the main window, applies what the user did, and hands the session to the
    /// autosaver if it changed this frame (keys are taken in `logic`, just before).
    pub fn show(&mut self, ui: &mut Ui) {
        let strings = self.state.strings();
        let theme = self.state.settings().theme;
        self.close_guard.show(ui.ctx(), strings);
        if self.state.save_status().error.is_some() {
            egui::Panel::top("save_banner").show(ui, |ui| {
                save_guard::banner(ui, strings, self.state.save_status(), theme);
            });
        }
        let mut presented_here = false;
        let mut moved = None;
        if let Some(document) = self.state.document() {
            let live = live_context(&self.state, &self.timers, self.projector, document);
            let mut projector = self.projector;
            let window = &mut self.window;
            moved = projector.show_window(ui.ctx(), &live, (&mut window.projector, &window.screens));
            if projector.present_here && self.state.screen() == Screen::Live {
                egui::CentralPanel::default()
                    .frame(egui::Frame::NONE)
                    .show(ui, |ui| projector.draw_here(ui, &live));
                presented_here = true;
            }
            self.projector = projector;
        }
        if let Some(place) = moved {
            self.dispatch(Action::Settings(crate::settings::SettingsEdit::ProjectorWindow(place)));
        }
        if presented_here {
            return;
        }
        if self.state.locked_out() {
            egui::CentralPanel::default().show(ui, |ui| chrome::locked_out(ui, strings, self.state.notice()));
            return;
        }
        let mut actions = Vec::new();
        let (panel, central) = (theme::bare_panel(ui.style()), theme::bare_central(ui.style()));
        egui::Panel::top("top_bar").frame(panel).show(ui, |ui| top_bar::show(ui, &self.state, &mut actions));
        if let Some(notice) = self.state.notice() {
            egui::Panel::bottom("notice").frame(panel).show(ui, |ui| {
                chrome::notice_bar(ui, strings, notice, theme, &mut actions);
            });
        }
        egui::CentralPanel::default().frame(central).show(ui, |ui| self.draw_screen(ui, &mut actions));
        if self.help_open {
            chrome::help_window(ui.ctx(), strings, &mut self.help_open);
        }
        if let Some(message) = self.views.message.show(ui.ctx(), strings, self.state.settings()) {
            actions.push(Action::SpeakerMessage(Some(message)));
        }
        if let Some(question) = self.state.question() {
            chrome::question(ui.ctx(), strings, question, &mut actions);
        }
        for action in actions {
            self.dispatch(action);
        }
        self.state.persist();
        let generation = self.state.document().map_or(0, Document::generation);
        self.frame_report.frame_ended(ui.ctx().text_edit_focused(), generation);
    }

    fn draw_screen(&mut self, ui: &mut Ui, actions: &mut Vec<Action>) {
        let state = &self.state;
        let strings = state.strings();
        let theme = state.settings().theme;
        let document = state.document();
        match (state.screen(), document) {
            (Screen::Sessions, _) => {
                let open = document.map(|doc| doc.path.as_path());
                self.views.sessions.show(ui, strings, state.listing(), open, theme, actions);
            }
            (Screen::Overview, Some(document)) => {
                self.views.overview.show(ui, (strings, theme), document, state.previous(), actions);
            }
            (Screen::Settings, _) => {
                let tried =
                    self.views.settings.show(ui, strings, (state.settings(), self.sound.status()), actions);
                if tried {
                    self.sound.play(crate::meeting::cues::Cue::Limit, state.settings().sound.volume);
                }
            }
            (Screen::Prepare, _) => {
                let exports = state.data().exports();
                let context =
                    PrepareContext { strings, document, plan: state.plan(), theme, exports: &exports };
                self.views.prepare.show(ui, &context, actions);
            }
            (Screen::Live, Some(document)) => {
                let live = live_context(&self.state, &self.timers, self.projector, document);
                self.views.live.show(ui, &live, actions);
            }
            (Screen::Committee, _) => self.views.committee.show(ui, strings, state.committee(), actions),
            (Screen::Overview | Screen::Live, None) => {
                ui.label(strings.no_session_open);
            }
        }
    }

    /// Applies an action to the state and carries out what it asks of the window.
    pub fn dispatch(&mut self, action: Action) {
        for effect in self.state.apply(action) {
            self.carry_out(effect);
        }
    }

    fn carry_out(&mut self, effect: Effect) {
        match effect {
            Effect::PickImport => {
                if let Some(path) = rfd::FileDialog::new().add_filter("JSON", &["json"]).pick_file() {
                    self.dispatch(Action::Import(path));
                }
            }
            Effect::PickExport { name } => {
                let dialog = rfd::FileDialog::new().add_filter("JSON", &["json"]).set_file_name(name);
                // The system's dialog has asked before picking an existing file.
                if let Some(path) = dialog.save_file() {
                    self.dispatch(Action::Replacing(Box::new(Action::Export(path))));
                }
            }
            Effect::PickExportDocument { format, name } => {
                let extension = format.extension();
                let dialog = rfd::FileDialog::new().add_filter(extension, &[extension]).set_file_name(name);
                if let Some(path) = dialog.save_file() {
                    self.dispatch(Action::Replacing(Box::new(Action::ExportDocument(format, path))));
                }
            }
            Effect::CopyText(text) => self.ctx.copy_text(text),
            Effect::Window(command) => self.window_command(command),
            Effect::Opened(path) => {
                self.views.sessions.set_export_target(&self.state.data().exports(), &path)
            }
            Effect::MemberAdded => self.views.prepare.member_added(),
            Effect::Pasted { complete } => self.views.prepare.pasted(complete),
            Effect::Renamed => self.views.sessions.finish_rename(),
            Effect::PickReportFolder => {
                if let Some(folder) = rfd::FileDialog::new().pick_folder() {
                    self.dispatch(Action::ReadReport(folder));
                }
            }
            Effect::CommentAdded(comment) => {
                self.views.live.focus_comment = Some(comment);
                self.views.live.commenter = None;
                // The cursor goes to the new comment on the next frame: draw it now, not at
                // the next input, or the first key typed would miss the field.
                self.ctx.request_repaint();
            }
        }
    }

    /// The commands only the window carries out.
    fn window_command(&mut self, command: Command) {
        match command {
            Command::Help => self.help_open = !self.help_open,
            Command::ToggleProjector => self.projector.toggle_window(self.window.projector_toggled()),
            Command::ProjectorFullscreen => self.projector.toggle_fullscreen(&self.ctx),
            Command::PresentHere => self.projector.present_here = !self.projector.present_here,
            Command::ShowText => self.projector.presenting = !self.projector.presenting,
            Command::ReadBack => {
                self.projector.reading = !self.projector.reading;
                self.projector.page = 0;
            }
            Command::AddComment => self.add_comment(),
            Command::Message => self.views.message.open(),
            _ => {}
        }
    }

    /// `C`: a comment from the member picked, else the first raised hand, else the chooser.
    fn add_comment(&mut self) {
        let Some(session) = self.state.document().map(Document::session) else {
            return;
        };
        let first_hand = session.live.flow.hands.first().copied();
        match self.views.live.commenter.or(first_hand) {
            Some(speaker) => {
                let kind = self.views.live.comment_kind;
                self.dispatch(Action::Edit(Edit::AddComment { speaker, kind }));
            }
            None => self.views.live.chooser.open(),
        }
    }
}

/// What the live screen and the projector draw from.
fn live_context<'a>(
    state: &'a AppState,
    timers: &Timers,
    projector: Projector,
    document: &'a Document,
) -> LiveContext<'a> {
    let clock = state.clock();
    LiveContext {
        strings: state.strings(),
        document,
        theme: state.settings().theme,
        speech_elapsed: timers.speech_elapsed(clock),
        comment_elapsed: timers.comment_elapsed(clock),
        today: clock.wall().date_naive(),
        now: state.now(),
        exports: state.data().exports(),
        projector,
        room: state.room(),
        clock_on_projector: state.settings().clock_on_projector,
    }
}

impl eframe::App for SinhHoatApp {
    fn logic(&mut self, ctx: &Context, frame: &mut eframe::Frame) {
        self.frame_report.frame_started(ctx, frame.info().cpu_usage);
        SinhHoatApp::logic(self, ctx);
        self.window.refresh_screens(frame);
    }

    fn ui(&mut self, ui: &mut Ui, _frame: &mut eframe::Frame) {
        self.show(ui);
    }

    /// The panels' colour: the panels are drawn without a fill of their own (see
    /// [`theme::bare_panel`]).
    fn clear_color(&self, visuals: &egui::Visuals) -> [f32; 4] {
        visuals.panel_fill.to_normalized_gamma_f32()
    }

    fn on_exit(&mut self, _gl: Option<&eframe::glow::Context>) {
        for action in self.window.unsaved() {
            self.state.apply(action);
        }
        self.state.flush();
    }
}
