//! Project files: RON, pretty, UTF-8, with a stable field order. Saves are atomic and keep a
//! backup; loads never panic and explain every failure.

mod error;
mod file;
mod lock;
mod stamp;
mod unknown_field;
mod validate;

pub use error::{FieldPlace, LoadError, Problem, SaveError, ValueField, Warning};
pub use file::{
    LoadedProject, MAX_FILE_SIZE, backup_path, index_to_ron, load, load_from_str, save, temp_path,
    to_ron_string, write_atomic,
};
pub use lock::{LockHolder, LockOutcome, PlanLock, lock_path, lock_plan};
pub use stamp::FileStamp;
pub use validate::{Validation, validate};

/// The RON options used to read project and catalogue files: `Option` fields may be written
/// without `Some(…)`.
pub fn ron_options() -> ron::Options {
    ron::Options::default().with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME)
}
