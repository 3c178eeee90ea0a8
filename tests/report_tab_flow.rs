#![cfg(feature = "reports")]
//! The "Báo cáo" tab driven by its labels: set the layout to chi bộ, change the number, draft
//! "Tồn tại, hạn chế" from the data, edit it, undo the edit, then export the Word file through the
//! (fake) save dialog and find the settings in it. Also: a written section is not replaced by a
//! draft without asking, and the flow works in English.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use std::io::Read as _;
use std::path::Path;

use chrono::NaiveDate;
use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use lotrinh::LotrinhApp;
use lotrinh::app::{Action, DialogOutcome};
use lotrinh::i18n::Lang;
use lotrinh::model::{DocumentLayout, DocumentSettings, SectionKind};

fn harness(data_dir: &Path, answers: Vec<DialogOutcome>) -> Harness<'static, LotrinhApp> {
    let today = NaiveDate::from_ymd_opt(2025, 10, 15).unwrap();
    let file = Some(common::example("xa-demo.ron"));
    // Tall enough that the sections are on screen without scrolling.
    common::app_harness([1366.0, 1500.0], data_dir, file, answers, today)
}

fn settings(harness: &Harness<'static, LotrinhApp>) -> DocumentSettings {
    let document = harness.state().state.document().unwrap();
    document.project.document.clone().unwrap()
}

/// Types `text` into the labelled field where the click puts the cursor (or instead of its text,
/// with `replace`).
fn type_into(harness: &mut Harness<'static, LotrinhApp>, label: &str, text: &str, replace: bool) {
    let role = if replace {
        Role::TextInput
    } else {
        Role::MultilineTextInput
    };
    harness.get_by_role_and_label(role, label).click();
    harness.run();
    if replace {
        harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
        harness.run();
    }
    harness.get_by_role_and_label(role, label).type_text(text);
    harness.run();
}

fn docx_text(path: &Path) -> String {
    let bytes = std::fs::read(path).unwrap();
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut xml = String::new();
    archive
        .by_name("word/document.xml")
        .unwrap()
        .read_to_string(&mut xml)
        .unwrap();
    xml
}

#[test]
fn set_the_party_layout_draft_edit_undo_and_export_word() {
    let texts = Lang::Vi.texts().document;
    let dir = tempfile::tempdir().unwrap();
    let output = dir.path().join("bao-cao.docx");
    let mut harness = harness(dir.path(), vec![DialogOutcome::Picked(output.clone())]);
    harness.run();
    harness.get_by_label(texts.tab).click();
    harness.run();
    assert!(harness.query_by_label(texts.outline_heading).is_some());

    harness
        .get_by_role_and_label(Role::ComboBox, texts.layout_label)
        .click();
    harness.run();
    harness
        .get_by_label((texts.layout_name)(DocumentLayout::Party))
        .click();
    harness.run();
    let party = settings(&harness);
    assert_eq!(party.layout, DocumentLayout::Party);
    assert_eq!(party.issuer, "ĐẢNG BỘ XÃ HÒA BÌNH XANH");
    assert_eq!(party.signer.on_behalf_of, "CHI BỘ");
    assert_eq!(party.number, "125/BC-UBND", "the typed number is kept");

    type_into(&mut harness, texts.number_label, "07-BC/CB", true);
    harness.key_press(Key::Enter);
    harness.run();
    assert_eq!(settings(&harness).number, "07-BC/CB");

    let section = (texts.section_name)(SectionKind::Shortcomings);
    harness
        .get_by_label(&(texts.draft_button_for)(section))
        .click();
    harness.run();
    let draft = settings(&harness).sections.shortcomings;
    assert!(
        draft.contains("Tỷ lệ hồ sơ thủ tục hành chính nộp trực tuyến"),
        "{draft}"
    );

    type_into(&mut harness, section, " Bổ sung của văn phòng.", false);
    // Moving to another field commits the section as one change.
    harness
        .get_by_role_and_label(Role::TextInput, texts.place_label)
        .click();
    harness.run();
    let edited = settings(&harness).sections.shortcomings;
    assert!(edited.contains(" Bổ sung của văn phòng."), "{edited}");

    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(settings(&harness).sections.shortcomings, draft, "undone");
    assert_eq!(settings(&harness).number, "07-BC/CB", "one step only");

    harness.get_by_label(Lang::Vi.texts().menu_file).click();
    harness.run();
    harness.get_by_label(texts.export_docx).click();
    harness.run();
    let xml = docx_text(&output);
    assert!(xml.contains("Số 07-BC/CB"), "the party number line");
    assert!(xml.contains("ĐẢNG CỘNG SẢN VIỆT NAM"));
    assert!(xml.contains("Tỷ lệ hồ sơ thủ tục hành chính nộp trực tuyến"));
    assert!(!xml.contains("Bổ sung của văn phòng"), "the undone edit");
}

#[test]
fn written_text_is_not_replaced_by_a_draft_without_asking() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = harness(dir.path(), Vec::new());
    harness.run();
    let mut written = settings(&harness);
    written.sections.tasks = "Văn bản do cán bộ tự viết.".to_owned();
    harness
        .state_mut()
        .state
        .handle(Action::Edit(lotrinh::app::Edit::Document(Box::new(Some(
            written,
        )))));
    harness.state_mut().state.handle(Action::SetLang(Lang::En));
    harness.run();
    let texts = Lang::En.texts().document;
    harness.get_by_label(texts.tab).click();
    harness.run();
    let section = (texts.section_name)(SectionKind::Tasks);
    harness
        .get_by_label(&(texts.draft_button_for)(section))
        .click();
    harness.run();
    assert!(
        harness.query_by_label(texts.replace_keep).is_some(),
        "asked first: {:?}",
        harness.state().view.report.replace
    );
    harness.get_by_label(texts.replace_keep).click();
    harness.run();
    assert_eq!(
        settings(&harness).sections.get(SectionKind::Tasks),
        "Văn bản do cán bộ tự viết."
    );
    harness
        .get_by_label(&(texts.draft_button_for)(section))
        .click();
    harness.run();
    harness.get_by_label(texts.replace_confirm).click();
    harness.run();
    let replaced = settings(&harness).sections.tasks;
    assert!(replaced.starts_with("- Focus on"), "{replaced}");
}
