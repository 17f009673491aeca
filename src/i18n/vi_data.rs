//! Tiếng Việt for data that does not fit the session format: what was found, what was wanted.

use std::io::ErrorKind;

use crate::store::{DataProblem, FileKind, Found, Wanted};

/// The message for a value that does not fit, at a line, a column and a path in the data.
pub(super) fn wrong_data(line: usize, column: usize, path: Option<&str>, problem: &DataProblem) -> String {
    let place = match path {
        Some(path) => format!("dòng {line}, cột {column}, mục `{path}`"),
        None => format!("dòng {line}, cột {column}"),
    };
    format!("Dữ liệu sai ở {place}: {}.", data_problem(problem))
}

fn data_problem(problem: &DataProblem) -> String {
    match problem {
        DataProblem::MissingField(field) => format!("thiếu mục `{field}`"),
        DataProblem::DuplicateField(field) => format!("mục `{field}` xuất hiện hai lần"),
        DataProblem::UnknownName { found, wanted } => {
            format!("`{found}` không phải giá trị được phép, cần {}", wanted_text(wanted))
        }
        DataProblem::WrongType { found, wanted } => {
            format!("cần {}, nhưng tệp ghi {}", wanted_text(wanted), found_text(found))
        }
        DataProblem::WrongValue { found, wanted } => {
            format!("{} không hợp lệ ở đây, cần {}", found_text(found), wanted_text(wanted))
        }
        DataProblem::WrongLength { found, wanted } => {
            format!("có {found} phần tử, cần {}", wanted_text(wanted))
        }
        DataProblem::BadDateOrTime => {
            "ngày hoặc giờ không có thật hoặc viết sai dạng (viết đúng như \"2020-06-12\", \"14:00:00\")"
                .into()
        }
        DataProblem::Other(detail) => format!("chi tiết: {detail}"),
    }
}

fn found_text(found: &Found) -> String {
    match found {
        Found::Null => "null (để trống)".into(),
        Found::Bool(value) => format!("giá trị {value}"),
        Found::Integer(number) => format!("số nguyên {number}"),
        Found::Decimal(number) => format!("số thập phân {number}"),
        Found::Text(text) => format!("chuỗi {text}"),
        Found::List => "một danh sách".into(),
        Found::Object => "một đối tượng".into(),
        Found::Other(what) => format!("`{what}`"),
    }
}

fn wanted_text(wanted: &Wanted) -> String {
    match wanted {
        Wanted::Integer { min, max } => format!("một số nguyên từ {min} đến {max}"),
        Wanted::Number => "một số".into(),
        Wanted::Text => "một chuỗi ký tự".into(),
        Wanted::List => "một danh sách".into(),
        Wanted::Object => "một đối tượng".into(),
        Wanted::Bool => "true hoặc false".into(),
        Wanted::Date => "một ngày viết dạng năm-tháng-ngày, như \"2020-06-12\"".into(),
        Wanted::Time => "một giờ viết dạng giờ:phút:giây, như \"14:00:00\"".into(),
        Wanted::DateTime => "một thời điểm viết như \"2020-06-12T14:05:00+07:00\"".into(),
        Wanted::OneOf(names) => match names.as_slice() {
            [] => "một giá trị khác (ở đây không có giá trị nào hợp lệ)".into(),
            [name] => format!("`{name}`"),
            names => format!("một trong các giá trị {}", super::backquoted_list(names)),
        },
        Wanted::Other(what) => format!("`{what}`"),
    }
}

/// The message for a path that names something else than a regular file.
pub(super) fn not_a_file(kind: FileKind) -> String {
    let what = match kind {
        FileKind::Folder => "một thư mục",
        FileKind::Fifo => "một đường ống (FIFO; nếu đọc sẽ phải chờ mãi)",
        FileKind::Device => "một thiết bị của hệ thống",
        FileKind::Socket => "một cổng giao tiếp (socket)",
        FileKind::Other => "một loại tệp đặc biệt",
    };
    format!("Đây không phải tệp dữ liệu mà là {what} nên không đọc.")
}

/// A system error in words, by its kind, with the system's own text after it (in English, as
/// the system gives it) for whoever has to look further.
pub(super) fn io_reason(kind: ErrorKind, detail: &str) -> String {
    let words = match kind {
        ErrorKind::NotFound => "không tìm thấy tệp hoặc thư mục",
        ErrorKind::PermissionDenied => "không có quyền truy cập",
        ErrorKind::StorageFull => "ổ đĩa đã đầy",
        ErrorKind::ReadOnlyFilesystem => "ổ đĩa chỉ cho phép đọc",
        ErrorKind::NotADirectory => "một phần của đường dẫn không phải thư mục",
        ErrorKind::IsADirectory => "đây là một thư mục, không phải tệp",
        ErrorKind::AlreadyExists => "đã có tệp trùng tên",
        ErrorKind::InvalidFilename => "tên tệp hoặc đường dẫn quá dài hay không hợp lệ",
        ErrorKind::DirectoryNotEmpty => "thư mục không trống",
        ErrorKind::ResourceBusy => {
            "tệp đang bị một chương trình khác mở, như trình soạn thảo, phần mềm diệt virus hoặc phần mềm đồng bộ (OneDrive…); hãy đóng tệp ở chương trình đó"
        }
        ErrorKind::QuotaExceeded => "đã hết dung lượng được cấp trên ổ đĩa",
        ErrorKind::FileTooLarge => "tệp quá lớn",
        ErrorKind::TimedOut => "quá thời gian chờ",
        ErrorKind::CrossesDevices => "không chuyển được sang ổ đĩa khác",
        ErrorKind::TooManyLinks => "có quá nhiều liên kết lồng nhau",
        _ => "lỗi hệ thống",
    };
    format!("{words} ({detail})")
}
