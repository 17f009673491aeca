//! Parts I to IV of the minutes: the opening, the discussion, the conclusion and the measures.

use chrono::NaiveDate;

use super::Block;
use crate::i18n::Strings;
use crate::model::{ExtractPart, MeasureOwner, Session, Speech};
use crate::summary::parts;

/// Parts I to IV.
pub(super) fn body(blocks: &mut Vec<Block>, session: &Session, strings: &Strings) {
    for part in
        [ExtractPart::Opening, ExtractPart::Discussion, ExtractPart::Conclusion, ExtractPart::Measures]
    {
        self::part(blocks, session, strings, part);
    }
}

/// One of parts I to IV; the roll and the vote are not parts of the body and add nothing here.
pub(super) fn part(blocks: &mut Vec<Block>, session: &Session, strings: &Strings, part: ExtractPart) {
    match part {
        ExtractPart::Opening => opening(blocks, session, strings),
        ExtractPart::Discussion => discussion(blocks, session, strings),
        ExtractPart::Conclusion => conclusion(blocks, session, strings),
        ExtractPart::Measures => measures(blocks, session, strings),
        ExtractPart::Attendance | ExtractPart::Vote => {}
    }
}

fn opening(blocks: &mut Vec<Block>, session: &Session, strings: &Strings) {
    blocks.push(Block::Heading(1, strings.minutes.part_opening.to_owned()));
    let opening = &session.topic.opening;
    for (label, value) in [
        (strings.opening_purpose, &opening.purpose),
        (strings.opening_requirements, &opening.requirements),
        (strings.opening_content, &opening.content),
        (strings.opening_form, &opening.form),
        (strings.opening_discussion, &opening.discussion_method),
    ] {
        if !value.trim().is_empty() {
            blocks.push(Block::Paragraph(format!("{label}: {}", value.trim())));
        }
    }
}

fn member_name(session: &Session, id: crate::model::MemberId) -> String {
    session.member(id).map_or("?", |m| m.name.as_str()).to_owned()
}

fn deadline(date: Option<NaiveDate>) -> Option<String> {
    date.map(crate::model::party_date)
}

fn discussion(blocks: &mut Vec<Block>, session: &Session, strings: &Strings) {
    let text = strings.minutes;
    blocks.push(Block::Heading(1, text.part_discussion.to_owned()));
    let chair_position = super::chair_position(session);
    for (index, subtopic) in session.subtopics.iter().enumerate() {
        blocks.push(Block::Heading(2, format!("{}. {}", index + 1, subtopic.title.trim())));
        let heard = session.live.speeches.iter().filter(|speech| !session.unheard(speech));
        for speech in heard.filter(|s| s.subtopic == subtopic.id) {
            speech_blocks(blocks, session, strings, speech);
        }
        for passed in session.live.passed_over.iter().filter(|passed| passed.subtopic == subtopic.id) {
            blocks.push(Block::Paragraph((text.passed_over)(
                &member_name(session, passed.member),
                passed.reason,
            )));
        }
        if let Some(generalization) = session.live.generalizations.iter().find(|g| g.subtopic == subtopic.id)
        {
            blocks.push(Block::Paragraph((text.generalization)(&session.meeting.chair, &chair_position)));
            blocks.push(Block::Paragraph(generalization.text.trim().to_owned()));
        }
    }
}

/// One speech: who presented, the key points along the four points with the measures the
/// speaker proposed, and the comments on it. A speech still going on says so.
fn speech_blocks(blocks: &mut Vec<Block>, session: &Session, strings: &Strings, speech: &Speech) {
    let text = strings.minutes;
    let [meaning, content, practice, measures] = text.conclusion_points;
    let line = (text.speech_line)(&member_name(session, speech.speaker), speech.span.is_open());
    blocks.push(Block::Paragraph(line));
    let notes = &speech.notes;
    // Point 3 carries the causes, as part III does; each point is its own numbered paragraph.
    let causes = [
        (text.subjective_causes, &notes.subjective_causes),
        (text.objective_causes, &notes.objective_causes),
    ];
    let mut practice_text = vec![notes.self_assessment.trim().to_owned()];
    practice_text.extend(
        causes
            .into_iter()
            .filter(|(_, value)| !value.trim().is_empty())
            .map(|(label, value)| format!("{label}: {}", value.trim())),
    );
    let proposed: Vec<String> = session
        .measures
        .iter()
        .filter(|m| m.source == Some(speech.id))
        .map(|m| match deadline(m.deadline) {
            Some(due) => (text.measure_due)(m.content.trim(), &due),
            None => m.content.trim().to_owned(),
        })
        .collect();
    let points = [
        (meaning, notes.why.trim().to_owned()),
        (content, notes.content.trim().to_owned()),
        (practice, join_clauses(&practice_text)),
        (measures, proposed.join("; ")),
    ];
    for (title, value) in points.into_iter().filter(|(_, value)| !value.is_empty()) {
        blocks.push(Block::Paragraph(format!("{title}: {value}")));
    }
    let comments: Vec<String> = session
        .live
        .comments
        .iter()
        .filter(|c| c.speech == speech.id)
        .map(|c| (text.comment_line)(&member_name(session, c.speaker), c.kind, c.text.trim()))
        .collect();
    if !comments.is_empty() {
        blocks.push(Block::Bullets(comments));
    }
}

/// The four-part conclusion alone as plain text, for the clipboard.
pub fn conclusion_text(session: &Session, strings: &Strings) -> String {
    let mut blocks = Vec::new();
    conclusion(&mut blocks, session, strings);
    crate::export::plain_text::render(&blocks)
}

/// Part III along the four points: causes as headings under point 3, the members' and the
/// cell's measures under point 4.
fn conclusion(blocks: &mut Vec<Block>, session: &Session, strings: &Strings) {
    let text = strings.minutes;
    blocks.push(Block::Heading(1, text.part_conclusion.to_owned()));
    let [why, content, practice, subjective, objective, of_members, of_cell] = parts(&session.conclusion);
    let [meaning_title, content_title, practice_title, measures_title] = text.conclusion_points;
    let points = [
        (meaning_title, vec![(None, why)]),
        (content_title, vec![(None, content)]),
        (
            practice_title,
            vec![
                (None, practice),
                (Some(text.subjective_causes), subjective),
                (Some(text.objective_causes), objective),
            ],
        ),
        (measures_title, vec![(Some(text.of_members), of_members), (Some(text.of_cell), of_cell)]),
    ];
    for (title, lists) in points {
        if lists.iter().all(|(_, items)| items.is_empty()) {
            continue;
        }
        blocks.push(Block::Heading(2, title.to_owned()));
        for (heading, items) in lists.into_iter().filter(|(_, items)| !items.is_empty()) {
            if let Some(heading) = heading {
                blocks.push(Block::Heading(3, heading.trim_end_matches(':').to_owned()));
            }
            blocks.push(Block::Bullets(items.iter().map(|item| item.text.trim().to_owned()).collect()));
        }
    }
}

fn measures(blocks: &mut Vec<Block>, session: &Session, strings: &Strings) {
    let text = strings.minutes;
    blocks.push(Block::Heading(1, text.part_measures.to_owned()));
    let rows = session
        .measures
        .iter()
        .map(|m| {
            let owner = match m.owner {
                MeasureOwner::Cell => text.cell_owner.to_owned(),
                MeasureOwner::Member { member } => member_name(session, member),
            };
            vec![m.content.trim().to_owned(), owner, deadline(m.deadline).unwrap_or_default()]
        })
        .collect();
    let header = vec![text.col_content.to_owned(), text.col_owner.to_owned(), text.col_deadline.to_owned()];
    blocks.push(Block::Table { header, rows });
}

/// Clauses as sentences one after another, each ended with its full stop, the empty ones
/// left out: "Bản thân … hơn. Nguyên nhân chủ quan: Còn … lòng."
fn join_clauses(clauses: &[String]) -> String {
    let sentence = |clause: &str| match clause.ends_with(['.', '!', '?', '…']) {
        true => clause.to_owned(),
        false => format!("{clause}."),
    };
    let kept: Vec<String> =
        clauses.iter().map(|c| c.trim()).filter(|c| !c.is_empty()).map(sentence).collect();
    kept.join(" ")
}
