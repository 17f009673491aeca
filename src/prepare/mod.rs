//! Section I of the procedure, before the day: the yearly plan, topic templates, the roster
//! and its assignments, the estimate of the meeting's length and the readiness check.

pub mod assignments;
pub mod attendance;
pub mod estimate;
pub mod floor;
pub mod plan;
pub mod readiness;
pub mod roster;
pub mod subtopics;
pub mod templates;
