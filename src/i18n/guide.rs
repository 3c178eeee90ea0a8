//! The user guide (Trợ giúp → Hướng dẫn sử dụng): `assets/guide/vi.md` and `en.md`, plain
//! Markdown that prints well as it is (a trainer's handout), read here into blocks the window
//! draws: headings, paragraphs, numbered steps and bullets.

use super::Lang;

/// One block of the guide.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum GuideBlock {
    /// A heading; level 1 is the title.
    Heading(u8, String),
    /// A paragraph.
    Paragraph(String),
    /// A numbered step, with its number as written.
    Step(String, String),
    /// A bullet.
    Bullet(String),
}

/// The guide's Markdown text in `lang`.
pub fn guide_text(lang: Lang) -> &'static str {
    match lang {
        Lang::Vi => include_str!("../../assets/guide/vi.md"),
        Lang::En => include_str!("../../assets/guide/en.md"),
    }
}

/// The guide in `lang`, as blocks.
pub fn guide(lang: Lang) -> Vec<GuideBlock> {
    parse(guide_text(lang))
}

/// Reads the few Markdown forms the guide uses: `#`/`##` headings, `1.` steps, `-` bullets and
/// paragraphs (lines joined until a blank line).
pub fn parse(text: &str) -> Vec<GuideBlock> {
    let mut blocks = Vec::new();
    let mut paragraph: Vec<&str> = Vec::new();
    let flush = |paragraph: &mut Vec<&str>, blocks: &mut Vec<GuideBlock>| {
        if !paragraph.is_empty() {
            blocks.push(GuideBlock::Paragraph(paragraph.join(" ")));
            paragraph.clear();
        }
    };
    for line in text.lines().map(str::trim) {
        let block = if let Some(title) = line.strip_prefix("## ") {
            Some(GuideBlock::Heading(2, title.to_owned()))
        } else if let Some(title) = line.strip_prefix("# ") {
            Some(GuideBlock::Heading(1, title.to_owned()))
        } else if let Some(item) = line.strip_prefix("- ") {
            Some(GuideBlock::Bullet(item.to_owned()))
        } else {
            step(line)
        };
        match block {
            Some(block) => {
                flush(&mut paragraph, &mut blocks);
                blocks.push(block);
            }
            None if line.is_empty() => flush(&mut paragraph, &mut blocks),
            None => paragraph.push(line),
        }
    }
    flush(&mut paragraph, &mut blocks);
    blocks
}

/// A numbered step, "3. Text".
fn step(line: &str) -> Option<GuideBlock> {
    let (number, text) = line.split_once(". ")?;
    if number.is_empty() || !number.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    Some(GuideBlock::Step(number.to_owned(), text.to_owned()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_headings_steps_bullets_and_paragraphs() {
        let text =
            "# Title\n\nOne line\nand the next.\n\n## Part\n1. First\n2. Second\n- A point\n";
        assert_eq!(
            parse(text),
            vec![
                GuideBlock::Heading(1, "Title".to_owned()),
                GuideBlock::Paragraph("One line and the next.".to_owned()),
                GuideBlock::Heading(2, "Part".to_owned()),
                GuideBlock::Step("1".to_owned(), "First".to_owned()),
                GuideBlock::Step("2".to_owned(), "Second".to_owned()),
                GuideBlock::Bullet("A point".to_owned()),
            ]
        );
    }

    /// The guide speaks of the window as it is: the tabs, the buttons and every status by the
    /// names the window shows, in both languages, and covers the five tasks.
    #[test]
    fn the_guide_uses_the_window_s_own_words() {
        for lang in Lang::ALL {
            let texts = lang.texts();
            let text = guide_text(lang);
            let mut words = vec![
                texts.dashboard_tab,
                texts.indicator_tab,
                texts.entry_tab,
                texts.create_button,
                texts.entry_apply,
                texts.commands.shortcuts,
            ];
            words.extend(crate::progress::Status::ALL.map(|s| texts.status(s, false)));
            for word in words {
                assert!(text.contains(word), "{lang:?} guide lacks “{word}”");
            }
            let headings = guide(lang)
                .iter()
                .filter(|b| matches!(b, GuideBlock::Heading(2, _)))
                .count();
            assert!(headings >= 5, "{lang:?}: {headings} sections");
            assert!(
                !text.contains("**") && !text.contains('`'),
                "plain text that prints as it reads"
            );
        }
    }
}
