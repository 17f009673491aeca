//! The one place where actions change the app: the library, the open session, the settings.

use std::path::{Path, PathBuf};

use super::app::{SinhHoatApp, stem};
use super::command::Command;
use super::live::point_labels;
use super::{Action, Screen};
use crate::meeting::{LiveAction, LiveError, draft_generalization};

use crate::model::Step;

use crate::document::SessionEdit;
use crate::model::Session;
use crate::sample::sample_session;
use crate::store::{Library, StoreError};

impl SinhHoatApp {
    /// Applies one action, reporting its outcome at the bottom of the window.
    pub fn apply(&mut self, action: Action) {
        match action {
            Action::Show(screen) => {
                if screen == Screen::Sessions {
                    self.refresh_listing();
                }
                self.screen = screen;
            }
            Action::Refresh => self.refresh_listing(),
            Action::Open(path) => self.open_file(path),
            Action::NewEmpty => {
                let name = self.strings().new_session_name;
                self.create(name, Ok(Session::new_titled(name)));
            }
            Action::NewFromSample => {
                let sample = sample_session().map_err(StoreError::from);
                self.create(self.strings().sample_session_name, sample);
            }
            Action::Duplicate(path) => {
                let name = (self.strings().copy_name)(&stem(&path));
                self.library_action(|library| library.duplicate(&path, &name), self.strings().created);
            }
            Action::Rename(path, name) => self.rename(&path, &name),
            Action::Trash(path) => {
                self.close_if_open(&path);
                self.library_action(|library| library.trash(&path), self.strings().trashed);
            }
            Action::RestoreBackup(path) => {
                self.close_if_open(&path);
                self.library_action(|library| library.restore_backup(&path), self.strings().backup_restored);
            }
            Action::Restore(path) => {
                self.library_action(|library| library.restore(&path), self.strings().restored);
            }
            Action::Import(path) => {
                if let Some(imported) =
                    self.library_action(|library| library.import(&path), self.strings().imported)
                {
                    self.open_file(imported);
                }
            }
            Action::Export(path) => self.export(&path),
            Action::PickImport => {
                if let Some(path) = rfd::FileDialog::new().add_filter("JSON", &["json"]).pick_file() {
                    self.apply(Action::Import(path));
                }
            }
            Action::PickExport => self.pick_export(),
            Action::Edit(edit) => self.edit(edit),
            Action::SetLanguage(language) => {
                self.settings.language = language;
                self.save_settings();
            }
            Action::SetTheme(theme) => {
                self.settings.theme = theme;
                self.save_settings();
            }
            Action::DismissNotice => self.notice = None,
            Action::Live(action) => {
                self.live(action);
            }
            Action::Command(command) => self.command(command),
            Action::Prepare(action) => self.prepare(action),
            Action::ExportDocument(format, path) => self.export_document(format, &path),
            Action::PickExportDocument(format) => {
                let Some(document) = &self.document else {
                    return;
                };
                let name = format!("{}.{}", stem(&document.path), format.extension());
                let dialog = rfd::FileDialog::new().add_filter(format.extension(), &[format.extension()]);
                if let Some(path) = dialog.set_file_name(name).save_file() {
                    self.export_document(format, &path);
                }
            }
            Action::CopyConclusion => {
                if let Some(document) = &self.document {
                    let text = crate::export::outline::conclusion_text(document.session(), self.strings());
                    self.ctx.copy_text(text);
                    self.inform(self.strings().live.copied.to_owned());
                }
            }
        }
    }

    /// Closes the session when it is the one open, with every change on disk first.
    fn close_if_open(&mut self, path: &Path) {
        if self.document.as_ref().is_some_and(|doc| doc.path == path) {
            self.autosaver.flush();
            self.document = None;
            self.remember(None);
        }
    }

    fn create(&mut self, name: &str, session: Result<Session, StoreError>) {
        let created = session.and_then(|session| match &self.library {
            Some(library) => library.create(name, &session),
            None => Err(StoreError::Io {
                kind: std::io::ErrorKind::NotFound,
                detail: self.data.root().display().to_string(),
            }),
        });
        match created {
            Ok(path) => {
                self.inform((self.strings().created)(&stem(&path)));
                self.refresh_listing();
                self.open_file(path);
            }
            Err(error) => self.fail(&(self.strings().store_error)(&error)),
        }
    }

    fn rename(&mut self, path: &Path, name: &str) {
        let is_open = self.document.as_ref().is_some_and(|doc| doc.path == path);
        if is_open {
            self.autosaver.flush();
        }
        if let Some(renamed) =
            self.library_action(|library| library.rename(path, name), self.strings().renamed)
        {
            self.sessions_view.finish_rename();
            if let Some(document) = self.document.as_mut().filter(|_| is_open) {
                document.path = renamed.clone();
                self.remember(Some(renamed));
            }
        }
    }

    fn export(&mut self, target: &Path) {
        let Some(document) = &self.document else {
            return;
        };
        self.make_exports_folder(target);
        match Library::export(document.session(), target) {
            Ok(()) => self.inform((self.strings().exported)(&target.display().to_string())),
            Err(error) => self.fail(&(self.strings().store_error)(&error)),
        }
    }

    /// Creates the default exports folder when `target` is in it.
    fn make_exports_folder(&self, target: &Path) {
        if let Some(folder) = target.parent().filter(|folder| *folder == self.data.exports()) {
            let _ = std::fs::create_dir_all(folder);
        }
    }

    /// Writes the open session as `format` to `target`.
    fn export_document(&mut self, format: crate::export::Format, target: &Path) {
        let Some(document) = &self.document else {
            return;
        };
        self.make_exports_folder(target);
        let bytes = crate::export::render(format, document.session(), self.settings.language);
        match crate::store::write_atomic(target, &bytes) {
            Ok(()) => self.inform((self.strings().exported)(&target.display().to_string())),
            Err(error) => self.fail(&(self.strings().save_failed)(&error)),
        }
    }

    fn pick_export(&mut self) {
        let Some(document) = &self.document else {
            return;
        };
        let name = format!("{}.json", stem(&document.path));
        if let Some(path) =
            rfd::FileDialog::new().add_filter("JSON", &["json"]).set_file_name(name).save_file()
        {
            self.export(&path);
        }
    }

    fn edit(&mut self, edit: SessionEdit) {
        let Some(document) = self.document.as_mut() else {
            return;
        };
        match document.apply(edit) {
            Ok(true) => {
                self.autosaver.save(document.path.clone(), document.session().clone(), document.generation())
            }
            Ok(false) => {}
            Err(error) => self.fail(&(self.strings().timing_error)(error)),
        }
    }

    fn command(&mut self, command: Command) {
        if let Some(action) = command.live_action() {
            self.live(action);
            return;
        }
        match command {
            Command::Help => self.help_open = !self.help_open,
            Command::ToggleProjector => self.projector.toggle_window(),
            Command::ProjectorFullscreen => self.projector.toggle_fullscreen(&self.ctx),
            Command::PresentHere => self.projector.present_here = !self.projector.present_here,
            Command::ShowText => self.projector.presenting = !self.projector.presenting,
            Command::ToggleComment => {
                let current = self.document.as_ref().and_then(|doc| doc.session().live.flow.current_comment);
                match current {
                    Some(comment) => {
                        self.live(LiveAction::ToggleComment(comment));
                    }
                    None => self.fail(self.strings().live.no_open_comment),
                }
            }
            Command::NextStep | Command::PreviousStep => {
                let Some(document) = &self.document else {
                    return;
                };
                let session = document.session();
                let subtopics: Vec<_> = session.subtopics.iter().map(|subtopic| subtopic.id).collect();
                let forward = command == Command::NextStep;
                if let Some(step) = session.live.flow.step.beside(&subtopics, forward) {
                    self.live(LiveAction::GoTo(step));
                }
            }
            Command::AddComment => {
                let hands = self.document.as_ref().map(|doc| doc.session().live.flow.hands.clone());
                let first_hand = hands.and_then(|hands| hands.first().copied());
                match self.live_view.commenter.or(first_hand) {
                    Some(speaker) => {
                        let kind = self.live_view.comment_kind;
                        if self.live(LiveAction::AddComment { speaker, kind }) {
                            self.live_view.commenter = None;
                        }
                    }
                    None if self
                        .document
                        .as_ref()
                        .is_some_and(|doc| doc.session().live.flow.current_speech.is_some()) =>
                    {
                        self.live_view.chooser.open();
                    }
                    None => self.fail(&(self.strings().live.live_error)(LiveError::NoSpeechToComment)),
                }
            }
            Command::ToggleSpeech | Command::NextSpeaker | Command::EndSpeech | Command::UndoQueue => {}
        }
    }

    /// Applies a live action now; entering a sub-topic's generalization for the first time
    /// fills it in from the notes. Returns whether the action was carried out.
    fn live(&mut self, action: LiveAction) -> bool {
        let strings = self.strings();
        let Some(document) = self.document.as_mut() else {
            return false;
        };
        let now = self.clock.wall();
        let adding_comment = matches!(action, LiveAction::AddComment { .. });
        let entering = match action {
            LiveAction::GoTo(Step::Generalization { subtopic }) => Some(subtopic),
            _ => None,
        };
        if let Err(error) = document.apply_live(action, now) {
            self.fail(&(strings.live.live_error)(error));
            return false;
        }
        let session = document.session();
        if adding_comment {
            self.live_view.focus_comment = session.live.flow.current_comment;
        }
        if let Some(subtopic) = entering
            && !session.live.generalizations.iter().any(|g| g.subtopic == subtopic)
        {
            let text = draft_generalization(session, subtopic, &point_labels(strings));
            if !text.is_empty() {
                let _ = document.apply_live(LiveAction::SetGeneralization { subtopic, text }, now);
            }
        }
        self.autosaver.save(document.path.clone(), document.session().clone(), document.generation());
        true
    }

    /// Runs a library operation that yields a file; reports it by name and refreshes the list.
    fn library_action(
        &mut self,
        operation: impl FnOnce(&Library) -> Result<PathBuf, StoreError>,
        message: fn(&str) -> String,
    ) -> Option<PathBuf> {
        let library = self.library.as_ref()?;
        let result = operation(library);
        self.refresh_listing();
        match result {
            Ok(path) => {
                self.inform(message(&stem(&path)));
                Some(path)
            }
            Err(error) => {
                self.fail(&(self.strings().store_error)(&error));
                None
            }
        }
    }
}
