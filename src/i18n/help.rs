//! The command line's help, in both languages at once.

/// What `sinhhoat --help` prints.
pub const HELP: &str = "\
sinhhoat — điều hành buổi sinh hoạt chuyên đề của chi bộ
sinhhoat — runs a party cell's thematic meeting

CÁCH DÙNG / USAGE
  sinhhoat [--data-dir THƯ_MỤC] [--lang vi|en]
      Mở ứng dụng với danh sách buổi sinh hoạt trong thư mục dữ liệu.
      Opens the app on the sessions in the data folder.
  sinhhoat open TỆP [--live]
      Mở một tệp buổi sinh hoạt (mọi thay đổi được lưu vào chính tệp đó);
      với --live, vào thẳng màn hình điều hành buổi sinh hoạt.
      Opens one session file (every change is saved to that file);
      with --live, goes straight to the live meeting screen.

  sinhhoat check TỆP...
      Kiểm tra tệp, không ghi gì. Mã thoát 0 nếu mọi tệp hợp lệ, 1 nếu có tệp lỗi
      (mỗi tệp lỗi một dòng: tên tệp và lỗi ở đâu).
      Checks files without writing anything. Exit 0 when all are valid, 1 otherwise
      (one line per bad file: its name and what is wrong where).
  sinhhoat export TỆP --format ĐỊNH_DẠNG -o RA [--force]
      ĐỊNH_DẠNG / FORMAT: docx, md, html, csv, members-csv, readiness,
      notice-docx, notice-md, notice-txt, extract-docx, extract-md
      Xuất biên bản (docx, md, html), báo cáo thời gian (csv, members-csv), bảng
      kiểm tra chuẩn bị ý kiến phát biểu (readiness, Markdown), thông báo và đề
      cương gợi ý gửi đảng viên (notice-*; notice-txt để dán vào Sổ tay đảng viên)
      hoặc trích biên bản gửi đảng ủy (extract-*). Tệp RA đã có chỉ bị thay
      khi có --force, và chỉ khi đó là tệp thông thường (không bao giờ thay thư mục,
      thiết bị, đường ống hay liên kết); không bao giờ ghi lên chính tệp buổi
      sinh hoạt hay vào thư mục sessions của thư mục dữ liệu.
      Exports the minutes (docx, md, html), the timing reports (csv, members-csv),
      the speakers' readiness check (readiness, Markdown), the notice and guiding
      outline for the members (notice-*; notice-txt to paste into the members'
      app) or the extract of the minutes (extract-*). An existing RA is replaced
      only with --force, and only a regular file (never a folder, device, pipe or
      link); the session file and the data folder's sessions are never written.
  sinhhoat plan TỆP_KẾ_HOẠCH --format docx|md -o RA [--force]
      Xuất kế hoạch sinh hoạt chuyên đề năm từ tệp kế hoạch (plans/NĂM.json).
      Exports the year's plan of thematic meetings from a plan file.
  sinhhoat report ĐƯỜNG_DẪN... --format docx|md|csv -o RA [--year NĂM] [--quarter QUÝ]
                  [--as-of NĂM-THÁNG-NGÀY] [--number SỐ] [--superior CẤP_TRÊN]
                  [--signer TÊN] [--force]
      Báo cáo của đảng ủy: tổng hợp các tệp buổi sinh hoạt của các chi bộ (tệp hoặc
      thư mục, đọc cả thư mục con), mỗi chi bộ mỗi quý một dòng; tệp không đọc được
      được nêu tên và lý do rồi bỏ qua; không bao giờ ghi vào các tệp đầu vào.
      Thư mục đến qua liên kết chỉ được đọc một lần; một tệp gặp qua hai đường
      dẫn chỉ tính một lần.
      Mã thoát 0 khi đã ghi báo cáo từ mọi đầu vào, 3 khi đã ghi nhưng có tệp hay
      thư mục bị bỏ qua, 1 khi không đọc được tệp nào. --number cho “Số …-BC/ĐU”,
      --superior là đảng bộ cấp trên trực tiếp (dòng đầu tiêu đề, ví dụ “Đảng bộ
      thành phố Đà Nẵng”), --signer là họ tên đồng chí Bí thư Đảng ủy ký thay mặt
      Đảng ủy (T/M ĐẢNG ỦY).
      The party committee's report from the cells' session files (files or folders,
      read recursively), a row per cell and quarter; files that do not read are
      named with the reason and skipped; inputs are never written. A link to a
      folder is followed once; a file reached twice counts once. Exit 0 when the
      report was written from every input, 3 when written with files or folders
      left out, 1 when no file could be read. --number gives “Số …-BC/ĐU”,
      --superior the party organisation directly above (the header's first line),
      --signer the committee secretary who signs for the committee.
  sinhhoat --help | -h

      In hướng dẫn này. / Prints this help.
  sinhhoat --version | -V
      In phiên bản. / Prints the version.

TÙY CHỌN / OPTIONS
  --data-dir THƯ_MỤC   Thư mục dữ liệu (mặc định: thư mục dữ liệu của hệ điều hành).
                       The data folder (default: the platform's data directory).
  --lang vi|en         Ngôn ngữ thông báo dòng lệnh. / Language of command-line messages.
  --report-frames      In ra khi khung hình đầu tiên hiện lên và thời gian CPU của mỗi
                       khung hình (để đo tốc độ). / Prints when the first frame is shown
                       and each frame's CPU time (for speed measurements).

BIẾN MÔI TRƯỜNG / ENVIRONMENT
  SINHHOAT_DATA_DIR    Thư mục dữ liệu khi không có --data-dir.
                       The data folder when --data-dir is not given.
";
