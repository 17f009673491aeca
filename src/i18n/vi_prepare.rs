//! Tiếng Việt for the preparation.

use super::prepare::{LengthKind, PrepareStrings, hours_minutes};
use crate::model::ReadinessLevel;
use crate::prepare::estimate::Estimate;
use crate::prepare::floor::Shortfall;
use crate::prepare::plan::PlanStatus;
use crate::prepare::roster::MemberError;

/// The Vietnamese preparation strings.
pub const PREPARE: PrepareStrings = PrepareStrings {
    nav_prepare: "Chuẩn bị",
    tab_plan: "Kế hoạch năm",
    tab_subtopics: "Chủ đề nhỏ",
    tab_roster: "Đảng viên và phân công",
    tab_readiness: "Kiểm tra chuẩn bị (Bước 3)",
    tab_attendance: "Điểm danh",

    plan_year: "Năm",
    plan_heading: |year| format!("Kế hoạch sinh hoạt chuyên đề năm {year}"),
    quarter: |q| format!("Quý {}", roman(q)),
    plan_topic: "Chủ đề",
    plan_group: "Nhóm chủ đề",
    plan_month: "Tháng sinh hoạt",
    plan_status: "Trạng thái",
    status_name,
    create_session: "Tạo buổi sinh hoạt",
    open_session: "Mở buổi sinh hoạt",
    session_title: |q, year| format!("Sinh hoạt chuyên đề quý {} năm {year}", roman(q)),
    month_hint: |q| format!("Tháng phải thuộc quý {}: từ {} đến {}.", roman(q), 3 * q - 2, 3 * q),

    add_subtopic: "Thêm chủ đề nhỏ",
    subtopic_title: "Chủ đề nhỏ",
    questions: "Câu hỏi gợi mở (mỗi dòng một câu)",
    suggestions: "Gợi ý (mỗi dòng một ý)",
    from_template: "Thêm các chủ đề nhỏ gợi ý theo nhóm:",
    new_subtopic: "Chủ đề nhỏ mới",

    add_member: "Thêm đảng viên",
    member_name: "Họ và tên",
    member_position: "Chức vụ",
    paste_heading: "Dán danh sách: mỗi dòng một đồng chí, gồm họ và tên, chức vụ (nếu có), loại đảng viên (nếu có: chính thức, dự bị hoặc sinh hoạt tạm thời); các cột cách nhau bằng dấu phẩy hoặc dấu Tab",
    paste_button: "Thêm cả danh sách",
    pasted: |n| format!("Đã thêm {n} đảng viên."),
    rejected_line: |line, text, reason| format!("Dòng {line} “{text}” không được thêm: {reason}"),
    member_error,
    cannot_remove: "Không xóa được: đồng chí này đã phát biểu hoặc bổ sung ý kiến trong buổi sinh hoạt.",
    assign_heading: "Phân công phát biểu",
    assign_to: "Phân công vào chủ đề nhỏ",
    unassign: "Bỏ phân công",
    members_without: "Đảng viên chưa được phân công:",
    subtopics_without: "Chủ đề nhỏ chưa có người phát biểu:",
    all_assigned: "Mọi đảng viên có mặt và mọi chủ đề nhỏ đều đã được phân công.",
    estimate,
    below_floor,
    combined_meeting: "Sinh hoạt chuyên đề và sinh hoạt thường kỳ trong cùng một buổi (tối thiểu 120 phút)",
    estimate_over: "Cảnh báo: buổi sinh hoạt có thể vượt thời lượng dự kiến. Đề nghị bớt người phát biểu, rút ngắn thời gian hoặc kéo dài buổi sinh hoạt.",

    readiness_heading: "Kiểm tra sự chuẩn bị ý kiến phát biểu theo 4 nội dung",
    point_short: [
        "1. Vì sao chọn chủ đề",
        "2. Nội dung",
        "3. Vận dụng, tự đánh giá",
        "4. Biện pháp, đề xuất",
    ],
    note: "Ghi chú",
    level_name,
    readiness_summary: |ready, partly, not| {
        format!("{ready} đồng chí đã chuẩn bị đầy đủ, {partly} chuẩn bị một phần, {not} chưa chuẩn bị.")
    },
    export_readiness: "Xuất bảng kiểm tra (Markdown)",
    col_member: "Họ và tên",
    col_subtopic: "Chủ đề nhỏ",
    col_notes: "Ghi chú",
    col_level: "Đánh giá",
    no_speakers: "Chưa có ai được phân công phát biểu.",

    present: "Có mặt",
    absent: "Vắng mặt",
    unmarked: "Chưa điểm danh",
    reason: "Lý do",
    full_member: "Chính thức",
    probationary_member: "Dự bị",
    temporary_member: "Sinh hoạt tạm thời",
    exempted: "Miễn sinh hoạt",
    exemption_reason: "Lý do miễn sinh hoạt",
    membership_column: "Đảng viên",
    all_present: "Đánh dấu tất cả có mặt",
};

pub(super) fn roman(quarter: usize) -> &'static str {
    ["I", "II", "III", "IV"].get(quarter.wrapping_sub(1)).copied().unwrap_or("?")
}

fn status_name(status: PlanStatus) -> &'static str {
    match status {
        PlanStatus::Planned => "Đã lên kế hoạch",
        PlanStatus::Preparing => "Đang chuẩn bị",
        PlanStatus::Held => "Đã tổ chức",
    }
}

fn level_name(level: ReadinessLevel) -> &'static str {
    match level {
        ReadinessLevel::Ready => "Đã chuẩn bị đầy đủ",
        ReadinessLevel::Partly => "Chuẩn bị một phần",
        ReadinessLevel::NotReady => "Chưa chuẩn bị",
    }
}

fn member_error(error: &MemberError) -> String {
    match error {
        MemberError::EmptyName => "họ tên đang để trống".into(),
        MemberError::NameTooLong => "họ tên dài quá 120 ký tự".into(),
        MemberError::ControlCharacter => "họ tên có ký tự điều khiển".into(),
        MemberError::Duplicate(name) => format!("đã có đảng viên tên “{name}”"),
    }
}

fn estimate(found: &Estimate) -> String {
    let hm = |d: std::time::Duration| hours_minutes(d.as_secs(), "giờ", "phút");
    format!(
        "Ước tính: {} ý kiến phát biểu; buổi sinh hoạt kéo dài khoảng {} đến {} (dự kiến {}), gồm khai mạc, ý kiến bổ sung, khái quát từng chủ đề và kết luận.",
        found.speeches,
        hm(found.shortest),
        hm(found.longest),
        hm(found.planned)
    )
}

fn below_floor(kind: LengthKind, short: &Shortfall) -> String {
    let length = match kind {
        LengthKind::Planned => format!("Thời lượng dự kiến {} phút", short.minutes),
        LengthKind::Estimated => format!("Thời lượng ước tính tối đa {} phút", short.minutes),
        // On the live screen, one short sentence: the secretary is running the meeting.
        LengthKind::Projected => {
            let shared = if short.combined { " (cùng buổi với sinh hoạt thường kỳ)" } else { "" };
            return format!(
                "Theo tiến độ hiện tại, buổi sinh hoạt kéo dài khoảng {} phút, chưa đạt thời lượng tối thiểu {} phút{shared} theo Hướng dẫn số 42-HD/BTCTW.",
                short.minutes, short.floor
            );
        }
    };
    let shared = if short.combined {
        " có sinh hoạt chuyên đề cùng buổi với sinh hoạt thường kỳ"
    } else {
        ""
    };
    format!(
        "{length}, chưa đạt thời lượng tối thiểu {} phút mà Hướng dẫn số 42-HD/BTCTW ngày 28/10/2025 của Ban Tổ chức Trung ương quy định cho một buổi sinh hoạt chi bộ{shared}. Ứng dụng chỉ nhắc, không ngăn việc tiếp tục; chi bộ có ít đảng viên thực hiện theo quy định cụ thể của cấp ủy có thẩm quyền.",
        short.floor
    )
}
