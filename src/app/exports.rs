//! Exporting the open session: as its JSON file or as a document. An export never writes
//! into the sessions folder or over the open session, asks before replacing a file, and,
//! for the minutes, asks what to do with speeches still going on.

use std::path::Path;

use super::{Action, Answer, AppState, Question};
use crate::edit::Edit;
use crate::export::Format;
use crate::store::{Library, write_export};

/// What the user has agreed to for one export.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Consent {
    /// An existing file may be replaced.
    pub replace: bool,
    /// Speeches or comments still going on have been seen to (ended, or kept as they are).
    pub open_spans: bool,
}

/// An export waiting for the answer to its question.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Pending {
    question: Question,
    export: Action,
    consent: Consent,
}

impl AppState {
    /// The question an export waits on, if any.
    pub fn question(&self) -> Option<&Question> {
        self.pending.as_ref().map(|pending| &pending.question)
    }

    /// Runs `export` (an [`Action::Export`] or [`Action::ExportDocument`]) with what the
    /// user has agreed to, or puts the question it needs answered first.
    pub(super) fn export(&mut self, export: Action, consent: Consent) {
        let (target, format) = match &export {
            Action::Export(path) => (path.clone(), None),
            Action::ExportDocument(format, path) => (path.clone(), Some(*format)),
            _ => return,
        };
        let Some(document) = &self.document else {
            return;
        };
        let open = document.path.as_path();
        if crate::store::same_file(&target, open) || self.data.holds_session(&target) {
            let folder = self.data.sessions().display().to_string();
            self.fail(&(self.strings().export_refused_sessions)(&folder));
            return;
        }
        let still_open = document.session().open_spans();
        if format.is_some() && still_open > 0 && !consent.open_spans {
            self.pending = Some(Pending { question: Question::OpenSpans(still_open), export, consent });
            return;
        }
        if crate::store::not_replaceable(&target) {
            self.fail(&(self.strings().export_not_regular)(&target.display().to_string()));
            return;
        }
        if target.exists() && !consent.replace {
            self.pending = Some(Pending { question: Question::Replace(target), export, consent });
            return;
        }
        self.write(&target, format);
    }

    /// Carries out the answer to the pending question.
    pub(super) fn answer(&mut self, answer: Answer) {
        let Some(Pending { question, export, consent }) = self.pending.take() else {
            return;
        };
        match (question, answer) {
            (Question::Replace(_), Answer::Confirm) => {
                self.export(export, Consent { replace: true, ..consent })
            }
            (Question::OpenSpans(_), Answer::Confirm) => {
                self.edit(Edit::EndOpen);
                self.export(export, Consent { open_spans: true, ..consent });
            }
            (Question::OpenSpans(_), Answer::Alternative) => {
                self.export(export, Consent { open_spans: true, ..consent });
            }
            (Question::Replace(_), Answer::Alternative) | (_, Answer::Cancel) => {}
        }
    }

    fn write(&mut self, target: &Path, format: Option<Format>) {
        let Some(document) = &self.document else {
            return;
        };
        self.make_exports_folder(target);
        let result = match format {
            Some(format) => {
                let bytes =
                    crate::export::render(format, document.session(), self.settings.language, self.now());
                write_export(target, &bytes).map_err(|error| (self.strings().save_failed)(&error))
            }
            None => Library::export(document.session(), target)
                .map_err(|error| (self.strings().store_error)(&error)),
        };
        match result {
            Ok(()) => self.inform((self.strings().exported)(&target.display().to_string())),
            Err(message) => self.fail(&message),
        }
    }

    /// Creates the default exports folder when `target` is in it.
    fn make_exports_folder(&self, target: &Path) {
        if let Some(folder) = target.parent().filter(|folder| *folder == self.data.exports()) {
            let _ = std::fs::create_dir_all(folder);
        }
    }
}
