//! The report's opening sentences about the whole plan: how many indicators, how many in each
//! status at the reporting date, how many achieved, each judged milestone, and how many need
//! attention. Unlike indicators are counted, never averaged.

use crate::i18n::{Lang, format_date};
use crate::model::Project;
use crate::progress::{ProjectSummary, Status, Verdict};

/// "Kế hoạch chuyển đổi số của xã Hòa Bình có 16 chỉ tiêu.", "Tính đến ngày 31/12/2025: 5 chỉ
/// tiêu đạt (trong đó 2 chỉ tiêu vượt), …", "Số chỉ tiêu đạt và vượt: 5/16." and one sentence per
/// judged milestone year.
pub fn summary_sentences(project: &Project, summary: &ProjectSummary, lang: Lang) -> Vec<String> {
    let total = summary.total.total();
    let mut sentences = counts_sentences(project, summary, lang);
    sentences.push((lang.texts().sentences.achieved_of_total)(
        summary.total.achieved,
        total,
    ));
    sentences.extend(milestone_sentences(summary, lang));
    sentences
}

/// The first two sentences of the summary: the plan and its indicator count, then the count in
/// each status at the reporting date.
pub fn counts_sentences(project: &Project, summary: &ProjectSummary, lang: Lang) -> Vec<String> {
    let texts = lang.texts();
    let words = texts.sentences;
    let total = summary.total.total();
    let unit = match lang {
        Lang::Vi => unit_in_sentence(&project.unit.name),
        Lang::En => project.unit.name.clone(),
    };
    let exceeded = summary.indicators.iter().filter(|p| p.exceeded).count();
    let mut parts = Vec::new();
    for status in Status::ALL {
        let count = summary.total.count(status);
        if count == 0 {
            continue;
        }
        let mut part = (words.count_part)(count, texts.status(status, false));
        if status == Status::Achieved && exceeded > 0 {
            part.push_str(&format!(" ({})", (words.exceeded_part)(exceeded)));
        }
        parts.push(part);
    }
    vec![
        (words.plan_sentence)(&unit, total),
        (words.as_of_counts)(&format_date(project.as_of), &parts.join(", ")),
    ]
}

/// "Mục tiêu năm 2025: 3/5 chỉ tiêu đạt." for every milestone year the reporting date has reached.
fn milestone_sentences(summary: &ProjectSummary, lang: Lang) -> Vec<String> {
    let mut years: Vec<i32> = summary
        .indicators
        .iter()
        .flat_map(|p| &p.verdicts)
        .filter(|v| v.verdict != Verdict::Pending)
        .map(|v| v.year)
        .collect();
    years.sort_unstable();
    years.dedup();
    years
        .into_iter()
        .map(|year| {
            let verdicts: Vec<Verdict> = summary
                .indicators
                .iter()
                .flat_map(|p| p.verdicts.iter().filter(|v| v.year == year))
                .map(|v| v.verdict)
                .collect();
            let achieved = verdicts.iter().filter(|v| **v == Verdict::Achieved).count();
            (lang.texts().sentences.milestone_sentence)(year, achieved, verdicts.len())
        })
        .collect()
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
