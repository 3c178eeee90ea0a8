//! Slides fit for a hall and a dashboard that fits a small screen, checked on what egui actually
//! draws: every text's size, whether it is cut by its clip rectangle or the screen, and whether two
//! texts overlap; plus snapshots of the four kinds of slide at 1024×768; and the collection's
//! matrix slide.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use chrono::NaiveDate;
use egui::epaint::{ClippedShape, Shape};
use egui::{Key, Pos2, Rect};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use lotrinh::LotrinhApp;
use lotrinh::app::ChartTarget;
use lotrinh::i18n::Lang;
use lotrinh::model::Pillar;
use lotrinh::ui::presentation::{Slide, pillar_page, slides};

/// One text egui drew: the rectangles of its lines, how large, and the rectangle it was clipped
/// to.
#[derive(Debug)]
struct DrawnText {
    text: String,
    rows: Vec<Rect>,
    clip: Rect,
    size: f32,
    elided: bool,
}

fn collect(shape: &Shape, clip: Rect, out: &mut Vec<DrawnText>) {
    match shape {
        Shape::Vec(shapes) => {
            for shape in shapes {
                collect(shape, clip, out);
            }
        }
        Shape::Text(text) if !text.galley.text().trim().is_empty() => {
            let size = text
                .galley
                .job
                .sections
                .iter()
                .map(|s| s.format.font_id.size)
                .fold(f32::INFINITY, f32::min);
            let offset = text.pos.to_vec2();
            // A turned text (the value axis's name) is taken whole, turned.
            let rows = if text.angle == 0.0 {
                text.galley
                    .rows
                    .iter()
                    .filter(|row| !row.row.glyphs.is_empty())
                    .map(|row| row.rect_without_leading_space().translate(offset))
                    .collect()
            } else {
                vec![text.visual_bounding_rect()]
            };
            out.push(DrawnText {
                text: text.galley.text().to_owned(),
                rows,
                clip,
                size,
                elided: text.galley.elided,
            });
        }
        _ => {}
    }
}

fn drawn_texts(harness: &Harness<'static, LotrinhApp>) -> Vec<DrawnText> {
    let mut out = Vec::new();
    for ClippedShape {
        clip_rect, shape, ..
    } in &harness.output().shapes
    {
        collect(shape, *clip_rect, &mut out);
    }
    out
}

/// Fails with every text that is cut (by its clip rectangle or by `screen`), elided, smaller than
/// `min_size`, or overlapping another one, among the texts inside `region`.
fn check_texts(texts: &[DrawnText], region: Rect, screen: Rect, min_size: f32, what: &str) {
    let inside: Vec<&DrawnText> = texts
        .iter()
        .filter(|t| t.rows.iter().any(|r| region.contains(r.center())))
        .collect();
    assert!(!inside.is_empty(), "{what}: no text drawn");
    let mut faults = Vec::new();
    for text in &inside {
        let bounds = text.clip.intersect(screen).expand(0.5);
        if let Some(row) = text.rows.iter().find(|r| !bounds.contains_rect(**r)) {
            faults.push(format!("cut: {:?} at {row:?}", text.text));
        }
        if text.elided {
            faults.push(format!("elided: {:?}", text.text));
        }
        if text.size < min_size {
            faults.push(format!("{} pt: {:?}", text.size, text.text));
        }
    }
    for (i, a) in inside.iter().enumerate() {
        for b in inside.iter().skip(i + 1) {
            let overlaps = a.rows.iter().any(|ra| {
                b.rows.iter().any(|rb| {
                    let overlap = ra.intersect(*rb);
                    overlap.width() > 1.0 && overlap.height() > 1.0
                })
            });
            if overlaps {
                faults.push(format!("overlap: {:?} and {:?}", a.text, b.text));
            }
        }
    }
    assert!(faults.is_empty(), "{what}:\n{}", faults.join("\n"));
}

fn harness(example: &str, size: [f32; 2], dir: &std::path::Path) -> Harness<'static, LotrinhApp> {
    let today = NaiveDate::from_ymd_opt(2025, 10, 15).unwrap();
    let mut harness =
        common::app_harness(size, dir, Some(common::example(example)), Vec::new(), today);
    harness.run();
    harness
}

fn document_slides(harness: &Harness<'static, LotrinhApp>) -> Vec<Slide> {
    slides(harness.state().state.document().unwrap())
}

/// Every slide of every example at 1024×768: nothing under 18 points, nothing cut, nothing
/// overlapping; each pillar slide writes its indicators' names, values, targets and statuses.
#[test]
fn every_slide_of_every_example_reads_at_1024_by_768() {
    let screen = Rect::from_min_size(Pos2::ZERO, egui::vec2(1024.0, 768.0));
    let runs = [
        ("xa-demo.ron", Lang::Vi),
        ("hau-giang.ron", Lang::Vi),
        ("huong-tra.ron", Lang::Vi),
        ("xa-tong-ket-2025.ron", Lang::Vi),
        ("xa-demo.ron", Lang::En),
    ];
    for (example, lang) in runs {
        let dir = tempfile::tempdir().unwrap();
        let mut harness = harness(example, [1024.0, 768.0], dir.path());
        if lang == Lang::En {
            harness.get_by_label(Lang::En.texts().language_name).click();
            harness.run();
        }
        harness.key_press(Key::F5);
        harness.run();
        let all = document_slides(&harness);
        for (number, slide) in all.iter().enumerate() {
            let what = format!("{example} ({lang:?}), slide {} ({slide:?})", number + 1);
            check_texts(&drawn_texts(&harness), screen, screen, 18.0, &what);
            if let Slide::Pillar {
                pillar,
                page,
                pages,
            } = *slide
            {
                let document = harness.state().state.document().unwrap();
                let bars = pillar_page(document, pillar, page, pages);
                assert!(
                    !bars.is_empty() && bars.len() <= 6,
                    "{what}: {}",
                    bars.len()
                );
                for bar in bars {
                    let name = bar.display_name(lang);
                    assert!(
                        harness.query_by_label(name).is_some(),
                        "{what}: the name {name:?} is written"
                    );
                    let status = lang.texts().status(bar.status, bar.exceeded);
                    assert!(harness.query_all_by_label(status).next().is_some());
                }
                let target_word = (lang.texts().slides.target)(2025, "");
                let facts = harness
                    .query_all_by_label_contains(target_word.trim_end())
                    .count()
                    + harness
                        .query_all_by_label_contains(lang.texts().slides.no_target)
                        .count();
                assert!(facts >= bars.len(), "{what}: a target on every row");
            }
            harness.key_press(Key::ArrowRight);
            harness.run();
        }
    }
}

/// The dashboard's cards and pillar chart ("bình quân" labels) at 1024 and 1366 points wide.
#[test]
fn the_dashboard_fits_1024_and_1366_wide() {
    for width in [1024.0, 1366.0] {
        let dir = tempfile::tempdir().unwrap();
        let mut harness = harness("hau-giang.ron", [width, 1400.0], dir.path());
        harness.get_by_label(Lang::Vi.texts().dashboard_tab).click();
        harness.run();
        let chart: Rect = lotrinh::ui::last_chart_rect(&harness.ctx, &ChartTarget::PillarSummary)
            .expect("the pillar chart was drawn");
        let screen = Rect::from_min_size(Pos2::ZERO, egui::vec2(width, 1400.0));
        let region = Rect::from_min_max(
            Pos2::new(chart.left() - 4.0, 0.0),
            Pos2::new(width, chart.bottom()),
        );
        let texts = drawn_texts(&harness);
        check_texts(
            &texts,
            region,
            screen,
            9.0,
            &format!("dashboard at {width}"),
        );
        // Counted, never averaged: "đạt và vượt X/Y" after each pillar's bar.
        let counts = texts
            .iter()
            .filter(|t| t.text.contains("đạt và vượt"))
            .count();
        assert_eq!(counts, 4, "one count label per pillar");
    }
}

fn snapshot_slide(name: &str, pick: impl Fn(&Slide) -> bool) {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = harness("hau-giang.ron", [1024.0, 768.0], dir.path());
    harness.key_press(Key::F5);
    harness.run();
    let position = document_slides(&harness)
        .iter()
        .position(pick)
        .expect("such a slide");
    for _ in 0..position {
        harness.key_press(Key::ArrowRight);
        harness.run();
    }
    harness.snapshot(name);
}

#[test]
fn snapshot_of_the_title_slide() {
    snapshot_slide("slide_title_1024", |s| *s == Slide::Title);
}

#[test]
fn snapshot_of_the_dashboard_slide() {
    snapshot_slide("slide_dashboard_hau_giang_1024", |s| *s == Slide::Dashboard);
}

#[test]
fn snapshot_of_a_pillar_slide() {
    snapshot_slide("slide_pillar_1024", |s| {
        matches!(
            s,
            Slide::Pillar {
                pillar: Pillar::DigitalGovernment,
                page: 0,
                ..
            }
        )
    });
}

#[test]
fn snapshot_of_an_indicator_slide() {
    snapshot_slide("slide_indicator_1024", |s| matches!(s, Slide::Indicator(_)));
}

/// The collection's matrix slide (the 12-commune example, F5, →) at 1024×768, in Vietnamese and
/// English: every text at 18 points at least (cells, headings, units, legend, footer), no two
/// texts overlapping where they show, no sort or filter box, the legend on one line.
#[test]
fn the_collection_matrix_slide_reads_at_1024_by_768() {
    let screen = Rect::from_min_size(Pos2::ZERO, egui::vec2(1024.0, 768.0));
    for lang in [Lang::Vi, Lang::En] {
        let dir = tempfile::tempdir().unwrap();
        let today = NaiveDate::from_ymd_opt(2025, 10, 15).unwrap();
        let mut harness = common::app_harness([1024.0, 768.0], dir.path(), None, Vec::new(), today);
        harness.run();
        if lang == Lang::En {
            harness.get_by_label(Lang::En.texts().language_name).click();
            harness.run();
        }
        let words = lang.texts().consolidate;
        harness.get_by_label(words.example_button).click();
        harness.run();
        harness.key_press(Key::F5);
        harness.run();
        harness.key_press(Key::ArrowRight);
        harness.run();
        assert_eq!(harness.state().state.presentation(), Some(1), "{lang:?}");
        let open = harness.state().state.consolidation().unwrap();
        let best = open.consolidation.members[open.consolidation.ranking[0]].display_name();
        let texts = drawn_texts(&harness);
        // What shows of each text: its rows inside its clip rectangle and the screen.
        let shown: Vec<(&DrawnText, Vec<Rect>)> = texts
            .iter()
            .map(|t| {
                let bounds = t.clip.intersect(screen);
                let rows = t.rows.iter().map(|r| r.intersect(bounds));
                (t, rows.filter(|r| r.is_positive()).collect::<Vec<_>>())
            })
            .filter(|(_, rows)| !rows.is_empty())
            .collect();
        let mut faults: Vec<String> = shown
            .iter()
            .filter(|(t, _)| t.size < 18.0)
            .map(|(t, _)| format!("{} pt: {:?}", t.size, t.text))
            .collect();
        for (i, (a, rows_a)) in shown.iter().enumerate() {
            for (b, rows_b) in shown.iter().skip(i + 1) {
                let overlaps = rows_a.iter().any(|ra| {
                    rows_b.iter().any(|rb| {
                        let overlap = ra.intersect(*rb);
                        overlap.width() > 1.0 && overlap.height() > 1.0
                    })
                });
                if overlaps {
                    faults.push(format!("overlap: {:?} and {:?}", a.text, b.text));
                }
            }
        }
        assert!(faults.is_empty(), "{lang:?}:\n{}", faults.join("\n"));
        assert!(
            shown.iter().any(|(t, _)| t.text == best),
            "{lang:?}: the best unit {best:?} is written first"
        );
        assert_eq!(
            harness
                .query_all_by_role(egui::accesskit::Role::ComboBox)
                .count(),
            0,
            "{lang:?}: no sort or filter box on a slide"
        );
        // The legend: one chip per status, all on one line.
        let chips: Vec<f32> = lotrinh::progress::Status::ALL
            .iter()
            .map(|status| {
                let name = format!(" {} ", lang.texts().status(*status, false));
                let (chip, _) = shown
                    .iter()
                    .find(|(t, _)| t.text == name)
                    .unwrap_or_else(|| panic!("{lang:?}: the legend writes {name:?}"));
                chip.rows[0].center().y
            })
            .collect();
        assert!(
            chips.iter().all(|y| (y - chips[0]).abs() < 1.0),
            "{lang:?}: the legend on one line: {chips:?}"
        );
    }
}
