//! The extract of the minutes (trích biên bản) the cell sends to the committee above: the
//! particulars and the parts the secretary ticked, signed for the cell.

use super::{Block, attendance, letterhead, particulars, record, secretary, signed_for_cell, vote};
use crate::i18n::Strings;
use crate::model::{ExtractPart, Session, WallTime};

/// The extract of `session`'s minutes, dated `now`, carrying the parts ticked in
/// `meeting.extract` in the minutes' order.
pub fn extract(session: &Session, strings: &Strings, now: WallTime) -> Vec<Block> {
    let text = strings.papers;
    let meeting = &session.meeting;
    let number = Some(meeting.number.trim()).filter(|n| !n.is_empty()).map(strings.minutes.number_line);
    let mut blocks = vec![
        letterhead(&session.organisation, number, Some(now.date_naive()), strings),
        Block::Title {
            title: text.extract_title.to_owned(),
            summary: (strings.minutes.summary_line)(meeting.date),
        },
    ];
    particulars(&mut blocks, session, strings);
    for part in ExtractPart::ALL.into_iter().filter(|part| meeting.extract.contains(part)) {
        match part {
            ExtractPart::Attendance => attendance(&mut blocks, session, strings),
            ExtractPart::Vote => vote(&mut blocks, session, strings),
            body => record::part(&mut blocks, session, strings, body),
        }
    }
    blocks.push(Block::Paragraph((text.extract_source)(meeting.date)));
    let above = (text.issuing_committee)(&session.organisation.party_committee);
    let recipients = vec![(text.to_above)(&above), text.keep_cell.to_owned()];
    blocks.push(signed_for_cell(recipients, &secretary(session), strings));
    blocks
}
