//! Tiếng Việt for the room: sound cues, messages to the speaker, clock and schedule.

use super::room::RoomStrings;
use crate::awake::AwakeStatus;
use crate::meeting::cues::CueChoice;
use crate::meeting::prompts::FinalHold;
use crate::sound::SoundStatus;

/// The Vietnamese room strings.
pub const ROOM: RoomStrings = RoomStrings {
    text_size: "Cỡ chữ",
    text_size_hint: "Ctrl+= phóng to, Ctrl+- thu nhỏ, Ctrl+0 về cỡ chuẩn.",
    sound_heading: "Âm thanh báo giờ",
    cue_choice: |choice| match choice {
        CueChoice::Off => "Tắt",
        CueChoice::EndAndLimit => {
            "Khi hết thời gian phát biểu quy định (mốc “đến”) và khi đến giới hạn (mốc “không quá”)"
        }
        CueChoice::All => "Như trên, và thêm khi đạt mốc “từ” của thời gian phát biểu",
    },
    cue_comments: "Báo khi ý kiến bổ sung hết thời gian",
    volume: "Âm lượng",
    test_sound: "Nghe thử",
    sound_status: |status| match status {
        SoundStatus::Ready => "Đã tìm thấy thiết bị âm thanh.",
        SoundStatus::NoDevice => {
            "Không tìm thấy thiết bị âm thanh: ứng dụng vẫn chạy bình thường, chỉ không phát tiếng báo giờ."
        }
        SoundStatus::NotBuilt => {
            "Bản cài đặt này không có âm thanh (bản dựng không bật tính năng sound): ứng dụng chạy bình thường, không phát tiếng báo giờ."
        }
    },
    messages_heading: "Lời nhắc đồng chí phát biểu (mỗi dòng một lời nhắc, tối đa 9; phím M để chọn)",
    messages_restore: "Dùng lại lời nhắc mặc định",
    default_messages: &[
        "Đề nghị đồng chí kết luận",
        "Còn 1 phút",
        "Đề nghị đồng chí nói to hơn",
        "Đề nghị đồng chí nói chậm lại",
        "Đề nghị đồng chí bám sát chủ đề",
        "Đã hết thời gian phát biểu",
    ],
    clock_on_projector: "Hiện giờ hiện tại trên màn hình chiếu",
    chooser_title: "Lời nhắc đồng chí phát biểu",
    chooser_hint: "Nhấn số để chọn, hoặc gõ lời nhắc rồi nhấn Enter. Esc để đóng.",
    free_message: "Lời nhắc khác:",
    show_message: "Hiện lên màn hình chiếu",
    clear_message: "Xóa lời nhắc [Esc]",
    message_showing: |text| format!("Đang nhắc trên màn hình chiếu: “{text}”"),
    blank_button: "Tắt hình",
    unblank_button: "Bật hình",
    blank_note: "Màn hình chiếu đang tắt hình: nhấn B để bật lại.",
    clock_now: |time| format!("Giờ hiện tại: {time}"),
    schedule: |planned, projected, behind| {
        let projected = format!("Dự kiến kết thúc: {projected}");
        let Some(planned) = planned else {
            return projected;
        };
        let compared = match behind {
            Some(minutes) if minutes > 0 => format!("chậm {minutes} phút so với kế hoạch"),
            Some(minutes) if minutes < 0 => format!("sớm {} phút so với kế hoạch", minutes.unsigned_abs()),
            _ => "đúng kế hoạch".to_owned(),
        };
        format!("Kết thúc theo kế hoạch: {planned} · {projected} · {compared}")
    },
    schedule_planned: |start, end, day| {
        let day = day.map(|day| format!(" ngày {day}")).unwrap_or_default();
        match (start, end) {
            (Some(start), Some(end)) => format!("Kế hoạch: bắt đầu {start}, kết thúc {end}{day}"),
            (Some(start), None) => format!("Kế hoạch: bắt đầu {start}{day}"),
            (None, Some(end)) => format!("Kế hoạch: kết thúc {end}{day}"),
            (None, None) => "Chưa có giờ bắt đầu và thời lượng dự kiến".to_owned(),
        }
    },
    final_time: "Đã kết thúc · thời gian đã phát biểu",
    start_reminder: |name| {
        format!("Đã mời đồng chí {name} nhưng chưa bấm giờ: nhấn Phím cách khi đồng chí bắt đầu phát biểu.")
    },
    room_heading: "Trong buổi sinh hoạt",
    keep_awake: "Giữ màn hình luôn sáng khi đang điều hành (màn hình không tự tắt, máy không tự chuyển sang chế độ ngủ)",
    awake_status: |status| match status {
        AwakeStatus::Idle => "Chưa cần giữ sáng: chưa mở màn hình điều hành.".to_owned(),
        AwakeStatus::Asking => "Đang đề nghị hệ thống giữ màn hình sáng…".to_owned(),
        AwakeStatus::Held(service) => format!("Màn hình đang được giữ sáng ({service})."),
        AwakeStatus::Refused(why) => format!(
            "Hệ thống không cho giữ màn hình sáng ({why}). Ứng dụng vẫn chạy bình thường; đề nghị tắt chế độ tự tắt màn hình và tự chuyển sang chế độ ngủ trong phần cài đặt nguồn và chế độ ngủ của máy trước buổi sinh hoạt."
        ),
    },
    final_hold_label: "Sau khi kết thúc ý kiến, màn hình chiếu tiếp tục hiện thời gian đã phát biểu:",
    final_hold: |hold| match hold {
        FinalHold::Off => "Không hiện".to_owned(),
        FinalHold::Seconds(secs) if secs % 60 == 0 => format!("{} phút", secs / 60),
        FinalHold::Seconds(secs) => format!("{secs} giây"),
        FinalHold::UntilNext => "Đến khi mời đồng chí tiếp theo".to_owned(),
    },
    reminder_label: "Nhắc bấm giờ khi đã mời đồng chí phát biểu mà chưa bấm giờ:",
    reminder_after: |secs| match secs {
        0 => "Không nhắc".to_owned(),
        secs => format!("Sau {secs} giây"),
    },
    member_totals: "Thời gian phát biểu theo đồng chí",
    member_columns: ["Họ và tên", "Phát biểu", "Bổ sung", "Tổng thời gian"],
};
