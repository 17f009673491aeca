//! The chooser `C` opens when nobody has been picked to comment: the members present, raised
//! hands first, picked with a digit, with the arrows and Enter, or with a click.

use eframe::egui::{self, Button, Context, Id, Key, Modal, RichText};

use super::LiveContext;
use crate::app::Action;
use crate::edit::Edit;
use crate::model::{CommentKind, MemberId};
use crate::ui::theme;

/// Whether the chooser is open and which line is highlighted.
#[derive(Debug, Clone, Copy, Default)]
pub struct CommenterChooser {
    open: bool,
    highlighted: usize,
}

impl CommenterChooser {
    /// Opens the chooser on its first line.
    pub fn open(&mut self) {
        *self = Self { open: true, highlighted: 0 };
    }

    /// Whether the chooser is showing, so that the live shortcuts stay quiet.
    pub fn is_open(self) -> bool {
        self.open
    }

    /// Draws the chooser if it is open; a pick adds the comment and closes it.
    pub fn show(
        &mut self,
        ctx: &Context,
        live: &LiveContext<'_>,
        kind: CommentKind,
        actions: &mut Vec<Action>,
    ) {
        if !self.open {
            return;
        }
        let strings = live.strings.live;
        let candidates = candidates(live);
        let before = self.highlighted;
        let picked = keyboard_pick(ctx, &candidates, &mut self.highlighted);
        let moved = self.highlighted != before;
        let mut clicked = None;
        let modal = Modal::new(Id::unique("commenter_chooser")).show(ctx, |ui| {
            ui.set_min_width(theme::CHOOSER_WIDTH);
            ui.label(RichText::new(strings.commenter_title).size(theme::TEXT_READING).strong());
            if candidates.is_empty() {
                ui.label(strings.no_commenters);
            }
            egui::ScrollArea::vertical().max_height(ctx.content_rect().height() * 0.6).show(ui, |ui| {
                for (index, member) in candidates.iter().enumerate() {
                    let text = format!("{}. {}", index + 1, live.name(*member));
                    let highlighted = index == self.highlighted;
                    let line =
                        ui.add(Button::selectable(highlighted, RichText::new(text).size(theme::TEXT_LEAD)));
                    if highlighted && moved {
                        line.scroll_to_me(None);
                    }
                    if line.clicked() {
                        clicked = Some(*member);
                    }
                }
            });
            ui.add_space(theme::GAP_SMALL);
            ui.label(RichText::new(strings.commenter_hint).weak());
        });
        if let Some(speaker) = picked.or(clicked) {
            actions.push(Action::Edit(Edit::AddComment { speaker, kind }));
            self.open = false;
        } else if modal.should_close() {
            self.open = false;
        }
    }
}

/// Who can comment on the current speech: raised hands in their order, then everyone else
/// present, leaving out the speaker.
fn candidates(live: &LiveContext<'_>) -> Vec<MemberId> {
    let session = live.session();
    let flow = &session.live.flow;
    let speaker = flow.current_speech.and_then(|id| session.speech(id));
    let speaker = speaker.map(|speech| speech.speaker);
    let present = session.roster.iter().filter(|m| m.attendance.can_speak()).map(|m| m.id);
    let mut members = Vec::new();
    for member in flow.hands.iter().copied().chain(present) {
        if Some(member) != speaker && !members.contains(&member) {
            members.push(member);
        }
    }
    members
}

/// Applies this frame's keys: a digit picks its line, the arrows move the highlight, Enter
/// picks the highlighted line.
fn keyboard_pick(ctx: &Context, candidates: &[MemberId], highlighted: &mut usize) -> Option<MemberId> {
    let last = candidates.len().saturating_sub(1);
    ctx.input_mut(|input| {
        if input.consume_key(egui::Modifiers::NONE, Key::ArrowDown) {
            *highlighted = (*highlighted + 1).min(last);
        }
        if input.consume_key(egui::Modifiers::NONE, Key::ArrowUp) {
            *highlighted = highlighted.saturating_sub(1);
        }
        let digit = crate::ui::command::DIGIT_KEYS
            .iter()
            .position(|key| input.consume_key(egui::Modifiers::NONE, *key));
        if let Some(index) = digit {
            return candidates.get(index).copied();
        }
        if input.consume_key(egui::Modifiers::NONE, Key::Enter) {
            return candidates.get(*highlighted).copied();
        }
        None
    })
}
