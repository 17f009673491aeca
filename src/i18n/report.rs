//! The shape of the committee report's strings, part of [`super::Strings`].

/// The committee report's text in one language.
#[allow(missing_docs)]
pub struct ReportStrings {
    pub nav: &'static str,
    /// "BÁO CÁO".
    pub title: &'static str,
    /// The line under the title, for a year and quarter when the report is limited to them.
    pub summary: fn(Option<i32>, Option<u32>) -> String,
    /// How many files were read and counted.
    pub read: fn(usize, usize) -> String,
    pub as_of: fn(&str) -> String,
    pub part_rows: &'static str,
    pub columns: [&'static str; 15],
    pub totals_row: &'static str,
    pub part_missing: &'static str,
    pub none_missing: &'static str,
    /// A quarter, "Quý II/2020".
    pub quarter: fn(i32, u32) -> String,
    pub part_measures: &'static str,
    pub measure_columns: [&'static str; 5],
    pub overdue: &'static str,
    pub cell_owner: &'static str,
    pub appendix: &'static str,
    pub no_date: &'static str,
    /// A meeting dated after the report's date, not counted as held.
    pub after_report: fn(&str) -> String,
    /// Two files for one cell and quarter: the cell, the quarter, the one counted, the others.
    pub duplicate: fn(&str, &str, &str, &str) -> String,
    pub yes: &'static str,
    pub no: &'static str,
    pub open_folder: &'static str,
    pub folder_label: &'static str,
    pub all_quarters: &'static str,
    pub skipped_heading: &'static str,
    pub nothing_read: &'static str,
    pub written: fn(&str) -> String,
    pub read_button: &'static str,
    pub export_heading: &'static str,
    pub sort_hint: &'static str,
    pub filter_label: &'static str,
    pub ascending: &'static str,
    pub descending: &'static str,
}
