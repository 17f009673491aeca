//! The minutes (biên bản) as one outline of blocks, built once from the session and rendered
//! by each format, so every format holds the same content.

mod extract;
mod letterhead;
mod notice;
mod plan;
mod record;
mod timing;

pub use extract::extract;
pub use notice::notice;
pub use plan::plan;
pub use record::conclusion_text;
pub use timing::{MemberTime, TimingRow, TimingTotals, per_member, timing_rows, totals};

use chrono::{NaiveDate, NaiveTime};

use super::Page;
use crate::i18n::{Held, Strings};
use crate::model::{Member, Organisation, Session, WallTime};
use crate::prepare::attendance::roll;

/// How many capitals fit on a line of the letterhead's left column: the superior committee in
/// plain type, the cell in bold.
const SUPERIOR_WIDTH: usize = 24;
const CELL_WIDTH: usize = 22;

/// One block of the minutes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    /// The header of a Party document (Hướng dẫn 36-HD/VPTW): the superior committee, the
    /// cell, a star and the number on the left; the Party's name and the place and date on
    /// the right.
    Letterhead {
        /// The superior committee, in capitals.
        superior: String,
        /// The cell, in capitals.
        cell: String,
        /// "Số …-BB/CB", when the secretary gave a number.
        number: Option<String>,
        /// "ĐẢNG CỘNG SẢN VIỆT NAM".
        nation: String,
        /// "<địa danh>, ngày … tháng … năm …".
        date_line: String,
    },
    /// The document's name and the summary line under it.
    Title {
        /// "BIÊN BẢN".
        title: String,
        /// "sinh hoạt chuyên đề quý II năm 2020".
        summary: String,
    },
    /// A heading; level 1 is a part (I, II…), 2 a sub-part, 3 a heading within it.
    Heading(u8, String),
    /// A paragraph; its line breaks are kept.
    Paragraph(String),
    /// A bulleted list; each item's line breaks are kept.
    Bullets(Vec<String>),
    /// A table with its header row.
    Table {
        /// Column titles.
        header: Vec<String>,
        /// The rows.
        rows: Vec<Vec<String>>,
    },
    /// What follows starts on a new page (the appendix, after the signatures).
    PageBreak,
    /// The foot of a paper a body issues: who receives it on the left, the signature on
    /// behalf of the body on the right.
    Signed {
        /// "Nơi nhận:".
        heading: String,
        /// One line per recipient, "- Lưu chi bộ." the last.
        recipients: Vec<String>,
        /// "T/M CHI BỘ\nBÍ THƯ" and the name.
        signature: Signature,
    },
    /// The signature blocks, left and right.
    Signatures {
        /// The minute-taker's.
        left: Signature,
        /// The chair's.
        right: Signature,
    },
}

/// One signature block: the role, the note under it and the name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Signature {
    /// "THƯ KÝ", "CHỦ TRÌ", or "T/M CHI BỘ" and "BÍ THƯ" on two lines.
    pub role: String,
    /// "(Ký, ghi rõ họ tên)".
    pub note: String,
    /// The full name.
    pub name: String,
}

/// Builds the minutes of `session` in the language of `strings`, as of `now`.
pub fn minutes(session: &Session, strings: &Strings, now: WallTime) -> Vec<Block> {
    let text = strings.minutes;
    let meeting = &session.meeting;
    let number = Some(meeting.number.trim()).filter(|n| !n.is_empty()).map(text.number_line);
    let mut blocks = vec![
        letterhead(&session.organisation, number, meeting.date, strings),
        Block::Title { title: text.title.to_owned(), summary: (text.summary_line)(meeting.date) },
    ];
    particulars(&mut blocks, session, strings);
    attendance(&mut blocks, session, strings);
    record::body(&mut blocks, session, strings);
    closing(&mut blocks, session, strings);
    if meeting.timing_appendix {
        timing::appendix(&mut blocks, session, strings, now);
    }
    blocks
}

/// The header of a paper the cell issues: its committee and name broken between phrases, the
/// number line, the place and `date`.
fn letterhead(
    organisation: &Organisation,
    number: Option<String>,
    date: Option<NaiveDate>,
    strings: &Strings,
) -> Block {
    let issuer = Issuer {
        above: &organisation.party_committee,
        body: &organisation.cell,
        place: &organisation.place_name,
    };
    header(issuer, number, date, strings, Page::Portrait)
}

/// Who issues a paper: the body above it, the body itself, and the place name of its date line.
#[derive(Debug, Clone, Copy)]
pub struct Issuer<'a> {
    /// The body above the issuer ("Đảng bộ Trường …" for a cell); may be empty.
    pub above: &'a str,
    /// The issuer ("Chi bộ …", "Đảng ủy …").
    pub body: &'a str,
    /// The place name of the date line.
    pub place: &'a str,
}

/// The header of a Party paper (Hướng dẫn 36-HD/VPTW): the body above and the issuer in
/// capitals, each broken between its phrases to fit the header's column on `page`, the number
/// line, the place and `date`.
pub fn header(
    issuer: Issuer<'_>,
    number: Option<String>,
    date: Option<NaiveDate>,
    strings: &Strings,
    page: Page,
) -> Block {
    // The header's column widens with the page (minutes_docx), and so do its lines.
    let fit = |width: usize| {
        let wider = u64::from(page.text_width()) * width as u64 / u64::from(Page::Portrait.text_width());
        usize::try_from(wider).unwrap_or(width)
    };
    Block::Letterhead {
        superior: letterhead::phrase_lines(&issuer.above.trim().to_uppercase(), fit(SUPERIOR_WIDTH)),
        cell: letterhead::phrase_lines(&issuer.body.trim().to_uppercase(), fit(CELL_WIDTH)),
        number,
        nation: strings.minutes.nation.to_owned(),
        date_line: (strings.minutes.date_line)(issuer.place, date),
    }
}

/// The topic, when and where the meeting was held, who chaired it and who took the minutes.
fn particulars(blocks: &mut Vec<Block>, session: &Session, strings: &Strings) {
    let text = strings.minutes;
    let meeting = &session.meeting;
    if !session.topic.name.trim().is_empty() {
        blocks.push(Block::Paragraph((text.topic_line)(&session.topic.name)));
    }
    let held = Held {
        time: start_time(session),
        date: meeting.date,
        place: &meeting.place,
        cell: &session.organisation.cell,
    };
    blocks.push(Block::Paragraph((text.opening_sentence)(held)));
    blocks.push(Block::Paragraph((text.chair)(&meeting.chair, &chair_position(session))));
    let taker_position = position(session, &meeting.minute_taker, &meeting.minute_taker_position);
    blocks.push(Block::Paragraph((text.minute_taker)(&meeting.minute_taker, &taker_position)));
}

/// The foot of a paper signed for the cell by its secretary: who receives it, and the
/// signature "T/M CHI BỘ / BÍ THƯ".
fn signed_for_cell(recipients: Vec<String>, secretary: &str, strings: &Strings) -> Block {
    Block::Signed {
        heading: strings.papers.recipients.to_owned(),
        recipients,
        signature: Signature {
            role: strings.papers.for_cell.to_owned(),
            note: strings.minutes.sign_note.to_owned(),
            name: secretary.trim().to_owned(),
        },
    }
}

/// The cell's secretary: the member whose position is "Bí thư …" (not a deputy), else the chair.
pub fn secretary(session: &Session) -> String {
    let is_secretary = |member: &&Member| member.position.trim().to_lowercase().starts_with("bí thư");
    session
        .roster
        .iter()
        .find(is_secretary)
        .map_or_else(|| session.meeting.chair.trim().to_owned(), |m| m.name.clone())
}

fn start_time(session: &Session) -> Option<NaiveTime> {
    session.live.opened_at.map(|t| t.time()).or(session.meeting.start_time)
}

/// A position given for the meeting, else the roster's for the member of that name.
fn position(session: &Session, name: &str, given: &str) -> String {
    if !given.trim().is_empty() {
        return given.trim().to_owned();
    }
    let member = session.roster.iter().find(|m| m.name == name.trim());
    member.map(|m| m.position.trim().to_owned()).unwrap_or_default()
}

/// The chair's position, as the minutes name it.
pub(crate) fn chair_position(session: &Session) -> String {
    position(session, &session.meeting.chair, &session.meeting.chair_position)
}

/// A member as the roll lists them: the name and the position as written ("Bí thư Chi bộ",
/// "Chi ủy viên" keep their capitals); "đảng viên", which is not a title, in lower case.
/// A probationary member without a title is "(đảng viên dự bị)".
fn listed(member: &Member) -> String {
    let probationary = member.membership == crate::model::Membership::Probationary;
    match member.position.trim() {
        "" if probationary => format!("{} (đảng viên dự bị)", member.name),
        "" => member.name.clone(),
        position if position.to_lowercase() == "đảng viên" => match probationary {
            true => format!("{} (đảng viên dự bị)", member.name),
            false => format!("{} (đảng viên)", member.name),
        },
        position => format!("{} ({position})", member.name),
    }
}

fn attendance(blocks: &mut Vec<Block>, session: &Session, strings: &Strings) {
    blocks.push(Block::Heading(2, strings.minutes.attendance.to_owned()));
    for (line, names) in roll_call(session, strings) {
        blocks.push(Block::Paragraph(line));
        if !names.is_empty() {
            blocks.push(Block::Bullets(names));
        }
    }
}

/// The attendance as the minutes and the attendance screen state it: each line with the names
/// it counts. The total and those present are always given; exempted, not marked, absent with
/// and without a reason, and guests when there are any.
pub fn roll_call(session: &Session, strings: &Strings) -> Vec<(String, Vec<String>)> {
    let text = strings.minutes;
    let roll = roll(session);
    let exempted: Vec<String> = roll
        .exempted
        .iter()
        .map(|m| match m.exemption.as_deref().map(str::trim) {
            Some(reason) if !reason.is_empty() => format!("{}: {reason}", m.name),
            _ => m.name.clone(),
        })
        .collect();
    let absent_with: Vec<String> = roll
        .absent_with_reason
        .iter()
        .map(|m| match &m.attendance {
            crate::model::Attendance::Absent { reason } => format!("{}: {}", m.name, reason.trim()),
            _ => m.name.clone(),
        })
        .collect();
    let absent_without = roll.absent_without_reason.iter().map(|m| m.name.clone()).collect();
    let came = roll.temporary.iter().filter(|m| m.attendance == crate::model::Attendance::Present);
    let temporary: Vec<String> = came.map(|m| listed(m)).collect();
    let guests: Vec<String> =
        session.meeting.guests.lines().map(str::trim).filter(|l| !l.is_empty()).map(str::to_owned).collect();
    let mut lines = vec![((text.roll_total)(roll.total, roll.full, roll.probationary), Vec::new())];
    let groups = [
        ((text.roll_exempted)(roll.exempted.len()), exempted, false),
        (
            (text.roll_present)(roll.present.len(), roll.required()),
            roll.present.iter().map(|m| listed(m)).collect(),
            true,
        ),
        ((text.roll_unmarked)(roll.unmarked.len()), roll.unmarked.iter().map(|m| listed(m)).collect(), false),
        ((text.absent_with_reason)(roll.absent_with_reason.len()), absent_with, false),
        ((text.absent_without_reason)(roll.absent_without_reason.len()), absent_without, false),
        ((text.roll_temporary)(temporary.len(), roll.temporary.len()), temporary, false),
        (text.guests.to_owned(), guests, false),
    ];
    let shown = groups.into_iter().filter(|(_, names, always)| *always || !names.is_empty());
    // A line that names nobody ends with a full stop rather than a colon.
    lines.extend(shown.map(|(line, names, _)| match names.is_empty() {
        true => (format!("{}.", line.trim_end_matches(':')), names),
        false => (line, names),
    }));
    lines
}

fn closing(blocks: &mut Vec<Block>, session: &Session, strings: &Strings) {
    let text = strings.minutes;
    vote(blocks, session, strings);
    let meeting = &session.meeting;
    let signature = |role: &str, name: &str| Signature {
        role: role.to_owned(),
        note: text.sign_note.to_owned(),
        name: name.trim().to_owned(),
    };
    blocks.push(Block::Signatures {
        left: signature(text.sign_minute_taker, &meeting.minute_taker),
        right: signature(text.sign_chair, &meeting.chair),
    });
}

/// When the meeting ended and how the minutes were voted, and any amendment after.
fn vote(blocks: &mut Vec<Block>, session: &Session, strings: &Strings) {
    let text = strings.minutes;
    let live = &session.live;
    for resolution in &live.resolutions {
        blocks.push(Block::Paragraph((text.resolution)(resolution)));
    }
    let approval = live.approval.as_ref();
    let ended = approval.map(|a| a.ended).or(live.closed_at.map(|t| t.time()));
    blocks.push(Block::Paragraph((text.closing)(ended, approval)));
    for amendment in &live.amendments {
        blocks.push(Block::Paragraph((text.amended)(&(text.moment)(amendment.at), amendment.reason.trim())));
    }
}
