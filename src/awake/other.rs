//! Keeping the screen on under Windows (`SetThreadExecutionState`) and macOS
//! (`IOPMAssertion`), through the `keepawake` crate; held while its handle lives, on the
//! thread of [`super::KeepAwake`], which stays alive for as long as it is held.

use super::{APP_NAME, Inhibitor, REASON};

/// The crate's handle while held.
#[derive(Default)]
pub struct CrateInhibitor {
    held: Option<keepawake::KeepAwake>,
}

impl Inhibitor for CrateInhibitor {
    fn hold(&mut self) -> Result<&'static str, String> {
        let held = keepawake::Builder::default()
            .display(true)
            .idle(true)
            .reason(REASON)
            .app_name(APP_NAME)
            .app_reverse_domain("io.github.sinhhoat")
            .create()
            .map_err(|error| error.to_string())?;
        self.held = Some(held);
        Ok(if cfg!(windows) { "SetThreadExecutionState" } else { "IOPMAssertion" })
    }

    fn release(&mut self) {
        self.held = None;
    }
}
