//! What the room sees on the projector beside the meeting as it stands: a message to the
//! speaker, a blank screen, the generalization or conclusion presented, the minutes read back
//! a screen at a time. Not part of the record: it lasts while the app runs. Which window draws
//! the slide is the window's own business (`ui/projector`).

/// What the projector shows the room beyond the meeting as it stands.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Room {
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

    /// Puts the minutes up to be read back from their first screen, or takes them down.
    pub fn read_back(&mut self) {
        self.reading = !self.reading;
        self.page = 0;
    }

    /// Scrolls the minutes being read back a screen down (or up), no further than the
    /// `last` screen the projector drew.
    pub fn turn_page(&mut self, down: bool, last: u16) {
        self.page = match down {
            true => self.page.saturating_add(1).min(last),
            false => self.page.saturating_sub(1),
        };
    }
}

#[cfg(test)]
mod tests {
    use super::Room;

    #[test]
    fn the_minutes_read_back_open_at_their_top_and_turn_within_their_screens() {
        let mut room = Room::default();
        room.read_back();
        assert!(room.reading);
        room.turn_page(true, 1);
        room.turn_page(true, 1);
        assert_eq!(room.page, 1, "no further than the last screen");
        room.turn_page(false, 1);
        room.turn_page(false, 1);
        assert_eq!(room.page, 0);
        room.turn_page(true, 1);
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
