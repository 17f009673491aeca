//! What the secretary puts on the projector beside the slide: a message to the speaker, or a
//! blank screen. Not part of the record: it lasts while the app runs.

/// The projector's message and blank screen.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Room {
    /// The message shown to the speaker over the slide, if any.
    pub message: Option<String>,
    /// Whether the projector shows a blank screen instead of the slide.
    pub blank: bool,
}

impl Room {
    /// Shows `message` to the speaker (trimmed; an empty one clears it), or clears it.
    pub fn say(&mut self, message: Option<String>) {
        self.message = message.map(|text| text.trim().to_owned()).filter(|text| !text.is_empty());
    }
}
