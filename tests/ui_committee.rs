//! The "Tổng hợp" screen: a folder of cells' files read, the table shown, sorted and filtered
//! by quarter, the file left out named with its reason, and the report exported.

#![allow(
    clippy::expect_used,
    clippy::indexing_slicing,
    reason = "a test fails with its expectation's message: that is its job"
)]

mod common;

use common::{click, harness, replace_text, vi};
use egui_kittest::kittest::{By, Queryable};
use sinhhoat::report::synthetic::{cell_name, write_folder};

#[test]
fn the_committee_reads_a_folder_sorts_filters_and_exports_the_report() {
    let data = tempfile::tempdir().expect("data folder");
    let cells = tempfile::tempdir().expect("the cells' files");
    write_folder(cells.path(), 3, 2020, &[1, 2]).expect("generated");
    std::fs::write(cells.path().join("hong.json"), b"{").expect("a broken file");
    let mut harness = harness(data.path(), None);
    let text = vi().report;
    click(&mut harness, text.nav);
    replace_text(&mut harness, text.folder_label, &cells.path().display().to_string());
    click(&mut harness, text.read_button);
    assert!(
        harness
            .query_all_by_label(
                "Đã đọc 7 tệp dữ liệu của các chi bộ; tổng hợp được 6 buổi sinh hoạt chuyên đề."
            )
            .next()
            .is_some()
    );
    assert_eq!(harness.query_all_by_label(&cell_name(3)).count(), 2, "cell 3 in both quarters");
    assert!(harness.query_all_by_label_contains("hong.json").next().is_some(), "the broken file is named");

    click(&mut harness, text.columns[1]);
    click(&mut harness, &format!("{} {}", text.columns[1], text.ascending));
    assert!(
        harness.query_by_label(&format!("{} {}", text.columns[1], text.descending)).is_some(),
        "sorted, descending"
    );

    harness.get_by_label(text.filter_label).click();
    harness.run();
    // The drop-down's option, not the table's cells of that quarter.
    harness.get(By::new().label("Quý II/2020").role(egui::accesskit::Role::Button)).click();
    harness.run();
    assert_eq!(harness.query_all_by_label(&cell_name(3)).count(), 1, "only the second quarter");

    let output = cells.path().join("bao-cao.docx");
    replace_text(&mut harness, text.export_heading, &output.display().to_string());
    click(&mut harness, vi().export_button);
    let bytes = std::fs::read(&output).expect("the report was written");
    assert!(bytes.starts_with(b"PK"), "a .docx package");
}
