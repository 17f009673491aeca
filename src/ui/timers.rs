//! The on-screen timers of the current speech and comment, and the repaint that keeps them
//! moving: the next frame is asked for exactly when the shown time will change.

use std::time::Duration;

use eframe::egui::Context;

use crate::meeting::{Clock, LiveTimer, Reading, timer};
use crate::model::{Phase, Session};

/// The timers that follow the current speech and comment.
#[derive(Debug, Clone, Default)]
pub struct Timers {
    speech: LiveTimer,
    comment: LiveTimer,
}

impl Timers {
    /// Follows the session's current speech and comment; when they are `showing` (the live
    /// screen or the projector is up), asks for the frame at which a running one next changes.
    pub fn follow(&mut self, ctx: &Context, session: &Session, clock: &dyn Clock, showing: bool) {
        let flow = &session.live.flow;
        match flow.current_speech.and_then(|id| session.speech(id)) {
            Some(speech) => self.speech.sync(0, speech.id.0, &speech.span, clock),
            None => self.speech = LiveTimer::default(),
        }
        match flow.current_comment.and_then(|id| session.comment(id)) {
            Some(comment) => self.comment.sync(1, comment.id.0, &comment.span, clock),
            None => self.comment = LiveTimer::default(),
        }
        if !showing {
            return;
        }
        let speech = Reading::of_speech(&session.timing, self.speech.elapsed(clock));
        let comment = Reading::of_comment(&session.timing, self.comment.elapsed(clock));
        let next = [(&self.speech, speech), (&self.comment, comment)]
            .into_iter()
            .filter(|(timer, _)| timer.is_running())
            .map(|(_, reading)| timer::until_next_change(reading.elapsed, reading.phase == Phase::OverLimit))
            .min();
        if let Some(delay) = next {
            ctx.request_repaint_after(delay);
        }
    }

    /// The current speech's time, as the screen shows it.
    pub fn speech_elapsed(&self, clock: &dyn Clock) -> Duration {
        self.speech.elapsed(clock)
    }

    /// The current comment's time, as the screen shows it.
    pub fn comment_elapsed(&self, clock: &dyn Clock) -> Duration {
        self.comment.elapsed(clock)
    }
}
