#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::too_many_lines
)]
//! The sentences written from the data, in both languages, as a table of cases: what each must
//! say and what it must never say (a rank that "giảm bậc", a doubled "/năm", "điểm %", a count
//! with decimals, a yearly pace with three months left, a forecast of reaching a target already
//! met).

use chrono::NaiveDate;
use lotrinh::i18n::Lang;
use lotrinh::model::{
    Accumulation, Baseline, Direction, Indicator, MeasureUnit, Measurement, Pillar, Target,
    YesNoWords,
};
use lotrinh::progress::evaluate;
use lotrinh::sentences::{forecast_sentence, progress_sentence, status_text, verdict_lines};

fn d(year: i32, month: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(year, month, day).unwrap()
}

fn count(word: &str) -> MeasureUnit {
    MeasureUnit::Count {
        word: word.to_owned(),
    }
}

/// An indicator with a baseline on 1/1/2020, targets and values.
fn indicator(
    unit: MeasureUnit,
    direction: Direction,
    baseline: Option<f64>,
    targets: &[(i32, f64)],
    values: &[(NaiveDate, f64)],
) -> Indicator {
    let mut indicator = Indicator::new("chi_tieu", "Chỉ tiêu", Pillar::DigitalGovernment, unit);
    indicator.direction = direction;
    indicator.baseline = baseline.map(|value| Baseline {
        date: d(2020, 1, 1),
        value,
    });
    indicator.targets = targets.iter().map(|&(y, v)| Target::new(y, v)).collect();
    indicator.measurements = values
        .iter()
        .map(|&(date, value)| Measurement::new(date, value))
        .collect();
    indicator
}

/// One case: an indicator judged at a date, then for each language the parts its words must
/// contain and must not contain.
struct Case {
    name: &'static str,
    indicator: Indicator,
    as_of: NaiveDate,
    vi: &'static [&'static str],
    vi_never: &'static [&'static str],
    en: &'static [&'static str],
    en_never: &'static [&'static str],
}

/// Every sentence about the indicator: status, progress, forecast and verdicts.
fn all_words(indicator: &Indicator, as_of: NaiveDate, lang: Lang) -> String {
    let progress = evaluate(indicator, as_of);
    let mut words = vec![
        status_text(&progress, lang),
        progress_sentence(indicator, &progress, lang),
    ];
    words.extend(forecast_sentence(indicator, &progress, lang));
    words.extend(verdict_lines(indicator, &progress, lang));
    words.join("\n")
}

fn cases() -> Vec<Case> {
    let percent = |values: &[(NaiveDate, f64)]| {
        indicator(
            MeasureUnit::Percent,
            Direction::HigherIsBetter,
            Some(20.0),
            &[(2025, 60.0), (2030, 90.0)],
            values,
        )
    };
    let rank = |value: f64| {
        indicator(
            MeasureUnit::Rank,
            Direction::HigherIsBetter,
            Some(40.0),
            &[(2025, 20.0)],
            &[(d(2022, 12, 31), value)],
        )
    };
    let mut meetings = indicator(
        count("cuộc"),
        Direction::HigherIsBetter,
        None,
        &[(2025, 4.0)],
        &[(d(2025, 6, 30), 2.0)],
    );
    meetings.accumulation = Accumulation::PerYear;
    let index = |values: &[(NaiveDate, f64)]| {
        indicator(
            MeasureUnit::Score { max: 1.0 },
            Direction::HigherIsBetter,
            Some(0.4),
            &[(2025, 0.8)],
            values,
        )
    };
    vec![
        Case {
            name: "percent: both figures and a yearly pace",
            indicator: percent(&[(d(2023, 1, 1), 48.0)]),
            as_of: d(2023, 1, 1),
            vi: &[
                "Kết quả 48%, đạt 80% so với chỉ tiêu năm 2025 (60%); hoàn thành 70% lộ trình; cần tăng 4 điểm phần trăm mỗi năm để đạt.",
            ],
            vi_never: &["điểm %", "/năm"],
            en: &[
                "The result, 48%, is 80% of the 2025 target (60%); 70% of the way from the baseline; it must rise by 4 percentage points a year to get there.",
            ],
            en_never: &["points %"],
        },
        Case {
            name: "less than a year left: what is missing and the time left",
            indicator: percent(&[(d(2025, 9, 30), 25.0)]),
            as_of: d(2025, 9, 30),
            vi: &["còn thiếu 35 điểm phần trăm, còn 3 tháng."],
            vi_never: &["mỗi năm"],
            en: &["35 percentage points still missing, 3 months left."],
            en_never: &["a year"],
        },
        Case {
            name: "the deadline day: missed, and the status says so",
            indicator: percent(&[(d(2025, 12, 31), 55.0)]),
            as_of: d(2025, 12, 31),
            vi: &[
                "Không đạt",
                "không đạt mục tiêu năm 2025.",
                "Mục tiêu năm 2025 (60%): Không đạt; kết quả 55% ngày 31/12/2025.",
            ],
            vi_never: &["còn thiếu", "Dự báo", "·"],
            en: &[
                "the 2025 target was missed.",
                "2025 target (60%): Missed; result 55% on 31/12/2025.",
            ],
            en_never: &["still missing"],
        },
        Case {
            name: "the day after: the 2025 verdict beside the 2030 status",
            indicator: percent(&[(d(2025, 12, 31), 55.0)]),
            as_of: d(2026, 1, 1),
            vi: &[
                "Đúng tiến độ · 2025: Không đạt",
                "so với chỉ tiêu năm 2030 (90%)",
            ],
            vi_never: &[],
            en: &["On track · 2025: Missed", "of the 2030 target (90%)"],
            en_never: &[],
        },
        Case {
            name: "a rank climbs: tăng bậc, never giảm",
            indicator: rank(30.0),
            as_of: d(2022, 12, 31),
            vi: &[
                "Kết quả hạng 30, mục tiêu năm 2025 là hạng 20",
                "cần tăng khoảng 4 bậc mỗi năm để đạt",
            ],
            vi_never: &["giảm", "So với", "30,0"],
            en: &["it must climb about 4 places a year"],
            en_never: &["fall", "−"],
        },
        Case {
            name: "a rank with months left",
            indicator: indicator(
                MeasureUnit::Rank,
                Direction::LowerIsBetter,
                Some(40.0),
                &[(2025, 20.0)],
                &[(d(2025, 9, 30), 23.0)],
            ),
            as_of: d(2025, 9, 30),
            vi: &["cần tăng 3 bậc, còn 3 tháng."],
            vi_never: &["giảm"],
            en: &["3 places still to climb, 3 months left."],
            en_never: &[],
        },
        Case {
            name: "yes/no: a task to finish by its deadline",
            indicator: indicator(
                MeasureUnit::YesNo,
                Direction::HigherIsBetter,
                Some(0.0),
                &[(2025, 1.0)],
                &[(d(2024, 6, 30), 0.0)],
            ),
            as_of: d(2024, 6, 30),
            vi: &["Chưa hoàn thành; cần hoàn thành trước 31/12/2025."],
            vi_never: &["tăng 1", "/năm", "Dự báo"],
            en: &["Not done yet; to be done by 31/12/2025."],
            en_never: &["a year"],
        },
        Case {
            name: "yes/no: a new-countryside criterion is judged Đạt/Chưa đạt",
            indicator: Indicator {
                yes_no_words: YesNoWords::Achieved,
                ..indicator(
                    MeasureUnit::YesNo,
                    Direction::HigherIsBetter,
                    Some(0.0),
                    &[(2025, 1.0)],
                    &[(d(2024, 6, 30), 0.0)],
                )
            },
            as_of: d(2024, 6, 30),
            vi: &["Chưa đạt; cần đạt trước 31/12/2025."],
            vi_never: &["hoàn thành", "Không"],
            en: &["Not achieved; to be achieved by 31/12/2025."],
            en_never: &["done", "Yes"],
        },
        Case {
            name: "a unit word that already says per year is not doubled",
            indicator: indicator(
                count("lần/năm"),
                Direction::HigherIsBetter,
                Some(1.0),
                &[(2030, 4.0)],
                &[(d(2024, 12, 31), 1.0)],
            ),
            as_of: d(2024, 12, 31),
            vi: &[
                "Kết quả 1 lần, đạt 25% so với chỉ tiêu năm 2030 (4 lần)",
                "cần tăng khoảng 1 lần mỗi năm để đạt",
            ],
            vi_never: &["/năm/năm", "/năm mỗi năm", "lần/năm"],
            en: &["it must rise by about 1 lần a year"],
            en_never: &["/năm"],
        },
        Case {
            name: "counts are whole numbers, even in a forecast",
            indicator: indicator(
                count("tổ"),
                Direction::HigherIsBetter,
                Some(2.0),
                &[(2025, 20.0)],
                &[(d(2021, 1, 1), 5.0), (d(2022, 1, 1), 7.0)],
            ),
            as_of: d(2022, 1, 1),
            vi: &["Dự báo theo xu hướng: cuối năm 2025 đạt khoảng 1", "tổ;"],
            vi_never: &[",1", ",2", ",3", ",4", ",5", ",6", ",7", ",8", ",9"],
            en: &["Trend forecast: about 1"],
            en_never: &[
                ".1 ", ".2 ", ".3 ", ".4 ", ".5 ", ".6 ", ".7 ", ".8 ", ".9 ",
            ],
        },
        Case {
            name: "a target already met: the forecast says nothing about reaching it",
            indicator: percent(&[(d(2022, 1, 1), 50.0), (d(2023, 1, 1), 65.0)]),
            as_of: d(2023, 1, 1),
            vi: &[
                "Vượt",
                "đã vượt mục tiêu.",
                "Dự báo theo xu hướng: cuối năm 2025 đạt khoảng",
            ],
            vi_never: &["sẽ đạt", "sẽ không đạt", "lộ trình"],
            en: &["target exceeded."],
            en_never: &["would be reached", "missed at the current pace"],
        },
        Case {
            name: "a trend that never gets there",
            indicator: indicator(
                MeasureUnit::Percent,
                Direction::HigherIsBetter,
                None,
                &[(2025, 60.0)],
                &[(d(2022, 1, 1), 40.0), (d(2023, 1, 1), 30.0)],
            ),
            as_of: d(2023, 1, 1),
            vi: &["sẽ không đạt nếu giữ tốc độ hiện tại."],
            vi_never: &[],
            en: &["the target will be missed at the current pace."],
            en_never: &[],
        },
        Case {
            name: "lower is better with months left: cut, not miss",
            indicator: indicator(
                count("hồ sơ"),
                Direction::LowerIsBetter,
                Some(30.0),
                &[(2025, 5.0)],
                &[(d(2025, 9, 30), 12.0)],
            ),
            as_of: d(2025, 9, 30),
            vi: &[
                "Kết quả 12 hồ sơ, mục tiêu năm 2025 là 5 hồ sơ",
                "cần giảm thêm 7 hồ sơ, còn 3 tháng.",
            ],
            vi_never: &["So với", "còn thiếu"],
            en: &["7 hồ sơ still to cut, 3 months left."],
            en_never: &[],
        },
        Case {
            name: "a per-year total says lũy kế từ đầu năm",
            indicator: meetings,
            as_of: d(2025, 6, 30),
            vi: &[
                "Lũy kế từ đầu năm 2 cuộc, đạt 50% so với chỉ tiêu năm 2025 (4 cuộc); còn thiếu 2 cuộc, còn 6 tháng.",
            ],
            vi_never: &["lộ trình", "mỗi năm"],
            en: &[
                "The year-to-date total, 2 cuộc, is 50% of the 2025 target (4 cuộc); 2 cuộc still missing, 6 months left.",
            ],
            en_never: &[],
        },
        Case {
            name: "index 0–1, three months left: the index is short, not \"điểm\"",
            indicator: index(&[(d(2025, 9, 30), 0.67)]),
            as_of: d(2025, 9, 30),
            vi: &["chỉ số còn thiếu 0,13, còn 3 tháng"],
            vi_never: &["điểm"],
            en: &["the index is 0.13 short, 3 months left"],
            en_never: &["points"],
        },
        Case {
            name: "index 0–1, years left: the index must rise each year",
            indicator: index(&[(d(2023, 1, 1), 0.5)]),
            as_of: d(2023, 1, 1),
            vi: &["chỉ số cần tăng 0,1"],
            vi_never: &["điểm"],
            en: &["the index must rise by 0.1"],
            en_never: &["points"],
        },
        Case {
            name: "score out of 100: points stay points",
            indicator: indicator(
                MeasureUnit::Score { max: 100.0 },
                Direction::HigherIsBetter,
                Some(40.0),
                &[(2025, 80.0)],
                &[(d(2025, 9, 30), 67.0)],
            ),
            as_of: d(2025, 9, 30),
            vi: &["còn thiếu 13 điểm, còn 3 tháng"],
            vi_never: &["chỉ số"],
            en: &["13 points still missing, 3 months left"],
            en_never: &["index"],
        },
        Case {
            name: "no value: one phrase for no data",
            indicator: percent(&[]),
            as_of: d(2023, 1, 1),
            vi: &["Chưa có số liệu"],
            vi_never: &["Không có số liệu"],
            en: &["No data"],
            en_never: &[],
        },
    ]
}

#[test]
fn sentences_say_what_they_must_in_both_languages() {
    let mut faults = Vec::new();
    for case in cases() {
        for (lang, must, never) in [
            (Lang::Vi, case.vi, case.vi_never),
            (Lang::En, case.en, case.en_never),
        ] {
            let words = all_words(&case.indicator, case.as_of, lang);
            for part in must {
                if !words.contains(part) {
                    faults.push(format!(
                        "{} ({lang:?}): lacks {part:?} in\n{words}",
                        case.name
                    ));
                }
            }
            for part in never {
                if words.contains(part) {
                    faults.push(format!(
                        "{} ({lang:?}): says {part:?} in\n{words}",
                        case.name
                    ));
                }
            }
        }
    }
    assert!(faults.is_empty(), "{}", faults.join("\n\n"));
}

#[test]
fn every_sentence_of_every_example_is_free_of_the_old_wording() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples");
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|ext| ext != "ron") {
            continue;
        }
        let project = lotrinh::storage::load(&path).unwrap().project;
        for lang in Lang::ALL {
            for indicator in &project.indicators {
                let words = all_words(indicator, project.as_of, lang);
                for old in [
                    "điểm %",
                    "/năm/năm",
                    "Tỷ lệ đạt",
                    "Không có số liệu",
                    "giảm 1 bậc",
                    " /năm",
                ] {
                    assert!(
                        !words.contains(old),
                        "{}: {old:?} in {words}",
                        path.display()
                    );
                }
            }
        }
    }
}

#[test]
fn a_share_that_is_not_100_percent_never_reads_100() {
    use lotrinh::sentences::percent_text;
    for (share, vi, en) in [
        (0.996, "99,6%", "99.6%"),
        (1.0, "100%", "100%"),
        (1.04375, "104%", "104%"),
        (0.9999, "99,99%", "99.99%"),
        (1.004, "100,4%", "100.4%"),
        (0.925, "93%", "93%"),
    ] {
        assert_eq!(percent_text(share, Lang::Vi), vi);
        assert_eq!(percent_text(share, Lang::En), en);
    }
}
