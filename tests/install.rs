//! What installing needs from the repository: the icon rendered at every size the desktop
//! entry, the package and the windows use, each PNG decoding to its size; the desktop entry
//! naming that icon and the binary; the package installing each of them where the desktop
//! finds them.

#![allow(
    clippy::expect_used,
    clippy::indexing_slicing,
    reason = "a test fails with its expectation's message: that is its job"
)]

use std::path::Path;

use sinhhoat::ui::icon::{SIZES, WINDOW_PNG, WINDOW_SIZE, window_icon};

fn repository(path: &str) -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(path)
}

#[test]
fn every_icon_png_decodes_at_its_size() {
    for size in SIZES {
        let bytes = std::fs::read(repository(&format!("assets/icon/sinhhoat-{size}.png"))).expect("the PNG");
        let icon = eframe::icon_data::from_png_bytes(&bytes).expect("a PNG that decodes");
        assert_eq!((icon.width, icon.height), (size, size), "sinhhoat-{size}.png");
        let opaque = icon.rgba.chunks(4).filter(|pixel| pixel[3] > 0).count();
        assert!(opaque > icon.rgba.len() / 8, "sinhhoat-{size}.png draws something");
    }
    let window = window_icon().expect("the windows' icon decodes");
    assert_eq!((window.width, window.height), (WINDOW_SIZE, WINDOW_SIZE));
    let file = std::fs::read(repository(&format!("assets/icon/sinhhoat-{WINDOW_SIZE}.png"))).expect("PNG");
    assert_eq!(WINDOW_PNG, file.as_slice(), "the windows carry the rendered PNG");
    let svg = std::fs::read_to_string(repository("assets/icon/sinhhoat.svg")).expect("the drawing");
    assert!(svg.contains("<svg") && svg.contains("viewBox=\"0 0 512 512\""));
}

#[test]
fn the_desktop_entry_and_the_package_name_the_icon_and_the_binary() {
    let entry = std::fs::read_to_string(repository("assets/sinhhoat.desktop")).expect("the desktop entry");
    for line in ["Exec=sinhhoat", "Icon=sinhhoat", "Categories=Office;", "Name[vi]=Sinh hoạt chuyên đề"]
    {
        assert!(entry.lines().any(|l| l == line), "the desktop entry lacks {line}");
    }
    assert!(
        entry.lines().any(|l| l.starts_with("Comment[vi]="))
            && entry.lines().any(|l| l.starts_with("Comment="))
    );
    let manifest = std::fs::read_to_string(repository("Cargo.toml")).expect("Cargo.toml");
    for size in SIZES {
        let asset = format!(
            "[\"assets/icon/sinhhoat-{size}.png\", \"usr/share/icons/hicolor/{size}x{size}/apps/sinhhoat.png\", \"644\"]"
        );
        assert!(manifest.contains(&asset), "the package lacks the {size} px icon");
    }
    for asset in [
        "\"usr/share/applications/sinhhoat.desktop\"",
        "\"usr/share/icons/hicolor/scalable/apps/sinhhoat.svg\"",
        "\"usr/share/sinhhoat/sample-q2-2020.json\"",
        "\"usr/share/doc/sinhhoat/fonts/OFL.txt\"",
        "\"usr/share/doc/sinhhoat/LICENSE-APACHE\"",
    ] {
        assert!(manifest.contains(asset), "the package lacks {asset}");
    }
}
