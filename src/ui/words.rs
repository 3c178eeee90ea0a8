//! Progress in words, e.g. "Đạt 62% chỉ tiêu năm 2025; cần tăng 4,5 điểm %/năm để đạt".

use egui::{RichText, Ui};

use super::theme;
use crate::i18n::{Lang, format_date, format_number, value_text};
use crate::model::{Indicator, MeasureUnit};
use crate::progress::{IndicatorProgress, Status};

/// The per-year change unit: "điểm %" for percents, the unit word for counts.
fn pace_unit(indicator: &Indicator, lang: Lang) -> String {
    let texts = lang.texts();
    match &indicator.unit {
        MeasureUnit::Percent => texts.percent_points.to_owned(),
        MeasureUnit::Count { word } => word.clone(),
        MeasureUnit::Score { .. } => texts.points.to_owned(),
        MeasureUnit::Money => texts.currency.to_owned(),
        MeasureUnit::Rank => texts.ranks.to_owned(),
        MeasureUnit::YesNo => String::new(),
    }
}

/// The main sentence: share of the current target reached and the pace still needed.
pub fn progress_sentence(
    indicator: &Indicator,
    progress: &IndicatorProgress,
    lang: Lang,
) -> String {
    let texts = lang.texts();
    let Some(target) = &progress.current_target else {
        return texts.no_target_sentence.to_owned();
    };
    let Some(latest) = progress.latest else {
        return texts.no_value_sentence.to_owned();
    };
    let mut sentence = match progress.progress_raw {
        Some(raw) => {
            (texts.reached_share)(&format_number((raw * 100.0).max(0.0), 0, lang), target.year)
        }
        None => (texts.latest_value)(&value_text(indicator, latest.value, lang), target.year),
    };
    if progress.status == Status::Achieved {
        sentence.push_str("; ");
        sentence.push_str(if progress.exceeded {
            texts.target_exceeded
        } else {
            texts.target_met
        });
    } else if let Some(per_year) = progress.required_change_per_year {
        let amount = format_number(per_year.abs(), 1, lang);
        let unit = pace_unit(indicator, lang);
        sentence.push_str("; ");
        sentence.push_str(&(texts.required_pace)(per_year >= 0.0, &amount, &unit));
    }
    sentence
}

/// The forecast in words.
pub fn forecast_sentence(
    indicator: &Indicator,
    progress: &IndicatorProgress,
    lang: Lang,
) -> Option<String> {
    let texts = lang.texts();
    let forecast = progress.forecast.as_ref()?;
    let target = progress.current_target.as_ref()?;
    let at_target = forecast.targets.iter().find(|t| t.year == target.year)?;
    // A trend line does not know that a percentage stops at 100 or a count at 0.
    let projected = match indicator.unit {
        MeasureUnit::Percent => at_target.projected.clamp(0.0, 100.0),
        _ => at_target.projected.max(0.0),
    };
    // A trend is approximate: counts are written whole ("khoảng 13 tổ", not "13,17").
    let projected = match &indicator.unit {
        MeasureUnit::Count { word } => format!("{} {word}", format_number(projected, 0, lang))
            .trim_end()
            .to_owned(),
        _ => value_text(indicator, projected, lang),
    };
    // A target already met needs no word about when it would be reached.
    if progress.status == Status::Achieved {
        return Some((texts.slides.forecast_met)(target.year, &projected));
    }
    let reach = match at_target.reach_date {
        Some(date) => (texts.forecast_reach)(&date.format("%m/%Y").to_string()),
        None => texts.forecast_never.to_owned(),
    };
    Some((texts.forecast_sentence)(target.year, &projected, &reach))
}

/// One line per past target: "Mục tiêu 2025 (60%): Không đạt — 48% ngày 31/12/2025".
pub fn verdict_lines(
    indicator: &Indicator,
    progress: &IndicatorProgress,
    lang: Lang,
) -> Vec<String> {
    let texts = lang.texts();
    progress
        .verdicts
        .iter()
        .filter(|v| v.deadline < progress.as_of)
        .map(|v| {
            let judged = v.judged.map_or_else(
                || texts.none.to_owned(),
                |p| {
                    format!(
                        "{} ({})",
                        value_text(indicator, p.value, lang),
                        format_date(p.date)
                    )
                },
            );
            (texts.verdict_line)(
                v.year,
                &value_text(indicator, v.target, lang),
                texts.verdict(v.verdict, v.exceeded),
                &judged,
            )
        })
        .collect()
}

/// A coloured chip with the status written in it (never colour alone).
pub fn status_chip(ui: &mut Ui, status: Status, exceeded: bool, lang: Lang) -> egui::Response {
    let text = lang.texts().status(status, exceeded);
    let label = RichText::new(format!(" {text} "))
        .color(theme::status_text(status))
        .background_color(theme::status_fill(status))
        .small();
    // A chip is never broken over two lines.
    ui.add(egui::Label::new(label).extend())
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use crate::model::{Baseline, Measurement, Pillar, Target};
    use crate::progress::evaluate;
    use chrono::NaiveDate;

    fn teams(values: &[(i32, u32, f64)], target: f64) -> Indicator {
        let date = |y, m| NaiveDate::from_ymd_opt(y, m, 28).unwrap();
        let unit = MeasureUnit::Count {
            word: "tổ".to_owned(),
        };
        let mut indicator = Indicator::new("teams", "Số tổ", Pillar::Foundation, unit);
        indicator.baseline = Some(Baseline {
            date: date(2023, 1),
            value: 8.0,
        });
        indicator.targets = vec![Target::new(2025, target)];
        indicator.measurements = values
            .iter()
            .map(|(y, m, v)| Measurement::new(date(*y, *m), *v))
            .collect();
        indicator
    }

    #[test]
    fn a_count_forecast_is_written_whole_with_its_word() {
        let indicator = teams(&[(2024, 3, 9.0), (2024, 9, 10.0), (2025, 3, 10.0)], 20.0);
        let progress = evaluate(&indicator, NaiveDate::from_ymd_opt(2025, 3, 31).unwrap());
        let sentence = forecast_sentence(&indicator, &progress, Lang::Vi).unwrap();
        let amount = sentence
            .split("khoảng ")
            .nth(1)
            .and_then(|rest| rest.split(';').next())
            .unwrap();
        assert!(amount.ends_with(" tổ"), "{sentence}");
        assert!(!amount.contains(','), "a whole number: {sentence}");
    }

    #[test]
    fn a_met_target_gets_no_word_about_reaching_it() {
        let indicator = teams(&[(2024, 3, 10.0), (2024, 9, 12.0), (2025, 3, 13.0)], 12.0);
        let progress = evaluate(&indicator, NaiveDate::from_ymd_opt(2025, 3, 31).unwrap());
        assert_eq!(progress.status, Status::Achieved);
        for lang in Lang::ALL {
            let texts = lang.texts();
            let sentence = forecast_sentence(&indicator, &progress, lang).unwrap();
            assert!(!sentence.contains(texts.forecast_never), "{sentence}");
            assert!(
                !sentence.contains(&(texts.forecast_reach)("")),
                "{sentence}"
            );
        }
    }
}
