//! Synthetic cells' sessions for the report's tests and benchmarks: the sample meeting held
//! by each cell in each quarter, with speeches of varying lengths, comments, measures,
//! a conclusion and, for most, approved minutes.

use std::path::{Path, PathBuf};

use chrono::{Duration, NaiveDate};

use crate::edit::{Document, Edit, EditError};
use crate::model::{Attendance, CommentKind, MeasureOwner, MemberId, Session, Step, WallTime};
use crate::sample::sample_session;
use crate::store::{encode_session, write_atomic};

/// The committee the synthetic cells belong to.
pub const COMMITTEE: &str = "Đảng bộ Khối cơ quan thành phố";

/// The name of synthetic cell `index` (from 1).
pub fn cell_name(index: usize) -> String {
    format!("Chi bộ Phòng số {index:03}")
}

/// Cell `index`'s meeting in `quarter` (1–4) of `year`: the sample run through, every
/// speaker heard for 3 to 11 minutes depending on the cell, a comment on each speech, a
/// measure per speech (some overdue by the year's end), the conclusion built, one member
/// absent with a reason; the minutes approved unless the cell's index is a multiple of 5.
/// Every change goes through a [`Document`], checked like the app's; one refused is an error.
pub fn meeting(index: usize, year: i32, quarter: u32) -> Result<Session, EditError> {
    let mut session = sample_session().unwrap_or_default();
    session.organisation.party_committee = COMMITTEE.to_owned();
    session.organisation.cell = cell_name(index);
    let month = quarter.clamp(1, 4) * 3;
    let date = NaiveDate::from_ymd_opt(year, month, 10).unwrap_or_default();
    session.meeting.date = Some(date);
    session.meeting.title = format!("Sinh hoạt chuyên đề quý {quarter} năm {year}");
    for member in &mut session.roster {
        member.attendance = Attendance::Present;
    }
    if let Some(member) = session.roster.last_mut() {
        member.attendance = Attendance::Absent { reason: "đi công tác".into() };
    }
    let start = date.and_hms_opt(7, 0, 0).unwrap_or_default().and_utc().fixed_offset();
    let mut now = start;
    let subtopics: Vec<_> = session.subtopics.iter().map(|s| s.id).collect();
    let mut document = Document::new(PathBuf::new(), session);
    let run = |document: &mut Document, edit: Edit, seconds: i64, now: &mut WallTime| {
        document.apply(edit, *now)?;
        *now += Duration::seconds(seconds);
        Ok::<(), EditError>(())
    };
    let mut spoken = 0i64;
    for subtopic in subtopics {
        run(&mut document, Edit::GoTo(Step::Discussion { subtopic }), 5, &mut now)?;
        while document.session().live.flow.queue(subtopic).is_some_and(|q| !q.waiting.is_empty()) {
            run(&mut document, Edit::CallNext, 2, &mut now)?;
            let length = 180 + 60 * ((i64::try_from(index).unwrap_or(0) + spoken) % 9);
            spoken += 1;
            run(&mut document, Edit::ToggleSpeech, length, &mut now)?;
            let Some(speech) = document.session().live.flow.current_speech else { break };
            let speaker = document.session().speech(speech).map_or(MemberId(1), |s| s.speaker);
            let deadline = if spoken % 2 == 0 {
                date.checked_add_months(chrono::Months::new(2))
            } else {
                NaiveDate::from_ymd_opt(year + 1, 12, 31)
            };
            run(
                &mut document,
                Edit::AddMeasure {
                    source: Some(speech),
                    owner: MeasureOwner::Member { member: speaker },
                    content: format!("Biện pháp {spoken} của {}", cell_name(index)),
                    deadline,
                },
                0,
                &mut now,
            )?;
            run(&mut document, Edit::EndSpeech, 1, &mut now)?;
            run(
                &mut document,
                Edit::AddComment { speaker: MemberId(1), kind: CommentKind::Addition },
                0,
                &mut now,
            )?;
        }
        let text = format!("Khái quát chủ đề nhỏ của {}", cell_name(index));
        run(&mut document, Edit::SetGeneralization { subtopic, text }, 30, &mut now)?;
    }
    run(&mut document, Edit::Close, 0, &mut now)?;
    run(&mut document, Edit::BuildConclusion { keep_edits: false }, 60, &mut now)?;
    if !index.is_multiple_of(5) {
        let present = crate::prepare::attendance::roll(document.session()).voters().max(1);
        let ended = now.time();
        run(
            &mut document,
            Edit::ApproveMinutes { agreed: present, against: 0, present, ended },
            0,
            &mut now,
        )?;
    }
    Ok(document.session().clone())
}

/// Writes `cells` cells' meetings for each of `quarters` (1 to 4) of `year` into `folder`,
/// one folder per quarter, as a committee would collect them; returns the files.
pub fn write_folder(
    folder: &Path,
    cells: usize,
    year: i32,
    quarters: &[u32],
) -> std::io::Result<Vec<PathBuf>> {
    let mut files = Vec::new();
    for &quarter in quarters {
        let dir = folder.join(format!("quy-{quarter}"));
        std::fs::create_dir_all(&dir)?;
        for index in 1..=cells {
            let path = dir.join(format!("chi-bo-{index:03}.json"));
            let session =
                meeting(index, year, quarter).map_err(|error| std::io::Error::other(format!("{error}")))?;
            write_atomic(&path, &encode_session(&session)).map_err(std::io::Error::other)?;
            files.push(path);
        }
    }
    Ok(files)
}
