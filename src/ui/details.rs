//! The open session's details: organisation, meeting, topic with its opening texts, timing
//! rules, and a read-only look at the roster and sub-topics.

use std::path::PathBuf;

use eframe::egui::{self, Grid, RichText, Ui};

use super::fields::{self, parse_date, parse_time};
use super::{Action, theme};
use crate::edit::{Document, Edit};
use crate::i18n::{LengthKind, Strings, format_mmss, parse_mmss};
use crate::model::{
    MeetingDetail, OrganisationDetail, Session, TimingDetail, TimingRules, TopicDetail, TopicGroup,
};
use crate::settings::ThemeChoice;

/// Texts being typed into fields that must be checked before they reach the session.
#[derive(Debug, Clone, Default)]
pub struct DetailsView {
    /// The file and the undos and redos the texts were taken from.
    taken_from: Option<(PathBuf, u64)>,
    date: String,
    start_time: String,
    minutes: String,
    directives: String,
    timing: [String; 4],
}

impl DetailsView {
    /// Takes the texts from the session when another file is open, or after an undo or redo.
    fn sync(&mut self, document: &Document) {
        let moves = document.history_moves();
        if self.taken_from.as_ref().is_some_and(|(path, taken)| *path == document.path && *taken == moves) {
            return;
        }
        let session = document.session();
        let meeting = &session.meeting;
        let timing = &session.timing;
        *self = Self {
            taken_from: Some((document.path.clone(), moves)),
            date: meeting.date.map(|d| d.format("%d/%m/%Y").to_string()).unwrap_or_default(),
            start_time: meeting.start_time.map(|t| t.format("%H:%M").to_string()).unwrap_or_default(),
            minutes: meeting.planned_minutes.to_string(),
            directives: session.topic.directives.join("\n"),
            timing: [
                timing.target_min_secs,
                timing.target_max_secs,
                timing.hard_limit_secs,
                timing.comment_limit_secs,
            ]
            .map(|secs| format_mmss(u64::from(secs))),
        };
    }

    /// Draws the details; each change becomes an edit action.
    pub fn show(
        &mut self,
        ui: &mut Ui,
        (strings, choice): (&'static Strings, ThemeChoice),
        document: &Document,
        previous: Option<&(String, Session)>,
        actions: &mut Vec<Action>,
    ) {
        self.sync(document);
        let session = document.session();
        let error = theme::error_colour(choice);
        let locked = session.live.minutes_locked;
        egui::ScrollArea::vertical().auto_shrink([false; 2]).show(ui, |ui| {
            if locked {
                ui.colored_label(
                    theme::phase_colour(choice, crate::model::Phase::OverTarget),
                    strings.locked_note,
                );
            }
            ui.add_enabled_ui(!locked, |ui| {
                section(ui, strings.section_organisation, |ui| {
                    let mut value = session.organisation.clone();
                    fields::line(ui, strings.party_committee, &mut value.party_committee);
                    fields::line(ui, strings.cell, &mut value.cell);
                    fields::hinted_line(
                        ui,
                        (strings.place_name, strings.place_name_hint),
                        &mut value.place_name,
                    );
                    let changes = OrganisationDetail::changes(&session.organisation, &value);
                    actions.extend(
                        changes.into_iter().map(|detail| Action::Edit(Edit::SetOrganisationDetail(detail))),
                    );
                });
                section(ui, strings.section_meeting, |ui| self.meeting(ui, strings, session, error, actions));
                section(ui, strings.section_topic, |ui| self.topic(ui, strings, session, actions));
                section(ui, strings.section_timing, |ui| self.timing(ui, strings, session, error, actions));
            });
            if let Some((name, previous)) = previous {
                previous_measures(ui, strings, name, previous);
            }
            roster_and_subtopics(ui, strings, session);
        });
    }

    fn meeting(
        &mut self,
        ui: &mut Ui,
        strings: &Strings,
        session: &Session,
        error: egui::Color32,
        actions: &mut Vec<Action>,
    ) {
        let mut value = session.meeting.clone();
        fields::line(ui, strings.meeting_title, &mut value.title);
        let date = (strings.meeting_date, "12/06/2020");
        if let Ok(date) = fields::checked_line(ui, date, &mut self.date, error, |text| {
            parse_date(text).map_err(|()| strings.bad_date)
        }) {
            value.date = date;
        }
        let time = (strings.start_time, "14:00");
        if let Ok(time) = fields::checked_line(ui, time, &mut self.start_time, error, |text| {
            parse_time(text).map_err(|()| strings.bad_time)
        }) {
            value.start_time = time;
        }
        let minutes = (strings.planned_minutes, "120");
        if let Ok(minutes) = fields::checked_line(ui, minutes, &mut self.minutes, error, |text| {
            text.trim().parse::<u32>().ok().filter(|m| (1..=1440).contains(m)).ok_or(strings.bad_minutes)
        }) {
            value.planned_minutes = minutes;
        }
        ui.label("");
        ui.checkbox(&mut value.combined_with_regular, strings.prepare.combined_meeting);
        ui.end_row();
        let planned = std::time::Duration::from_secs(u64::from(value.planned_minutes) * 60);
        if let Some(short) = crate::prepare::floor::shortfall(&value, planned) {
            ui.label("");
            ui.colored_label(error, (strings.prepare.below_floor)(LengthKind::Planned, &short));
            ui.end_row();
        }
        fields::line(ui, strings.place, &mut value.place);
        fields::line(ui, strings.chair, &mut value.chair);
        fields::hinted_line(ui, (strings.chair_position, strings.position_hint), &mut value.chair_position);
        fields::line(ui, strings.minute_taker, &mut value.minute_taker);
        let taker_position = (strings.minute_taker_position, strings.position_hint);
        fields::hinted_line(ui, taker_position, &mut value.minute_taker_position);
        fields::hinted_line(ui, (strings.minutes_number, strings.minutes_number_hint), &mut value.number);
        fields::text(ui, strings.guests, &mut value.guests);
        let changes = MeetingDetail::changes(&session.meeting, &value);
        actions.extend(changes.into_iter().map(|detail| Action::Edit(Edit::SetMeetingDetail(detail))));
    }

    fn topic(&mut self, ui: &mut Ui, strings: &Strings, session: &Session, actions: &mut Vec<Action>) {
        let mut value = session.topic.clone();
        fields::text(ui, strings.topic_name, &mut value.name);
        let label = ui.label(strings.topic_group);
        ui.horizontal_wrapped(|ui| {
            for group in TopicGroup::ALL {
                ui.radio_value(&mut value.group, group, (strings.group_name)(group)).labelled_by(label.id);
            }
        });
        ui.end_row();
        fields::text(ui, strings.directives, &mut self.directives);
        value.directives = self
            .directives
            .lines()
            .map(str::trim)
            .filter(|line| !line.is_empty())
            .map(str::to_owned)
            .collect();
        let opening = &mut value.opening;
        fields::text(ui, strings.opening_purpose, &mut opening.purpose);
        fields::text(ui, strings.opening_requirements, &mut opening.requirements);
        fields::text(ui, strings.opening_content, &mut opening.content);
        fields::text(ui, strings.opening_form, &mut opening.form);
        fields::text(ui, strings.opening_discussion, &mut opening.discussion_method);
        let changes = TopicDetail::changes(&session.topic, &value);
        actions.extend(changes.into_iter().map(|detail| Action::Edit(Edit::SetTopicDetail(detail))));
    }

    fn timing(
        &mut self,
        ui: &mut Ui,
        strings: &Strings,
        session: &Session,
        error: egui::Color32,
        actions: &mut Vec<Action>,
    ) {
        let labels = [strings.target_min, strings.target_max, strings.hard_limit, strings.comment_limit];
        let mut values = Vec::with_capacity(labels.len());
        for (label, text) in labels.into_iter().zip(self.timing.iter_mut()) {
            values.push(fields::checked_line(ui, (label, strings.mmss_hint), text, error, |text| {
                parse_mmss(text).ok_or(strings.bad_duration)
            }));
        }
        let [Ok(min), Ok(max), Ok(limit), Ok(comment)] = values[..] else {
            return;
        };
        let rules = TimingRules {
            target_min_secs: min,
            target_max_secs: max,
            hard_limit_secs: limit,
            comment_limit_secs: comment,
        };
        match rules.validate() {
            Ok(()) => {
                let changes = TimingDetail::steps(&session.timing, &rules);
                actions.extend(changes.into_iter().map(|detail| Action::Edit(Edit::SetTimingDetail(detail))));
            }
            Err(problem) => {
                ui.label("");
                ui.colored_label(error, (strings.timing_error)(problem));
                ui.end_row();
            }
        }
    }
}

fn section(ui: &mut Ui, heading: &str, add_rows: impl FnOnce(&mut Ui)) {
    ui.add_space(theme::GAP_SECTION);
    ui.heading(heading);
    Grid::new(heading)
        .num_columns(2)
        .min_col_width(theme::WIDE_FIELD_WIDTH)
        .spacing(theme::GRID_SPACING_WIDE)
        .striped(false)
        .show(ui, add_rows);
}

/// The previous meeting's measures still open, for the cell to review.
fn previous_measures(ui: &mut Ui, strings: &Strings, name: &str, previous: &Session) {
    ui.add_space(theme::GAP_SECTION);
    ui.heading((strings.live.previous_measures)(name));
    for measure in previous.measures.iter().filter(|m| crate::register::is_open(m)) {
        let owner = match measure.owner {
            crate::model::MeasureOwner::Cell => strings.live.cell_owner,
            crate::model::MeasureOwner::Member { member } => {
                previous.member(member).map_or("?", |m| m.name.as_str())
            }
        };
        let deadline = measure.deadline.map(|d| d.format(", %d/%m/%Y").to_string()).unwrap_or_default();
        let status = (strings.live.measure_status)(measure.status);
        ui.label(format!("• {} ({owner}{deadline}) — {status}", measure.content));
    }
}

fn roster_and_subtopics(ui: &mut Ui, strings: &Strings, session: &Session) {
    ui.add_space(theme::GAP_SECTION);
    ui.heading(strings.section_roster);
    for member in &session.roster {
        let position =
            if member.position.is_empty() { String::new() } else { format!(" — {}", member.position) };
        ui.label(format!("{}{} ({})", member.name, position, (strings.attendance)(&member.attendance)));
    }
    ui.add_space(theme::GAP_SECTION);
    ui.heading(strings.section_subtopics);
    for (number, subtopic) in session.subtopics.iter().enumerate() {
        ui.label(RichText::new(format!("{}. {}", number + 1, subtopic.title)).strong());
        let names: Vec<&str> = subtopic
            .speakers
            .iter()
            .filter_map(|id| session.member(*id).map(|member| member.name.as_str()))
            .collect();
        let speakers = if names.is_empty() { strings.no_speaker.to_owned() } else { names.join(", ") };
        ui.label(format!("{} {speakers}", strings.speakers));
    }
}
