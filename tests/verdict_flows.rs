#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! The year-end example in the real app, in English and in Vietnamese: on 31/12/2025 the missed
//! milestones read "Missed"; three months later the 2025 verdict stays beside each status; a
//! per-year indicator says how its values add up; a rank offers no direction.

mod common;

use std::path::Path;

use chrono::NaiveDate;
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use lotrinh::LotrinhApp;
use lotrinh::i18n::Lang;

/// The year-end example, its reporting date moved to `as_of`, in `dir`.
fn year_end_plan(dir: &Path, as_of: &str) -> std::path::PathBuf {
    let text = std::fs::read_to_string(common::example("xa-tong-ket-2025.ron")).unwrap();
    let text = text.replace("as_of: \"2025-12-31\"", &format!("as_of: \"{as_of}\""));
    let path = dir.join("tong-ket.ron");
    std::fs::write(&path, text).unwrap();
    path
}

fn open(dir: &Path, as_of: &str, lang: Lang) -> Harness<'static, LotrinhApp> {
    let file = year_end_plan(dir, as_of);
    let today = NaiveDate::from_ymd_opt(2026, 4, 1).unwrap();
    let mut harness = common::app_harness([1366.0, 768.0], dir, Some(file), Vec::new(), today);
    harness.run();
    if lang == Lang::En {
        harness
            .get_by_role_and_label(Role::Button, "English")
            .click();
        harness.run();
    }
    harness
}

/// Finds the indicator with the search field (by its id) and opens it from the list.
fn select(harness: &mut Harness<'static, LotrinhApp>, indicator_id: &str, lang: Lang) {
    let name = {
        let state = &harness.state().state;
        let document = state.document().unwrap();
        let indicator = document.project.indicator(indicator_id).unwrap();
        lotrinh::i18n::indicator_name(indicator, lang).to_owned()
    };
    let search = lang.texts().search;
    harness
        .get_by_role_and_label(Role::TextInput, search)
        .click();
    harness.run();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    harness.run();
    harness
        .get_by_role_and_label(Role::TextInput, search)
        .type_text(indicator_id);
    harness.run();
    harness.get_by_role_and_label(Role::Button, &name).click();
    harness.run();
}

#[test]
fn the_year_end_review_says_missed_in_both_languages() {
    for lang in Lang::ALL {
        let dir = tempfile::tempdir().unwrap();
        let mut harness = open(dir.path(), "2025-12-31", lang);
        let texts = lang.texts();
        let missed = texts.status(lotrinh::progress::Status::Missed, false);
        // The chips (written with a space either side) of the four missed indicators.
        let chip = format!(" {missed} ");
        assert!(
            harness.query_all_by_label(&chip).count() >= 4,
            "{lang:?}: {chip}"
        );
        select(&mut harness, "digital_skills_courses_per_year", lang);
        let sentence = match lang {
            Lang::Vi => "Lũy kế từ đầu năm 1 lớp, đạt 50% so với chỉ tiêu năm 2025 (2 lớp)",
            Lang::En => "The year-to-date total, 1 lớp, is 50% of the 2025 target (2 lớp)",
        };
        assert!(
            harness.query_by_label_contains(sentence).is_some(),
            "{lang:?}: {sentence}"
        );
        assert!(
            harness
                .query_by_role_and_label(Role::ComboBox, texts.editor.accumulation_field)
                .is_some()
                && harness.query_by_label(texts.editor.per_year_hint).is_some(),
            "{lang:?}: the editor says the values are year-to-date totals"
        );
    }
}

#[test]
fn after_the_deadline_the_verdict_stays_beside_the_status() {
    for lang in Lang::ALL {
        let dir = tempfile::tempdir().unwrap();
        let mut harness = open(dir.path(), "2026-03-31", lang);
        let texts = lang.texts();
        let beside = (texts.sentences.verdict_of_year)(
            2025,
            texts.verdict(lotrinh::progress::Verdict::Missed, false),
        );
        // The list chips of the four indicators that missed 2025, and the dashboard's "most
        // behind" that shows them.
        let chip = format!(" {beside} ");
        assert!(
            harness.query_all_by_label(&chip).count() >= 4,
            "{lang:?}: {chip}"
        );
        select(&mut harness, "commune_dx_rank", lang);
        assert!(
            harness
                .query_by_label(texts.editor.rank_direction)
                .is_some(),
            "{lang:?}: a rank's direction is said, not chosen"
        );
        assert!(
            harness
                .query_by_role_and_label(Role::ComboBox, texts.field_direction)
                .is_none(),
            "{lang:?}: no direction to choose for a rank"
        );
        select(&mut harness, "full_online_dossier_rate_pct", lang);
        assert!(
            harness
                .query_by_role_and_label(Role::ComboBox, texts.field_direction)
                .is_some(),
            "{lang:?}: other indicators keep their direction choice"
        );
    }
}
