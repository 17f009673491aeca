//! English for undo, redo and refused edits.

use super::edits::{EditKind, EditStrings};
use crate::model::ConclusionPart;

/// The English words of undo and redo.
pub const EDITS: EditStrings = EditStrings {
    undo_button: "Undo",
    redo_button: "Redo",
    undo_hint: |what| format!("Undo: {what}"),
    redo_hint: |what| format!("Redo: {what}"),
    undone: |what| format!("Undone: {what}."),
    redone: |what| format!("Redone: {what}."),
    approval_line: "The minutes are approved: undo does not go back past the approval. To amend them, press “Unlock to amend” and give the reason (the minutes keep it).",
    nothing_to_undo: "Nothing left to undo (Ctrl+Y redoes what was undone).",
    nothing_to_redo: "Nothing left to redo.",
    unsound: "Not done: this change would leave the meeting's data inconsistent.",
    minutes_locked: "The minutes were approved and are locked. To change them, press “Unlock to amend” and give the reason.",
    not_locked: "The minutes are not approved, so there is nothing to unlock.",
    no_reason: "Please give the reason for unlocking the approved minutes.",
    no_matter: "Please write what is put to the vote.",
    subtopic_unknown: "That sub-topic cannot be found.",
    subtopic_spoken: "A sub-topic members have spoken on cannot be deleted: the speeches recorded keep their sub-topic.",
    timing_rules: [
        "Shortest speech on target",
        "Longest speech on target",
        "Hard limit",
        "Follow-up comment limit",
    ],
    approval_count: |votes, present| {
        format!(
            "The votes for and against ({votes}) cannot be more than the full members present ({present}), and more than 0 must be present."
        )
    },
    vote_short: |agreed, base| {
        format!(
            "Only {agreed} voted for: not more than half of the {base} full members convened (less those exempted who stayed away), so the minutes are not approved."
        )
    },
    action,
};

fn action(kind: EditKind, name: &str) -> String {
    match kind {
        EditKind::AddMember => format!("add {name}"),
        EditKind::PasteMembers => "paste the member list".into(),
        EditKind::RemoveMember => format!("delete {name}"),
        EditKind::RenameMember => format!("rename {name}"),
        EditKind::Position => format!("edit {name}'s position"),
        EditKind::Attendance => format!("mark {name}'s attendance"),
        EditKind::Membership => format!("change the membership of {name}"),
        EditKind::Exemption => format!("change the exemption of {name}"),
        EditKind::AddSubTopic => "add a sub-topic".into(),
        EditKind::MoveSubTopic(from, to) => format!("move sub-topic {from} to place {to}"),
        EditKind::RenameSubTopic(number) => format!("rename sub-topic {number}"),
        EditKind::RemoveSubTopic(number) => format!("delete sub-topic {number}"),
        EditKind::SubTopicDetail(number) => format!("edit “{name}” of sub-topic {number}"),
        EditKind::Template => "add the suggested sub-topics".into(),
        EditKind::Readiness => format!("check {name}'s readiness"),
        EditKind::Step => "move to another part of the meeting".into(),
        EditKind::CallNext => format!("call {name} to speak"),
        EditKind::StartSpeech => format!("time {name}'s speech"),
        EditKind::PauseSpeech => format!("pause {name}'s speech"),
        EditKind::EndSpeech => format!("end {name}'s speech"),
        EditKind::PassOver => format!("note that {name} did not speak"),
        EditKind::Skip => format!("skip {name}"),
        EditKind::RemoveFromQueue => format!("take {name} out of the queue"),
        EditKind::MoveInQueue => format!("move {name} in the queue"),
        EditKind::InsertSpeaker => format!("add {name} to the queue"),
        EditKind::RaiseHand => format!("raise {name}'s hand"),
        EditKind::LowerHand => format!("lower {name}'s hand"),
        EditKind::AddComment => format!("add {name}'s comment"),
        EditKind::CommentKind => format!("change the kind of {name}'s comment"),
        EditKind::EditComment => format!("edit {name}'s comment"),
        EditKind::StartComment => format!("time {name}'s comment"),
        EditKind::PauseComment => format!("pause {name}'s comment"),
        EditKind::EndComment => format!("end {name}'s comment"),
        EditKind::RemoveComment => format!("delete {name}'s comment"),
        EditKind::Notes => format!("notes on {name}'s speech"),
        EditKind::AddMeasure => "add a measure".into(),
        EditKind::RemoveMeasure => "delete a measure".into(),
        EditKind::MeasureStatus => "update a measure's progress".into(),
        EditKind::Generalization => "edit the generalization".into(),
        EditKind::Close => "end the discussion".into(),
        EditKind::EndOpen => "end the speeches still going on".into(),
        EditKind::BuildConclusion => "build the conclusion".into(),
        EditKind::Approve => "approve the minutes".into(),
        EditKind::Unlock => "unlock the minutes".into(),
        EditKind::TimingAppendix => "switch the timing appendix".into(),
        EditKind::ExtractPart => "choose the parts of the extract".into(),
        EditKind::Detail => format!("edit “{name}”"),
        EditKind::PutToVote => "record a vote".into(),
        EditKind::RemoveResolution => "remove a recorded vote".into(),
        EditKind::AssignSpeaker(number) => format!("assign {name} to sub-topic {number}"),
        EditKind::UnassignSpeaker(number) => format!("take {name} off sub-topic {number}"),
        EditKind::MoveSpeaker(number) => format!("move {name} in sub-topic {number}'s order"),
        EditKind::AddConclusionItem(part) => format!("add a point to {} of the conclusion", part_name(part)),
        EditKind::SetConclusionItem(part) => format!("edit a point in {} of the conclusion", part_name(part)),
        EditKind::RemoveConclusionItem(part) => {
            format!("delete a point from {} of the conclusion", part_name(part))
        }
        EditKind::AdjustTime => "correct the time being counted".into(),
    }
}

/// A part of the conclusion as the undo button names it.
fn part_name(part: ConclusionPart) -> &'static str {
    match part {
        ConclusionPart::Why => "part 1 (why)",
        ConclusionPart::Content => "part 2 (content)",
        ConclusionPart::SelfAssessment => "part 3 (self-assessment)",
        ConclusionPart::SubjectiveCauses => "part 3 (subjective causes)",
        ConclusionPart::ObjectiveCauses => "part 3 (objective causes)",
        ConclusionPart::MemberMeasures => "part 4 (members' measures)",
        ConclusionPart::CellMeasures => "part 4 (the cell's solutions)",
    }
}
