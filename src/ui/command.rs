//! Every keyboard command of the live screen, with its shortcut and its label. The keyboard
//! handling, the buttons' hints and the F1 help all read this list, so they cannot disagree.

use eframe::egui::{Context, Key, KeyboardShortcut, Modifiers};

use crate::i18n::Strings;
use crate::meeting::LiveAction;

/// A command the secretary can give from the keyboard.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Command {
    /// Start, pause or resume the current speech.
    ToggleSpeech,
    /// End the current speech and call the next speaker.
    NextSpeaker,
    /// End the current speech.
    EndSpeech,
    /// Add a follow-up comment to the last speech.
    AddComment,
    /// Start, pause or resume the current follow-up comment.
    ToggleComment,
    /// Undo the last queue action.
    UndoQueue,
    /// Open or close the projector window.
    ToggleProjector,
    /// Switch the projector window in and out of full screen.
    ProjectorFullscreen,
    /// Show the projector's slide in the main window (single screen), or come back.
    PresentHere,
    /// Show or stop showing the generalization or conclusion to the room.
    ShowText,
    /// Move to the next part of the meeting (a presenter's remote sends Page Down).
    NextStep,
    /// Go back to the previous part of the meeting.
    PreviousStep,
    /// Show or hide the keyboard help.
    Help,
}

impl Command {
    /// All commands, in the order the help lists them.
    pub const ALL: [Self; 13] = [
        Self::ToggleSpeech,
        Self::NextSpeaker,
        Self::EndSpeech,
        Self::AddComment,
        Self::ToggleComment,
        Self::UndoQueue,
        Self::ToggleProjector,
        Self::ProjectorFullscreen,
        Self::PresentHere,
        Self::ShowText,
        Self::NextStep,
        Self::PreviousStep,
        Self::Help,
    ];

    /// The key that gives the command.
    pub fn shortcut(self) -> KeyboardShortcut {
        let (modifiers, key) = match self {
            Self::ToggleSpeech => (Modifiers::NONE, Key::Space),
            Self::NextSpeaker => (Modifiers::NONE, Key::N),
            Self::EndSpeech => (Modifiers::NONE, Key::E),
            Self::AddComment => (Modifiers::NONE, Key::C),
            Self::ToggleComment => (Modifiers::SHIFT, Key::Space),
            Self::UndoQueue => (Modifiers::COMMAND, Key::Z),
            Self::ToggleProjector => (Modifiers::NONE, Key::F5),
            Self::ProjectorFullscreen => (Modifiers::NONE, Key::F11),
            Self::PresentHere => (Modifiers::NONE, Key::F6),
            Self::ShowText => (Modifiers::NONE, Key::G),
            Self::NextStep => (Modifiers::NONE, Key::PageDown),
            Self::PreviousStep => (Modifiers::NONE, Key::PageUp),
            Self::Help => (Modifiers::NONE, Key::F1),
        };
        KeyboardShortcut::new(modifiers, key)
    }

    /// What the command does, in the UI's language.
    pub fn label(self, strings: &Strings) -> &'static str {
        let live = strings.live;
        match self {
            Self::ToggleSpeech => live.cmd_toggle,
            Self::NextSpeaker => live.cmd_next,
            Self::EndSpeech => live.cmd_end,
            Self::AddComment => live.cmd_comment,
            Self::ToggleComment => live.cmd_toggle_comment,
            Self::UndoQueue => live.cmd_undo,
            Self::ToggleProjector => live.cmd_projector,
            Self::ProjectorFullscreen => live.cmd_fullscreen,
            Self::PresentHere => live.cmd_present_here,
            Self::ShowText => live.cmd_show_text,
            Self::NextStep => live.cmd_next_step,
            Self::PreviousStep => live.cmd_previous_step,
            Self::Help => live.cmd_help,
        }
    }

    /// The live action the command stands for, when it is one by itself.
    pub fn live_action(self) -> Option<LiveAction> {
        match self {
            Self::ToggleSpeech => Some(LiveAction::ToggleSpeech),
            Self::NextSpeaker => Some(LiveAction::CallNext),
            Self::EndSpeech => Some(LiveAction::EndSpeech),
            Self::UndoQueue => Some(LiveAction::UndoQueue),
            Self::AddComment
            | Self::ToggleComment
            | Self::ToggleProjector
            | Self::ProjectorFullscreen
            | Self::PresentHere
            | Self::ShowText
            | Self::NextStep
            | Self::PreviousStep
            | Self::Help => None,
        }
    }

    /// Whether the command only makes sense on the live screen.
    pub fn live_only(self) -> bool {
        self != Self::Help
    }

    /// The shortcut as the user types it, e.g. "Ctrl+Z".
    pub fn keys(self, ctx: &Context) -> String {
        let shortcut = self.shortcut();
        if shortcut.logical_key == Key::Space {
            return if shortcut.modifiers.shift { "Shift+Space" } else { "Space" }.to_owned();
        }
        ctx.format_shortcut(&shortcut)
    }

    /// The commands typed this frame while no text field has the cursor; their keys are
    /// consumed so that no focused button also reacts to them.
    pub fn pressed(ctx: &Context, on_live_screen: bool) -> Vec<Self> {
        if ctx.text_edit_focused() {
            return Vec::new();
        }
        let mut commands = Self::ALL;
        // The shortcut with more modifiers is tried first, so Shift+Space is not taken for Space.
        commands.sort_by_key(|command| {
            let held = command.shortcut().modifiers;
            std::cmp::Reverse(
                [held.alt, held.ctrl, held.shift, held.command].into_iter().filter(|on| *on).count(),
            )
        });
        commands
            .into_iter()
            .filter(|command| on_live_screen || !command.live_only())
            .filter(|command| ctx.input_mut(|input| input.consume_shortcut(&command.shortcut())))
            .collect()
    }
}
