//! The cell's yearly plan of thematic meetings (kế hoạch), which it reports to the committee
//! above: why, the topic of each quarter and its month, how it is carried out.

use super::{Block, letterhead, signed_for_cell};
use crate::i18n::Strings;
use crate::prepare::plan::YearPlan;

/// The plan as the cell issues it, numbered "Số …-KH/CB" and signed by its secretary.
pub fn plan(plan: &YearPlan, strings: &Strings) -> Vec<Block> {
    let text = strings.papers;
    let organisation = &plan.organisation;
    let numbered = |items: &[&'static str]| -> Vec<Block> {
        items
            .iter()
            .enumerate()
            .map(|(index, item)| Block::Paragraph(format!("{}. {item}", index + 1)))
            .collect()
    };
    let mut blocks = vec![
        letterhead(organisation, Some((text.number_line)(&plan.number, "KH/CB")), plan.issued, strings),
        Block::Title { title: text.plan_title.to_owned(), summary: (text.plan_summary)(plan.year) },
        Block::Paragraph((text.plan_basis)(&organisation.cell, plan.year)),
        Block::Heading(1, text.plan_part_purpose.to_owned()),
    ];
    blocks.extend(numbered(&text.plan_purpose));
    blocks.push(Block::Heading(1, text.plan_part_topics.to_owned()));
    let rows = plan
        .quarters
        .iter()
        .enumerate()
        .map(|(index, quarter)| {
            let topic = quarter.topic.trim();
            vec![
                (strings.prepare.quarter)(index + 1),
                if topic.is_empty() { text.plan_no_topic.to_owned() } else { topic.to_owned() },
                (strings.group_name)(quarter.group).to_owned(),
                (text.plan_when)(quarter.month, plan.year),
            ]
        })
        .collect();
    let header = text.plan_columns.iter().map(|c| (*c).to_owned()).collect();
    blocks.push(Block::Table { header, rows });
    blocks.push(Block::Heading(1, text.plan_part_organisation.to_owned()));
    let mut organisation_points = text.plan_organisation.to_vec();
    if plan.year >= 2026 {
        organisation_points.insert(2, text.plan_floor);
    }
    blocks.extend(numbered(&organisation_points));
    let above = (text.issuing_committee)(&organisation.party_committee);
    let recipients = vec![(text.to_above)(&above), text.to_members.to_owned(), text.keep_cell.to_owned()];
    blocks.push(signed_for_cell(recipients, &plan.secretary, strings));
    blocks
}
