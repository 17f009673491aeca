//! Adding members to the roster, one by one or by pasting a list.

use thiserror::Error;
use unicode_normalization::UnicodeNormalization;

use crate::model::{Member, MemberId, Membership, Session};

/// The longest member name accepted, in characters.
pub const MAX_NAME_CHARS: usize = 120;

/// Why a name cannot join the roster.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum MemberError {
    /// The name is empty.
    #[error("empty name")]
    EmptyName,
    /// The name is longer than [`MAX_NAME_CHARS`].
    #[error("name too long")]
    NameTooLong,
    /// The name holds a control character.
    #[error("control character in the name")]
    ControlCharacter,
    /// A member with the same name (ignoring case and spacing) exists.
    #[error("duplicate name {0:?}")]
    Duplicate(String),
}

/// One line of a pasted list that was not added, with its line number (from 1).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RejectedLine {
    /// The line number in the pasted text.
    pub line: usize,
    /// The text of the line.
    pub text: String,
    /// Why it was not added.
    pub error: MemberError,
}

/// What a paste did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PasteOutcome {
    /// The members added, in order.
    pub added: Vec<MemberId>,
    /// The lines refused.
    pub rejected: Vec<RejectedLine>,
}

/// A name as written on the minutes: Unicode NFC (precomposed letters), spaces collapsed.
fn tidy(name: &str) -> String {
    let composed: String = name.nfc().collect();
    composed.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A name as compared for duplicates: tidied, case ignored.
fn key(name: &str) -> String {
    tidy(name).to_lowercase()
}

/// Checks a name for the roster and returns it tidied (NFC, spaces collapsed).
pub fn check_name(session: &Session, name: &str, except: Option<MemberId>) -> Result<String, MemberError> {
    let tidy = tidy(name);
    if tidy.is_empty() {
        return Err(MemberError::EmptyName);
    }
    if tidy.chars().count() > MAX_NAME_CHARS {
        return Err(MemberError::NameTooLong);
    }
    if tidy.chars().any(char::is_control) {
        return Err(MemberError::ControlCharacter);
    }
    let taken = session.roster.iter().any(|m| Some(m.id) != except && key(&m.name) == key(&tidy));
    if taken {
        return Err(MemberError::Duplicate(tidy));
    }
    Ok(tidy)
}

/// Adds one member; returns its id.
pub fn add_member(session: &mut Session, name: &str, position: &str) -> Result<MemberId, MemberError> {
    let name = check_name(session, name, None)?;
    let id = MemberId::next_after(session.roster.iter().map(|m| m.id));
    let position = position.split_whitespace().collect::<Vec<_>>().join(" ");
    session.roster.push(Member::new(id, name, position));
    Ok(id)
}

/// The membership a pasted column names: "chính thức", "dự bị" or "sinh hoạt tạm" (also
/// without marks, or the abbreviations "CT", "DB" and "SHT"), or the English words.
pub fn parse_membership(text: &str) -> Option<Membership> {
    let key: String = tidy(text).to_lowercase();
    match key.as_str() {
        "chính thức" | "chinh thuc" | "ct" | "đảng viên chính thức" | "full" => {
            Some(Membership::Full)
        }
        "dự bị" | "du bi" | "db" | "đảng viên dự bị" | "probationary" => {
            Some(Membership::Probationary)
        }
        "sinh hoạt tạm"
        | "sinh hoạt tạm thời"
        | "sinh hoat tam"
        | "sinh hoat tam thoi"
        | "tạm"
        | "sht"
        | "temporary" => Some(Membership::Temporary),
        _ => None,
    }
}

/// One pasted line cut into name, position and membership. Columns are split by tabs (as a
/// spreadsheet copies them) or else by commas; the last column is the membership when it names
/// one, and the columns between name and membership are the position.
fn columns(line: &str) -> (&str, String, Membership) {
    let separator = if line.contains('\t') { '\t' } else { ',' };
    let mut fields: Vec<&str> = line.split(separator).collect();
    let membership = match fields.as_slice() {
        [_, .., last] => parse_membership(last),
        _ => None,
    };
    if membership.is_some() {
        fields.pop();
    }
    let name = fields.first().copied().unwrap_or_default();
    let position = fields.get(1..).unwrap_or_default().join(&separator.to_string());
    (name, position, membership.unwrap_or_default())
}

/// Adds one member per line: a name, optionally followed by a tab or a comma and the position,
/// and a third column with the membership ("chính thức" or "dự bị").
/// Blank lines are skipped; bad lines are reported and the rest still added.
pub fn paste_members(session: &mut Session, text: &str) -> PasteOutcome {
    let mut outcome = PasteOutcome::default();
    for (index, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let (name, position, membership) = columns(line);
        match add_member(session, name, &position) {
            Ok(id) => {
                if let Some(member) = session.member_mut(id) {
                    member.membership = membership;
                }
                outcome.added.push(id);
            }
            Err(error) => {
                outcome.rejected.push(RejectedLine { line: index + 1, text: line.to_owned(), error })
            }
        }
    }
    outcome
}

/// Removes a member and every assignment and readiness entry of theirs. Refused (returns
/// false) when the member has spoken or commented, so the record stays whole.
pub fn remove_member(session: &mut Session, member: MemberId) -> bool {
    let spoke = session.live.speeches.iter().any(|s| s.speaker == member)
        || session.live.comments.iter().any(|c| c.speaker == member);
    if spoke || session.member(member).is_none() {
        return false;
    }
    session.roster.retain(|m| m.id != member);
    for subtopic in &mut session.subtopics {
        subtopic.speakers.retain(|id| *id != member);
    }
    for queue in &mut session.live.flow.queues {
        queue.waiting.retain(|entry| entry.member != member);
    }
    session.live.flow.hands.retain(|id| *id != member);
    session.readiness.retain(|entry| entry.member != member);
    session.measures.retain(|m| m.owner != crate::model::MeasureOwner::Member { member });
    true
}

#[cfg(test)]
mod tests {
    use super::{MemberError, add_member, paste_members, remove_member};
    use crate::model::{MemberId, Membership, Session};

    #[test]
    fn a_pasted_list_adds_names_with_positions_and_reports_bad_lines() {
        let mut session = Session::default();
        add_member(&mut session, "Nguyễn Văn An", "").expect("added");
        let text = "Trần Thị Bình\tBí thư chi bộ\n\n  Lê   Văn Cường , Chi ủy viên\nnguyễn văn an\n,Đảng viên\nPhạm Dũng\u{7}\nHoàng Thị Em\n";
        let outcome = paste_members(&mut session, text);
        assert_eq!(outcome.added.len(), 3);
        let names: Vec<_> = session.roster.iter().map(|m| (m.name.as_str(), m.position.as_str())).collect();
        assert_eq!(
            names,
            [
                ("Nguyễn Văn An", ""),
                ("Trần Thị Bình", "Bí thư chi bộ"),
                ("Lê Văn Cường", "Chi ủy viên"),
                ("Hoàng Thị Em", ""),
            ]
        );
        let rejected: Vec<_> = outcome.rejected.iter().map(|r| (r.line, r.error.clone())).collect();
        assert_eq!(
            rejected,
            [
                (4, MemberError::Duplicate("nguyễn văn an".into())),
                (5, MemberError::EmptyName),
                (6, MemberError::ControlCharacter),
            ]
        );
    }

    #[test]
    fn a_third_column_gives_the_membership_and_a_comma_in_a_position_stays() {
        let mut session = Session::default();
        let text = "An\tBí thư Chi bộ\tChính thức\nBình, Đảng viên, dự bị\nCường, Phó Bí thư, Trưởng khoa\nDung\t\tDB\nGiang\tĐảng viên\tSinh hoạt tạm thời\nHà\t\tSHT\n";
        let outcome = paste_members(&mut session, text);
        assert!(outcome.rejected.is_empty());
        let rows: Vec<_> =
            session.roster.iter().map(|m| (m.name.as_str(), m.position.as_str(), m.membership)).collect();
        assert_eq!(
            rows,
            [
                ("An", "Bí thư Chi bộ", Membership::Full),
                ("Bình", "Đảng viên", Membership::Probationary),
                ("Cường", "Phó Bí thư, Trưởng khoa", Membership::Full),
                ("Dung", "", Membership::Probationary),
                ("Giang", "Đảng viên", Membership::Temporary),
                ("Hà", "", Membership::Temporary),
            ]
        );
    }

    #[test]
    fn long_names_are_refused_and_removal_keeps_the_record_whole() {
        let mut session = Session::default();
        assert_eq!(add_member(&mut session, &"Ư".repeat(121), ""), Err(MemberError::NameTooLong));
        let id = add_member(&mut session, "Đặng Quốc Việt", "Đảng viên").expect("added");
        assert_eq!(id, MemberId(1));
        assert!(remove_member(&mut session, id));
        assert!(session.roster.is_empty());
        assert!(!remove_member(&mut session, id));
    }

    #[test]
    fn a_name_typed_with_combining_marks_is_the_same_member_and_is_kept_composed() {
        let mut session = Session::default();
        let decomposed = "Nguye\u{302}\u{303}n Va\u{306}n An";
        let id = add_member(&mut session, decomposed, "").expect("added");
        assert_eq!(session.member(id).expect("member").name, "Nguyễn Văn An", "stored precomposed");
        assert_eq!(
            add_member(&mut session, "nguyễn văn an", ""),
            Err(MemberError::Duplicate("nguyễn văn an".into()))
        );
    }
}
