//! Sessions read from files of an older format, brought up to this build's.

use crate::model::{FORMAT_VERSION, Session};

/// Brings a session read from an older file up to [`FORMAT_VERSION`], one version at a time.
/// The next save writes the current format.
pub fn migrate(mut session: Session) -> Session {
    if session.format_version < 2 {
        from_1_to_2(&mut session);
    }
    session.format_version = FORMAT_VERSION;
    session
}

/// Version 1 knew neither membership nor exemption: every member of such a file was a full
/// member and nobody was exempted. Nothing was approved.
fn from_1_to_2(session: &mut Session) {
    for member in &mut session.roster {
        member.membership = crate::model::Membership::Full;
        member.exemption = None;
    }
    session.live.approval = None;
    session.live.minutes_locked = false;
    session.format_version = 2;
}

#[cfg(test)]
mod tests {
    use crate::model::{FORMAT_VERSION, Membership};
    use crate::store::{decode_session, encode_session};

    /// A file as version 1 wrote it: no membership, exemption, place name or approval.
    const VERSION_1: &str = r#"{
  "format_version": 1,
  "organisation": { "party_committee": "Đảng bộ Trường", "cell": "Chi bộ Khoa" },
  "meeting": { "title": "Quý II", "chair": "Nguyễn Thị Hồng Nhung", "minute_taker": "Lê Văn Tám" },
  "roster": [
    { "id": 1, "name": "Nguyễn Thị Hồng Nhung", "position": "Bí thư", "attendance": { "status": "present" } },
    { "id": 2, "name": "Lê Văn Tám", "position": "", "attendance": { "status": "absent", "reason": "" } }
  ],
  "live": { "opened_at": "2020-06-12T14:00:00+07:00" }
}"#;

    #[test]
    fn a_version_1_file_loads_with_full_members_and_saves_as_the_current_version() {
        let session = decode_session(VERSION_1.as_bytes()).expect("a version 1 file loads");
        assert_eq!(session.format_version, FORMAT_VERSION);
        assert_eq!(session.roster.len(), 2);
        assert!(session.roster.iter().all(|m| m.membership == Membership::Full && m.exemption.is_none()));
        assert_eq!(session.organisation.place_name, "");
        assert!(session.meeting.timing_appendix, "the appendix stays as version 1 exported it");
        assert_eq!(session.live.approval, None);
        let saved = String::from_utf8(encode_session(&session)).expect("utf-8");
        assert!(saved.contains(&format!("\"format_version\": {FORMAT_VERSION}")));
        assert!(saved.contains("\"membership\": \"full\""));
        assert_eq!(decode_session(saved.as_bytes()), Ok(session), "the migrated file reads back the same");
    }
}
