//! Shared helpers for the tests of exported files: the parts of a .docx read back with a ZIP
//! library, and every XML part parsed.

#![allow(dead_code)]

use std::io::Read;

use roxmltree::Node;

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

/// Whether `node` is the WordprocessingML element `name` (any namespace prefix).
pub fn w(node: Node<'_, '_>, name: &str) -> bool {
    node.is_element() && node.tag_name().name() == name
}

/// The first child element `name` of `node`.
pub fn child<'a, 'i>(node: Node<'a, 'i>, name: &str) -> Option<Node<'a, 'i>> {
    node.children().find(|c| w(*c, name))
}

/// The value of `node`'s attribute `name`.
pub fn attribute(node: Node<'_, '_>, name: &str) -> Option<String> {
    node.attributes().find(|a| a.name() == name).map(|a| a.value().to_owned())
}

/// The text of a paragraph or run, its line breaks as `\n`.
pub fn text_of(node: Node<'_, '_>) -> String {
    let mut text = String::new();
    for piece in node.descendants() {
        if w(piece, "br") {
            text.push('\n');
        } else if w(piece, "t") {
            text.push_str(piece.text().unwrap_or_default());
        }
    }
    text
}
