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
        number => format!("Số {}-{code}", two_digits(number)),
    },
    recipients: "Nơi nhận:",
    for_cell: "T/M CHI BỘ\nBÍ THƯ",
    for_committee: "T/M ĐẢNG ỦY\nBÍ THƯ",
    seal_note: "(Ký tên, đóng dấu)",
    issuing_committee: |organisation| {
        let name = organisation.trim();
        let Some(rest) = name.strip_prefix("Đảng bộ ").or_else(|| name.strip_prefix("đảng bộ "))
        else {
            return name.to_owned();
        };
        // A province's or a city's party organisation acts through its own committee's name.
        for (level, committee) in [
            ("tỉnh ", "Tỉnh ủy"),
            ("thành phố ", "Thành ủy"),
            ("quận ", "Quận ủy"),
            ("huyện ", "Huyện ủy"),
            ("thị xã ", "Thị ủy"),
        ] {
            if let Some(place) = rest.strip_prefix(level) {
                return format!("{committee} {place}");
            }
        }
        format!("Đảng ủy {rest}")
    },
    to_above: |committee| format!("- {} (để báo cáo),", committee.trim()),
    to_members: "- Các đồng chí đảng viên trong chi bộ,",
    to_cells: "- Các chi bộ trực thuộc,",
    to_units: "- Các đảng bộ, chi bộ cơ sở trực thuộc,",
    keep_cell: "- Lưu Chi bộ.",
    keep_committee: "- Lưu Văn phòng Đảng ủy.",

    plan_title: "KẾ HOẠCH",
    plan_summary: |year| format!("sinh hoạt chuyên đề năm {year}"),
    plan_basis: |cell, year| {
        let cell = if cell.trim().is_empty() { "Chi bộ" } else { cell.trim() };
        let rules = match year >= 2026 {
            true => {
                "Chỉ thị số 50-CT/TW ngày 23/7/2025 và Hướng dẫn số 42-HD/BTCTW ngày 28/10/2025 của Ban Tổ chức Trung ương về sinh hoạt chi bộ"
            }
            false => {
                "Hướng dẫn số 12-HD/BTCTW ngày 06/7/2018 của Ban Tổ chức Trung ương về một số vấn đề về nâng cao chất lượng sinh hoạt chi bộ"
            }
        };
        format!(
            "Thực hiện {rules} và sự chỉ đạo của cấp ủy cấp trên, căn cứ đặc điểm, tình hình và nhiệm vụ chính trị được giao, {cell} xây dựng kế hoạch sinh hoạt chuyên đề năm {year} như sau:"
        )
    },
    plan_part_purpose: "I. MỤC ĐÍCH, YÊU CẦU",
    plan_purpose: [
        "Nâng cao chất lượng sinh hoạt chi bộ; giúp mỗi đảng viên nhận thức sâu sắc hơn những vấn đề của chủ đề, tự liên hệ, tự soi, tự sửa, đề ra biện pháp cụ thể cho bản thân và cho chi bộ.",
        "Chi bộ sinh hoạt chuyên đề ít nhất mỗi quý một lần; chủ đề thiết thực, phù hợp với đặc điểm, tình hình và nhiệm vụ chính trị của chi bộ.",
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
        "Sau mỗi buổi sinh hoạt, chi bộ gửi trích biên bản về Đảng ủy; việc thực hiện các biện pháp, giải pháp được kiểm tra, đánh giá tại các kỳ sinh hoạt chi bộ tiếp theo.",
    ],
    plan_floor: "Thời gian mỗi buổi sinh hoạt ít nhất 90 phút; trường hợp kết hợp sinh hoạt chuyên đề với sinh hoạt thường kỳ trong cùng một buổi thì ít nhất 120 phút.",

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
        [] => "Phân công chuẩn bị phát biểu: chi ủy phân công sau.".into(),
        names => format!("Phân công chuẩn bị phát biểu: đồng chí {}.", names.join(", đồng chí ")),
    },
    notice_request: "Đề nghị các đồng chí đảng viên nghiên cứu tài liệu, chuẩn bị ý kiến phát biểu theo phân công và dự sinh hoạt đầy đủ, đúng giờ.",

    extract_title: "TRÍCH BIÊN BẢN",
    extract_source: |date| match date {
        Some(d) => format!(
            "Trích từ Biên bản sinh hoạt chuyên đề ngày {}, bản gốc lưu tại Chi bộ.",
            crate::model::party_date(d)
        ),
        None => "Trích từ Biên bản sinh hoạt chuyên đề, bản gốc lưu tại Chi bộ.".into(),
    },
    extract_parts: [
        "Thành phần tham dự",
        "I. Mục đích, yêu cầu, nội dung",
        "II. Thảo luận",
        "III. Kết luận",
        "IV. Biện pháp, giải pháp",
        "Kết quả biểu quyết và thông qua biên bản",
    ],

    report_narrative: |year, q, f| {
        let period = match (year, q) {
            (Some(year), Some(q)) => {
                format!("Trong quý {} năm {year}", roman(usize::try_from(q).unwrap_or(0)))
            }
            (Some(year), None) => format!("Trong năm {year}"),
            _ => "Trong kỳ báo cáo".into(),
        };
        let [speeches, on, over, limit] = f.speeches;
        let under = speeches.saturating_sub(on + over + limit);
        let share = |n: usize| Figures::percent(n, speeches);
        let missing = match f.missing {
            0 => String::new(),
            n => format!("; {n} lượt chi bộ chưa tổ chức sinh hoạt chuyên đề (chi tiết tại mục II)"),
        };
        let [measures, open, overdue] = f.measures;
        format!(
            "{period}, {} chi bộ đã tổ chức {} buổi sinh hoạt chuyên đề{missing}. Số lượt đảng viên dự sinh hoạt: {}/{} lượt ({}%). Có {speeches} ý kiến phát biểu: {under} ý kiến ({}%) dưới 4 phút, {on} ý kiến ({}%) từ 4 phút đến 7 phút, {over} ý kiến ({}%) trên 7 phút đến 10 phút, {limit} ý kiến ({}%) quá 10 phút. Đã đề ra {measures} biện pháp, giải pháp; còn {open} biện pháp, giải pháp chưa hoàn thành, trong đó {overdue} quá hạn.",
            f.cells,
            f.meetings,
            f.present,
            f.members,
            Figures::percent(f.present, f.members),
            share(under),
            share(on),
            share(over),
            share(limit)
        )
    },

    plan_number: "Số kế hoạch",
    plan_secretary: "Họ tên Bí thư Chi bộ (người ký)",
    plan_issued: "Ngày ban hành (ngày/tháng/năm)",
    plan_export: "Văn bản kế hoạch gửi Đảng ủy",
    export_plan: "Xuất kế hoạch",
    export_notice: "Xuất thông báo",
    export_extract: "Xuất trích biên bản",
    notice_heading: "Thông báo và đề cương gợi ý gửi đảng viên",
    copy_notice: "Sao chép thông báo để dán vào Sổ tay đảng viên điện tử",
    notice_copied: "Đã sao chép thông báo vào bộ nhớ tạm; có thể dán vào Sổ tay đảng viên điện tử hoặc tin nhắn.",
    extract_heading: "Trích biên bản gửi Đảng ủy",
    report_number: "Số báo cáo",
    report_superior: "Đảng bộ cấp trên trực tiếp (dòng đầu tiêu đề, ví dụ: Đảng bộ thành phố Đà Nẵng)",
    report_signer: "Họ tên Bí thư Đảng ủy (người ký)",
};

/// A number of one figure written with two, as registers number papers: "7" → "07".
fn two_digits(number: &str) -> String {
    match number.len() == 1 && number.chars().all(|c| c.is_ascii_digit()) {
        true => format!("0{number}"),
        false => number.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::PAPERS;

    #[test]
    fn a_party_organisation_acts_through_its_committee_and_numbers_take_two_figures() {
        let committee = |name| (PAPERS.issuing_committee)(name);
        assert_eq!(committee("Đảng bộ thành phố Đà Nẵng"), "Thành ủy Đà Nẵng");
        assert_eq!(committee("Đảng bộ tỉnh Quảng Nam"), "Tỉnh ủy Quảng Nam");
        assert_eq!(committee("Đảng bộ huyện Hòa Vang"), "Huyện ủy Hòa Vang");
        assert_eq!(committee("Đảng bộ Trường Chính trị thành phố"), "Đảng ủy Trường Chính trị thành phố");
        assert_eq!(committee("Chi bộ Khoa"), "Chi bộ Khoa");
        let number = |n| (PAPERS.number_line)(n, "BC/ĐU");
        assert_eq!(number("7"), "Số 07-BC/ĐU");
        assert_eq!(number("12"), "Số 12-BC/ĐU");
        assert_eq!(number(" "), "Số      -BC/ĐU");
        assert_eq!(number("05-BC/ĐU"), "Số 05-BC/ĐU");
    }
}
