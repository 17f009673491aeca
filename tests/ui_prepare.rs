//! The preparation driven through the UI: a quarter's session created from the yearly plan,
//! members added and pasted, assigned, checked for readiness, and attendance marked.

#![allow(
    clippy::expect_used,
    clippy::indexing_slicing,
    reason = "a test fails with its expectation's message: that is its job"
)]

mod common;

use std::fs;

use common::{click, harness, replace_text, vi};
use eframe::egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{By, Queryable};
use sinhhoat::model::{Attendance, ReadinessLevel, TopicGroup};
use sinhhoat::store::{DataDir, load_plan, load_session};
use sinhhoat::ui::{Notice, SinhHoatApp};

fn shows(harness: &Harness<'_, SinhHoatApp>, text: &str) -> bool {
    harness.query_all_by_label_contains(text).next().is_some()
}

#[test]
fn a_quarter_is_planned_staffed_assigned_and_checked() {
    let folder = tempfile::tempdir().expect("temporary folder");
    fs::write(folder.path().join("settings.json"), "{}").expect("not a first start");
    let mut harness = harness(folder.path(), None);
    click(&mut harness, vi().prepare.nav_prepare);

    replace_text(&mut harness, vi().prepare.plan_year, "2021");
    assert!(shows(&harness, "Kế hoạch sinh hoạt chuyên đề năm 2021"));
    harness.get_by_role_and_label(Role::TextInput, "Quý III").focus();
    harness.run();
    harness.get_by_role_and_label(Role::TextInput, "Quý III").type_text("Học tập phong cách Hồ Chí Minh");
    harness.run();
    click(&mut harness, "Tạo buổi sinh hoạt — Quý III");
    let plan = load_plan(&DataDir::at(folder.path()), 2021).expect("readable").expect("saved");
    assert_eq!(plan.quarters[2].topic, "Học tập phong cách Hồ Chí Minh");
    assert_eq!(plan.quarters[2].session.as_deref(), Some("Sinh hoạt chuyên đề quý III năm 2021"));
    let path = harness.state().document().expect("the new session is open").path.clone();
    assert!(path.ends_with("Sinh hoạt chuyên đề quý III năm 2021.json"));
    let session = harness.state().document().expect("open").session().clone();
    assert_eq!(session.topic.name, "Học tập phong cách Hồ Chí Minh");
    assert_eq!(session.topic.group, TopicGroup::Thought, "the plan's group is Tư tưởng by default");
    assert_eq!(session.subtopics.len(), 3, "the group's starter sub-topics");

    click(&mut harness, vi().prepare.tab_roster);
    replace_text(&mut harness, vi().prepare.member_name, "Nguyễn Thị Lan");
    replace_text(&mut harness, vi().prepare.member_position, "Bí thư chi bộ");
    click(&mut harness, vi().prepare.add_member);
    click(&mut harness, vi().prepare.add_member);
    assert!(matches!(harness.state().notice(), Some(Notice::Error(m)) if m == "họ tên đang để trống"));
    let list = "Trần Văn Hải, Phó Bí thư\nnguyễn thị lan\n\tĐảng viên\nLý Thị Mai\tĐảng viên";
    harness.get_by_label_contains(vi().prepare.paste_heading).focus();
    harness.run();
    harness.get_by_label_contains(vi().prepare.paste_heading).type_text(list);
    harness.run();
    click(&mut harness, vi().prepare.paste_button);
    let notice = match harness.state().notice() {
        Some(Notice::Error(message)) => message.clone(),
        other => panic!("expected the rejected lines, got {other:?}"),
    };
    assert!(notice.contains("Đã thêm 2 đảng viên."), "{notice}");
    assert!(
        notice.contains("Dòng 2 “nguyễn thị lan” không được thêm: đã có đảng viên tên “nguyễn thị lan”"),
        "{notice}"
    );
    assert!(notice.contains("Dòng 3"), "{notice}");
    assert!(shows(&harness, "Đảng viên chưa được phân công: Nguyễn Thị Lan, Trần Văn Hải, Lý Thị Mai"));
    assert!(shows(&harness, "Chủ đề nhỏ chưa có người phát biểu:"));
    let position = harness.get_by_role_and_label(Role::TextInput, "Trần Văn Hải").rect();
    assert!(position.width() >= 200.0, "a member's position is wide enough to read: {position:?}");

    for (member, subtopic) in
        [("Nguyễn Thị Lan", "1. "), ("Trần Văn Hải", "2. "), ("Lý Thị Mai", "3. "), ("Trần Văn Hải", "3. ")]
    {
        harness.get_by_role_and_label(Role::ComboBox, member).click();
        harness.run();
        harness.get(By::new().role(Role::Button).label_contains(subtopic)).click();
        harness.run();
    }
    assert!(shows(&harness, "Mọi đảng viên có mặt và mọi chủ đề nhỏ đều đã được phân công."));
    assert!(shows(&harness, "Ước tính: 4 ý kiến phát biểu"));

    click(&mut harness, vi().prepare.tab_readiness);
    assert!(shows(&harness, "0 đồng chí đã chuẩn bị đầy đủ, 0 chuẩn bị một phần, 3 chưa chuẩn bị."));
    for point in harness.get_all_by_label("1. Vì sao chọn chủ đề").take(3).collect::<Vec<_>>() {
        point.click();
    }
    harness.run();
    for label in ["2. Nội dung", "3. Vận dụng, tự đánh giá", "4. Biện pháp, đề xuất"] {
        harness.get_all_by_label(label).next().expect("the first speaker's point").click();
        harness.run();
    }
    assert!(shows(&harness, "1 đồng chí đã chuẩn bị đầy đủ, 2 chuẩn bị một phần, 0 chưa chuẩn bị."));
    click(&mut harness, vi().export_button);
    let exported = folder.path().join("exports").join("Sinh hoạt chuyên đề quý III năm 2021-chuan-bi.md");
    let markdown = fs::read_to_string(&exported).expect("exported");
    assert!(markdown.contains("Nguyễn Thị Lan") && markdown.contains("Đã chuẩn bị đầy đủ"), "{markdown}");

    click(&mut harness, vi().prepare.tab_attendance);
    // Each member's row: full, probationary, attending temporarily, exempted, then not
    // marked, present, absent.
    let option = |harness: &mut Harness<'_, SinhHoatApp>, member: &str, index: usize| {
        harness.get_all_by_label(member).nth(index).expect("the member's option").click();
        harness.run();
    };
    option(&mut harness, "Lý Thị Mai", 1);
    option(&mut harness, "Lý Thị Mai", 6);
    option(&mut harness, "Trần Văn Hải", 2);
    option(&mut harness, "Trần Văn Hải", 5);
    assert!(shows(&harness, "Tổng số đảng viên của chi bộ: 2 đồng chí (chính thức: 1, dự bị: 1)."));
    assert!(shows(&harness, "Vắng mặt không có lý do: 1 đồng chí: Lý Thị Mai"));
    assert!(shows(
        &harness,
        "Đảng viên sinh hoạt tạm thời (không tính vào số đảng viên của chi bộ) có mặt: 1/1 đồng chí: Trần Văn Hải"
    ));
    assert!(harness.state_mut().flush());
    let saved = load_session(&path).expect("saved");
    assert_eq!(saved.roster.len(), 3);
    assert_eq!(saved.roster[1].position, "Phó Bí thư");
    assert_eq!(saved.subtopics[2].speakers.len(), 2);
    assert_eq!(saved.readiness.iter().filter(|e| e.level() == ReadinessLevel::Ready).count(), 1);
    assert!(matches!(saved.roster[2].attendance, Attendance::Absent { .. }));
    assert_eq!(saved.roster[2].membership, sinhhoat::model::Membership::Probationary);
    assert_eq!(saved.roster[1].membership, sinhhoat::model::Membership::Temporary);
}

#[test]
fn a_length_short_of_the_floor_is_advised_at_89_minutes_not_90_and_at_119_not_120_when_shared() {
    let folder = tempfile::tempdir().expect("temporary folder");
    let mut harness = harness(folder.path(), None);
    let advice = |planned: u32, floor: u32| {
        format!("Thời lượng dự kiến {planned} phút, chưa đạt thời lượng tối thiểu {floor} phút")
    };
    replace_text(&mut harness, vi().planned_minutes, "89");
    assert!(shows(&harness, &advice(89, 90)), "89 minutes alone");
    replace_text(&mut harness, vi().planned_minutes, "90");
    assert!(!shows(&harness, "chưa đạt thời lượng"), "90 minutes alone are enough");
    click(&mut harness, vi().prepare.combined_meeting);
    assert!(shows(&harness, &advice(90, 120)), "shared with the regular meeting, 90 is short");
    assert!(shows(
        &harness,
        "cho một buổi sinh hoạt chi bộ có sinh hoạt chuyên đề cùng buổi với sinh hoạt thường kỳ."
    ));
    replace_text(&mut harness, vi().planned_minutes, "119");
    assert!(shows(&harness, &advice(119, 120)));
    replace_text(&mut harness, vi().planned_minutes, "120");
    assert!(!shows(&harness, "chưa đạt thời lượng"), "120 minutes shared are enough");
    assert!(harness.state_mut().flush());
    let path = harness.state().document().expect("open").path.clone();
    let saved = load_session(&path).expect("saved");
    assert!(
        saved.meeting.combined_with_regular && saved.meeting.planned_minutes == 120,
        "kept: advice never blocks"
    );
}

#[test]
fn a_meeting_heading_for_less_than_90_minutes_is_told_so_on_the_live_screen() {
    let clock = common::meeting_clock();
    let (_folder, harness) = common::first_speaker_called(&clock);
    // The sample's seven speeches at 5:30 each, the generalizations and the conclusion.
    assert!(shows(
        &harness,
        "Theo tiến độ hiện tại, buổi sinh hoạt kéo dài khoảng 60 phút, chưa đạt thời lượng tối thiểu 90 phút"
    ));
}
