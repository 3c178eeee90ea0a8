//! Unicode normalisation: every piece of text in a project is kept in NFC.
//!
//! Vietnamese typed or pasted in decomposed form (tổ hợp) renders wrongly in egui and does not
//! compare equal to the same word in precomposed form, so text is normalised on load and on every edit.

use unicode_normalization::{UnicodeNormalization as _, is_nfc_quick};

/// True when `text` is certainly NFC by a cheap test: every character is below U+0300 (ASCII,
/// Latin-1 and Latin Extended, none of which changes under NFC) or precomposed Vietnamese in Latin
/// Extended Additional (U+1E00–U+1EFF, likewise). Combining marks, where decomposed Vietnamese
/// shows, start at U+0300. Loading a plan checks tens of thousands of strings; this spares the
/// table look-ups of the full quick check for nearly all of them.
fn surely_nfc(text: &str) -> bool {
    text.is_ascii()
        || text
            .chars()
            .all(|c| c < '\u{0300}' || ('\u{1E00}'..='\u{1EFF}').contains(&c))
}

/// True when `text` is in NFC.
fn is_nfc(text: &str) -> bool {
    surely_nfc(text) || is_nfc_quick(text.chars()) == unicode_normalization::IsNormalized::Yes
}

/// Returns `text` in Unicode NFC (precomposed) form.
pub fn nfc(text: &str) -> String {
    if is_nfc(text) {
        text.to_owned()
    } else {
        text.nfc().collect()
    }
}

/// Normalises `text` to NFC in place; returns `true` when it changed.
pub fn normalize_in_place(text: &mut String) -> bool {
    if is_nfc(text) {
        return false;
    }
    let normalized: String = text.nfc().collect();
    let changed = normalized != *text;
    *text = normalized;
    changed
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The cheap test never calls a text NFC that is not: over every character it passes, the
    /// character alone and after a base letter is unchanged by NFC.
    #[test]
    fn the_cheap_test_agrees_with_the_full_one() {
        let passing = (0_u32..0x0300)
            .chain(0x1E00..=0x1EFF)
            .filter_map(char::from_u32);
        for c in passing {
            for text in [c.to_string(), format!("a{c}"), format!("{c}a")] {
                assert!(surely_nfc(&text));
                assert_eq!(
                    text.nfc().collect::<String>(),
                    text,
                    "U+{:04X} is not NFC-stable",
                    u32::from(c)
                );
            }
        }
        assert!(
            !surely_nfc("to\u{0302}"),
            "a combining mark is left to the full test"
        );
        assert!(!surely_nfc("\u{2000}"), "nor is a space that NFC replaces");
    }

    #[test]
    fn decomposed_vietnamese_becomes_precomposed() {
        let decomposed = "to\u{0302}\u{0309} ho\u{031B}\u{0323}p";
        assert_eq!(nfc(decomposed), "tổ hợp");
        let mut owned = decomposed.to_owned();
        assert!(normalize_in_place(&mut owned));
        assert_eq!(owned, "tổ hợp");
        assert!(!normalize_in_place(&mut owned));
    }
}
