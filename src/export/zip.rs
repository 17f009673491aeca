//! A minimal ZIP writer (stored entries, no compression): all a .docx package needs. The
//! files are small text, so compression would save little and cost a dependency.

/// The CRC-32 (IEEE) of `bytes`, as ZIP requires.
pub fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = 0xFFFF_FFFFu32;
    for &byte in bytes {
        crc ^= u32::from(byte);
        for _ in 0..8 {
            let mask = (crc & 1).wrapping_neg();
            crc = (crc >> 1) ^ (0xEDB8_8320 & mask);
        }
    }
    !crc
}

/// Packs `(name, bytes)` entries into a ZIP archive, in order.
pub fn zip(entries: &[(&str, Vec<u8>)]) -> Vec<u8> {
    let mut out = Vec::new();
    let mut central = Vec::new();
    for (name, bytes) in entries {
        let offset = len32(out.len());
        let crc = crc32(bytes);
        let size = len32(bytes.len());
        let header = |signature: u32, central: bool| {
            let mut h = Vec::new();
            h.extend(signature.to_le_bytes());
            if central {
                h.extend(20u16.to_le_bytes());
            }
            h.extend(20u16.to_le_bytes());
            h.extend(0x0800u16.to_le_bytes());
            h.extend(0u16.to_le_bytes());
            h.extend(0u16.to_le_bytes());
            h.extend(0x0021u16.to_le_bytes());
            h.extend(crc.to_le_bytes());
            h.extend(size.to_le_bytes());
            h.extend(size.to_le_bytes());
            h.extend(len16(name.len()).to_le_bytes());
            h.extend(0u16.to_le_bytes());
            h
        };
        out.extend(header(0x0403_4b50, false));
        out.extend(name.as_bytes());
        out.extend(bytes);
        central.extend(header(0x0201_4b50, true));
        central.extend([0u8; 6]);
        central.extend(0u32.to_le_bytes());
        central.extend(offset.to_le_bytes());
        central.extend(name.as_bytes());
    }
    let central_offset = len32(out.len());
    let central_size = len32(central.len());
    out.extend(central);
    out.extend(0x0605_4b50u32.to_le_bytes());
    out.extend([0u8; 4]);
    out.extend(len16(entries.len()).to_le_bytes());
    out.extend(len16(entries.len()).to_le_bytes());
    out.extend(central_size.to_le_bytes());
    out.extend(central_offset.to_le_bytes());
    out.extend(0u16.to_le_bytes());
    out
}

fn len32(len: usize) -> u32 {
    u32::try_from(len).unwrap_or(u32::MAX)
}

fn len16(len: usize) -> u16 {
    u16::try_from(len).unwrap_or(u16::MAX)
}

#[cfg(test)]
mod tests {
    use super::{crc32, zip};

    #[test]
    fn crc_matches_the_reference_value() {
        assert_eq!(crc32(b"123456789"), 0xCBF4_3926);
        assert_eq!(crc32(b""), 0);
    }

    #[test]
    fn the_archive_holds_its_entries_in_order() {
        let archive = zip(&[("a.txt", b"xin chao".to_vec()), ("thư mục/b.xml", b"<b/>".to_vec())]);
        assert_eq!(&archive[..4], &[0x50, 0x4b, 0x03, 0x04]);
        let end = archive.len() - 22;
        assert_eq!(&archive[end..end + 4], &[0x50, 0x4b, 0x05, 0x06]);
        assert_eq!(u16::from_le_bytes([archive[end + 10], archive[end + 11]]), 2);
        let word =
            |at: usize| u32::from_le_bytes([archive[at], archive[at + 1], archive[at + 2], archive[at + 3]]);
        let (size, offset) = (word(end + 12) as usize, word(end + 16) as usize);
        assert_eq!(offset + size, end, "the central directory ends where the end record starts");
        assert_eq!(
            size,
            2 * 46 + "a.txt".len() + "thư mục/b.xml".len(),
            "each central entry is 46 bytes and its name"
        );
        assert_eq!(word(offset), 0x0201_4b50);
        let second = offset + 46 + "a.txt".len();
        assert_eq!(word(second), 0x0201_4b50, "the second central entry starts right after the first");
        let text = String::from_utf8_lossy(&archive);
        assert!(text.contains("xin chao") && text.contains("thư mục/b.xml"));
    }
}
