//! Sizes no meeting reaches. A file past them is refused with the limit named, rather than
//! rendered at the cost of minutes and gigabytes. The limits stand far above real meetings.

use serde_json::Value;

use super::Session;
use super::validate::{RecordKind, ValidationIssue};

/// The longest text a field may hold, in characters.
pub const MAX_TEXT_CHARS: usize = 100_000;
/// The most members a roster may hold.
pub const MAX_MEMBERS: usize = 2_000;
/// The most speeches and comments, together, a meeting may hold.
pub const MAX_RECORDED: usize = 10_000;

impl Session {
    /// Every size past its limit: too many members or records, and every text too long (named
    /// by its place in the file, e.g. `topic.name`).
    pub fn limits(&self) -> Vec<ValidationIssue> {
        let mut issues = Vec::new();
        if self.roster.len() > MAX_MEMBERS {
            issues.push(ValidationIssue::TooMany {
                kind: RecordKind::Member,
                count: self.roster.len(),
                limit: MAX_MEMBERS,
            });
        }
        let recorded = self.live.speeches.len() + self.live.comments.len();
        if recorded > MAX_RECORDED {
            issues.push(ValidationIssue::TooMany {
                kind: RecordKind::Speech,
                count: recorded,
                limit: MAX_RECORDED,
            });
        }
        if let Ok(value) = serde_json::to_value(self) {
            long_texts(&value, &mut String::new(), &mut issues);
        }
        issues
    }
}

/// Walks `value`, noting every string longer than [`MAX_TEXT_CHARS`] with its path.
fn long_texts(value: &Value, path: &mut String, issues: &mut Vec<ValidationIssue>) {
    match value {
        Value::String(text) => {
            let chars = text.chars().count();
            if chars > MAX_TEXT_CHARS {
                issues.push(ValidationIssue::TextTooLong {
                    field: path.clone(),
                    chars,
                    limit: MAX_TEXT_CHARS,
                });
            }
        }
        Value::Array(items) => {
            for (index, item) in items.iter().enumerate() {
                let length = path.len();
                path.push_str(&format!("[{index}]"));
                long_texts(item, path, issues);
                path.truncate(length);
            }
        }
        Value::Object(fields) => {
            for (name, field) in fields {
                let length = path.len();
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(name);
                long_texts(field, path, issues);
                path.truncate(length);
            }
        }
        Value::Null | Value::Bool(_) | Value::Number(_) => {}
    }
}

#[cfg(test)]
mod tests {
    use super::{MAX_MEMBERS, MAX_TEXT_CHARS};
    use crate::model::{Member, MemberId, RecordKind, ValidationIssue};
    use crate::sample::sample_session;

    #[test]
    fn a_text_past_the_limit_is_named_by_its_place() {
        let mut session = sample_session().expect("sample");
        assert!(session.limits().is_empty());
        session.topic.name = "ơ".repeat(MAX_TEXT_CHARS + 1);
        assert_eq!(
            session.limits(),
            [ValidationIssue::TextTooLong {
                field: "topic.name".into(),
                chars: MAX_TEXT_CHARS + 1,
                limit: MAX_TEXT_CHARS
            }]
        );
        session.topic.name = "ơ".repeat(MAX_TEXT_CHARS);
        assert!(session.limits().is_empty(), "the limit itself is allowed");
    }

    #[test]
    fn a_roster_past_the_limit_is_refused() {
        let mut session = sample_session().expect("sample");
        let extra = (9..=MAX_MEMBERS + 1).map(|n| {
            Member::new(MemberId(u32::try_from(n).expect("small")), format!("Đảng viên {n}"), String::new())
        });
        session.roster.extend(extra);
        assert_eq!(
            session.limits(),
            [ValidationIssue::TooMany {
                kind: RecordKind::Member,
                count: MAX_MEMBERS + 1,
                limit: MAX_MEMBERS
            }]
        );
    }
}
