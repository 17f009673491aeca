//! Tiếng Việt for the live meeting.

use super::format_mmss;
use super::live::LiveStrings;
use crate::meeting::LiveError;
use crate::model::{CommentKind, MeasureStatus, Phase};

/// The Vietnamese live-meeting strings.
pub const LIVE: LiveStrings = LiveStrings {
    nav_live: "Điều hành buổi sinh hoạt",
    step_opening: "Khai mạc",
    step_conclusion: "Kết luận",
    step_subtopic: |n| format!("Chủ đề {n}"),
    opening_heading: "Mục đích, yêu cầu, nội dung buổi sinh hoạt",
    timing_rule: |rules| {
        format!(
            "Thời gian: mỗi ý kiến phát biểu từ {} đến {}, không quá {}; mỗi ý kiến bổ sung không quá {}.",
            format_mmss(rules.target_min_secs.into()),
            format_mmss(rules.target_max_secs.into()),
            format_mmss(rules.hard_limit_secs.into()),
            format_mmss(rules.comment_limit_secs.into())
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
    no_speaker_yet: "Chưa mời ai phát biểu. Nhấn N để mời người đầu tiên trong hàng chờ.",
    phase_name,
    over_by: |amount| format!("Quá giới hạn {amount}"),
    warn_target_max: |at| format!("Còn dưới 1 phút đến {at}"),
    warn_limit: |at| format!("Còn dưới 1 phút đến giới hạn {at}"),
    paused: "Đang tạm dừng",
    ended: "Đã kết thúc",
    target_line: |rules| {
        format!(
            "Yêu cầu {}–{}, tối đa {}",
            format_mmss(rules.target_min_secs.into()),
            format_mmss(rules.target_max_secs.into()),
            format_mmss(rules.hard_limit_secs.into())
        )
    },

    cmd_start: "Bắt đầu",
    cmd_pause: "Tạm dừng",
    cmd_resume: "Tiếp tục",
    cmd_toggle: "Bắt đầu, tạm dừng hoặc tiếp tục ý kiến đang phát biểu",
    cmd_next: "Kết thúc và mời người tiếp theo",
    cmd_end: "Kết thúc ý kiến",
    cmd_comment: "Thêm ý kiến bổ sung cho ý kiến vừa phát biểu",
    cmd_undo: "Hoàn tác thao tác vừa làm",
    cmd_redo: "Làm lại thao tác vừa hoàn tác",
    clock_behind: "Đồng hồ của máy đang chỉ sớm hơn thời điểm đã ghi trong buổi sinh hoạt (có thể đồng hồ vừa được chỉnh lại). Thời gian đã ghi được giữ nguyên và tiếp tục tính từ đó; hãy kiểm tra giờ của máy.",
    cmd_pass_absent: "Đồng chí được mời không có mặt: biên bản ghi “vắng mặt”",
    cmd_pass_declined: "Đồng chí được mời không phát biểu: biên bản ghi “không phát biểu”",
    pass_absent_button: "Vắng mặt",
    pass_declined_button: "Không phát biểu",
    cmd_skip: "Bỏ qua lượt của người đầu hàng chờ (xuống cuối hàng)",
    cmd_help: "Trợ giúp phím tắt",
    cmd_toggle_comment: "Bắt đầu, tạm dừng hoặc tiếp tục ý kiến bổ sung đang mở",
    cmd_next_step: "Sang phần tiếp theo của buổi sinh hoạt",
    cmd_previous_step: "Về phần trước của buổi sinh hoạt",

    queue_heading: "Hàng chờ phát biểu",
    next_up: "Tiếp theo:",
    remaining: |n| format!("Còn {n} người chờ"),
    queue_empty: "Hàng chờ trống.",
    skip: "Bỏ qua",
    remove: "Bỏ",
    move_up: "Lên",
    move_down: "Xuống",
    skipped_mark: "(đã bỏ qua)",
    unplanned_mark: "(đăng ký thêm)",
    add_speaker: "Thêm người phát biểu",
    position: "Vị trí",
    add_to_queue: "Thêm vào hàng chờ",
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
    comment_by: "Người bổ sung",
    no_comments: "Chưa có ý kiến bổ sung.",
    comment_end: "Kết thúc",

    note_why: "1. Vì sao chọn chủ đề này",
    note_content: "2. Nội dung của chủ đề",
    note_self: "3. Vận dụng vào thực tiễn, tự đánh giá",
    note_subjective: "Nguyên nhân chủ quan",
    note_objective: "Nguyên nhân khách quan",
    note_measures: "4. Biện pháp, giải pháp, kiến nghị, đề xuất",
    measure_content: "Nội dung thực hiện",
    measure_owner: "Người thực hiện",
    measure_deadline: "Thời gian hoàn thành",
    add_measure: "Thêm biện pháp",
    cell_owner: "Chi bộ",
    delete: "Xóa",
    speeches_heading: "Các ý kiến đã phát biểu",
    notes_for: |name| format!("Ghi chép ý kiến của đồng chí {name}"),

    to_generalization: "Khái quát chủ đề này »",
    generalization_heading: |title| format!("Khái quát: {title}"),
    generalization_text: "Nội dung khái quát",
    commenter_title: "Ai phát biểu bổ sung?",
    commenter_hint: "Nhấn số thứ tự, hoặc phím mũi tên lên/xuống rồi Enter; Esc để thôi.",
    no_commenters: "Không còn đảng viên có mặt nào khác để phát biểu bổ sung.",

    refill: "Lấy lại từ ghi chép",

    refill_confirm: "Thay nội dung hiện tại bằng bản tổng hợp từ ghi chép?",
    back_to_discussion: "« Quay lại thảo luận",
    next_subtopic: "Chủ đề tiếp theo »",
    to_conclusion: "Sang phần kết luận »",
    comments_label: "Ý kiến bổ sung, trao đổi",

    conclusion_heading: "Kết thúc thảo luận",
    register_heading: "Sổ theo dõi biện pháp, giải pháp, kiến nghị",
    measure_status: |status| match status {
        MeasureStatus::Open => "Chưa thực hiện",
        MeasureStatus::InProgress => "Đang thực hiện",
        MeasureStatus::Done => "Đã hoàn thành",
        MeasureStatus::Dropped => "Không thực hiện nữa",
    },
    flag_before_meeting: "Hạn hoàn thành trước cả ngày sinh hoạt — hãy kiểm tra lại",
    flag_overdue: "Đã quá hạn",
    no_measures: "Chưa có biện pháp nào.",
    previous_measures: |name| format!("Biện pháp chưa hoàn thành của buổi sinh hoạt trước («{name}»)"),
    export_minutes: "Xuất biên bản",
    format_names: [
        "Word (.docx)",
        "Markdown (.md)",
        "Trang in (.html)",
        "Báo cáo thời gian (.csv)",
        "Kiểm tra chuẩn bị (.md)",
    ],
    copy_conclusion: "Sao chép kết luận",
    copied: "Đã sao chép kết luận vào bộ nhớ tạm.",
    of_members: "Của đảng viên",
    of_cell: "Của chi bộ",
    build_conclusion: "Tổng hợp kết luận từ ghi chép",
    rebuild_conclusion: "Tổng hợp lại từ ghi chép",
    rebuild_confirm: "Kết luận có ý đã sửa hoặc thêm. Tổng hợp lại thế nào?",
    rebuild_keep: "Giữ các ý đã sửa, thêm ý mới",
    rebuild_all: "Làm lại từ đầu (bỏ các ý đã sửa)",
    add_item: "Thêm ý",
    source_of: |speaker, subtopic| match (speaker, subtopic) {
        (Some(name), Some(n)) => format!("Nguồn: đồng chí {name}, chủ đề {n}"),
        (Some(name), None) => format!("Nguồn: đồng chí {name}"),
        (None, Some(n)) => format!("Nguồn: khái quát chủ đề {n}"),
        (None, None) => String::new(),
    },
    edited_mark: "(đã sửa)",
    empty_part: "(chưa có ý nào)",
    generalizations_heading: "Nội dung đã khái quát theo từng chủ đề nhỏ",
    no_generalization: "(chưa khái quát)",
    close_meeting: "Kết thúc buổi sinh hoạt",
    closed_at: |time| format!("Buổi sinh hoạt kết thúc lúc {time}."),
    projector_title: "Màn hình chiếu — Sinh hoạt chuyên đề",
    spoken: |time| format!("Đã nói {time}"),
    comment_from: |name| format!("Ý kiến bổ sung: đồng chí {name}"),
    invite: |name| format!("Mời đồng chí {name}"),
    cmd_projector: "Mở hoặc đóng màn hình chiếu (cửa sổ thứ hai)",
    cmd_fullscreen: "Bật hoặc tắt toàn màn hình cho màn hình chiếu",
    cmd_present_here: "Chiếu ngay trên cửa sổ này (khi chỉ có một màn hình) hoặc quay lại",
    cmd_show_text: "Chiếu hoặc thôi chiếu nội dung khái quát, kết luận",
    cmd_read_back: "Chiếu biên bản để đọc lại trước khi thông qua, hoặc thôi chiếu (Page Down, Page Up để lật trang)",
    approval_heading: "Đọc lại và thông qua biên bản",
    read_back_button: "Chiếu biên bản để đọc lại",
    approval_hint: "Sau khi thư ký đọc lại biên bản, ghi số đồng chí nhất trí và giờ kết thúc rồi bấm “Thông qua biên bản”. Nội dung biên bản sẽ được khóa.",
    agreed_label: "Số đồng chí nhất trí",
    present_label: "trên số đồng chí có mặt",
    ended_label: "Giờ kết thúc (giờ:phút)",
    approve_button: "Thông qua biên bản",
    approval_incomplete: "Đề nghị ghi số đồng chí nhất trí, số có mặt (số nguyên) và giờ kết thúc dạng 16:30.",
    approved: |agreed, present, ended| {
        format!(
            "Biên bản đã được thông qua: {agreed}/{present} đồng chí có mặt nhất trí; buổi sinh hoạt kết thúc lúc {ended}. Nội dung biên bản đang khóa."
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

fn phase_name(phase: Phase) -> &'static str {
    match phase {
        Phase::UnderTarget => "Chưa đủ thời gian tối thiểu",
        Phase::OnTarget => "Đạt thời gian yêu cầu",
        Phase::OverTarget => "Vượt thời gian khuyến nghị",
        Phase::OverLimit => "Quá giới hạn",
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
            "Không còn ai trong hàng chờ. Nhấn E để kết thúc ý kiến đang phát biểu, hoặc thêm người phát biểu."
        }
        LiveError::NoCurrentSpeech => "Chưa mời ai phát biểu. Nhấn N để mời người tiếp theo.",
        LiveError::SpeechEnded => "Ý kiến này đã kết thúc. Nhấn N để mời người tiếp theo.",
        LiveError::SpeechNotStarted => "Ý kiến này chưa bắt đầu. Nhấn phím cách để bắt đầu bấm giờ.",
        LiveError::UnknownMember => "Không tìm thấy đảng viên này.",
        LiveError::MemberAbsent(_) => "Đồng chí này vắng mặt nên không thể phát biểu.",
        LiveError::AlreadyQueued(_) => "Đồng chí này đã có trong hàng chờ.",
        LiveError::AlreadyRaised(_) => "Đồng chí này đã giơ tay.",
        LiveError::NoSuchPosition => "Vị trí này không có trong hàng chờ.",
        LiveError::AlreadySpeaking => "Đồng chí này đã bắt đầu phát biểu; nhấn E để kết thúc ý kiến.",
        LiveError::NoOpenComment => "Chưa có ý kiến bổ sung nào đang mở: nhấn C để thêm.",
        LiveError::NoStepBeyond => {
            "Đây đã là phần cuối (hoặc phần đầu) của buổi sinh hoạt: Page Up và Page Down đi theo chiều còn lại."
        }
        LiveError::NoSpeechToComment => "Chưa có ý kiến phát biểu nào để bổ sung: nhấn N để mời người phát biểu.",
        LiveError::UnknownRecord => "Không tìm thấy mục này.",
        LiveError::EmptyMeasure => "Hãy nhập nội dung biện pháp.",
    }
    .into()
}
