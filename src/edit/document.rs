//! The open session: its file, its content, its history of edits, and the single place
//! where it changes.

use std::path::PathBuf;
use std::sync::Arc;

use super::{Applied, Edit, EditError, History};
use crate::meeting::{Clock, PointLabels, RecordClock, SystemClock, draft_generalization};
use crate::model::{Session, Step, WallTime};

/// A session opened from a file, with a counter that moves on every change, and the clock
/// its changes are recorded by.
#[derive(Clone)]
pub struct Document {
    /// The file the session is saved to.
    pub path: PathBuf,
    session: Session,
    generation: u64,
    history_moves: u64,
    history: History,
    clock: Arc<dyn Clock>,
    record_clock: RecordClock,
    labels: PointLabels<'static>,
}

impl std::fmt::Debug for Document {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Document").field("path", &self.path).field("generation", &self.generation).finish()
    }
}

impl Document {
    /// A document for a session just read from `path`, on the machine's clocks.
    pub fn new(path: PathBuf, session: Session) -> Self {
        Self::open(path, session, Arc::new(SystemClock::new())).0
    }

    /// A document for a session read from `path`, its changes recorded by `clock`. A speech
    /// or comment left open in the file (a restart after a crash) keeps counting from its last
    /// recorded moment; the flag says whether the wall clock now stands before it.
    pub fn open(path: PathBuf, session: Session, clock: Arc<dyn Clock>) -> (Self, bool) {
        let (record_clock, behind) = RecordClock::resume(session.open_span_latest(), clock.as_ref());
        let history = History::default();
        let labels = PointLabels::VIETNAMESE;
        let document =
            Self { path, session, generation: 0, history_moves: 0, history, clock, record_clock, labels };
        (document, behind)
    }

    /// The moment a change made now is recorded at (see [`RecordClock`]).
    pub fn now(&self) -> WallTime {
        self.record_clock.now(self.clock.as_ref())
    }

    /// The headings a generalization's first draft is written under (Vietnamese until set):
    /// the window sets those of the UI's language.
    pub fn set_point_labels(&mut self, labels: PointLabels<'static>) {
        self.labels = labels;
    }

    /// Applies one edit now, by the document's clock, as [`Document::apply`] does.
    pub fn edit(&mut self, edit: Edit) -> Result<Applied, EditError> {
        let now = self.now();
        let applied = self.apply(edit, now);
        let open = self.session.open_span_latest().is_some();
        self.record_clock.follow(open, now, self.clock.as_ref());
        applied
    }

    /// The session as it stands.
    pub fn session(&self) -> &Session {
        &self.session
    }

    /// How many changes (edits, undos and redos) have been made since the file was opened.
    pub fn generation(&self) -> u64 {
        self.generation
    }

    /// How many undos and redos have been made since the file was opened: a view holding text
    /// typed into a field takes the session's value again when this moves.
    pub fn history_moves(&self) -> u64 {
        self.history_moves
    }

    /// The edits that can be undone and redone.
    pub fn history(&self) -> &History {
        &self.history
    }

    /// Applies one edit at wall-clock time `now`. A refused edit, or one that would leave the
    /// session inconsistent, changes nothing and says why. An edit that changes something
    /// moves the generation and can be undone. Moving to a sub-topic's generalization
    /// ([`Edit::GoTo`]) ends its discussion and drafts the generalization from the notes, under
    /// the document's headings ([`Document::set_point_labels`]), unless one was written already.
    pub fn apply(&mut self, edit: Edit, now: WallTime) -> Result<Applied, EditError> {
        let edit = match edit {
            Edit::GoTo(Step::Generalization { subtopic }) => {
                let draft = draft_generalization(&self.session, subtopic, &self.labels);
                Edit::OpenGeneralization { subtopic, draft }
            }
            edit => edit,
        };
        let mut next = self.session.clone();
        let applied = super::apply::apply(&mut next, edit.clone(), now)?;
        let issues = next.validate();
        if !issues.is_empty() {
            return Err(EditError::Unsound(issues));
        }
        if next != self.session {
            let before = std::mem::replace(&mut self.session, next);
            self.history.record(&edit, before, now);
            self.generation += 1;
        }
        Ok(applied)
    }

    /// Applies one edit to a session held outside any file (a generated or a test meeting),
    /// under the same rules as [`Document::apply`]: refused, or leaving it inconsistent, the
    /// session is unchanged and the error says why.
    pub fn apply_to(session: &mut Session, edit: Edit, now: WallTime) -> Result<Applied, EditError> {
        let mut document = Self::new(PathBuf::new(), std::mem::take(session));
        let applied = document.apply(edit, now);
        *session = document.session;
        applied
    }

    /// Takes back the newest edit, restoring the session exactly as it was before it. While
    /// the minutes are approved, only the edits allowed on approved minutes are taken back:
    /// the approval itself is a line only unlocking, with its reason, crosses.
    pub fn undo(&mut self) -> Result<Edit, EditError> {
        let locked = self.session.live.minutes_locked;
        let next = self.history.next_undo().map(|(edit, _)| edit);
        if locked && next.is_some_and(|edit| !edit.allowed_when_locked()) {
            return Err(EditError::ApprovalLine);
        }
        let edit = self.history.undo(&mut self.session).ok_or(EditError::NothingToUndo)?;
        self.moved_in_history();
        Ok(edit)
    }

    /// Applies again the edit undone last, restoring the session exactly as it was after it.
    pub fn redo(&mut self) -> Result<Edit, EditError> {
        let edit = self.history.redo(&mut self.session).ok_or(EditError::NothingToRedo)?;
        self.moved_in_history();
        Ok(edit)
    }

    /// After an undo or a redo: what the record holds now decides the clock's anchor, so a
    /// span undone back to open keeps counting from where the clock stands.
    fn moved_in_history(&mut self) {
        self.generation += 1;
        self.history_moves += 1;
        let open = self.session.open_span_latest();
        let now = self.now();
        self.record_clock.follow(open.is_some(), now.max(open.unwrap_or(now)), self.clock.as_ref());
    }
}

#[cfg(test)]
mod tests {
    use super::Document;
    use crate::edit::{Edit, EditError};
    use crate::model::{MeetingDetail, Session, TimingDetail, TimingError, TimingRules, WallTime};

    fn now() -> WallTime {
        WallTime::parse_from_rfc3339("2020-06-12T14:00:00+07:00").expect("time")
    }

    #[test]
    fn only_real_changes_move_the_generation() {
        let mut document = Document::new("a.json".into(), Session::default());
        let place = |text: &str| Edit::SetMeetingDetail(MeetingDetail::Place(text.into()));
        document.apply(place(""), now()).expect("applies");
        assert_eq!(document.generation(), 0);
        document.apply(place("Hội trường"), now()).expect("applies");
        assert_eq!(document.generation(), 1);
        assert_eq!(document.session().meeting.place, "Hội trường");
    }

    #[test]
    fn unsound_timing_is_refused_and_changes_nothing() {
        let mut document = Document::new("a.json".into(), Session::default());
        let bad = TimingDetail::TargetMax(900);
        assert_eq!(
            document.apply(Edit::SetTimingDetail(bad), now()),
            Err(EditError::Timing(TimingError::MaximumAboveLimit))
        );
        assert_eq!(document.session().timing, TimingRules::default());
        assert_eq!(document.generation(), 0);
        assert_eq!(document.undo(), Err(EditError::NothingToUndo));
    }
}
