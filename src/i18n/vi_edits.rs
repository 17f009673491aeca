//! Tiếng Việt for undo, redo and refused edits.

use super::edits::{EditKind, EditStrings};
use crate::model::ConclusionPart;

/// The Vietnamese words of undo and redo.
pub const EDITS: EditStrings = EditStrings {
    undo_button: "Hoàn tác",
    redo_button: "Làm lại",
    undo_hint: |what| format!("Hoàn tác: {what}"),
    redo_hint: |what| format!("Làm lại: {what}"),
    undone: |what| format!("Đã hoàn tác: {what}."),
    redone: |what| format!("Đã làm lại: {what}."),
    approval_line: "Biên bản đã được thông qua nên không hoàn tác được các thao tác trước khi thông qua. Muốn sửa, bấm “Mở khóa để sửa” và ghi rõ lý do (lý do được ghi vào biên bản).",
    nothing_to_undo: "Không còn thao tác nào để hoàn tác (Ctrl+Y làm lại thao tác vừa hoàn tác).",
    nothing_to_redo: "Không còn thao tác nào để làm lại.",
    unsound: "Không thực hiện được: thay đổi này sẽ làm dữ liệu buổi sinh hoạt không nhất quán.",
    minutes_locked: "Biên bản đã được thông qua nên đang khóa. Muốn sửa, bấm “Mở khóa để sửa” và ghi rõ lý do.",
    not_locked: "Biên bản chưa được thông qua nên không cần mở khóa.",
    no_reason: "Đề nghị ghi lý do mở khóa biên bản đã thông qua.",
    no_matter: "Đề nghị ghi nội dung đưa ra biểu quyết.",
    subtopic_unknown: "Không tìm thấy chủ đề nhỏ này.",
    subtopic_spoken: "Không xóa được chủ đề nhỏ này vì đã có đồng chí phát biểu; các ý kiến phát biểu đã ghi phải được giữ lại cùng chủ đề nhỏ này.",
    timing_rules: [
        "Thời gian phát biểu tối thiểu",
        "Thời gian phát biểu tối đa",
        "Giới hạn thời gian phát biểu",
        "Thời gian ý kiến bổ sung, trao đổi lại",
    ],
    approval_count: |votes, present| {
        format!(
            "Tổng số tán thành và không tán thành ({votes}) không được vượt quá số đảng viên chính thức có mặt ({present}); số có mặt phải lớn hơn 0."
        )
    },
    vote_short: |agreed, base| {
        format!(
            "Mới có {agreed} đồng chí tán thành, chưa đạt quá một nửa số đảng viên chính thức được triệu tập (trừ số được miễn công tác và sinh hoạt đảng vắng mặt) là {base} đồng chí, nên biên bản chưa được thông qua."
        )
    },
    action,
};

fn action(kind: EditKind, name: &str) -> String {
    let comrade = format!("đồng chí {name}");
    match kind {
        EditKind::AddMember => format!("thêm {comrade}"),
        EditKind::PasteMembers => "dán danh sách đảng viên".into(),
        EditKind::RemoveMember => format!("xóa {comrade}"),
        EditKind::RenameMember => format!("sửa họ tên {comrade}"),
        EditKind::Position => format!("sửa chức vụ của {comrade}"),
        EditKind::Attendance => format!("điểm danh {comrade}"),
        EditKind::Membership => format!("sửa loại đảng viên của {comrade}"),
        EditKind::Exemption => format!("sửa miễn sinh hoạt của {comrade}"),
        EditKind::AddSubTopic => "thêm chủ đề nhỏ".into(),
        EditKind::MoveSubTopic(from, to) => format!("chuyển chủ đề nhỏ {from} sang vị trí {to}"),
        EditKind::RenameSubTopic(number) => format!("sửa tên chủ đề nhỏ {number}"),
        EditKind::RemoveSubTopic(number) => format!("xóa chủ đề nhỏ {number}"),
        EditKind::SubTopicDetail(number) => format!("sửa mục “{name}” của chủ đề nhỏ {number}"),
        EditKind::Template => "thêm các chủ đề nhỏ gợi ý".into(),
        EditKind::Readiness => format!("kiểm tra chuẩn bị của {comrade}"),
        EditKind::Step => "chuyển phần của buổi sinh hoạt".into(),
        EditKind::CallNext => format!("mời {comrade} phát biểu"),
        EditKind::StartSpeech => format!("bấm giờ ý kiến của {comrade}"),
        EditKind::PauseSpeech => format!("tạm dừng ý kiến của {comrade}"),
        EditKind::EndSpeech => format!("kết thúc ý kiến của {comrade}"),
        EditKind::PassOver => format!("ghi {comrade} không phát biểu"),
        EditKind::Skip => format!("bỏ qua lượt của {comrade}"),
        EditKind::RemoveFromQueue => format!("xóa {comrade} khỏi danh sách phát biểu"),
        EditKind::MoveInQueue => format!("đổi thứ tự của {comrade} trong danh sách phát biểu"),
        EditKind::InsertSpeaker => format!("thêm {comrade} vào danh sách phát biểu"),
        EditKind::RaiseHand => format!("ghi {comrade} giơ tay"),
        EditKind::LowerHand => format!("bỏ lượt giơ tay của {comrade}"),
        EditKind::AddComment => format!("thêm ý kiến bổ sung của {comrade}"),
        EditKind::CommentKind => format!("đổi loại ý kiến bổ sung của {comrade}"),
        EditKind::EditComment => format!("sửa ý kiến bổ sung của {comrade}"),
        EditKind::StartComment => format!("bấm giờ ý kiến bổ sung của {comrade}"),
        EditKind::PauseComment => format!("tạm dừng ý kiến bổ sung của {comrade}"),
        EditKind::EndComment => format!("kết thúc ý kiến bổ sung của {comrade}"),
        EditKind::RemoveComment => format!("xóa ý kiến bổ sung của {comrade}"),
        EditKind::Notes => format!("ghi chép ý kiến của {comrade}"),
        EditKind::AddMeasure => "thêm biện pháp".into(),
        EditKind::RemoveMeasure => "xóa biện pháp".into(),
        EditKind::MeasureStatus => "cập nhật tiến độ biện pháp".into(),
        EditKind::Generalization => "sửa phần khái quát".into(),
        EditKind::Close => "kết thúc thảo luận".into(),
        EditKind::EndOpen => "kết thúc các ý kiến đang mở".into(),
        EditKind::BuildConclusion => "lập kết luận".into(),
        EditKind::Approve => "thông qua biên bản".into(),
        EditKind::Unlock => "mở khóa biên bản".into(),
        EditKind::TimingAppendix => "bật, tắt phụ lục thời gian phát biểu".into(),
        EditKind::ExtractPart => "chọn phần đưa vào trích biên bản".into(),
        EditKind::Detail => format!("sửa mục “{name}”"),
        EditKind::PutToVote => "ghi kết quả biểu quyết".into(),
        EditKind::RemoveResolution => "xóa kết quả biểu quyết".into(),
        EditKind::AssignSpeaker(number) => format!("giao {comrade} chủ đề nhỏ {number}"),
        EditKind::UnassignSpeaker(number) => format!("bỏ phân công {comrade} ở chủ đề nhỏ {number}"),
        EditKind::MoveSpeaker(number) => format!("đổi thứ tự phát biểu của {comrade} ở chủ đề nhỏ {number}"),
        EditKind::AddConclusionItem(part) => format!("thêm một ý vào {} của kết luận", part_name(part)),
        EditKind::SetConclusionItem(part) => format!("sửa một ý ở {} của kết luận", part_name(part)),
        EditKind::RemoveConclusionItem(part) => format!("xóa một ý ở {} của kết luận", part_name(part)),
        EditKind::AdjustTime => "chỉnh thời gian đang bấm".into(),
    }
}

/// A part of the conclusion as the undo button names it.
fn part_name(part: ConclusionPart) -> &'static str {
    match part {
        ConclusionPart::Why => "phần 1 (ý nghĩa, sự cần thiết)",
        ConclusionPart::Content => "phần 2 (nội dung)",
        ConclusionPart::SelfAssessment => "phần 3 (vận dụng, tự đánh giá)",
        ConclusionPart::SubjectiveCauses => "phần 3 (nguyên nhân chủ quan)",
        ConclusionPart::ObjectiveCauses => "phần 3 (nguyên nhân khách quan)",
        ConclusionPart::MemberMeasures => "phần 4 (biện pháp của đảng viên)",
        ConclusionPart::CellMeasures => "phần 4 (giải pháp của chi bộ)",
    }
}
