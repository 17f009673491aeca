//! The Debian package as a user gets it: the binary it installs starts, on a first start, on
//! the sample the package installs beside it (`/usr/share/sinhhoat`). `.ci/run` builds the
//! package, unpacks it and names the folder in `SINHHOAT_UNPACKED_DEB`.

#![allow(
    clippy::expect_used,
    clippy::indexing_slicing,
    reason = "a test fails with its expectation's message: that is its job"
)]

mod desktop;

use std::path::Path;

use desktop::{Desktop, data_folder, session_file};

/// Copies the package's binary and sample into a fresh tree, the sample's title changed so
/// that the session made from it tells which sample it came from.
fn installed_copy(unpacked: &Path, root: &Path) {
    std::fs::create_dir_all(root.join("usr/bin")).expect("bin");
    std::fs::create_dir_all(root.join("usr/share/sinhhoat")).expect("share");
    std::fs::copy(unpacked.join("usr/bin/sinhhoat"), root.join("usr/bin/sinhhoat")).expect("copy the binary");
    let sample = unpacked.join("usr/share/sinhhoat/sample-q2-2020.json");
    let mut json: serde_json::Value =
        serde_json::from_slice(&std::fs::read(sample).expect("the packaged sample")).expect("JSON");
    json["meeting"]["title"] = "Mẫu cài từ gói".into();
    let text = serde_json::to_vec_pretty(&json).expect("encode");
    std::fs::write(root.join("usr/share/sinhhoat/sample-q2-2020.json"), text).expect("write");
}

#[test]
fn the_packaged_binary_starts_on_the_sample_installed_beside_it() {
    let Some(unpacked) = std::env::var_os("SINHHOAT_UNPACKED_DEB") else {
        let message = "\n!! SKIPPED the_packaged_binary_starts_on_the_sample_installed_beside_it: \
                       no SINHHOAT_UNPACKED_DEB (.ci/run builds and unpacks the package).\n";
        assert!(std::env::var_os("SINHHOAT_REQUIRE_DISPLAY").is_none(), "{message}");
        let _ = std::io::Write::write_all(&mut std::io::stderr(), message.as_bytes());
        return;
    };
    let Some(desktop) = Desktop::start("the_packaged_binary_starts_on_the_sample") else {
        return;
    };
    let root = tempfile::tempdir().expect("temporary folder");
    installed_copy(Path::new(&unpacked), root.path());
    let data = data_folder();
    let app = desktop.launch_program(&root.path().join("usr/bin/sinhhoat"), data.path(), &[]);
    let file = session_file(data.path());
    app.wait_until_saved(&file, "the first session, made from the installed sample", |session| {
        session["meeting"]["title"] == "Mẫu cài từ gói"
    });
    app.kill();
}
