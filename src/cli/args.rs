//! Reading the arguments every subcommand shares: the language code and a date.

use std::process::ExitCode;

use chrono::NaiveDate;

use crate::i18n::{Lang, parse_date};

/// The language of a `--lang` code (clap accepts only `vi` and `en`).
pub fn lang_of(code: &str) -> Lang {
    Lang::from_code(code).unwrap_or_default()
}

/// Parses a date argument, printing a message when it is bad.
pub fn date_argument(text: &str, lang: Lang) -> Result<NaiveDate, ExitCode> {
    parse_date(text).ok_or_else(|| {
        eprintln!("{}", (lang.texts().bad_date)(text));
        ExitCode::FAILURE
    })
}
