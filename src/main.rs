//! The `lotrinh` binary: parses the command line and runs a subcommand or the window.
//!
//! On Windows it is a GUI-subsystem program: no console window opens behind the window, and the
//! subcommands print to the console they were started from (`cli::console`).

#![cfg_attr(windows, windows_subsystem = "windows")]

fn main() -> std::process::ExitCode {
    lotrinh::cli::run()
}
