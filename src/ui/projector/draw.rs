//! Drawing the projector's slides. Sizes follow the window's height so the slides read the
//! same on any screen; nothing here shows notes or controls.

use std::time::Duration;

use eframe::egui::{
    self, Align2, Color32, FontFamily, FontId, Pos2, Rect, RichText, Sense, Stroke, Ui, vec2,
};

use super::{ProjectorView, overlay};
use crate::i18n::format_mmss;
use crate::meeting::{Countdown, Reading};
use crate::model::{SpanState, SubTopicId, TimingRules};
use crate::ui::context::LiveContext;
use crate::ui::theme::projector as size;
use crate::ui::{fonts, theme};

/// The bar under the countdown, in hundredths of the slide's height: its row, the bar, its
/// outline and marks, and where the marks' labels start below it.
const BAR_ROW: f32 = 8.0;
const BAR_HEIGHT: f32 = 3.0;
const BAR_OUTLINE: f32 = 0.3;
const BAR_MARK: f32 = 0.5;
const BAR_LABEL_OFFSET: f32 = 1.2;

/// Draws `view` over the whole of `ui`, with the secretary's message and the clock over it;
/// or the blank screen.
pub fn draw(ui: &mut Ui, live: &LiveContext<'_>, view: ProjectorView) {
    let unit = ui.max_rect().height() / 100.0;
    if live.room.blank {
        overlay::blank(ui, live, unit);
        return;
    }
    let whole = ui.max_rect();
    slide(ui, live, view, unit);
    let mut over = ui.new_child(egui::UiBuilder::new().max_rect(whole));
    if let Some(text) = &live.room.message {
        overlay::message(&mut over, text, unit);
    }
    if live.clock_on_projector {
        overlay::clock(&mut over, live, unit);
    }
}

fn slide(ui: &mut Ui, live: &LiveContext<'_>, view: ProjectorView, unit: f32) {
    let session = live.session();
    match view {
        ProjectorView::Speech(id) => {
            if let Some(speech) = session.speech(id) {
                let reading = Reading::of_speech(&session.timing, live.speech_elapsed);
                let countdown = Countdown::of_speech(&session.timing, live.speech_elapsed);
                let name = match speech.span.state() {
                    SpanState::NotStarted => (live.strings.live.invite)(live.name(speech.speaker)),
                    _ => live.name(speech.speaker).to_owned(),
                };
                let digits = countdown.digits();
                let clock = Clock { reading, digits, state: speech.span.state(), marks: true };
                timer_slide(ui, live, &name, speech.subtopic, &clock, unit);
            }
        }
        ProjectorView::FinalTime(id) => {
            if let Some(speech) = session.speech(id) {
                let length = live.speech_length(speech);
                let reading = Reading::of_speech(&session.timing, length);
                let digits = format_mmss(length.as_secs());
                let clock = Clock { reading, digits, state: SpanState::Ended, marks: true };
                timer_slide(ui, live, live.name(speech.speaker), speech.subtopic, &clock, unit);
            }
        }
        ProjectorView::Comment(id) => {
            if let Some(comment) = session.comment(id) {
                let reading = Reading::of_comment(&session.timing, live.comment_elapsed);
                let countdown = Countdown::of_comment(&session.timing, live.comment_elapsed);
                let name = (live.strings.live.comment_from)(live.name(comment.speaker));
                let subtopic = session.speech(comment.speech).map(|s| s.subtopic);
                let digits = countdown.digits();
                let clock = Clock { reading, digits, state: comment.span.state(), marks: false };
                timer_slide(ui, live, &name, subtopic.unwrap_or(SubTopicId(0)), &clock, unit);
            }
        }
        ProjectorView::Opening => text_slide(ui, live, unit, |ui, colour| opening(ui, live, colour, unit)),
        ProjectorView::SubTopic(id) => {
            text_slide(ui, live, unit, |ui, colour| subtopic(ui, live, id, colour, unit))
        }
        ProjectorView::Generalization(id) => text_slide(ui, live, unit, |ui, colour| {
            let title = session.subtopic(id).map_or("", |s| s.title.as_str());
            heading(ui, &(live.strings.live.generalization_heading)(title), colour, size::HEADING * unit);
            let text = session.live.generalizations.iter().find(|g| g.subtopic == id);
            body(ui, text.map_or("", |g| g.text.as_str()), colour, size::TEXT * unit);
        }),
        ProjectorView::Conclusion => {
            text_slide(ui, live, unit, |ui, colour| conclusion(ui, live, colour, unit))
        }
        ProjectorView::Minutes => minutes(ui, live, unit),
        ProjectorView::Title => text_slide(ui, live, unit, |ui, colour| {
            ui.add_space(size::TITLE_TOP * unit);
            heading(ui, &session.topic.name, colour, size::TITLE * unit);
            body(ui, &session.organisation.cell, colour, size::SUBTITLE * unit);
        }),
    }
}

/// Where the last screen of the minutes being read back is kept for Page Down.
pub fn last_page_id() -> egui::Id {
    egui::Id::unique("sinhhoat_minutes_last_page")
}

/// The minutes as they will be exported, a screen at a time for the minute-taker to read back:
/// the page is turned with Page Down and Page Up.
fn minutes(ui: &mut Ui, live: &LiveContext<'_>, unit: f32) {
    use crate::export::outline::Block;
    let (background, colour) = theme::projector_neutral(live.theme);
    paint_background(ui, background);
    let page_height = ui.max_rect().height() * 0.85;
    let offset = f32::from(live.room.page) * page_height;
    let blocks = crate::export::outline::minutes(live.session(), live.strings, live.now);
    let output = egui::ScrollArea::vertical()
        .auto_shrink([false; 2])
        .vertical_scroll_offset(offset)
        .scroll_source(egui::scroll_area::ScrollSource::NONE)
        .show(ui, |ui| {
            ui.add_space(size::GAP * unit);
            #[allow(clippy::cast_possible_truncation, reason = "clamped to the range of i8 first")]
            let margin = (size::GAP * 2.0 * unit).clamp(0.0, 120.0) as i8;
            let text_size = size::ITEM * unit;
            egui::Frame::NONE.inner_margin(egui::Margin::symmetric(margin, 0)).show(ui, |ui| {
                for block in &blocks {
                    match block {
                        Block::Letterhead { cell, date_line, .. } => {
                            ui.vertical_centered(|ui| {
                                body(ui, cell, colour, text_size);
                                body(ui, date_line, colour, text_size);
                            });
                        }
                        Block::Title { title, summary } => {
                            ui.vertical_centered(|ui| {
                                heading(ui, title, colour, size::PART * unit);
                                heading(ui, summary, colour, text_size);
                            });
                        }
                        Block::Heading(_, text) => heading(ui, text, colour, text_size),
                        Block::Paragraph(text) => body(ui, text, colour, text_size),
                        Block::Bullets(items) => {
                            for item in items {
                                body(ui, &format!("• {item}"), colour, text_size);
                            }
                        }
                        Block::Table { rows, .. } => {
                            for row in rows {
                                body(ui, &format!("• {}", row.join(" — ")), colour, text_size);
                            }
                        }
                        Block::Signatures { .. } | Block::Signed { .. } | Block::PageBreak => {}
                    }
                }
            });
            ui.add_space(page_height);
        });
    let pages = ((output.content_size.y - page_height) / page_height).ceil();
    #[allow(clippy::cast_possible_truncation, reason = "clamped to the range of u16 first")]
    let last = pages.clamp(0.0, f32::from(u16::MAX)) as u16;
    ui.ctx().data_mut(|data| data.insert_temp(last_page_id(), last));
}

/// What a timer slide shows.
struct Clock {
    reading: Reading,
    digits: String,
    state: SpanState,
    marks: bool,
}

fn paint_background(ui: &Ui, colour: Color32) {
    ui.painter().rect_filled(ui.max_rect(), 0.0, colour);
}

fn text_slide(ui: &mut Ui, live: &LiveContext<'_>, unit: f32, add: impl FnOnce(&mut Ui, Color32)) {
    let (background, text) = theme::projector_neutral(live.theme);
    paint_background(ui, background);
    egui::ScrollArea::vertical().auto_shrink([false; 2]).show(ui, |ui| {
        ui.add_space(size::GAP * unit);
        ui.vertical_centered(|ui| add(ui, text));
    });
}

fn heading(ui: &mut Ui, text: &str, colour: Color32, size: f32) {
    ui.label(RichText::new(text).font(FontId::new(size, FontFamily::Name(fonts::BOLD.into()))).color(colour));
}

fn body(ui: &mut Ui, text: &str, colour: Color32, size: f32) {
    ui.label(RichText::new(text).size(size).color(colour));
}

fn opening(ui: &mut Ui, live: &LiveContext<'_>, colour: Color32, unit: f32) {
    let strings = live.strings;
    let session = live.session();
    let opening = &session.topic.opening;
    heading(ui, &session.topic.name, colour, size::OPENING_TOPIC * unit);
    for (title, text) in [
        (strings.opening_purpose, &opening.purpose),
        (strings.opening_requirements, &opening.requirements),
        (strings.opening_content, &opening.content),
        (strings.opening_form, &opening.form),
        (strings.opening_discussion, &opening.discussion_method),
    ] {
        if !text.trim().is_empty() {
            ui.add_space(size::GAP_SMALL * unit);
            heading(ui, title, colour, size::OPENING_HEADING * unit);
            body(ui, text, colour, size::OPENING_TEXT * unit);
        }
    }
    ui.add_space(size::GAP_SMALL * unit);
    heading(ui, &(strings.live.timing_rule)(&session.timing), colour, size::OPENING_TEXT * unit);
}

fn subtopic(ui: &mut Ui, live: &LiveContext<'_>, id: SubTopicId, colour: Color32, unit: f32) {
    let session = live.session();
    let Some((index, topic)) = session.subtopics.iter().enumerate().find(|(_, s)| s.id == id) else {
        return;
    };
    ui.add_space(size::SUBTITLE * unit);
    body(ui, &(live.strings.live.step_subtopic)(index + 1), colour, size::SUBTITLE * unit);
    heading(ui, &topic.title, colour, size::TITLE * unit);
    ui.add_space(size::GAP * unit);
    for question in topic.questions.iter().filter(|question| !question.trim().is_empty()) {
        body(ui, &format!("• {question}"), colour, size::QUESTION * unit);
    }
}

fn conclusion(ui: &mut Ui, live: &LiveContext<'_>, colour: Color32, unit: f32) {
    let strings = live.strings.live;
    let minutes = live.strings.minutes;
    let session = live.session();
    heading(ui, strings.conclusion_heading, colour, size::HEADING * unit);
    let [meaning, content, practice, measures] = minutes.conclusion_points;
    let headings = [
        meaning,
        content,
        practice,
        minutes.subjective_causes,
        minutes.objective_causes,
        minutes.of_members,
        minutes.of_cell,
    ];
    let parts = crate::summary::parts(&session.conclusion);
    if parts.iter().all(|part| part.is_empty()) {
        for (index, subtopic) in session.subtopics.iter().enumerate() {
            let Some(text) = session.live.generalizations.iter().find(|g| g.subtopic == subtopic.id) else {
                continue;
            };
            ui.add_space(unit);
            heading(ui, &format!("{}. {}", index + 1, subtopic.title), colour, size::PART * unit);
            body(ui, &text.text, colour, size::SMALL * unit);
        }
        return;
    }
    for (index, (part, title)) in parts.into_iter().zip(headings).enumerate() {
        if index == 5 {
            ui.add_space(unit);
            heading(ui, measures, colour, size::PART * unit);
        }
        if part.is_empty() {
            continue;
        }
        ui.add_space(size::GAP_SMALL * unit);
        heading(ui, title, colour, size::SMALL * unit);
        for item in part {
            body(ui, &format!("• {}", item.text), colour, size::ITEM * unit);
        }
    }
}

/// The speaker's countdown: name, sub-topic, huge digits, the phase in words, and a bar
/// with the target and limit marked. Past the limit the colours swap every half second.
fn timer_slide(
    ui: &mut Ui,
    live: &LiveContext<'_>,
    name: &str,
    subtopic: SubTopicId,
    clock: &Clock,
    unit: f32,
) {
    let session = live.session();
    let (mut background, mut text) = theme::projector_colours(live.theme, clock.reading.phase);
    if clock.state != SpanState::Ended && crate::ui::live::flash_hidden(&clock.reading) {
        std::mem::swap(&mut background, &mut text);
    }
    paint_background(ui, background);
    ui.vertical_centered(|ui| {
        ui.add_space(unit);
        heading(ui, name, text, size::SPEAKER_NAME * unit);
        let title = session.subtopic(subtopic).map_or("", |s| s.title.as_str());
        body(ui, title, text, size::CAPTION * unit);
        let digits = FontId::new(size::DIGITS * unit, FontFamily::Name(fonts::BOLD.into()));
        ui.label(RichText::new(&clock.digits).font(digits).color(text));
        let strings = live.strings.live;
        let mut words = match clock.state {
            SpanState::NotStarted => vec![strings.called.to_owned()],
            SpanState::Ended => vec![live.strings.room.final_time.to_owned()],
            _ if clock.marks => vec![(strings.phase_name)(clock.reading.phase, &session.timing)],
            _ => vec![(strings.comment_phase)(clock.reading.phase, &session.timing)],
        };
        if clock.state == SpanState::Paused {
            words.push(strings.paused.to_owned());
        }
        if matches!(clock.state, SpanState::Running | SpanState::Paused) {
            words.push((strings.spoken)(clock.reading.elapsed.as_secs()));
        }
        words.retain(|part| !part.is_empty());
        heading(ui, &words.join(" · "), text, size::HEADING * unit);
        if clock.marks {
            progress(ui, &session.timing, clock.reading.elapsed, text, unit);
        }
    });
}

/// A bar from 0 to a little past the limit, filled to the time spoken, marked at the target
/// minimum, maximum and the limit.
fn progress(ui: &mut Ui, rules: &TimingRules, elapsed: Duration, colour: Color32, unit: f32) {
    let width = ui.available_width() * 0.9;
    let (rect, _) = ui.allocate_exact_size(vec2(width, BAR_ROW * unit), Sense::hover());
    let bar = Rect::from_min_size(rect.min, vec2(width, BAR_HEIGHT * unit));
    let scale = rules.hard_limit_secs as f32 * 1.15;
    let x = |secs: f32| bar.left() + bar.width() * (secs / scale).min(1.0);
    let painter = ui.painter();
    painter.rect_stroke(bar, 0.0, Stroke::new(BAR_OUTLINE * unit, colour), egui::StrokeKind::Inside);
    let filled = Rect::from_min_max(bar.min, Pos2::new(x(elapsed.as_secs_f32()), bar.bottom()));
    painter.rect_filled(filled, 0.0, colour);
    for mark in [rules.target_min_secs, rules.target_max_secs, rules.hard_limit_secs] {
        let at = x(mark as f32);
        painter.line_segment(
            [Pos2::new(at, bar.top() - unit), Pos2::new(at, bar.bottom() + unit)],
            Stroke::new(BAR_MARK * unit, colour),
        );
        let label = format_mmss(u64::from(mark));
        let font = FontId::new(size::SMALL * unit, FontFamily::Proportional);
        painter.text(
            Pos2::new(at, bar.bottom() + BAR_LABEL_OFFSET * unit),
            Align2::CENTER_TOP,
            label,
            font,
            colour,
        );
    }
}
