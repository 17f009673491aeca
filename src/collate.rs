//! Vietnamese alphabetical order (a ă â b c d đ e ê … i o ô ơ … u ư … y; a tone counts only
//! between words of the same letters) for lists of sessions and members, from the Unicode
//! collation data of ICU4X rather than a table of our own. Code-point order would put "Đ"
//! after "Z".

use std::cmp::Ordering;
use std::sync::OnceLock;

use icu_collator::options::CollatorOptions;
use icu_collator::{Collator, CollatorBorrowed};
use icu_locale_core::Locale;

/// The Vietnamese collator, made once; `None` only if the bundled data could not serve it.
fn collator() -> Option<&'static CollatorBorrowed<'static>> {
    static COLLATOR: OnceLock<Option<CollatorBorrowed<'static>>> = OnceLock::new();
    COLLATOR
        .get_or_init(|| {
            let locale: Locale = "vi".parse().ok()?;
            Collator::try_new(locale.into(), CollatorOptions::default()).ok()
        })
        .as_ref()
}

/// How `a` and `b` compare in Vietnamese alphabetical order; by code point should the
/// collation data be missing.
pub fn compare(a: &str, b: &str) -> Ordering {
    match collator() {
        Some(collator) => collator.compare(a, b),
        None => a.cmp(b),
    }
}

/// Sorts `items` by the name `name` gives each, in Vietnamese alphabetical order.
pub fn sort_by_name<T>(items: &mut [T], name: impl Fn(&T) -> &str) {
    items.sort_by(|a, b| compare(name(a), name(b)));
}

/// The members in Vietnamese alphabetical order of their names, for showing.
pub fn by_name(roster: &[crate::model::Member]) -> Vec<&crate::model::Member> {
    let mut members: Vec<_> = roster.iter().collect();
    sort_by_name(&mut members, |member| member.name.as_str());
    members
}

#[cfg(test)]
mod tests {
    use super::sort_by_name;

    #[test]
    fn names_sort_as_a_vietnamese_dictionary_does() {
        let mut names =
            ["Đặng", "Zô", "Ân", "Ăn", "An", "Dũng", "Bình", "Ơn", "Ô", "Ở", "Uyên", "Ưng", "Ý", "Y"];
        sort_by_name(&mut names, |name| name);
        assert_eq!(
            names,
            ["An", "Ăn", "Ân", "Bình", "Dũng", "Đặng", "Ô", "Ở", "Ơn", "Uyên", "Ưng", "Y", "Ý", "Zô"]
        );
    }
}
