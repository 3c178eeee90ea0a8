//! Unicode normalisation: every piece of text in a project is kept in NFC.
//!
//! Vietnamese typed or pasted in decomposed form (tổ hợp) renders wrongly in egui and does not
//! compare equal to the same word in precomposed form, so text is normalised on load and on every edit.

use unicode_normalization::{UnicodeNormalization as _, is_nfc_quick};

/// Returns `text` in Unicode NFC (precomposed) form.
pub fn nfc(text: &str) -> String {
    if is_nfc_quick(text.chars()) == unicode_normalization::IsNormalized::Yes {
        text.to_owned()
    } else {
        text.nfc().collect()
    }
}

/// Normalises `text` to NFC in place; returns `true` when it changed.
pub fn normalize_in_place(text: &mut String) -> bool {
    if is_nfc_quick(text.chars()) == unicode_normalization::IsNormalized::Yes {
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
