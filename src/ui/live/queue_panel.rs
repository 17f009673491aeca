//! The right-hand panel of a discussion: who speaks, who is next and how many are left; the
//! queue with its actions; the raised hands; the follow-up comments on the last speech.

use eframe::egui::{self, DragValue, Id, RichText, TextEdit, Ui};

use super::{LiveContext, LiveView, command_button, member_picker, speech};
use crate::app::Action;
use crate::app::Command;
use crate::edit::Edit;
use crate::meeting::Reading;
use crate::model::{Comment, CommentId, CommentKind, QueueEntry, SpanState, SubTopicId};
use crate::ui::fields::TEXT_LIMIT;
use crate::ui::theme;

/// Draws the panel.
pub fn show(
    view: &mut LiveView,
    ui: &mut Ui,
    live: &LiveContext<'_>,
    subtopic: SubTopicId,
    actions: &mut Vec<Action>,
) {
    queue(view, ui, live, subtopic, actions);
    ui.separator();
    hands(view, ui, live, actions);
    ui.separator();
    comments(view, ui, live, actions);
    ui.separator();
    super::member_times::show(ui, live, "queue");
}

fn queue(
    view: &mut LiveView,
    ui: &mut Ui,
    live: &LiveContext<'_>,
    subtopic: SubTopicId,
    actions: &mut Vec<Action>,
) {
    let strings = live.strings.live;
    let session = live.session();
    let waiting = session.live.flow.queue(subtopic).map(|q| q.waiting.as_slice()).unwrap_or_default();
    ui.label(RichText::new(strings.queue_heading).heading());
    let speaking = session.live.flow.current_speech.and_then(|id| session.speech(id));
    if let Some(speech) = speaking.filter(|s| s.subtopic == subtopic) {
        ui.label(RichText::new(format!("{}: {}", strings.speaking, live.name(speech.speaker))).strong());
    }
    match waiting.first() {
        Some(next) => {
            ui.label(RichText::new(format!("{} {}", strings.next_up, live.name(next.member))).strong())
        }
        None => ui.label(strings.queue_empty),
    };
    ui.label((strings.remaining)(waiting.len()));
    if !waiting.is_empty() {
        ui.label(RichText::new(strings.drag_hint).small());
    }
    for (index, entry) in waiting.iter().enumerate() {
        queue_row(ui, live, subtopic, (index, entry), waiting.len(), actions);
    }
    add_speaker(view, ui, live, waiting, actions);
}

/// One waiting speaker: draggable, with skip (for the first), up, down and remove.
fn queue_row(
    ui: &mut Ui,
    live: &LiveContext<'_>,
    subtopic: SubTopicId,
    (index, entry): (usize, &QueueEntry),
    len: usize,
    actions: &mut Vec<Action>,
) {
    let strings = live.strings.live;
    let row = ui.horizontal(|ui| {
        let id = Id::unique(("queue_entry", subtopic.0, entry.member.0));
        ui.dnd_drag_source(id, index, |ui| {
            let mut text = format!("{}. {}", index + 1, live.name(entry.member));
            if entry.skipped {
                text = format!("{text} {}", strings.skipped_mark);
            }
            if entry.unplanned {
                text = format!("{text} {}", strings.unplanned_mark);
            }
            ui.label(text);
        });
        let edit = Action::Edit;
        if index == 0 && ui.small_button(strings.skip).clicked() {
            actions.push(Action::Command(Command::SkipSpeaker));
        }
        if index > 0 && ui.small_button(strings.move_up).clicked() {
            actions.push(edit(Edit::MoveInQueue { from: index, to: index - 1 }));
        }
        if index + 1 < len && ui.small_button(strings.move_down).clicked() {
            actions.push(edit(Edit::MoveInQueue { from: index, to: index + 1 }));
        }
        if ui.small_button(strings.remove).clicked() {
            actions.push(edit(Edit::RemoveFromQueue(index)));
        }
    });
    if let Some(from) = row.response.dnd_release_payload::<usize>() {
        actions.push(Action::Edit(Edit::MoveInQueue { from: *from, to: index }));
    }
}

/// The form that adds an unplanned speaker at a chosen position.
fn add_speaker(
    view: &mut LiveView,
    ui: &mut Ui,
    live: &LiveContext<'_>,
    waiting: &[QueueEntry],
    actions: &mut Vec<Action>,
) {
    let strings = live.strings.live;
    let session = live.session();
    ui.add_space(theme::GAP_SMALL);
    let heading = ui.label(RichText::new(strings.add_speaker).strong());
    let candidates = session
        .roster
        .iter()
        .filter(|m| m.attendance.can_speak() && !waiting.iter().any(|e| e.member == m.id));
    member_picker(
        ui,
        ("insert_member", heading.id),
        strings.choose_member,
        &mut view.insert_member,
        candidates,
    );
    ui.horizontal(|ui| {
        let position = ui.label(strings.position);
        view.insert_position = view.insert_position.clamp(1, waiting.len() + 1);
        ui.add(DragValue::new(&mut view.insert_position).range(1..=waiting.len() + 1))
            .labelled_by(position.id);
        if ui.add_enabled(view.insert_member.is_some(), egui::Button::new(strings.add_to_queue)).clicked()
            && let Some(member) = view.insert_member.take()
        {
            let at = view.insert_position - 1;
            actions.push(Action::Edit(Edit::InsertSpeaker { member, at }));
        }
    });
}

fn hands(view: &mut LiveView, ui: &mut Ui, live: &LiveContext<'_>, actions: &mut Vec<Action>) {
    let strings = live.strings.live;
    let session = live.session();
    let hands = &session.live.flow.hands;
    let heading = ui.label(RichText::new(strings.hands_heading).heading());
    if hands.is_empty() {
        ui.label(strings.no_hands);
    }
    for member in hands {
        ui.horizontal(|ui| {
            ui.label(live.name(*member));
            if ui.small_button(strings.invite_comment).clicked() {
                actions.push(Action::Edit(Edit::AddComment { speaker: *member, kind: view.comment_kind }));
            }
            if ui.small_button(strings.lower_hand).clicked() {
                actions.push(Action::Edit(Edit::LowerHand(*member)));
            }
        });
    }
    ui.horizontal(|ui| {
        let candidates = session.roster.iter().filter(|m| m.attendance.can_speak() && !hands.contains(&m.id));
        member_picker(
            ui,
            ("raise_member", heading.id),
            strings.choose_member,
            &mut view.raise_member,
            candidates,
        );
        if ui.add_enabled(view.raise_member.is_some(), egui::Button::new(strings.raise_hand)).clicked()
            && let Some(member) = view.raise_member.take()
        {
            actions.push(Action::Edit(Edit::RaiseHand(member)));
        }
    });
}

fn comments(view: &mut LiveView, ui: &mut Ui, live: &LiveContext<'_>, actions: &mut Vec<Action>) {
    let strings = live.strings.live;
    let session = live.session();
    ui.label(RichText::new(strings.comments_heading).heading());
    let Some(speech) = session.live.flow.current_speech else {
        ui.label(strings.no_comments);
        return;
    };
    let on_speech: Vec<&Comment> = session.live.comments.iter().filter(|c| c.speech == speech).collect();
    if on_speech.is_empty() {
        ui.label(strings.no_comments);
    }
    for comment in on_speech {
        comment_row(ui, live, comment, &mut view.focus_comment, actions);
    }
    ui.add_space(theme::GAP_SMALL);
    ui.horizontal_wrapped(|ui| {
        let label = ui.label(strings.comment_by);
        let present = session.roster.iter().filter(|m| m.attendance.can_speak());
        member_picker(ui, ("commenter", label.id), strings.choose_member, &mut view.commenter, present);
        for kind in CommentKind::ALL {
            ui.radio_value(&mut view.comment_kind, kind, (strings.comment_kind)(kind));
        }
    });
    if command_button(ui, live, strings.cmd_comment, Command::AddComment) {
        actions.push(Action::Command(Command::AddComment));
    }
}

fn comment_row(
    ui: &mut Ui,
    live: &LiveContext<'_>,
    comment: &Comment,
    focus: &mut Option<CommentId>,
    actions: &mut Vec<Action>,
) {
    let strings = live.strings.live;
    egui::Frame::group(ui.style()).show(ui, |ui| {
        let state = comment.span.state();
        let current = live.session().live.flow.current_comment == Some(comment.id);
        let elapsed = live.comment_length(comment);
        ui.horizontal_wrapped(|ui| {
            ui.label(RichText::new(live.name(comment.speaker)).strong());
            let reading = Reading::of_comment(&live.session().timing, elapsed);
            if state != SpanState::NotStarted {
                speech::timer_digits(ui, live, &reading, theme::TEXT_ROW_TIMER_DIGITS);
            }
            let toggle = match state {
                SpanState::NotStarted => strings.cmd_start,
                SpanState::Running => strings.cmd_pause,
                SpanState::Paused | SpanState::Ended => strings.cmd_resume,
            };
            let toggle = if current {
                format!(
                    "{toggle} [{}]",
                    crate::ui::command::keys(ui.ctx(), live.strings, Command::ToggleComment)
                )
            } else {
                toggle.to_owned()
            };
            if ui.add_enabled(state != SpanState::Ended, egui::Button::new(toggle).small()).clicked() {
                actions.push(Action::Edit(Edit::ToggleComment(comment.id)));
            }
            let running = matches!(state, SpanState::Running | SpanState::Paused);
            if ui.add_enabled(running, egui::Button::new(strings.comment_end).small()).clicked() {
                actions.push(Action::Edit(Edit::EndComment(comment.id)));
            }
            if ui.small_button(strings.delete).clicked() {
                actions.push(Action::Edit(Edit::RemoveComment(comment.id)));
            }
        });
        let mut kind = comment.kind;
        let mut text = comment.text.clone();
        ui.horizontal_wrapped(|ui| {
            for option in CommentKind::ALL {
                ui.radio_value(&mut kind, option, (strings.comment_kind)(option));
            }
        });
        let label = ui.label(strings.comment_text);
        let field = ui
            .add(
                TextEdit::multiline(&mut text)
                    .char_limit(TEXT_LIMIT)
                    .desired_rows(2)
                    .desired_width(f32::INFINITY),
            )
            .labelled_by(label.id);
        if *focus == Some(comment.id) {
            field.request_focus();
            field.scroll_to_me(None);
            *focus = None;
        }

        if kind != comment.kind {
            actions.push(Action::Edit(Edit::SetCommentKind { comment: comment.id, kind }));
        }
        if text != comment.text {
            actions.push(Action::Edit(Edit::SetCommentText { comment: comment.id, text }));
        }
    });
}
