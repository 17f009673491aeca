//! Shared helpers for the tests of exported files: the parts of a .docx read back with a ZIP
//! library, and every XML part parsed.

#![allow(dead_code)]

use std::io::Read;

/// The names of the parts of a .docx package.
pub fn docx_parts(bytes: &[u8]) -> Vec<String> {
    let archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("a ZIP archive");
    archive.file_names().map(|name| name.expect("a readable name").into_owned()).collect()
}

/// One part of a .docx package as text.
pub fn docx_part(bytes: &[u8], name: &str) -> String {
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("a ZIP archive");
    let mut part = archive.by_name(name).unwrap_or_else(|_| panic!("no {name} in the package"));
    let mut text = String::new();
    part.read_to_string(&mut text).expect("UTF-8 text");
    text
}

/// Parses every XML part of the package, failing on the first that is not well-formed.
pub fn parse_every_part(bytes: &[u8]) {
    for name in docx_parts(bytes) {
        let text = docx_part(bytes, &name);
        if let Err(error) = roxmltree::Document::parse(&text) {
            panic!("{name} is not well-formed: {error}");
        }
    }
}
