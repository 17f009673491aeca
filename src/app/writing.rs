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

/// What an export writes.
#[derive(Debug, Clone, Copy)]
enum Written {
    /// The open session's file.
    Session,
    /// A document made from the open session.
    Document(Format),
    /// The yearly plan as a paper.
    Plan(Format),
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

    /// Runs `export` (an [`Action::ExportSession`], [`Action::ExportDocument`] or
    /// [`Action::ExportPlan`]) with what the user has agreed to, or puts the question it needs
    /// answered first.
    pub(super) fn export(&mut self, export: Action, consent: Consent) {
        let (target, what) = match &export {
            Action::ExportSession(path) => (path.clone(), Written::Session),
            Action::ExportDocument(format, path) => (path.clone(), Written::Document(*format)),
            Action::ExportPlan(format, path) => (path.clone(), Written::Plan(*format)),
            _ => return,
        };
        let still_open = match (&self.document, &self.plan, what) {
            (_, Some(_), Written::Plan(_)) => 0,
            (Some(document), _, Written::Document(_)) => document.session().open_spans(),
            (Some(_), _, Written::Session) => 0,
            _ => return,
        };
        let open =
            self.document.as_ref().is_some_and(|document| crate::store::same_file(&target, &document.path));
        if open || self.data.holds_session(&target) {
            let folder = self.data.sessions().display().to_string();
            self.fail(&(self.strings().export_refused_sessions)(&folder));
            return;
        }
        if still_open > 0 && !consent.open_spans {
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
        self.write(&target, what);
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

    fn write(&mut self, target: &Path, what: Written) {
        self.make_exports_folder(target);
        let language = self.settings.language;
        let result = match (what, &self.document, &self.plan) {
            (Written::Document(format), Some(document), _) => {
                let bytes = crate::export::render(format, document.session(), language, self.now());
                write_export(target, &bytes).map_err(|error| (self.strings().save_failed)(&error))
            }
            (Written::Plan(format), _, Some(plan)) => {
                let bytes = crate::export::render_plan(plan, format, language, self.now());
                write_export(target, &bytes).map_err(|error| (self.strings().save_failed)(&error))
            }
            (Written::Session, Some(document), _) => Library::export(document.session(), target)
                .map_err(|error| (self.strings().store_error)(&error)),
            _ => return,
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
