//! Pillars and units as tables name them: "Chính quyền số", "II. PHÁT TRIỂN KINH TẾ SỐ", "%",
//! "hồ sơ", "điểm (tối đa 100)", "Có/Không".

use super::words::{folded, normalized};
use crate::i18n::{Lang, parse_number};
use crate::model::{Accumulation, MeasureUnit, Pillar, YesNoWords, nfc};

/// The pillar named exactly by `text` in either language (a "Trụ cột" column, a sheet's name).
pub(super) fn pillar_of(text: &str) -> Option<Pillar> {
    let wanted = normalized(text);
    Pillar::ALL.into_iter().find(|pillar| {
        Lang::ALL
            .iter()
            .any(|lang| normalized(lang.texts().pillar(*pillar)) == wanted)
    })
}

/// Words of a section heading that name a pillar ("NỀN TẢNG CHUNG", "Phát triển chính quyền số",
/// "Nhóm chỉ tiêu về hạ tầng số").
const PILLAR_WORDS: [(&str, Pillar); 17] = [
    ("chính quyền số", Pillar::DigitalGovernment),
    ("chính quyền điện tử", Pillar::DigitalGovernment),
    ("chính phủ số", Pillar::DigitalGovernment),
    ("digital government", Pillar::DigitalGovernment),
    ("kinh tế số", Pillar::DigitalEconomy),
    ("digital economy", Pillar::DigitalEconomy),
    ("xã hội số", Pillar::DigitalSociety),
    ("digital society", Pillar::DigitalSociety),
    ("nền tảng chung", Pillar::Foundation),
    ("nền tảng", Pillar::Foundation),
    ("hạ tầng", Pillar::Foundation),
    ("nhận thức", Pillar::Foundation),
    ("thể chế", Pillar::Foundation),
    ("nhân lực", Pillar::Foundation),
    ("an toàn thông tin", Pillar::Foundation),
    ("foundation", Pillar::Foundation),
    ("tổng hợp", Pillar::Composite),
];

/// The pillar a section heading names, if any.
pub(super) fn pillar_in_text(text: &str) -> Option<Pillar> {
    let padded = format!(" {} ", folded(text));
    PILLAR_WORDS
        .iter()
        .find(|(words, _)| padded.contains(&format!(" {words} ")))
        .map(|(_, pillar)| *pillar)
}

/// The unit text without the "(lũy kế từ đầu năm)" our tables write after the unit of a per-year
/// total, and whether it was there.
fn without_year_to_date(text: &str) -> (&str, bool) {
    Lang::ALL
        .iter()
        .find_map(|lang| {
            text.trim_end()
                .strip_suffix(&format!("({})", lang.texts().sentences.year_to_date))
        })
        .map_or((text, false), |unit| (unit, true))
}

/// How the values of a unit cell add up: per year when it says "(lũy kế từ đầu năm)", else levels.
pub(super) fn accumulation_of(text: &str) -> Accumulation {
    if without_year_to_date(text).1 {
        Accumulation::PerYear
    } else {
        Accumulation::Level
    }
}

/// The words of a yes/no unit cell: Đạt/Chưa đạt when it names them, else Có/Không.
pub(super) fn yes_no_words_of(text: &str) -> YesNoWords {
    let wanted = normalized(without_year_to_date(text).0);
    let achieved = Lang::ALL
        .iter()
        .any(|lang| wanted == normalized(lang.texts().yes_no_words.achieved_pair));
    if achieved || wanted == "đạt/không đạt" {
        YesNoWords::Achieved
    } else {
        YesNoWords::YesNo
    }
}

/// The unit a table cell names ("%", "hồ sơ", "điểm (tối đa 100)", "Có/Không"…).
pub(super) fn unit_of(text: &str) -> Option<MeasureUnit> {
    let text = without_year_to_date(text).0;
    let wanted = normalized(text);
    if wanted.is_empty() {
        return None;
    }
    for lang in Lang::ALL {
        let texts = lang.texts().report;
        let unit = match wanted.as_str() {
            w if w == normalized(texts.index_unit) => MeasureUnit::Score { max: 1.0 },
            w if w == normalized(texts.unit_percent) => MeasureUnit::Percent,
            w if w == normalized(texts.unit_money) => MeasureUnit::Money,
            w if w == normalized(texts.unit_yes_no) => MeasureUnit::YesNo,
            w if w == normalized(texts.unit_rank) => MeasureUnit::Rank,
            _ => continue,
        };
        return Some(unit);
    }
    match wanted.as_str() {
        "tỷ lệ %" | "tỷ lệ" | "(%)" | "phần trăm" => return Some(MeasureUnit::Percent),
        "có/không" | "đạt/không đạt" | "đạt/chưa đạt" | "yes/no" | "achieved/not achieved" =>
        {
            return Some(MeasureUnit::YesNo);
        }
        "vnđ" | "vnd" => return Some(MeasureUnit::Money),
        _ => {}
    }
    if let Some(rest) = ["điểm", "points"]
        .iter()
        .find_map(|p| wanted.strip_prefix(p))
    {
        let digits: String = rest
            .chars()
            .filter(|c| c.is_ascii_digit() || *c == ',' || *c == '.')
            .collect();
        let max = parse_number(&digits, Lang::Vi).unwrap_or(100.0);
        return Some(MeasureUnit::Score { max });
    }
    Some(MeasureUnit::Count {
        word: nfc(text.trim()),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn section_headings_name_pillars() {
        let cases = [
            ("NỀN TẢNG CHUNG", Some(Pillar::Foundation)),
            (
                "II. PHÁT TRIỂN CHÍNH QUYỀN SỐ",
                Some(Pillar::DigitalGovernment),
            ),
            ("Chỉ tiêu về kinh tế số", Some(Pillar::DigitalEconomy)),
            ("Xã hội số", Some(Pillar::DigitalSociety)),
            ("CHỈ TIÊU CHUNG", None),
        ];
        for (text, expected) in cases {
            assert_eq!(pillar_in_text(text), expected, "{text}");
        }
        assert_eq!(unit_of("%"), Some(MeasureUnit::Percent));
        assert_eq!(unit_of("Có/Không"), Some(MeasureUnit::YesNo));
        for (text, words) in [
            ("Có/Không", YesNoWords::YesNo),
            ("Yes/No", YesNoWords::YesNo),
            ("Đạt/Chưa đạt", YesNoWords::Achieved),
            ("đạt/không đạt", YesNoWords::Achieved),
            ("Achieved/Not achieved", YesNoWords::Achieved),
        ] {
            assert_eq!(unit_of(text), Some(MeasureUnit::YesNo), "{text}");
            assert_eq!(yes_no_words_of(text), words, "{text}");
        }
        let per_year = "lượt (lũy kế từ đầu năm)";
        let count = MeasureUnit::Count {
            word: "lượt".to_owned(),
        };
        assert_eq!(unit_of(per_year), Some(count));
        assert_eq!(accumulation_of(per_year), Accumulation::PerYear);
        assert_eq!(accumulation_of("lượt"), Accumulation::Level);
    }
}
