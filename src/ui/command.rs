//! The keys of the command list ([`crate::app::Command`]) and the buttons that give the same
//! commands: the keyboard handling, the buttons' hints and the F1 help all read from here.

use eframe::egui::{self, Button, Context, Key, KeyboardShortcut, Modifiers, Ui};

use crate::app::Command;
use crate::i18n::{Strings, edit_error};
use crate::model::Session;

/// The digit keys 1 to 9, which pick the lines of a chooser.
pub const DIGIT_KEYS: [Key; 9] =
    [Key::Num1, Key::Num2, Key::Num3, Key::Num4, Key::Num5, Key::Num6, Key::Num7, Key::Num8, Key::Num9];

/// The keys that give `command`, the one shown first; empty for a command with a button only.
pub fn shortcuts(command: Command) -> Vec<KeyboardShortcut> {
    let key = KeyboardShortcut::new;
    let shift_command = Modifiers { shift: true, ..Modifiers::COMMAND };
    match command {
        Command::ToggleSpeech => vec![key(Modifiers::NONE, Key::Space)],
        Command::NextSpeaker => vec![key(Modifiers::NONE, Key::N)],
        Command::EndSpeech => vec![key(Modifiers::NONE, Key::E)],
        Command::SkipSpeaker | Command::PassAbsent | Command::PassDeclined => vec![],
        Command::AddComment => vec![key(Modifiers::NONE, Key::C)],
        Command::ToggleComment => vec![key(Modifiers::SHIFT, Key::Space)],
        Command::Undo => vec![key(Modifiers::COMMAND, Key::Z)],
        Command::Redo => vec![key(Modifiers::COMMAND, Key::Y), key(shift_command, Key::Z)],
        Command::ToggleProjector => vec![key(Modifiers::NONE, Key::F5)],
        Command::ProjectorFullscreen => vec![key(Modifiers::NONE, Key::F11)],
        Command::PresentHere => vec![key(Modifiers::NONE, Key::F6), key(Modifiers::SHIFT, Key::F5)],
        Command::ShowText => vec![key(Modifiers::NONE, Key::G)],
        Command::ReadBack => vec![key(Modifiers::NONE, Key::R)],
        Command::NextStep => vec![key(Modifiers::NONE, Key::PageDown)],
        Command::PreviousStep => vec![key(Modifiers::NONE, Key::PageUp)],
        Command::AddTime => vec![key(Modifiers::NONE, Key::Plus), key(Modifiers::NONE, Key::Equals)],
        Command::TakeTime => vec![key(Modifiers::NONE, Key::Minus)],
        Command::Message => vec![key(Modifiers::NONE, Key::M)],
        Command::Blank => vec![key(Modifiers::NONE, Key::B), key(Modifiers::NONE, Key::Period)],
        Command::Help => vec![key(Modifiers::NONE, Key::F1)],
        Command::Close => vec![key(Modifiers::NONE, Key::Escape)],
    }
}

/// One shortcut as the user types it, e.g. "Ctrl+Z", "Shift+Phím cách" or "Page Down"; the
/// space bar is named in the UI's language.
fn format(ctx: &Context, strings: &Strings, shortcut: &KeyboardShortcut) -> String {
    let name = match shortcut.logical_key {
        Key::Space => strings.live.key_space,
        Key::PageDown => "Page Down",
        Key::PageUp => "Page Up",
        Key::Plus => "+",
        Key::Equals => "=",
        Key::Minus => "-",
        Key::Period => ".",
        Key::Escape => "Esc",
        _ => return ctx.format_shortcut(shortcut),
    };
    match shortcut.modifiers.shift {
        true => format!("Shift+{name}"),
        false => name.to_owned(),
    }
}

/// The command's keys as the user types them, joined by " / "; empty when it has none.
pub fn keys(ctx: &Context, strings: &Strings, command: Command) -> String {
    shortcuts(command).iter().map(|shortcut| format(ctx, strings, shortcut)).collect::<Vec<_>>().join(" / ")
}

/// Whether `command`'s keys were typed this frame while no text field has the cursor; the key
/// is consumed.
pub fn pressed_one(ctx: &Context, command: Command) -> bool {
    !ctx.text_edit_focused()
        && shortcuts(command).iter().any(|shortcut| ctx.input_mut(|input| input.consume_shortcut(shortcut)))
}

/// Which commands keys give now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KeyRule {
    /// The live screen is shown: every command counts, not only those meant for everywhere.
    pub on_live_screen: bool,
    /// Esc has something to close.
    pub can_close: bool,
}

/// The commands typed this frame while no text field has the cursor; their keys are consumed
/// so that no focused button also reacts to them. Away from the live screen only the
/// commands meant for everywhere count; Esc counts only when there is something for it to
/// close and no pop-up of egui's own is open, else it is left to them.
pub fn pressed(ctx: &Context, KeyRule { on_live_screen, can_close }: KeyRule) -> Vec<Command> {
    if ctx.text_edit_focused() {
        return Vec::new();
    }
    let can_close = can_close && !egui::Popup::is_any_open(ctx);
    let mut keyed: Vec<(Command, KeyboardShortcut)> = Command::ALL
        .iter()
        .copied()
        .filter(|command| on_live_screen || command.everywhere())
        .filter(|command| *command != Command::Close || can_close)
        .flat_map(|command| shortcuts(command).into_iter().map(move |shortcut| (command, shortcut)))
        .collect();
    // The shortcut with more modifiers is tried first, so Shift+Space is not taken for Space.
    keyed.sort_by_key(|(_, shortcut)| {
        let held = shortcut.modifiers;
        std::cmp::Reverse(
            [held.alt, held.ctrl, held.shift, held.command].into_iter().filter(|on| *on).count(),
        )
    });
    // In the order the keys came: N then Space typed within one frame call and then start.
    let typed: Vec<Key> = ctx.input(|input| {
        let keys = input.events.iter().filter_map(|event| match event {
            egui::Event::Key { key, pressed: true, .. } => Some(*key),
            _ => None,
        });
        keys.collect()
    });
    let mut commands = Vec::new();
    for key in typed {
        for (command, shortcut) in keyed.iter().filter(|(_, shortcut)| shortcut.logical_key == key) {
            if ctx.input_mut(|input| input.consume_shortcut(shortcut)) {
                if !commands.contains(command) {
                    commands.push(*command);
                }
                break;
            }
        }
    }
    commands
}

/// A button for `command` showing its keys: greyed out, with the reason on hover, when the
/// command cannot be given now; `selected` draws it as a toggle. Returns whether it was
/// clicked.
pub fn button(
    ui: &mut Ui,
    (strings, session): (&Strings, Option<&Session>),
    label: &str,
    command: Command,
    selected: Option<bool>,
) -> bool {
    let keys = keys(ui.ctx(), strings, command);
    let text = if keys.is_empty() { label.to_owned() } else { format!("{label} [{keys}]") };
    let button = match selected {
        Some(selected) => Button::selectable(selected, text),
        None => Button::new(text),
    };
    let available = command.available(session);
    let response = ui.add_enabled(available.is_ok(), button);
    let response = match available {
        Ok(()) => response.on_hover_text(command.label(strings)),
        Err(error) => response.on_disabled_hover_text(edit_error(strings, &error)),
    };
    response.clicked()
}
