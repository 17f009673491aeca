//! The readiness check's overview: who is ready, partly ready or not ready.

use crate::model::{MemberId, ReadinessEntry, ReadinessLevel, Session};

use super::assignments::speakers;

/// One speaker's line in the overview.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SpeakerReadiness {
    /// The speaker.
    pub member: MemberId,
    /// The check, or an empty one if not done yet.
    pub entry: ReadinessEntry,
    /// The level it gives.
    pub level: ReadinessLevel,
}

/// Every assigned speaker with their check, in sub-topic order.
pub fn overview(session: &Session) -> Vec<SpeakerReadiness> {
    speakers(session)
        .into_iter()
        .map(|member| {
            let entry = session
                .readiness
                .iter()
                .find(|entry| entry.member == member)
                .cloned()
                .unwrap_or_else(|| ReadinessEntry::new(member));
            SpeakerReadiness { member, level: entry.level(), entry }
        })
        .collect()
}

/// How many speakers are ready, partly ready and not ready.
pub fn counts(lines: &[SpeakerReadiness]) -> (usize, usize, usize) {
    let count = |level| lines.iter().filter(|line| line.level == level).count();
    (count(ReadinessLevel::Ready), count(ReadinessLevel::Partly), count(ReadinessLevel::NotReady))
}

/// Records one speaker's check, replacing an earlier one.
pub fn record(session: &mut Session, entry: ReadinessEntry) {
    match session.readiness.iter_mut().find(|e| e.member == entry.member) {
        Some(existing) => *existing = entry,
        None => session.readiness.push(entry),
    }
}

#[cfg(test)]
mod tests {
    use super::{counts, overview, record};
    use crate::model::{MemberId, PointCheck, ReadinessEntry, ReadinessLevel};
    use crate::sample::sample_session;

    #[test]
    fn speakers_are_ready_partly_ready_or_not() {
        let mut session = sample_session().expect("sample");
        let prepared = PointCheck { prepared: true, note: String::new() };
        let mut ready = ReadinessEntry::new(MemberId(3));
        ready.points = [prepared.clone(), prepared.clone(), prepared.clone(), prepared.clone()];
        record(&mut session, ready);
        let mut partly = ReadinessEntry::new(MemberId(4));
        partly.points[2] =
            PointCheck { prepared: true, note: "Cần nêu rõ nguyên nhân chủ quan".into() };
        record(&mut session, partly.clone());
        record(&mut session, partly);
        assert_eq!(session.readiness.len(), 2, "a second check replaces the first");
        let lines = overview(&session);
        assert_eq!(lines.len(), 7);
        assert_eq!(lines[0].level, ReadinessLevel::Ready);
        assert_eq!(lines[1].level, ReadinessLevel::Partly);
        assert_eq!(counts(&lines), (1, 1, 5));
    }
}
