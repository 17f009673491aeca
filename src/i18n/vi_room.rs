//! Tiếng Việt for the room: sound cues, messages to the speaker, clock and schedule.

use super::room::RoomStrings;
use crate::meeting::cues::CueChoice;
use crate::sound::SoundStatus;

/// The Vietnamese room strings.
pub const ROOM: RoomStrings = RoomStrings {
    text_size: "Cỡ chữ",
    text_size_hint: "Ctrl+= phóng to, Ctrl+- thu nhỏ, Ctrl+0 về cỡ chuẩn.",
    sound_heading: "Âm thanh báo giờ",
    cue_choice: |choice| match choice {
        CueChoice::Off => "Tắt",
        CueChoice::EndAndLimit => "Khi hết thời gian quy định và khi đến giới hạn (7 và 10 phút)",
        CueChoice::All => "Thêm khi đủ thời gian tối thiểu (4, 7 và 10 phút)",
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
    clock_now: |time| format!("Bây giờ: {time}"),
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
    member_totals: "Thời gian phát biểu theo đồng chí",
    member_columns: ["Họ và tên", "Phát biểu", "Bổ sung", "Tổng thời gian"],
};
