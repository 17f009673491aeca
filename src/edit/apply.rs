//! The one function that applies an [`Edit`] to a session.

use super::{Edit, EditError};
use crate::meeting::{self, queue};
use crate::model::{Amendment, Approval, CommentId, MemberId, Resolution, Session, Step, WallTime};
use crate::prepare::roster::{self, PasteOutcome};
use crate::prepare::{assignments, readiness, subtopics, templates};

/// What an applied edit has to report besides the changed session.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Applied {
    /// Nothing more to say.
    Done,
    /// The members a paste added and the lines it refused.
    Pasted(PasteOutcome),
    /// The member just added to the roster.
    MemberAdded(MemberId),
    /// The comment just added, for the cursor to go to.
    CommentAdded(CommentId),
}

/// Applies `edit` at wall-clock time `now`, checking it first. On error the session may be
/// partly changed: the caller ([`super::Document`]) applies to a copy and keeps it
/// only on success.
pub(super) fn apply(session: &mut Session, edit: Edit, now: WallTime) -> Result<Applied, EditError> {
    if session.live.minutes_locked && !edit.allowed_when_locked() {
        return Err(EditError::MinutesLocked);
    }
    match edit {
        Edit::SetOrganisationDetail(detail) => detail.set(&mut session.organisation),
        Edit::SetMeetingDetail(detail) => detail.set(&mut session.meeting),
        Edit::SetTopicDetail(detail) => detail.set(&mut session.topic),
        Edit::SetTimingDetail(detail) => {
            detail.set(&mut session.timing);
            session.timing.validate()?;
        }
        Edit::AddMember { name, position } => {
            return Ok(Applied::MemberAdded(roster::add_member(session, &name, &position)?));
        }
        Edit::PasteMembers(text) => return Ok(Applied::Pasted(roster::paste_members(session, &text))),
        Edit::RemoveMember(member) => {
            if !roster::remove_member(session, member) {
                return Err(EditError::MemberSpoke);
            }
        }
        Edit::RenameMember(member, name) => {
            let name = roster::check_name(session, &name, Some(member))?;
            member_mut(session, member)?.name = name;
        }
        Edit::SetPosition(member, position) => member_mut(session, member)?.position = position,
        Edit::SetAttendance(member, attendance) => member_mut(session, member)?.attendance = attendance,
        Edit::SetMembership(member, membership) => member_mut(session, member)?.membership = membership,
        Edit::SetExemption(member, exemption) => member_mut(session, member)?.exemption = exemption,
        Edit::AddSubTopic(title) => {
            subtopics::add(session, title);
        }
        Edit::SetSubTopicDetail { subtopic, detail } => subtopics::set_detail(session, subtopic, detail)?,
        Edit::MoveSubTopic { from, to } => subtopics::move_to(session, from, to)?,
        Edit::RemoveSubTopic(subtopic) => subtopics::remove(session, subtopic)?,
        Edit::ApplyTemplate(group) => templates::apply_template(session, &templates::template(group)),
        Edit::SetReadiness(entry) => readiness::record(session, entry),
        Edit::GoTo(step) => meeting::go_to(session, step, now)?,
        Edit::OpenGeneralization { subtopic, draft } => open_generalization(session, subtopic, draft, now)?,
        Edit::CallNext => {
            // From the opening, N starts the discussion of the first sub-topic.
            let first = session.subtopics.first().map(|subtopic| subtopic.id);
            if let (Step::Opening, Some(subtopic)) = (session.live.flow.step, first) {
                meeting::go_to(session, Step::Discussion { subtopic }, now)?;
            }
            queue::call_next(session, now)?;
        }
        Edit::ToggleSpeech => meeting::toggle_speech(session, now)?,
        Edit::EndSpeech => meeting::end_speech(session, now)?,
        Edit::AdjustTime { secs, kind } => meeting::adjust(session, secs, kind, now)?,
        Edit::PassOver(reason) => meeting::pass_over(session, reason)?,
        Edit::SkipSpeaker => queue::skip(session)?,
        Edit::RemoveFromQueue(index) => queue::remove(session, index)?,
        Edit::MoveInQueue { from, to } => queue::move_entry(session, from, to)?,
        Edit::InsertSpeaker { member, at } => queue::insert(session, member, at)?,
        Edit::RaiseHand(member) => queue::raise_hand(session, member)?,
        Edit::LowerHand(member) => queue::lower_hand(session, member)?,
        Edit::AddComment { speaker, kind } => {
            return Ok(Applied::CommentAdded(meeting::add_comment(session, speaker, kind, now)?));
        }
        Edit::SetCommentKind { comment, kind } => meeting::comment_mut(session, comment)?.kind = kind,
        Edit::SetCommentText { comment, text } => meeting::comment_mut(session, comment)?.text = text,
        Edit::ToggleComment(comment) => meeting::toggle_comment(session, comment, now)?,
        Edit::EndComment(comment) => meeting::end_comment(session, comment, now)?,
        Edit::RemoveComment(comment) => meeting::remove_comment(session, comment)?,
        Edit::SetNote { speech, note } => meeting::set_note(session, speech, note)?,
        Edit::AddMeasure { source, owner, content, deadline } => {
            meeting::add_measure(session, source, owner, &content, deadline)?;
        }
        Edit::RemoveMeasure(measure) => meeting::remove_measure(session, measure)?,
        Edit::SetMeasureStatus(measure, status) => meeting::set_measure_status(session, measure, status)?,
        Edit::SetGeneralization { subtopic, text } => meeting::set_generalization(session, subtopic, text)?,
        Edit::Close => meeting::close(session, now),
        Edit::EndOpen => meeting::end_open(session, now),
        Edit::BuildConclusion { keep_edits } => {
            session.conclusion = crate::summary::rebuild(&session.conclusion, session, keep_edits);
        }
        Edit::AssignSpeaker { member, subtopic } => assignments::assign(session, member, subtopic),
        Edit::UnassignSpeaker { member, subtopic } => assignments::unassign(session, member, subtopic),
        Edit::MoveSpeaker { subtopic, from, to } => assignments::move_speaker(session, subtopic, from, to),
        Edit::AddConclusionItem(part) => session.conclusion.add_item(part),
        Edit::SetConclusionItem { part, index, text } => session.conclusion.set_item(part, index, text),
        Edit::RemoveConclusionItem { part, index } => session.conclusion.remove_item(part, index),
        Edit::ApproveMinutes { agreed, against, present, ended } => {
            let approval = Approval { agreed, present, against, base: None, ended, at: now };
            approve(session, approval)?;
        }
        Edit::PutToVote { text, agreed, against, present } => {
            let resolution =
                Resolution { text: text.trim().to_owned(), agreed, present, against, base: 0, at: now };
            put_to_vote(session, resolution)?;
        }
        Edit::RemoveResolution(index) => remove_resolution(session, index),
        Edit::UnlockMinutes(reason) => unlock(session, &reason, now)?,
        Edit::SetTimingAppendix(on) => session.meeting.timing_appendix = on,
        Edit::SetExtractPart(part, on) => {
            session.meeting.extract.retain(|kept| *kept != part);
            session.meeting.extract.extend(on.then_some(part));
        }
    }
    Ok(Applied::Done)
}

/// Ends the sub-topic's discussion and moves to its generalization, drafted from the notes
/// unless the secretary already wrote one.
fn open_generalization(
    session: &mut Session,
    subtopic: crate::model::SubTopicId,
    draft: String,
    now: WallTime,
) -> Result<(), EditError> {
    meeting::finish_discussion(session, now);
    meeting::go_to(session, Step::Generalization { subtopic }, now)?;
    if !session.live.generalizations.iter().any(|g| g.subtopic == subtopic) {
        meeting::set_generalization(session, subtopic, draft)?;
    }
    Ok(())
}

/// The member `id` of the roster, to change.
fn member_mut(session: &mut Session, id: MemberId) -> Result<&mut crate::model::Member, EditError> {
    Ok(session.member_mut(id).ok_or(meeting::LiveError::UnknownMember)?)
}

/// Records the vote on another matter, passed or not, once its counts hold together; its base
/// is taken from the roster.
fn put_to_vote(session: &mut Session, resolution: Resolution) -> Result<(), EditError> {
    if resolution.text.is_empty() {
        return Err(EditError::NoMatter);
    }
    let (votes, present) = (resolution.agreed.saturating_add(resolution.against), resolution.present);
    if votes > present || present == 0 {
        return Err(EditError::ApprovalCount { votes, present });
    }
    let base = crate::prepare::attendance::roll(session).vote_base();
    session.live.resolutions.push(Resolution { base, ..resolution });
    Ok(())
}

/// Records the vote approving the minutes and locks them, once it passes: no more votes than
/// full members present, and more than half of the vote's base (taken from the roster) for.
fn approve(session: &mut Session, approval: Approval) -> Result<(), EditError> {
    let (agreed, present) = (approval.agreed, approval.present);
    let votes = agreed.saturating_add(approval.against);
    if votes > present || present == 0 {
        return Err(EditError::ApprovalCount { votes, present });
    }
    let base = crate::prepare::attendance::roll(session).vote_base();
    if !crate::model::passes(agreed, base) {
        return Err(EditError::VoteShort { agreed, base });
    }
    session.live.approval = Some(Approval { base: Some(base), ..approval });
    session.live.minutes_locked = true;
    Ok(())
}

/// Unlocks approved minutes, keeping the reason with the time.
fn unlock(session: &mut Session, reason: &str, now: WallTime) -> Result<(), EditError> {
    if !session.live.minutes_locked {
        return Err(EditError::NotLocked);
    }
    let reason = reason.trim();
    if reason.is_empty() {
        return Err(EditError::NoReason);
    }
    session.live.amendments.push(Amendment { at: now, reason: reason.to_owned() });
    session.live.minutes_locked = false;
    Ok(())
}

/// Removes the resolution at `index`, if there is one.
fn remove_resolution(session: &mut Session, index: usize) {
    if index < session.live.resolutions.len() {
        session.live.resolutions.remove(index);
    }
}
