//! Reading back and approving the minutes (đọc lại và biểu quyết thông qua biên bản): the
//! minutes shown to the room; the vote of the full members present (for, against, other
//! opinions) against its base, the full members convened less those exempted, and the
//! closing time recorded; the content locked; unlocking asks for the reason, which the
//! minutes keep.

use eframe::egui::{Button, RichText, TextEdit, Ui};

use super::LiveContext;
use crate::app::{Action, Command};
use crate::edit::Edit;
use crate::i18n::LiveStrings;
use crate::ui::command;
use crate::ui::fields::{LINE_LIMIT, parse_time};
use crate::ui::theme;

/// What is being typed into the approval form.
#[derive(Debug, Clone, Default)]
pub struct ApprovalForm {
    agreed: String,
    against: String,
    present: String,
    ended: String,
    /// The reason being typed to unlock the approved minutes, while the secretary is at it.
    unlocking: Option<String>,
}

/// Draws the section at the end of the conclusion.
pub fn show(form: &mut ApprovalForm, ui: &mut Ui, live: &LiveContext<'_>, actions: &mut Vec<Action>) {
    let strings = live.strings;
    let text = strings.live;
    let session = live.session();
    ui.label(RichText::new(text.approval_heading).heading());
    let context = (strings, Some(session));
    let reading = Some(live.room.reading);
    if command::button(ui, context, text.read_back_button, Command::ReadBack, reading) {
        actions.push(Action::Command(Command::ReadBack));
    }
    for amendment in &session.live.amendments {
        let at = (strings.minutes.moment)(amendment.at);
        ui.label((strings.minutes.amended)(&at, &amendment.reason));
    }
    match (&session.live.approval, session.live.minutes_locked) {
        (Some(approval), true) => {
            let ended = approval.ended.format("%H:%M").to_string();
            ui.colored_label(theme::success_colour(live.theme), (text.approved)(approval, &ended));
            unlock(form, ui, live, actions);
        }
        _ => approve(form, ui, live, actions),
    }
}

fn approve(form: &mut ApprovalForm, ui: &mut Ui, live: &LiveContext<'_>, actions: &mut Vec<Action>) {
    let text = live.strings.live;
    let session = live.session();
    let roll = crate::prepare::attendance::roll(session);
    if form.present.is_empty() {
        form.present = roll.voters().to_string();
        form.agreed.clone_from(&form.present);
        form.against = "0".into();
    }
    if form.ended.is_empty() {
        let ended = session.live.closed_at.unwrap_or(live.now);
        form.ended = ended.format("%H:%M").to_string();
    }
    ui.label(text.approval_hint);
    let base = roll.vote_base();
    ui.label((text.vote_base)(base, base / 2 + 1));
    let (present, agreed, against, ended) = ui
        .horizontal_wrapped(|ui| {
            let [present, agreed, against] =
                counts(ui, text, [&mut form.present, &mut form.agreed, &mut form.against]);
            let label = ui.label(text.ended_label);
            ui.add(
                TextEdit::singleline(&mut form.ended).char_limit(8).desired_width(theme::SHORT_FIELD_WIDTH),
            )
            .labelled_by(label.id);
            (present, agreed, against, parse_time(&form.ended).ok().flatten())
        })
        .inner;
    let error = theme::error_colour(live.theme);
    let (Some(present), Some(agreed), Some(against), Some(ended)) = (present, agreed, against, ended) else {
        ui.colored_label(error, text.approval_incomplete);
        return;
    };
    let edits = live.strings.edits;
    if agreed.saturating_add(against) > present || present == 0 {
        ui.colored_label(error, (edits.approval_count)(agreed.saturating_add(against), present));
    } else if !crate::model::passes(agreed, base) {
        ui.colored_label(error, (edits.vote_short)(agreed, base));
    } else {
        ui.colored_label(theme::success_colour(live.theme), (text.vote_passes)(agreed, base));
        if ui.button(RichText::new(text.approve_button).size(theme::TEXT_EMPHASIS)).clicked() {
            actions.push(Action::Edit(Edit::ApproveMinutes { agreed, against, present, ended }));
        }
    }
}

/// The vote's three numbers typed on one line (full members present, for, against) and the
/// other opinions they leave; each as read, `None` while it is not a number.
pub(super) fn counts(ui: &mut Ui, text: &LiveStrings, values: [&mut String; 3]) -> [Option<u32>; 3] {
    let labels = [text.present_label, text.agreed_label, text.against_label];
    let mut numbers = [None; 3];
    for ((label, value), number) in labels.into_iter().zip(values).zip(&mut numbers) {
        let label = ui.label(label);
        ui.add(TextEdit::singleline(value).char_limit(6).desired_width(theme::SHORT_FIELD_WIDTH))
            .labelled_by(label.id);
        *number = value.trim().parse::<u32>().ok();
    }
    if let [Some(present), Some(agreed), Some(against)] = numbers {
        ui.label((text.others)(present.saturating_sub(agreed.saturating_add(against))));
    }
    numbers
}

fn unlock(form: &mut ApprovalForm, ui: &mut Ui, live: &LiveContext<'_>, actions: &mut Vec<Action>) {
    let text = live.strings.live;
    match &mut form.unlocking {
        None => {
            if ui.button(text.unlock_button).clicked() {
                form.unlocking = Some(String::new());
            }
        }
        Some(reason) => {
            let label = ui.label(text.unlock_reason);
            ui.add(TextEdit::singleline(reason).char_limit(LINE_LIMIT).desired_width(f32::INFINITY))
                .labelled_by(label.id);
            let (confirmed, cancelled) = ui
                .horizontal(|ui| {
                    let given = !reason.trim().is_empty();
                    let confirmed = ui.add_enabled(given, Button::new(text.unlock_confirm)).clicked();
                    (confirmed, ui.button(live.strings.cancel).clicked())
                })
                .inner;
            if confirmed {
                actions.push(Action::Edit(Edit::UnlockMinutes(reason.clone())));
            }
            if confirmed || cancelled {
                form.unlocking = None;
            }
        }
    }
}
