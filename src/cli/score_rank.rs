//! `lotrinh consolidate --index`: the members ranked by their points, as the table offices
//! publish (STT, đơn vị, điểm từng nhóm, tổng điểm, xếp hạng) and as JSON.

use serde_json::{Value, json};

use crate::consolidate::{Opened, score_ranking};
use crate::i18n::{Lang, name_in};
use crate::scoring::{ScoreIndex, from_cents, index_value_text, points_text};

/// The ranking as JSON: one entry per scored member, best first.
pub fn json_ranking(index: &ScoreIndex, opened: &Opened, lang: Lang) -> Value {
    let members = &opened.consolidation.members;
    let entries: Vec<Value> = score_ranking(&opened.consolidation)
        .into_iter()
        .filter_map(|ranked| {
            let member = members.get(ranked.position)?;
            let score = member.score.as_ref()?;
            let groups: Vec<Value> = index
                .groups
                .iter()
                .zip(&score.groups)
                .map(|(g, cents)| json!({ "id": g.id, "points": from_cents(*cents) }))
                .collect();
            Some(json!({
                "rank": ranked.rank,
                "unit": member.display_name(),
                "path": member.path.display().to_string(),
                "total": from_cents(score.total_cents),
                "max": from_cents(score.max_cents),
                "index_value": score.index_value,
                "missing_data": score.missing,
                "groups": groups,
            }))
        })
        .collect();
    json!({
        "index": { "id": index.id, "name": name_in(&index.name, index.name_en.as_deref(), lang) },
        "members": entries,
    })
}

/// The ranking as a text table.
pub fn text_ranking(index: &ScoreIndex, opened: &Opened, lang: Lang) -> String {
    let texts = lang.texts().scoring;
    let members = &opened.consolidation.members;
    let mut out = format!(
        "\n{} — {}\n",
        texts.ranking_heading,
        name_in(&index.name, index.name_en.as_deref(), lang)
    );
    out.push_str(&format!(
        "{:>4}  {:<28} {:>10} {:>8} {:>6}\n",
        texts.col_number, texts.col_unit, texts.total_card, texts.index_card, texts.col_rank
    ));
    for (number, ranked) in score_ranking(&opened.consolidation).into_iter().enumerate() {
        let Some(member) = members.get(ranked.position) else {
            continue;
        };
        let Some(score) = &member.score else {
            continue;
        };
        let name: String = member.display_name().chars().take(28).collect();
        out.push_str(&format!(
            "{:>4}  {:<28} {:>10} {:>8} {:>6}\n",
            number + 1,
            name,
            points_text(from_cents(score.total_cents), lang),
            index_value_text(score.index_value, lang),
            ranked.rank,
        ));
    }
    out
}
