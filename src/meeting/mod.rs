//! The live meeting as pure logic, driven by an injectable clock.

mod clock;

pub use clock::{Clock, FakeClock, SystemClock};
