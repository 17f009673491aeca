//! The window around the app's state: it draws the screens from [`AppState`], turns keys and
//! clicks into actions, and carries out the effects only a window can (dialogs, clipboard,
//! the projector, the help).

mod effects;
mod keys;

use std::sync::Arc;

use eframe::egui::{self, Context, Ui, ViewportCommand};

use super::context::LiveContext;
use super::details::DetailsView;
use super::frame_report::FrameReport;
use super::live::LiveView;
use super::prepare::{PrepareContext, PrepareView};
use super::projector::{self, ProjectorView};
use super::save_guard::{self, CloseGuard};
use super::scene::Scene;
use super::sessions::SessionsView;
use super::timers::Timers;
use super::window_place::WindowFollower;
use super::{chrome, fonts, theme, top_bar};
use crate::app::GuiOptions;
use crate::app::{Action, AppState, Notice, RoomChange, Screen};
use crate::awake::{AwakeStatus, Inhibitor, KeepAwake};
use crate::edit::Document;
use crate::meeting::{Clock, SystemClock};
use crate::settings::ThemeChoice;
use crate::sound::CueSink;
use keys::key_action;

/// What the app asks of the system outside its window.
pub struct Outside {
    /// Where the sound cues go.
    pub sound: Box<dyn CueSink>,
    /// How the screen is kept on during the meeting.
    pub inhibitor: Box<dyn Inhibitor>,
}

/// The screens' own state: what is being typed or chosen, not yet an action.
#[derive(Default)]
struct Views {
    sessions: SessionsView,
    details: DetailsView,
    live: LiveView,
    prepare: PrepareView,
    report: super::report::ReportView,
    settings: super::settings_view::SettingsView,
    message: super::message::MessageChooser,
}

/// The app's window: the state, the screens and what only the window knows.
pub struct SinhHoatApp {
    state: AppState,
    views: Views,
    help_open: bool,
    ctx: Context,
    timers: Timers,
    applied_theme: Option<ThemeChoice>,
    window_title: String,
    frame_report: FrameReport,
    close_guard: CloseGuard,
    sound: Box<dyn CueSink>,
    awake: KeepAwake,
    window: WindowFollower,
}

impl SinhHoatApp {
    /// Starts the app for the given command line: installs the fonts, then starts the state.
    pub fn new(ctx: &Context, options: GuiOptions) -> Self {
        Self::with_clock(ctx, options, Arc::new(SystemClock::new()))
    }

    /// [`Self::new`] with the clock the meeting is timed by; tests pass a fake one.
    pub fn with_clock(ctx: &Context, options: GuiOptions, clock: Arc<dyn Clock>) -> Self {
        let outside =
            Outside { sound: crate::sound::system_sink(), inhibitor: crate::awake::system_inhibitor() };
        Self::with_parts(ctx, options, clock, outside)
    }

    /// [`Self::with_clock`] with what the app asks of the system: where the sound cues go and
    /// how the screen is kept on; tests pass stand-ins that record.
    pub fn with_parts(ctx: &Context, options: GuiOptions, clock: Arc<dyn Clock>, outside: Outside) -> Self {
        fonts::install(ctx);
        let repaint = ctx.clone();
        let awake_changed = ctx.clone();
        let frame_report = FrameReport::new(options.report_frames);
        let mut app = Self {
            state: AppState::start(options, clock, move || repaint.request_repaint()),
            views: Views::default(),
            help_open: false,
            ctx: ctx.clone(),
            timers: Timers::default(),
            applied_theme: None,
            window_title: String::new(),
            frame_report,
            close_guard: CloseGuard::default(),
            sound: outside.sound,
            awake: KeepAwake::start(outside.inhibitor, move || awake_changed.request_repaint()),
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

    /// Where keeping the screen on stands.
    pub fn awake_status(&self) -> AwakeStatus {
        self.awake.status()
    }

    /// Waits until every change made so far is on disk; false if a save failed.
    pub fn flush(&mut self) -> bool {
        self.state.flush()
    }

    /// The frame's work, whatever is drawn: save reports, theme, window title, keys and the
    /// actions they give, the timers' next repaint and cues, the room kept lit, and the hand-off
    /// of any change to the autosaver. Drawing ([`Self::show`]) may skip a screen; this never.
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
        self.take_keys(ctx);
        let showing = self.state.screen() == Screen::Live || self.state.room().projector.open;
        if let Some(session) = self.state.document().map(Document::session) {
            let clock = self.state.clock();
            self.timers.follow(ctx, session, clock, showing);
            let sound = self.state.settings().sound;
            if let Some(cue) = self.timers.cue(ctx, session, clock, &sound) {
                self.sound.play(cue, sound.volume);
            }
            let room = self.state.settings().room();
            let hold = (room.final_time, self.state.now());
            self.timers.follow_prompts(ctx, session, clock, hold, room.start_reminder_secs);
        }
        let meeting_shown = showing && self.state.document().is_some() && !self.state.locked_out();
        self.awake.want(meeting_shown && self.state.settings().room().keep_awake);
        // Without its locks the app only shows, and tries them again every second.
        if !self.state.locked_out() && self.state.read_only().is_some() && self.state.retry_locks() {
            ctx.request_repaint_after(std::time::Duration::from_secs(1));
        }
        self.state.persist();
    }

    /// Draws the main window and applies what was clicked or typed in it, then hands any
    /// change to the autosaver; a screen that is not drawn is still saved.
    pub fn show(&mut self, ui: &mut Ui) {
        let mut actions = Vec::new();
        let slide = self.draw(ui, &mut actions);
        for action in actions {
            self.dispatch(action);
        }
        self.state.persist();
        let generation = self.state.document().map_or(0, Document::generation);
        let scene = || match slide {
            None => Scene::LOCKED.to_owned(),
            Some(slide) => Scene {
                screen: self.state.screen(),
                slide,
                room: self.state.room(),
                help: self.help_open,
                message_chooser: self.views.message.is_open(),
                commenter_chooser: self.views.live.chooser.is_open(),
            }
            .words(),
        };
        self.frame_report.frame_ended(ui.ctx().text_edit_focused(), generation, scene);
    }

    /// Draws the main window (the screen, or the slide when it is shown here) with the
    /// choosers, questions and help over it, whichever is drawn; returns the slide shown here,
    /// if any, or `None` when another window keeps this one out.
    fn draw(&mut self, ui: &mut Ui, actions: &mut Vec<Action>) -> Option<Option<ProjectorView>> {
        let strings = self.state.strings();
        let theme = self.state.settings().theme;
        self.close_guard.show(ui.ctx(), strings);
        // A warning that comes and goes must not renumber what follows it: the field being typed
        // into would lose the cursor, and the keys after it.
        match self.state.save_status().error.is_some() {
            true => {
                egui::Panel::top("save_banner").show(ui, |ui| {
                    save_guard::banner(ui, strings, self.state.save_status(), theme);
                });
            }
            false => ui.skip_ahead_auto_ids(1),
        }
        match self.state.read_only_message() {
            Some(message) => {
                egui::Panel::top("read_only_banner").show(ui, |ui| save_guard::warning(ui, &message, theme));
            }
            None => ui.skip_ahead_auto_ids(1),
        }
        if self.state.locked_out() {
            egui::CentralPanel::default().show(ui, |ui| chrome::locked_out(ui, strings, self.state.notice()));
            return None;
        }
        let mut slide = None;
        let presenting = self.state.room().projector.present_here && self.state.screen() == Screen::Live;
        if let Some(document) = self.state.document() {
            let live = LiveContext::of(&self.state, &self.timers, document);
            let keys = self.key_rule();
            let window = &mut self.window;
            let shown =
                projector::show_window(ui.ctx(), &live, (&mut window.projector, &window.screens), keys);
            // Keys typed while the second window has the focus count as typed in this one.
            actions.extend(shown.typed.into_iter().map(|command| key_action(ui.ctx(), live.room, command)));
            if let Some(place) = shown.moved {
                actions.push(Action::Settings(crate::settings::SettingsEdit::ProjectorWindow(place)));
            }
            if shown.closed {
                actions.push(Action::Room(RoomChange::ProjectorClosed));
            }
            if presenting {
                // A refusal is seen even on the slide: a key that did nothing says so.
                if let Some(notice @ Notice::Error(_)) = self.state.notice() {
                    egui::Panel::bottom("notice").show(ui, |ui| {
                        chrome::notice_bar(ui, strings, notice, theme, actions);
                    });
                }
                let session = document.session();
                let called = session.live.flow.current_speech.and_then(|id| session.speech(id));
                if let Some(speech) = called.filter(|_| live.start_overdue) {
                    egui::Panel::bottom("start_reminder").show(ui, |ui| {
                        super::live::start_reminder(ui, &live, live.name(speech.speaker));
                    });
                }
                let view = projector::view(&live);
                egui::CentralPanel::default()
                    .frame(egui::Frame::NONE)
                    .show(ui, |ui| projector::draw_here(ui, &live, view));
                slide = Some(view);
            }
            self.views.live.chooser.show(ui.ctx(), &live, self.views.live.comment_kind, actions);
        }
        if !presenting {
            let (panel, central) = (theme::bare_panel(ui.style()), theme::bare_central(ui.style()));
            egui::Panel::top("top_bar").frame(panel).show(ui, |ui| top_bar::show(ui, &self.state, actions));
            match self.state.notice() {
                Some(notice) => {
                    egui::Panel::bottom("notice").frame(panel).show(ui, |ui| {
                        chrome::notice_bar(ui, strings, notice, theme, actions);
                    });
                }
                None => ui.skip_ahead_auto_ids(1),
            }
            egui::CentralPanel::default().frame(central).show(ui, |ui| self.draw_screen(ui, actions));
        }
        if self.help_open {
            chrome::help_window(ui.ctx(), strings, &mut self.help_open);
        }
        if let Some(message) = self.views.message.show(ui.ctx(), strings, self.state.settings()) {
            actions.push(Action::Room(RoomChange::Say(Some(message))));
        }
        if let Some(question) = self.state.question() {
            chrome::question(ui.ctx(), strings, question, actions);
        }
        Some(slide)
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
            (Screen::Details, Some(document)) => {
                self.views.details.show(ui, (strings, theme), document, state.previous(), actions);
            }
            (Screen::Settings, _) => {
                let outside = (state.settings(), self.sound.status(), &self.awake.status());
                let tried = self.views.settings.show(ui, strings, outside, actions);
                if tried {
                    self.sound.play(crate::meeting::cues::Cue::Limit, state.settings().sound.volume);
                }
            }
            (Screen::Prepare, _) => {
                let exports = state.data().exports();
                let today = state.now().date_naive();
                let context =
                    PrepareContext { strings, document, plan: state.plan(), theme, exports: &exports, today };
                self.views.prepare.show(ui, &context, actions);
            }
            (Screen::Live, Some(document)) => {
                let live = LiveContext::of(&self.state, &self.timers, document);
                self.views.live.show(ui, &live, actions);
            }
            (Screen::Report, _) => self.views.report.show(ui, strings, state.folder_report(), actions),
            (Screen::Details | Screen::Live, None) => {
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
