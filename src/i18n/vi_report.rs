//! Tiếng Việt for the party committee's report.

use super::report::ReportStrings;
use super::vi_prepare::roman;

/// The Vietnamese report strings.
pub const REPORT: ReportStrings = ReportStrings {
    nav: "Tổng hợp",
    title: "BÁO CÁO",
    summary: |year, quarter| match (year, quarter) {
        (Some(year), Some(q)) => {
            format!("kết quả sinh hoạt chuyên đề quý {} năm {year}", roman(usize::try_from(q).unwrap_or(0)))
        }
        (Some(year), None) => format!("kết quả sinh hoạt chuyên đề năm {year}"),
        _ => "kết quả sinh hoạt chuyên đề của các chi bộ".into(),
    },
    read: |files, rows| {
        format!("Đã đọc {files} tệp dữ liệu của các chi bộ; tổng hợp được {rows} buổi sinh hoạt chuyên đề.")
    },
    as_of: |date| format!("Số liệu biện pháp quá hạn tính đến ngày {date}."),
    part_rows: "I. KẾT QUẢ SINH HOẠT CHUYÊN ĐỀ CỦA CÁC CHI BỘ",
    columns: [
        "Quý",
        "Chi bộ",
        "Ngày",
        "Chuyên đề",
        "Nhóm chủ đề",
        "Đảng viên",
        "Có mặt",
        "Vắng (có / không lý do)",
        "Ý kiến phát biểu",
        "Tỉ lệ từ 4 đến 7 phút / trên 7 đến 10 phút / quá 10 phút",
        "Thời lượng trung bình",
        "Ý kiến bổ sung",
        "Khái quát / Kết luận / Thông qua biên bản",
        "Biện pháp (chưa hoàn thành / quá hạn)",
        "Đảng bộ",
    ],
    totals_row: "Toàn đảng bộ",
    part_missing: "II. CHI BỘ CHƯA SINH HOẠT CHUYÊN ĐỀ TRONG QUÝ",
    none_missing: "Tất cả các chi bộ đã sinh hoạt chuyên đề trong kỳ báo cáo.",
    quarter: |year, q| format!("Quý {}/{year}", roman(usize::try_from(q).unwrap_or(0))),
    part_measures: "III. BIỆN PHÁP, GIẢI PHÁP CHƯA HOÀN THÀNH",
    measure_columns: [
        "Chi bộ",
        "Nội dung thực hiện",
        "Người thực hiện",
        "Thời gian hoàn thành",
        "Tình trạng",
    ],
    overdue: "Quá hạn",
    cell_owner: "Chi bộ",
    appendix: "PHỤ LỤC: TỆP KHÔNG ĐƯỢC TỔNG HỢP",
    no_date: "buổi sinh hoạt chưa ghi ngày nên không xác định được quý",
    after_report: |date| {
        format!(
            "buổi sinh hoạt ghi ngày {date}, sau ngày lập báo cáo: chưa tính là đã sinh hoạt (kiểm tra lại ngày)"
        )
    },
    duplicate: |cell, quarter, counted, others| {
        format!("{cell}, {quarter}: có nhiều tệp; tổng hợp tệp sửa sau cùng {counted}, không tính {others}.")
    },
    yes: "có",
    no: "chưa",
    open_folder: "Chọn thư mục…",
    folder_label: "Thư mục chứa các tệp buổi sinh hoạt của các chi bộ",
    all_quarters: "Tất cả các quý",
    skipped_heading: "Tệp không được tổng hợp",
    nothing_read: "Không đọc được tệp buổi sinh hoạt nào: chưa có báo cáo.",
    written: |path| format!("Đã ghi báo cáo ra {path}"),
    read_button: "Đọc và tổng hợp",
    export_heading: "Xuất báo cáo",
    sort_hint: "Bấm vào tên cột để sắp xếp.",
    filter_label: "Xem quý",
    ascending: "(tăng dần)",
    descending: "(giảm dần)",
};
