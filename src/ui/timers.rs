//! The on-screen timers of the current speech and comment, the repaint that keeps them
//! moving (the next frame is asked for exactly when the shown time will change), and the
//! sound cues they reach.

use std::time::Duration;

use eframe::egui::Context;

use crate::meeting::cues::{Cue, CueTracker, boundaries};
use crate::meeting::prompts::{FinalHold, StartWatch, final_time};
use crate::meeting::{Clock, LiveTimer, Reading, TimedSpan, timer};
use crate::model::{Phase, Session};
use crate::settings::SoundSettings;

/// The timers that follow the current speech and comment.
#[derive(Debug, Clone, Default)]
pub struct Timers {
    speech: LiveTimer,
    comment: LiveTimer,
    speech_cues: CueTracker,
    comment_cues: CueTracker,
    start: StartWatch,
}

impl Timers {
    /// Follows the session's current speech and comment; when they are `showing` (the live
    /// screen or the projector is up), asks for the frame at which a running one next changes.
    pub fn follow(&mut self, ctx: &Context, session: &Session, clock: &dyn Clock, showing: bool) {
        let flow = &session.live.flow;
        match flow.current_speech.and_then(|id| session.speech(id)) {
            Some(speech) => self.speech.sync(TimedSpan::Speech(speech.id), &speech.span, clock),
            None => self.speech = LiveTimer::default(),
        }
        match flow.current_comment.and_then(|id| session.comment(id)) {
            Some(comment) => self.comment.sync(TimedSpan::Comment(comment.id), &comment.span, clock),
            None => self.comment = LiveTimer::default(),
        }
        self.start.follow(session, clock.monotonic());
        if !showing {
            return;
        }
        // The clock of the day on the screens turns at the minute.
        let into_minute = chrono::Timelike::second(&clock.wall());
        ctx.request_repaint_after(Duration::from_secs(u64::from(60 - into_minute.min(59))));
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

    /// The cue the current speech or comment reached since the last frame, if any, under
    /// `sound`; asks for a frame at the next boundary so a cue rings on time even when
    /// nothing is shown.
    pub fn cue(
        &mut self,
        ctx: &Context,
        session: &Session,
        clock: &dyn Clock,
        sound: &SoundSettings,
    ) -> Option<Cue> {
        let flow = &session.live.flow;
        let rules = &session.timing;
        let speech_key = flow.current_speech.map(TimedSpan::Speech);
        let comment_key = flow.current_comment.map(TimedSpan::Comment);
        let spans = [
            (&mut self.speech_cues, speech_key, &self.speech, true),
            (&mut self.comment_cues, comment_key, &self.comment, false),
        ];
        let mut due = None;
        for (tracker, key, live, speech) in spans {
            let bounds = boundaries(rules, sound.speech, sound.comments, speech);
            due = due.or(tracker.follow(key, live.elapsed(clock), &bounds));
            if let Some(delay) = tracker.until_next(&bounds).filter(|_| live.is_running()) {
                ctx.request_repaint_after(delay);
            }
        }
        due
    }

    /// Asks for the frames at which what surrounds a speech changes: the final time leaving
    /// the projector (`hold`, at `now`), the reminder falling due (`reminder_secs`).
    pub fn follow_prompts(
        &self,
        ctx: &Context,
        session: &Session,
        clock: &dyn Clock,
        (hold, now): (FinalHold, crate::model::WallTime),
        reminder_secs: u16,
    ) {
        let held = final_time(session, hold, now).map(|(_, left)| left).filter(|left| *left != Duration::MAX);
        let reminder =
            self.start.until_reminder(reminder_secs, clock.monotonic()).filter(|due| !due.is_zero());
        for delay in held.into_iter().chain(reminder) {
            ctx.request_repaint_after(delay);
        }
    }

    /// Whether the speaker called has waited `reminder_secs` with the timer not started.
    pub fn start_overdue(&self, clock: &dyn Clock, reminder_secs: u16) -> bool {
        self.start.until_reminder(reminder_secs, clock.monotonic()).is_some_and(|due| due.is_zero())
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
