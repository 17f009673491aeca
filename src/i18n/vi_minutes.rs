//! Tiếng Việt for the minutes (biên bản).

use chrono::Datelike;

use super::minutes::MinutesStrings;

/// The Vietnamese minutes strings.
pub const MINUTES: MinutesStrings = MinutesStrings {
    nation: "ĐẢNG CỘNG SẢN VIỆT NAM",
    date_line: |date| match date {
        Some(d) => format!("……………, ngày {:02} tháng {:02} năm {}", d.day(), d.month(), d.year()),
        None => "……………, ngày … tháng … năm …".into(),
    },
    title: "BIÊN BẢN SINH HOẠT CHUYÊN ĐỀ",
    topic_line: |topic| format!("Chuyên đề: {topic}"),
    time_place: |time, date, place| {
        let time = time.map(|t| t.format("%H giờ %M").to_string()).unwrap_or_else(|| "… giờ …".into());
        let date = date.map(|d| d.format("%d/%m/%Y").to_string()).unwrap_or_else(|| "…/…/…".into());
        format!("Thời gian: {time}, ngày {date}. Địa điểm: {place}.")
    },
    chair: |name| format!("Chủ trì: đồng chí {name}."),
    minute_taker: |name| format!("Thư ký: đồng chí {name}."),
    attendance: "Thành phần tham dự",
    present: |present, total| format!("Có mặt {present}/{total} đảng viên:"),
    absent: "Vắng mặt:",
    no_reason: "không rõ lý do",
    part_opening: "I. BÍ THƯ CHI BỘ NÊU MỤC ĐÍCH, YÊU CẦU, NỘI DUNG",
    part_discussion: "II. THẢO LUẬN",
    part_conclusion: "III. KẾT LUẬN CỦA ĐỒNG CHÍ BÍ THƯ (THEO 4 VẤN ĐỀ)",
    part_measures: "IV. BIỆN PHÁP, GIẢI PHÁP, KIẾN NGHỊ, ĐỀ XUẤT",
    speech_line: |name, duration, phase| format!("Đồng chí {name} phát biểu ({duration}, {phase}):"),
    comment_line: |name, kind, text| format!("Đồng chí {name} ({kind}): {text}"),
    generalization: "Bí thư chi bộ khái quát:",
    col_content: "Nội dung thực hiện",
    col_owner: "Người thực hiện",
    col_deadline: "Thời gian hoàn thành",
    closing: |time| match time {
        Some(t) => format!("Buổi sinh hoạt kết thúc lúc {} cùng ngày.", t.format("%H giờ %M")),
        None => "Buổi sinh hoạt kết thúc cùng ngày.".into(),
    },
    sign_chair: "CHỦ TRÌ",
    sign_minute_taker: "THƯ KÝ",
    appendix: "PHỤ LỤC: THỜI GIAN CÁC Ý KIẾN",
    col_kind: "Loại",
    col_speaker: "Đồng chí",
    col_started: "Bắt đầu",
    col_duration: "Thời lượng",
    col_paused: "Tạm dừng",
    col_phase: "Đánh giá",
    col_over: "Quá giới hạn",
    kind_speech: "Phát biểu",
    kind_comment: "Bổ sung",
    unfinished: "chưa kết thúc",
    passed_over: |name, reason| match reason {
        crate::model::PassReason::Absent => format!("Đồng chí {name} vắng mặt."),
        crate::model::PassReason::Declined => format!("Đồng chí {name} không phát biểu."),
    },
    unfinished_count: |n| format!("Còn {n} ý kiến phát biểu chưa kết thúc, không tính vào các số trên."),
    totals: |total, on, over, limit, average| {
        format!(
            "{total} ý kiến phát biểu: {on} đạt thời gian, {over} vượt thời gian khuyến nghị, {limit} quá giới hạn; trung bình {average}."
        )
    },
};
