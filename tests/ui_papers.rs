//! The cell's papers made from the screens a secretary finds them on: the year's plan from the
//! plan tab, the notice (and its plain text for the member app) from the sub-topics, the
//! extract of the minutes from the conclusion with the parts ticked there, and another matter
//! put to the vote recorded beside the minutes' own vote.

#![allow(
    clippy::expect_used,
    clippy::indexing_slicing,
    reason = "a test fails with its expectation's message: that is its job"
)]

mod common;
mod office;

use common::{click, meeting_clock, meeting_closed, replace_text, shows, shows_containing, vi};
use egui_kittest::kittest::Queryable;

#[test]
fn the_papers_come_from_the_screens_where_they_belong_and_a_vote_is_recorded() {
    let clock = meeting_clock();
    let (folder, mut harness) = meeting_closed(&clock);
    let live = vi().live;
    let papers = vi().papers;
    let exports = folder.path().join("exports");
    let stem = sinhhoat::store::stem(&harness.state().state().document().expect("open").path.clone());

    // Another matter put to the vote, before the minutes are approved.
    click(&mut harness, live.resolution_form);
    replace_text(&mut harness, live.resolution_matter, "các biện pháp của chi bộ nêu tại mục IV");
    // The vote's fields come first in the form above the minutes' own.
    for (label, value) in [(live.present_label, "7"), (live.agreed_label, "7"), (live.against_label, "0")] {
        harness.get_all_by_label(label).next().expect("the field").focus();
        harness.run();
        harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
        harness.run();
        harness.get_all_by_label(label).next().expect("the field").type_text(value);
        harness.run();
    }
    assert!(shows_containing(&harness, "đã đạt quá một nửa"), "everyone present for: it passes");
    click(&mut harness, live.record_vote);
    let session = harness.state().state().document().expect("open").session().clone();
    assert_eq!(session.live.resolutions.len(), 1);
    assert!(shows_containing(
        &harness,
        "Chi bộ biểu quyết thông qua các biện pháp của chi bộ nêu tại mục IV với"
    ));

    // The extract, with the discussion ticked besides the usual parts.
    click(&mut harness, papers.extract_parts[2]);
    click(&mut harness, papers.export_extract);
    let extract = std::fs::read(exports.join(format!("{stem}-trich-bien-ban.docx"))).expect("the extract");
    let xml = office::docx_part(&extract, "word/document.xml");
    for part in ["TRÍCH BIÊN BẢN", "II. THẢO LUẬN", "III. KẾT LUẬN", "T/M CHI BỘ", "Nơi nhận:"]
    {
        assert!(xml.contains(part), "the extract lacks {part}");
    }

    // The notice, from the sub-topics, as plain text, and copied.
    click(&mut harness, vi().prepare.nav_prepare);
    click(&mut harness, vi().prepare.tab_subtopics);
    click(&mut harness, sinhhoat::export::Format::NoticeText.name(vi()));
    click(&mut harness, papers.export_notice);
    let notice = std::fs::read_to_string(exports.join(format!("{stem}-thong-bao.txt"))).expect("the notice");
    assert!(notice.contains("THÔNG BÁO\nvề việc sinh hoạt chuyên đề quý II năm 2020"), "{notice}");
    assert!(
        notice.contains("Phân công chuẩn bị phát biểu: đồng chí Lê Minh Đức, đồng chí Phạm Thị Thu Hương."),
        "{notice}"
    );
    click(&mut harness, papers.copy_notice);
    assert!(shows(&harness, papers.notice_copied));

    // The year's plan, numbered and signed.
    click(&mut harness, vi().prepare.tab_plan);
    replace_text(&mut harness, vi().prepare.plan_year, "2020");
    replace_text(&mut harness, papers.plan_number, "05");
    replace_text(&mut harness, papers.plan_secretary, "Nguyễn Thị Hồng Nhung");
    click(&mut harness, papers.export_plan);
    let plan = std::fs::read(exports.join("ke-hoach-2020.docx")).expect("the plan");
    let xml = office::docx_part(&plan, "word/document.xml");
    for part in ["KẾ HOẠCH", "sinh hoạt chuyên đề năm 2020", "Số 05-KH/CB", "Nguyễn Thị Hồng Nhung"]
    {
        assert!(xml.contains(part), "the plan lacks {part}");
    }
}
