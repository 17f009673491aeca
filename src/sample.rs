//! The bundled sample meeting: the guidance's own example, the Q2/2020 topic on
//! self-criticism, criticism and honesty with the Party.

use std::path::{Path, PathBuf};

use crate::model::Session;
use crate::store::{LoadError, decode_session, load_session};

/// The sample session file as shipped in `sessions/`, built into the binary.
pub const SAMPLE_JSON: &str = include_str!("../sessions/sample-q2-2020.json");
/// The same meeting as held, shipped beside it: the roll taken, the speeches timed and noted,
/// the conclusion, the measures and the vote (made by `tests/held_sample.rs`).
pub const HELD_JSON: &str = include_str!("../sessions/sample-q2-2020-held.json");

/// One of the bundled samples.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sample {
    /// The meeting prepared and not yet held.
    Fresh,
    /// The meeting held, its minutes approved.
    Held,
}

impl Sample {
    /// The sample's file name, in `sessions/` and where a package installs it.
    pub fn file(self) -> &'static str {
        match self {
            Self::Fresh => "sample-q2-2020.json",
            Self::Held => "sample-q2-2020-held.json",
        }
    }

    /// The sample built into the binary, decoded and checked like any other file.
    pub fn built_in(self) -> Result<Session, LoadError> {
        let json = match self {
            Self::Fresh => SAMPLE_JSON,
            Self::Held => HELD_JSON,
        };
        decode_session(json.as_bytes())
    }
}

/// The fresh sample meeting built into the binary.
pub fn sample_session() -> Result<Session, LoadError> {
    Sample::Fresh.built_in()
}

/// Where an installed package keeps `sample` for the binary at `exe`: the `share/sinhhoat`
/// folder beside the binary's `bin` (`/usr/bin/sinhhoat` → `/usr/share/sinhhoat/…`).
pub fn installed_sample(exe: &Path, sample: Sample) -> Option<PathBuf> {
    let prefix = exe.parent()?.parent()?;
    Some(prefix.join("share").join("sinhhoat").join(sample.file()))
}

/// The sample a new session is made from: the one the package installed beside the binary
/// when there is one and it reads, else the one built in.
pub fn sample_to_copy(sample: Sample) -> Result<Session, LoadError> {
    let installed = std::env::current_exe().ok().and_then(|exe| installed_sample(&exe, sample));
    match installed.filter(|path| path.is_file()).map(|path| load_session(&path)) {
        Some(Ok(session)) => Ok(session),
        _ => sample.built_in(),
    }
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::{Sample, installed_sample, sample_session};

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
            installed_sample(Path::new("/usr/bin/sinhhoat"), Sample::Fresh).as_deref(),
            Some(Path::new("/usr/share/sinhhoat/sample-q2-2020.json"))
        );
        assert_eq!(
            installed_sample(Path::new("/usr/bin/sinhhoat"), Sample::Held).as_deref(),
            Some(Path::new("/usr/share/sinhhoat/sample-q2-2020-held.json"))
        );
        assert_eq!(installed_sample(Path::new("sinhhoat"), Sample::Fresh), None);
    }
}
