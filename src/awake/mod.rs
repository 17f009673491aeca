//! Keeping the room lit: while the meeting is on screen the app asks the system not to blank
//! the screen or go to sleep, and lets go when it is left. The asking happens on a thread of
//! its own, so a slow or missing system service never holds up a frame; the window only says
//! what it wants ([`KeepAwake::want`]) and reads back how it went ([`KeepAwake::status`]).
//!
//! Linux asks the desktop over D-Bus (`linux.rs`: the freedesktop ScreenSaver, else the
//! desktop portal, and logind against sleep); Windows and macOS through the `keepawake` crate
//! (`SetThreadExecutionState`, `IOPMAssertion`).

#[cfg(target_os = "linux")]
mod linux;
#[cfg(any(windows, target_os = "macos"))]
mod other;

use std::sync::mpsc::{self, Sender};
use std::sync::{Arc, Mutex, PoisonError};
use std::thread::JoinHandle;

/// The name the system shows for who keeps the screen on, and why.
pub const APP_NAME: &str = "sinhhoat";
/// Why the screen is kept on, as the system lists it.
pub const REASON: &str = "Đang điều hành buổi sinh hoạt chuyên đề";

/// Where keeping the screen on stands.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum AwakeStatus {
    /// Not asked for: the meeting is not on screen, or the setting is off.
    #[default]
    Idle,
    /// Asked for, no answer yet.
    Asking,
    /// The system keeps the screen on, through the service named.
    Held(&'static str),
    /// The system refused or has no such service at the last try: the screen may go dark on
    /// its own.
    Refused(String),
}

/// One way of asking the system, held while it is alive.
pub trait Inhibitor: Send {
    /// Asks the system to keep the screen on; returns the service that agreed, or why none did.
    fn hold(&mut self) -> Result<&'static str, String>;
    /// Lets go of what [`Self::hold`] took.
    fn release(&mut self);
}

/// The screen kept on from a thread of its own; dropped, it lets go before it returns, so the
/// app closing never leaves the screen held.
pub struct KeepAwake {
    wanted: bool,
    requests: Option<Sender<bool>>,
    status: Arc<Mutex<AwakeStatus>>,
    thread: Option<JoinHandle<()>>,
}

impl KeepAwake {
    /// Starts the thread that asks through `inhibitor`; `changed` is called when the status
    /// moves (the window repaints).
    pub fn start(mut inhibitor: Box<dyn Inhibitor>, changed: impl Fn() + Send + 'static) -> Self {
        let (requests, received) = mpsc::channel::<bool>();
        let status = Arc::new(Mutex::new(AwakeStatus::Idle));
        let shared = Arc::clone(&status);
        let set = move |value: AwakeStatus| {
            *shared.lock().unwrap_or_else(PoisonError::into_inner) = value;
            changed();
        };
        let spawned = std::thread::Builder::new().name("keep-awake".into()).spawn(move || {
            let mut held = false;
            // Every request but the newest is stale: only the last one counts.
            while let Ok(mut wanted) = received.recv() {
                while let Ok(newer) = received.try_recv() {
                    wanted = newer;
                }
                match (wanted, held) {
                    (true, false) => match inhibitor.hold() {
                        Ok(service) => {
                            held = true;
                            set(AwakeStatus::Held(service));
                        }
                        Err(why) => set(AwakeStatus::Refused(why)),
                    },
                    (false, true) => {
                        inhibitor.release();
                        held = false;
                        set(AwakeStatus::Idle);
                    }
                    // A refusal stays said until the next try, for the settings to show.
                    (false, false) | (true, true) => {}
                }
            }
            if held {
                inhibitor.release();
            }
        });
        let thread = match spawned {
            Ok(thread) => Some(thread),
            Err(error) => {
                *status.lock().unwrap_or_else(PoisonError::into_inner) =
                    AwakeStatus::Refused(error.to_string());
                None
            }
        };
        Self { wanted: false, requests: Some(requests), status, thread }
    }

    /// Keeps the screen on while `wanted`; only a change is passed on.
    pub fn want(&mut self, wanted: bool) {
        if wanted == self.wanted {
            return;
        }
        self.wanted = wanted;
        if wanted {
            *self.status.lock().unwrap_or_else(PoisonError::into_inner) = AwakeStatus::Asking;
        }
        // A thread that could not start has said so in the status already.
        if let Some(requests) = &self.requests {
            let _ = requests.send(wanted);
        }
    }

    /// Where keeping the screen on stands.
    pub fn status(&self) -> AwakeStatus {
        self.status.lock().unwrap_or_else(PoisonError::into_inner).clone()
    }
}

impl Drop for KeepAwake {
    fn drop(&mut self) {
        // The thread lets go of what it holds once no more requests can come.
        self.requests = None;
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

/// An inhibitor that asks no system and keeps what it was asked, for tests: it agrees, or
/// refuses when made with [`RecordingInhibitor::refusing`]. Clones share the record.
#[derive(Debug, Clone, Default)]
pub struct RecordingInhibitor {
    calls: Arc<Mutex<Vec<&'static str>>>,
    refuse: bool,
}

impl RecordingInhibitor {
    /// One that refuses every hold, as a system without the service does.
    pub fn refusing() -> Self {
        Self { refuse: true, ..Self::default() }
    }

    /// "hold" and "release", in the order asked (shared by clones).
    pub fn calls(&self) -> Vec<&'static str> {
        self.calls.lock().unwrap_or_else(PoisonError::into_inner).clone()
    }
}

impl Inhibitor for RecordingInhibitor {
    fn hold(&mut self) -> Result<&'static str, String> {
        self.calls.lock().unwrap_or_else(PoisonError::into_inner).push("hold");
        if self.refuse { Err("no service".into()) } else { Ok("test") }
    }

    fn release(&mut self) {
        self.calls.lock().unwrap_or_else(PoisonError::into_inner).push("release");
    }
}

/// The system's own way of keeping the screen on, where this build knows one.
pub fn system_inhibitor() -> Box<dyn Inhibitor> {
    #[cfg(target_os = "linux")]
    return Box::new(linux::DesktopInhibitor::default());
    #[cfg(any(windows, target_os = "macos"))]
    return Box::new(other::CrateInhibitor::default());
    #[cfg(not(any(target_os = "linux", windows, target_os = "macos")))]
    return Box::new(Unsupported);
}

/// A system this build cannot ask.
#[cfg_attr(any(target_os = "linux", windows, target_os = "macos"), allow(dead_code))]
struct Unsupported;

impl Inhibitor for Unsupported {
    fn hold(&mut self) -> Result<&'static str, String> {
        Err("unsupported system".into())
    }

    fn release(&mut self) {}
}

#[cfg(test)]
mod tests;
