//! English for data that does not fit the session format: what was found, what was wanted.

use std::io::ErrorKind;

use crate::store::{DataProblem, FileKind, Found, Wanted};

/// The message for a value that does not fit, at a line, a column and a path in the data.
pub(super) fn wrong_data(line: usize, column: usize, path: Option<&str>, problem: &DataProblem) -> String {
    let place = match path {
        Some(path) => format!("line {line}, column {column}, in `{path}`"),
        None => format!("line {line}, column {column}"),
    };
    format!("Wrong data at {place}: {}.", data_problem(problem))
}

fn data_problem(problem: &DataProblem) -> String {
    match problem {
        DataProblem::MissingField(field) => format!("`{field}` is missing"),
        DataProblem::DuplicateField(field) => format!("`{field}` appears twice"),
        DataProblem::UnknownName { found, wanted } => {
            format!("`{found}` is not allowed here, expected {}", wanted_text(wanted))
        }
        DataProblem::WrongType { found, wanted } => {
            format!("expected {}, but the file has {}", wanted_text(wanted), found_text(found))
        }
        DataProblem::WrongValue { found, wanted } => {
            format!("{} is not valid here, expected {}", found_text(found), wanted_text(wanted))
        }
        DataProblem::WrongLength { found, wanted } => {
            format!("{found} elements, expected {}", wanted_text(wanted))
        }
        DataProblem::BadDateOrTime => {
            "the date or time does not exist or is badly written (write it as \"2020-06-12\", \"14:00:00\")"
                .into()
        }
        DataProblem::Other(detail) => format!("details: {detail}"),
    }
}

fn found_text(found: &Found) -> String {
    match found {
        Found::Null => "null".into(),
        Found::Bool(value) => format!("the value {value}"),
        Found::Integer(number) => format!("the integer {number}"),
        Found::Decimal(number) => format!("the decimal {number}"),
        Found::Text(text) => format!("the string {text}"),
        Found::List => "a list".into(),
        Found::Object => "an object".into(),
        Found::Other(what) => format!("`{what}`"),
    }
}

fn wanted_text(wanted: &Wanted) -> String {
    match wanted {
        Wanted::Integer { min, max } => format!("an integer from {min} to {max}"),
        Wanted::Number => "a number".into(),
        Wanted::Text => "a string".into(),
        Wanted::List => "a list".into(),
        Wanted::Object => "an object".into(),
        Wanted::Bool => "true or false".into(),
        Wanted::Date => "a date written year-month-day, such as \"2020-06-12\"".into(),
        Wanted::Time => "a time written hours:minutes:seconds, such as \"14:00:00\"".into(),
        Wanted::DateTime => "a moment written such as \"2020-06-12T14:05:00+07:00\"".into(),
        Wanted::OneOf(names) => match names.as_slice() {
            [] => "another value (none is valid here)".into(),
            [name] => format!("`{name}`"),
            names => format!("one of {}", super::backquoted_list(names)),
        },
        Wanted::Other(what) => format!("`{what}`"),
    }
}

/// The message for a path that names something else than a regular file.
pub(super) fn not_a_file(kind: FileKind) -> String {
    let what = match kind {
        FileKind::Folder => "a folder",
        FileKind::Fifo => "a pipe (FIFO), which would wait for ever",
        FileKind::Device => "a system device",
        FileKind::Socket => "a socket",
        FileKind::Other => "a special file",
    };
    format!("This is not a data file but {what}: not read.")
}

/// A system error in words, by its kind, with the system's own text after it (in English, as
/// the system gives it) for whoever has to look further.
pub(super) fn io_reason(kind: ErrorKind, detail: &str) -> String {
    let words = match kind {
        ErrorKind::NotFound => "file or folder not found",
        ErrorKind::PermissionDenied => "permission denied",
        ErrorKind::StorageFull => "the disk is full",
        ErrorKind::ReadOnlyFilesystem => "the disk is read-only",
        ErrorKind::NotADirectory => "part of the path is not a folder",
        ErrorKind::IsADirectory => "this is a folder, not a file",
        ErrorKind::AlreadyExists => "a file of that name exists",
        ErrorKind::InvalidFilename => "the file name or path is too long or not valid",
        ErrorKind::DirectoryNotEmpty => "the folder is not empty",
        ErrorKind::ResourceBusy => {
            "another program has the file open (an editor, an antivirus or a sync client); close it there"
        }
        ErrorKind::QuotaExceeded => "the disk quota is used up",
        ErrorKind::FileTooLarge => "the file is too large",
        ErrorKind::TimedOut => "timed out",
        ErrorKind::CrossesDevices => "cannot move to another disk",
        ErrorKind::TooManyLinks => "too many nested links",
        _ => "system error",
    };
    format!("{words} ({detail})")
}
