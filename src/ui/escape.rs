//! Esc closes the topmost thing on the screen, one a press: the keyboard help, the message to
//! the speaker, the blank screen, the minutes read back, and last the slide shown in the main
//! window, so that the secretary always finds the way back to the live screen. Choosers and
//! questions are egui's modals and close themselves on Esc.

use crate::app::Room;

/// What one press of Esc closes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Closable {
    /// The keyboard help.
    Help,
    /// The message shown to the speaker.
    Message,
    /// The blank projector.
    Blank,
    /// The minutes shown to the room to be read back.
    ReadBack,
    /// The slide shown in the main window.
    Slide,
}

/// The topmost thing open, which the next Esc closes; `None` leaves Esc to others.
pub fn topmost(help_open: bool, room: &Room) -> Option<Closable> {
    [
        (help_open, Closable::Help),
        (room.message.is_some(), Closable::Message),
        (room.blank, Closable::Blank),
        (room.reading, Closable::ReadBack),
        (room.projector.present_here, Closable::Slide),
    ]
    .into_iter()
    .find_map(|(open, thing)| open.then_some(thing))
}

#[cfg(test)]
mod tests {
    use super::{Closable, topmost};
    use crate::app::{Projector, Room};

    #[test]
    fn esc_closes_the_topmost_thing_first_and_the_slide_last() {
        let projector = Projector { present_here: true, ..Projector::default() };
        let message = Some("Còn 1 phút".into());
        let room = Room { message, blank: true, reading: true, projector, ..Room::default() };
        assert_eq!(topmost(true, &room), Some(Closable::Help));
        assert_eq!(topmost(false, &room), Some(Closable::Message));
        let room = Room { message: None, ..room };
        assert_eq!(topmost(false, &room), Some(Closable::Blank));
        let room = Room { blank: false, ..room };
        assert_eq!(topmost(false, &room), Some(Closable::ReadBack));
        let room = Room { reading: false, ..room };
        assert_eq!(topmost(false, &room), Some(Closable::Slide));
        assert_eq!(topmost(false, &Room::default()), None, "Esc is left to the fields");
    }
}
