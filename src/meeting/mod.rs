//! The live meeting as pure logic, driven by an injectable clock.

mod clock;
pub mod timer;

pub use clock::{Clock, FakeClock, SystemClock};
pub use timer::{LiveTimer, Reading, Warning};
