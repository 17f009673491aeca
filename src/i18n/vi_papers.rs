//! Tiếng Việt for the cell's other papers (kế hoạch, thông báo, trích biên bản) and the foot
//! of the committee's report, in the layout and formulas of Hướng dẫn 36-HD/VPTW.

use chrono::Datelike;

use super::papers::{Figures, PapersStrings};
use super::vi_minutes::{clock, month, quarter};
use super::vi_prepare::roman;

/// The Vietnamese papers' strings.
pub const PAPERS: PapersStrings = PapersStrings {
    number_line: |number, code| match number.trim() {
        "" => format!("Số      -{code}"),
        number if number.contains('/') => format!("Số {number}"),
        number => format!("Số {number}-{code}"),
    },
    recipients: "Nơi nhận:",
    for_cell: "T/M CHI BỘ\nBÍ THƯ",
    for_committee: "T/M ĐẢNG ỦY\nBÍ THƯ",
    seal_note: "(Ký tên, đóng dấu)",
    issuing_committee: |organisation| {
        let name = organisation.trim();
        match name.strip_prefix("Đảng bộ ").or_else(|| name.strip_prefix("đảng bộ ")) {
            Some(rest) => format!("Đảng ủy {rest}"),
            None => name.to_owned(),
        }
    },
    to_above: |committee| format!("- {} (để báo cáo),", committee.trim()),
    to_members: "- Các đồng chí đảng viên trong chi bộ,",
    to_cells: "- Các chi bộ trực thuộc,",
    keep_cell: "- Lưu chi bộ.",
    keep_committee: "- Lưu Văn phòng Đảng ủy.",

    plan_title: "KẾ HOẠCH",
    plan_summary: |year| format!("sinh hoạt chuyên đề năm {year}"),
    plan_basis: |cell, year| {
        let cell = if cell.trim().is_empty() { "Chi bộ" } else { cell.trim() };
        let later = if year >= 2026 {
            ", Hướng dẫn số 42-HD/BTCTW ngày 28/10/2025 của Ban Tổ chức Trung ương"
        } else {
            ""
        };
        format!(
            "Thực hiện Hướng dẫn số 12-HD/BTCTW ngày 06/7/2018 của Ban Tổ chức Trung ương về nâng cao chất lượng sinh hoạt chi bộ{later} và sự chỉ đạo của cấp ủy cấp trên, căn cứ đặc điểm, tình hình và nhiệm vụ chính trị được giao, {cell} xây dựng kế hoạch sinh hoạt chuyên đề năm {year} như sau:"
        )
    },
    plan_part_purpose: "I. MỤC ĐÍCH, YÊU CẦU",
    plan_purpose: [
        "Nâng cao chất lượng sinh hoạt chi bộ; giúp mỗi đảng viên nhận thức sâu sắc hơn những vấn đề của chủ đề, tự liên hệ, tự soi, tự sửa, đề ra biện pháp cụ thể cho bản thân và cho chi bộ.",
        "Mỗi quý sinh hoạt chuyên đề ít nhất một lần; chủ đề thiết thực, phù hợp với đặc điểm, tình hình và nhiệm vụ chính trị của chi bộ.",
        "Đảng viên nghiên cứu tài liệu, chuẩn bị ý kiến phát biểu theo 4 ý: vì sao chọn chủ đề; nội dung của chủ đề; vận dụng vào thực tiễn, tự đánh giá, chỉ rõ nguyên nhân; biện pháp, giải pháp cho bản thân và cho chi bộ.",
    ],
    plan_part_topics: "II. CHỦ ĐỀ SINH HOẠT CÁC QUÝ",
    plan_columns: ["Quý", "Chủ đề", "Nhóm chủ đề", "Thời gian tổ chức"],
    plan_when: |month, year| format!("Tháng {month}/{year}"),
    plan_no_topic: "(chưa chọn chủ đề)",
    plan_part_organisation: "III. TỔ CHỨC THỰC HIỆN",
    plan_organisation: [
        "Chi ủy (bí thư chi bộ nơi không có chi ủy) cụ thể hóa chủ đề mỗi quý thành các chủ đề nhỏ, phân công đảng viên chuẩn bị ý kiến và kiểm tra việc chuẩn bị trước buổi sinh hoạt.",
        "Thông báo và tài liệu gửi đến đảng viên ít nhất 01 ngày trước buổi sinh hoạt.",
        "Sau mỗi buổi sinh hoạt, chi bộ gửi trích biên bản về Đảng ủy; kết quả thực hiện các biện pháp được kiểm điểm ở các kỳ sinh hoạt sau.",
    ],
    plan_floor: "Thời gian mỗi buổi sinh hoạt ít nhất 90 phút; ít nhất 120 phút khi sinh hoạt chuyên đề cùng với sinh hoạt thường kỳ.",

    notice_title: "THÔNG BÁO",
    notice_summary: |date| match date {
        Some(d) => format!("về việc sinh hoạt chuyên đề quý {} năm {}", quarter(d), d.year()),
        None => "về việc sinh hoạt chuyên đề".into(),
    },
    notice_intro: |cell, date| {
        let cell = if cell.trim().is_empty() { "Chi bộ" } else { cell.trim() };
        let when = date.map_or_else(String::new, |d| format!(" quý {} năm {}", quarter(d), d.year()));
        format!("{cell} thông báo tổ chức sinh hoạt chuyên đề{when} như sau:")
    },
    notice_time: |time, date, minutes| {
        let day =
            date.map_or_else(|| "…/…/…".into(), |d| format!("{:02}/{}/{}", d.day(), month(d), d.year()));
        format!("1. Thời gian: {}, ngày {day} (dự kiến {minutes} phút).", clock(time))
    },
    notice_place: |place| {
        let place = if place.trim().is_empty() { "……………" } else { place.trim() };
        format!("2. Địa điểm: {place}.")
    },
    notice_topic: |topic| format!("3. Chủ đề: “{}”.", topic.trim()),
    notice_attendees: |guests| match guests {
        [] => "4. Thành phần: toàn thể đảng viên trong chi bộ.".into(),
        guests => format!(
            "4. Thành phần: toàn thể đảng viên trong chi bộ; đại biểu, khách mời: {}.",
            guests.join("; ")
        ),
    },
    notice_purpose: "5. Mục đích, yêu cầu:",
    notice_outline: "ĐỀ CƯƠNG GỢI Ý THẢO LUẬN",
    notice_subtopic: |number, title| format!("Chủ đề nhỏ {number}: {}", title.trim()),
    notice_questions: "Câu hỏi gợi ý:",
    notice_suggestions: "Gợi ý nội dung:",
    notice_speakers: |names| match names {
        [] => "Đồng chí chuẩn bị phát biểu: chi ủy sẽ phân công.".into(),
        names => format!("Đồng chí chuẩn bị phát biểu: {}.", names.join(", ")),
    },
    notice_request: "Đề nghị các đồng chí đảng viên nghiên cứu tài liệu, chuẩn bị ý kiến phát biểu theo 4 ý (vì sao chọn chủ đề; nội dung của chủ đề; vận dụng vào thực tiễn, tự đánh giá, chỉ rõ nguyên nhân; biện pháp, giải pháp), mỗi ý kiến từ 4 đến 7 phút, không quá 10 phút; dự sinh hoạt đầy đủ, đúng giờ.",

    extract_title: "TRÍCH BIÊN BẢN",
    extract_source: |date| match date {
        Some(d) => format!(
            "Trích từ Biên bản sinh hoạt chuyên đề ngày {:02}/{}/{} lưu tại chi bộ.",
            d.day(),
            month(d),
            d.year()
        ),
        None => "Trích từ Biên bản sinh hoạt chuyên đề lưu tại chi bộ.".into(),
    },
    extract_parts: [
        "Thành phần tham dự",
        "I. Mục đích, yêu cầu, nội dung",
        "II. Thảo luận",
        "III. Kết luận",
        "IV. Biện pháp, giải pháp",
        "Thông qua biên bản (biểu quyết)",
    ],

    report_narrative: |year, q, f| {
        let period = match (year, q) {
            (Some(year), Some(q)) => {
                format!("Trong quý {} năm {year}", roman(usize::try_from(q).unwrap_or(0)))
            }
            (Some(year), None) => format!("Trong năm {year}"),
            _ => "Trong các quý có trong báo cáo".into(),
        };
        let [speeches, on, over, limit] = f.speeches;
        let share = |n: usize| Figures::percent(n, speeches);
        let attended = Figures::percent(f.present, f.members);
        let missing = match f.missing {
            0 => String::new(),
            n => format!("; {n} lượt chi bộ chưa sinh hoạt chuyên đề trong quý (nêu tại mục II)"),
        };
        let [measures, open, overdue] = f.measures;
        format!(
            "{period}, {} chi bộ đã tổ chức {} buổi sinh hoạt chuyên đề{missing}. Đảng viên có mặt: {}/{} lượt đồng chí ({attended}%). Có {speeches} ý kiến phát biểu: {on} ý kiến ({}%) từ 4 đến 7 phút, {over} ý kiến ({}%) trên 7 đến 10 phút, {limit} ý kiến ({}%) quá 10 phút. Các chi bộ đề ra {measures} biện pháp, giải pháp; còn {open} biện pháp chưa hoàn thành, trong đó {overdue} biện pháp quá hạn.",
            f.cells,
            f.meetings,
            f.present,
            f.members,
            share(on),
            share(over),
            share(limit)
        )
    },

    plan_number: "Số kế hoạch",
    plan_secretary: "Bí thư ký",
    plan_issued: "Ngày ban hành (ngày/tháng/năm)",
    plan_export: "Xuất kế hoạch sinh hoạt chuyên đề năm",
    export_plan: "Xuất kế hoạch",
    export_notice: "Xuất thông báo",
    export_extract: "Xuất trích biên bản",
    notice_heading: "Thông báo và đề cương gợi ý gửi đảng viên",
    copy_notice: "Chép thông báo để dán vào Sổ tay đảng viên",
    notice_copied: "Đã chép thông báo; dán vào Sổ tay đảng viên điện tử hoặc tin nhắn.",
    extract_heading: "Trích biên bản gửi Đảng ủy",
    report_number: "Số báo cáo",
    report_superior: "Cấp ủy cấp trên của Đảng ủy",
    report_signer: "Bí thư Đảng ủy ký",
};
