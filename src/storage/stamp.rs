//! What a plan file was when it was read or written, to tell before saving whether someone else
//! (another window, a colleague on a shared folder) has written it since.

use std::fs;
use std::io;
use std::path::Path;

use serde::{Deserialize, Serialize};

/// The size and a hash of a file's bytes. Modification times are not trusted: some file systems
/// keep them to two seconds, and a colleague's save can come within them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FileStamp {
    /// Size in bytes.
    pub size: u64,
    /// FNV-1a hash of the bytes (stable across versions of the program).
    pub hash: u64,
}

impl FileStamp {
    /// The stamp of `bytes`, as read from or written to a file.
    pub fn of_bytes(bytes: &[u8]) -> Self {
        Self {
            size: bytes.len() as u64,
            hash: fnv1a(bytes),
        }
    }

    /// The stamp of the file at `path` as it is now.
    pub fn read(path: &Path) -> io::Result<Self> {
        fs::read(path).map(|bytes| Self::of_bytes(&bytes))
    }

    /// True when the file at `path` is no longer the one this stamp describes: another size, or
    /// other bytes (a plan is small; reading it once before a save costs little). A file that is
    /// gone has not been overwritten by anyone.
    pub fn changed_on_disk(&self, path: &Path) -> bool {
        let Ok(metadata) = fs::metadata(path) else {
            return false;
        };
        metadata.len() != self.size || Self::read(path).map_or(true, |now| now != *self)
    }
}

/// The 64-bit FNV-1a hash.
fn fnv1a(bytes: &[u8]) -> u64 {
    const OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
    const PRIME: u64 = 0x0000_0100_0000_01b3;
    bytes.iter().fold(OFFSET, |hash, byte| {
        (hash ^ u64::from(*byte)).wrapping_mul(PRIME)
    })
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn a_file_written_again_is_seen_and_an_untouched_one_is_not() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("plan.ron");
        fs::write(&path, "first").unwrap();
        let stamp = FileStamp::read(&path).unwrap();
        assert!(!stamp.changed_on_disk(&path));
        fs::write(&path, "other").unwrap();
        assert!(stamp.changed_on_disk(&path), "same size, other bytes");
        fs::write(&path, "first, longer").unwrap();
        assert!(stamp.changed_on_disk(&path), "another size");
        fs::write(&path, "first").unwrap();
        assert!(
            !stamp.changed_on_disk(&path),
            "the same bytes again: nothing to lose"
        );
        fs::remove_file(&path).unwrap();
        assert!(!stamp.changed_on_disk(&path), "gone: nobody wrote it");
        assert_eq!(fnv1a(b""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fnv1a(b"a"), 0xaf63_dc4c_8601_ec8c);
    }
}
