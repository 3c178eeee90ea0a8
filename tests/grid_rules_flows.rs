//! The period grid's rules, driven through the real app on a plan just made from the commune
//! catalogue and dated today (30/11/2026), as in issue 9: the grid opens on the quarter that
//! contains the reporting date, a yes/no cell takes only yes or no, and moving the reporting
//! date past today is a question, not a pre-ticked box.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use std::path::Path;

use chrono::NaiveDate;
use egui::{Event, Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use lotrinh::LotrinhApp;
use lotrinh::app::{Action, Tab};
use lotrinh::entry::{Period, PeriodKind};
use lotrinh::i18n::{Lang, format_date};
use lotrinh::model::{AdminUnit, ValueProblem, YesNoWords};

const PORTAL: &str = "dx_portal_section";
const MEETINGS: &str = "dx_steering_meetings_per_year";

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 30).unwrap()
}

/// The app with a new commune plan dated today, on the period grid, in `lang`.
fn grid(data_dir: &Path, lang: Lang) -> Harness<'static, LotrinhApp> {
    let mut harness = common::app_harness([1366.0, 768.0], data_dir, None, Vec::new(), today());
    let unit = AdminUnit {
        name: "Xã Thử Nghiệm".to_owned(),
        ..AdminUnit::default()
    };
    let project =
        lotrinh::catalog::new_project(lotrinh::catalog::catalog("commune"), unit, today());
    let state = &mut harness.state_mut().state;
    state.handle(Action::SetLang(lang));
    state.handle(Action::Create(Box::new(project)));
    state.handle(Action::ShowTab(Tab::Entry));
    harness.run();
    harness
}

fn row_of(harness: &Harness<'static, LotrinhApp>, indicator_id: &str) -> usize {
    let project = &harness.state().state.document().unwrap().project;
    project
        .indicators
        .iter()
        .position(|i| i.id == indicator_id)
        .unwrap()
}

/// Focuses the value cell of `indicator_id`, replaces its text with `text` and presses Enter.
fn type_value(
    harness: &mut Harness<'static, LotrinhApp>,
    lang: Lang,
    indicator_id: &str,
    text: &str,
) {
    let texts = lang.texts();
    let row = row_of(harness, indicator_id);
    let name = (texts.cell_name)(texts.entry_new_value, row + 1);
    harness.get_by_label(&name).focus();
    harness.run();
    let mut events = vec![Event::Key {
        key: Key::A,
        physical_key: None,
        pressed: true,
        repeat: false,
        modifiers: Modifiers::COMMAND,
    }];
    events.extend(text.chars().map(|c| Event::Text(c.to_string())));
    harness.input_mut().events.extend(events);
    harness.step();
    harness.key_press(Key::Enter);
    harness.run();
}

fn cell(harness: &Harness<'static, LotrinhApp>, indicator_id: &str) -> String {
    harness.state().view.entry.rows[indicator_id].cells[0].clone()
}

fn value_on(
    harness: &Harness<'static, LotrinhApp>,
    indicator_id: &str,
    date: NaiveDate,
) -> Option<f64> {
    let project = &harness.state().state.document()?.project;
    let indicator = project.indicator(indicator_id)?;
    indicator
        .measurements
        .iter()
        .find(|m| m.date == date)
        .map(|m| m.value)
}

fn as_of(harness: &Harness<'static, LotrinhApp>) -> NaiveDate {
    harness
        .state()
        .state
        .document()
        .as_ref()
        .unwrap()
        .project
        .as_of
}

fn end_of_year() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 12, 31).unwrap()
}

#[test]
fn a_plan_dated_30_november_opens_the_grid_on_the_fourth_quarter_unticked() {
    for lang in Lang::ALL {
        let dir = tempfile::tempdir().unwrap();
        let harness = grid(dir.path(), lang);
        let texts = lang.texts();
        let end = format_date(end_of_year());
        assert_eq!(
            harness.state().view.entry.period,
            Some(Period::Of(PeriodKind::Quarter(4), 2026)),
            "{lang:?}: the period is the fourth quarter of 2026"
        );
        assert!(
            harness
                .query_all_by_value(&PeriodKind::Quarter(4).name(lang))
                .next()
                .is_some(),
            "{lang:?}: the period picker shows it"
        );
        assert!(
            harness
                .query_by_label(&(texts.entry_values_dated)(&end))
                .is_some()
        );
        assert!(
            harness
                .query_by_label(&(texts.entry_move_as_of)(&end))
                .is_none(),
            "{lang:?}: no pre-ticked move of the reporting date past today"
        );
        assert!(
            harness
                .query_by_label(&(texts.safety.entry_future_note)(&end))
                .is_some()
        );
    }
}

#[test]
fn a_yes_no_cell_refuses_85_5_with_the_reason_and_takes_co() {
    for (lang, yes, typed_no, no, number) in [
        (Lang::Vi, "Có", "chưa đạt", "Không", "85,5"),
        (Lang::En, "Yes", "no", "No", "85.5"),
    ] {
        let dir = tempfile::tempdir().unwrap();
        let mut harness = grid(dir.path(), lang);
        let safety = lang.texts().safety;
        let reason = lotrinh::i18n::value_problem(ValueProblem::NotYesNo, lang);

        type_value(&mut harness, lang, PORTAL, number);
        assert_eq!(cell(&harness, PORTAL), number, "kept as typed, to be fixed");
        assert!(
            harness.query_by_label(reason).is_some(),
            "{lang:?}: the reason is shown in the row"
        );
        assert!(harness.query_by_label(safety.entry_blocked).is_some());
        let apply = harness.get_by_label_contains(lang.texts().entry_apply);
        assert!(
            apply.accesskit_node().is_disabled(),
            "{lang:?}: nothing can be applied"
        );

        type_value(&mut harness, lang, PORTAL, "x");
        assert_eq!(
            cell(&harness, PORTAL),
            yes,
            "x is shown as the choice it is"
        );
        assert!(harness.query_by_label(reason).is_none());
        type_value(&mut harness, lang, PORTAL, typed_no);
        assert_eq!(cell(&harness, PORTAL), no);
        type_value(&mut harness, lang, PORTAL, yes);
        assert_eq!(cell(&harness, PORTAL), yes);
        assert!(harness.query_by_label(safety.entry_blocked).is_none());

        harness.key_press_modifiers(Modifiers::COMMAND, Key::Enter);
        harness.run();
        harness
            .get_by_label(&(safety.future_keep)(&format_date(today())))
            .click();
        harness.run();
        assert_eq!(
            value_on(&harness, PORTAL, end_of_year()),
            Some(1.0),
            "{lang:?}"
        );
    }
}

#[test]
fn applying_a_period_past_today_asks_before_moving_the_reporting_date() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = grid(dir.path(), Lang::Vi);
    let safety = Lang::Vi.texts().safety;
    type_value(&mut harness, Lang::Vi, MEETINGS, "3");
    harness
        .get_by_label_contains(Lang::Vi.texts().entry_apply)
        .click();
    harness.run();
    assert!(
        harness.query_by_label(safety.future_title).is_some(),
        "a real question"
    );
    assert_eq!(as_of(&harness), today(), "nothing moved before the answer");
    assert_eq!(value_on(&harness, MEETINGS, end_of_year()), None);

    harness.get_by_label(safety.future_back).click();
    harness.run();
    assert!(harness.query_by_label(safety.future_title).is_none());
    assert_eq!(
        cell(&harness, MEETINGS),
        "3",
        "going back keeps what was typed"
    );

    harness
        .get_by_label_contains(Lang::Vi.texts().entry_apply)
        .click();
    harness.run();
    let end = format_date(end_of_year());
    harness.get_by_label(&(safety.future_move)(&end)).click();
    harness.run();
    assert_eq!(value_on(&harness, MEETINGS, end_of_year()), Some(3.0));
    assert_eq!(
        as_of(&harness),
        end_of_year(),
        "moved because the answer said so"
    );
}

#[test]
fn keeping_the_reporting_date_applies_the_values_only() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = grid(dir.path(), Lang::En);
    let safety = Lang::En.texts().safety;
    type_value(&mut harness, Lang::En, MEETINGS, "2");
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Enter);
    harness.run();
    harness
        .get_by_label(&(safety.future_keep)(&format_date(today())))
        .click();
    harness.run();
    assert_eq!(value_on(&harness, MEETINGS, end_of_year()), Some(2.0));
    assert_eq!(as_of(&harness), today());
}

#[test]
fn the_indicator_editor_keeps_the_same_yes_no_rule() {
    let dir = tempfile::tempdir().unwrap();
    let today = NaiveDate::from_ymd_opt(2026, 1, 10).unwrap();
    let file = Some(common::example("xa-demo.ron"));
    // Tall enough that the editor's unit fields and their menu are on screen without scrolling.
    let mut harness = common::app_harness([1366.0, 1400.0], dir.path(), file, Vec::new(), today);
    let id = "village_loudspeaker_system";
    harness
        .state_mut()
        .state
        .handle(Action::Select(id.to_owned()));
    harness.run();
    let value = |harness: &Harness<'static, LotrinhApp>| {
        let project = &harness.state().state.document().unwrap().project;
        project.indicator(id).unwrap().measurements[0].value
    };
    let field = "Giá trị dòng 1";
    let before = value(&harness);
    // Criterion 8.3 of the new countryside is judged Đạt/Chưa đạt, not Có/Không.
    let words = Lang::Vi.texts().yes_no_words;
    assert_eq!(
        harness.get_by_label(field).value().as_deref(),
        Some(words.word(YesNoWords::Achieved, before >= 0.5)),
        "shown as the choice in the criterion's words, not as 1 or 0"
    );
    let reason = lotrinh::i18n::value_problem(ValueProblem::NotYesNo, Lang::Vi);
    for (typed, expected, refused) in [
        ("85,5", before, true),
        ("Không", 0.0, false),
        ("đạt", 1.0, false),
    ] {
        harness.get_by_label(field).focus();
        harness.run();
        let mut events = vec![Event::Key {
            key: Key::A,
            physical_key: None,
            pressed: true,
            repeat: false,
            modifiers: Modifiers::COMMAND,
        }];
        events.extend(typed.chars().map(|c| Event::Text(c.to_string())));
        harness.input_mut().events.extend(events);
        harness.step();
        harness.key_press(Key::Enter);
        harness.run();
        assert_eq!(value(&harness), expected, "{typed}");
        assert_eq!(harness.query_by_label(reason).is_some(), refused, "{typed}");
    }
    // The editor offers the words beside the unit: Có/Không instead, and the value follows.
    let chosen = |harness: &Harness<'static, LotrinhApp>| {
        let project = &harness.state().state.document().unwrap().project;
        project.indicator(id).unwrap().yes_no_words
    };
    assert_eq!(chosen(&harness), YesNoWords::Achieved);
    assert_eq!(
        harness.get_by_label(field).value().as_deref(),
        Some(words.achieved)
    );
    harness
        .get_by_role_and_label(egui::accesskit::Role::ComboBox, words.field)
        .click();
    harness.run();
    harness.get_by_label(words.yes_no_pair).click();
    harness.run();
    assert_eq!(chosen(&harness), YesNoWords::YesNo);
    assert_eq!(
        harness.get_by_label(field).value().as_deref(),
        Some(words.yes)
    );
}

/// A reporting date still to come typed in the plan's details is asked about under the field;
/// going back changes nothing, and setting it moves the plan (one undoable change).
#[test]
fn a_future_reporting_date_typed_in_the_plan_details_is_asked_first() {
    for lang in Lang::ALL {
        let dir = tempfile::tempdir().unwrap();
        let mut harness = grid(dir.path(), lang);
        harness
            .state_mut()
            .state
            .handle(Action::ShowTab(Tab::Project));
        harness.run();
        let texts = lang.texts();
        let safety = texts.safety;
        let future = NaiveDate::from_ymd_opt(2027, 3, 31).unwrap();
        let shown = format_date(future);
        let as_of = |harness: &Harness<'static, LotrinhApp>| {
            harness.state().state.document().unwrap().project.as_of
        };
        for answer in [safety.future_back, (safety.plan_future_set)(&shown).leak()] {
            harness
                .get_by_role_and_label(egui::accesskit::Role::TextInput, texts.as_of)
                .click();
            harness.run();
            harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
            harness.run();
            harness.event(Event::Text(shown.clone()));
            harness.key_press(Key::Enter);
            harness.run();
            let question = (safety.plan_future_question)(&shown, &format_date(today()));
            assert!(
                harness.query_by_label(&question).is_some(),
                "{lang:?}: the question is shown"
            );
            assert_eq!(
                as_of(&harness),
                today(),
                "{lang:?}: nothing moves before the answer"
            );
            harness.get_by_label(answer).click();
            harness.run();
            assert!(harness.query_by_label(&question).is_none());
        }
        assert_eq!(as_of(&harness), future, "{lang:?}: set after the answer");
        harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
        harness.run();
        assert_eq!(
            as_of(&harness),
            today(),
            "{lang:?}: one undo brings it back"
        );
    }
}
