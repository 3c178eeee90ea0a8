//! The words of yes/no indicators: Có/Không for most, Đạt/Chưa đạt for a criterion judged against
//! a standard (tiêu chí nông thôn mới 8.3, 8.4), and the editor's choice between them. One table
//! per language ([`VI`], [`EN`]), reached through [`super::Texts::yes_no_words`].

use crate::model::YesNoWords;

/// Yes/no words of one language.
pub struct YesNoTexts {
    /// "Có" / "Yes".
    pub yes: &'static str,
    /// "Không" / "No".
    pub no: &'static str,
    /// "Đạt" / "Achieved".
    pub achieved: &'static str,
    /// "Chưa đạt" / "Not achieved".
    pub not_achieved: &'static str,
    /// The pair as the editor offers it, the unit column writes it and an empty cell hints it:
    /// "Có/Không", "Đạt/Chưa đạt".
    pub yes_no_pair: &'static str,
    /// See [`YesNoTexts::yes_no_pair`].
    pub achieved_pair: &'static str,
    /// Name of the editor's choice of words, beside the unit.
    pub field: &'static str,
    /// A criterion not yet achieved: by when it must be (the target's deadline).
    pub achieve_before: fn(&str) -> String,
}

impl YesNoTexts {
    /// The word of a yes/no value (`yes` true for 1) in `words`.
    pub fn word(&self, words: YesNoWords, yes: bool) -> &'static str {
        match (words, yes) {
            (YesNoWords::YesNo, true) => self.yes,
            (YesNoWords::YesNo, false) => self.no,
            (YesNoWords::Achieved, true) => self.achieved,
            (YesNoWords::Achieved, false) => self.not_achieved,
        }
    }

    /// Both words of `words`: "Có/Không", "Đạt/Chưa đạt".
    pub fn pair(&self, words: YesNoWords) -> &'static str {
        match words {
            YesNoWords::YesNo => self.yes_no_pair,
            YesNoWords::Achieved => self.achieved_pair,
        }
    }
}

/// Tiếng Việt.
pub static VI: YesNoTexts = YesNoTexts {
    yes: "Có",
    no: "Không",
    achieved: "Đạt",
    not_achieved: "Chưa đạt",
    yes_no_pair: "Có/Không",
    achieved_pair: "Đạt/Chưa đạt",
    field: "Ghi kết quả bằng",
    achieve_before: |date| format!("cần đạt trước {date}"),
};

/// English.
pub static EN: YesNoTexts = YesNoTexts {
    yes: "Yes",
    no: "No",
    achieved: "Achieved",
    not_achieved: "Not achieved",
    yes_no_pair: "Yes/No",
    achieved_pair: "Achieved/Not achieved",
    field: "Values written as",
    achieve_before: |date| format!("to be achieved by {date}"),
};

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;
    use crate::model::parse_yes_no;

    #[test]
    fn the_words_of_each_language_and_choice() {
        let cases = [
            (Lang::Vi, YesNoWords::YesNo, "Có", "Không", "Có/Không"),
            (
                Lang::Vi,
                YesNoWords::Achieved,
                "Đạt",
                "Chưa đạt",
                "Đạt/Chưa đạt",
            ),
            (Lang::En, YesNoWords::YesNo, "Yes", "No", "Yes/No"),
            (
                Lang::En,
                YesNoWords::Achieved,
                "Achieved",
                "Not achieved",
                "Achieved/Not achieved",
            ),
        ];
        for (lang, words, yes, no, pair) in cases {
            let texts = lang.texts().yes_no_words;
            assert_eq!(texts.word(words, true), yes, "{lang:?} {words:?}");
            assert_eq!(texts.word(words, false), no, "{lang:?} {words:?}");
            assert_eq!(texts.pair(words), pair, "{lang:?} {words:?}");
            // What is written reads back as the same value.
            assert_eq!(parse_yes_no(yes), Some(true), "{yes}");
            assert_eq!(parse_yes_no(no), Some(false), "{no}");
        }
    }

    #[test]
    fn the_default_words_are_the_ones_of_the_main_table() {
        for lang in Lang::ALL {
            let texts = lang.texts();
            for yes in [true, false] {
                assert_eq!(
                    texts.yes_no_words.word(YesNoWords::YesNo, yes),
                    (texts.yes_no)(yes)
                );
            }
        }
    }
}
