//! The command line: `lotrinh [FILE]` opens the window; subcommands answer without it.

mod args;
mod commands;
#[cfg(windows)]
mod console;
mod consolidate;
#[cfg(feature = "reports")]
mod export;
mod roll;
mod score;
mod score_rank;
mod summary;
mod write;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

/// Lộ Trình — kế hoạch chuyển đổi số của địa phương / local digital-transformation plans.
#[derive(Debug, Parser)]
#[command(
    name = "lotrinh",
    version,
    about,
    args_conflicts_with_subcommands = true
)]
pub struct Cli {
    /// Plan file to open in the window (.ron).
    pub file: Option<PathBuf>,
    /// Render this many frames in a real window, print timings and exit (for checks under Xvfb).
    #[arg(long, value_name = "FRAMES")]
    pub smoke: Option<u32>,
    /// The subcommand, if any.
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// Subcommands for scripts and for people who need an answer without the window.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Validate plan files: exit 0 when all are valid (warnings printed), 1 otherwise.
    Check {
        /// Plan files (.ron).
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// Language of the messages: vi or en.
        #[arg(long, default_value = "vi", value_parser = ["vi", "en"])]
        lang: String,
    },
    /// Print each indicator's progress and status, and the counts per pillar.
    Summary {
        /// Plan file (.ron).
        file: PathBuf,
        /// Language of the output: vi or en.
        #[arg(long, default_value = "vi", value_parser = ["vi", "en"])]
        lang: String,
        /// Judge at this date instead of the plan's reporting date (YYYY-MM-DD or dd/mm/yyyy).
        #[arg(long, value_name = "DATE")]
        as_of: Option<String>,
        /// Print one JSON document instead of a table.
        #[arg(long)]
        json: bool,
    },
    /// Score a plan against a points index (tự chấm điểm): every criterion's points and how they
    /// were worked out, the groups, the total and the 0–1 index.
    Score {
        /// Plan file (.ron).
        file: PathBuf,
        /// Index file (.ron, format "lotrinh-chi-so"); default: the plan's own index if it keeps one, else the bundled commune index.
        #[arg(long, value_name = "INDEX.ron")]
        index: Option<PathBuf>,
        /// Year to score (default: the plan's reporting year).
        #[arg(long, value_name = "YEAR", value_parser = clap::value_parser!(i32).range(2000..=2100))]
        year: Option<i32>,
        /// The self-assessment form as a PDF report to write.
        #[arg(long, value_name = "OUT.pdf")]
        pdf: Option<PathBuf>,
        /// The form as an editable Word file to write.
        #[arg(long, value_name = "OUT.docx")]
        docx: Option<PathBuf>,
        /// The form as an Excel sheet to write.
        #[arg(long, value_name = "OUT.xlsx")]
        xlsx: Option<PathBuf>,
        /// Print one JSON document instead of a table.
        #[arg(long)]
        json: bool,
        /// Language of the output: vi or en.
        #[arg(long, default_value = "vi", value_parser = ["vi", "en"])]
        lang: String,
    },
    /// Create a new plan from a bundled catalogue, or (with --from) the next period's plan from a
    /// reviewed one: baselines from the values up to 31 December of the year before.
    New {
        /// Catalogue id (see `lotrinh templates`), or `empty`.
        #[arg(long, required_unless_present = "from", conflicts_with = "from")]
        template: Option<String>,
        /// Name of the unit, e.g. "Xã Phong Điền".
        #[arg(long, required_unless_present = "from", conflicts_with = "from")]
        unit_name: Option<String>,
        /// A reviewed plan (.ron) to roll forward into the plan of a new period.
        #[arg(long, value_name = "PLAN.ron")]
        from: Option<PathBuf>,
        /// First year of the new plan (with --from; default: the year after the plan's reporting date).
        #[arg(long, value_name = "YEAR", requires = "from", value_parser = clap::value_parser!(i32).range(2001..=2100))]
        year: Option<i32>,
        /// Fill the yearly targets to the final one (with --from): linear or growth.
        #[arg(long, value_name = "METHOD", requires = "from", value_parser = ["linear", "growth"])]
        steps: Option<String>,
        /// Keep the targets already met as they are instead of raising them (with --from).
        #[arg(long, requires = "from")]
        keep_met: bool,
        /// Level: commune, ward, special-zone, province or district (legacy).
        #[arg(long, default_value = "commune")]
        level: String,
        /// Province of the unit.
        #[arg(long, default_value = "")]
        province: String,
        /// Reporting date (default: today).
        #[arg(long, value_name = "DATE")]
        as_of: Option<String>,
        /// Output file (.ron).
        #[arg(short, long)]
        output: PathBuf,
        /// Overwrite the output file if it exists (the old one is kept as .bak).
        #[arg(long)]
        force: bool,
        /// Language of the messages: vi or en.
        #[arg(long, default_value = "vi", value_parser = ["vi", "en"])]
        lang: String,
    },
    /// Write the plan as a report (PDF and/or Word), an Excel workbook and/or a CSV table (at least
    /// one).
    #[cfg(feature = "reports")]
    Export {
        /// Plan file (.ron).
        file: PathBuf,
        /// PDF report (A4) to write.
        #[arg(long, value_name = "OUT.pdf")]
        pdf: Option<PathBuf>,
        /// The same report as an editable Word file (.docx) to write.
        #[arg(long, value_name = "OUT.docx")]
        docx: Option<PathBuf>,
        /// Excel workbook to write: one sheet per pillar and a sheet of all measurements.
        #[arg(long, value_name = "OUT.xlsx")]
        xlsx: Option<PathBuf>,
        /// CSV table (UTF-8 with BOM) of the indicators to write.
        #[arg(long, value_name = "OUT.csv")]
        csv: Option<PathBuf>,
        /// The annual plan of the reporting year (Kế hoạch chuyển đổi số năm …) as PDF to write.
        #[arg(long, value_name = "OUT.pdf")]
        plan_pdf: Option<PathBuf>,
        /// The annual plan as an editable Word file to write.
        #[arg(long, value_name = "OUT.docx")]
        plan_docx: Option<PathBuf>,
        /// Language of the report: vi or en.
        #[arg(long, default_value = "vi", value_parser = ["vi", "en"])]
        lang: String,
        /// Judge at this date instead of the plan's reporting date (YYYY-MM-DD or dd/mm/yyyy).
        #[arg(long, value_name = "DATE")]
        as_of: Option<String>,
    },
    /// Import measurements, baselines and targets from an XLSX or CSV file into a plan; print what
    /// is added and changed and every row refused (exit 1 when a row was refused).
    #[cfg(feature = "reports")]
    Import {
        /// Plan file (.ron) to import into.
        file: PathBuf,
        /// Spreadsheet to read (.xlsx or .csv).
        #[arg(long, value_name = "IN.xlsx|IN.csv")]
        from: PathBuf,
        /// Where to save the result (default: FILE itself, the old one kept as .bak).
        #[arg(short, long, value_name = "OUT.ron")]
        output: Option<PathBuf>,
        /// Only print what would be imported.
        #[arg(long)]
        dry_run: bool,
        /// Language of the messages and of numbers typed as text: vi or en.
        #[arg(long, default_value = "vi", value_parser = ["vi", "en"])]
        lang: String,
    },
    /// Consolidate many plans (files, folders, a collection file) into one view: the consolidated
    /// value of every indicator, how many units met their target, a ranking of units. Exit 1 when a
    /// file could not be read (the others are still consolidated and reported), 2 when nothing
    /// could be done.
    Consolidate {
        /// Plan files (.ron), folders of plans, or a collection file (tong-hop.ron).
        #[arg(required = true, value_name = "FILES_OR_DIRS")]
        inputs: Vec<PathBuf>,
        /// Reporting date (default: the collection's, else the latest among the plans).
        #[arg(long, value_name = "DATE")]
        as_of: Option<String>,
        /// Print one JSON document instead of a table.
        #[arg(long)]
        json: bool,
        /// Excel workbook to write: matrix, ranking, completeness, one sheet per indicator.
        #[arg(long, value_name = "OUT.xlsx")]
        xlsx: Option<PathBuf>,
        /// Consolidated PDF report to write: figures by indicator, the units, completeness.
        #[arg(long, value_name = "OUT.pdf")]
        pdf: Option<PathBuf>,
        /// Plan to write the consolidated values into (read only; the result goes to -o).
        #[arg(long, value_name = "PLAN.ron", requires = "output")]
        into: Option<PathBuf>,
        /// Where to save the plan with the consolidated values (a new plan without --into).
        #[arg(short, long, value_name = "OUT.ron")]
        output: Option<PathBuf>,
        /// Points index (.ron, format "lotrinh-chi-so") to score every member by and rank them
        /// (tự chấm điểm): the ranking is added to the table, the JSON and the workbook.
        #[arg(long, value_name = "INDEX.ron")]
        index: Option<PathBuf>,
        /// Language of the output: vi or en.
        #[arg(long, default_value = "vi", value_parser = ["vi", "en"])]
        lang: String,
    },
    /// Write N made-up commune plans of one made-up province and their collection file, for
    /// workshops and benchmarks. The same seed always gives the same files.
    Sample {
        /// How many commune plans.
        #[arg(long, default_value_t = 12)]
        units: usize,
        /// Seed of the random numbers.
        #[arg(long, default_value_t = 24)]
        seed: u64,
        /// Folder to write into (created if needed).
        #[arg(short, long, value_name = "DIR")]
        output: PathBuf,
        /// Overwrite files that exist (the old ones are kept as .bak).
        #[arg(long)]
        force: bool,
        /// Language of the messages: vi or en.
        #[arg(long, default_value = "vi", value_parser = ["vi", "en"])]
        lang: String,
    },
    /// List the bundled indicator catalogues.
    Templates {
        /// Language of the output: vi or en.
        #[arg(long, default_value = "vi", value_parser = ["vi", "en"])]
        lang: String,
    },
}

/// Parses the command line and runs it. Never panics on bad input: every failure is a message
/// and a non-zero exit code.
pub fn run() -> ExitCode {
    let started = std::time::Instant::now();
    #[cfg(windows)]
    console::attach_to_parent_console();
    let cli = Cli::parse();
    match cli.command {
        Some(command) => commands::run(command),
        None => commands::open_window(cli.file, cli.smoke, started),
    }
}
