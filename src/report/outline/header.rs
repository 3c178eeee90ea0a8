//! The header block of page 1 (issuing body and number on the left; quốc hiệu and tiêu ngữ, or
//! "ĐẢNG CỘNG SẢN VIỆT NAM", and the place and date on the right) and the closing block
//! (recipients on the left, the signer on the right).

use chrono::NaiveDate;

use crate::i18n::Lang;
use crate::model::{DocumentLayout, DocumentSettings, SignMode};

/// One line of the header block.
#[derive(Clone, Debug, PartialEq)]
pub struct HeaderLine {
    /// The text.
    pub text: String,
    /// Bold.
    pub bold: bool,
    /// Size in points.
    pub size: f32,
}

impl HeaderLine {
    fn new(text: &str, bold: bool, size: f32) -> Self {
        Self {
            text: text.to_owned(),
            bold,
            size,
        }
    }
}

/// What stands under the issuing body.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LeftMark {
    /// A short rule (administrative).
    Rule,
    /// A star (party).
    Star,
}

/// The two columns at the top of page 1.
#[derive(Clone, Debug, PartialEq)]
pub struct HeaderBlock {
    /// Parent body (if any) and the issuing body's lines.
    pub left: Vec<HeaderLine>,
    /// The mark under them.
    pub mark: LeftMark,
    /// "Số: 125/BC-UBND" or "Số 05-BC/CB".
    pub number: String,
    /// Quốc hiệu and tiêu ngữ, or the party's name.
    pub right: Vec<HeaderLine>,
    /// True: a rule under the last right line as wide as it (tiêu ngữ, party name).
    pub right_rule: bool,
    /// "Phong Điền, ngày 15 tháng 10 năm 2025" (italic).
    pub place_date: String,
}

/// The block after section IV.
#[derive(Clone, Debug, PartialEq)]
pub struct Closing {
    /// "Nơi nhận:".
    pub recipients_heading: String,
    /// Each recipient line, starting with "- ".
    pub recipients: Vec<String>,
    /// The signer's capitalised lines: "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH".
    pub signer: Vec<String>,
    /// The signer's name, under the space for the signature.
    pub name: String,
}

/// The header block of `settings`, dated `date`.
pub fn header_block(settings: &DocumentSettings, date: NaiveDate, lang: Lang) -> HeaderBlock {
    let texts = lang.texts().document;
    let party = settings.layout == DocumentLayout::Party;
    let mut left = Vec::new();
    let has_parent = !settings.parent_body.trim().is_empty();
    if has_parent {
        left.push(HeaderLine::new(settings.parent_body.trim(), false, 13.0));
    }
    // Administrative: the issuing body is bold (both lines) unless a parent line stands above it,
    // then only its own name is. Party: the superior committee is regular, the cell bold.
    let first_bold = !party && !has_parent;
    for (text, bold) in [
        (settings.issuer.trim(), first_bold),
        (settings.issuer_unit.trim(), true),
    ] {
        if !text.is_empty() {
            left.push(HeaderLine::new(text, bold, 13.0));
        }
    }
    let right = if party {
        vec![HeaderLine::new(texts.party_name, true, 14.0)]
    } else {
        vec![
            HeaderLine::new(texts.national_name, true, 12.0),
            HeaderLine::new(texts.motto, true, 13.0),
        ]
    };
    HeaderBlock {
        left,
        mark: if party {
            LeftMark::Star
        } else {
            LeftMark::Rule
        },
        number: (texts.number_line)(party, settings.number.trim()),
        right,
        right_rule: true,
        place_date: (texts.place_date)(settings.place.trim(), date),
    }
}

/// The recipients and signer of `settings`.
pub fn closing(settings: &DocumentSettings, lang: Lang) -> Closing {
    let texts = lang.texts().document;
    let signer = &settings.signer;
    let mut lines = Vec::new();
    let on_behalf_of = signer.on_behalf_of.trim().to_uppercase();
    match signer.mode {
        SignMode::OnBehalf => {
            lines.push(format!(
                "{} {on_behalf_of}",
                (texts.on_behalf)(settings.layout)
            ));
        }
        SignMode::Deputy => {
            lines.push(format!(
                "{} {on_behalf_of}",
                (texts.deputy)(settings.layout)
            ));
        }
        SignMode::Own => {}
    }
    let title = signer.title.trim();
    if !title.is_empty() {
        lines.push(title.to_uppercase());
    }
    Closing {
        recipients_heading: texts.recipients_heading.to_owned(),
        recipients: settings
            .recipients
            .iter()
            .map(|line| line.trim())
            .filter(|line| !line.is_empty())
            .map(|line| format!("- {}", line.trim_start_matches(['-', ' '])))
            .collect(),
        signer: lines,
        name: signer.name.trim().to_owned(),
    }
}
