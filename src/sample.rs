//! The bundled sample meeting: the guidance's own example, the Q2/2020 topic on
//! self-criticism, criticism and honesty with the Party.

use std::path::{Path, PathBuf};

use crate::model::Session;
use crate::store::{LoadError, decode_session, load_session};

/// The sample session file as shipped in `sessions/`, built into the binary.
pub const SAMPLE_JSON: &str = include_str!("../sessions/sample-q2-2020.json");

/// The sample's file name, in `sessions/` and where a package installs it.
pub const SAMPLE_FILE: &str = "sample-q2-2020.json";

/// The sample meeting built into the binary, decoded and checked like any other file.
pub fn sample_session() -> Result<Session, LoadError> {
    decode_session(SAMPLE_JSON.as_bytes())
}

/// Where an installed package keeps the sample for the binary at `exe`: the `share/sinhhoat`
/// folder beside the binary's `bin` (`/usr/bin/sinhhoat` → `/usr/share/sinhhoat/…`).
pub fn installed_sample(exe: &Path) -> Option<PathBuf> {
    let prefix = exe.parent()?.parent()?;
    Some(prefix.join("share").join("sinhhoat").join(SAMPLE_FILE))
}

/// The sample a new session is made from: the one the package installed beside the binary
/// when there is one and it reads, else the one built in.
pub fn sample_to_copy() -> Result<Session, LoadError> {
    let installed = std::env::current_exe().ok().and_then(|exe| installed_sample(&exe));
    match installed.filter(|path| path.is_file()).map(|path| load_session(&path)) {
        Some(Ok(session)) => Ok(session),
        _ => sample_session(),
    }
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::{installed_sample, sample_session};

    #[test]
    fn the_sample_is_a_complete_meeting_ready_to_run() {
        let session = sample_session().expect("the sample reads");
        assert_eq!(session.subtopics.len(), 4);
        assert_eq!(session.roster.len(), 8);
        assert!(session.subtopics.iter().all(|s| !s.speakers.is_empty() && !s.suggestions.is_empty()));
        assert!(!session.topic.opening.purpose.is_empty());
        assert_eq!(session.timing.validate(), Ok(()));
    }

    #[test]
    fn a_packaged_binary_looks_for_its_sample_under_share() {
        assert_eq!(
            installed_sample(Path::new("/usr/bin/sinhhoat")).as_deref(),
            Some(Path::new("/usr/share/sinhhoat/sample-q2-2020.json"))
        );
        assert_eq!(installed_sample(Path::new("sinhhoat")), None);
    }
}
