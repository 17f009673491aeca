//! What the main window shows, in a few words for the frame report (`--report-frames`): the
//! real-window tests read it to know that a key reached the slide, a chooser or the blank
//! screen it was meant for, as a secretary would see it.

use super::projector::ProjectorView;
use crate::app::{Room, Screen};

/// What one frame of the main window showed.
pub struct Scene<'a> {
    /// The screen chosen.
    pub screen: Screen,
    /// The slide shown in the main window instead of the screen, if any.
    pub slide: Option<ProjectorView>,
    /// The message and the blank screen.
    pub room: &'a Room,
    /// Whether the keyboard help is open.
    pub help: bool,
    /// Whether the chooser of messages is open.
    pub message_chooser: bool,
    /// Whether the chooser of commenters is open.
    pub commenter_chooser: bool,
}

impl Scene<'_> {
    /// The words of a window that another window's lock keeps out.
    pub const LOCKED: &'static str = "locked";

    /// "slide final-time blank message-chooser", "live", "sessions help": where the window
    /// is, then what lies over it.
    pub fn words(&self) -> String {
        let place = match self.slide {
            Some(slide) => format!("slide {}", slide.name()),
            None => format!("{:?}", self.screen).to_lowercase(),
        };
        let over = [
            (self.room.blank, "blank"),
            (self.room.message.is_some(), "message"),
            (self.help, "help"),
            (self.message_chooser, "message-chooser"),
            (self.commenter_chooser, "commenter-chooser"),
        ];
        let mut words = vec![place.as_str()];
        words.extend(over.into_iter().filter_map(|(shown, word)| shown.then_some(word)));
        words.join(" ")
    }
}
