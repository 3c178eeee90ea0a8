//! The bundled Noto Sans (regular and bold), shaped with rustybuzz: word widths for layout (cached,
//! since tables repeat the same words) and positioned glyphs for krilla, so that what is measured
//! is exactly what is drawn.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use krilla::text::{Font, GlyphId, KrillaGlyph};
use rustybuzz::{Face, UnicodeBuffer};

/// Noto Sans Regular (SIL OFL 1.1), covering Vietnamese.
const REGULAR: &[u8] = include_bytes!("../../../assets/fonts/NotoSans-Regular.ttf");

/// Noto Sans Bold (SIL OFL 1.1).
const BOLD: &[u8] = include_bytes!("../../../assets/fonts/NotoSans-Bold.ttf");

/// One glyph of a shaped word, in em units, with the byte range of its cluster in the word.
#[derive(Clone, Debug)]
struct ShapedGlyph {
    id: u32,
    x_advance: f32,
    x_offset: f32,
    y_offset: f32,
    start: usize,
    end: usize,
}

/// A shaped word.
#[derive(Debug)]
struct Shaped {
    glyphs: Vec<ShapedGlyph>,
    /// Width in em.
    advance: f32,
}

/// The two faces, their krilla fonts and the cache of shaped words.
pub struct Fonts {
    faces: [Face<'static>; 2],
    krilla: [Font; 2],
    cache: RefCell<HashMap<(bool, String), Rc<Shaped>>>,
}

impl Fonts {
    /// Loads the bundled fonts; `None` only if they are damaged.
    pub fn new() -> Option<Self> {
        Some(Self {
            faces: [Face::from_slice(REGULAR, 0)?, Face::from_slice(BOLD, 0)?],
            krilla: [Font::new(REGULAR.into(), 0)?, Font::new(BOLD.into(), 0)?],
            cache: RefCell::new(HashMap::new()),
        })
    }

    /// The krilla font for regular or bold text.
    pub fn font(&self, bold: bool) -> Font {
        self.krilla[usize::from(bold)].clone()
    }

    fn shaped(&self, word: &str, bold: bool) -> Rc<Shaped> {
        let key = (bold, word.to_owned());
        if let Some(found) = self.cache.borrow().get(&key) {
            return Rc::clone(found);
        }
        let shaped = Rc::new(self.shape(word, bold));
        self.cache.borrow_mut().insert(key, Rc::clone(&shaped));
        shaped
    }

    fn shape(&self, word: &str, bold: bool) -> Shaped {
        let face = &self.faces[usize::from(bold)];
        let units = f32::from(face.units_per_em() as u16).max(1.0);
        let mut buffer = UnicodeBuffer::new();
        buffer.push_str(word);
        buffer.set_direction(rustybuzz::Direction::LeftToRight);
        buffer.guess_segment_properties();
        let output = rustybuzz::shape(face, &[], buffer);
        let infos = output.glyph_infos();
        let mut glyphs = Vec::with_capacity(infos.len());
        for (index, (info, position)) in infos.iter().zip(output.glyph_positions()).enumerate() {
            let start = info.cluster as usize;
            let end = infos
                .iter()
                .skip(index + 1)
                .find(|next| next.cluster != info.cluster)
                .map_or(word.len(), |next| next.cluster as usize);
            glyphs.push(ShapedGlyph {
                id: info.glyph_id,
                x_advance: position.x_advance as f32 / units,
                x_offset: position.x_offset as f32 / units,
                y_offset: position.y_offset as f32 / units,
                start,
                end,
            });
        }
        let advance = glyphs.iter().map(|g| g.x_advance).sum();
        Shaped { glyphs, advance }
    }

    /// The width of `text` (one line) at `size` points.
    pub fn width(&self, text: &str, size: f32, bold: bool) -> f32 {
        let space = self.shaped(" ", bold).advance;
        let mut total = 0.0;
        for (index, word) in text.split(' ').enumerate() {
            if index > 0 {
                total += space;
            }
            if !word.is_empty() {
                total += self.shaped(word, bold).advance;
            }
        }
        total * size
    }

    /// The glyphs of `text` (one line), positioned for krilla, with ranges into `text`.
    pub fn glyphs(&self, text: &str, bold: bool) -> Vec<KrillaGlyph> {
        let mut glyphs = Vec::with_capacity(text.len());
        let mut offset = 0;
        for (index, word) in text.split(' ').enumerate() {
            if index > 0 {
                self.push_word(&mut glyphs, " ", offset, bold);
                offset += 1;
            }
            self.push_word(&mut glyphs, word, offset, bold);
            offset += word.len();
        }
        glyphs
    }

    fn push_word(&self, glyphs: &mut Vec<KrillaGlyph>, word: &str, offset: usize, bold: bool) {
        if word.is_empty() {
            return;
        }
        for glyph in &self.shaped(word, bold).glyphs {
            glyphs.push(KrillaGlyph::new(
                GlyphId::new(glyph.id),
                glyph.x_advance,
                glyph.x_offset,
                glyph.y_offset,
                0.0,
                offset + glyph.start..offset + glyph.end,
                None,
            ));
        }
    }
}
