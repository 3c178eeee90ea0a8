//! Drafts of the written sections from the data — the opening paragraph, "Tồn tại, hạn chế và
//! nguyên nhân", "Nhiệm vụ, giải pháp thời gian tới" and "Kiến nghị, đề xuất" — as a starting text
//! for the officer to rewrite: the missed and at-risk indicators by name, the pace they need, the
//! indicators without data.

use crate::i18n::{Lang, format_date, indicator_name};
use crate::model::{DocumentLayout, DocumentSettings, Indicator, Project, SectionKind, Target};
use crate::progress::{IndicatorProgress, ProjectSummary, Status, target_for_year};
use crate::sentences::{caption, pace_is_yearly, pace_part, sentence_value, unit_in_sentence};

use super::settings::period_words;

/// The indicators in each group the drafts talk about.
struct Groups<'a> {
    attention: Vec<(&'a Indicator, &'a IndicatorProgress)>,
    missed: Vec<(&'a Indicator, &'a IndicatorProgress)>,
    no_data: Vec<&'a Indicator>,
}

fn groups<'a>(project: &'a Project, summary: &'a ProjectSummary) -> Groups<'a> {
    let pairs = || project.indicators.iter().zip(&summary.indicators);
    Groups {
        attention: pairs()
            .filter(|(_, p)| matches!(p.status, Status::Behind | Status::AtRisk))
            .collect(),
        // Missed now, or the latest milestone missed while the next one is on its way.
        missed: pairs()
            .filter(|(_, p)| {
                p.status == Status::Missed
                    || (p.last_milestone_missed()
                        && !matches!(p.status, Status::Behind | Status::AtRisk))
            })
            .collect(),
        no_data: pairs()
            .filter(|(_, p)| p.status == Status::NoData)
            .map(|(i, _)| i)
            .collect(),
    }
}

fn names<'a>(indicators: impl Iterator<Item = &'a Indicator>) -> String {
    indicators
        .map(|i| i.name.as_str())
        .collect::<Vec<_>>()
        .join("; ")
}

/// The draft of `kind` for `project`, in `lang`.
pub fn draft_section(
    project: &Project,
    summary: &ProjectSummary,
    settings: &DocumentSettings,
    kind: SectionKind,
    lang: Lang,
) -> String {
    let texts = lang.texts().document;
    let party = settings.layout == DocumentLayout::Party;
    let unit = match lang {
        Lang::Vi => unit_in_sentence(&project.unit.name),
        Lang::En => project.unit.name.clone(),
    };
    let period = period_words(project.as_of, lang);
    let groups = groups(project, summary);
    let lines = match kind {
        SectionKind::Opening => vec![(texts.draft_opening)(
            basis(project, lang).as_deref(),
            party,
            &unit,
            &period,
        )],
        SectionKind::Shortcomings => shortcomings(&groups, lang),
        SectionKind::Tasks => tasks(&groups, lang),
        SectionKind::Proposals => {
            let mut lines = Vec::new();
            if !groups.attention.is_empty() || !groups.missed.is_empty() {
                let all = groups.attention.iter().chain(&groups.missed).map(|p| p.0);
                lines.push((texts.draft_support)(&names(all)));
            }
            if !groups.no_data.is_empty() {
                lines.push(texts.draft_guidance.to_owned());
            }
            lines.push((texts.draft_closing)(party, &unit, &period));
            lines
        }
    };
    lines.join("\n")
}

/// The letters of a document symbol: "35/KH-UBND" → "KH", "06-NQ/TU" → "NQ".
fn symbol_letters(number: &str) -> &str {
    let rest = number
        .trim_start_matches(|c: char| c.is_ascii_digit() || c.is_whitespace())
        .trim_start_matches(['/', '-']);
    let end = rest
        .char_indices()
        .find(|(_, c)| !c.is_alphabetic())
        .map_or(rest.len(), |(index, _)| index);
    &rest[..end]
}

/// The plan the report follows: the last basis document, as "Kế hoạch số … ngày … của …".
fn basis(project: &Project, lang: Lang) -> Option<String> {
    let texts = lang.texts().document;
    let document = project.basis.last()?;
    let number = document.number.trim();
    if number.is_empty() {
        return (!document.title.trim().is_empty()).then(|| document.title.trim().to_owned());
    }
    let letters = symbol_letters(number);
    let kind = texts
        .document_kinds
        .iter()
        .find(|(symbol, _)| *symbol == letters)
        .map_or(texts.generic_kind, |(_, kind)| kind);
    let date = document.date.map(format_date).unwrap_or_default();
    Some((texts.basis_reference)(
        kind,
        number,
        &date,
        document.issuer.trim(),
    ))
}

fn shortcomings(groups: &Groups, lang: Lang) -> Vec<String> {
    let texts = lang.texts().document;
    let mut lines = Vec::new();
    let item = |(indicator, progress): &(&Indicator, &IndicatorProgress)| {
        (texts.draft_item)(
            indicator_name(indicator, lang),
            &caption(indicator, progress, lang),
        )
    };
    if !groups.attention.is_empty() {
        lines.push((texts.draft_attention)(groups.attention.len()));
        lines.extend(groups.attention.iter().map(item));
    }
    if !groups.missed.is_empty() {
        lines.push((texts.draft_missed)(groups.missed.len()));
        lines.extend(groups.missed.iter().map(item));
    }
    if !groups.no_data.is_empty() {
        lines.push((texts.draft_no_data)(
            groups.no_data.len(),
            &names(groups.no_data.iter().copied()),
        ));
    }
    if lines.is_empty() {
        lines.push(texts.draft_all_good.to_owned());
    }
    lines.push(texts.draft_causes.to_owned());
    lines
}

fn tasks(groups: &Groups, lang: Lang) -> Vec<String> {
    let texts = lang.texts().document;
    let mut lines = Vec::new();
    if !groups.attention.is_empty() || !groups.missed.is_empty() {
        lines.push(texts.draft_focus.to_owned());
        for (indicator, progress) in groups.attention.iter().chain(&groups.missed) {
            lines.push((texts.draft_item)(
                indicator_name(indicator, lang),
                &pace(indicator, progress, lang),
            ));
        }
    }
    if !groups.no_data.is_empty() {
        lines.push((texts.draft_update_data)(&names(
            groups.no_data.iter().copied(),
        )));
    }
    lines.push(texts.draft_keep.to_owned());
    lines
}

/// What to do for an indicator, from [`crate::sentences`]: "cần tăng 4 điểm phần trăm mỗi năm
/// để đạt 80% vào cuối năm 2025", "còn thiếu 35 điểm phần trăm, còn 3 tháng; phấn đấu đạt 60%
/// vào cuối năm 2025", or, once a milestone is judged, the next one to reach. A per-year total
/// aims at its year's total: "phấn đấu đạt 4 lớp trong năm 2026".
fn pace(indicator: &Indicator, progress: &IndicatorProgress, lang: Lang) -> String {
    let texts = lang.texts();
    let Some(current) = &progress.current_target else {
        return texts.document.draft_set_target.to_owned();
    };
    if indicator.is_per_year() {
        return per_year_pace(indicator, progress, current, lang);
    }
    if progress.as_of >= current.deadline() {
        // The milestone is judged: aim at the next one, if the plan has one.
        let next = indicator
            .sorted_targets()
            .into_iter()
            .find(|t| t.year > current.year)
            .unwrap_or_else(|| current.clone());
        let value = sentence_value(indicator, next.value, lang);
        return (texts.document.draft_reach)(&value, next.year);
    }
    let value = sentence_value(indicator, current.value, lang);
    match pace_part(indicator, progress, lang) {
        Some(pace) if pace_is_yearly(indicator, progress) => {
            (texts.document.draft_pace)(&pace, &value, current.year)
        }
        // A task: when it must be done is all there is to say.
        Some(pace) if indicator.unit.is_yes_no() => format!("{pace}."),
        Some(pace) => format!(
            "{pace}; {}",
            (texts.document.draft_reach)(&value, current.year)
        ),
        None => (texts.document.draft_reach)(&value, current.year),
    }
}

/// The pace of a per-year total: this year's total while the year runs (with what is still
/// missing), next year's once this year is judged on 31 December.
fn per_year_pace(
    indicator: &Indicator,
    progress: &IndicatorProgress,
    current: &Target,
    lang: Lang,
) -> String {
    let texts = lang.texts().document;
    if progress.as_of >= current.deadline() {
        let next = target_for_year(indicator, current.year + 1).unwrap_or_else(|| current.clone());
        let total = sentence_value(indicator, next.value, lang);
        return (texts.draft_reach_in_year)(&total, next.year);
    }
    let total = sentence_value(indicator, current.value, lang);
    let reach = (texts.draft_reach_in_year)(&total, current.year);
    match pace_part(indicator, progress, lang) {
        Some(pace) if progress.status != Status::Achieved => format!("{pace}; {reach}"),
        _ => reach,
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use crate::model::{AdminUnit, Baseline, MeasureUnit, Measurement, Pillar, Target};
    use crate::progress::summarize;
    use chrono::NaiveDate;

    fn project() -> Project {
        let date = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
        let mut project = Project::new(
            AdminUnit {
                name: "Xã Phong Điền".to_owned(),
                ..AdminUnit::default()
            },
            date(2025, 9, 30),
        );
        let mut slow = Indicator::new(
            "slow",
            "Tỷ lệ hồ sơ trực tuyến",
            Pillar::DigitalGovernment,
            MeasureUnit::Percent,
        );
        slow.baseline = Some(Baseline {
            date: date(2022, 12, 31),
            value: 10.0,
        });
        slow.targets = vec![Target::new(2025, 80.0)];
        slow.measurements = vec![Measurement::new(date(2025, 6, 30), 20.0)];
        let empty = Indicator::new(
            "empty",
            "Số tổ công nghệ số",
            Pillar::Foundation,
            MeasureUnit::Percent,
        );
        project.indicators = vec![slow, empty];
        project
    }

    #[test]
    fn symbols_give_the_kind_of_document() {
        assert_eq!(symbol_letters("35/KH-UBND"), "KH");
        assert_eq!(symbol_letters("06-NQ/TU"), "NQ");
        assert_eq!(symbol_letters("749/QĐ-TTg"), "QĐ");
        assert_eq!(symbol_letters("…"), "");
    }

    #[test]
    fn drafts_name_the_indicators_and_the_pace() {
        let project = project();
        let summary = summarize(&project);
        let settings =
            crate::report::default_settings(&project, DocumentLayout::Administrative, Lang::Vi);
        let draft = |kind| draft_section(&project, &summary, &settings, kind, Lang::Vi);
        let shortcomings = draft(SectionKind::Shortcomings);
        assert!(
            shortcomings.contains("Tỷ lệ hồ sơ trực tuyến"),
            "{shortcomings}"
        );
        assert!(
            shortcomings.contains("Số tổ công nghệ số"),
            "{shortcomings}"
        );
        let tasks = draft(SectionKind::Tasks);
        // Three months before the deadline: what is missing and the time left, not a yearly pace.
        assert!(
            tasks.contains("còn thiếu 60 điểm phần trăm, còn 3 tháng; phấn đấu đạt 80%"),
            "{tasks}"
        );
        assert!(draft(SectionKind::Opening).contains("xã Phong Điền"));
        assert!(draft(SectionKind::Proposals).contains("Tỷ lệ hồ sơ trực tuyến"));
        let english = draft_section(&project, &summary, &settings, SectionKind::Tasks, Lang::En);
        assert_ne!(english, tasks);
    }

    #[test]
    fn a_per_year_count_aims_at_its_year_total_not_at_the_last_milestone() {
        let date = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
        let mut courses = Indicator::new(
            "courses",
            "Số lớp bồi dưỡng kỹ năng số",
            Pillar::DigitalSociety,
            MeasureUnit::Count {
                word: "lớp".to_owned(),
            },
        );
        courses.accumulation = crate::model::Accumulation::PerYear;
        courses.targets = vec![
            Target::new(2025, 4.0),
            Target::new(2026, 6.0),
            Target::new(2030, 2.0),
        ];
        courses.measurements = vec![
            Measurement::new(date(2025, 12, 31), 3.0),
            Measurement::new(date(2026, 9, 30), 2.0),
        ];
        // (reporting date, language, the words the task must hold)
        let cases = [
            (
                date(2025, 12, 31),
                Lang::Vi,
                "phấn đấu đạt 6 lớp trong năm 2026.",
            ),
            (date(2025, 12, 31), Lang::En, "aim for 6 lớp in 2026."),
            (
                date(2026, 9, 30),
                Lang::Vi,
                "; phấn đấu đạt 6 lớp trong năm 2026.",
            ),
            (date(2026, 9, 30), Lang::En, "; aim for 6 lớp in 2026."),
        ];
        for (as_of, lang, expected) in cases {
            let mut project = project();
            project.as_of = as_of;
            project.indicators = vec![courses.clone()];
            let summary = summarize(&project);
            let settings =
                crate::report::default_settings(&project, DocumentLayout::Administrative, lang);
            let tasks = draft_section(&project, &summary, &settings, SectionKind::Tasks, lang);
            assert!(tasks.contains(expected), "{as_of} {lang:?}: {tasks}");
            assert!(!tasks.contains("2030"), "{as_of} {lang:?}: {tasks}");
        }
    }
}
