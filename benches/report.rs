//! The committee report's figure: reading and reporting 600 session files (150 cells × 4
//! quarters) in under a second, files read on every core.

#![allow(
    clippy::expect_used,
    clippy::indexing_slicing,
    reason = "a benchmark fails with its expectation's message: that is its job"
)]

use std::hint::black_box;

use chrono::NaiveDate;
use criterion::{Criterion, criterion_group, criterion_main};
use sinhhoat::cli::{ReportFormat, ReportOptions};
use sinhhoat::i18n::Language;
use sinhhoat::report::{Filter, build, gather, synthetic};

fn figures(c: &mut Criterion) {
    let folder = tempfile::tempdir().expect("temporary folder");
    let files = synthetic::write_folder(folder.path(), 150, 2020, &[1, 2, 3, 4]).expect("generated");
    assert_eq!(files.len(), 600);
    let as_of = NaiveDate::from_ymd_opt(2021, 1, 15).expect("date");
    let strings = Language::Vietnamese.strings();
    let mut group = c.benchmark_group("committee report");
    group.sample_size(10);
    group.bench_function("read 600 files and count them", |b| {
        b.iter(|| build(black_box(&gather(&[folder.path().to_path_buf()])), as_of, Filter::default()))
    });
    for (name, format) in
        [("docx", ReportFormat::Docx), ("md", ReportFormat::Markdown), ("csv", ReportFormat::Csv)]
    {
        let options = ReportOptions {
            paths: vec![folder.path().to_path_buf()],
            format,
            output: folder.path().join(format!("bao-cao.{name}")),
            filter: Filter::default(),
            as_of: Some(as_of),
            force: true,
            data_dir: None,
            letter: sinhhoat::report::render::Letter::default(),
        };
        group.bench_function(format!("read 600 files and write the {name}"), |b| {
            b.iter(|| {
                let report = build(&gather(&options.paths), as_of, options.filter);
                sinhhoat::cli::render_report(black_box(&report), &options, strings, as_of)
            })
        });
    }
    group.finish();
}

criterion_group!(benches, figures);
criterion_main!(benches);
