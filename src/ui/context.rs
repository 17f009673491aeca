//! What the live screen and the projector both draw from: the open session with the live
//! readings and the projector's state. Neither view owns it; the window builds it each frame.

use std::time::Duration;

use crate::edit::Document;
use crate::i18n::Strings;
use crate::model::{Comment, MemberId, Session, Speech};
use crate::settings::ThemeChoice;

/// What the live screen draws from: the open session and the live readings.
pub struct LiveContext<'a> {
    /// The UI's strings.
    pub strings: &'static Strings,
    /// The open session.
    pub document: &'a Document,
    /// The theme, for the phase colours.
    pub theme: ThemeChoice,
    /// The current speech's reading, monotonic.
    pub speech_elapsed: Duration,
    /// The current comment's reading, monotonic.
    pub comment_elapsed: Duration,
    /// The default folder for exports.
    pub exports: std::path::PathBuf,
    /// The moment a report made now would be as of.
    pub now: crate::model::WallTime,
    /// Today's date, for overdue measures.
    pub today: chrono::NaiveDate,
    /// The projector: which window draws the slide, and what the room sees beside the
    /// meeting (message, blank screen, text presented, minutes read back).
    pub room: &'a crate::app::Room,
    /// Whether the projector shows the time of day.
    pub clock_on_projector: bool,
    /// How long the projector keeps a speech's final time.
    pub final_hold: crate::meeting::prompts::FinalHold,
    /// Whether the speaker called has waited past the reminder with the timer not started.
    pub start_overdue: bool,
}

impl<'a> LiveContext<'a> {
    /// What the live screen and the projector draw from, as the state stands this frame.
    pub fn of(
        state: &'a crate::app::AppState,
        timers: &super::timers::Timers,
        document: &'a Document,
    ) -> Self {
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
            room: state.room(),
            clock_on_projector: state.settings().clock_on_projector,
            final_hold: state.settings().room().final_time,
            start_overdue: timers.start_overdue(clock, state.settings().room().start_reminder_secs),
        }
    }

    /// The open session.
    pub fn session(&self) -> &Session {
        self.document.session()
    }

    /// How long a speech ran: the live reading for the current one, the record for others.
    pub fn speech_length(&self, speech: &Speech) -> Duration {
        match self.session().live.flow.current_speech == Some(speech.id) {
            true => self.speech_elapsed,
            false => speech.span.recorded(),
        }
    }

    /// How long a comment ran, by the same rule as [`Self::speech_length`].
    pub fn comment_length(&self, comment: &Comment) -> Duration {
        match self.session().live.flow.current_comment == Some(comment.id) {
            true => self.comment_elapsed,
            false => comment.span.recorded(),
        }
    }

    /// A member's name, or "?" for an unknown id.
    pub fn name(&self, member: MemberId) -> &str {
        self.session().member(member).map_or("?", |m| m.name.as_str())
    }
}
