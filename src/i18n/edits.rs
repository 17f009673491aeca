//! The words for edits: what an undo or redo would take back, and why an edit was refused.

use crate::edit::{Edit, EditError};
use crate::model::{
    ConclusionPart, MeetingDetail, MemberId, OrganisationDetail, Session, Span, SpanState, SubTopicDetail,
    TimingDetail, TopicDetail,
};
use crate::prepare::subtopics::SubTopicError;

use super::Strings;

/// What kind of change an edit is, as the undo button names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[allow(missing_docs)]
pub enum EditKind {
    AddMember,
    PasteMembers,
    RemoveMember,
    RenameMember,
    Position,
    Attendance,
    Membership,
    Exemption,
    AddSubTopic,
    /// The sub-topic's number, from 1, as for the kinds below.
    /// From one place to another, each from 1.
    MoveSubTopic(usize, usize),
    RenameSubTopic(usize),
    RemoveSubTopic(usize),
    /// One text of a sub-topic, named by its field's label.
    SubTopicDetail(usize),
    Template,
    Readiness,
    Step,
    CallNext,
    StartSpeech,
    PauseSpeech,
    EndSpeech,
    PassOver,
    Skip,
    RemoveFromQueue,
    MoveInQueue,
    InsertSpeaker,
    RaiseHand,
    LowerHand,
    AddComment,
    CommentKind,
    EditComment,
    StartComment,
    PauseComment,
    EndComment,
    RemoveComment,
    Notes,
    AddMeasure,
    RemoveMeasure,
    MeasureStatus,
    Generalization,
    Close,
    EndOpen,
    BuildConclusion,
    Approve,
    Unlock,
    TimingAppendix,
    ExtractPart,
    /// One detail of the meeting, the organisation or the topic, named by its field's label.
    Detail,
    /// The sub-topic's number, from 1.
    AssignSpeaker(usize),
    UnassignSpeaker(usize),
    MoveSpeaker(usize),
    AddConclusionItem(ConclusionPart),
    SetConclusionItem(ConclusionPart),
    RemoveConclusionItem(ConclusionPart),
    PutToVote,
    RemoveResolution,
    AdjustTime,
}

/// The words of undo and redo in one language.
#[allow(missing_docs)]
pub struct EditStrings {
    pub undo_button: &'static str,
    pub redo_button: &'static str,
    pub undo_hint: fn(&str) -> String,
    pub redo_hint: fn(&str) -> String,
    pub undone: fn(&str) -> String,
    pub redone: fn(&str) -> String,
    pub approval_line: &'static str,
    pub nothing_to_undo: &'static str,
    pub nothing_to_redo: &'static str,
    pub unsound: &'static str,
    pub minutes_locked: &'static str,
    pub not_locked: &'static str,
    pub no_reason: &'static str,
    pub no_matter: &'static str,
    pub subtopic_unknown: &'static str,
    pub subtopic_spoken: &'static str,
    /// The timing rules as an undo step names them: the shortest and longest speech on
    /// target, the hard limit, a follow-up comment's limit.
    pub timing_rules: [&'static str; 4],
    pub approval_count: fn(u32, u32) -> String,
    /// The votes for (first) fall short of more than half of the base (second).
    pub vote_short: fn(u32, u32) -> String,
    /// An edit of `kind`, about the member named (empty when it names nobody).
    pub action: fn(EditKind, &str) -> String,
}

/// What `edit`, applied to `session`, does, e.g. "xóa ý kiến của đồng chí Lê Minh Đức".
pub fn describe(strings: &Strings, edit: &Edit, session: &Session) -> String {
    let (kind, member) = kind_of(edit, session);
    let name = member.and_then(|id| session.member(id)).map_or("", |member| member.name.as_str());
    let name = match edit {
        Edit::AddMember { name, .. } => name.as_str(),
        Edit::SetMeetingDetail(detail) => meeting_label(strings, detail),
        Edit::SetOrganisationDetail(detail) => organisation_label(strings, detail),
        Edit::SetTopicDetail(detail) => topic_label(strings, detail),
        Edit::SetSubTopicDetail { detail, .. } => subtopic_label(strings, detail),
        Edit::SetTimingDetail(detail) => timing_label(strings, detail),
        _ => name,
    };
    (strings.edits.action)(kind, without_hint(name))
}

/// A field's label without the hint in brackets after it ("Gợi ý (mỗi dòng một ý)" is
/// "Gợi ý"), as an undo step names the field.
fn without_hint(label: &str) -> &str {
    label.split_once(" (").map_or(label, |(name, _)| name)
}

/// The label of the field a detail of the organisation is typed in.
fn organisation_label(strings: &Strings, detail: &OrganisationDetail) -> &'static str {
    match detail {
        OrganisationDetail::PartyCommittee(_) => strings.party_committee,
        OrganisationDetail::Cell(_) => strings.cell,
        OrganisationDetail::PlaceName(_) => strings.place_name,
    }
}

/// The label of the field a detail of the topic is typed in.
fn topic_label(strings: &Strings, detail: &TopicDetail) -> &'static str {
    match detail {
        TopicDetail::Name(_) => strings.topic_name,
        TopicDetail::Group(_) => strings.topic_group,
        TopicDetail::Directives(_) => strings.directives,
        TopicDetail::Purpose(_) => strings.opening_purpose,
        TopicDetail::Requirements(_) => strings.opening_requirements,
        TopicDetail::Content(_) => strings.opening_content,
        TopicDetail::Form(_) => strings.opening_form,
        TopicDetail::DiscussionMethod(_) => strings.opening_discussion,
    }
}

/// The label of the field a timing rule is typed in.
fn timing_label(strings: &Strings, detail: &TimingDetail) -> &'static str {
    let [min, max, limit, comment] = strings.edits.timing_rules;
    match detail {
        TimingDetail::TargetMin(_) => min,
        TimingDetail::TargetMax(_) => max,
        TimingDetail::HardLimit(_) => limit,
        TimingDetail::CommentLimit(_) => comment,
    }
}

/// The label of the field a text of a sub-topic is typed in.
fn subtopic_label(strings: &Strings, detail: &SubTopicDetail) -> &'static str {
    match detail {
        SubTopicDetail::Title(_) => strings.prepare.subtopic_title,
        SubTopicDetail::Questions(_) => strings.prepare.questions,
        SubTopicDetail::Suggestions(_) => strings.prepare.suggestions,
    }
}

/// The label of the field a detail of the meeting is typed in.
fn meeting_label(strings: &Strings, detail: &MeetingDetail) -> &'static str {
    match detail {
        MeetingDetail::Title(_) => strings.meeting_title,
        MeetingDetail::Date(_) => strings.meeting_date,
        MeetingDetail::StartTime(_) => strings.start_time,
        MeetingDetail::PlannedMinutes(_) => strings.planned_minutes,
        MeetingDetail::CombinedWithRegular(_) => strings.prepare.combined_meeting,
        MeetingDetail::Place(_) => strings.place,
        MeetingDetail::Chair(_) => strings.chair,
        MeetingDetail::ChairPosition(_) => strings.chair_position,
        MeetingDetail::MinuteTaker(_) => strings.minute_taker,
        MeetingDetail::MinuteTakerPosition(_) => strings.minute_taker_position,
        MeetingDetail::Number(_) => strings.minutes_number,
        MeetingDetail::Guests(_) => strings.guests,
    }
}

fn toggled(span: Option<&Span>, start: EditKind, pause: EditKind) -> EditKind {
    match span.map(Span::state) {
        Some(SpanState::Running) => pause,
        _ => start,
    }
}

fn kind_of(edit: &Edit, session: &Session) -> (EditKind, Option<MemberId>) {
    let flow = &session.live.flow;
    let speech = flow.current_speech.and_then(|id| session.speech(id));
    let speaker = speech.map(|speech| speech.speaker);
    let waiting = |index: usize| {
        let queue = flow.subtopic().and_then(|subtopic| flow.queue(subtopic));
        queue.and_then(|queue| queue.waiting.get(index)).map(|entry| entry.member)
    };
    let commenter = |id| session.comment(id).map(|comment| comment.speaker);
    let number = |id| session.subtopics.iter().position(|s| s.id == id).map_or(0, |at| at + 1);
    match edit {
        Edit::AddMember { .. } => (EditKind::AddMember, None),
        Edit::PasteMembers(_) => (EditKind::PasteMembers, None),
        Edit::RemoveMember(member) => (EditKind::RemoveMember, Some(*member)),
        Edit::RenameMember(member, _) => (EditKind::RenameMember, Some(*member)),
        Edit::SetPosition(member, _) => (EditKind::Position, Some(*member)),
        Edit::SetAttendance(member, _) => (EditKind::Attendance, Some(*member)),
        Edit::SetMembership(member, _) => (EditKind::Membership, Some(*member)),
        Edit::SetExemption(member, _) => (EditKind::Exemption, Some(*member)),
        Edit::AddSubTopic(_) => (EditKind::AddSubTopic, None),
        Edit::SetSubTopicDetail { subtopic, detail: SubTopicDetail::Title(_) } => {
            (EditKind::RenameSubTopic(number(*subtopic)), None)
        }
        Edit::SetSubTopicDetail { subtopic, .. } => (EditKind::SubTopicDetail(number(*subtopic)), None),
        Edit::MoveSubTopic { from, to } => (EditKind::MoveSubTopic(from + 1, to + 1), None),
        Edit::RemoveSubTopic(subtopic) => (EditKind::RemoveSubTopic(number(*subtopic)), None),
        Edit::ApplyTemplate(_) => (EditKind::Template, None),
        Edit::SetReadiness(entry) => (EditKind::Readiness, Some(entry.member)),
        Edit::GoTo(_) | Edit::OpenGeneralization { .. } => (EditKind::Step, None),
        Edit::CallNext => (EditKind::CallNext, waiting(0)),
        Edit::ToggleSpeech => {
            (toggled(speech.map(|s| &s.span), EditKind::StartSpeech, EditKind::PauseSpeech), speaker)
        }
        Edit::EndSpeech => (EditKind::EndSpeech, speaker),
        Edit::AdjustTime { .. } => (EditKind::AdjustTime, speaker),
        Edit::PassOver(_) => (EditKind::PassOver, speaker),
        Edit::SkipSpeaker => (EditKind::Skip, waiting(0)),
        Edit::RemoveFromQueue(index) => (EditKind::RemoveFromQueue, waiting(*index)),
        Edit::MoveInQueue { from, .. } => (EditKind::MoveInQueue, waiting(*from)),
        Edit::InsertSpeaker { member, .. } => (EditKind::InsertSpeaker, Some(*member)),
        Edit::RaiseHand(member) => (EditKind::RaiseHand, Some(*member)),
        Edit::LowerHand(member) => (EditKind::LowerHand, Some(*member)),
        Edit::AddComment { speaker, .. } => (EditKind::AddComment, Some(*speaker)),
        Edit::SetCommentKind { comment, .. } => (EditKind::CommentKind, commenter(*comment)),
        Edit::SetCommentText { comment, .. } => (EditKind::EditComment, commenter(*comment)),
        Edit::ToggleComment(id) => {
            let span = session.comment(*id).map(|comment| &comment.span);
            (toggled(span, EditKind::StartComment, EditKind::PauseComment), commenter(*id))
        }
        Edit::EndComment(id) => (EditKind::EndComment, commenter(*id)),
        Edit::RemoveComment(id) => (EditKind::RemoveComment, commenter(*id)),
        Edit::SetNote { speech, .. } => (EditKind::Notes, session.speech(*speech).map(|s| s.speaker)),
        Edit::AddMeasure { .. } => (EditKind::AddMeasure, None),
        Edit::RemoveMeasure(_) => (EditKind::RemoveMeasure, None),
        Edit::SetMeasureStatus(..) => (EditKind::MeasureStatus, None),
        Edit::SetGeneralization { .. } => (EditKind::Generalization, None),
        Edit::Close => (EditKind::Close, None),
        Edit::EndOpen => (EditKind::EndOpen, None),
        Edit::BuildConclusion { .. } => (EditKind::BuildConclusion, None),
        Edit::ApproveMinutes { .. } => (EditKind::Approve, None),
        Edit::UnlockMinutes(_) => (EditKind::Unlock, None),
        Edit::SetTimingAppendix(_) => (EditKind::TimingAppendix, None),
        Edit::SetExtractPart(..) => (EditKind::ExtractPart, None),
        Edit::SetMeetingDetail(_)
        | Edit::SetOrganisationDetail(_)
        | Edit::SetTopicDetail(_)
        | Edit::SetTimingDetail(_) => (EditKind::Detail, None),
        Edit::AssignSpeaker { member, subtopic } => {
            (EditKind::AssignSpeaker(number(*subtopic)), Some(*member))
        }
        Edit::UnassignSpeaker { member, subtopic } => {
            (EditKind::UnassignSpeaker(number(*subtopic)), Some(*member))
        }
        Edit::MoveSpeaker { subtopic, from, .. } => {
            let speaker =
                session.subtopics.iter().find(|s| s.id == *subtopic).and_then(|s| s.speakers.get(*from));
            (EditKind::MoveSpeaker(number(*subtopic)), speaker.copied())
        }
        Edit::AddConclusionItem(part) => (EditKind::AddConclusionItem(*part), None),
        Edit::SetConclusionItem { part, .. } => (EditKind::SetConclusionItem(*part), None),
        Edit::RemoveConclusionItem { part, .. } => (EditKind::RemoveConclusionItem(*part), None),
        Edit::PutToVote { .. } => (EditKind::PutToVote, None),
        Edit::RemoveResolution(_) => (EditKind::RemoveResolution, None),
    }
}

/// Why an edit was refused, in the UI's language.
pub fn edit_error(strings: &Strings, error: &EditError) -> String {
    match error {
        EditError::Live(error) => (strings.live.live_error)(*error),
        EditError::Timing(error) => (strings.timing_error)(*error),
        EditError::Member(error) => (strings.prepare.member_error)(error),
        EditError::SubTopic(SubTopicError::Unknown) => strings.edits.subtopic_unknown.to_owned(),
        EditError::SubTopic(SubTopicError::Spoken) => strings.edits.subtopic_spoken.to_owned(),
        EditError::MemberSpoke => strings.prepare.cannot_remove.to_owned(),
        EditError::Unsound(_) => strings.edits.unsound.to_owned(),
        EditError::MinutesLocked => strings.edits.minutes_locked.to_owned(),
        EditError::NotLocked => strings.edits.not_locked.to_owned(),
        EditError::NoReason => strings.edits.no_reason.to_owned(),
        EditError::NoMatter => strings.edits.no_matter.to_owned(),
        EditError::ApprovalCount { votes, present } => (strings.edits.approval_count)(*votes, *present),
        EditError::VoteShort { agreed, base } => (strings.edits.vote_short)(*agreed, *base),
        EditError::ApprovalLine => strings.edits.approval_line.to_owned(),
        EditError::NothingToUndo => strings.edits.nothing_to_undo.to_owned(),
        EditError::NothingToRedo => strings.edits.nothing_to_redo.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::describe;
    use crate::edit::Edit;
    use crate::i18n::Language;
    use crate::model::{SubTopicDetail, SubTopicId, TimingDetail};
    use crate::sample::sample_session;

    #[test]
    fn a_sub_topic_step_names_the_sub_topic_and_a_field_without_its_hint() {
        let session = sample_session().expect("sample");
        let vi = Language::Vietnamese.strings();
        let said = |edit: Edit| describe(vi, &edit, &session);
        let subtopic = SubTopicId(2);
        let title = SubTopicDetail::Title("Mới".into());
        assert_eq!(said(Edit::SetSubTopicDetail { subtopic, detail: title }), "sửa tên chủ đề nhỏ 2");
        let questions = SubTopicDetail::Questions(Vec::new());
        assert_eq!(
            said(Edit::SetSubTopicDetail { subtopic, detail: questions }),
            "sửa mục “Câu hỏi gợi mở” của chủ đề nhỏ 2"
        );
        assert_eq!(said(Edit::MoveSubTopic { from: 1, to: 0 }), "chuyển chủ đề nhỏ 2 sang vị trí 1");
        assert_eq!(said(Edit::RemoveSubTopic(subtopic)), "xóa chủ đề nhỏ 2");
        assert_eq!(
            said(Edit::SetTimingDetail(TimingDetail::HardLimit(600))),
            "sửa mục “Giới hạn thời gian phát biểu”"
        );
    }
}
