//! The open session: its file, its content, and the single place where it changes.

use std::path::PathBuf;

use crate::meeting::{self, LiveAction, LiveError, QueueHistory};
use crate::model::{MeetingInfo, Organisation, Session, TimingError, TimingRules, Topic, WallTime};

/// A change to the open session. Every edit the UI makes is one of these, applied by
/// [`Document::apply`], so saving and checking happen in one place.
#[derive(Debug, Clone, PartialEq)]
pub enum SessionEdit {
    /// Replace the party committee and cell.
    Organisation(Organisation),
    /// Replace the meeting's practical details.
    Meeting(MeetingInfo),
    /// Replace the topic and its opening texts.
    Topic(Topic),
    /// Replace the timing rules; refused unless they are sound.
    Timing(TimingRules),
}

/// A session opened from a file, with a counter that moves on every change.
#[derive(Debug, Clone)]
pub struct Document {
    /// The file the session is saved to.
    pub path: PathBuf,
    session: Session,
    generation: u64,
    queue_history: QueueHistory,
}

impl Document {
    /// A document for a session just read from `path`.
    pub fn new(path: PathBuf, session: Session) -> Self {
        Self { path, session, generation: 0, queue_history: QueueHistory::default() }
    }

    /// The session as it stands.
    pub fn session(&self) -> &Session {
        &self.session
    }

    /// How many changes have been applied since the file was opened.
    pub fn generation(&self) -> u64 {
        self.generation
    }

    /// Applies one edit. Returns whether anything changed; an edit that would make the
    /// session unsound is refused and changes nothing.
    pub fn apply(&mut self, edit: SessionEdit) -> Result<bool, TimingError> {
        let session = &mut self.session;
        let changed = match edit {
            SessionEdit::Organisation(value) => replace(&mut session.organisation, value),
            SessionEdit::Meeting(value) => replace(&mut session.meeting, value),
            SessionEdit::Topic(value) => replace(&mut session.topic, value),
            SessionEdit::Timing(value) => {
                value.validate()?;
                replace(&mut session.timing, value)
            }
        };
        if changed {
            self.generation += 1;
        }
        Ok(changed)
    }

    /// Applies a live action at wall-clock time `now`. A refused action changes nothing.
    pub fn apply_live(&mut self, action: LiveAction, now: WallTime) -> Result<(), LiveError> {
        meeting::apply(&mut self.session, &mut self.queue_history, action, now)?;
        self.generation += 1;
        Ok(())
    }

    /// Runs a domain operation on the session. If it leaves the session unsound (a bug in
    /// the operation) the change is undone; otherwise the generation moves on when anything
    /// changed. Returns the operation's own result.
    pub fn change<T>(&mut self, operation: impl FnOnce(&mut Session) -> T) -> T {
        let before = self.session.clone();
        let result = operation(&mut self.session);
        if !self.session.validate().is_empty() {
            self.session = before;
        } else if self.session != before {
            self.generation += 1;
        }
        result
    }

    /// Whether a queue action can be undone.
    pub fn can_undo_queue(&self) -> bool {
        self.queue_history.can_undo()
    }
}

fn replace<T: PartialEq>(slot: &mut T, value: T) -> bool {
    if *slot == value {
        return false;
    }
    *slot = value;
    true
}

#[cfg(test)]
mod tests {
    use super::{Document, SessionEdit};
    use crate::model::{Session, TimingError, TimingRules};

    #[test]
    fn only_real_changes_move_the_generation() {
        let mut document = Document::new("a.json".into(), Session::default());
        let mut meeting = document.session().meeting.clone();
        assert_eq!(document.apply(SessionEdit::Meeting(meeting.clone())), Ok(false));
        meeting.place = "Hội trường".into();
        assert_eq!(document.apply(SessionEdit::Meeting(meeting)), Ok(true));
        assert_eq!(document.generation(), 1);
        assert_eq!(document.session().meeting.place, "Hội trường");
    }

    #[test]
    fn unsound_timing_is_refused_and_changes_nothing() {
        let mut document = Document::new("a.json".into(), Session::default());
        let bad = TimingRules { target_max_secs: 900, ..TimingRules::default() };
        assert_eq!(document.apply(SessionEdit::Timing(bad)), Err(TimingError::MaximumAboveLimit));
        assert_eq!(document.session().timing, TimingRules::default());
        assert_eq!(document.generation(), 0);
    }
}
