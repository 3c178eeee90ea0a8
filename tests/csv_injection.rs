#![cfg(feature = "reports")]
//! No CSV the app writes carries a formula: an indicator named `=HYPERLINK(…)` (a plan received
//! from another commune is enough) is written so that no spreadsheet evaluates it, for every
//! prefix OWASP lists; numbers stay numbers; and the import reads each cell back as it was.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use chrono::NaiveDate;
use lotrinh::i18n::Lang;
use lotrinh::model::{AdminUnit, Indicator, MeasureUnit, Measurement, Pillar, Project};
use lotrinh::spreadsheet::{Cell, csv_bytes, read_csv};

const NAMES: [&str; 6] = [
    "=HYPERLINK(\"http://example.invalid\";\"Bấm\")",
    "+1+2",
    "-Tỷ lệ âm",
    "@SUM(A1:A9)",
    "\tTab đầu",
    "\rCR đầu",
];

fn plan() -> Project {
    let as_of = NaiveDate::from_ymd_opt(2025, 12, 31).unwrap();
    let mut project = Project::new(AdminUnit::default(), as_of);
    for (i, name) in NAMES.iter().enumerate() {
        let mut indicator = Indicator::new(
            &format!("x{i}"),
            name,
            Pillar::DigitalSociety,
            MeasureUnit::Percent,
        );
        indicator.measurements = vec![Measurement::new(as_of, 12.5)];
        project.indicators.push(indicator);
    }
    project
}

#[test]
fn no_cell_of_the_csv_is_a_formula_and_the_import_reads_it_back() {
    for lang in [Lang::Vi, Lang::En] {
        let bytes = csv_bytes(&plan(), lang).unwrap();
        let text = String::from_utf8(bytes[3..].to_vec()).unwrap();
        let mut reader = csv::ReaderBuilder::new()
            .has_headers(false)
            .from_reader(text.as_bytes());
        let mut names_seen = 0;
        for record in reader.records() {
            for cell in record.unwrap().iter() {
                assert!(
                    !cell.starts_with(['=', '+', '-', '@', '\t', '\r']),
                    "a spreadsheet would evaluate {cell:?}"
                );
                if cell.starts_with('\'') {
                    names_seen += 1;
                }
            }
        }
        assert_eq!(
            names_seen,
            NAMES.len(),
            "every dangerous name written as text"
        );
        assert!(
            text.contains(if lang == Lang::Vi { "12,5" } else { "12.5" }),
            "numbers stay numbers"
        );
        let sheet = read_csv(&bytes, "plan.csv").unwrap();
        let texts: Vec<&str> = sheet
            .rows
            .iter()
            .flatten()
            .filter_map(|c| match c {
                Cell::Text(t) => Some(t.as_str()),
                _ => None,
            })
            .collect();
        for name in NAMES {
            assert!(texts.contains(&name), "{name:?} read back as written");
        }
    }
}
