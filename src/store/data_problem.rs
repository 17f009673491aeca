//! What the decoder reports about a well-formed file whose data does not fit, in a typed form
//! the interface can put into words. serde and chrono word their messages in fixed shapes;
//! they are read here, once, so that no English reaches the user.

/// A value met in the file where something else was wanted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Found {
    /// `null`.
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// A whole number, as written.
    Integer(String),
    /// A number with a fraction, as written.
    Decimal(String),
    /// A string, quoted and escaped.
    Text(String),
    /// A JSON array.
    List,
    /// A JSON object.
    Object,
    /// Anything the decoder names otherwise, in its words.
    Other(String),
}

/// What the format wants in that place.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Wanted {
    /// A whole number between two bounds.
    Integer {
        /// The smallest allowed.
        min: i128,
        /// The largest allowed.
        max: i128,
    },
    /// Any number.
    Number,
    /// A string.
    Text,
    /// A JSON array.
    List,
    /// A JSON object.
    Object,
    /// `true` or `false`.
    Bool,
    /// A date written `YYYY-MM-DD`.
    Date,
    /// A time of day written `HH:MM:SS`.
    Time,
    /// A moment written as RFC 3339, with its offset.
    DateTime,
    /// One of a fixed set of names.
    OneOf(Vec<String>),
    /// Anything the decoder names otherwise, in its words.
    Other(String),
}

/// Why a well-formed value does not fit the format.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DataProblem {
    /// A required field is absent.
    MissingField(String),
    /// A field appears twice in one object.
    DuplicateField(String),
    /// A name that is not one of the allowed ones.
    UnknownName {
        /// The name in the file.
        found: String,
        /// The names allowed there.
        wanted: Wanted,
    },
    /// A value of the wrong kind.
    WrongType {
        /// What the file holds.
        found: Found,
        /// What the format wants.
        wanted: Wanted,
    },
    /// A value of the right kind but outside what is allowed.
    WrongValue {
        /// What the file holds.
        found: Found,
        /// What the format wants.
        wanted: Wanted,
    },
    /// A list of the wrong length.
    WrongLength {
        /// How many elements the file holds.
        found: usize,
        /// What the format wants.
        wanted: Wanted,
    },
    /// A date or time string that is not a real date or time, or not written as one.
    BadDateOrTime,
    /// Anything else, in the decoder's words.
    Other(String),
}

/// chrono's words for a date or time string it could not read.
const DATE_TIME_MESSAGES: [&str; 7] = [
    "input is out of range",
    "no possible date and time matching input",
    "input is not enough for unique date and time",
    "input contains invalid characters",
    "premature end of input",
    "trailing input",
    "bad or unsupported format string",
];

impl DataProblem {
    /// Reads a decoder's message, without its position.
    pub fn parse(message: &str) -> Self {
        if let Some(field) = quoted_after(message, "missing field ") {
            return Self::MissingField(field);
        }
        if let Some(field) = quoted_after(message, "duplicate field ") {
            return Self::DuplicateField(field);
        }
        if let Some(rest) = message.strip_prefix("unknown variant ")
            && let Some((found, wanted)) = rest.split_once(", expected ")
        {
            let found = found.trim_matches('`').to_owned();
            return Self::UnknownName { found, wanted: Wanted::OneOf(backquoted(wanted)) };
        }
        if let Some(rest) = message.strip_prefix("unknown variant ")
            && let Some(found) = rest.strip_suffix(", there are no variants")
        {
            return Self::UnknownName {
                found: found.trim_matches('`').to_owned(),
                wanted: Wanted::OneOf(Vec::new()),
            };
        }
        if let Some((found, wanted)) = message.strip_prefix("invalid type: ").and_then(split_expected) {
            return Self::WrongType { found: Found::parse(found), wanted: Wanted::parse(wanted) };
        }
        if let Some((found, wanted)) = message.strip_prefix("invalid value: ").and_then(split_expected) {
            return Self::WrongValue { found: Found::parse(found), wanted: Wanted::parse(wanted) };
        }
        if let Some((length, wanted)) = message.strip_prefix("invalid length ").and_then(split_expected)
            && let Ok(found) = length.parse()
        {
            return Self::WrongLength { found, wanted: Wanted::parse(wanted) };
        }
        if DATE_TIME_MESSAGES.contains(&message) {
            return Self::BadDateOrTime;
        }
        Self::Other(message.to_owned())
    }
}

impl Found {
    fn parse(text: &str) -> Self {
        let backquoted =
            |prefix: &str| text.strip_prefix(prefix).map(|rest| rest.trim_matches('`').to_owned());
        match text {
            "null" | "unit value" => Self::Null,
            "sequence" => Self::List,
            "map" => Self::Object,
            "boolean `true`" => Self::Bool(true),
            "boolean `false`" => Self::Bool(false),
            _ => {
                if let Some(number) = backquoted("integer ") {
                    Self::Integer(number)
                } else if let Some(number) = backquoted("floating point ") {
                    Self::Decimal(number)
                } else if let Some(string) = text.strip_prefix("string ") {
                    Self::Text(shortened(string))
                } else {
                    Self::Other(text.to_owned())
                }
            }
        }
    }
}

impl Wanted {
    fn parse(text: &str) -> Self {
        let integer = |min: i128, max: i128| Self::Integer { min, max };
        match text {
            "u8" => integer(0, u8::MAX.into()),
            "u16" => integer(0, u16::MAX.into()),
            "u32" => integer(0, u32::MAX.into()),
            "u64" | "usize" => integer(0, u64::MAX.into()),
            "i8" => integer(i8::MIN.into(), i8::MAX.into()),
            "i16" => integer(i16::MIN.into(), i16::MAX.into()),
            "i32" => integer(i32::MIN.into(), i32::MAX.into()),
            "i64" | "isize" => integer(i64::MIN.into(), i64::MAX.into()),
            "f32" | "f64" => Self::Number,
            "a string" | "a borrowed string" | "a character" => Self::Text,
            "a sequence" => Self::List,
            "a map" => Self::Object,
            "a boolean" => Self::Bool,
            "a formatted date string" => Self::Date,
            "a formatted time string" => Self::Time,
            "an RFC 3339 formatted date and time string" => Self::DateTime,
            _ if text.starts_with("struct ") || text.starts_with("internally tagged enum ") => Self::Object,
            _ if text.starts_with("a tuple") || text.starts_with("an array") => Self::List,
            _ if text.contains('`') => Self::OneOf(backquoted(text)),
            _ => Self::Other(text.to_owned()),
        }
    }
}

/// The longest string quoted back to the user, in characters; a note of 10,000 characters
/// would otherwise fill the screen.
const QUOTED_CHARS: usize = 60;

/// The string, cut to [`QUOTED_CHARS`] with an ellipsis where it was cut.
fn shortened(string: &str) -> String {
    match string.char_indices().nth(QUOTED_CHARS) {
        Some((cut, _)) => format!("{}…", &string[..cut]),
        None => string.to_owned(),
    }
}

/// `found, expected wanted`, split at the last `, expected ` (a found string may hold one).
fn split_expected(text: &str) -> Option<(&str, &str)> {
    text.rsplit_once(", expected ")
}

/// The `name` of a message that is `prefix` followed by `` `name` `` and nothing else.
fn quoted_after(message: &str, prefix: &str) -> Option<String> {
    let name = message.strip_prefix(prefix)?.strip_prefix('`')?.strip_suffix('`')?;
    Some(name.to_owned())
}

/// Every `` `name` `` in a list such as "one of `a`, `b`, `c`".
fn backquoted(text: &str) -> Vec<String> {
    text.split('`').skip(1).step_by(2).map(str::to_owned).collect()
}

#[cfg(test)]
mod tests {
    use super::{DataProblem, Found, Wanted};

    fn decode<T: serde::de::DeserializeOwned + std::fmt::Debug>(json: &str) -> DataProblem {
        let error = serde_json::from_str::<T>(json).expect_err("the JSON does not fit");
        let message = error.to_string();
        DataProblem::parse(message.rsplit_once(" at line ").map_or(message.as_str(), |(text, _)| text))
    }

    #[derive(Debug, serde::Deserialize)]
    #[allow(dead_code, reason = "only decoded, to provoke errors")]
    struct Meeting {
        title: String,
        minutes: u32,
        date: Option<chrono::NaiveDate>,
        start: Option<chrono::NaiveTime>,
        at: Option<chrono::DateTime<chrono::FixedOffset>>,
        phase: Option<Phase>,
        pair: Option<(u8, u8)>,
    }

    #[derive(Debug, serde::Deserialize)]
    #[serde(rename_all = "snake_case")]
    enum Phase {
        Opening,
        Closing,
    }

    #[test]
    fn each_message_of_serde_json_is_read_into_its_kind() {
        let minutes = || Wanted::Integer { min: 0, max: u32::MAX.into() };
        let wrong_type = |found, wanted| DataProblem::WrongType { found, wanted };
        let cases = [
            (r#"{"minutes": 5}"#, DataProblem::MissingField("title".into())),
            (r#"{"title": "a", "title": "b", "minutes": 5}"#, DataProblem::DuplicateField("title".into())),
            (r#"{"title": 42, "minutes": 5}"#, wrong_type(Found::Integer("42".into()), Wanted::Text)),
            (
                r#"{"title": "a", "minutes": "mười, expected phút"}"#,
                wrong_type(Found::Text("\"mười, expected phút\"".into()), minutes()),
            ),
            (
                r#"{"title": "a", "minutes": 99999999999}"#,
                DataProblem::WrongValue { found: Found::Integer("99999999999".into()), wanted: minutes() },
            ),
            (r#"{"title": null, "minutes": 1}"#, wrong_type(Found::Null, Wanted::Text)),
            (r#"{"title": [], "minutes": 1}"#, wrong_type(Found::List, Wanted::Text)),
            (r#"{"title": true, "minutes": 1}"#, wrong_type(Found::Bool(true), Wanted::Text)),
            (r#"{"title": "a", "minutes": 1.5}"#, wrong_type(Found::Decimal("1.5".into()), minutes())),
            (
                r#"{"title": "a", "minutes": 1, "phase": "closed"}"#,
                DataProblem::UnknownName {
                    found: "closed".into(),
                    wanted: Wanted::OneOf(vec!["opening".into(), "closing".into()]),
                },
            ),
            (
                r#"{"title": "a", "minutes": 1, "pair": [1]}"#,
                DataProblem::WrongLength { found: 1, wanted: Wanted::List },
            ),
            ("[]", DataProblem::WrongLength { found: 0, wanted: Wanted::Object }),
        ];
        for (json, problem) in cases {
            assert_eq!(decode::<Meeting>(json), problem, "{json}");
        }
    }

    #[test]
    fn dates_and_times_are_read_as_such() {
        assert_eq!(
            decode::<Meeting>(r#"{"title": "a", "minutes": 1, "date": 12}"#),
            DataProblem::WrongType { found: Found::Integer("12".into()), wanted: Wanted::Date }
        );
        assert_eq!(
            decode::<Meeting>(r#"{"title": "a", "minutes": 1, "start": {}}"#),
            DataProblem::WrongType { found: Found::Object, wanted: Wanted::Time }
        );
        assert_eq!(
            decode::<Meeting>(r#"{"title": "a", "minutes": 1, "at": false}"#),
            DataProblem::WrongType { found: Found::Bool(false), wanted: Wanted::DateTime }
        );
        for bad in ["12/06/2020", "2020-02-30", "2020-06", "2020-06-12 thứ sáu"] {
            let json = format!(r#"{{"title": "a", "minutes": 1, "date": "{bad}"}}"#);
            assert_eq!(decode::<Meeting>(&json), DataProblem::BadDateOrTime, "{bad}");
        }
    }

    #[test]
    fn a_long_string_is_quoted_back_cut_short() {
        let long = "ạ".repeat(10_000);
        let json = format!(r#"{{"title": "a", "minutes": "{long}"}}"#);
        let DataProblem::WrongType { found: Found::Text(quoted), .. } = decode::<Meeting>(&json) else {
            panic!("a wrong type");
        };
        assert_eq!(quoted, format!("\"{}…", "ạ".repeat(59)));
    }

    #[test]
    fn a_message_of_another_shape_is_kept_whole() {
        assert_eq!(DataProblem::parse("something new"), DataProblem::Other("something new".into()));
        assert_eq!(
            DataProblem::parse("missing field title"),
            DataProblem::Other("missing field title".into())
        );
    }
}
