//! Turning a session into the bytes of its file and back, with precise errors.

use std::fs;
use std::io::Read;
use std::path::Path;

use serde::de::DeserializeOwned;
use serde_json::Value;
use serde_json::error::Category;

use super::{DataProblem, FileKind, LoadError};
use crate::model::{FORMAT_VERSION, Session};

/// The largest session file read: far above any real meeting, small enough to never exhaust
/// memory on a stray file.
pub const MAX_FILE_BYTES: u64 = 50 * 1024 * 1024;

/// The file's bytes: pretty JSON, so that a file is readable and diffs well.
pub fn encode_session(session: &Session) -> Vec<u8> {
    #[allow(clippy::expect_used, reason = "plain data with string keys cannot fail to serialize")]
    let mut bytes = serde_json::to_vec_pretty(session).expect("a session always serializes");
    bytes.push(b'\n');
    bytes
}

/// Reads and checks a session file. The file is only read, never modified.
pub fn load_session(path: &Path) -> Result<Session, LoadError> {
    decode_session(&read_limited(path)?)
}

/// Decodes and validates a session from a file's bytes, brought up to this build's format.
pub fn decode_session(bytes: &[u8]) -> Result<Session, LoadError> {
    let session = super::migrate(decode_versioned(bytes)?);
    let mut issues = session.validate();
    issues.extend(session.limits());
    if issues.is_empty() { Ok(session) } else { Err(LoadError::Invalid(issues)) }
}

/// Decodes any of the app's versioned JSON files: UTF-8 text holding an object with a
/// `format_version` no newer than this build's, then the type itself.
pub fn decode_versioned<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, LoadError> {
    let text = std::str::from_utf8(bytes).map_err(|error| {
        let valid = bytes.get(..error.valid_up_to()).unwrap_or_default();
        let line = valid.iter().filter(|&&b| b == b'\n').count() + 1;
        LoadError::NotUtf8 { line }
    })?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(LoadError::Empty);
    }
    let value: Value = serde_json::from_str(text).map_err(|error| json_error(error, None))?;
    let Value::Object(fields) = &value else {
        return Err(LoadError::NotASession);
    };
    match fields.get("format_version") {
        None => return Err(LoadError::MissingVersion),
        Some(Value::Number(n)) => match n.as_u64() {
            Some(found) if found > u64::from(FORMAT_VERSION) => {
                return Err(LoadError::NewerVersion { found, supported: FORMAT_VERSION });
            }
            _ => {}
        },
        Some(_) => {}
    }
    decode_json(text.as_bytes())
}

/// Decodes JSON into `T`, saying where (line, column and the path in the data) and how the
/// data does not fit.
pub(crate) fn decode_json<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, LoadError> {
    let mut deserializer = serde_json::Deserializer::from_slice(bytes);
    let decoded = serde_path_to_error::deserialize(&mut deserializer).map_err(|error| {
        let path = error.path().to_string();
        json_error(error.into_inner(), (path != ".").then_some(path))
    })?;
    deserializer.end().map_err(|error| json_error(error, None))?;
    Ok(decoded)
}

/// Reads a regular file (a link to one is followed) of at most [`MAX_FILE_BYTES`]. A folder,
/// a FIFO, a device or a socket is refused by its kind before it is opened, so nothing waits
/// on a pipe or reads a device without end; the read itself stops past the limit, whatever the
/// size said a moment before.
pub(super) fn read_limited(path: &Path) -> Result<Vec<u8>, LoadError> {
    let metadata = fs::metadata(path)?;
    if !metadata.is_file() {
        return Err(LoadError::NotAFile(FileKind::of(&metadata.file_type())));
    }
    if metadata.len() > MAX_FILE_BYTES {
        return Err(LoadError::TooLarge { bytes: metadata.len() });
    }
    let mut bytes = Vec::new();
    fs::File::open(path)?.take(MAX_FILE_BYTES + 1).read_to_end(&mut bytes)?;
    match u64::try_from(bytes.len()) {
        Ok(read) if read <= MAX_FILE_BYTES => Ok(bytes),
        Ok(read) => Err(LoadError::TooLarge { bytes: read }),
        Err(_) => Err(LoadError::TooLarge { bytes: u64::MAX }),
    }
}

fn json_error(error: serde_json::Error, path: Option<String>) -> LoadError {
    let (line, column) = (error.line(), error.column());
    match error.classify() {
        Category::Eof => LoadError::Truncated { line, column },
        Category::Syntax if error.to_string().starts_with("recursion limit exceeded") => {
            LoadError::TooDeep { line, column }
        }
        Category::Syntax => LoadError::Syntax { line, column },
        Category::Data => LoadError::WrongData {
            line,
            column,
            path,
            problem: Box::new(DataProblem::parse(&strip_position(&error.to_string()))),
        },
        Category::Io => LoadError::Io { kind: std::io::ErrorKind::Other, detail: error.to_string() },
    }
}

/// serde_json appends " at line L column C"; the position is given separately.
fn strip_position(message: &str) -> String {
    match message.rfind(" at line ") {
        Some(index) => message[..index].to_owned(),
        None => message.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::{decode_session, encode_session};
    use crate::model::{FORMAT_VERSION, Session};
    use crate::store::{DataProblem, Found, LoadError, Wanted};

    #[test]
    fn encoded_session_decodes_to_the_same_session() {
        let session = Session::new_titled("Sinh hoạt chuyên đề quý II");
        assert_eq!(decode_session(&encode_session(&session)), Ok(session));
    }

    #[test]
    fn each_kind_of_broken_file_gets_its_own_error() {
        assert_eq!(decode_session(b""), Err(LoadError::Empty));
        assert_eq!(decode_session(b"  \n "), Err(LoadError::Empty));
        assert_eq!(decode_session(b"{\n\"a\": \xff}"), Err(LoadError::NotUtf8 { line: 2 }));
        assert_eq!(
            decode_session(b"{\"format_version\": 1,"),
            Err(LoadError::Truncated { line: 1, column: 21 })
        );
        assert_eq!(decode_session(b"{\n  x }"), Err(LoadError::Syntax { line: 2, column: 3 }));
        assert_eq!(decode_session(b"[1, 2]"), Err(LoadError::NotASession));
        assert_eq!(decode_session(b"{\"meeting\": {}}"), Err(LoadError::MissingVersion));
    }

    #[test]
    fn newer_format_is_refused_before_its_fields_are_read() {
        let text = format!("{{\"format_version\": {}, \"roster\": 5}}", FORMAT_VERSION + 1);
        assert_eq!(
            decode_session(text.as_bytes()),
            Err(LoadError::NewerVersion { found: u64::from(FORMAT_VERSION) + 1, supported: FORMAT_VERSION })
        );
    }

    #[test]
    fn wrong_types_say_where_and_what() {
        let text = "{\"format_version\": 1,\n \"meeting\": {\"title\": 42}}";
        assert_eq!(
            decode_session(text.as_bytes()),
            Err(LoadError::WrongData {
                line: 2,
                column: 24,
                path: Some("meeting.title".into()),
                problem: Box::new(DataProblem::WrongType {
                    found: Found::Integer("42".into()),
                    wanted: Wanted::Text
                }),
            })
        );
    }

    #[test]
    fn a_byte_order_mark_is_accepted() {
        let mut bytes = "\u{feff}".as_bytes().to_vec();
        bytes.extend(encode_session(&Session::default()));
        assert_eq!(decode_session(&bytes), Ok(Session::default()));
    }
}
