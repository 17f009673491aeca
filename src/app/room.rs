//! The projector: which window draws the slide, and what the room sees on it beside the
//! meeting as it stands — a message to the speaker, a blank screen, the generalization or
//! conclusion presented, the minutes read back a screen at a time. Not part of the record: it
//! lasts while the app runs. The window draws from it (`ui/projector`) and changes it only
//! through actions.

/// Which window draws the slide: the second window (open, full screen or not), or the main
/// window standing in for it on a single screen.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Projector {
    /// The second window is open.
    pub open: bool,
    /// The second window covers its screen.
    pub fullscreen: bool,
    /// The main window shows the slide instead of the controls.
    pub present_here: bool,
}

/// A change to the room's projector that does not go through a command.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RoomChange {
    /// Show a message to the speaker, or (`None`) clear it.
    Say(Option<String>),
    /// Scroll the minutes being read back a screen down (or up), no further than the `last`
    /// screen the projector drew.
    TurnPage {
        /// Down rather than up.
        down: bool,
        /// The last screen.
        last: u16,
    },
    /// The second window opens, full screen if it was last kept so, or closes (F5).
    ProjectorToggled {
        /// Whether it was last kept full screen.
        opens_fullscreen: bool,
    },
    /// The user closed the second window with its own button.
    ProjectorClosed,
}

/// The projector's windows and what it shows the room beyond the meeting as it stands.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Room {
    /// Which window draws the slide.
    pub projector: Projector,
    /// The message shown to the speaker over the slide, if any.
    pub message: Option<String>,
    /// Whether the projector shows a blank screen instead of the slide.
    pub blank: bool,
    /// Whether the generalization or conclusion text is shown to the room.
    pub presenting: bool,
    /// Whether the minutes are shown to the room to be read back before approval.
    pub reading: bool,
    /// How many screens down the minutes being read back are scrolled (Page Down).
    pub page: u16,
}

impl Room {
    /// Shows `message` to the speaker (trimmed; an empty one clears it), or clears it.
    pub fn say(&mut self, message: Option<String>) {
        self.message = message.map(|text| text.trim().to_owned()).filter(|text| !text.is_empty());
    }

    /// Makes one change.
    pub fn change(&mut self, change: RoomChange) {
        match change {
            RoomChange::Say(message) => self.say(message),
            RoomChange::TurnPage { down, last } => self.turn_page(down, last),
            RoomChange::ProjectorToggled { opens_fullscreen } => {
                let projector = &mut self.projector;
                projector.open = !projector.open;
                projector.fullscreen = projector.open && opens_fullscreen;
            }
            RoomChange::ProjectorClosed => self.projector.open = false,
        }
    }

    /// Puts the second window, if open, in or out of full screen; whether it did.
    pub fn toggle_fullscreen(&mut self) -> bool {
        let projector = &mut self.projector;
        projector.fullscreen = projector.open && !projector.fullscreen;
        projector.open
    }

    /// Puts the minutes up to be read back from their first screen, or takes them down.
    pub fn read_back(&mut self) {
        self.reading = !self.reading;
        self.page = 0;
    }

    fn turn_page(&mut self, down: bool, last: u16) {
        self.page = match down {
            true => self.page.saturating_add(1).min(last),
            false => self.page.saturating_sub(1),
        };
    }
}

#[cfg(test)]
mod tests {
    use super::{Room, RoomChange};

    #[test]
    fn the_second_window_opens_as_it_was_kept_and_full_screen_only_while_open() {
        let mut room = Room::default();
        assert!(!room.toggle_fullscreen(), "nothing to put full screen");
        assert!(!room.projector.fullscreen);
        room.change(RoomChange::ProjectorToggled { opens_fullscreen: true });
        assert!(room.projector.open && room.projector.fullscreen);
        assert!(room.toggle_fullscreen());
        assert!(!room.projector.fullscreen);
        room.change(RoomChange::ProjectorClosed);
        assert!(!room.projector.open);
    }

    #[test]
    fn the_minutes_read_back_open_at_their_top_and_turn_within_their_screens() {
        let mut room = Room::default();
        room.read_back();
        assert!(room.reading);
        let turn = |room: &mut Room, down| room.change(RoomChange::TurnPage { down, last: 1 });
        turn(&mut room, true);
        turn(&mut room, true);
        assert_eq!(room.page, 1, "no further than the last screen");
        turn(&mut room, false);
        turn(&mut room, false);
        assert_eq!(room.page, 0);
        turn(&mut room, true);
        room.read_back();
        room.read_back();
        assert_eq!((room.reading, room.page), (true, 0), "put up again, they start at the top");
    }

    #[test]
    fn a_blank_message_clears_it() {
        let mut room = Room::default();
        room.say(Some("  Còn 1 phút ".into()));
        assert_eq!(room.message.as_deref(), Some("Còn 1 phút"));
        room.say(Some("   ".into()));
        assert_eq!(room.message, None);
    }
}
