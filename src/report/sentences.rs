//! The sentences of the report written from the data: the summary ("Tính đến ngày …, xã … có 16
//! chỉ tiêu: 3 đạt, …") and the caption of each trajectory (status, latest value, target, pace).

use crate::i18n::{Lang, format_date, format_number, value_text};
use crate::model::{Indicator, MeasureUnit, Project};
use crate::progress::{IndicatorProgress, ProjectSummary, Status};

/// "Tính đến ngày 30/09/2022, thị xã Hương Trà có 16 chỉ tiêu: 3 đạt, …".
pub fn summary_sentence(project: &Project, summary: &ProjectSummary, lang: Lang) -> String {
    let texts = lang.texts();
    let exceeded = summary.indicators.iter().filter(|p| p.exceeded).count();
    let mut parts = Vec::new();
    for status in Status::ALL {
        let count = summary.total.count(status);
        if count == 0 {
            continue;
        }
        let mut part = (texts.report.count_part)(count, texts.status(status, false));
        if status == Status::Achieved && exceeded > 0 {
            part.push_str(&format!(" ({})", (texts.report.exceeded_part)(exceeded)));
        }
        parts.push(part);
    }
    (texts.report.summary_sentence)(
        &format_date(project.as_of),
        &match lang {
            Lang::Vi => unit_in_sentence(&project.unit.name),
            Lang::En => project.unit.name.clone(),
        },
        summary.total.total(),
        &parts.join(", "),
    )
}

/// The unit's name inside a sentence: "Xã Hòa Bình" → "xã Hòa Bình" (the level word is not a
/// proper noun); other names are kept.
pub fn unit_in_sentence(name: &str) -> String {
    const LEVELS: [&str; 9] = [
        "Xã ",
        "Phường ",
        "Đặc khu ",
        "Tỉnh ",
        "Thị xã ",
        "Thị trấn ",
        "Huyện ",
        "Quận ",
        "Thành phố ",
    ];
    match LEVELS.iter().find(|level| name.starts_with(**level)) {
        Some(level) => format!("{}{}", level.to_lowercase(), &name[level.len()..]),
        None => name.to_owned(),
    }
}

/// The unit of the pace needed ("điểm %", "tổ"…), as the editor says it.
pub fn pace_unit(indicator: &Indicator, lang: Lang) -> String {
    let texts = lang.texts();
    match &indicator.unit {
        MeasureUnit::Percent => texts.percent_points.to_owned(),
        MeasureUnit::Count { word } => word.clone(),
        MeasureUnit::Score { .. } => texts.points.to_owned(),
        MeasureUnit::Money => texts.report.unit_words[1].to_owned(),
        MeasureUnit::Rank => texts.ranks.to_owned(),
        MeasureUnit::YesNo => String::new(),
    }
}

/// The caption under an indicator's name: status, latest value, target and pace needed.
pub fn caption(indicator: &Indicator, progress: &IndicatorProgress, lang: Lang) -> String {
    let texts = lang.texts();
    let none = texts.none.to_owned();
    let latest = progress
        .latest
        .map_or(none.clone(), |p| value_text(indicator, p.value, lang));
    let (year, target) = progress.current_target.as_ref().map_or((0, none), |t| {
        (t.year, value_text(indicator, t.value, lang))
    });
    let status = texts.status(progress.status, progress.exceeded);
    let mut text = (texts.report.trajectory_caption)(status, &latest, year, &target);
    if let Some(per_year) = progress.required_change_per_year {
        let amount = format_number(per_year.abs(), 1, lang);
        text.push_str("; ");
        text.push_str(&(texts.required_pace)(
            per_year >= 0.0,
            &amount,
            &pace_unit(indicator, lang),
        ));
    }
    text.push('.');
    text
}
