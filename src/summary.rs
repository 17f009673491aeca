//! The four-part conclusion built from what was recorded: the four-point notes of every
//! speech, the follow-up comments, each sub-topic's generalization and the measures. Each item
//! keeps where it came from; rebuilding keeps the secretary's edits unless told otherwise.

use crate::model::{CommentKind, Conclusion, ConclusionItem, ItemSource, MeasureOwner, Session};

/// The conclusion as the record stands, none of it edited.
pub fn build(session: &Session) -> Conclusion {
    let mut conclusion = Conclusion::default();
    for speech in &session.live.speeches {
        let source = Some(ItemSource {
            speech: Some(speech.id),
            speaker: Some(speech.speaker),
            subtopic: Some(speech.subtopic),
        });
        let notes = &speech.notes;
        push(&mut conclusion.why, &notes.why, source);
        push(&mut conclusion.content, &notes.content, source);
        push(&mut conclusion.self_assessment, &notes.self_assessment, source);
        push(&mut conclusion.subjective_causes, &notes.subjective_causes, source);
        push(&mut conclusion.objective_causes, &notes.objective_causes, source);
        // Additions and exchanges carry content; a question and its answer do not.
        let carried =
            |c: &&crate::model::Comment| matches!(c.kind, CommentKind::Addition | CommentKind::Exchange);
        for comment in session.live.comments.iter().filter(|c| c.speech == speech.id).filter(carried) {
            let source = ItemSource {
                speech: Some(speech.id),
                speaker: Some(comment.speaker),
                subtopic: Some(speech.subtopic),
            };
            push(&mut conclusion.content, &upper_first(comment.text.trim()), Some(source));
        }
    }
    for generalization in &session.live.generalizations {
        let source = ItemSource { subtopic: Some(generalization.subtopic), ..ItemSource::default() };
        push(&mut conclusion.content, &generalization.text, Some(source));
    }
    for measure in &session.measures {
        let speech = measure.source.and_then(|id| session.speech(id));
        let mut source = ItemSource {
            speech: measure.source,
            speaker: speech.map(|s| s.speaker),
            subtopic: speech.map(|s| s.subtopic),
        };
        // "… có địa chỉ (thời gian hoàn thành: 31/12/2020).", the content's own full stop moved
        // after the deadline.
        let content = measure.content.trim();
        let text = match measure.deadline {
            Some(due) => {
                let due = crate::model::party_date(due);
                format!("{} (thời gian hoàn thành: {due}).", content.trim_end_matches('.'))
            }
            None => content.to_owned(),
        };
        match measure.owner {
            MeasureOwner::Member { member } => {
                let name = session.member(member).map_or("?", |m| m.name.as_str());
                source.speaker = Some(member);
                push(&mut conclusion.member_measures, &format!("Đồng chí {name}: {text}"), Some(source));
            }
            MeasureOwner::Cell => push(&mut conclusion.cell_measures, &text, Some(source)),
        }
    }
    conclusion
}

/// A comment as an item of the conclusion: a sentence of its own, with a capital.
fn upper_first(text: &str) -> String {
    let mut letters = text.chars();
    letters.next().map(|first| first.to_uppercase().chain(letters).collect()).unwrap_or_default()
}

/// Adds a non-empty text once per part.
fn push(part: &mut Vec<ConclusionItem>, text: &str, source: Option<ItemSource>) {
    let text = text.trim();
    if text.is_empty() || part.iter().any(|item| item.text == text) {
        return;
    }
    part.push(ConclusionItem { text: text.to_owned(), source, edited: false });
}

/// The seven lists of a conclusion, in reading order.
pub fn parts_mut(conclusion: &mut Conclusion) -> [&mut Vec<ConclusionItem>; 7] {
    [
        &mut conclusion.why,
        &mut conclusion.content,
        &mut conclusion.self_assessment,
        &mut conclusion.subjective_causes,
        &mut conclusion.objective_causes,
        &mut conclusion.member_measures,
        &mut conclusion.cell_measures,
    ]
}

/// The seven lists of a conclusion, in reading order.
pub fn parts(conclusion: &Conclusion) -> [&Vec<ConclusionItem>; 7] {
    [
        &conclusion.why,
        &conclusion.content,
        &conclusion.self_assessment,
        &conclusion.subjective_causes,
        &conclusion.objective_causes,
        &conclusion.member_measures,
        &conclusion.cell_measures,
    ]
}

/// Whether the secretary has changed or added any item.
pub fn has_edits(conclusion: &Conclusion) -> bool {
    parts(conclusion).iter().any(|part| part.iter().any(|item| item.edited))
}

/// Rebuilds the conclusion from the record. With `keep_edits`, every item the secretary
/// edited or added stays, first, and only new drawn items are added after it.
pub fn rebuild(existing: &Conclusion, session: &Session, keep_edits: bool) -> Conclusion {
    let mut fresh = build(session);
    if !keep_edits {
        return fresh;
    }
    let mut kept = existing.clone();
    for (kept, fresh) in parts_mut(&mut kept).into_iter().zip(parts_mut(&mut fresh)) {
        kept.retain(|item| item.edited);
        for item in fresh.drain(..) {
            if !kept.iter().any(|k| k.text == item.text) {
                kept.push(item);
            }
        }
    }
    kept
}

#[cfg(test)]
mod tests;
