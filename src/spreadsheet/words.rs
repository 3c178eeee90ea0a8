//! Folding text as offices type it, for comparing headers, names and cell words: NFC, lower case,
//! single spaces, the old tone placement ("hoá", "tỉ lệ", "luỹ kế") brought to one spelling, and
//! parenthesised asides left out where they do not change the meaning.

use unicode_normalization::UnicodeNormalization as _;

use crate::model::nfc;

/// Lowercase NFC with single spaces (punctuation kept).
pub(super) fn normalized(text: &str) -> String {
    nfc(text)
        .to_lowercase()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// `text` without parenthesised or bracketed asides: "quá hạn (trễ hạn)" → "quá hạn ".
pub(super) fn without_asides(text: &str) -> String {
    let mut depth = 0usize;
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '(' | '[' => depth += 1,
            ')' | ']' => depth = depth.saturating_sub(1),
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
}

/// The words of `text`, folded: lower case, one spelling per syllable, punctuation as spaces
/// except the marks inside numbers and dates ("31/12/2025", "84,5", "1.234") and "%".
pub(super) fn words(text: &str) -> Vec<String> {
    let lower: Vec<char> = nfc(text).to_lowercase().chars().collect();
    let digit_at = |i: Option<usize>| {
        i.and_then(|i| lower.get(i))
            .is_some_and(|c: &char| c.is_ascii_digit())
    };
    let spaced: String = lower
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let between_digits = digit_at(i.checked_sub(1)) && digit_at(Some(i + 1));
            match c {
                c if c.is_alphanumeric() || *c == '%' => *c,
                '/' | '.' | ',' | '-' if between_digits => *c,
                '/' => '/',
                _ => ' ',
            }
        })
        .collect();
    spaced
        .split(|c: char| c.is_whitespace() || c == '/')
        .filter(|w| !w.is_empty())
        .map(fold_syllable)
        .collect()
}

/// The words of `text` joined by single spaces (see [`words`]), with the slashes of dates kept.
pub(super) fn folded(text: &str) -> String {
    let lower = nfc(text).to_lowercase();
    let mut out = Vec::new();
    for token in lower.split_whitespace() {
        if token.chars().any(|c| c.is_ascii_digit()) && token.contains('/') {
            let trimmed = token.trim_matches(|c: char| !c.is_alphanumeric());
            out.push(trimmed.to_owned());
        } else {
            out.extend(words(token));
        }
    }
    out.join(" ")
}

/// One syllable in the modern spelling: "tỉ" → "tỷ", "hoá" → "hóa", "luỹ" → "lũy", "quí" → "quý".
fn fold_syllable(word: &str) -> String {
    match word {
        "tỉ" => return "tỷ".to_owned(),
        "quí" => return "quý".to_owned(),
        "kì" => return "kỳ".to_owned(),
        "mĩ" => return "mỹ".to_owned(),
        "kĩ" => return "kỹ".to_owned(),
        "lí" => return "lý".to_owned(),
        _ => {}
    }
    // Only a word ending in a toned a, e or y can be in the old spelling.
    let last = word.chars().last().unwrap_or_default();
    if last.is_ascii() || !"áàảãạéèẻẽẹýỳỷỹỵ".contains(last) {
        return word.to_owned();
    }
    let decomposed: Vec<char> = word.nfd().collect();
    let is_tone = |c: char| matches!(c, '\u{300}' | '\u{301}' | '\u{303}' | '\u{309}' | '\u{323}');
    // Old style puts the tone on the last vowel of an open "oa", "oe" or "uy": move it to the first.
    if let [.., before, first, second, tone] = decomposed.as_slice()
        && is_tone(*tone)
        && matches!((first, second), ('o', 'a' | 'e') | ('u', 'y'))
        && !(*first == 'u' && *before == 'q')
    {
        let mut moved = decomposed.clone();
        let n = moved.len();
        moved.swap(n - 1, n - 2);
        return moved.into_iter().nfc().collect();
    }
    word.to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_folded_to_one_spelling() {
        let cases: [(&str, &str); 7] = [
            ("Tỉ lệ (%)", "tỷ lệ %"),
            ("Luỹ kế đến 30/9/2025", "lũy kế đến 30/9/2025"),
            ("Số hoá hồ sơ", "số hóa hồ sơ"),
            ("Quí III", "quý iii"),
            ("Hoàn thành; thuỷ lợi", "hoàn thành thủy lợi"),
            ("  KH   năm 2025: ", "kh năm 2025"),
            ("84,5 %", "84,5 %"),
        ];
        for (text, expected) in cases {
            assert_eq!(folded(text), expected, "{text}");
        }
        assert_eq!(without_asides("quá hạn (trễ hạn)").trim(), "quá hạn");
    }
}
