//! Tiếng Việt for the live meeting.

use super::live::LiveStrings;
use super::vi_minutes::minutes_words as words;
use crate::meeting::{LiveError, PointLabels};
use crate::model::{CommentKind, MeasureStatus, Phase, TimingRules};

/// The four points' headings, the drafts' and the notes' alike.
const POINTS: PointLabels<'static> = PointLabels::VIETNAMESE;

/// The Vietnamese live-meeting strings.
pub const LIVE: LiveStrings = LiveStrings {
    nav_live: "Điều hành buổi sinh hoạt",
    step_opening: "Khai mạc",
    step_conclusion: "Kết luận",
    step_subtopic: |n| format!("Chủ đề nhỏ {n}"),
    opening_heading: "Mục đích, yêu cầu, nội dung, nhiệm vụ buổi sinh hoạt",
    timing_rule: |rules| {
        format!(
            "Thời gian phát biểu: từ {} đến {}, không quá {}. Ý kiến bổ sung, trao đổi lại: không quá {} (quy định của chi bộ).",
            words(rules.target_min_secs),
            words(rules.target_max_secs),
            words(rules.hard_limit_secs),
            words(rules.comment_limit_secs)
        )
    },
    four_points_heading: "Mỗi ý kiến nêu chủ đề sẽ phát biểu và triển khai theo 4 ý:",
    four_points: [
        "Một là, vì sao chọn chủ đề này?",
        "Hai là, nội dung của chủ đề là gì?",
        "Ba là, vận dụng vào thực tiễn: tự đánh giá, chỉ rõ nguyên nhân chủ quan và khách quan.",
        "Bốn là, biện pháp, giải pháp, kiến nghị, đề xuất của đảng viên và của chi bộ.",
    ],
    start_discussion: "Bắt đầu thảo luận »",
    questions: "Câu hỏi gợi mở",
    suggestions: "Gợi ý",

    speaking: "Đang phát biểu",
    called: "Mời phát biểu",
    no_speaker_yet: "Chưa mời đồng chí nào phát biểu. Nhấn N để mời đồng chí đầu tiên trong danh sách phát biểu.",
    phase_name,
    comment_phase: |phase, rules| match phase {
        Phase::OverLimit => format!("Đã quá {} (quy định của chi bộ)", words(rules.comment_limit_secs)),
        _ => String::new(),
    },
    over_by: |amount| format!("Vượt {amount}"),
    warn_target_max: |rules| format!("Còn dưới 1 phút nữa là {}", words(rules.target_max_secs)),
    warn_limit: |rules| format!("Còn dưới 1 phút nữa là đến giới hạn {}", words(rules.hard_limit_secs)),
    paused: "Đang tạm dừng",
    ended: "Đã kết thúc",
    target_line: |rules| {
        format!(
            "Thời gian phát biểu: từ {} đến {}, không quá {}",
            words(rules.target_min_secs),
            words(rules.target_max_secs),
            words(rules.hard_limit_secs)
        )
    },

    cmd_start: "Bắt đầu",
    cmd_pause: "Tạm dừng",
    cmd_resume: "Tiếp tục",
    cmd_toggle: "Bắt đầu, tạm dừng hoặc tiếp tục ý kiến đang phát biểu",
    cmd_next: "Kết thúc và mời đồng chí tiếp theo",
    cmd_end: "Kết thúc ý kiến",
    cmd_comment: "Thêm ý kiến bổ sung cho ý kiến vừa phát biểu",
    cmd_undo: "Hoàn tác thao tác vừa làm",
    cmd_redo: "Làm lại thao tác vừa hoàn tác",
    clock_behind: "Đồng hồ của máy đang chỉ sớm hơn thời điểm đã ghi trong buổi sinh hoạt (có thể đồng hồ vừa được chỉnh lại). Thời gian đã ghi được giữ nguyên và tiếp tục tính từ đó; đề nghị kiểm tra giờ của máy.",
    cmd_pass_absent: "Đồng chí được mời không có mặt: biên bản ghi “vắng mặt”",
    cmd_pass_declined: "Đồng chí được mời không phát biểu: biên bản ghi “không phát biểu”",
    pass_absent_button: "Vắng mặt",
    pass_declined_button: "Không phát biểu",
    cmd_skip: "Bỏ qua lượt của đồng chí đầu danh sách phát biểu (xuống cuối danh sách)",
    cmd_help: "Trợ giúp phím tắt",
    cmd_close: "Đóng lần lượt những gì đang hiện trên cùng: trợ giúp, lời nhắc, chế độ tắt hình, biên bản đang đọc lại, rồi đến nội dung đang chiếu tại cửa sổ này",
    cmd_add_time: "Cộng thêm 30 giây vào thời gian đang bấm",
    message_button: "Lời nhắc",
    add_time: "+30 giây",
    take_time: "-30 giây",
    started_late: "Bấm giờ muộn:",
    seconds_suffix: " giây",
    started_late_apply: "Cộng vào thời gian",
    started_late_hint: "Đồng chí đã nói trước khi bấm giờ: cộng số giây này vào thời gian phát biểu (ghi vào phụ lục biên bản).",
    last_speech: |name, length, phase| match phase {
        "" => format!("Ý kiến vừa rồi: đồng chí {name}, {length}"),
        phase => format!("Ý kiến vừa rồi: đồng chí {name}, {length} · {phase}"),
    },
    cmd_take_time: "Bớt 30 giây khỏi thời gian đang bấm",
    cmd_message: "Chọn lời nhắc hiện trên màn hình chiếu cho đồng chí đang phát biểu (Esc để xóa lời nhắc)",
    cmd_blank: "Tắt hình màn hình chiếu, hoặc bật lại",
    cmd_toggle_comment: "Bắt đầu, tạm dừng hoặc tiếp tục ý kiến bổ sung đang mở",
    cmd_next_step: "Sang phần tiếp theo của buổi sinh hoạt",
    cmd_previous_step: "Về phần trước của buổi sinh hoạt",

    queue_heading: "Danh sách phát biểu",
    next_up: "Tiếp theo:",
    remaining: |n| format!("Còn {n} đồng chí chưa phát biểu"),
    queue_empty: "Không còn đồng chí nào chưa phát biểu.",
    skip: "Bỏ qua",
    remove: "Xóa khỏi danh sách",
    move_up: "Lên",
    move_down: "Xuống",
    skipped_mark: "(đã bỏ qua)",
    unplanned_mark: "(đăng ký thêm)",
    add_speaker: "Thêm đồng chí phát biểu",
    position: "Vị trí",
    add_to_queue: "Thêm vào danh sách phát biểu",
    choose_member: "Chọn đảng viên",
    drag_hint: "Kéo thả để đổi thứ tự.",

    hands_heading: "Giơ tay xin bổ sung",
    raise_hand: "Giơ tay",
    lower_hand: "Hạ tay",
    invite_comment: "Mời bổ sung",
    no_hands: "Chưa có ai giơ tay.",
    comments_heading: "Ý kiến bổ sung, trao đổi lại",
    comment_kind,
    comment_text: "Nội dung ý kiến",
    comment_by: "Đồng chí bổ sung",
    no_comments: "Chưa có ý kiến bổ sung.",
    comment_end: "Kết thúc",

    note_why: POINTS.why,
    note_content: POINTS.content,
    note_self: POINTS.self_assessment,
    note_subjective: POINTS.subjective,
    note_objective: POINTS.objective,
    note_measures: POINTS.measures,
    measure_content: "Nội dung thực hiện",
    measure_owner: "Người thực hiện",
    measure_deadline: "Thời gian hoàn thành",
    add_measure: "Thêm biện pháp",
    cell_owner: POINTS.cell,
    delete: "Xóa",
    speeches_heading: "Các ý kiến đã phát biểu",
    notes_for: |name| format!("Ghi chép ý kiến của đồng chí {name}"),

    to_generalization: "Khái quát chủ đề này »",
    generalization_heading: |title| format!("Khái quát: {title}"),
    generalization_text: "Nội dung khái quát",
    commenter_title: "Đồng chí nào phát biểu bổ sung?",
    commenter_hint: "Nhấn số thứ tự, hoặc phím mũi tên lên/xuống rồi Enter; Esc để hủy.",
    no_commenters: "Không còn đảng viên có mặt nào khác để phát biểu bổ sung.",

    refill: "Lấy lại từ ghi chép",

    refill_confirm: "Thay nội dung hiện tại bằng bản tổng hợp từ ghi chép?",
    back_to_discussion: "« Quay lại thảo luận",
    next_subtopic: "Chủ đề nhỏ tiếp theo »",
    to_conclusion: "Sang phần kết luận »",
    comments_label: POINTS.comments,

    conclusion_heading: "Kết thúc thảo luận",
    register_heading: "Sổ theo dõi biện pháp, giải pháp, kiến nghị, đề xuất",
    measure_status: |status| match status {
        MeasureStatus::Open => "Chưa thực hiện",
        MeasureStatus::InProgress => "Đang thực hiện",
        MeasureStatus::Done => "Đã hoàn thành",
        MeasureStatus::Dropped => "Không thực hiện nữa",
    },
    flag_before_meeting: "Hạn hoàn thành trước cả ngày sinh hoạt — đề nghị kiểm tra lại",
    flag_overdue: "Đã quá hạn",
    no_measures: "Chưa có biện pháp nào.",
    previous_measures: |name| format!("Biện pháp chưa hoàn thành của buổi sinh hoạt trước (“{name}”)"),
    export_minutes: "Xuất biên bản",
    format_names: [
        "Word (.docx)",
        "Markdown (.md)",
        "Trang in (.html)",
        "Báo cáo thời gian (.csv)",
        "Thời gian theo đồng chí (.csv)",
        "Kiểm tra chuẩn bị (.md)",
        "Word (.docx)",
        "Markdown (.md)",
        "Văn bản thuần (.txt)",
        "Word (.docx)",
        "Markdown (.md)",
    ],
    copy_conclusion: "Sao chép kết luận",
    copied: "Đã sao chép kết luận vào bộ nhớ tạm.",
    of_members: "Biện pháp, kiến nghị, đề xuất của đảng viên",
    of_cell: "Giải pháp, kiến nghị, đề xuất của chi bộ",
    build_conclusion: "Tổng hợp kết luận từ ghi chép",
    rebuild_conclusion: "Tổng hợp lại từ ghi chép",
    rebuild_confirm: "Kết luận có ý đã sửa hoặc thêm. Tổng hợp lại thế nào?",
    rebuild_keep: "Giữ các ý đã sửa, thêm ý mới",
    rebuild_all: "Làm lại từ đầu (bỏ các ý đã sửa)",
    add_item: "Thêm ý",
    source_of: |speaker, subtopic| match (speaker, subtopic) {
        (Some(name), Some(n)) => format!("Nguồn: đồng chí {name}, chủ đề nhỏ {n}"),
        (Some(name), None) => format!("Nguồn: đồng chí {name}"),
        (None, Some(n)) => format!("Nguồn: khái quát chủ đề nhỏ {n}"),
        (None, None) => String::new(),
    },
    edited_mark: "(đã sửa)",
    empty_part: "(chưa có ý nào)",
    generalizations_heading: "Nội dung đã khái quát theo từng chủ đề nhỏ",
    no_generalization: "(chưa khái quát)",
    close_meeting: "Kết thúc buổi sinh hoạt",
    closed_at: |time| format!("Buổi sinh hoạt kết thúc lúc {time}."),
    projector_title: "Màn hình chiếu — Sinh hoạt chuyên đề",
    spoken: |secs| match (secs / 60, secs % 60) {
        (0, _) => format!("Đã phát biểu {secs} giây"),
        (minutes, 0) => format!("Đã phát biểu {minutes} phút"),
        (minutes, _) => format!("Đã phát biểu hơn {minutes} phút"),
    },
    comment_from: |name| format!("Ý kiến bổ sung: đồng chí {name}"),
    invite: |name| format!("Mời đồng chí {name}"),
    cmd_projector: "Mở hoặc đóng màn hình chiếu (cửa sổ thứ hai)",
    cmd_fullscreen: "Bật hoặc tắt toàn màn hình cho màn hình chiếu",
    cmd_present_here: "Chiếu ngay trên cửa sổ này (khi chỉ có một màn hình) hoặc quay lại",
    cmd_show_text: "Chiếu hoặc thôi chiếu nội dung khái quát, kết luận",
    cmd_read_back: "Chiếu biên bản để đọc lại trước khi thông qua, hoặc thôi chiếu (Page Down, Page Up để lật trang)",
    key_space: "Phím cách",
    timing_appendix: "Kèm phụ lục thời gian phát biểu (không thuộc nội dung biên bản)",
    approval_heading: "Đọc lại và thông qua biên bản",
    read_back_button: "Chiếu biên bản để đọc lại",
    approval_hint: "Sau khi thư ký đọc lại biên bản, đồng chí chủ trì đề nghị chi bộ biểu quyết. Chỉ đảng viên chính thức có mặt mới được biểu quyết (đảng viên dự bị, đảng viên sinh hoạt tạm thời, khách mời không tham gia biểu quyết); biên bản được thông qua khi số tán thành quá một nửa số đảng viên chính thức được triệu tập, trừ số được miễn công tác và sinh hoạt đảng vắng mặt (Điều lệ Đảng, Điều 5 và Điều 9; quy định thi hành Điều lệ Đảng). Ghi kết quả và giờ kết thúc rồi bấm “Thông qua biên bản”; nội dung biên bản sẽ được khóa.",
    agreed_label: "Tán thành",
    against_label: "Không tán thành",
    present_label: "Số đảng viên chính thức có mặt",
    others: |others| format!("Ý kiến khác: {others}"),
    vote_base: |base, needed| {
        format!(
            "Số đảng viên chính thức được triệu tập (trừ số được miễn công tác và sinh hoạt đảng vắng mặt): {base} đồng chí; cần ít nhất {needed} đồng chí tán thành (quá một nửa)."
        )
    },
    vote_passes: |agreed, base| format!("{agreed}/{base} đồng chí tán thành, đã đạt quá một nửa."),
    ended_label: "Giờ kết thúc (giờ:phút)",
    approve_button: "Thông qua biên bản",
    resolutions_heading: "Các nội dung khác đã biểu quyết",
    resolution_form: "Biểu quyết nội dung khác (nếu có)",
    resolution_matter: "Nội dung đưa ra biểu quyết (ví dụ: các biện pháp, giải pháp của chi bộ nêu tại mục IV)",
    record_vote: "Ghi kết quả biểu quyết",
    resolution_short: |agreed, base| {
        format!(
            "{agreed}/{base} đồng chí tán thành, chưa đạt quá một nửa nên nội dung này không được thông qua."
        )
    },
    resolution_incomplete: "Đề nghị ghi đủ số đảng viên chính thức có mặt, số tán thành và số không tán thành (ghi bằng chữ số, không có thì ghi 0).",
    approval_incomplete: "Đề nghị ghi đủ số đảng viên chính thức có mặt, số tán thành, số không tán thành (ghi bằng chữ số, không có thì ghi 0) và giờ kết thúc theo dạng giờ:phút, ví dụ 16:30.",
    approved: |approval, ended| {
        let verb = if approval.unanimous() { "nhất trí" } else { "tán thành" };
        format!(
            "Biên bản đã được thông qua: {}/{} đồng chí đảng viên chính thức có mặt {verb}; buổi sinh hoạt kết thúc lúc {ended}. Nội dung biên bản đã được khóa.",
            approval.agreed, approval.present
        )
    },
    unlock_button: "Mở khóa để sửa",
    unlock_reason: "Lý do mở khóa biên bản đã thông qua (được ghi vào biên bản)",
    unlock_confirm: "Mở khóa",
    projector_button: "Màn hình chiếu",
    fullscreen_button: "Toàn màn hình",
    present_here_button: "Chiếu tại đây",
    show_text_button: "Chiếu nội dung",
    help_title: "Phím tắt",

    help_note: "Phím tắt dùng được khi con trỏ không nằm trong ô nhập chữ.",
    live_error,
};

/// Where the speech stands, as a fact rather than a verdict: nothing before the range starts.
fn phase_name(phase: Phase, rules: &TimingRules) -> String {
    match phase {
        Phase::UnderTarget => String::new(),
        Phase::OnTarget => {
            format!("Trong khoảng {} đến {}", words(rules.target_min_secs), words(rules.target_max_secs))
        }
        Phase::OverTarget => format!("Đã quá {}", words(rules.target_max_secs)),
        Phase::OverLimit => format!("Đã quá {}", words(rules.hard_limit_secs)),
    }
}

fn comment_kind(kind: CommentKind) -> &'static str {
    match kind {
        CommentKind::Addition => "Bổ sung",
        CommentKind::Exchange => "Trao đổi",
        CommentKind::Question => "Câu hỏi",
        CommentKind::Answer => "Trả lời",
    }
}

fn live_error(error: LiveError) -> String {
    match error {
        LiveError::NotInDiscussion => {
            "Chỉ mời phát biểu được trong phần thảo luận: nhấn Page Down để sang chủ đề nhỏ tiếp theo, Page Up để quay lại."
        }
        LiveError::UnknownSubTopic => "Không tìm thấy chủ đề nhỏ này.",
        LiveError::QueueEmpty => {
            "Không còn đồng chí nào trong danh sách phát biểu. Nhấn E để kết thúc ý kiến đang phát biểu, hoặc thêm đồng chí phát biểu."
        }
        LiveError::NoCurrentSpeech => "Chưa mời đồng chí nào phát biểu. Nhấn N để mời đồng chí tiếp theo.",
        LiveError::SpeechEnded => "Ý kiến này đã kết thúc. Nhấn N để mời đồng chí tiếp theo.",
        LiveError::SpeechNotStarted => "Ý kiến này chưa bắt đầu. Nhấn phím cách để bắt đầu bấm giờ.",
        LiveError::UnknownMember => "Không tìm thấy đảng viên này.",
        LiveError::MemberAbsent(_) => "Đồng chí này vắng mặt nên không thể phát biểu.",
        LiveError::AlreadyQueued(_) => "Đồng chí này đã có trong danh sách phát biểu.",
        LiveError::AlreadyRaised(_) => "Đồng chí này đã giơ tay.",
        LiveError::NoSuchPosition => "Vị trí này không có trong danh sách phát biểu.",
        LiveError::AlreadySpeaking => "Đồng chí này đã bắt đầu phát biểu; nhấn E để kết thúc ý kiến.",
        LiveError::NoOpenComment => "Chưa có ý kiến bổ sung nào đang mở: nhấn C để thêm.",
        LiveError::NoStepBeyond => {
            "Đây đã là phần cuối (hoặc phần đầu) của buổi sinh hoạt: Page Up và Page Down đi theo chiều còn lại."
        }
        LiveError::NoSpeechToComment => "Chưa có ý kiến phát biểu nào để bổ sung: nhấn N để mời đồng chí tiếp theo phát biểu.",
        LiveError::UnknownRecord => "Không tìm thấy mục này.",
        LiveError::EmptyMeasure => "Đề nghị nhập nội dung biện pháp.",
        LiveError::NothingTimed => "Không có ý kiến nào đang bấm giờ để chỉnh thời gian.",
        LiveError::StillTimed => {
            "Đang bấm giờ một ý kiến nên chưa chuyển phần (thời gian vẫn tiếp tục được tính): nhấn E để kết thúc ý kiến phát biểu, hoặc bấm “Kết thúc” ở ý kiến bổ sung đang mở, rồi chuyển phần."
        }
        LiveError::AtZero => "Thời gian đang ở 0: không thể bớt thêm.",
    }
    .into()
}
