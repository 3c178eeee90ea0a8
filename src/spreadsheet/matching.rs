//! Which indicator of the plan a row is about: by id, else by name compared without case, extra
//! spaces, punctuation and parenthesised asides, else with the usual abbreviations written out
//! (TTHC, DVCTT, CQNN, DN, HTX…). Those are unique matches. Names that only look alike (the rare
//! words they share weigh most) are candidates for the user to choose from.

use std::collections::HashMap;

use super::records::IndicatorRef;
use super::words::{without_asides, words};
use crate::model::Indicator;

/// Most candidates offered for one row.
const MAX_CANDIDATES: usize = 3;

/// Weighted share of the words of two names they must have in common to be offered as a
/// candidate (weighted Jaccard similarity)…
const CANDIDATE_SIMILARITY: f64 = 0.5;

/// … or weighted share of the row's words the name must contain.
const CANDIDATE_CONTAINMENT: f64 = 0.75;

/// The abbreviations of the field, written out.
const ABBREVIATIONS: [(&str, &str); 20] = [
    ("tthc", "thủ tục hành chính"),
    ("dvctt", "dịch vụ công trực tuyến"),
    ("dvc", "dịch vụ công"),
    ("cqnn", "cơ quan nhà nước"),
    ("dn", "doanh nghiệp"),
    ("dnnvv", "doanh nghiệp nhỏ và vừa"),
    ("htx", "hợp tác xã"),
    ("cbccvc", "cán bộ công chức viên chức"),
    ("cbcc", "cán bộ công chức"),
    ("cntt", "công nghệ thông tin"),
    ("cđs", "chuyển đổi số"),
    ("attt", "an toàn thông tin"),
    ("ubnd", "ủy ban nhân dân"),
    ("hđnd", "hội đồng nhân dân"),
    ("tmđt", "thương mại điện tử"),
    ("csdl", "cơ sở dữ liệu"),
    ("cccd", "căn cước công dân"),
    ("tổ cnscđ", "tổ công nghệ số cộng đồng"),
    ("cnscđ", "công nghệ số cộng đồng"),
    ("hkd", "hộ kinh doanh"),
];

/// How a row was matched to an indicator of the plan.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MatchHow {
    /// By its id.
    Id,
    /// By its name.
    Name,
    /// By its name with the abbreviations written out.
    Abbreviation,
    /// Chosen by the user among candidates.
    Chosen,
}

/// What the plan has for a row.
#[derive(Clone, Debug, PartialEq)]
pub(super) enum Lookup {
    /// One indicator (its index in the plan), and how.
    Unique(usize, MatchHow),
    /// Indicators that may be meant (indices, best first).
    Candidates(Vec<usize>),
    /// Nothing like it: a new indicator.
    Nothing,
}

/// The keys an indicator's names are compared by.
struct NameKeys {
    /// The official (Vietnamese) name's key.
    plain: String,
    /// The same with the abbreviations written out.
    expanded: String,
    /// The English name's key, when the plan has one (an English sheet names it so).
    english: Option<String>,
}

/// Finds the indicators rows are about.
pub(super) struct Matcher {
    /// How rare each word is among the plan's names (more weight for rarer words).
    weights: HashMap<String, f64>,
    /// Weight of a word no name has.
    unseen: f64,
    /// How many indicators the plan had before the import (only those are offered as candidates).
    original: usize,
    /// The name keys (plain, with abbreviations written out, and of the English name if any) of
    /// the indicators seen so far, in the plan's order; the plan being built only grows at its end.
    keys: Vec<NameKeys>,
    /// The index of each id among the indicators seen so far.
    ids: HashMap<String, usize>,
}

impl Matcher {
    /// A matcher for a plan of `indicators`.
    pub fn new(indicators: &[Indicator]) -> Self {
        let mut counts: HashMap<String, usize> = HashMap::new();
        for indicator in indicators {
            let mut seen = expanded_words(&indicator.name);
            seen.sort();
            seen.dedup();
            for word in seen {
                *counts.entry(word).or_default() += 1;
            }
        }
        let total = indicators.len() as f64;
        let weight = |count: usize| (1.0 + total / count as f64).ln();
        Self {
            weights: counts.into_iter().map(|(w, c)| (w, weight(c))).collect(),
            unseen: (1.0 + 2.0 * total).ln(),
            original: indicators.len(),
            keys: Vec::new(),
            ids: HashMap::new(),
        }
    }

    /// Computes the keys of the indicators added since the last call.
    fn catch_up(&mut self, indicators: &[Indicator]) {
        for indicator in indicators.iter().skip(self.keys.len()) {
            self.ids
                .entry(indicator.id.clone())
                .or_insert(self.keys.len());
            let english = indicator.name_en.as_deref().map(name_key);
            self.keys.push(NameKeys {
                plain: name_key(&indicator.name),
                expanded: abbreviation_key(&indicator.name),
                english: english.filter(|key| !key.is_empty()),
            });
        }
    }

    /// The indicators of `indicators` (the plan as it is being built) that `who` may be.
    pub fn lookup(&mut self, indicators: &[Indicator], who: &IndicatorRef) -> Lookup {
        self.catch_up(indicators);
        if let Some(index) = who.id.as_ref().and_then(|id| self.ids.get(id)) {
            return Lookup::Unique(*index, MatchHow::Id);
        }
        let Some(name) = who.name.as_deref() else {
            return Lookup::Nothing;
        };
        let wanted = (name_key(name), abbreviation_key(name));
        for how in [MatchHow::Name, MatchHow::Abbreviation] {
            let same = |keys: &NameKeys| match how {
                MatchHow::Name => {
                    keys.plain == wanted.0 || keys.english.as_ref() == Some(&wanted.0)
                }
                _ => keys.expanded == wanted.1,
            };
            let found: Vec<usize> = self
                .keys
                .iter()
                .enumerate()
                .filter(|(_, keys)| same(keys))
                .map(|(index, _)| index)
                .collect();
            match found.as_slice() {
                [index] => return Lookup::Unique(*index, how),
                [] => {}
                several => return Lookup::Candidates(several.to_vec()),
            }
        }
        self.candidates(indicators, name)
    }

    fn candidates(&self, indicators: &[Indicator], name: &str) -> Lookup {
        let wanted = expanded_words(name);
        let mut scored: Vec<(f64, usize)> = indicators
            .iter()
            .take(self.original)
            .enumerate()
            .filter_map(|(index, i)| {
                let (similarity, containment) = self.similarity(&wanted, &expanded_words(&i.name));
                let offered =
                    similarity >= CANDIDATE_SIMILARITY || containment >= CANDIDATE_CONTAINMENT;
                offered.then_some((similarity + containment, index))
            })
            .collect();
        scored.sort_by(|a, b| b.0.total_cmp(&a.0));
        scored.truncate(MAX_CANDIDATES);
        if scored.is_empty() {
            Lookup::Nothing
        } else {
            Lookup::Candidates(scored.into_iter().map(|(_, index)| index).collect())
        }
    }

    /// The weighted Jaccard similarity of two word lists, and the weighted share of the words
    /// of `row` that `name` contains.
    fn similarity(&self, row: &[String], name: &[String]) -> (f64, f64) {
        let weight = |w: &String| self.weights.get(w).copied().unwrap_or(self.unseen);
        let (mut shared, mut total, mut of_row) = (0.0, 0.0, 0.0);
        let mut all: Vec<&String> = row.iter().chain(name).collect();
        all.sort();
        all.dedup();
        for word in all {
            let w = weight(word);
            total += w;
            if row.contains(word) {
                of_row += w;
                if name.contains(word) {
                    shared += w;
                }
            }
        }
        let share = |part: f64, whole: f64| if whole > 0.0 { part / whole } else { 0.0 };
        (share(shared, total), share(shared, of_row))
    }
}

/// A name without case, extra spaces, punctuation and parenthesised asides.
pub(super) fn name_key(name: &str) -> String {
    words(&without_asides(name)).join(" ")
}

/// [`name_key`] with the abbreviations written out.
fn abbreviation_key(name: &str) -> String {
    expanded_words(name).join(" ")
}

fn expanded_words(name: &str) -> Vec<String> {
    let key = format!(" {} ", name_key(name));
    let mut expanded = key;
    for (short, long) in ABBREVIATIONS {
        expanded = expanded.replace(&format!(" {short} "), &format!(" {long} "));
    }
    expanded.split_whitespace().map(str::to_owned).collect()
}

#[cfg(test)]
mod tests {
    #![allow(clippy::panic)]
    use super::*;
    use crate::model::{MeasureUnit, Pillar};

    fn plan(names: &[&str]) -> Vec<Indicator> {
        names
            .iter()
            .enumerate()
            .map(|(n, name)| {
                Indicator::new(
                    &format!("i{n}"),
                    name,
                    Pillar::Foundation,
                    MeasureUnit::Percent,
                )
            })
            .collect()
    }

    fn named(name: &str) -> IndicatorRef {
        IndicatorRef {
            id: None,
            name: Some(name.to_owned()),
        }
    }

    #[test]
    fn names_match_by_key_then_abbreviation_then_as_candidates() {
        let indicators = plan(&[
            "Tỷ lệ hồ sơ thủ tục hành chính giải quyết quá hạn (trễ hạn)",
            "Tỷ lệ hồ sơ thủ tục hành chính giải quyết trước hạn, đúng hạn",
            "Tỷ lệ hồ sơ thủ tục hành chính nộp trực tuyến",
            "Tỷ lệ dân số trưởng thành có điện thoại thông minh",
        ]);
        let mut matcher = Matcher::new(&indicators);
        let mut lookup = |name: &str| matcher.lookup(&indicators, &named(name));
        assert_eq!(
            lookup("Tỷ lệ hồ sơ thủ tục hành chính giải quyết quá hạn"),
            Lookup::Unique(0, MatchHow::Name)
        );
        assert_eq!(
            lookup("TỶ LỆ HỒ SƠ THỦ TỤC HÀNH CHÍNH NỘP TRỰC TUYẾN."),
            Lookup::Unique(2, MatchHow::Name)
        );
        assert_eq!(
            lookup("Tỷ lệ hồ sơ TTHC nộp trực tuyến"),
            Lookup::Unique(2, MatchHow::Abbreviation)
        );
        let Lookup::Candidates(both) = lookup("Tỷ lệ hồ sơ TTHC giải quyết đúng hạn")
        else {
            panic!("two candidates expected");
        };
        assert_eq!(both.len(), 2, "{both:?}");
        assert_eq!(both[0], 1, "the closer one first");
        assert_eq!(lookup("Số tổ công nghệ số cộng đồng"), Lookup::Nothing);
        assert_eq!(
            lookup("Tỷ lệ hồ sơ thủ tục hành chính nộp trực tiếp tại bộ phận một cửa"),
            Lookup::Nothing,
            "the shared common words weigh little"
        );
    }

    #[test]
    fn an_english_sheet_matches_the_english_name() {
        let mut indicators = plan(&["Tỷ lệ dân số trưởng thành có điện thoại thông minh"]);
        let english = "Share of adults with a smartphone";
        let mut matcher = Matcher::new(&indicators);
        assert_eq!(
            matcher.lookup(&indicators, &named(english)),
            Lookup::Nothing
        );
        if let Some(indicator) = indicators.first_mut() {
            indicator.name_en = Some(english.to_owned());
        }
        let mut matcher = Matcher::new(&indicators);
        assert_eq!(
            matcher.lookup(&indicators, &named("SHARE OF ADULTS WITH A SMARTPHONE.")),
            Lookup::Unique(0, MatchHow::Name)
        );
    }
}
