//! The times of the speeches and comments: the rows of the appendix and the CSV, and the
//! totals.

use std::time::Duration;

use super::Block;
use crate::i18n::{Strings, TimeCounts, format_mmss};
use crate::model::{AdjustmentKind, CommentKind, MemberId, Phase, Session, Span, TimingRules, WallTime};

/// One timed record of the appendix and the CSV: a speech or a comment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TimingRow {
    /// Whether it was a speech (else a comment).
    pub speech: bool,
    /// A comment's kind; `None` for a speech.
    pub comment_kind: Option<CommentKind>,
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
            comment_kind: None,
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
                comment_kind: Some(comment.kind),
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

/// The appendix of speaking times, apart from the minutes' content, with neutral words: where
/// each length stands against the time set, not a verdict on the speaker.
pub(super) fn appendix(blocks: &mut Vec<Block>, session: &Session, strings: &Strings, now: WallTime) {
    let text = strings.minutes;
    let rows = timing_rows(session, now);
    blocks.push(Block::PageBreak);
    blocks.push(Block::Heading(1, text.appendix.to_owned()));
    blocks.push(Block::Paragraph(text.appendix_note.to_owned()));
    let header = [
        text.col_kind,
        text.col_subtopic,
        text.col_speaker,
        text.col_started,
        text.col_duration,
        text.col_paused,
        text.col_compared,
        text.col_over,
    ];
    let header: Vec<String> = header.iter().map(|s| (*s).to_owned()).collect();
    let table_rows = rows
        .iter()
        .map(|row| {
            vec![
                row.comment_kind.map_or(text.kind_speech, strings.live.comment_kind).to_owned(),
                row.subtopic.clone(),
                row.speaker.clone(),
                row.started_at.map(|t| t.format("%H:%M:%S").to_string()).unwrap_or_default(),
                format_mmss(row.duration.as_secs()),
                format_mmss(row.paused.as_secs()),
                match row.unfinished {
                    true => text.unfinished.to_owned(),
                    false => (text.compared)(row.phase, &session.timing, row.speech),
                },
                format_mmss(row.over_limit.as_secs()),
            ]
        })
        .collect();
    blocks.push(Block::Table { header, rows: table_rows });
    blocks.push(Block::Paragraph(totals(&rows).describe(strings, &session.timing)));
    let corrections = adjustments(session);
    if !corrections.is_empty() {
        blocks.push(Block::Paragraph(text.adjustments_heading.to_owned()));
        let lines = corrections.iter().map(|(name, speech, adjustment)| {
            let started_late = adjustment.kind == AdjustmentKind::StartedLate;
            let at = adjustment.at.format("%H:%M:%S").to_string();
            (text.adjustment)(name, *speech, &at, adjustment.secs, started_late)
        });
        blocks.push(Block::Bullets(lines.collect()));
    }
}

/// Every correction of a timer, in the order made, with the speaker's name and whether it
/// was a speech's (else a comment's).
fn adjustments(session: &Session) -> Vec<(&str, bool, &crate::model::Adjustment)> {
    let name = |id| session.member(id).map_or("?", |m| m.name.as_str());
    let speeches = session.live.speeches.iter().map(|s| (name(s.speaker), true, &s.span));
    let comments = session.live.comments.iter().map(|c| (name(c.speaker), false, &c.span));
    let mut found: Vec<_> = speeches
        .chain(comments)
        .flat_map(|(name, speech, span)| span.adjustments.iter().map(move |a| (name, speech, a)))
        .collect();
    found.sort_by_key(|(_, _, adjustment)| adjustment.at);
    found
}

/// One member's speaking so far: speeches and timed comments, and their time.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MemberTime {
    /// Who.
    pub member: MemberId,
    /// The member's name.
    pub name: String,
    /// Speeches started.
    pub speeches: usize,
    /// Follow-up comments timed.
    pub comments: usize,
    /// Time spent on speeches.
    pub speaking: Duration,
    /// Time spent on comments.
    pub commenting: Duration,
}

impl MemberTime {
    /// Speeches and comments together.
    pub fn total(&self) -> Duration {
        self.speaking + self.commenting
    }
}

/// Each member who spoke or commented, in roster order, with their counts and time as of
/// `now` (a speech or comment still going on counts its time so far).
pub fn per_member(session: &Session, now: WallTime) -> Vec<MemberTime> {
    let timed = |span: &Span| span.started_at.is_some();
    session
        .roster
        .iter()
        .map(|member| {
            let speeches: Vec<&Span> = session
                .live
                .speeches
                .iter()
                .filter(|s| s.speaker == member.id && timed(&s.span))
                .map(|s| &s.span)
                .collect();
            let comments: Vec<&Span> = session
                .live
                .comments
                .iter()
                .filter(|c| c.speaker == member.id && timed(&c.span))
                .map(|c| &c.span)
                .collect();
            let time = |spans: &[&Span]| spans.iter().map(|span| span.as_of(now).0).sum();
            MemberTime {
                member: member.id,
                name: member.name.clone(),
                speeches: speeches.len(),
                comments: comments.len(),
                speaking: time(&speeches),
                commenting: time(&comments),
            }
        })
        .filter(|time| time.speeches + time.comments > 0)
        .collect()
}

/// The speeches of a meeting counted by how they kept to time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TimingTotals {
    /// Speeches that ended.
    pub speeches: usize,
    /// Of those, under the range's start.
    pub under_target: usize,
    /// Within the range.
    pub on_target: usize,
    /// Over the range's end.
    pub over_target: usize,
    /// Over the hard limit.
    pub over_limit: usize,
    /// Speeches still going on, counted apart.
    pub unfinished: usize,
    /// The average length of those that ended.
    pub average: Duration,
}

impl TimingTotals {
    /// The totals line of the appendix and the conclusion screen.
    pub fn describe(&self, strings: &Strings, rules: &TimingRules) -> String {
        let counts = TimeCounts {
            speeches: self.speeches,
            by_phase: [self.under_target, self.on_target, self.over_target, self.over_limit],
            average: u32::try_from(self.average.as_secs()).unwrap_or(u32::MAX),
        };
        let line = (strings.minutes.totals)(counts, rules);
        match self.unfinished {
            0 => line,
            open => format!("{line} {}", (strings.minutes.unfinished_count)(open)),
        }
    }
}

/// The speeches that ended, by phase, and their average length; those still going on apart.
pub fn totals(rows: &[TimingRow]) -> TimingTotals {
    let speeches: Vec<&TimingRow> = rows.iter().filter(|row| row.speech && !row.unfinished).collect();
    let count = |phase| speeches.iter().filter(|row| row.phase == phase).count();
    let sum: Duration = speeches.iter().map(|row| row.duration).sum();
    let average = u32::try_from(speeches.len()).ok().filter(|n| *n > 0).map_or(Duration::ZERO, |n| sum / n);
    TimingTotals {
        speeches: speeches.len(),
        under_target: count(Phase::UnderTarget),
        on_target: count(Phase::OnTarget),
        over_target: count(Phase::OverTarget),
        over_limit: count(Phase::OverLimit),
        unfinished: rows.iter().filter(|row| row.speech && row.unfinished).count(),
        average,
    }
}
