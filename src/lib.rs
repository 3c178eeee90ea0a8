//! Lộ Trình: an offline planner for Vietnamese local-government digital transformation
//! (chuyển đổi số). A commune, province or legacy district officer records the current values of
//! digital-transformation indicators, sets 2025/2030 targets like those in provincial resolutions,
//! follows progress, and keeps the plan as a local RON file.
//!
//! The domain ([`model`], [`progress`], [`sentences`], [`storage`], [`catalog`], [`i18n`]) has no
//! user-interface dependency; `tests/architecture.rs` enforces it.

#[cfg(feature = "gui")]
pub mod app;
pub mod catalog;
pub mod charts;
pub mod cli;
pub mod consolidate;
pub mod entry;
#[cfg(feature = "reports")]
pub mod export;
pub mod i18n;
pub mod model;
pub mod planning;
pub mod progress;
pub mod report;
pub mod scoring;
pub mod sentences;
#[cfg(feature = "gui")]
pub mod shell;
#[cfg(feature = "reports")]
pub mod spreadsheet;
pub mod storage;
#[cfg(feature = "gui")]
pub mod ui;

#[cfg(feature = "gui")]
pub use shell::LotrinhApp;
