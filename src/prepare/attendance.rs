//! The roll as the minutes state it: the cell's members by membership, those exempted from
//! activities, and who of those required is present, absent with or without a reason, or not
//! yet marked; members of other cells attending temporarily (sinh hoạt tạm thời) apart.

use crate::model::{Attendance, Member, Membership, Session};

/// The cell's members counted for the minutes and the attendance screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Roll<'a> {
    /// Every member of the cell (those attending temporarily from another cell are not).
    pub total: usize,
    /// Of those, full members (chính thức).
    pub full: usize,
    /// Of those, probationary members (dự bị).
    pub probationary: usize,
    /// Members exempted from activities (miễn sinh hoạt), not counted in the attendance
    /// required, whether or not they came.
    pub exempted: Vec<&'a Member>,
    /// Members present, of those required.
    pub present: Vec<&'a Member>,
    /// Members absent with a reason.
    pub absent_with_reason: Vec<&'a Member>,
    /// Members absent without a reason.
    pub absent_without_reason: Vec<&'a Member>,
    /// Members whose attendance was not marked: the roll has not been taken for them.
    pub unmarked: Vec<&'a Member>,
    /// Members of other cells attending temporarily (sinh hoạt tạm thời), whatever their
    /// attendance: not counted in the cell's members or the attendance required, no vote.
    pub temporary: Vec<&'a Member>,
}

impl Roll<'_> {
    /// How many members the meeting requires: all but the exempted.
    pub fn required(&self) -> usize {
        self.total - self.exempted.len()
    }

    /// Whether the roll has been taken for every member required.
    pub fn taken(&self) -> bool {
        self.unmarked.is_empty()
    }

    /// Who may vote: the full members present, an exempted one who came among them (Hướng
    /// dẫn 01-HD/TW: an exempted member who takes part and votes is counted); never a
    /// probationary member or a guest.
    pub fn voters(&self) -> u32 {
        let full = |member: &&&Member| member.membership == Membership::Full;
        let came = self.exempted.iter().filter(|m| m.attendance == Attendance::Present);
        count(self.present.iter().filter(full).count() + came.filter(full).count())
    }

    /// The base a vote is counted against: the full members convened, less those exempted
    /// from activities who stayed away (one who came and votes is counted). A decision passes
    /// with more than half of it ([`crate::model::passes`]).
    pub fn vote_base(&self) -> u32 {
        let away = |m: &&&Member| m.membership == Membership::Full && m.attendance != Attendance::Present;
        count(self.full - self.exempted.iter().filter(away).count())
    }
}

/// A count of members as a vote states it; a roster never holds more than `u32::MAX`.
fn count(members: usize) -> u32 {
    u32::try_from(members).unwrap_or(u32::MAX)
}

/// The roll of `session`, members in roster order.
pub fn roll(session: &Session) -> Roll<'_> {
    let temporary = |m: &&Member| m.membership == Membership::Temporary;
    let members: Vec<&Member> = session.roster.iter().filter(|m| !temporary(m)).collect();
    let of = |membership| members.iter().filter(|m| m.membership == membership).count();
    let required = || members.iter().copied().filter(|m| m.required());
    let absent = |with_reason: bool| {
        required()
            .filter(|m| {
                matches!(&m.attendance, Attendance::Absent { reason } if reason.trim().is_empty() != with_reason)
            })
            .collect()
    };
    Roll {
        total: members.len(),
        full: of(Membership::Full),
        probationary: of(Membership::Probationary),
        exempted: members.iter().copied().filter(|m| !m.required()).collect(),
        present: required().filter(|m| m.attendance == Attendance::Present).collect(),
        absent_with_reason: absent(true),
        absent_without_reason: absent(false),
        unmarked: required().filter(|m| m.attendance == Attendance::Unmarked).collect(),
        temporary: session.roster.iter().filter(temporary).collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::roll;
    use crate::model::{Attendance, Member, MemberId, Membership, Session};

    #[test]
    fn members_are_counted_by_membership_exemption_and_attendance() {
        let member = |id, membership, exemption: Option<&str>, attendance| Member {
            membership,
            exemption: exemption.map(str::to_owned),
            attendance,
            ..Member::new(MemberId(id), format!("Đồng chí {id}"), String::new())
        };
        let absent = |reason: &str| Attendance::Absent { reason: reason.into() };
        let session = Session {
            roster: vec![
                member(1, Membership::Full, None, Attendance::Present),
                member(2, Membership::Probationary, None, Attendance::Present),
                member(3, Membership::Full, Some("tuổi cao"), Attendance::Unmarked),
                member(4, Membership::Full, None, absent("đi công tác")),
                member(5, Membership::Probationary, None, absent("  ")),
                member(6, Membership::Full, None, Attendance::Unmarked),
                member(7, Membership::Full, Some("ốm dài ngày"), Attendance::Present),
            ],
            ..Session::default()
        };
        let roll = roll(&session);
        let ids = |members: &[&Member]| members.iter().map(|m| m.id.0).collect::<Vec<_>>();
        assert_eq!((roll.total, roll.full, roll.probationary), (7, 5, 2));
        assert_eq!(ids(&roll.exempted), [3, 7]);
        assert_eq!(roll.required(), 5);
        assert_eq!(ids(&roll.present), [1, 2]);
        assert_eq!(ids(&roll.absent_with_reason), [4]);
        assert_eq!(ids(&roll.absent_without_reason), [5]);
        assert_eq!(ids(&roll.unmarked), [6]);
        assert!(!roll.taken());
        // Full members 1 and 7 (exempted, but came) vote; probationary member 2 does not. The
        // base is the five full members less member 3, exempted and away.
        assert_eq!((roll.voters(), roll.vote_base()), (2, 4));
        assert!(!crate::model::passes(2, 4) && crate::model::passes(3, 4));
        assert!(!crate::model::passes(2, 4) && crate::model::passes(3, 4), "half is not more than half");
    }
}
