//! The live meeting as pure logic, driven by an injectable clock: the steps of the
//! procedure, the speaker queue, the speech timer, comments, notes and generalizations.

mod clock;
mod countdown;
pub mod cues;
mod error;
mod generalize;
mod live;
pub mod prompts;
pub mod queue;
pub mod schedule;
pub mod timer;

pub use clock::{Clock, FakeClock, RecordClock, SystemClock};
pub use countdown::Countdown;

pub use error::LiveError;
pub use generalize::{PointLabels, draft_generalization};
pub use live::{
    add_comment, add_measure, adjust, close, comment_mut, end_comment, end_open, end_speech,
    finish_discussion, go_to, pass_over, remove_comment, remove_measure, set_generalization,
    set_measure_status, set_note, toggle_comment, toggle_speech,
};
pub use timer::{LiveTimer, Reading, TimedSpan, Warning};

use live::finish_current;
