//! Undo and redo of a session's edits, in memory. Each step keeps the whole session on its
//! other side, so undoing restores the record exactly as it was, timings included, and never
//! computes a time of its own.

use std::collections::VecDeque;

use chrono::TimeDelta;

use super::{Edit, Field};
use crate::model::{Session, WallTime};

/// How many edits can be undone.
pub const HISTORY_DEPTH: usize = 100;

/// Keystrokes in one field closer together than this are undone as one edit.
pub const TYPING_PAUSE: TimeDelta = TimeDelta::milliseconds(1500);

/// One undoable step: the edit, and the session on the other side of it.
#[derive(Debug, Clone)]
struct Entry {
    edit: Edit,
    session: Session,
}

/// The edits of the open session that can be undone and redone, newest last.
#[derive(Debug, Clone, Default)]
pub struct History {
    undo: VecDeque<Entry>,
    redo: Vec<Entry>,
    typing: Option<(Field, WallTime)>,
}

impl History {
    /// Records an edit that changed the session from `before`. A keystroke that follows
    /// another in the same field without a pause joins its step; any new edit drops what
    /// could be redone.
    pub fn record(&mut self, edit: &Edit, before: Session, now: WallTime) {
        let field = edit.field();
        let typing_on = match (self.typing, field) {
            (Some((last, at)), Some(field)) => last == field && now >= at && now - at <= TYPING_PAUSE,
            _ => false,
        };
        self.redo.clear();
        self.typing = field.map(|field| (field, now));
        if typing_on && let Some(last) = self.undo.back_mut() {
            last.edit = edit.clone();
            return;
        }
        if self.undo.len() == HISTORY_DEPTH {
            self.undo.pop_front();
        }
        self.undo.push_back(Entry { edit: edit.clone(), session: before });
    }

    /// Undoes the newest step: `current` becomes the session before it. Returns the edit
    /// undone, or `None` when there is nothing to undo.
    pub fn undo(&mut self, current: &mut Session) -> Option<Edit> {
        let entry = self.undo.pop_back()?;
        let after = std::mem::replace(current, entry.session);
        self.redo.push(Entry { edit: entry.edit.clone(), session: after });
        self.typing = None;
        Some(entry.edit)
    }

    /// Redoes the step undone last: `current` becomes the session after it.
    pub fn redo(&mut self, current: &mut Session) -> Option<Edit> {
        let entry = self.redo.pop()?;
        let before = std::mem::replace(current, entry.session);
        self.undo.push_back(Entry { edit: entry.edit.clone(), session: before });
        self.typing = None;
        Some(entry.edit)
    }

    /// The edit an undo would take back, with the session it was applied to (where the
    /// names it speaks of are found).
    pub fn next_undo(&self) -> Option<(&Edit, &Session)> {
        self.undo.back().map(|entry| (&entry.edit, &entry.session))
    }

    /// The edit a redo would apply again.
    pub fn next_redo(&self) -> Option<&Edit> {
        self.redo.last().map(|entry| &entry.edit)
    }

    /// How many steps can be undone.
    pub fn undo_len(&self) -> usize {
        self.undo.len()
    }

    /// Ends the current step of typing, so the next keystroke starts a new one.
    pub fn break_typing(&mut self) {
        self.typing = None;
    }
}
