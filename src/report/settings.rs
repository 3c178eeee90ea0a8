//! The document settings a plan reports with: its own, or defaults made from its unit (a commune
//! plan → "ỦY BAN NHÂN DÂN" / "XÃ …"; the party layout → "ĐẢNG BỘ XÃ …" / "CHI BỘ …"), with the
//! number left for the office to fill in.

use chrono::{Datelike as _, NaiveDate};

use crate::i18n::Lang;
use crate::model::{DocumentLayout, DocumentSettings, Project, SignMode, Signer};

/// Level words a unit's name may start with, longest first where one is a prefix of another.
const LEVEL_WORDS: [&str; 9] = [
    "Thị xã ",
    "Thị trấn ",
    "Thành phố ",
    "Đặc khu ",
    "Phường ",
    "Huyện ",
    "Quận ",
    "Tỉnh ",
    "Xã ",
];

/// Splits a unit's name into its level word ("Xã ") and the proper name ("Phong Điền").
pub fn split_level(name: &str) -> (Option<&'static str>, &str) {
    match LEVEL_WORDS.iter().find(|level| name.starts_with(**level)) {
        Some(level) => (Some(level), name[level.len()..].trim()),
        None => (None, name.trim()),
    }
}

/// The unit's name in capitals with its level word: "XÃ PHONG ĐIỀN".
fn unit_caps(project: &Project, lang: Lang) -> String {
    let name = project.unit.name.trim();
    let (level, _) = split_level(name);
    if level.is_some() || name.is_empty() {
        return name.to_uppercase();
    }
    let texts = lang.texts().document;
    let word = (texts.level_caps)(project.unit.level);
    format!("{word} {}", name.to_uppercase())
}

/// The reporting period in words: "9 tháng đầu năm 2025", "năm 2025", "tháng 4 năm 2025".
pub fn period_words(as_of: NaiveDate, lang: Lang) -> String {
    (lang.texts().document.period)(as_of.month(), as_of.year())
}

/// The defaults of `layout` for `project`, in `lang`.
pub fn default_settings(project: &Project, layout: DocumentLayout, lang: Lang) -> DocumentSettings {
    let texts = lang.texts().document;
    let unit = unit_caps(project, lang);
    let (_, place) = split_level(&project.unit.name);
    let period = period_words(project.as_of, lang);
    let party = layout == DocumentLayout::Party;
    let (issuer, issuer_unit) = if party {
        ((texts.party_committee_of)(&unit), texts.cell_placeholder)
    } else {
        (texts.people_committee.to_owned(), unit.as_str())
    };
    let recipients = if party {
        texts.party_recipients
    } else {
        texts.admin_recipients
    };
    DocumentSettings {
        layout,
        parent_body: String::new(),
        issuer,
        issuer_unit: issuer_unit.to_owned(),
        number: (texts.default_number)(layout).to_owned(),
        place: place.to_owned(),
        date: None,
        subject: (texts.default_subject)(layout, &period),
        signer: Signer {
            mode: SignMode::OnBehalf,
            on_behalf_of: (texts.default_on_behalf)(layout).to_owned(),
            title: (texts.default_title)(layout).to_owned(),
            name: String::new(),
        },
        recipients: recipients.iter().map(|line| (*line).to_owned()).collect(),
        sections: Default::default(),
    }
}

/// The document settings of a plan made for a new period: the old number, date, subject and
/// written sections give way to the new period's defaults; the header, signer and recipients stay.
pub fn renew_settings(project: &mut Project, lang: Lang) {
    let Some(layout) = project.document.as_ref().map(|d| d.layout) else {
        return;
    };
    let defaults = default_settings(project, layout, lang);
    if let Some(document) = &mut project.document {
        document.number = defaults.number;
        document.subject = defaults.subject;
        document.date = None;
        document.sections = defaults.sections;
    }
}

/// The settings `project` reports with: its own, else the administrative defaults.
pub fn effective_settings(project: &Project, lang: Lang) -> DocumentSettings {
    project
        .document
        .clone()
        .unwrap_or_else(|| default_settings(project, DocumentLayout::Administrative, lang))
}

/// `settings` moved to `layout`: every field still equal to the old layout's default takes the
/// new layout's default; what the officer wrote is kept.
pub fn switch_layout(
    settings: &DocumentSettings,
    project: &Project,
    layout: DocumentLayout,
    lang: Lang,
) -> DocumentSettings {
    let old = default_settings(project, settings.layout, lang);
    let new = default_settings(project, layout, lang);
    let pick = |current: &String, old: &String, new: &String| {
        if current == old {
            new.clone()
        } else {
            current.clone()
        }
    };
    let mut result = settings.clone();
    result.layout = layout;
    result.issuer = pick(&settings.issuer, &old.issuer, &new.issuer);
    result.issuer_unit = pick(&settings.issuer_unit, &old.issuer_unit, &new.issuer_unit);
    result.number = pick(&settings.number, &old.number, &new.number);
    result.subject = pick(&settings.subject, &old.subject, &new.subject);
    let signer = &settings.signer;
    result.signer.on_behalf_of = pick(
        &signer.on_behalf_of,
        &old.signer.on_behalf_of,
        &new.signer.on_behalf_of,
    );
    result.signer.title = pick(&signer.title, &old.signer.title, &new.signer.title);
    if settings.recipients == old.recipients {
        result.recipients = new.recipients;
    }
    result
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use crate::model::AdminUnit;

    fn commune(name: &str) -> Project {
        Project::new(
            AdminUnit {
                name: name.to_owned(),
                ..AdminUnit::default()
            },
            NaiveDate::from_ymd_opt(2025, 9, 30).unwrap(),
        )
    }

    #[test]
    fn a_commune_defaults_to_its_peoples_committee() {
        let settings = default_settings(
            &commune("Xã Phong Điền"),
            DocumentLayout::Administrative,
            Lang::Vi,
        );
        assert_eq!(settings.issuer, "ỦY BAN NHÂN DÂN");
        assert_eq!(settings.issuer_unit, "XÃ PHONG ĐIỀN");
        assert_eq!(settings.place, "Phong Điền");
        assert_eq!(settings.number, "…/BC-UBND");
        assert!(settings.parent_body.is_empty(), "no parent line by default");
        assert!(settings.subject.contains("9 tháng đầu năm 2025"));
        assert_eq!(settings.signer.on_behalf_of, "ỦY BAN NHÂN DÂN");
        assert!(settings.recipients.last().unwrap().starts_with("Lưu: VT"));
    }

    #[test]
    fn a_party_layout_defaults_to_a_cell() {
        let settings = default_settings(&commune("Phong Điền"), DocumentLayout::Party, Lang::Vi);
        assert_eq!(settings.issuer, "ĐẢNG BỘ XÃ PHONG ĐIỀN");
        assert_eq!(settings.issuer_unit, "CHI BỘ …");
        assert_eq!(settings.number, "…-BC/CB");
        assert_eq!(settings.signer.title, "BÍ THƯ");
    }

    #[test]
    fn switching_layout_keeps_what_the_officer_wrote() {
        let project = commune("Xã Phong Điền");
        let mut settings = default_settings(&project, DocumentLayout::Administrative, Lang::Vi);
        settings.number = "125/BC-UBND".to_owned();
        settings.signer.name = "Nguyễn Văn A".to_owned();
        let party = switch_layout(&settings, &project, DocumentLayout::Party, Lang::Vi);
        assert_eq!(party.issuer, "ĐẢNG BỘ XÃ PHONG ĐIỀN");
        assert_eq!(party.number, "125/BC-UBND", "typed number kept");
        assert_eq!(party.signer.name, "Nguyễn Văn A");
        assert_eq!(party.signer.title, "BÍ THƯ");
        let back = switch_layout(&party, &project, DocumentLayout::Administrative, Lang::Vi);
        assert_eq!(back, settings);
    }

    #[test]
    fn level_words_split_off() {
        assert_eq!(
            split_level("Thị xã Hương Trà"),
            (Some("Thị xã "), "Hương Trà")
        );
        assert_eq!(split_level("Hòa Bình"), (None, "Hòa Bình"));
    }
}
