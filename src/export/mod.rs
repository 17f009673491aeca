//! Documents made from a session. Each format escapes the text it embeds, so a name such as
//! `<b>` or `a|b` stays text.

mod markdown;
pub mod readiness;

pub use markdown::escape_markdown;
