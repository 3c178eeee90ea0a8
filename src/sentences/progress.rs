//! One indicator in words: the result against its target, the share of the roadmap done, what is
//! still needed, the forecast and the verdict of each judged milestone.

use super::amounts::{change_amount, sentence_value, time_left};
use super::{percent_text, status_text};
use crate::i18n::{Lang, format_date};
use crate::model::{Direction, Indicator, MeasureUnit, YesNoWords};
use crate::progress::{IndicatorProgress, Status, Verdict};

/// Less than this many days left: say what is missing and how long is left, not a yearly pace.
const YEAR_DAYS: i64 = 365;

/// The main sentence, e.g. "Kết quả 78,5%, đạt 98% so với chỉ tiêu năm 2025 (80%); hoàn thành
/// 92% lộ trình; còn thiếu 1,5 điểm phần trăm, còn 3 tháng."
pub fn progress_sentence(
    indicator: &Indicator,
    progress: &IndicatorProgress,
    lang: Lang,
) -> String {
    let texts = lang.texts().sentences;
    let Some(target) = &progress.current_target else {
        return texts.no_target.to_owned();
    };
    let Some(latest) = progress.latest else {
        return texts.no_value.to_owned();
    };
    let value = sentence_value(indicator, latest.value, lang);
    let target_value = sentence_value(indicator, target.value, lang);
    let share = progress
        .share_of_target
        .map(|share| percent_text(share, lang));
    let per_year = indicator.is_per_year();
    let result = match (indicator.unit.is_yes_no(), share, per_year) {
        (true, _, _) => value,
        (false, Some(share), false) => {
            (texts.result_with_share)(&value, &share, target.year, &target_value)
        }
        (false, Some(share), true) => {
            (texts.year_to_date_with_share)(&value, &share, target.year, &target_value)
        }
        (false, None, false) => (texts.result_against_target)(&value, target.year, &target_value),
        (false, None, true) => {
            (texts.year_to_date_against_target)(&value, target.year, &target_value)
        }
    };
    let mut parts = vec![result];
    parts.extend(roadmap_part(indicator, progress, lang));
    parts.extend(pace_part(indicator, progress, lang));
    let mut sentence = parts.join("; ");
    sentence.push('.');
    sentence
}

/// True when [`pace_part`] says the change needed each year ("cần tăng … mỗi năm để đạt"), which
/// ends where the target's value can follow; false for a task, a met or judged target, or less
/// than a year left.
pub fn pace_is_yearly(indicator: &Indicator, progress: &IndicatorProgress) -> bool {
    let Some(deadline) = progress.deadline() else {
        return false;
    };
    progress.status != Status::Achieved
        && !indicator.unit.is_yes_no()
        && progress.required_change_per_year.is_some()
        && (deadline - progress.as_of).num_days() >= YEAR_DAYS
}

/// "hoàn thành 40% lộ trình", for a level on its way from the baseline to a target not met yet.
fn roadmap_part(indicator: &Indicator, progress: &IndicatorProgress, lang: Lang) -> Option<String> {
    if indicator.is_per_year()
        || indicator.unit.is_yes_no()
        || progress.keeps_level
        || progress.status == Status::Achieved
    {
        return None;
    }
    let share = percent_text(progress.roadmap_share()?, lang);
    Some((lang.texts().sentences.roadmap_part)(&share))
}

/// What the status means for what is left to do: met or exceeded; missed; a task to finish by
/// its deadline; with less than a year left, the amount still missing and the time left;
/// otherwise the change needed each year.
pub fn pace_part(
    indicator: &Indicator,
    progress: &IndicatorProgress,
    lang: Lang,
) -> Option<String> {
    let texts = lang.texts().sentences;
    let target = progress.current_target.as_ref()?;
    let latest = progress.latest?;
    if progress.status == Status::Achieved {
        let words = if progress.exceeded {
            texts.target_exceeded
        } else {
            texts.target_met
        };
        return Some(words.to_owned());
    }
    let deadline = target.deadline();
    if progress.as_of >= deadline {
        return (progress.status == Status::Missed).then(|| (texts.target_missed)(target.year));
    }
    if indicator.unit.is_yes_no() {
        let by = match indicator.yes_no_words {
            YesNoWords::YesNo => texts.finish_before,
            YesNoWords::Achieved => lang.texts().yes_no_words.achieve_before,
        };
        return Some(by(&format_date(deadline)));
    }
    let is_rank = matches!(indicator.unit, MeasureUnit::Rank);
    let is_index = indicator.unit.is_index();
    let up = indicator.judged_direction() == Direction::HigherIsBetter;
    if (deadline - progress.as_of).num_days() < YEAR_DAYS {
        let (amount, unit) = change_amount(indicator, target.value - latest.value, lang);
        let left = time_left(progress.as_of, deadline, lang);
        return Some(if is_rank {
            (texts.rank_still_missing)(&amount, &left)
        } else if is_index {
            (texts.index_still_missing)(up, &amount, &left)
        } else {
            (texts.still_missing)(up, &amount, &unit, &left)
        });
    }
    let per_year = progress.required_change_per_year?;
    let (amount, unit) = change_amount(indicator, per_year, lang);
    Some(if is_rank {
        (texts.rank_pace_per_year)(&amount)
    } else if is_index {
        (texts.index_pace_per_year)(per_year >= 0.0, &amount)
    } else {
        (texts.pace_per_year)(per_year >= 0.0, &amount, &unit)
    })
}

/// The trend in words: the value expected at the end of the target's year and, for a target not
/// met yet, whether and when it is reached. `None` for yes/no tasks, without a trend, or once the
/// deadline has been reached.
pub fn forecast_sentence(
    indicator: &Indicator,
    progress: &IndicatorProgress,
    lang: Lang,
) -> Option<String> {
    let texts = lang.texts().sentences;
    let forecast = progress.forecast.as_ref()?;
    let target = progress.current_target.as_ref()?;
    let deadline = target.deadline();
    if indicator.unit.is_yes_no() || progress.as_of >= deadline {
        return None;
    }
    let at_target = forecast.targets.iter().find(|t| t.year == target.year)?;
    // A trend line does not know that a percentage stops at 100, a count at 0, a rank at 1.
    let projected = match indicator.unit {
        MeasureUnit::Percent => at_target.projected.clamp(0.0, 100.0),
        MeasureUnit::Rank => at_target.projected.max(1.0),
        _ => at_target.projected.max(0.0),
    };
    let mut sentence = (texts.forecast)(target.year, &sentence_value(indicator, projected, lang));
    if progress.status != Status::Achieved {
        let reach = match at_target.reach_date {
            Some(date) if date <= deadline => {
                (texts.forecast_reach)(&date.format("%m/%Y").to_string())
            }
            Some(date) => (texts.forecast_late)(&date.format("%m/%Y").to_string()),
            None => texts.forecast_never.to_owned(),
        };
        sentence.push_str("; ");
        sentence.push_str(&reach);
    }
    sentence.push('.');
    Some(sentence)
}

/// One sentence per judged milestone: "Mục tiêu năm 2025 (60%): Không đạt; kết quả 48% ngày
/// 31/12/2025."
pub fn verdict_lines(
    indicator: &Indicator,
    progress: &IndicatorProgress,
    lang: Lang,
) -> Vec<String> {
    let texts = lang.texts();
    progress
        .verdicts
        .iter()
        .filter(|v| v.verdict != Verdict::Pending)
        .map(|v| {
            let judged = v.judged.map_or_else(
                || texts.none.to_owned(),
                |p| {
                    (texts.sentences.value_on)(
                        &sentence_value(indicator, p.value, lang),
                        &format_date(p.date),
                    )
                },
            );
            (texts.sentences.verdict_line)(
                v.year,
                &sentence_value(indicator, v.target, lang),
                texts.verdict(v.verdict, v.exceeded),
                &judged,
            )
        })
        .collect()
}

/// The caption of an indicator in a report: its status (with the last verdict beside it), then
/// the progress sentence.
pub fn caption(indicator: &Indicator, progress: &IndicatorProgress, lang: Lang) -> String {
    format!(
        "{}. {}",
        status_text(progress, lang),
        progress_sentence(indicator, progress, lang)
    )
}
