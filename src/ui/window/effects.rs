//! What only the window carries out: the system's file dialogs, the clipboard, the projector,
//! the help, the choosers, and what Esc closes.

use super::SinhHoatApp;
use crate::app::{Action, Command, Effect, RoomChange};
use crate::edit::{Document, Edit};
use crate::ui::escape::{self, Closable};
use crate::ui::projector;

impl SinhHoatApp {
    /// Closes what Esc reached.
    fn close(&mut self, thing: Closable) {
        match thing {
            Closable::Help => self.help_open = false,
            Closable::Message => self.dispatch(Action::Room(RoomChange::Say(None))),
            Closable::Blank => self.dispatch(Action::Command(Command::Blank)),
            Closable::ReadBack => self.dispatch(Action::Command(Command::ReadBack)),
            Closable::Slide => self.dispatch(Action::Command(Command::PresentHere)),
        }
    }

    pub(super) fn carry_out(&mut self, effect: Effect) {
        match effect {
            Effect::PickImport => {
                if let Some(path) = rfd::FileDialog::new().add_filter("JSON", &["json"]).pick_file() {
                    self.dispatch(Action::Import(path));
                }
            }
            Effect::PickExportSession { name } => {
                let dialog = rfd::FileDialog::new().add_filter("JSON", &["json"]).set_file_name(name);
                // The system's dialog has asked before picking an existing file.
                if let Some(path) = dialog.save_file() {
                    self.dispatch(Action::Replacing(Box::new(Action::ExportSession(path))));
                }
            }
            Effect::PickExportDocument { format, name, plan } => {
                let extension = format.extension();
                let dialog = rfd::FileDialog::new().add_filter(extension, &[extension]).set_file_name(name);
                if let Some(path) = dialog.save_file() {
                    let export = if plan {
                        Action::ExportPlan(format, path)
                    } else {
                        Action::ExportDocument(format, path)
                    };
                    self.dispatch(Action::Replacing(Box::new(export)));
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
            Command::ToggleProjector => {
                let place = self.window.projector_toggled();
                place.reopen();
                let opens_fullscreen = place.opens_fullscreen();
                self.dispatch(Action::Room(RoomChange::ProjectorToggled { opens_fullscreen }));
            }
            Command::ProjectorFullscreen => {
                projector::show_fullscreen(&self.ctx, self.state.room().projector)
            }
            Command::AddComment => self.add_comment(),
            Command::Message => self.views.message.open(),
            Command::Close => {
                if let Some(thing) = escape::topmost(self.help_open, self.state.room()) {
                    self.close(thing);
                }
            }
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
