//! Tiếng Việt for the minutes (biên bản), in the layout and formulas of Hướng dẫn
//! 36-HD/VPTW and the minutes cells keep.

use chrono::{Datelike, NaiveDate, NaiveTime, Timelike};

use super::minutes::MinutesStrings;
use crate::model::{CommentKind, Phase, Tally, TimingRules};

/// The Vietnamese minutes strings.
pub const MINUTES: MinutesStrings = MinutesStrings {
    nation: "ĐẢNG CỘNG SẢN VIỆT NAM",
    date_line: |place, date| {
        let place = if place.trim().is_empty() { "……………" } else { place.trim() };
        match date {
            Some(d) => format!("{place}, ngày {:02} tháng {} năm {}", d.day(), month(d), d.year()),
            None => format!("{place}, ngày … tháng … năm …"),
        }
    },
    number_line: |number| (super::vi_papers::PAPERS.number_line)(number, "BB/CB"),
    title: "BIÊN BẢN",
    summary_line: |date| match date {
        Some(d) => format!("sinh hoạt chuyên đề quý {} năm {}", quarter(d), d.year()),
        None => "sinh hoạt chuyên đề".into(),
    },
    topic_line: |topic| format!("Chuyên đề: “{}”.", topic.trim()),
    opening_sentence: |held| {
        let time = clock(held.time);
        let date = held.date.map_or_else(|| "…/…/…".into(), crate::model::party_date);
        let place = if held.place.trim().is_empty() { "……………" } else { held.place.trim() };
        let cell = if held.cell.trim().is_empty() { "Chi bộ" } else { held.cell.trim() };
        let quarter = held.date.map_or_else(String::new, |d| format!(" quý {} năm {}", quarter(d), d.year()));
        format!("Vào hồi {time}, ngày {date}, tại {place}, {cell} tiến hành sinh hoạt chuyên đề{quarter}.")
    },
    chair: |name, position| format!("Chủ trì: đồng chí {}.", with_position(name, position)),
    minute_taker: |name, position| format!("Thư ký: đồng chí {}.", with_position(name, position)),
    attendance: "Thành phần tham dự",
    roll_total: |total, full, probationary| {
        format!("Tổng số đảng viên của chi bộ: {total} đồng chí (chính thức: {full}, dự bị: {probationary}).")
    },
    roll_exempted: |n| format!("Miễn sinh hoạt: {n} đồng chí (không tính vào số phải dự):"),
    roll_present: |present, required| format!("Có mặt: {present}/{required} đồng chí phải dự:"),
    roll_unmarked: |n| format!("Chưa điểm danh: {n} đồng chí:"),
    roll_temporary: |present, listed| {
        format!(
            "Đảng viên sinh hoạt tạm thời (không tính vào số đảng viên của chi bộ) có mặt: {present}/{listed} đồng chí:"
        )
    },
    absent_with_reason: |n| format!("Vắng mặt có lý do: {n} đồng chí:"),
    absent_without_reason: |n| format!("Vắng mặt không có lý do: {n} đồng chí:"),
    guests: "Đại biểu, khách mời:",
    part_opening: "I. ĐỒNG CHÍ CHỦ TRÌ NÊU MỤC ĐÍCH, YÊU CẦU, NỘI DUNG, NHIỆM VỤ",
    part_discussion: "II. THẢO LUẬN",
    part_conclusion: "III. KẾT LUẬN CỦA ĐỒNG CHÍ CHỦ TRÌ",
    part_measures: "IV. CHI BỘ THỐNG NHẤT CÁC BIỆN PHÁP, GIẢI PHÁP",
    speech_line: |name, unfinished| match unfinished {
        true => format!("Đồng chí {name} trình bày ý kiến (chưa kết thúc):"),
        false => format!("Đồng chí {name} trình bày ý kiến:"),
    },
    measure_due: |content, deadline| {
        format!("{} (thời gian hoàn thành: {deadline}).", content.trim().trim_end_matches('.'))
    },
    comment_line: |name, kind, text| {
        let verb = match kind {
            CommentKind::Addition => "bổ sung",
            CommentKind::Exchange => "trao đổi",
            CommentKind::Question => "hỏi",
            CommentKind::Answer => "trả lời",
        };
        format!("Đồng chí {name} {verb}: {text}")
    },
    generalization: |name, position| format!("Đồng chí {}, khái quát:", with_position(name, position)),
    conclusion_points: [
        "1. Ý nghĩa, sự cần thiết của chủ đề",
        "2. Nội dung của chủ đề",
        "3. Vận dụng vào thực tiễn, tự đánh giá",
        "4. Biện pháp, giải pháp, kiến nghị, đề xuất",
    ],
    subjective_causes: "Nguyên nhân chủ quan",
    objective_causes: "Nguyên nhân khách quan",
    of_members: "Biện pháp, kiến nghị, đề xuất của đảng viên:",
    of_cell: "Giải pháp, kiến nghị, đề xuất của chi bộ:",
    col_content: "Nội dung thực hiện",
    col_owner: "Người thực hiện",
    col_deadline: "Thời gian hoàn thành",
    cell_owner: "Chi bộ",
    closing: |ended, approval| {
        let vote = approval
            .map_or_else(|| "…/… đồng chí đảng viên chính thức có mặt tán thành".into(), |a| vote(a.tally()));
        format!(
            "Buổi sinh hoạt kết thúc vào hồi {} cùng ngày. Biên bản đã được đọc lại trước chi bộ và được chi bộ biểu quyết thông qua với {vote}.",
            clock(ended)
        )
    },
    resolution: |resolution| {
        let matter = resolution.text.trim().trim_end_matches('.');
        let votes = vote(resolution.tally());
        match resolution.passed() {
            true => format!("Chi bộ biểu quyết thông qua {matter} với {votes}."),
            false => format!(
                "Chi bộ biểu quyết về {matter}: {votes}; không đạt quá một nửa nên nội dung này không được thông qua."
            ),
        }
    },
    amended: |at, reason| format!("Biên bản được sửa đổi sau khi thông qua, lúc {at}. Lý do: {reason}"),
    sign_minute_taker: "THƯ KÝ",
    sign_chair: "CHỦ TRÌ",
    sign_note: "(Ký, ghi rõ họ tên)",
    appendix: "PHỤ LỤC: THỜI GIAN PHÁT BIỂU",
    appendix_note: "Phụ lục ghi thời gian từng ý kiến để chi bộ tham khảo, không thuộc nội dung biên bản.",
    col_kind: "Loại ý kiến",
    col_subtopic: "Chủ đề nhỏ",
    col_speaker: "Họ và tên",
    col_started: "Bắt đầu",
    col_duration: "Thời lượng",
    col_paused: "Tạm dừng",
    col_compared: "So với thời gian quy định",
    col_over: "Vượt giới hạn",
    kind_speech: "Phát biểu",
    compared,
    totals: |counts, rules| {
        let [under, on, over, limit] = counts.by_phase;
        format!(
            "Tổng số {} ý kiến phát biểu, trong đó: {under} ý kiến dưới {}, {on} ý kiến từ {} đến {}, {over} ý kiến trên {} đến {}, {limit} ý kiến quá {}; thời lượng trung bình {}.",
            counts.speeches,
            minutes_words(rules.target_min_secs),
            minutes_words(rules.target_min_secs),
            minutes_words(rules.target_max_secs),
            minutes_words(rules.target_max_secs),
            minutes_words(rules.hard_limit_secs),
            minutes_words(rules.hard_limit_secs),
            minutes_words(counts.average)
        )
    },
    unfinished: "chưa kết thúc",
    passed_over: |name, reason| match reason {
        crate::model::PassReason::Absent => format!("Đồng chí {name} vắng mặt."),
        crate::model::PassReason::Declined => format!("Đồng chí {name} không phát biểu."),
    },
    unfinished_count: |n| format!("Còn {n} ý kiến phát biểu chưa kết thúc, không tính vào các số trên."),
    adjustments_heading: "Điều chỉnh thời gian khi bấm giờ (đã tính vào thời gian ở bảng trên):",
    adjustment: |name, speech, at, secs, late| {
        let what = if speech { "ý kiến phát biểu" } else { "ý kiến bổ sung" };
        let change = match (late, secs >= 0) {
            (true, _) => format!("bấm giờ muộn, cộng thêm {secs} giây"),
            (false, true) => format!("cộng thêm {secs} giây"),
            (false, false) => format!("bớt {} giây", secs.unsigned_abs()),
        };
        format!("Lúc {at}, {what} của đồng chí {name}: {change}.")
    },
    moment: |at| format!("{} ngày {}/{}/{}", clock(Some(at.time())), at.day(), at.month(), at.year()),
};

/// "14 giờ 00 phút", or "… giờ … phút" to fill in by hand.
pub(super) fn clock(time: Option<NaiveTime>) -> String {
    time.map_or_else(|| "… giờ … phút".into(), |t| format!("{} giờ {:02} phút", t.hour(), t.minute()))
}

/// The month as the guidance writes it: with a leading zero for January and February only.
pub(super) fn month(date: NaiveDate) -> String {
    crate::model::party_month(date)
}

/// The quarter of a date in Roman numerals.
pub(super) fn quarter(date: NaiveDate) -> &'static str {
    match date.month() {
        1..=3 => "I",
        4..=6 => "II",
        7..=9 => "III",
        _ => "IV",
    }
}

/// A name with the position after it; "đảng viên" is not a position and is left out.
fn with_position(name: &str, position: &str) -> String {
    match position.trim() {
        "" => name.to_owned(),
        position if position.to_lowercase() == "đảng viên" => name.to_owned(),
        position => format!("{name}, {position}"),
    }
}

/// A length in words, as sentences write it: "4 phút", "4 phút 30 giây", "45 giây".
pub(super) fn minutes_words(secs: u32) -> String {
    match (secs / 60, secs % 60) {
        (0, s) => format!("{s} giây"),
        (m, 0) => format!("{m} phút"),
        (m, s) => format!("{m} phút {s} giây"),
    }
}

/// Where a length stands against the rules, as a fact: the range for a speech, the cell's own
/// limit for a comment.
fn compared(phase: Phase, rules: &TimingRules, speech: bool) -> String {
    let words = minutes_words;
    match (speech, phase) {
        (true, Phase::UnderTarget) => format!("Dưới {}", words(rules.target_min_secs)),
        (true, Phase::OnTarget) => {
            format!("Từ {} đến {}", words(rules.target_min_secs), words(rules.target_max_secs))
        }
        (true, Phase::OverTarget) => format!("Trên {}", words(rules.target_max_secs)),
        (true, Phase::OverLimit) => format!("Quá {}", words(rules.hard_limit_secs)),
        (false, Phase::OverLimit) => format!("Quá {} (quy định của chi bộ)", words(rules.comment_limit_secs)),
        (false, _) => format!("Trong {} (quy định của chi bộ)", words(rules.comment_limit_secs)),
    }
}

/// The vote as the minutes state it: the real count of the full members present, "nhất trí"
/// only when every one of them voted for, and the base the decision passed against.
fn vote(approval: Tally) -> String {
    let verb = if approval.unanimous() { "nhất trí" } else { "tán thành" };
    let Some(base) = approval.base else {
        // Approved before the app kept the vote's base: only what was recorded then.
        return format!("{}/{} đồng chí có mặt {verb}", approval.agreed, approval.present);
    };
    let mut vote = format!(
        "{}/{} đồng chí đảng viên chính thức có mặt {verb} (đạt {}/{base} số đảng viên chính thức được triệu tập, trừ số được miễn công tác và sinh hoạt đảng vắng mặt)",
        approval.agreed, approval.present, approval.agreed
    );
    if approval.against > 0 {
        vote.push_str(&format!(", {} đồng chí không tán thành", approval.against));
    }
    if approval.others() > 0 {
        vote.push_str(&format!(", {} đồng chí có ý kiến khác", approval.others()));
    }
    vote
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use super::MINUTES;

    #[test]
    fn the_date_line_writes_numbers_as_the_guidance_does() {
        let date = |m, d| NaiveDate::from_ymd_opt(2020, m, d);
        assert_eq!((MINUTES.date_line)("Đà Nẵng", date(6, 12)), "Đà Nẵng, ngày 12 tháng 6 năm 2020");
        assert_eq!((MINUTES.date_line)("Hà Nội", date(2, 3)), "Hà Nội, ngày 03 tháng 02 năm 2020");
        assert_eq!((MINUTES.date_line)(" ", None), "……………, ngày … tháng … năm …");
        assert_eq!((MINUTES.summary_line)(date(6, 12)), "sinh hoạt chuyên đề quý II năm 2020");
        assert_eq!((MINUTES.number_line)("12"), "Số 12-BB/CB");
        assert_eq!((MINUTES.number_line)("07-BB/CB"), "Số 07-BB/CB");
    }

    #[test]
    fn the_closing_states_the_real_vote_and_says_nhat_tri_only_when_it_was() {
        let ended = chrono::NaiveTime::from_hms_opt(16, 30, 0);
        let at = crate::model::WallTime::parse_from_rfc3339("2020-06-12T16:31:00+07:00").expect("time");
        let approval = |agreed, against, present| crate::model::Approval {
            agreed,
            present,
            against,
            base: Some(9),
            ended: ended.expect("time"),
            at,
        };
        let all = (MINUTES.closing)(ended, Some(&approval(8, 0, 8)));
        assert!(
            all.ends_with("được chi bộ biểu quyết thông qua với 8/8 đồng chí đảng viên chính thức có mặt nhất trí (đạt 8/9 số đảng viên chính thức được triệu tập, trừ số được miễn công tác và sinh hoạt đảng vắng mặt)."),
            "{all}"
        );
        let split = (MINUTES.closing)(ended, Some(&approval(5, 1, 8)));
        assert!(!split.contains("nhất trí"), "{split}");
        assert!(
            split.contains("5/8 đồng chí đảng viên chính thức có mặt tán thành (đạt 5/9 số đảng viên chính thức được triệu tập, trừ số được miễn công tác và sinh hoạt đảng vắng mặt), 1 đồng chí không tán thành, 2 đồng chí có ý kiến khác."),
            "{split}"
        );
        let before =
            (MINUTES.closing)(ended, Some(&crate::model::Approval { base: None, ..approval(6, 0, 7) }));
        assert!(before.contains("6/7 đồng chí có mặt tán thành."), "{before}");
    }
}
