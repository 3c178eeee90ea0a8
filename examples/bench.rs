//! Benchmark: `cargo run --release --example bench`. Generates a plan of 300 indicators × 120
//! measurements and reports median load, save, validate and summary times, the file size, and the
//! main window's frame time measured headless (egui `Context::run` with the app's `ui`). Then a
//! collection of 100 member plans × 60 indicators × 40 values: reading and consolidating them, and
//! the consolidation matrix's frame time.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::print_stdout)]

use std::time::{Duration, Instant};

use chrono::{Days, NaiveDate};
use lotrinh::model::{
    AdminUnit, Baseline, Indicator, MeasureUnit, Measurement, Pillar, Project, Target,
};
use lotrinh::{progress, storage};

fn project() -> Project {
    let start = NaiveDate::from_ymd_opt(2016, 1, 1).unwrap();
    let mut project = Project::new(
        AdminUnit {
            name: "Xã Đo Tốc Độ".to_owned(),
            ..AdminUnit::default()
        },
        NaiveDate::from_ymd_opt(2026, 1, 1).unwrap(),
    );
    for index in 0..300 {
        let pillar = Pillar::ALL[index % 4];
        let mut indicator = Indicator::new(
            &format!("chi_tieu_{index}"),
            &format!("Tỷ lệ hồ sơ được xử lý trực tuyến số {index}"),
            pillar,
            MeasureUnit::Percent,
        );
        indicator.baseline = Some(Baseline {
            date: start,
            value: 10.0,
        });
        indicator.targets = vec![Target::new(2025, 60.0), Target::new(2030, 90.0)];
        indicator.measurements = (0..120)
            .map(|m| {
                let mut measurement = Measurement::new(
                    start.checked_add_days(Days::new(30 * m)).unwrap(),
                    10.0 + (m as f64 * (index % 7) as f64 * 0.07).min(89.0),
                );
                measurement.evidence = format!("Báo cáo số {m}/BC-UBND");
                measurement.source = "Hệ thống một cửa điện tử".to_owned();
                measurement
            })
            .collect();
        project.indicators.push(indicator);
    }
    project
}

fn median(mut samples: Vec<Duration>) -> Duration {
    samples.sort();
    samples[samples.len() / 2]
}

fn time<T>(runs: usize, mut f: impl FnMut() -> T) -> Duration {
    median(
        (0..runs)
            .map(|_| {
                let start = Instant::now();
                std::hint::black_box(f());
                start.elapsed()
            })
            .collect(),
    )
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn frame_time(project: Project, tab: lotrinh::app::Tab) -> Duration {
    let dir = std::env::temp_dir().join("lotrinh-bench");
    let path = dir.join("bench.ron");
    std::fs::create_dir_all(&dir).unwrap();
    storage::save(&project, &path).unwrap();
    frames(path, |app| {
        app.state.handle(lotrinh::app::Action::ShowTab(tab))
    })
}

/// The median frame time of the app opened on `path`, after `set_up`.
fn frames(path: std::path::PathBuf, set_up: impl FnOnce(&mut lotrinh::LotrinhApp)) -> Duration {
    let dir = std::env::temp_dir().join("lotrinh-bench");
    std::fs::create_dir_all(&dir).unwrap();
    let options = lotrinh::app::StartOptions {
        file: Some(path),
        today: NaiveDate::from_ymd_opt(2026, 1, 1).unwrap(),
        data_dir: dir,
        dialogs: Box::new(lotrinh::app::FakeDialogs::default()),
    };
    let mut app = lotrinh::LotrinhApp::with_settings(lotrinh::app::Settings::default(), options);
    set_up(&mut app);
    let ctx = egui::Context::default();
    lotrinh::ui::theme::install_fonts(&ctx);
    let input = || egui::RawInput {
        screen_rect: Some(egui::Rect::from_min_size(
            egui::Pos2::ZERO,
            egui::vec2(1366.0, 768.0),
        )),
        ..Default::default()
    };
    let mut samples = Vec::new();
    for frame in 0..230 {
        let start = Instant::now();
        let _ = ctx.run_ui(input(), |ui| {
            let actions = lotrinh::ui::app_ui(ui, &app.state, &mut app.view);
            for action in actions {
                app.state.handle(action);
            }
        });
        if frame >= 30 {
            samples.push(start.elapsed());
        }
    }
    median(samples)
}

fn main() {
    let project = project();
    let dir = tempfile_dir();
    let path = dir.join("bench.ron");
    storage::save(&project, &path).unwrap();
    let size = std::fs::metadata(&path).unwrap().len();
    let load = time(21, || storage::load(&path).unwrap());
    let save = time(21, || storage::save(&project, &path).unwrap());
    let validate = time(21, || storage::validate(&project));
    let summary = time(51, || progress::summarize(&project));
    let (score_one, score_example) = scoring_times();
    planning_times(&project);
    #[cfg(feature = "reports")]
    report_times(&project);
    let frame = frame_time(project.clone(), lotrinh::app::Tab::Indicator);
    let dashboard = frame_time(project.clone(), lotrinh::app::Tab::Dashboard);
    let grid = frame_time(project, lotrinh::app::Tab::Entry);
    println!(
        "300 indicators × 120 measurements, file {:.1} MiB",
        size as f64 / 1048576.0
    );
    println!("load (parse + validate + NFC): {:.1} ms", ms(load));
    println!("save (atomic, with backup):    {:.1} ms", ms(save));
    println!("validate:                      {:.2} ms", ms(validate));
    println!("summary (all indicators):      {:.2} ms", ms(summary));
    println!(
        "score one plan (bundled index): {:.3} ms (xa-tong-ket-2025.ron: {:.3} ms)",
        ms(score_one),
        ms(score_example)
    );
    println!(
        "main window frame (headless):  {:.2} ms median of 200",
        ms(frame)
    );
    println!(
        "dashboard frame (headless):    {:.2} ms median of 200",
        ms(dashboard)
    );
    println!(
        "period grid frame (headless):  {:.2} ms median of 200",
        ms(grid)
    );
    consolidation_times();
}

/// Scoring by the bundled index: the 300-indicator bench plan has none of the index's indicators,
/// so the commune catalogue's plan with a value for each (median of 1001), and a bundled example.
fn scoring_times() -> (Duration, Duration) {
    use lotrinh::scoring::{bundled_index, score_plan};
    let index = bundled_index().unwrap();
    let as_of = chrono::NaiveDate::from_ymd_opt(2025, 12, 31).unwrap();
    let mut plan = lotrinh::catalog::new_project(
        lotrinh::catalog::catalog("commune"),
        lotrinh::model::AdminUnit::default(),
        as_of,
    );
    for (i, indicator) in plan.indicators.iter_mut().enumerate() {
        let value = if indicator.unit.is_yes_no() {
            1.0
        } else {
            (i % 10) as f64 * 10.0
        };
        indicator.measurements = vec![lotrinh::model::Measurement::new(as_of, value)];
    }
    let one = time(1001, || score_plan(&index, &plan, None));
    let example = storage::load(std::path::Path::new("examples/xa-tong-ket-2025.ron"))
        .unwrap()
        .project;
    let example_time = time(1001, || score_plan(&index, &example, None));
    (one, example_time)
}

/// The next plan from the 300-indicator bench plan: the roll forward's preview and the new plan
/// (median of 21), the yearly steps of every indicator (median of 21), and the annual plan as
/// PDF (median of 7).
fn planning_times(project: &Project) {
    use lotrinh::planning::{StepMethod, fill_steps, preview};
    let year = chrono::Datelike::year(&project.as_of) + 1;
    let words = |preview: &lotrinh::planning::RollPreview| {
        lotrinh::i18n::roll_words(
            project,
            preview,
            "bench.ron",
            project.as_of,
            lotrinh::i18n::Lang::Vi,
        )
    };
    let roll = time(21, || {
        let preview = preview(project, year, &lotrinh::catalog::targets_for);
        preview.apply(project, &words(&preview))
    });
    let rolled = {
        let preview = preview(project, year, &lotrinh::catalog::targets_for);
        preview.apply(project, &words(&preview))
    };
    let steps = time(21, || {
        let mut plan = rolled.clone();
        let filled = plan
            .indicators
            .iter_mut()
            .map(|i| fill_steps(i, year, StepMethod::GrowthRate, "").is_ok())
            .filter(|filled| *filled)
            .count();
        (plan, filled)
    });
    println!("roll forward (preview + plan): {:.2} ms", ms(roll));
    println!("yearly steps, all indicators:  {:.2} ms", ms(steps));
    #[cfg(feature = "reports")]
    {
        let options = lotrinh::report::ExportOptions {
            lang: lotrinh::i18n::Lang::Vi,
            printed_on: NaiveDate::from_ymd_opt(2026, 1, 1).unwrap(),
        };
        let pdf = lotrinh::report::annual_plan_pdf_bytes(&rolled, None, &options).unwrap();
        let pdf_time = time(7, || {
            lotrinh::report::annual_plan_pdf_bytes(&rolled, None, &options).unwrap()
        });
        println!(
            "annual plan PDF:               {:.1} ms median of 7, {:.0} KiB",
            ms(pdf_time),
            pdf.len() as f64 / 1024.0
        );
    }
}

/// 100 member plans × 60 indicators × 40 quarterly values: read, judged and consolidated (median
/// of 5), and the matrix of the consolidation view drawn headless (median of 200 frames).
fn consolidation_times() {
    use lotrinh::consolidate::{self, sample};
    let dir = tempfile_dir().join("tong-hop-100");
    let options = sample::SampleOptions {
        values: 40,
        indicators: Some(60),
        ..sample::SampleOptions::new(100, 7)
    };
    let set = sample::generate(&options);
    sample::write_set(&set, &dir, true).unwrap();
    let bytes: u64 = set
        .plans
        .iter()
        .map(|(file, _)| std::fs::metadata(dir.join(file)).unwrap().len())
        .sum();
    let inputs = [dir.clone()];
    let open = time(5, || consolidate::open(&inputs, None).unwrap());
    let index = lotrinh::scoring::bundled_index().unwrap();
    let open_scored = time(5, || {
        let opened = consolidate::open_scored(&inputs, None, Some(&index)).unwrap();
        consolidate::score_ranking(&opened.consolidation)
    });
    let opened = consolidate::open(&inputs, None).unwrap();
    let rules = opened.collection.rules.clone();
    let mut consolidation = opened.consolidation;
    let recombine = time(21, || consolidation.apply_rules(&rules));
    let matrix = frames(dir.join(sample::COLLECTION_FILE), |app| {
        app.view.consolidation.tab = lotrinh::ui::consolidation::CollectionTab::Matrix;
    });
    println!(
        "collection: 100 plans × 60 indicators × 40 values, {:.1} MiB",
        bytes as f64 / 1048576.0
    );
    println!(
        "read + judge + consolidate:    {:.0} ms median of 5 ({} cores)",
        ms(open),
        std::thread::available_parallelism().map_or(1, |n| n.get())
    );
    println!(
        "… scored and ranked by points: {:.0} ms ({:+.1} %)",
        ms(open_scored),
        (ms(open_scored) / ms(open) - 1.0) * 100.0
    );
    println!("recombine after a rule change: {:.2} ms", ms(recombine));
    println!(
        "matrix frame (headless):       {:.2} ms median of 200",
        ms(matrix)
    );
}

/// The page count poppler reads from a PDF.
#[cfg(feature = "reports")]
fn pages(path: &std::path::Path) -> String {
    let info = std::process::Command::new("pdfinfo").arg(path).output();
    info.ok()
        .and_then(|o| String::from_utf8(o.stdout).ok())
        .and_then(|text| {
            text.lines()
                .find_map(|l| l.strip_prefix("Pages:").map(|n| n.trim().to_owned()))
        })
        .unwrap_or_else(|| "?".to_owned())
}

/// LibreOffice converting the same Word file to PDF (one run, when `soffice` is installed), and
/// the page counts of both PDFs.
#[cfg(feature = "reports")]
fn libreoffice_time(pdf: &[u8], docx: &[u8]) {
    let dir = tempfile_dir();
    let (ours, input) = (dir.join("ours.pdf"), dir.join("bench.docx"));
    std::fs::write(&ours, pdf).unwrap();
    std::fs::write(&input, docx).unwrap();
    let start = Instant::now();
    let status = std::process::Command::new("soffice")
        .arg(format!("-env:UserInstallation=file://{}/lo", dir.display()))
        .args(["--headless", "--convert-to", "pdf", "--outdir"])
        .arg(&dir)
        .arg(&input)
        .output();
    let elapsed = start.elapsed();
    match status {
        Ok(output) if output.status.success() => println!(
            "LibreOffice DOCX → PDF:        {:.0} ms (one run, cold profile); pages: ours {}, LibreOffice {}",
            ms(elapsed),
            pages(&ours),
            pages(&dir.join("bench.pdf"))
        ),
        _ => println!("LibreOffice DOCX → PDF:        soffice not installed"),
    }
}

fn tempfile_dir() -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("lotrinh-bench-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// PDF, Word and XLSX of the 300-indicator plan, LibreOffice converting the Word file, and reading
/// that XLSX back (`--features reports`).
#[cfg(feature = "reports")]
fn report_times(project: &Project) {
    use lotrinh::i18n::Lang;
    use lotrinh::{report, spreadsheet};
    let options = report::ExportOptions {
        lang: Lang::Vi,
        printed_on: NaiveDate::from_ymd_opt(2026, 1, 1).unwrap(),
    };
    let pdf = report::pdf_bytes(project, &options).unwrap();
    let docx = report::docx_bytes(project, &options).unwrap();
    let xlsx = spreadsheet::xlsx_bytes(project, Lang::Vi).unwrap();
    let pdf_time = time(7, || report::pdf_bytes(project, &options).unwrap());
    let docx_time = time(7, || report::docx_bytes(project, &options).unwrap());
    let xlsx_time = time(7, || spreadsheet::xlsx_bytes(project, Lang::Vi).unwrap());
    let empty = Project::new(project.unit.clone(), project.as_of);
    let import_time = time(5, || {
        let sheets = spreadsheet::read_xlsx(&xlsx).unwrap();
        spreadsheet::preview(&empty, &sheets, Lang::Vi)
    });
    println!(
        "PDF report:                    {:.1} ms median of 7, {:.0} KiB",
        ms(pdf_time),
        pdf.len() as f64 / 1024.0
    );
    println!(
        "Word report (DOCX):            {:.1} ms median of 7, {:.0} KiB",
        ms(docx_time),
        docx.len() as f64 / 1024.0
    );
    libreoffice_time(&pdf, &docx);
    println!(
        "XLSX export:                   {:.1} ms median of 7, {:.0} KiB",
        ms(xlsx_time),
        xlsx.len() as f64 / 1024.0
    );
    println!(
        "XLSX import (read + preview):  {:.1} ms median of 5",
        ms(import_time)
    );
}
