//! The `lotrinh` binary: parses the command line and runs a subcommand or the window.

fn main() -> std::process::ExitCode {
    lotrinh::cli::run()
}
