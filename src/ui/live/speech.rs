//! The sub-topic on screen and the current speaker's card: name, big timer coloured by phase,
//! warnings, and the timer's controls.

use std::time::Duration;

use eframe::egui::{self, FontFamily, FontId, RichText, Ui};

use super::{LiveContext, command_button};
use crate::app::Command;
use crate::edit::Edit;
use crate::i18n::format_mmss;
use crate::meeting::{Reading, Warning};
use crate::model::{AdjustmentKind, Phase, SpanState, SubTopicId};
use crate::ui::{Action, fonts, theme};

/// The sub-topic's title with its guiding questions and suggestions.
pub fn subtopic_header(ui: &mut Ui, live: &LiveContext<'_>, subtopic: SubTopicId) {
    let Some(topic) = live.session().subtopic(subtopic) else {
        return;
    };
    ui.label(RichText::new(&topic.title).size(theme::TEXT_SECTION_TITLE).strong());
    let filled = |items: &[String]| -> Vec<String> {
        items.iter().filter(|item| !item.trim().is_empty()).cloned().collect()
    };
    let (questions, suggestions) = (filled(&topic.questions), filled(&topic.suggestions));
    if !questions.is_empty() {
        ui.label(RichText::new(live.strings.live.questions).strong());
        for question in &questions {
            ui.label(RichText::new(format!("• {question}")).size(theme::TEXT_LEAD));
        }
    }
    if !suggestions.is_empty() {
        egui::CollapsingHeader::new(live.strings.live.suggestions).id_salt(("suggestions", subtopic.0)).show(
            ui,
            |ui| {
                for suggestion in &suggestions {
                    ui.label(format!("+ {suggestion}"));
                }
            },
        );
    }
    ui.add_space(theme::GAP);
}

/// Whether a reading is past the limit and so flashes: visible in the first half of each
/// second, hidden in the second.
pub fn flash_hidden(reading: &Reading) -> bool {
    reading.phase == Phase::OverLimit && reading.elapsed.subsec_millis() >= 500
}

/// The reminder that the speaker called has been waiting with the timer not started: in the
/// main window only, in the colour of a warning, saying which key starts it.
pub fn start_reminder(ui: &mut Ui, live: &LiveContext<'_>, name: &str) {
    let colour = theme::phase_colour(live.theme, Phase::OverTarget);
    egui::Frame::new()
        .stroke(egui::Stroke::new(theme::WARNING_STROKE, colour))
        .inner_margin(theme::GAP)
        .show(ui, |ui| {
            let text = (live.strings.room.start_reminder)(name);
            ui.label(RichText::new(text).size(theme::TEXT_EMPHASIS).strong().color(colour));
        });
}

/// The current speaker, the timer and its buttons; `late` is the seconds typed for a timer
/// started late.
pub fn card(ui: &mut Ui, live: &LiveContext<'_>, late: &mut LateSeconds, actions: &mut Vec<Action>) {
    let strings = live.strings;
    let session = live.session();
    let speech = session.live.flow.current_speech.and_then(|id| session.speech(id));
    egui::Frame::group(ui.style()).inner_margin(theme::GAP_LARGE).show(ui, |ui| {
        ui.set_width(ui.available_width());
        let Some(speech) = speech else {
            ui.label(RichText::new(strings.live.no_speaker_yet).size(theme::TEXT_EMPHASIS));
            if command_button(ui, live, strings.live.cmd_next, Command::NextSpeaker) {
                actions.push(Action::Command(Command::NextSpeaker));
            }
            return;
        };
        let state = speech.span.state();
        if state == SpanState::NotStarted {
            if live.start_overdue {
                start_reminder(ui, live, live.name(speech.speaker));
            }
            last_speech(ui, live);
        }
        let heading =
            if state == SpanState::NotStarted { strings.live.called } else { strings.live.speaking };
        ui.label(RichText::new(heading).size(theme::TEXT_LEAD));
        ui.label(RichText::new(live.name(speech.speaker)).size(theme::TEXT_SPEAKER_NAME).strong());
        let reading = Reading::of_speech(&session.timing, live.speech_elapsed);
        timer_digits(ui, live, &reading, theme::TEXT_TIMER_DIGITS);
        status_line(ui, live, &reading, state);
        ui.label((strings.live.target_line)(&session.timing));
        ui.horizontal_wrapped(|ui| {
            let toggle = match state {
                SpanState::NotStarted => strings.live.cmd_start,
                SpanState::Running => strings.live.cmd_pause,
                SpanState::Paused | SpanState::Ended => strings.live.cmd_resume,
            };
            if command_button(ui, live, toggle, Command::ToggleSpeech) {
                actions.push(Action::Command(Command::ToggleSpeech));
            }
            if command_button(ui, live, strings.live.cmd_end, Command::EndSpeech) {
                actions.push(Action::Command(Command::EndSpeech));
            }
            if command_button(ui, live, strings.live.cmd_next, Command::NextSpeaker) {
                actions.push(Action::Command(Command::NextSpeaker));
            }
            if state == SpanState::NotStarted {
                let passes = [
                    (strings.live.pass_absent_button, Command::PassAbsent),
                    (strings.live.pass_declined_button, Command::PassDeclined),
                ];
                for (label, command) in passes {
                    if command_button(ui, live, label, command) {
                        actions.push(Action::Command(command));
                    }
                }
            }
        });
        if speech.span.is_open() {
            corrections(ui, live, late, actions);
        }
    });
}

/// The buttons that correct the running count: thirty seconds more or less, and the seconds
/// spoken before the timer was started.
pub fn corrections(ui: &mut Ui, live: &LiveContext<'_>, late: &mut LateSeconds, actions: &mut Vec<Action>) {
    let strings = live.strings.live;
    ui.horizontal_wrapped(|ui| {
        for (label, command) in [(strings.add_time, Command::AddTime), (strings.take_time, Command::TakeTime)]
        {
            if command_button(ui, live, label, command) {
                actions.push(Action::Command(command));
            }
        }
        ui.separator();
        ui.label(strings.started_late);
        ui.add(egui::DragValue::new(&mut late.0).range(1..=MAX_LATE_SECS).suffix(strings.seconds_suffix));
        if ui.button(strings.started_late_apply).on_hover_text(strings.started_late_hint).clicked() {
            let edit = Edit::AdjustTime { secs: i64::from(late.0), kind: AdjustmentKind::StartedLate };
            actions.push(Action::Edit(edit));
        }
    });
}

/// The most seconds a "started late" correction adds at once.
const MAX_LATE_SECS: u32 = 600;

/// The seconds the secretary says the speaker spoke before the timer was started; 15 until
/// changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LateSeconds(pub u32);

impl Default for LateSeconds {
    fn default() -> Self {
        Self(15)
    }
}

/// The speech that ended last, its length and phase, while the next speaker waits to start.
fn last_speech(ui: &mut Ui, live: &LiveContext<'_>) {
    let session = live.session();
    let ended = session.live.speeches.iter().filter(|speech| speech.span.state() == SpanState::Ended);
    let Some(last) = ended.max_by_key(|speech| speech.span.ended_at) else {
        return;
    };
    let length = last.span.recorded();
    let phase = (live.strings.live.phase_name)(session.timing.phase(length), &session.timing);
    let line =
        (live.strings.live.last_speech)(live.name(last.speaker), &format_mmss(length.as_secs()), &phase);
    let colour = theme::phase_colour(live.theme, session.timing.phase(length));
    ui.label(RichText::new(line).size(theme::TEXT_LEAD).color(colour));
}

/// Elapsed time in large digits, in the phase's colour; past the limit it flashes.
pub fn timer_digits(ui: &mut Ui, live: &LiveContext<'_>, reading: &Reading, size: f32) {
    let colour = theme::phase_colour(live.theme, reading.phase);
    let text = format_mmss(reading.elapsed.as_secs());
    let font = FontId::new(size, FontFamily::Name(fonts::BOLD.into()));
    let shown = if flash_hidden(reading) {
        RichText::new(text).color(egui::Color32::TRANSPARENT)
    } else {
        RichText::new(text).color(colour)
    };
    ui.label(shown.font(font));
}

/// The phase in words, the warning ahead of a boundary, or the overrun.
fn status_line(ui: &mut Ui, live: &LiveContext<'_>, reading: &Reading, state: SpanState) {
    let strings = live.strings.live;
    let rules = &live.session().timing;
    let colour = theme::phase_colour(live.theme, reading.phase);
    let mut parts = vec![(strings.phase_name)(reading.phase, rules)];
    match reading.warning {
        Some(Warning::NearTargetMax) => parts.push((strings.warn_target_max)(rules)),
        Some(Warning::NearLimit) => parts.push((strings.warn_limit)(rules)),
        None => {}
    }
    if reading.overrun > Duration::ZERO {
        parts.push((strings.over_by)(&format_mmss(reading.overrun.as_secs())));
    }
    parts.push((strings.spoken)(reading.elapsed.as_secs()));
    parts.retain(|part| !part.is_empty());
    match state {
        SpanState::Paused => parts.push(strings.paused.to_owned()),
        SpanState::Ended => parts.push(strings.ended.to_owned()),
        SpanState::NotStarted | SpanState::Running => {}
    }
    ui.label(RichText::new(parts.join(" · ")).size(theme::TEXT_READING).strong().color(colour));
}
