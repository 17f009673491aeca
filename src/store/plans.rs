//! Yearly plans on disk: one `plans/YEAR.json` per year, saved like sessions.

use std::fs;
use std::path::{Path, PathBuf};

use super::codec::read_limited;
use super::{DataDir, LoadError, StoreError, decode_versioned, write_atomic};
use crate::prepare::plan::YearPlan;

/// Where the plan of `year` is kept.
pub fn plan_path(data: &DataDir, year: i32) -> PathBuf {
    data.plans().join(format!("{year}.json"))
}

/// Reads the plan of `year`; `Ok(None)` when there is none yet. A file that cannot be read
/// is reported and left as it is.
pub fn load_plan(data: &DataDir, year: i32) -> Result<Option<YearPlan>, LoadError> {
    let path = plan_path(data, year);
    if !path.exists() {
        return Ok(None);
    }
    read_plan(&path).map(Some)
}

/// Reads a plan file from anywhere (`sinhhoat plan FILE`), checked like the data folder's.
pub fn read_plan(path: &Path) -> Result<YearPlan, LoadError> {
    let plan: YearPlan = decode_versioned(&read_limited(path)?)?;
    plan.validate().map_err(LoadError::InvalidPlan)?;
    Ok(plan)
}

/// Saves a plan atomically, keeping the previous version as a backup.
pub fn save_plan(data: &DataDir, plan: &YearPlan) -> Result<(), StoreError> {
    fs::create_dir_all(data.plans())?;
    #[allow(clippy::expect_used, reason = "plain data with string keys cannot fail to serialize")]
    let bytes = serde_json::to_vec_pretty(plan).expect("a plan always serializes");
    write_atomic(&plan_path(data, plan.year), &bytes)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::{load_plan, plan_path, save_plan};
    use crate::model::Organisation;
    use crate::prepare::plan::{PlanError, YearPlan};
    use crate::store::{DataDir, LoadError};

    #[test]
    fn plans_round_trip_and_broken_ones_are_reported_untouched() {
        let folder = tempfile::tempdir().expect("temporary folder");
        let data = DataDir::at(folder.path());
        assert_eq!(load_plan(&data, 2021), Ok(None));
        let mut plan = YearPlan::new(2021, Organisation::default());
        plan.quarters[0].topic = "Tư tưởng Hồ Chí Minh về xây dựng Đảng".into();
        save_plan(&data, &plan).expect("saved");
        assert_eq!(load_plan(&data, 2021), Ok(Some(plan.clone())));
        let text = std::fs::read_to_string(plan_path(&data, 2021))
            .expect("read")
            .replace("\"month\": 3", "\"month\": 8");
        std::fs::write(plan_path(&data, 2021), &text).expect("write");
        assert_eq!(
            load_plan(&data, 2021),
            Err(LoadError::InvalidPlan(PlanError::Month { quarter: 1, month: 8 }))
        );
        assert_eq!(std::fs::read_to_string(plan_path(&data, 2021)).expect("read"), text);
    }
}
