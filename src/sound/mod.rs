//! The sound of the cues: a chime made here from sine waves (no file, no system sound
//! theme), and where it goes. Playing is behind [`CueSink`]: the silent sink stands in where
//! the build has no audio (the `sound` cargo feature is off) and in tests; with the feature,
//! `device::DeviceSink` plays on the system's default output, and says so when there is
//! none instead of failing.

mod chime;
#[cfg(feature = "sound")]
mod device;

pub use chime::{SAMPLE_RATE, samples};
#[cfg(feature = "sound")]
pub use device::DeviceSink;

use std::sync::{Arc, Mutex, PoisonError};

use crate::meeting::cues::Cue;

/// Whether the cues can be heard.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SoundStatus {
    /// An output device was found.
    Ready,
    /// No output device could be opened: the cues are silent.
    NoDevice,
    /// This build has no audio output (built without the `sound` feature).
    NotBuilt,
}

/// Where cues are played.
pub trait CueSink: Send {
    /// Plays `cue` at `volume` (0 to 100) and returns at once.
    fn play(&mut self, cue: Cue, volume: u8);
    /// Whether the cues can be heard.
    fn status(&self) -> SoundStatus;
}

/// A sink that plays nothing and keeps the cues it was given, for tests and for builds
/// without audio.
#[derive(Debug, Clone)]
pub struct SilentSink {
    status: SoundStatus,
    played: Arc<Mutex<Vec<Cue>>>,
}

impl SilentSink {
    /// A silent sink reporting `status`.
    pub fn new(status: SoundStatus) -> Self {
        Self { status, played: Arc::default() }
    }

    /// The cues given so far, oldest first (shared by clones).
    pub fn played(&self) -> Vec<Cue> {
        self.played.lock().unwrap_or_else(PoisonError::into_inner).clone()
    }
}

impl CueSink for SilentSink {
    fn play(&mut self, cue: Cue, _volume: u8) {
        self.played.lock().unwrap_or_else(PoisonError::into_inner).push(cue);
    }

    fn status(&self) -> SoundStatus {
        self.status
    }
}

/// The sink of this build: the default output device with the `sound` feature, else silent.
pub fn system_sink() -> Box<dyn CueSink> {
    #[cfg(feature = "sound")]
    return Box::new(DeviceSink::start());
    #[cfg(not(feature = "sound"))]
    Box::new(SilentSink::new(SoundStatus::NotBuilt))
}
