//! What the record holds: only speeches that were heard, and one span running at a time.

use std::time::Duration;

use super::Meeting;
use crate::edit::Edit;
use crate::export::outline::{Block, minutes, timing_rows};
use crate::i18n::Language;
use crate::meeting::Clock;
use crate::model::{CommentKind, MemberId, NoteDetail, SpanState};

/// Every paragraph of the minutes, as text.
fn minutes_text(meeting: &Meeting) -> String {
    let blocks = minutes(meeting.session(), Language::Vietnamese.strings(), meeting.clock.wall());
    let paragraphs = blocks.into_iter().filter_map(|block| match block {
        Block::Paragraph(text) => Some(text),
        _ => None,
    });
    paragraphs.collect::<Vec<_>>().join("\n")
}

/// The minutes in Markdown, appendix included.
fn markdown(meeting: &Meeting) -> String {
    let bytes = crate::export::render(
        crate::export::Format::Markdown,
        meeting.session(),
        Language::Vietnamese,
        meeting.clock.wall(),
    );
    String::from_utf8(bytes).expect("UTF-8")
}

#[test]
fn a_speaker_passed_over_before_speaking_leaves_no_speech() {
    let mut meeting = Meeting::new();
    meeting.discuss(1);
    meeting.ok(Edit::CallNext);
    assert_eq!(meeting.speaker(), 3);
    meeting.ok(Edit::CallNext);
    assert_eq!(meeting.speaker(), 4);
    assert_eq!(meeting.session().live.speeches.len(), 1, "only the speaker now called is in the record");
    meeting.ok(Edit::ToggleSpeech);
    meeting.clock.advance(Duration::from_secs(250));
    meeting.ok(Edit::Close);
    assert_eq!(timing_rows(meeting.session(), meeting.clock.wall()).len(), 1);
    let text = minutes_text(&meeting);
    assert!(!text.contains("Lê Minh Đức trình bày"), "{text}");
    assert!(text.contains("Đồng chí Phạm Thị Thu Hương trình bày ý kiến:"), "{text}");
    let appendix = markdown(&meeting);
    assert!(
        appendix.contains("| Phạm Thị Thu Hương | 14:00:00 | 4:10 | 0:00 | Từ 4 phút đến 7 phút | 0:00 |"),
        "{appendix}"
    );
}

#[test]
fn closing_with_a_speaker_called_but_silent_leaves_no_speech() {
    let mut meeting = Meeting::new();
    meeting.discuss(1);
    meeting.ok(Edit::CallNext);
    meeting.ok(Edit::Close);
    assert!(meeting.session().live.speeches.is_empty());
    assert_eq!(meeting.session().live.flow.current_speech, None);
    assert!(meeting.session().validate().is_empty());
}

#[test]
fn a_called_speaker_with_notes_or_comments_stays_in_the_record() {
    let mut meeting = Meeting::new();
    meeting.discuss(1);
    meeting.ok(Edit::CallNext);
    let speech = meeting.session().live.flow.current_speech.expect("called");
    meeting.ok(Edit::SetNote { speech, note: NoteDetail::Why("Nêu từ chỗ ngồi".into()) });
    meeting.ok(Edit::CallNext);
    assert_eq!(meeting.session().live.speeches.len(), 2, "what was noted is kept");
}

#[test]
fn a_file_with_speeches_never_heard_loads_without_them_but_for_the_one_called() {
    let mut meeting = Meeting::new();
    meeting.discuss(1);
    meeting.ok(Edit::CallNext);
    let mut session = meeting.session().clone();
    let mut old = session.live.speeches[0].clone();
    old.id = crate::model::SpeechId(9);
    session.live.speeches.insert(0, old);
    assert!(session.validate().is_empty(), "an earlier version wrote such files");
    session.drop_unheard();
    assert_eq!(session.live.speeches.len(), 1);
    assert_eq!(session.live.flow.current_speech, Some(session.live.speeches[0].id));
}

#[test]
fn starting_a_comment_ends_the_one_running_and_pauses_the_speech() {
    let mut meeting = Meeting::new();
    meeting.discuss(1);
    meeting.ok(Edit::CallNext);
    meeting.ok(Edit::ToggleSpeech);
    meeting.ok(Edit::AddComment { speaker: MemberId(2), kind: CommentKind::Addition });
    meeting.ok(Edit::AddComment { speaker: MemberId(5), kind: CommentKind::Question });
    let (first, second) = (meeting.session().live.comments[0].id, meeting.session().live.comments[1].id);
    meeting.ok(Edit::ToggleComment(first));
    let state = |meeting: &Meeting| meeting.session().live.speeches[0].span.state();
    assert_eq!(state(&meeting), SpanState::Paused, "the speech waits while the comment runs");
    meeting.ok(Edit::ToggleComment(second));
    let comments = &meeting.session().live.comments;
    assert_eq!(comments[0].span.state(), SpanState::Ended, "the running comment ended");
    assert_eq!(comments[1].span.state(), SpanState::Running);

    meeting.ok(Edit::ToggleSpeech);
    assert_eq!(state(&meeting), SpanState::Running);
    assert_eq!(meeting.session().live.comments[1].span.state(), SpanState::Paused);
    let running = meeting.session().live.comments.iter().filter(|c| c.span.state() == SpanState::Running);
    assert_eq!(running.count(), 0, "never two spans at once");
}

#[test]
fn calling_from_the_opening_starts_the_first_sub_topic() {
    let mut meeting = Meeting::new();
    meeting.ok(Edit::CallNext);
    assert_eq!(
        meeting.session().live.flow.step,
        crate::model::Step::Discussion { subtopic: crate::model::SubTopicId(1) }
    );
    assert_eq!(meeting.speaker(), 3);
}

#[test]
fn a_speech_still_going_on_is_exported_with_its_time_so_far_and_marked_unfinished() {
    let mut meeting = Meeting::new();
    meeting.discuss(1);
    meeting.ok(Edit::CallNext);
    meeting.ok(Edit::ToggleSpeech);
    meeting.clock.advance(Duration::from_secs(300));
    let now = meeting.clock.wall();
    let session = meeting.session();
    let csv = String::from_utf8(crate::export::render(
        crate::export::Format::Csv,
        session,
        Language::Vietnamese,
        now,
    ))
    .expect("UTF-8");
    let row = csv.lines().nth(1).expect("one row");
    assert!(row.ends_with(",300.000,0.000,unfinished,0.000"), "{row}");
    for format in [crate::export::Format::Markdown, crate::export::Format::Html] {
        let text = String::from_utf8(crate::export::render(format, session, Language::Vietnamese, now))
            .expect("UTF-8");
        assert!(text.contains("Đồng chí Lê Minh Đức trình bày ý kiến (chưa kết thúc):"), "{format:?}");
        let row = match format {
            crate::export::Format::Html => "<td>5:00</td><td>0:00</td><td>chưa kết thúc</td>",
            _ => "| 5:00 | 0:00 | chưa kết thúc |",
        };
        assert!(text.contains(row), "{format:?}: {text}");
        assert!(
            text.contains("0 ý kiến phát biểu") && text.contains("Còn 1 ý kiến phát biểu chưa kết thúc"),
            "{format:?}"
        );
    }
    let docx = crate::export::render(crate::export::Format::Docx, session, Language::Vietnamese, now);
    assert!(docx.len() > 1_000, "the Word file is written too");
}

#[test]
fn a_speaker_who_did_not_speak_is_said_so_in_the_minutes_when_the_secretary_records_it() {
    let mut meeting = Meeting::new();
    meeting.discuss(1);
    meeting.ok(Edit::CallNext);
    meeting.ok(Edit::PassOver(crate::model::PassReason::Absent));
    assert!(meeting.session().live.speeches.is_empty());
    assert_eq!(meeting.session().live.flow.current_speech, None);
    meeting.ok(Edit::CallNext);
    meeting.ok(Edit::PassOver(crate::model::PassReason::Declined));
    let text = minutes_text(&meeting);
    assert!(text.contains("Đồng chí Lê Minh Đức vắng mặt."), "{text}");
    assert!(text.contains("Đồng chí Phạm Thị Thu Hương không phát biểu."), "{text}");
    assert!(timing_rows(meeting.session(), meeting.clock.wall()).is_empty(), "no speech in the timings");

    meeting.ok(Edit::GoTo(crate::model::Step::Discussion { subtopic: crate::model::SubTopicId(2) }));
    meeting.ok(Edit::CallNext);
    meeting.ok(Edit::ToggleSpeech);
    assert_eq!(
        meeting.run(Edit::PassOver(crate::model::PassReason::Declined)),
        Err(crate::edit::EditError::Live(crate::meeting::LiveError::AlreadySpeaking))
    );
}

#[test]
fn corrections_go_to_what_is_timed_and_are_listed_in_the_appendix() {
    use crate::edit::EditError;
    use crate::meeting::LiveError;
    use crate::model::AdjustmentKind::{StartedLate, Step};
    let mut meeting = Meeting::new();
    meeting.discuss(1);
    meeting.ok(Edit::CallNext);
    let adjust = |secs, kind| Edit::AdjustTime { secs, kind };
    assert_eq!(meeting.run(adjust(30, Step)), Err(EditError::Live(LiveError::NothingTimed)), "not started");
    meeting.ok(Edit::ToggleSpeech);
    assert_eq!(meeting.run(adjust(-30, Step)), Err(EditError::Live(LiveError::AtZero)));
    meeting.clock.advance(Duration::from_secs(200));
    meeting.ok(adjust(20, StartedLate));
    meeting.ok(adjust(30, Step));
    meeting.ok(Edit::AddComment { speaker: MemberId(2), kind: CommentKind::Addition });
    let comment = meeting.session().live.comments[0].id;
    meeting.ok(Edit::ToggleComment(comment));
    meeting.clock.advance(Duration::from_secs(40));
    meeting.ok(adjust(-30, Step));
    let session = meeting.session();
    assert_eq!(session.live.comments[0].span.adjustments.len(), 1, "the open comment takes the correction");
    assert_eq!(session.live.comments[0].span.elapsed(meeting.clock.wall()), Duration::from_secs(10));
    assert_eq!(session.live.speeches[0].span.adjusted(), 50);
    meeting.ok(Edit::EndComment(comment));
    meeting.ok(Edit::EndSpeech);
    let rows = timing_rows(meeting.session(), meeting.clock.wall());
    assert_eq!(rows[0].duration, Duration::from_secs(250), "200 s counted, 20 s late, 30 s added");
    let appendix = markdown(&meeting);
    for line in [
        "Lúc 14:03:20, ý kiến phát biểu của đồng chí Lê Minh Đức: bấm giờ muộn, cộng thêm 20 giây.",
        "Lúc 14:03:20, ý kiến phát biểu của đồng chí Lê Minh Đức: cộng thêm 30 giây.",
        "Lúc 14:04:00, ý kiến bổ sung của đồng chí Trần Văn Quý: bớt 30 giây.",
    ] {
        assert!(appendix.contains(line), "{line} in {appendix}");
    }
    assert!(meeting.session().validate().is_empty());
}
