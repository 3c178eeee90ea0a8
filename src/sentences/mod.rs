//! Sentences written from the data, in the user's language: a status with the verdict of the
//! latest judged milestone beside it, the result against its target, what is still needed, the
//! forecast, the verdicts, the report's summary and the two figures ("so với chỉ tiêu" and
//! "mức độ hoàn thành lộ trình"). The screen, the PDF report and the command line all take their
//! words from here, so that they never say different things. No user-interface code.

mod amounts;
mod progress;
mod summary;

pub use amounts::{change_amount, count_word, sentence_value, time_left};
pub use progress::{
    caption, forecast_sentence, pace_is_yearly, pace_part, progress_sentence, verdict_lines,
};
pub use summary::{counts_sentences, summary_sentences, unit_in_sentence};

use crate::i18n::{Lang, format_number};
use crate::progress::IndicatorProgress;

/// A share as a whole percent: "98%", "104%"; with the decimals needed not to round a share
/// that is not 100 % to "100%" ("99,6%").
pub fn percent_text(share: f64, lang: Lang) -> String {
    format!("{}%", percent_number(share, lang))
}

/// The number of [`percent_text`] without its sign, for a column headed "(%)".
pub fn percent_number(share: f64, lang: Lang) -> String {
    // Rounded half away from zero, as a spreadsheet does (92,5 → 93), after removing the noise
    // of binary fractions (0,925 × 100 = 92,4999…).
    let percent = (share * 100.0 * 1e6).round() / 1e6;
    let rounded = |decimals: i32| {
        let scale = 10_f64.powi(decimals);
        (percent * scale).round() / scale
    };
    let mut decimals = 0;
    while rounded(decimals) == 100.0 && (percent - 100.0).abs() > 1e-9 && decimals < 3 {
        decimals += 1;
    }
    format_number(rounded(decimals), decimals.unsigned_abs() as usize, lang)
}

/// The verdict of the latest judged milestone, when it is to be shown beside the status:
/// "2025: Không đạt".
pub fn verdict_text(progress: &IndicatorProgress, lang: Lang) -> Option<String> {
    let texts = lang.texts();
    progress
        .verdict_beside()
        .map(|v| (texts.sentences.verdict_of_year)(v.year, texts.verdict(v.verdict, v.exceeded)))
}

/// The status in words with the latest judged milestone's verdict beside it: "Đúng tiến độ ·
/// 2025: Không đạt" (or the status alone).
pub fn status_text(progress: &IndicatorProgress, lang: Lang) -> String {
    let texts = lang.texts();
    let status = texts.status(progress.status, progress.exceeded);
    match progress.verdict_beside() {
        Some(v) => (texts.sentences.status_with_verdict)(
            status,
            v.year,
            texts.verdict(v.verdict, v.exceeded),
        ),
        None => status.to_owned(),
    }
}

/// "So với chỉ tiêu (%)" as a table writes it: "104%", or "—" where it has no meaning.
pub fn share_of_target_text(progress: &IndicatorProgress, lang: Lang) -> String {
    progress.share_of_target.map_or_else(
        || lang.texts().none.to_owned(),
        |share| percent_text(share, lang),
    )
}

/// "Mức độ hoàn thành lộ trình" as a table writes it: the clamped share, "0%"–"100%", or "—"
/// (no value, or a level to keep, whose share is 0/0).
pub fn roadmap_text(progress: &IndicatorProgress, lang: Lang) -> String {
    progress.roadmap_share().map_or_else(
        || lang.texts().none.to_owned(),
        |share| percent_text(share, lang),
    )
}
