//! Which slide the room sees, decided from where the meeting stands.

use crate::model::{CommentId, Session, SpanState, SpeechId, Step, SubTopicId};

/// One slide of the projector.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ProjectorView {
    /// The opening: purpose, requirements, content, form, discussion method.
    Opening,
    /// A sub-topic with its guiding questions, between speeches.
    SubTopic(SubTopicId),
    /// The countdown of a speech (called, running, paused).
    Speech(SpeechId),
    /// A speech just ended: its speaker keeps seeing how long they spoke.
    FinalTime(SpeechId),
    /// The countdown of a timed follow-up comment.
    Comment(CommentId),
    /// A sub-topic's generalization, while the secretary presents it.
    Generalization(SubTopicId),
    /// The conclusion, while the secretary presents it.
    Conclusion,
    /// The topic's title, between the end of the discussion and the conclusion.
    Title,
    /// The minutes' text, read back to the cell before it approves them, a screen at a time.
    Minutes,
}

impl ProjectorView {
    /// The slide for the meeting as it stands; `presenting` is the secretary's choice to show
    /// the generalization or conclusion text, `reading` to show the minutes for reading back,
    /// `final_time` the speech whose final time is still held
    /// ([`crate::meeting::prompts::final_time`]).
    pub fn choose(session: &Session, presenting: bool, reading: bool, final_time: Option<SpeechId>) -> Self {
        if reading {
            return Self::Minutes;
        }
        let flow = &session.live.flow;
        match flow.step {
            Step::Opening => Self::Opening,
            Step::Discussion { subtopic } => {
                let comment = flow.current_comment.and_then(|id| session.comment(id));
                if let Some(comment) = comment.filter(|c| live(c.span.state())) {
                    return Self::Comment(comment.id);
                }
                let speech = flow.current_speech.and_then(|id| session.speech(id));
                match speech.filter(|s| s.subtopic == subtopic && s.span.state() != SpanState::Ended) {
                    Some(speech) => Self::Speech(speech.id),
                    None => final_time.map_or(Self::SubTopic(subtopic), Self::FinalTime),
                }
            }
            Step::Generalization { subtopic } if presenting => Self::Generalization(subtopic),
            Step::Generalization { subtopic } => Self::SubTopic(subtopic),
            Step::Conclusion if presenting => Self::Conclusion,
            Step::Conclusion => Self::Title,
        }
    }
}

impl ProjectorView {
    /// The slide's name in the frame report: "speech", "final-time", "sub-topic"…
    pub fn name(self) -> &'static str {
        match self {
            Self::Opening => "opening",
            Self::SubTopic(_) => "sub-topic",
            Self::Speech(_) => "speech",
            Self::FinalTime(_) => "final-time",
            Self::Comment(_) => "comment",
            Self::Generalization(_) => "generalization",
            Self::Conclusion => "conclusion",
            Self::Title => "title",
            Self::Minutes => "minutes",
        }
    }
}

fn live(state: SpanState) -> bool {
    matches!(state, SpanState::Running | SpanState::Paused)
}

#[cfg(test)]
mod tests {
    use super::ProjectorView;
    use crate::edit::{Document, Edit};
    use crate::model::{CommentKind, MemberId, Session, Step, SubTopicId, WallTime};
    use crate::sample::sample_session;

    fn run(session: &mut Session, action: Edit) {
        let now = WallTime::parse_from_rfc3339("2020-06-12T14:00:00+07:00").expect("time");
        Document::apply_to(session, action, now).expect("applies");
    }

    #[test]
    fn the_slide_follows_the_meeting() {
        let mut session = sample_session().expect("sample");
        let choose = |session: &Session| ProjectorView::choose(session, false, false, None);
        assert_eq!(choose(&session), ProjectorView::Opening);
        let first = SubTopicId(1);
        run(&mut session, Edit::GoTo(Step::Discussion { subtopic: first }));
        assert_eq!(choose(&session), ProjectorView::SubTopic(first));
        run(&mut session, Edit::CallNext);
        let speech = session.live.speeches[0].id;
        assert_eq!(choose(&session), ProjectorView::Speech(speech), "the called speaker sees the full time");
        run(&mut session, Edit::ToggleSpeech);
        run(&mut session, Edit::AddComment { speaker: MemberId(2), kind: CommentKind::Addition });
        assert_eq!(choose(&session), ProjectorView::Speech(speech), "an untimed comment keeps the countdown");
        let comment = session.live.comments[0].id;
        run(&mut session, Edit::ToggleComment(comment));
        assert_eq!(choose(&session), ProjectorView::Comment(comment));
        run(&mut session, Edit::EndComment(comment));
        run(&mut session, Edit::EndSpeech);
        assert_eq!(choose(&session), ProjectorView::SubTopic(first));
        let held = ProjectorView::choose(&session, false, false, Some(speech));
        assert_eq!(held, ProjectorView::FinalTime(speech), "the final time while it is held");
        run(&mut session, Edit::GoTo(Step::Generalization { subtopic: first }));
        assert_eq!(choose(&session), ProjectorView::SubTopic(first));
        assert_eq!(ProjectorView::choose(&session, true, false, None), ProjectorView::Generalization(first));
        run(&mut session, Edit::Close);
        assert_eq!(choose(&session), ProjectorView::Title);
        assert_eq!(ProjectorView::choose(&session, true, false, None), ProjectorView::Conclusion);
        assert_eq!(
            ProjectorView::choose(&session, true, true, None),
            ProjectorView::Minutes,
            "reading back wins"
        );
    }
}
