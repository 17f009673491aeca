//! The register of measures at the conclusion, and the next meeting of the same cell showing
//! the measures left open.

#![allow(
    clippy::expect_used,
    clippy::indexing_slicing,
    reason = "a test fails with its expectation's message: that is its job"
)]

mod common;

use common::{click, harness, replace_text, vi};
use egui_kittest::kittest::Queryable;
use sinhhoat::model::MeasureStatus;

#[test]
fn measures_are_flagged_tracked_and_reviewed_at_the_next_meeting() {
    let folder = tempfile::tempdir().expect("temporary folder");
    let mut harness = harness(folder.path(), None);
    click(&mut harness, vi().live.nav_live);
    click(&mut harness, vi().live.step_conclusion);
    replace_text(&mut harness, vi().live.measure_content, "Rà soát quy chế sinh hoạt chi bộ");
    replace_text(&mut harness, vi().live.measure_deadline, "01/05/2020");
    click(&mut harness, vi().live.add_measure);
    assert!(harness.query_by_label(vi().live.flag_before_meeting).is_some());
    replace_text(&mut harness, vi().live.measure_content, "Mỗi quý tự kiểm điểm");
    click(&mut harness, vi().live.add_measure);
    harness.get_by_label("Rà soát quy chế sinh hoạt chi bộ").click();
    harness.run();
    click(&mut harness, "Đã hoàn thành");
    let session = harness.state().document().expect("open").session().clone();
    let statuses: Vec<_> = session.measures.iter().map(|m| m.status).collect();
    assert_eq!(statuses, [MeasureStatus::Done, MeasureStatus::Open]);

    click(&mut harness, vi().prepare.nav_prepare);
    click(&mut harness, "Tạo buổi sinh hoạt — Quý IV");
    click(&mut harness, vi().nav_details);
    assert!(
        harness
            .query_all_by_label_contains(
                "Biện pháp chưa hoàn thành của buổi sinh hoạt trước (“Mẫu - Quý II năm 2020"
            )
            .next()
            .is_some()
    );
    assert!(
        harness
            .query_all_by_label_contains("• Mỗi quý tự kiểm điểm (Chi bộ) — Chưa thực hiện")
            .next()
            .is_some()
    );
    assert!(
        harness.query_all_by_label_contains("Rà soát quy chế").next().is_none(),
        "done measures are not listed"
    );
}
