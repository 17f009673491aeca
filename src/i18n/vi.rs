//! Tiếng Việt: the app's default language, with the guidance's own terms.

use super::Strings;
use super::vi_data::io_reason;
use super::vi_prepare::roman;
use crate::model::{Attendance, RecordKind, TimingError, TopicGroup, ValidationIssue};
use crate::prepare::plan::PlanError;
use crate::settings::ThemeChoice;
use crate::store::{LoadError, SaveError, SaveStage, StoreError};

/// The Vietnamese strings.
pub const STRINGS: Strings = Strings {
    live: &super::vi_live::LIVE,
    prepare: &super::vi_prepare::PREPARE,
    minutes: &super::vi_minutes::MINUTES,
    report: &super::vi_report::REPORT,
    papers: &super::vi_papers::PAPERS,
    room: &super::vi_room::ROOM,
    edits: &super::vi_edits::EDITS,

    app_title: "Sinh hoạt chuyên đề",
    cancel: "Hủy",
    confirm: "Đồng ý",
    dismiss: "Đóng",

    nav_sessions: "Danh sách buổi sinh hoạt",
    nav_details: "Thông tin buổi sinh hoạt",
    nav_settings: "Cài đặt",
    saved: "Đã lưu",
    saving: "Đang lưu…",
    save_failed,
    not_saved: "Chưa lưu được!",
    save_banner_title: "KHÔNG LƯU ĐƯỢC VÀO Ổ ĐĨA",
    save_banner_retry: "Ứng dụng đang thử lại mỗi giây và sẽ tự lưu ngay khi được (giải phóng chỗ trống \
                        trên ổ đĩa hoặc cấp quyền ghi cho thư mục dữ liệu). Đề nghị không đóng ứng \
                        dụng cho tới khi thấy “Đã lưu”.",
    saved_again: "Đã lưu lại được mọi thay đổi vào ổ đĩa.",
    close_unsaved_title: "Các thay đổi chưa được lưu",
    close_unsaved_body: "Các thay đổi mới nhất chưa được lưu vào ổ đĩa. Nếu đóng ứng dụng bây giờ, những thay \
                         đổi đó sẽ bị mất. Vui lòng chờ đến khi thấy “Đã lưu”.",
    close_anyway: "Vẫn đóng (bỏ các thay đổi chưa lưu)",
    stay_open: "Không đóng",
    no_session_open: "Chưa mở buổi sinh hoạt nào. Vui lòng chọn một buổi trong danh sách.",

    sessions_heading: "Các buổi sinh hoạt chuyên đề",
    sessions_empty: "Chưa có buổi sinh hoạt nào. Vui lòng tạo buổi mới hoặc tạo từ buổi mẫu.",
    session_open: "Mở",
    refresh: "Làm mới danh sách",
    session_duplicate: "Nhân bản",
    session_rename: "Đổi tên",
    session_delete: "Xóa",
    session_new_empty: "Tạo buổi mới (trống)",
    session_new_sample: "Tạo từ buổi mẫu",
    new_session_name: "Buổi sinh hoạt mới",
    sample_session_name: "Mẫu - Quý II năm 2020 - Tự phê bình và phê bình",
    session_new_held_sample: "Tạo từ mẫu buổi sinh hoạt đã tổ chức",
    held_sample_name: "Mẫu đã tổ chức - Quý II năm 2020 - Tự phê bình và phê bình",
    copy_name: |name| format!("{name} - bản sao"),
    session_unreadable: "Không mở được tệp này",
    backup_available: |title, saved| match saved {
        Some(saved) => format!("Bản sao lưu trước đó vẫn đọc được: “{title}”, lưu lúc {saved}."),
        None => format!("Bản sao lưu trước đó vẫn đọc được: “{title}”."),
    },
    restore_backup: "Khôi phục bản sao lưu",
    backup_restored: |name| {
        format!("Đã khôi phục “{name}” từ bản sao lưu; tệp hỏng được giữ trong thùng rác.")
    },
    members_count: |count| format!("{count} đảng viên"),
    untitled: "(chưa đặt tiêu đề)",
    rename_label: "Tên mới:",
    delete_confirm: |name| format!("Chuyển buổi “{name}” vào thùng rác? Có thể khôi phục lại từ thùng rác."),
    trash_heading: "Thùng rác",
    trash_empty: "Thùng rác trống.",
    restore: "Khôi phục",
    import_heading: "Nhập tệp buổi sinh hoạt",
    export_heading: "Xuất buổi đang mở ra tệp",
    choose_file: "Chọn tệp…",
    path_label: "Đường dẫn tệp:",
    import_button: "Nhập",
    export_button: "Xuất",
    dialog_fallback_hint: "Nếu hộp thoại chọn tệp không mở được, vui lòng gõ đường dẫn đầy đủ \
                           vào ô bên dưới.",
    created: |name| format!("Đã tạo buổi “{name}”."),
    imported: |name| format!("Đã nhập buổi “{name}”."),
    exported: |path| format!("Đã xuất ra {path}"),
    export_refused_sessions: |folder| {
        format!(
            "Không xuất vào thư mục các buổi sinh hoạt ({folder}) hay lên tệp của buổi đang mở: vui lòng chọn nơi khác."
        )
    },
    export_exists: |path| format!("Tệp {path} đã có; không ghi đè. Thêm --force để thay thế tệp này."),
    export_not_regular: |path| {
        format!(
            "{path} không phải tệp thông thường (mà là thư mục, thiết bị, đường ống, socket hoặc liên kết) nên không bao giờ bị ghi đè. Đề nghị chọn tên tệp khác."
        )
    },
    folder_cannot_lock: |folder| {
        format!(
            "Không nhận được quyền ghi vào thư mục dữ liệu {folder} (thư mục chỉ cho phép đọc, hoặc ổ đĩa không hỗ trợ khóa tệp). Ứng dụng chỉ cho xem, không sửa và không ghi gì; ứng dụng thử lại mỗi giây và sẽ báo ngay khi ghi được."
        )
    },
    data_dir_not_a_folder: |path| {
        format!(
            "Thư mục dữ liệu {path} thực ra là một tệp, không phải thư mục: ứng dụng không ghi được gì vào đó. Đề nghị đổi tên hoặc chuyển tệp này đi, hoặc mở ứng dụng với tùy chọn --data-dir để dùng thư mục khác."
        )
    },
    file_in_use: |file| {
        format!(
            "Tệp {file} đang được mở để sửa ở một cửa sổ khác của ứng dụng. Cửa sổ này chỉ cho xem, không sửa, để không ghi đè công việc ở cửa sổ kia; khi cửa sổ kia đóng tệp, cửa sổ này sẽ tự đọc lại bản mới nhất và cho phép sửa."
        )
    },
    file_cannot_lock: |file| {
        format!(
            "Không khóa được tệp {file} tại vị trí hiện tại (thư mục chỉ cho phép đọc, hoặc ổ mạng không hỗ trợ khóa tệp): chỉ cho xem, không sửa. Muốn sửa, hãy nhập một bản sao vào danh sách buổi sinh hoạt (Danh sách buổi sinh hoạt → Nhập)."
        )
    },
    writable_again: "Đã ghi được trở lại: từ nay mọi thay đổi lại được lưu ngay (đã đọc lại bản mới nhất trên ổ đĩa).",
    folder_in_use: |folder| {
        format!(
            "Các buổi sinh hoạt trong thư mục {folder} đang mở ở một cửa sổ khác của ứng dụng. \
             Cửa sổ này không mở gì và không ghi gì, để không ghi đè lên công việc ở cửa sổ kia: \
             vui lòng dùng cửa sổ đó, hoặc đóng nó rồi mở lại ứng dụng."
        )
    },
    unsaved_blocks: "Chưa lưu được các thay đổi của buổi sinh hoạt đang mở vào ổ đĩa, nên chưa mở buổi khác, chưa đổi tên hay xóa buổi này: ứng dụng vẫn giữ các thay đổi và thử lưu lại mỗi giây; vui lòng giải phóng ổ đĩa rồi làm lại.",
    replace_title: "Thay thế tệp đã có?",
    replace_body: |path| format!("Tệp {path} đã có. Thay thế bằng bản xuất mới? Tệp cũ sẽ mất."),
    replace_confirm: "Thay thế",
    open_spans_title: "Còn ý kiến chưa kết thúc",
    open_spans_body: |n| {
        format!(
            "Còn {n} ý kiến phát biểu hoặc bổ sung đang mở. Kết thúc chúng trước khi xuất, hay xuất như hiện tại (ghi “chưa kết thúc”, tính thời gian đến lúc này)?"
        )
    },
    open_spans_end: "Kết thúc rồi xuất",
    open_spans_as_is: "Xuất như hiện tại",
    trashed: |name| format!("Đã chuyển “{name}” vào thùng rác."),
    restored: |name| format!("Đã khôi phục “{name}”."),
    renamed: |name| format!("Đã đổi tên thành “{name}”."),
    first_start: "Ứng dụng đã mở một bản sao của buổi sinh hoạt mẫu để làm quen; mọi thay đổi chỉ lưu vào bản sao này, buổi mẫu gốc vẫn giữ nguyên.",
    settings_unreadable: |error| {
        format!(
            "Không đọc được tệp cài đặt (settings.json): {error} Ứng dụng dùng cài đặt mặc định; \
             các buổi sinh hoạt không bị ảnh hưởng."
        )
    },

    section_organisation: "Tổ chức",
    party_committee: "Đảng bộ",
    cell: "Chi bộ",
    place_name: "Địa danh (ghi ở dòng ngày tháng)",
    place_name_hint: "Đà Nẵng",
    section_meeting: "Buổi sinh hoạt",
    meeting_title: "Tiêu đề",
    meeting_date: "Ngày (ngày/tháng/năm)",
    start_time: "Giờ bắt đầu (giờ:phút)",
    planned_minutes: "Thời lượng dự kiến (phút)",
    place: "Địa điểm",
    chair: "Chủ trì",
    minute_taker: "Thư ký",
    chair_position: "Chức vụ của đồng chí chủ trì",
    minute_taker_position: "Chức vụ của đồng chí thư ký",
    position_hint: "để trống thì lấy theo danh sách đảng viên",
    minutes_number: "Số biên bản",
    minutes_number_hint: "ví dụ 12 (ghi thành “Số 12-BB/CB”); để trống nếu không đánh số",
    guests: "Đại biểu, khách mời (mỗi dòng một đồng chí)",
    locked_note: "Biên bản đã được thông qua nên các thông tin ghi trong biên bản đang khóa. Mở khóa ở phần Kết luận nếu cần sửa.",
    section_topic: "Chuyên đề",
    topic_name: "Tên chuyên đề",
    topic_group: "Nhóm chủ đề",
    group_name,
    directives: "Văn bản chỉ đạo (mỗi dòng một văn bản)",
    opening_purpose: "Mục đích",
    opening_requirements: "Yêu cầu",
    opening_content: "Nội dung",
    opening_form: "Hình thức trình bày ý kiến",
    opening_discussion: "Cách thảo luận",
    section_timing: "Quy định thời gian",
    target_min: "Thời gian phát biểu: từ",
    target_max: "Thời gian phát biểu: đến",
    hard_limit: "Không quá (giới hạn)",
    comment_limit: "Ý kiến bổ sung, trao đổi lại không quá (quy định của chi bộ)",
    mmss_hint: "phút:giây, ví dụ 7:00",
    timing_error,
    section_roster: "Đảng viên",
    section_subtopics: "Chủ đề nhỏ",
    no_speaker: "chưa phân công",
    speakers: "Phát biểu:",
    attendance,
    bad_date: "Ngày không hợp lệ. Vui lòng nhập theo dạng ngày/tháng/năm, ví dụ 12/06/2020.",
    bad_time: "Giờ không hợp lệ. Vui lòng nhập theo dạng giờ:phút, ví dụ 14:00.",
    bad_minutes: "Thời lượng phải là số phút từ 1 đến 1440.",
    bad_duration: "Vui lòng nhập theo dạng phút:giây, ví dụ 7:00.",

    settings_language: "Ngôn ngữ",
    settings_theme: "Giao diện",
    theme_name,

    load_error,
    store_error,
    cli_valid: "hợp lệ",
    cli_unknown_argument: |arg| {
        format!("Tham số “{arg}” không hợp lệ. Gõ `sinhhoat --help` để xem cách dùng.")
    },
    cli_missing_value: |option| format!("Tùy chọn {option} cần một giá trị."),
    cli_no_files: "Vui lòng nêu ít nhất một tệp cần kiểm tra.",
    cli_bad_value: |option, value| format!("Giá trị “{value}” của {option} không hợp lệ."),
    cli_write_failed: |error| {
        format!("không ghi được ({}); không có tệp nào bị thay đổi.", io_reason(error.kind, &error.detail))
    },
    cli_unknown_format: |name, formats| {
        format!("Không có định dạng xuất “{name}”. Các định dạng: {formats}.")
    },

    cli_gui_failed: |detail| format!("Không mở được cửa sổ ứng dụng: {detail}"),
};

fn group_name(group: TopicGroup) -> &'static str {
    match group {
        TopicGroup::Thought => "Tư tưởng Hồ Chí Minh",
        TopicGroup::Ethics => "Đạo đức Hồ Chí Minh",
        TopicGroup::Style => "Phong cách Hồ Chí Minh",
    }
}

fn theme_name(theme: ThemeChoice) -> &'static str {
    match theme {
        ThemeChoice::Light => "Sáng",
        ThemeChoice::Dark => "Tối",
        ThemeChoice::HighContrast => "Tương phản cao (máy chiếu)",
    }
}

fn attendance(attendance: &Attendance) -> String {
    match attendance {
        Attendance::Unmarked => "chưa điểm danh".into(),
        Attendance::Present => "có mặt".into(),
        Attendance::Absent { reason } if reason.trim().is_empty() => "vắng mặt".into(),
        Attendance::Absent { reason } => format!("vắng mặt ({reason})"),
    }
}

fn timing_error(error: TimingError) -> String {
    match error {
        TimingError::ZeroMinimum => "Thời gian phát biểu “từ” phải lớn hơn 0.",
        TimingError::MinimumAboveMaximum => "Thời gian phát biểu “từ” không được lớn hơn “đến”.",
        TimingError::MaximumAboveLimit => {
            "Thời gian phát biểu “đến” không được vượt quá giới hạn “không quá”."
        }
        TimingError::ZeroCommentLimit => "Thời gian ý kiến bổ sung, trao đổi lại phải lớn hơn 0.",
        TimingError::TooLong => "Mỗi mốc thời gian không được vượt quá 2 giờ.",
    }
    .into()
}

fn record_kind(kind: RecordKind) -> &'static str {
    match kind {
        RecordKind::Member => "đảng viên",
        RecordKind::SubTopic => "chủ đề nhỏ",
        RecordKind::Speech => "ý kiến phát biểu",
        RecordKind::Comment => "ý kiến bổ sung",
        RecordKind::Measure => "biện pháp",
        RecordKind::Generalization => "phần khái quát của chủ đề nhỏ",
        RecordKind::Queue => "danh sách phát biểu của chủ đề nhỏ",
        RecordKind::Hands => "danh sách giơ tay",
        RecordKind::Flow => "trạng thái buổi sinh hoạt",
        RecordKind::Readiness => "bảng kiểm tra chuẩn bị",
        RecordKind::PassedOver => "ghi nhận không phát biểu",
    }
}

fn validation_issue(issue: &ValidationIssue) -> String {
    match issue {
        ValidationIssue::Timing(error) => timing_error(*error),
        ValidationIssue::DuplicateId { kind, id } => {
            format!("có hai {} cùng mã số {id}", record_kind(*kind))
        }
        ValidationIssue::TimesOutOfOrder { kind, id } => format!(
            "thời gian của {} số {id} không hợp lý (kết thúc trước khi bắt đầu, hoặc lúc tạm dừng nằm ngoài lúc phát biểu)",
            record_kind(*kind)
        ),
        ValidationIssue::TooMany { kind, count, limit } => {
            format!("có {count} {}, quá giới hạn {limit} của một buổi sinh hoạt", record_kind(*kind))
        }
        ValidationIssue::TextTooLong { field, chars, limit } => {
            format!("trường {field} dài {chars} ký tự, quá giới hạn {limit} ký tự")
        }
        ValidationIssue::UnknownReference { from, from_id, to, to_id } => format!(
            "{} số {from_id} nhắc tới {} số {to_id}, nhưng không có {} nào như vậy",
            record_kind(*from),
            record_kind(*to),
            record_kind(*to)
        ),
        ValidationIssue::ApprovalCount { votes, present } => format!(
            "phần biểu quyết thông qua biên bản ghi {votes} đồng chí tán thành và không tán thành, trong khi số đảng viên chính thức có mặt là {present}: tổng này không được vượt quá số có mặt, và số có mặt phải lớn hơn 0"
        ),
    }
}

fn load_error(error: &LoadError) -> String {
    match error {
        LoadError::Io { kind, detail } => {
            format!("Không đọc được tệp: {}.", io_reason(*kind, detail))
        }
        LoadError::NotAFile(kind) => super::vi_data::not_a_file(*kind),
        LoadError::TooLarge { bytes } => {
            let limit = crate::store::MAX_FILE_BYTES / (1024 * 1024);
            format!(
                "Tệp quá lớn ({} MB, giới hạn {limit} MB), không phải tệp buổi sinh hoạt.",
                bytes / (1024 * 1024)
            )
        }
        LoadError::Empty => "Tệp rỗng, không có dữ liệu.".into(),
        LoadError::NotUtf8 { line } => {
            format!("Tệp không phải văn bản UTF-8 (ký tự lỗi ở dòng {line}).")
        }
        LoadError::Syntax { line, column } => {
            format!("Tệp JSON sai cú pháp ở dòng {line}, cột {column}.")
        }
        LoadError::TooDeep { line, column } => format!(
            "Tệp có dữ liệu lồng nhau quá sâu (dòng {line}, cột {column}), không phải tệp buổi sinh hoạt."
        ),
        LoadError::Truncated { line, column } => {
            format!("Tệp bị cắt cụt: dữ liệu dừng giữa chừng ở dòng {line}, cột {column}.")
        }
        LoadError::NotASession => "Tệp không chứa dữ liệu của một buổi sinh hoạt.".into(),
        LoadError::MissingVersion => {
            "Tệp thiếu trường format_version nên không biết thuộc phiên bản nào.".into()
        }
        LoadError::NewerVersion { found, supported } => format!(
            "Tệp do phiên bản mới hơn của ứng dụng tạo ra (định dạng {found}; bản này chỉ đọc \
             tới định dạng {supported}). Vui lòng cập nhật ứng dụng; tệp được giữ nguyên."
        ),
        LoadError::WrongData { line, column, path, problem } => {
            super::vi_data::wrong_data(*line, *column, path.as_deref(), problem)
        }
        LoadError::InvalidPlan(PlanError::Year(year)) => {
            format!("Kế hoạch có năm {year} không hợp lệ (phải từ 2000 đến 2100).")
        }
        LoadError::InvalidPlan(PlanError::Month { quarter, month }) => {
            format!("Kế hoạch Quý {} có tháng {month} không thuộc quý đó.", roman(*quarter))
        }
        LoadError::InvalidPlan(PlanError::Quarter(index)) => {
            format!("Kế hoạch không có quý thứ {}.", index + 1)
        }
        LoadError::Invalid(issues) => {
            let list = super::joined_clauses(issues.iter().map(validation_issue));
            format!("Dữ liệu không nhất quán: {}.", list)
        }
    }
}

fn save_stage(stage: SaveStage) -> &'static str {
    match stage {
        SaveStage::CreateTemporary => "tạo tệp tạm",
        SaveStage::Write => "ghi dữ liệu",
        SaveStage::Flush => "đẩy dữ liệu xuống đĩa",
        SaveStage::Backup => "giữ bản sao lưu",
        SaveStage::Replace => "thay tệp cũ",
    }
}

fn save_failed(error: &SaveError) -> String {
    format!(
        "Chưa lưu được (bước {}: {}). Dữ liệu vẫn còn trong ứng dụng và sẽ được lưu ngay khi \
         có thể; tệp trên đĩa vẫn là bản đầy đủ trước đó.",
        save_stage(error.stage),
        io_reason(error.kind, &error.detail)
    )
}

fn store_error(error: &StoreError) -> String {
    match error {
        StoreError::Io { kind, detail } => {
            format!("Thao tác với tệp không thành công: {}.", io_reason(*kind, detail))
        }
        StoreError::Load(error) => load_error(error),
        StoreError::Save(error) => save_failed(error),
        StoreError::EmptyName => "Tên không được để trống.".into(),
        StoreError::InvalidCharacter(c) if c.is_control() => {
            format!("Tên không được chứa ký tự điều khiển (U+{:04X}).", u32::from(*c))
        }
        StoreError::InvalidCharacter('.') => "Tên không được bắt đầu bằng dấu chấm.".into(),
        StoreError::InvalidCharacter(c) => format!("Tên không được chứa ký tự “{c}”."),
        StoreError::NameTooLong => "Tên dài quá 120 ký tự.".into(),
        StoreError::ReservedName(name) => {
            format!(
                "Không dùng được tên “{name}”: Windows dành tên này cho thiết bị. Vui lòng chọn tên khác."
            )
        }
        StoreError::TrailingDot => {
            "Tên không được kết thúc bằng dấu chấm (Windows bỏ dấu chấm cuối tên tệp).".into()
        }
        StoreError::NameTaken(name) => format!("Đã có buổi sinh hoạt tên “{name}”."),
    }
}
