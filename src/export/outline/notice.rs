//! The notice (thông báo) the cell sends its members before the meeting, with the guiding
//! outline: when and where, the topic, its purpose, each sub-topic with its questions and
//! suggestions and who prepares it.

use super::{Block, letterhead, secretary, signed_for_cell, start_time};
use crate::i18n::Strings;
use crate::model::{Session, WallTime};

/// The notice of `session`'s meeting, dated `now` when that is before the meeting; numbered by
/// hand ("Số      -TB/CB").
pub fn notice(session: &Session, strings: &Strings, now: WallTime) -> Vec<Block> {
    let text = strings.papers;
    let meeting = &session.meeting;
    let opening = &session.topic.opening;
    let guests: Vec<String> =
        meeting.guests.lines().map(str::trim).filter(|g| !g.is_empty()).map(str::to_owned).collect();
    // A notice goes out before the meeting: made after it (a past meeting's), its date is left
    // to be written by hand.
    let today = now.date_naive();
    let dated = Some(today).filter(|today| meeting.date.is_none_or(|day| *today <= day));
    let mut blocks = vec![
        letterhead(&session.organisation, Some((text.number_line)("", "TB/CB")), dated, strings),
        Block::Title { title: text.notice_title.to_owned(), summary: (text.notice_summary)(meeting.date) },
        Block::Paragraph((text.notice_intro)(&session.organisation.cell, meeting.date)),
        Block::Paragraph((text.notice_time)(start_time(session), meeting.date, meeting.planned_minutes)),
        Block::Paragraph((text.notice_place)(&meeting.place)),
        Block::Paragraph((text.notice_topic)(&session.topic.name)),
        Block::Paragraph((text.notice_attendees)(&guests)),
        Block::Paragraph(text.notice_purpose.to_owned()),
    ];
    for value in [&opening.purpose, &opening.requirements] {
        blocks.extend(
            value.lines().map(str::trim).filter(|l| !l.is_empty()).map(|l| Block::Paragraph(l.to_owned())),
        );
    }
    blocks.push(Block::Paragraph(text.notice_request.to_owned()));
    blocks.push(Block::Heading(1, text.notice_outline.to_owned()));
    for (index, subtopic) in session.subtopics.iter().enumerate() {
        blocks.push(Block::Heading(2, (text.notice_subtopic)(index + 1, &subtopic.title)));
        for (label, items) in
            [(text.notice_questions, &subtopic.questions), (text.notice_suggestions, &subtopic.suggestions)]
        {
            let items: Vec<String> =
                items.iter().map(|i| i.trim()).filter(|i| !i.is_empty()).map(str::to_owned).collect();
            if !items.is_empty() {
                blocks.push(Block::Paragraph(label.to_owned()));
                blocks.push(Block::Bullets(items));
            }
        }
        let names: Vec<String> =
            subtopic.speakers.iter().filter_map(|id| session.member(*id)).map(|m| m.name.clone()).collect();
        blocks.push(Block::Paragraph((text.notice_speakers)(&names)));
    }
    let recipients = vec![text.to_members.to_owned(), text.keep_cell.to_owned()];
    blocks.push(signed_for_cell(recipients, &secretary(session), strings));
    blocks
}
