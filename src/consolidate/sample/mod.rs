//! Sample sets for workshops and benchmarks (`lotrinh sample`): N plausible commune plans of one
//! made-up province, made from the commune catalogue — different starting points and paces, gaps,
//! a few late or missing reports, values dated after the reporting date, dossier rates with
//! numerator and denominator — with their collection file and a province plan to write into.
//! The same seed always gives the same files.

mod names;
mod ranks;
mod rng;
mod series;

use std::path::{Path, PathBuf};

use chrono::{Datelike as _, Days, Months, NaiveDate};

use super::collection::{Collection, save as save_collection};
use super::error::CollectionError;
use crate::catalog;
use crate::model::{
    AdminUnit, Baseline, Indicator, MeasureUnit, Measurement, Project, Target, UnitLevel,
};
use crate::storage;
pub use names::slug;
use rng::Rng;
use series::UnitProfile;

/// The file name of the collection in a sample folder.
pub const COLLECTION_FILE: &str = "tong-hop.ron";

/// The folder (inside the sample folder) that holds the province plan.
pub const PROVINCE_FOLDER: &str = "tinh";

/// What to generate.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SampleOptions {
    /// How many commune plans.
    pub units: usize,
    /// The seed: the same seed gives the same set.
    pub seed: u64,
    /// The reporting date (a quarter end).
    pub as_of: NaiveDate,
    /// Quarterly values per indicator up to the reporting date.
    pub values: usize,
    /// Indicators per plan: the commune catalogue's, repeated under new ids when more are asked.
    pub indicators: Option<usize>,
}

impl SampleOptions {
    /// `units` communes from `seed`, reported on 30/09/2025 with eleven quarterly values.
    pub fn new(units: usize, seed: u64) -> Self {
        Self {
            units,
            seed,
            as_of: NaiveDate::from_ymd_opt(2025, 9, 30).unwrap_or_default(),
            values: 11,
            indicators: None,
        }
    }
}

/// A generated set: the member plans, the collection naming them and a province plan.
#[derive(Clone, Debug, PartialEq)]
pub struct SampleSet {
    /// The collection, members named by file name.
    pub collection: Collection,
    /// (file name, plan) of each commune.
    pub plans: Vec<(String, Project)>,
    /// (file name, plan) of the province, without values of the reporting period.
    pub province_plan: (String, Project),
}

/// Generates the set described by `options`.
pub fn generate(options: &SampleOptions) -> SampleSet {
    let mut rng = Rng::new(options.seed);
    let province = format!("Tỉnh {}", names::province(&mut rng));
    let communes = names::communes(&mut rng, options.units);
    let template = indicators(options.indicators);
    let dates = quarter_ends(options.as_of, options.values.max(1));
    let mut plans = Vec::with_capacity(communes.len());
    let mut capacities = Vec::with_capacity(communes.len());
    let files = file_names(&communes);
    for (index, commune) in communes.iter().enumerate() {
        let mut unit_rng = Rng::derived(options.seed, index as u64 + 1);
        let name = format!("Xã {commune}");
        let (plan, capacity) =
            commune_plan(&name, &province, &template, &dates, &mut unit_rng, options);
        let file = files
            .get(index)
            .cloned()
            .unwrap_or_else(|| format!("{index}.ron"));
        plans.push((file, plan));
        capacities.push(capacity);
    }
    ranks::assign(&mut plans, &capacities, options.seed);
    let quarter = ["I", "II", "III", "IV"]
        .get(options.as_of.month0() as usize / 3)
        .copied()
        .unwrap_or("I");
    let title = format!(
        "Tổng hợp kết quả chuyển đổi số các xã {} — quý {quarter}/{}",
        province.replacen("Tỉnh", "tỉnh", 1),
        options.as_of.year()
    );
    let unit = AdminUnit {
        level: UnitLevel::Province,
        name: province.clone(),
        parent_name: String::new(),
        province: province.clone(),
    };
    let mut collection = Collection::new(unit.clone(), title, options.as_of);
    collection.members = plans.iter().map(|(file, _)| file.clone()).collect();
    let mut province_plan = province_plan(unit, options, &mut rng);
    province_targets(&mut province_plan, &plans);
    SampleSet {
        collection,
        plans,
        province_plan: (
            format!("{PROVINCE_FOLDER}/ke-hoach-{}.ron", slug(&province)),
            province_plan,
        ),
    }
}

/// A file name for each commune, all different: "Thanh Long" and "Thạnh Long" have the same
/// ASCII name, so the second is numbered.
fn file_names(communes: &[String]) -> Vec<String> {
    let mut used = std::collections::HashSet::new();
    communes
        .iter()
        .map(|commune| {
            let base = slug(&format!("Xã {commune}"));
            let mut file = format!("{base}.ron");
            let mut number = 1;
            while !used.insert(file.clone()) {
                number += 1;
                file = format!("{base}-{number}.ron");
            }
            file
        })
        .collect()
}

/// Writes `set` into `dir`: the plans, the collection and the province plan. Refuses to replace
/// files unless `force` (the old ones are then kept as `.bak`). Returns the files written.
pub fn write_set(
    set: &SampleSet,
    dir: &Path,
    force: bool,
) -> Result<Vec<PathBuf>, CollectionError> {
    let mut targets: Vec<(PathBuf, &Project)> = set
        .plans
        .iter()
        .map(|(file, plan)| (dir.join(file), plan))
        .collect();
    let (province_file, province_plan) = &set.province_plan;
    let province_path = province_file
        .split('/')
        .fold(dir.to_path_buf(), |path, part| path.join(part));
    targets.push((province_path, province_plan));
    let collection_path = dir.join(COLLECTION_FILE);
    if !force {
        let existing = targets
            .iter()
            .map(|(path, _)| path)
            .chain(std::iter::once(&collection_path))
            .find(|path| path.exists());
        if let Some(path) = existing {
            return Err(CollectionError::Exists { path: path.clone() });
        }
    }
    let mut written = Vec::with_capacity(targets.len() + 1);
    for (path, plan) in targets {
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).map_err(|source| CollectionError::Io {
                path: parent.to_path_buf(),
                source,
            })?;
        }
        storage::save(plan, &path).map_err(CollectionError::Write)?;
        written.push(path);
    }
    save_collection(&set.collection, &collection_path)?;
    written.push(collection_path);
    Ok(written)
}

/// The indicators of a sample plan: the commune catalogue's, repeated under new ids up to
/// `count`; per-year counts marked as such.
fn indicators(count: Option<usize>) -> Vec<Indicator> {
    let base: Vec<Indicator> = catalog::catalog("commune")
        .map(|c| c.indicators.clone())
        .unwrap_or_default();
    let wanted = count.unwrap_or(base.len());
    let mut all = Vec::with_capacity(wanted);
    let mut round = 0;
    while all.len() < wanted && !base.is_empty() {
        round += 1;
        for indicator in &base {
            if all.len() == wanted {
                break;
            }
            let mut copy = indicator.clone();
            if round > 1 {
                copy.id = format!("{}_{round}", indicator.id);
                copy.name = format!("{} ({round})", indicator.name);
            }
            all.push(copy);
        }
    }
    all
}

/// `count` quarter ends up to `as_of`, oldest first.
fn quarter_ends(as_of: NaiveDate, count: usize) -> Vec<NaiveDate> {
    let mut dates: Vec<NaiveDate> = (0..count)
        .filter_map(|back| quarter_end_before(as_of, back))
        .collect();
    dates.reverse();
    dates
}

/// The last day of the month `3 × back` months before the month of `as_of`.
fn quarter_end_before(as_of: NaiveDate, back: usize) -> Option<NaiveDate> {
    let first = as_of.with_day(1)?;
    let months = u32::try_from(back * 3).ok()?;
    first
        .checked_sub_months(Months::new(months))?
        .checked_add_months(Months::new(1))?
        .pred_opt()
}

fn commune_plan(
    name: &str,
    province: &str,
    template: &[Indicator],
    dates: &[NaiveDate],
    rng: &mut Rng,
    options: &SampleOptions,
) -> (Project, f64) {
    let unit = AdminUnit {
        level: UnitLevel::Commune,
        name: name.to_owned(),
        parent_name: String::new(),
        province: province.to_owned(),
    };
    let mut plan = catalog::new_project(catalog::catalog("commune"), unit, options.as_of);
    plan.title = format!(
        "Kế hoạch chuyển đổi số {} giai đoạn {}–{}, định hướng đến năm 2030",
        name.replacen("Xã", "xã", 1),
        dates.first().map_or(2023, |d| d.year()),
        options.as_of.year()
    );
    plan.indicators = template.to_vec();
    let profile = UnitProfile {
        // Most units make fair progress, a few lead and a few struggle.
        capacity: 0.3 + 0.7 * rng.unit().powf(0.6),
        villages: 4 + u32::try_from(rng.below(12)).unwrap_or(0),
        records_dossiers: rng.chance(0.7),
    };
    let late = rng.chance(0.12);
    let gaps = rng.chance(0.3);
    let silent = rng.chance(0.12);
    let after = rng.chance(0.1);
    let baseline_date = dates
        .first()
        .and_then(|d| quarter_end_before(*d, 1))
        .unwrap_or(options.as_of);
    for indicator in &mut plan.indicators {
        series::fill(indicator, &profile, rng, baseline_date, dates);
        // In some units, a few indicators never measured at all.
        if gaps && rng.chance(0.05) {
            indicator.measurements.clear();
            indicator.baseline = None;
        }
        // A unit that went silent on part of its indicators for the last two quarters.
        if silent && rng.chance(0.35) {
            let keep = indicator.measurements.len().saturating_sub(2);
            indicator.measurements.truncate(keep);
        }
    }
    if late {
        // A late report: the file still stands at the quarter before.
        plan.as_of = quarter_end_before(options.as_of, 1).unwrap_or(options.as_of);
        for indicator in &mut plan.indicators {
            indicator.measurements.retain(|m| m.date <= plan.as_of);
        }
    }
    if after {
        add_later_value(&mut plan, options.as_of, rng);
    }
    (plan, profile.capacity)
}

/// One value dated a month after the reporting date (entered early), which must be ignored.
fn add_later_value(plan: &mut Project, as_of: NaiveDate, rng: &mut Rng) {
    // Not a rank: ranks are only published at the end of a year.
    let count = plan.indicators.len();
    let Some(indicator) = plan
        .indicators
        .get_mut(rng.below(count))
        .filter(|i| i.unit != MeasureUnit::Rank)
    else {
        return;
    };
    let Some(last) = indicator.measurements.last().cloned() else {
        return;
    };
    let date = as_of.checked_add_days(Days::new(31)).unwrap_or(as_of);
    plan.as_of = plan.as_of.max(date);
    let mut later = Measurement::new(date, last.value);
    later.numerator = last.numerator;
    later.denominator = last.denominator;
    later.note = "Số liệu nhập trước cho kỳ sau".to_owned();
    indicator.measurements.push(later);
}

/// The province's own plan from the province catalogue, with baselines and no values yet: the
/// plan the consolidated values are written into.
fn province_plan(unit: AdminUnit, options: &SampleOptions, rng: &mut Rng) -> Project {
    let mut plan = catalog::new_project(catalog::catalog("province"), unit.clone(), options.as_of);
    plan.title = format!(
        "Kế hoạch chuyển đổi số {} giai đoạn 2023–2025, định hướng đến năm 2030",
        unit.name.replacen("Tỉnh", "tỉnh", 1)
    );
    let date = NaiveDate::from_ymd_opt(2022, 12, 31).unwrap_or(options.as_of);
    for indicator in &mut plan.indicators {
        let value = match indicator.unit {
            MeasureUnit::Percent => (rng.range(15.0, 60.0) * 10.0).round() / 10.0,
            MeasureUnit::Rank => (20 + rng.below(30)) as f64,
            MeasureUnit::Score { max } => ((max * rng.range(0.3, 0.5)) * 1000.0).round() / 1000.0,
            MeasureUnit::YesNo => 0.0,
            MeasureUnit::Count { .. } | MeasureUnit::Money => {
                (options.units as f64 * rng.range(1.0, 4.0)).round()
            }
        };
        indicator.baseline = Some(Baseline { date, value });
    }
    plan
}

/// Targets for the province indicators the catalogue leaves to the province: a count the
/// communes also plan gets the sum of their targets of each year; a score gets two steps of the
/// way from its baseline to its maximum. So the province plan opens without a warning.
fn province_targets(plan: &mut Project, communes: &[(String, Project)]) {
    for indicator in plan.indicators.iter_mut().filter(|i| i.targets.is_empty()) {
        let baseline = indicator.baseline.map_or(0.0, |b| b.value);
        let targets: Vec<Target> = match indicator.unit {
            MeasureUnit::Count { .. } | MeasureUnit::Money => [2025, 2030]
                .into_iter()
                .filter_map(|year| {
                    let total: f64 = communes
                        .iter()
                        .filter_map(|(_, p)| p.indicators.iter().find(|i| i.id == indicator.id))
                        .filter_map(|i| i.targets.iter().find(|t| t.year == year))
                        .map(|t| t.value)
                        .sum();
                    (total > 0.0).then(|| Target::new(year, total.max(baseline)))
                })
                .collect(),
            MeasureUnit::Score { max } => [(2025, 0.4), (2030, 0.7)]
                .into_iter()
                .map(|(year, share)| {
                    let value = baseline + (max - baseline) * share;
                    Target::new(year, (value * 1000.0).round() / 1000.0)
                })
                .collect(),
            _ => Vec::new(),
        };
        indicator.targets = targets
            .into_iter()
            .map(|target| Target {
                source: SUMMED_TARGET_SOURCE.to_owned(),
                suggested: true,
                ..target
            })
            .collect();
    }
}

/// The source written on the targets [`province_targets`] makes up.
const SUMMED_TARGET_SOURCE: &str = "Số liệu mẫu, đặt cho buổi tập huấn";

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn quarter_ends_step_back_by_three_months() {
        let date = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
        assert_eq!(
            quarter_ends(date(2025, 9, 30), 4),
            vec![
                date(2024, 12, 31),
                date(2025, 3, 31),
                date(2025, 6, 30),
                date(2025, 9, 30)
            ]
        );
    }

    #[test]
    fn every_sample_plan_is_valid_and_the_set_is_reproducible() {
        let options = SampleOptions::new(30, 7);
        let set = generate(&options);
        assert_eq!(set, generate(&options));
        assert_eq!(set.plans.len(), 30);
        let country = names::communes(&mut Rng::new(1), 3321);
        let files: std::collections::HashSet<String> = file_names(&country).into_iter().collect();
        assert_eq!(files.len(), 3321, "every plan has its own file");
        for (file, plan) in set.plans.iter().chain(std::iter::once(&set.province_plan)) {
            let problems = storage::validate(plan).problems;
            assert!(problems.is_empty(), "{file}: {problems:?}");
            for indicator in &plan.indicators {
                let MeasureUnit::Score { max } = indicator.unit else {
                    continue;
                };
                let values = indicator.measurements.iter().map(|m| m.value);
                let targets = indicator.targets.iter().map(|t| t.value);
                assert!(
                    values.chain(targets).all(|v| (0.0..=max).contains(&v)),
                    "{file}: {} beyond its maximum {max}",
                    indicator.id
                );
            }
        }
        let ratio = |plan: &Project, id: &str| {
            plan.indicator(id)
                .unwrap()
                .measurements
                .iter()
                .all(|m| m.numerator.is_some())
        };
        assert!(
            set.plans
                .iter()
                .all(|(_, p)| ratio(p, "online_submission_rate_pct"))
        );
        assert!(
            !set.plans
                .iter()
                .all(|(_, p)| ratio(p, "on_time_resolution_pct"))
        );
        assert!(
            set.plans.iter().any(|(_, p)| p.as_of < options.as_of),
            "a late report"
        );
        assert!(
            set.plans.iter().any(|(_, p)| p.as_of > options.as_of),
            "a value after"
        );
        let many = SampleOptions {
            indicators: Some(60),
            values: 40,
            ..SampleOptions::new(2, 1)
        };
        let big = generate(&many);
        assert_eq!(big.plans[0].1.indicators.len(), 60);
        assert!(
            big.plans[0]
                .1
                .indicators
                .iter()
                .any(|i| i.measurements.len() >= 38)
        );
    }
}
