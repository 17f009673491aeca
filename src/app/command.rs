//! The one list of commands of the live and projector screens: each with its label, whether
//! it can be given now and why not. The window adds the shortcut (`ui/command.rs`, `shortcuts`);
//! keys and buttons both send [`super::Action::Command`], so they take the same path.

use crate::edit::EditError;
use crate::i18n::Strings;
use crate::meeting::LiveError;
use crate::model::{Session, SpanState, Step};

/// Declares the commands once: the enum, and [`Command::ALL`] in the same order, so that a
/// command added is listed; its label and its keys are exhaustive matches, so it cannot go
/// without them either.
macro_rules! commands {
    ($($(#[doc = $doc:literal])+ $name:ident,)+) => {
        /// A command the secretary can give from a key or a button.
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub enum Command {
            $($(#[doc = $doc])+ $name,)+
        }

        impl Command {
            /// All commands, in the order the help lists them.
            pub const ALL: &'static [Self] = &[$(Self::$name),+];
        }
    };
}

commands! {
    /// Start, pause or resume the current speech.
    ToggleSpeech,
    /// End the current speech and call the next speaker: from the opening, the first
    /// sub-topic's first; when nobody is left in line, on to the sub-topic's generalization.
    NextSpeaker,
    /// End the current speech.
    EndSpeech,
    /// Put the first in line at the end of the queue.
    SkipSpeaker,
    /// The speaker called is not in the room: the minutes say so.
    PassAbsent,
    /// The speaker called chose not to speak: the minutes say so.
    PassDeclined,
    /// Add a follow-up comment to the last speech.
    AddComment,
    /// Start, pause or resume the current follow-up comment.
    ToggleComment,
    /// Take back the newest edit.
    Undo,
    /// Apply again the edit undone last.
    Redo,
    /// Open or close the projector window.
    ToggleProjector,
    /// Switch the projector window in and out of full screen.
    ProjectorFullscreen,
    /// Show the projector's slide in the main window (single screen), or come back.
    PresentHere,
    /// Show or stop showing the generalization or conclusion to the room.
    ShowText,
    /// Show the minutes to the room to be read back before approval, or stop; while they
    /// show, Page Down and Page Up turn their pages.
    ReadBack,
    /// Move to the next part of the meeting (a presenter's remote sends Page Down).
    NextStep,
    /// Go back to the previous part of the meeting.
    PreviousStep,
    /// Add thirty seconds to what is being timed.
    AddTime,
    /// Take thirty seconds from what is being timed.
    TakeTime,
    /// Open the chooser of messages to the speaker, shown on the projector.
    Message,
    /// Blank the projector, or bring it back.
    Blank,
    /// Show or hide the keyboard help.
    Help,
    /// Close the topmost thing shown: the help, the message to the speaker, the blank screen,
    /// the minutes read back, and last the slide shown in the main window.
    Close,
}

impl Command {
    /// What the command does, in the UI's language.
    pub fn label(self, strings: &Strings) -> &'static str {
        let live = strings.live;
        match self {
            Self::ToggleSpeech => live.cmd_toggle,
            Self::NextSpeaker => live.cmd_next,
            Self::EndSpeech => live.cmd_end,
            Self::SkipSpeaker => live.cmd_skip,
            Self::PassAbsent => live.cmd_pass_absent,
            Self::PassDeclined => live.cmd_pass_declined,
            Self::AddComment => live.cmd_comment,
            Self::ToggleComment => live.cmd_toggle_comment,
            Self::Undo => live.cmd_undo,
            Self::Redo => live.cmd_redo,
            Self::ToggleProjector => live.cmd_projector,
            Self::ProjectorFullscreen => live.cmd_fullscreen,
            Self::PresentHere => live.cmd_present_here,
            Self::ShowText => live.cmd_show_text,
            Self::ReadBack => live.cmd_read_back,
            Self::NextStep => live.cmd_next_step,
            Self::PreviousStep => live.cmd_previous_step,
            Self::AddTime => live.cmd_add_time,
            Self::TakeTime => live.cmd_take_time,
            Self::Message => live.cmd_message,
            Self::Blank => live.cmd_blank,
            Self::Help => live.cmd_help,
            Self::Close => live.cmd_close,
        }
    }

    /// Whether the command works away from the live screen too.
    pub fn everywhere(self) -> bool {
        matches!(self, Self::Undo | Self::Redo | Self::Help | Self::Close)
    }

    /// Whether the command can be given now on `session`, and if not, why.
    pub fn available(self, session: Option<&Session>) -> Result<(), EditError> {
        let Some(session) = session else {
            return match self {
                Self::Help
                | Self::Close
                | Self::ToggleProjector
                | Self::ProjectorFullscreen
                | Self::PresentHere
                | Self::Message
                | Self::Blank => Ok(()),
                Self::Undo => Err(EditError::NothingToUndo),
                Self::Redo => Err(EditError::NothingToRedo),
                _ => Err(LiveError::NotInDiscussion.into()),
            };
        };
        let flow = &session.live.flow;
        let speech = flow.current_speech.and_then(|id| session.speech(id)).map(|speech| speech.span.state());
        match self {
            Self::ToggleSpeech => match speech {
                None => Err(LiveError::NoCurrentSpeech.into()),
                Some(SpanState::Ended) => Err(LiveError::SpeechEnded.into()),
                Some(_) => Ok(()),
            },
            Self::PassAbsent | Self::PassDeclined => match speech {
                None => Err(LiveError::NoCurrentSpeech.into()),
                Some(SpanState::NotStarted) => Ok(()),
                Some(_) => Err(LiveError::AlreadySpeaking.into()),
            },
            Self::EndSpeech => match speech {
                None => Err(LiveError::NoCurrentSpeech.into()),
                Some(SpanState::NotStarted) => Err(LiveError::SpeechNotStarted.into()),
                Some(SpanState::Ended) => Err(LiveError::SpeechEnded.into()),
                Some(_) => Ok(()),
            },
            Self::NextSpeaker => match flow.step {
                Step::Opening if !session.subtopics.is_empty() => Ok(()),
                Step::Discussion { .. } => Ok(()),
                _ => Err(LiveError::NotInDiscussion.into()),
            },
            Self::SkipSpeaker => {
                let subtopic = flow.subtopic().ok_or(LiveError::NotInDiscussion)?;
                let waiting = flow.queue(subtopic).map_or(0, |queue| queue.waiting.len());
                if waiting == 0 { Err(LiveError::QueueEmpty.into()) } else { Ok(()) }
            }
            Self::AddComment => flow.current_speech.map(drop).ok_or(LiveError::NoSpeechToComment.into()),
            Self::ToggleComment => flow.current_comment.map(drop).ok_or(LiveError::NoOpenComment.into()),
            Self::NextStep | Self::PreviousStep => {
                // A presenter's remote sends these: it never ends what is being timed.
                if timed(session) {
                    return Err(LiveError::StillTimed.into());
                }
                self.step(session).map(drop).ok_or(LiveError::NoStepBeyond.into())
            }
            Self::AddTime | Self::TakeTime => match timed(session) {
                true => Ok(()),
                false => Err(LiveError::NothingTimed.into()),
            },
            Self::Undo | Self::Redo => Ok(()),
            Self::ToggleProjector
            | Self::ProjectorFullscreen
            | Self::PresentHere
            | Self::ShowText
            | Self::ReadBack
            | Self::Message
            | Self::Blank => Ok(()),
            Self::Help | Self::Close => Ok(()),
        }
    }

    /// The step Page Down or Page Up leads to from where the meeting stands.
    pub fn step(self, session: &Session) -> Option<crate::model::Step> {
        let subtopics: Vec<_> = session.subtopics.iter().map(|subtopic| subtopic.id).collect();
        let forward = match self {
            Self::NextStep => true,
            Self::PreviousStep => false,
            _ => return None,
        };
        session.live.flow.step.beside(&subtopics, forward)
    }
}

/// Whether a speech or comment is being timed (started, not ended), so it can be corrected.
fn timed(session: &Session) -> bool {
    let flow = &session.live.flow;
    let comment = flow.current_comment.and_then(|id| session.comment(id)).is_some_and(|c| c.span.is_open());
    let speech = flow.current_speech.and_then(|id| session.speech(id)).is_some_and(|s| s.span.is_open());
    comment || speech
}
