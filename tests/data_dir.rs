//! The data folder is chosen by `--data-dir`, then `SINHHOAT_DATA_DIR`, then the platform.
//!
//! The environment is read in a child process (this test binary run again), so the test never
//! changes its own environment.

#![allow(
    clippy::expect_used,
    clippy::indexing_slicing,
    reason = "a test fails with its expectation's message: that is its job"
)]

use std::path::PathBuf;
use std::process::Command;

use sinhhoat::store::DataDir;

const CHILD: &str = "SINHHOAT_DATA_DIR_TEST_CHILD";
const NAME: &str = "the_environment_variable_and_the_option_choose_the_folder";

fn resolved_in_child(env: Option<&str>, option: Option<&str>) -> PathBuf {
    let mut child = Command::new(std::env::current_exe().expect("test binary"));
    child.args(["--exact", NAME, "--nocapture", "--test-threads=1"]).env(CHILD, option.unwrap_or(""));
    match env {
        Some(value) => child.env(DataDir::ENV_VAR, value),
        None => child.env_remove(DataDir::ENV_VAR),
    };
    let output = child.output().expect("child runs");
    let text = String::from_utf8(output.stdout).expect("UTF-8");
    let line = text.split("DATA_DIR=").nth(1).and_then(|rest| rest.lines().next()).expect("child printed");

    PathBuf::from(line)
}

#[test]
fn the_environment_variable_and_the_option_choose_the_folder() {
    if let Some(option) = std::env::var_os(CHILD) {
        let option = (!option.is_empty()).then(|| PathBuf::from(option));
        println!("DATA_DIR={}", DataDir::from_environment(option).root().display());
        return;
    }
    assert_eq!(resolved_in_child(Some("/srv/chi-bộ"), None), PathBuf::from("/srv/chi-bộ"));
    assert_eq!(resolved_in_child(Some("/srv/chi-bộ"), Some("/tmp/tùy-chọn")), PathBuf::from("/tmp/tùy-chọn"));
    let default = resolved_in_child(None, None);
    let platform = default.ends_with("sinhhoat") || default == std::path::Path::new("sinhhoat-data");
    assert!(platform, "the platform's data directory (or the fallback): {}", default.display());
}
