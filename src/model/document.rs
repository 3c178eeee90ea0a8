//! The report as an office files it, kept in the plan: the layout (administrative or party), the
//! header block (issuing body, number and symbol, place and date), the subject, the signer, the
//! recipients, and the sections the officer writes.
//!
//! All of it is optional in the file: a plan without a `document` section reports with defaults
//! made from its unit (see `crate::report::default_settings`).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::text::normalize_in_place;

/// The layout of the document's header block and signature.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum DocumentLayout {
    /// A state administrative document (Nghị định 30/2020/NĐ-CP): quốc hiệu and tiêu ngữ on the
    /// right, "Số: …/BC-UBND", signer "TM. ỦY BAN NHÂN DÂN".
    #[default]
    Administrative,
    /// A party document (Hướng dẫn 36-HD/VPTW): "ĐẢNG CỘNG SẢN VIỆT NAM" on the right, "Số …-BC/CB",
    /// signer "T/M CHI BỘ".
    Party,
}

impl DocumentLayout {
    /// Both layouts, in the order a menu shows them.
    pub const ALL: [Self; 2] = [Self::Administrative, Self::Party];
}

/// How the signer signs.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum SignMode {
    /// On behalf of a collective body: "TM. ỦY BAN NHÂN DÂN" (party: "T/M CHI BỘ").
    #[default]
    OnBehalf,
    /// For the head, as a deputy: "KT. CHỦ TỊCH" then "PHÓ CHỦ TỊCH" (party: "K/T BÍ THƯ").
    Deputy,
    /// In one's own name: only the title.
    Own,
}

impl SignMode {
    /// All modes, in the order a menu shows them.
    pub const ALL: [Self; 3] = [Self::OnBehalf, Self::Deputy, Self::Own];
}

/// The signature block.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Signer {
    /// TM., KT. or none.
    pub mode: SignMode,
    /// Whom the signer signs for: the body after "TM." ("ỦY BAN NHÂN DÂN", "CHI BỘ") or the head's
    /// title after "KT." ("CHỦ TỊCH"). Unused in one's own name.
    pub on_behalf_of: String,
    /// The signer's title ("CHỦ TỊCH", "PHÓ CHỦ TỊCH", "BÍ THƯ").
    pub title: String,
    /// The signer's full name.
    pub name: String,
}

/// The sections of the report the officer writes (drafted from the data on request).
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct WrittenSections {
    /// The opening paragraph, before "I. Kết quả thực hiện".
    pub opening: String,
    /// "Tồn tại, hạn chế và nguyên nhân".
    pub shortcomings: String,
    /// "Nhiệm vụ, giải pháp thời gian tới".
    pub tasks: String,
    /// "Kiến nghị, đề xuất".
    pub proposals: String,
}

/// One of the written sections.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SectionKind {
    /// The opening paragraph.
    Opening,
    /// Tồn tại, hạn chế và nguyên nhân.
    Shortcomings,
    /// Nhiệm vụ, giải pháp thời gian tới.
    Tasks,
    /// Kiến nghị, đề xuất.
    Proposals,
}

impl SectionKind {
    /// The four sections, in document order.
    pub const ALL: [Self; 4] = [
        Self::Opening,
        Self::Shortcomings,
        Self::Tasks,
        Self::Proposals,
    ];
}

impl WrittenSections {
    /// The text of `kind`.
    pub fn get(&self, kind: SectionKind) -> &str {
        match kind {
            SectionKind::Opening => &self.opening,
            SectionKind::Shortcomings => &self.shortcomings,
            SectionKind::Tasks => &self.tasks,
            SectionKind::Proposals => &self.proposals,
        }
    }

    /// The text of `kind`, mutably.
    pub fn get_mut(&mut self, kind: SectionKind) -> &mut String {
        match kind {
            SectionKind::Opening => &mut self.opening,
            SectionKind::Shortcomings => &mut self.shortcomings,
            SectionKind::Tasks => &mut self.tasks,
            SectionKind::Proposals => &mut self.proposals,
        }
    }
}

/// Everything an office sets to file the report: kept in the plan's optional `document` section.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct DocumentSettings {
    /// Administrative (NĐ 30) or party (HD 36) layout.
    pub layout: DocumentLayout,
    /// The body above the issuer ("ỦY BAN NHÂN DÂN TỈNH …"); empty by default, not printed then.
    pub parent_body: String,
    /// First line of the issuing body: "ỦY BAN NHÂN DÂN", "ĐẢNG BỘ XÃ PHONG ĐIỀN".
    pub issuer: String,
    /// Second line of the issuing body: "XÃ PHONG ĐIỀN", "CHI BỘ THÔN 3".
    pub issuer_unit: String,
    /// Number and symbol: "125/BC-UBND", "05-BC/CB" ("…" where the office fills it in).
    pub number: String,
    /// Place name of the place-and-date line: "Phong Điền".
    pub place: String,
    /// The document's date; the printing date when none.
    pub date: Option<NaiveDate>,
    /// The subject line (trích yếu) under "BÁO CÁO".
    pub subject: String,
    /// The signature block.
    pub signer: Signer,
    /// Recipients (nơi nhận), one per line; the last is "Lưu: VT, …".
    pub recipients: Vec<String>,
    /// The written sections.
    pub sections: WrittenSections,
}

impl DocumentSettings {
    /// Normalises every piece of text to Unicode NFC.
    pub fn normalize_text(&mut self) {
        for text in [
            &mut self.parent_body,
            &mut self.issuer,
            &mut self.issuer_unit,
            &mut self.number,
            &mut self.place,
            &mut self.subject,
            &mut self.signer.on_behalf_of,
            &mut self.signer.title,
            &mut self.signer.name,
            &mut self.sections.opening,
            &mut self.sections.shortcomings,
            &mut self.sections.tasks,
            &mut self.sections.proposals,
        ] {
            normalize_in_place(text);
        }
        for line in &mut self.recipients {
            normalize_in_place(line);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sections_are_reached_by_kind() {
        let mut sections = WrittenSections::default();
        for (index, kind) in SectionKind::ALL.into_iter().enumerate() {
            sections.get_mut(kind).push_str(&index.to_string());
        }
        let texts: Vec<&str> = SectionKind::ALL.iter().map(|k| sections.get(*k)).collect();
        assert_eq!(texts, ["0", "1", "2", "3"]);
    }

    #[test]
    fn text_is_normalised() {
        let mut settings = DocumentSettings {
            issuer_unit: "CHI BO\u{0302}\u{0323}".to_owned(),
            recipients: vec!["Lu\u{031B}u chi bo\u{0302}\u{0323}.".to_owned()],
            ..DocumentSettings::default()
        };
        settings.normalize_text();
        assert_eq!(settings.issuer_unit, "CHI BỘ");
        assert_eq!(settings.recipients, ["Lưu chi bộ."]);
    }
}
