//! One field of a record with its new value: what an edit of a form sends, so that typing in
//! one field is undone apart from the others and each step names the field it changed.

use chrono::{NaiveDate, NaiveTime};

use super::{FourPointNotes, MeetingInfo, Organisation, SubTopic, TimingRules, Topic, TopicGroup};

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

details! {
    /// One of the timing rules, in seconds; the rules must still hold together after it.
    pub enum TimingDetail of TimingRules {
        /// The shortest a speech should be.
        TargetMin(u32) = target_min_secs,
        /// The longest a speech should be.
        TargetMax(u32) = target_max_secs,
        /// The hard limit of a speech.
        HardLimit(u32) = hard_limit_secs,
        /// The longest a follow-up comment should be.
        CommentLimit(u32) = comment_limit_secs,
    }
}

impl TimingDetail {
    /// The rules in which `after` differs from `before`, in an order that keeps the rules
    /// holding together after each step when both ends do: raising the maximum and the limit
    /// before the minimum climbs above the old maximum, and the like.
    pub fn steps(before: &TimingRules, after: &TimingRules) -> Vec<Self> {
        let mut pending = Self::changes(before, after);
        let mut current = *before;
        let mut steps = Vec::with_capacity(pending.len());
        while !pending.is_empty() {
            let holds = |step: &Self| {
                let mut next = current;
                step.clone().set(&mut next);
                next.validate().is_ok()
            };
            let step = pending.remove(pending.iter().position(holds).unwrap_or(0));
            step.clone().set(&mut current);
            steps.push(step);
        }
        steps
    }
}

details! {
    /// One of the four points noted on a speech.
    pub enum NoteDetail of FourPointNotes {
        /// 1. Why this topic.
        Why(String) = why,
        /// 2. The topic's content.
        Content(String) = content,
        /// 3. Applying it: the self-assessment.
        SelfAssessment(String) = self_assessment,
        /// 3. Subjective causes.
        SubjectiveCauses(String) = subjective_causes,
        /// 3. Objective causes.
        ObjectiveCauses(String) = objective_causes,
    }
}

#[cfg(test)]
mod tests {
    use super::{MeetingDetail, TimingDetail, TopicDetail};
    use crate::model::{MeetingInfo, TimingRules, Topic};

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

    #[test]
    fn timing_rules_change_in_an_order_that_holds_at_every_step() {
        let before = TimingRules::default();
        let after = TimingRules { target_min_secs: 8 * 60, target_max_secs: 9 * 60, ..before };
        let steps = TimingDetail::steps(&before, &after);
        assert_eq!(steps, [TimingDetail::TargetMax(9 * 60), TimingDetail::TargetMin(8 * 60)]);
        let lowered = TimingRules { target_max_secs: 5 * 60, hard_limit_secs: 6 * 60, ..before };
        let mut rules = before;
        for step in TimingDetail::steps(&rules, &lowered) {
            step.set(&mut rules);
            assert_eq!(rules.validate(), Ok(()), "{rules:?}");
        }
        assert_eq!(rules, lowered);
    }
}
