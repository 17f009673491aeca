//! One field of a record with its new value: what an edit of a form sends, so that typing in
//! one field is undone apart from the others and each step names the field it changed.

use chrono::{NaiveDate, NaiveTime};

use super::{MeetingInfo, Organisation, SubTopic, Topic, TopicGroup};

/// Declares an enum of the fields of a record, each variant holding the field's new value,
/// with `set` (puts the value in its place) and `changes` (the variants in which two
/// versions of the record differ, in the fields' order).
macro_rules! details {
    (
        $(#[$meta:meta])*
        pub enum $name:ident of $record:ty {
            $( $(#[$variant_meta:meta])* $variant:ident($value:ty) = $($field:ident).+ ),+ $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, PartialEq, Eq)]
        pub enum $name {
            $( $(#[$variant_meta])* $variant($value), )+
        }

        impl $name {
            /// Puts the value in its place in `record`.
            pub fn set(self, record: &mut $record) {
                match self {
                    $( Self::$variant(value) => record.$($field).+ = value, )+
                }
            }

            /// The fields in which `after` differs from `before`, one per field changed.
            pub fn changes(before: &$record, after: &$record) -> Vec<Self> {
                let mut changes = Vec::new();
                $(
                    if before.$($field).+ != after.$($field).+ {
                        changes.push(Self::$variant(after.$($field).+.clone()));
                    }
                )+
                changes
            }
        }
    };
}

details! {
    /// One detail of the party organisation.
    pub enum OrganisationDetail of Organisation {
        /// The party committee above the cell.
        PartyCommittee(String) = party_committee,
        /// The cell.
        Cell(String) = cell,
        /// The place name of the date line.
        PlaceName(String) = place_name,
    }
}

details! {
    /// One detail of the meeting.
    pub enum MeetingDetail of MeetingInfo {
        /// The title.
        Title(String) = title,
        /// The day.
        Date(Option<NaiveDate>) = date,
        /// The planned start.
        StartTime(Option<NaiveTime>) = start_time,
        /// The planned length in minutes.
        PlannedMinutes(u32) = planned_minutes,
        /// Whether it shares its session with the regular meeting.
        CombinedWithRegular(bool) = combined_with_regular,
        /// Where it takes place.
        Place(String) = place,
        /// Who chairs it.
        Chair(String) = chair,
        /// The chair's position.
        ChairPosition(String) = chair_position,
        /// Who takes the minutes.
        MinuteTaker(String) = minute_taker,
        /// The minute-taker's position.
        MinuteTakerPosition(String) = minute_taker_position,
        /// The minutes' number.
        Number(String) = number,
        /// The guests, one per line.
        Guests(String) = guests,
    }
}

details! {
    /// One detail of the topic and of the secretary's opening.
    pub enum TopicDetail of Topic {
        /// The topic's name.
        Name(String) = name,
        /// Its group.
        Group(TopicGroup) = group,
        /// The directing documents, one per entry.
        Directives(Vec<String>) = directives,
        /// The opening's purpose.
        Purpose(String) = opening.purpose,
        /// The opening's requirements.
        Requirements(String) = opening.requirements,
        /// The opening's content.
        Content(String) = opening.content,
        /// The form of the speeches.
        Form(String) = opening.form,
        /// How the discussion goes.
        DiscussionMethod(String) = opening.discussion_method,
    }
}

details! {
    /// One text of a sub-topic.
    pub enum SubTopicDetail of SubTopic {
        /// Its title.
        Title(String) = title,
        /// The guiding questions, one per entry.
        Questions(Vec<String>) = questions,
        /// The suggestions, one per entry.
        Suggestions(Vec<String>) = suggestions,
    }
}

#[cfg(test)]
mod tests {
    use super::{MeetingDetail, TopicDetail};
    use crate::model::{MeetingInfo, Topic};

    #[test]
    fn changes_name_each_field_that_differs_and_set_puts_it_back() {
        let before = MeetingInfo::default();
        let mut after = before.clone();
        after.place = "Hội trường".into();
        after.planned_minutes = 90;
        let changes = MeetingDetail::changes(&before, &after);
        assert_eq!(changes, [MeetingDetail::PlannedMinutes(90), MeetingDetail::Place("Hội trường".into())]);
        let mut rebuilt = before;
        for change in changes {
            change.set(&mut rebuilt);
        }
        assert_eq!(rebuilt, after);
    }

    #[test]
    fn a_nested_field_is_a_detail_of_its_own() {
        let before = Topic::default();
        let mut after = before.clone();
        after.opening.form = "Trình bày ngắn".into();
        assert_eq!(TopicDetail::changes(&before, &after), [TopicDetail::Form("Trình bày ngắn".into())]);
        assert!(TopicDetail::changes(&before, &before).is_empty());
    }
}
