//! The actions on files: opening, creating, renaming, the trash, import and export.

use std::path::{Path, PathBuf};

use super::{Action, AppState, Consent, Effect, Screen};
use crate::model::Session;
use crate::sample::{Sample, sample_to_copy};
use crate::store::{Library, StoreError, load_session, stem};

impl AppState {
    /// Applies an action on the library's files.
    pub(super) fn file_action(&mut self, action: Action) {
        match action {
            Action::Refresh => self.refresh_listing(),
            Action::Open(path) => self.open_file(path),
            Action::NewEmpty => {
                let name = self.strings().new_session_name;
                self.create(name, Ok(Session::new_titled(name)));
            }
            Action::NewFromSample(sample) => {
                let name = match sample {
                    Sample::Fresh => self.strings().sample_session_name,
                    Sample::Held => self.strings().held_sample_name,
                };
                self.create(name, sample_to_copy(sample).map_err(StoreError::from));
            }
            Action::Duplicate(path) => {
                let name = (self.strings().copy_name)(&stem(&path));
                self.library_action(|library| library.duplicate(&path, &name), self.strings().created);
            }
            Action::Rename(path, name) => self.rename(&path, &name),
            Action::Trash(path) => {
                self.close_then(&path, |library| library.trash(&path), self.strings().trashed);
            }
            Action::RestoreBackup(path) => {
                let restored = self.strings().backup_restored;
                self.close_then(&path, |library| library.restore_backup(&path), restored);
            }
            Action::Restore(path) => {
                self.library_action(|library| library.restore(&path), self.strings().restored);
            }
            Action::Import(path) => {
                if !self.saved_before_leaving() {
                    return;
                }
                if let Some(imported) =
                    self.library_action(|library| library.import(&path), self.strings().imported)
                {
                    self.open_file(imported);
                }
            }
            Action::ExportSession(_) | Action::ExportDocument(..) | Action::ExportPlan(..) => {
                self.export(action, Consent::default())
            }
            Action::Replacing(action) => self.export(*action, Consent { replace: true, open_spans: false }),
            Action::Answer(answer) => self.answer(answer),
            Action::PickImport => self.effects.push(Effect::PickImport),
            Action::PickExportSession => {
                if let Some(title) = self.title() {
                    self.effects.push(Effect::PickExportSession { name: format!("{title}.json") });
                }
            }
            Action::PickExportDocument(format) => {
                if let Some(title) = self.title() {
                    let name = format.file_name(&title);
                    self.effects.push(Effect::PickExportDocument { format, name, plan: false });
                }
            }
            Action::PickExportPlan(format) => {
                if let Some(plan) = &self.plan {
                    let name = format!("ke-hoach-{}.{}", plan.year, format.extension());
                    self.effects.push(Effect::PickExportDocument { format, name, plan: true });
                }
            }
            _ => {}
        }
    }

    /// Whether every change of the open session is on disk, so that it may be left (another
    /// opened, renamed, deleted). If a save keeps failing, it may not, and the user is told:
    /// its changes stay in memory, under the banner, and are never written elsewhere.
    fn saved_before_leaving(&mut self) -> bool {
        if self.document.is_none() || self.flush() {
            return true;
        }
        self.fail(self.strings().unsaved_blocks);
        false
    }

    /// Opens the session at `path`, once every change of the one open before is on disk.
    pub(super) fn open_file(&mut self, path: PathBuf) {
        if !self.saved_before_leaving() {
            return;
        }
        match load_session(&path) {
            Ok(session) => {
                self.previous = self.library.as_ref().and_then(|library| {
                    let (found, previous) =
                        crate::register::previous_with_open_measures(library, &path, &session)?;
                    Some((stem(&found), previous))
                });
                self.lock_file(&path);
                let behind = self.install(path.clone(), session);
                self.effects.push(Effect::Opened(path.clone()));
                self.screen = Screen::Details;
                self.remember(Some(path));
                if behind {
                    self.fail(self.strings().live.clock_behind);
                }
                if let Some(reason) = self.read_only() {
                    self.say_read_only(reason);
                }
            }
            Err(error) => self.fail(&format!("{}: {}", path.display(), (self.strings().load_error)(&error))),
        }
    }

    /// Runs a library operation on the file at `path` once it is closed, if it is the one
    /// open; nothing happens while its saves keep failing.
    fn close_then(
        &mut self,
        path: &Path,
        operation: impl FnOnce(&Library) -> Result<PathBuf, StoreError>,
        message: fn(&str) -> String,
    ) {
        if self.document.as_ref().is_some_and(|doc| doc.path == path) {
            if !self.saved_before_leaving() {
                return;
            }
            self.document = None;
            self.file_lock = Err(super::ReadOnly::FileCannotLock);
            self.remember(None);
        }
        self.library_action(operation, message);
    }

    pub(super) fn create(&mut self, name: &str, session: Result<Session, StoreError>) -> Option<PathBuf> {
        if !self.saved_before_leaving() {
            return None;
        }
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
                self.open_file(path.clone());
                Some(path)
            }
            Err(error) => {
                self.fail(&(self.strings().store_error)(&error));
                None
            }
        }
    }

    fn rename(&mut self, path: &Path, name: &str) {
        let is_open = self.document.as_ref().is_some_and(|doc| doc.path == path);
        if is_open && !self.saved_before_leaving() {
            return;
        }
        if let Some(renamed) =
            self.library_action(|library| library.rename(path, name), self.strings().renamed)
        {
            self.effects.push(Effect::Renamed);
            if let Some(document) = self.document.as_mut().filter(|_| is_open) {
                document.path = renamed.clone();
                self.lock_file(&renamed);
                self.remember(Some(renamed));
            }
        }
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

    /// Records which session is open, so the next start reopens it: relative to the data
    /// folder when it lies inside it, so that a data folder copied or moved opens its own.
    pub(super) fn remember(&mut self, path: Option<PathBuf>) {
        let path = path.map(|path| match path.strip_prefix(self.data.root()) {
            Ok(inside) => inside.to_path_buf(),
            Err(_) => path,
        });
        if self.settings.last_session != path {
            self.settings.last_session = path;
            self.save_settings();
        }
    }

    /// The session last open: a relative path is in this data folder; an absolute one kept by
    /// an older version inside another data folder's sessions (this folder's original, before
    /// it was copied) is this folder's file of the same name when there is one.
    pub(super) fn last_session(&self) -> Option<PathBuf> {
        let kept = self.settings.last_session.clone()?;
        if kept.is_relative() {
            return Some(self.data.root().join(kept));
        }
        let own = kept.file_name().map(|name| self.data.sessions().join(name));
        let elsewhere = !kept.starts_with(self.data.root());
        match own.filter(|own| {
            elsewhere && own.is_file() && kept.parent().is_some_and(|p| p.ends_with("sessions"))
        }) {
            Some(own) => Some(own),
            None => Some(kept),
        }
    }
}
