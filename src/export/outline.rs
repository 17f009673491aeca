//! The minutes (biên bản) as one outline of blocks, built once from the session and rendered
//! by each format, so every format holds the same content.

use std::time::Duration;

use chrono::{NaiveDate, NaiveTime};

use crate::i18n::{Strings, format_mmss};
use crate::model::{Attendance, MeasureOwner, Phase, Session, WallTime};
use crate::summary::parts;

/// One block of the minutes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    /// The letterhead: the party committee and cell on the left, the party's name on the right,
    /// then the place-and-date line.
    Letterhead {
        /// Lines on the left.
        left: Vec<String>,
        /// The line on the right.
        right: String,
        /// "…, ngày … tháng … năm …".
        date_line: String,
    },
    /// The centred title.
    Title(String),
    /// A heading; level 1 is a part (I, II…), level 2 a sub-part.
    Heading(u8, String),
    /// A paragraph.
    Paragraph(String),
    /// A bulleted list.
    Bullets(Vec<String>),
    /// A table with its header row.
    Table {
        /// Column titles.
        header: Vec<String>,
        /// The rows.
        rows: Vec<Vec<String>>,
    },
    /// The signature blocks: titles and names, left and right.
    Signatures {
        /// The chair's title and name.
        left: (String, String),
        /// The minute-taker's title and name.
        right: (String, String),
    },
}

/// Builds the minutes of `session` in the language of `strings`.
pub fn minutes(session: &Session, strings: &Strings, now: WallTime) -> Vec<Block> {
    let text = strings.minutes;
    let meeting = &session.meeting;
    let mut blocks = vec![
        Block::Letterhead {
            left: vec![upper(&session.organisation.party_committee), upper(&session.organisation.cell)],
            right: text.nation.to_owned(),
            date_line: (text.date_line)(meeting.date),
        },
        Block::Title(text.title.to_owned()),
        Block::Paragraph((text.topic_line)(&session.topic.name)),
        Block::Paragraph((text.time_place)(start_time(session), meeting.date, &meeting.place)),
        Block::Paragraph((text.chair)(&meeting.chair)),
        Block::Paragraph((text.minute_taker)(&meeting.minute_taker)),
    ];
    attendance(&mut blocks, session, strings);
    opening(&mut blocks, session, strings);
    discussion(&mut blocks, session, strings, now);
    conclusion(&mut blocks, session, strings);
    measures(&mut blocks, session, strings);
    blocks.push(Block::Paragraph((text.closing)(session.live.closed_at.map(|t| t.time()))));
    blocks.push(Block::Signatures {
        left: (text.sign_chair.to_owned(), meeting.chair.clone()),
        right: (text.sign_minute_taker.to_owned(), meeting.minute_taker.clone()),
    });
    appendix(&mut blocks, session, strings, now);
    blocks
}

fn upper(text: &str) -> String {
    text.to_uppercase()
}

fn start_time(session: &Session) -> Option<NaiveTime> {
    session.live.opened_at.map(|t| t.time()).or(session.meeting.start_time)
}

fn attendance(blocks: &mut Vec<Block>, session: &Session, strings: &Strings) {
    let text = strings.minutes;
    blocks.push(Block::Heading(2, text.attendance.to_owned()));
    let present: Vec<String> = session
        .roster
        .iter()
        .filter(|m| m.attendance.can_speak())
        .map(|m| if m.position.is_empty() { m.name.clone() } else { format!("{} ({})", m.name, m.position) })
        .collect();
    blocks.push(Block::Paragraph((text.present)(present.len(), session.roster.len())));
    blocks.push(Block::Bullets(present));
    let absent: Vec<String> = session
        .roster
        .iter()
        .filter_map(|m| match &m.attendance {
            Attendance::Absent { reason } if reason.trim().is_empty() => {
                Some(format!("{} ({})", m.name, text.no_reason))
            }
            Attendance::Absent { reason } => Some(format!("{} ({})", m.name, reason.trim())),
            _ => None,
        })
        .collect();
    if !absent.is_empty() {
        blocks.push(Block::Paragraph(text.absent.to_owned()));
        blocks.push(Block::Bullets(absent));
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

fn discussion(blocks: &mut Vec<Block>, session: &Session, strings: &Strings, now: WallTime) {
    let text = strings.minutes;
    let live = strings.live;
    blocks.push(Block::Heading(1, text.part_discussion.to_owned()));
    let name = |id| session.member(id).map_or("?", |m| m.name.as_str()).to_owned();
    for (index, subtopic) in session.subtopics.iter().enumerate() {
        blocks.push(Block::Heading(2, format!("{}. {}", index + 1, subtopic.title)));
        let heard = session.live.speeches.iter().filter(|speech| !session.unheard(speech));
        for speech in heard.filter(|s| s.subtopic == subtopic.id) {
            let length = format_mmss(speech.span.as_of(now).0.as_secs());
            let phase = match speech.span.is_open() {
                true => text.unfinished,
                false => speech.phase_reached.map_or("", |p| (live.phase_name)(p)),
            };
            blocks.push(Block::Paragraph((text.speech_line)(&name(speech.speaker), &length, phase)));
            let notes = &speech.notes;
            let points: Vec<String> = [
                (live.note_why, &notes.why),
                (live.note_content, &notes.content),
                (live.note_self, &notes.self_assessment),
                (live.note_subjective, &notes.subjective_causes),
                (live.note_objective, &notes.objective_causes),
            ]
            .into_iter()
            .filter(|(_, value)| !value.trim().is_empty())
            .map(|(label, value)| format!("{label}: {}", value.trim()))
            .collect();
            if !points.is_empty() {
                blocks.push(Block::Bullets(points));
            }
            let comments: Vec<String> = session
                .live
                .comments
                .iter()
                .filter(|c| c.speech == speech.id)
                .map(|c| (text.comment_line)(&name(c.speaker), (live.comment_kind)(c.kind), c.text.trim()))
                .collect();
            if !comments.is_empty() {
                blocks.push(Block::Bullets(comments));
            }
        }
        for passed in session.live.passed_over.iter().filter(|passed| passed.subtopic == subtopic.id) {
            blocks.push(Block::Paragraph((text.passed_over)(&name(passed.member), passed.reason)));
        }
        if let Some(generalization) = session.live.generalizations.iter().find(|g| g.subtopic == subtopic.id)
        {
            blocks.push(Block::Paragraph(text.generalization.to_owned()));
            blocks.push(Block::Paragraph(generalization.text.trim().to_owned()));
        }
    }
}

/// The four-part conclusion alone as plain text, for the clipboard.
pub fn conclusion_text(session: &Session, strings: &Strings) -> String {
    let mut blocks = Vec::new();
    conclusion(&mut blocks, session, strings);
    let mut out = String::new();
    for block in blocks {
        match block {
            Block::Heading(_, text) | Block::Paragraph(text) | Block::Title(text) => {
                out.push_str(&format!("{text}\n"))
            }
            Block::Bullets(items) => items.iter().for_each(|item| out.push_str(&format!("- {item}\n"))),
            Block::Letterhead { .. } | Block::Table { .. } | Block::Signatures { .. } => {}
        }
    }
    out
}

fn conclusion(blocks: &mut Vec<Block>, session: &Session, strings: &Strings) {
    let live = strings.live;
    blocks.push(Block::Heading(1, strings.minutes.part_conclusion.to_owned()));
    let headings = [
        live.note_why,
        live.note_content,
        live.note_self,
        live.note_subjective,
        live.note_objective,
        live.of_members,
        live.of_cell,
    ];
    let parts = parts(&session.conclusion);
    let any_measure = !parts[5].is_empty() || !parts[6].is_empty();
    for (index, (part, heading)) in parts.into_iter().zip(headings).enumerate() {
        if index == 5 && any_measure {
            blocks.push(Block::Heading(2, live.note_measures.to_owned()));
        }
        if part.is_empty() {
            continue;
        }
        blocks.push(Block::Paragraph(format!("{heading}:")));
        blocks.push(Block::Bullets(part.iter().map(|item| item.text.trim().to_owned()).collect()));
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
                MeasureOwner::Cell => strings.live.cell_owner.to_owned(),
                MeasureOwner::Member { member } => {
                    session.member(member).map_or("?", |x| x.name.as_str()).to_owned()
                }
            };
            let deadline =
                m.deadline.map(|d: NaiveDate| d.format("%d/%m/%Y").to_string()).unwrap_or_default();
            vec![m.content.clone(), owner, deadline]
        })
        .collect();
    let header = vec![text.col_content.to_owned(), text.col_owner.to_owned(), text.col_deadline.to_owned()];
    blocks.push(Block::Table { header, rows });
}

/// One timed record of the appendix and the CSV: a speech or a comment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TimingRow {
    /// Whether it was a speech (else a comment).
    pub speech: bool,
    /// The sub-topic's title.
    pub subtopic: String,
    /// Who spoke.
    pub speaker: String,
    /// When it started.
    pub started_at: Option<WallTime>,
    /// How long it ran, pauses left out.
    pub duration: Duration,
    /// How long it was paused.
    pub paused: Duration,
    /// The phase it reached against its limit.
    pub phase: Phase,
    /// How far past its limit.
    pub over_limit: Duration,
    /// Whether it was still going on (started, not ended) at the time of the report: its
    /// length is the time so far.
    pub unfinished: bool,
}

/// Every started speech and timed comment, in the order they were given, as of `now`.
pub fn timing_rows(session: &Session, now: WallTime) -> Vec<TimingRow> {
    let name = |id| session.member(id).map_or("?", |m| m.name.as_str()).to_owned();
    let title = |id| session.subtopic(id).map_or("", |s| s.title.as_str()).to_owned();
    let rules = &session.timing;
    let mut rows = Vec::new();
    for speech in session.live.speeches.iter().filter(|s| s.span.started_at.is_some()) {
        let (duration, paused) = speech.span.as_of(now);
        rows.push(TimingRow {
            speech: true,
            subtopic: title(speech.subtopic),
            speaker: name(speech.speaker),
            started_at: speech.span.started_at,
            duration,
            paused,
            phase: rules.phase(duration),
            over_limit: rules.overrun(duration),
            unfinished: speech.span.is_open(),
        });
        for comment in
            session.live.comments.iter().filter(|c| c.speech == speech.id && c.span.started_at.is_some())
        {
            let (duration, paused) = comment.span.as_of(now);
            let reading = crate::meeting::Reading::of_comment(rules, duration);
            rows.push(TimingRow {
                speech: false,
                subtopic: title(speech.subtopic),
                speaker: name(comment.speaker),
                started_at: comment.span.started_at,
                duration,
                paused,
                phase: reading.phase,
                over_limit: reading.overrun,
                unfinished: comment.span.is_open(),
            });
        }
    }
    rows
}

fn appendix(blocks: &mut Vec<Block>, session: &Session, strings: &Strings, now: WallTime) {
    let text = strings.minutes;
    let rows = timing_rows(session, now);
    blocks.push(Block::Heading(1, text.appendix.to_owned()));
    let header = [
        text.col_kind,
        strings.prepare.col_subtopic,
        text.col_speaker,
        text.col_started,
        text.col_duration,
        text.col_paused,
        text.col_phase,
        text.col_over,
    ];
    let header: Vec<String> = header.iter().map(|s| (*s).to_owned()).collect();
    let table_rows = rows
        .iter()
        .map(|row| {
            vec![
                if row.speech { text.kind_speech } else { text.kind_comment }.to_owned(),
                row.subtopic.clone(),
                row.speaker.clone(),
                row.started_at.map(|t| t.format("%H:%M:%S").to_string()).unwrap_or_default(),
                format_mmss(row.duration.as_secs()),
                format_mmss(row.paused.as_secs()),
                match row.unfinished {
                    true => text.unfinished.to_owned(),
                    false => (strings.live.phase_name)(row.phase).to_owned(),
                },
                format_mmss(row.over_limit.as_secs()),
            ]
        })
        .collect();
    blocks.push(Block::Table { header, rows: table_rows });
    blocks.push(Block::Paragraph(totals(&rows).describe(strings)));
}

/// The speeches of a meeting counted by how they kept to time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Totals {
    /// Speeches that ended.
    pub speeches: usize,
    /// Of those, within the target.
    pub on_target: usize,
    /// Over the target's end.
    pub over_target: usize,
    /// Over the hard limit.
    pub over_limit: usize,
    /// Speeches still going on, counted apart.
    pub unfinished: usize,
    /// The average length of those that ended.
    pub average: Duration,
}

impl Totals {
    /// The totals line of the minutes and the conclusion screen.
    pub fn describe(&self, strings: &Strings) -> String {
        let average = format_mmss(self.average.as_secs());
        let line = (strings.minutes.totals)(
            self.speeches,
            self.on_target,
            self.over_target,
            self.over_limit,
            &average,
        );
        match self.unfinished {
            0 => line,
            open => format!("{line} {}", (strings.minutes.unfinished_count)(open)),
        }
    }
}

/// The speeches that ended, on target, over target, over the limit, and their average
/// length; those still going on apart.
pub fn totals(rows: &[TimingRow]) -> Totals {
    let speeches: Vec<&TimingRow> = rows.iter().filter(|row| row.speech && !row.unfinished).collect();
    let count = |phase| speeches.iter().filter(|row| row.phase == phase).count();
    let sum: Duration = speeches.iter().map(|row| row.duration).sum();
    let average = u32::try_from(speeches.len()).ok().filter(|n| *n > 0).map_or(Duration::ZERO, |n| sum / n);
    Totals {
        speeches: speeches.len(),
        on_target: count(Phase::OnTarget),
        over_target: count(Phase::OverTarget),
        over_limit: count(Phase::OverLimit),
        unfinished: rows.iter().filter(|row| row.speech && row.unfinished).count(),
        average,
    }
}
