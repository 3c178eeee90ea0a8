//! English strings.

use super::Texts;

/// The English table.
pub static TEXTS: Texts = Texts {
    language_name: "English",
    app_name: "Lộ Trình",
    statuses: [
        "Achieved",
        "On track",
        "Behind",
        "At risk",
        "Missed",
        "No data",
    ],
    status_exceeded: "Exceeded",
    verdicts: ["Not due yet", "Achieved", "Missed", "No data"],
    pillars: [
        "Common foundation",
        "Digital government",
        "Digital economy",
        "Digital society",
        "Composite",
    ],
    unit_levels: ["Province/city", "Commune", "Ward", "Special zone", "District (legacy)"],
    yes_no: ["Yes", "No"],
    summary_columns: [
        "Id",
        "Indicator",
        "Latest",
        "Target",
        "Progress",
        "Status",
        "Forecast",
    ],
    total: "Total",
    mean_progress: "Mean progress",
    none: "—",
    forecast_reach: |when| format!("reached by {when}"),
    forecast_never: "not at the current pace",
    check_ok: |file, count| format!("{file}: valid, {count} indicators"),
    check_warning: "warning",
    summary_heading: |unit, date| format!("{unit} — as of {date}"),
    new_created: |file, count| format!("Created {file} with {count} indicators"),
    new_exists: |file| {
        format!("{file} already exists. Choose another name or add --force to overwrite it (the old one is kept as .bak).")
    },
    unknown_template: |id, known| format!("There is no catalogue “{id}”. Available: {known}"),
    unknown_level: |level, known| format!("Unknown level “{level}”. Use one of: {known}"),
    bad_date: |text| format!("Invalid date “{text}”: write dd/mm/yyyy or yyyy-mm-dd."),
    gui_failed: |error| format!("Could not open the program window: {error}"),
    number_errors: [
        "no number entered",
        "contains a character that is not a digit",
        "thousands separator in the wrong place (each group needs 3 digits)",
        "more than one decimal mark",
        "number too large",
    ],
};
