//! The bundled LoTrinh Serif (Liberation Serif 2.1.5 cut down to Latin and Vietnamese) (regular, bold, italic, bold italic: metrically compatible with
//! Times New Roman, so the PDF and the Word file break lines alike), shaped with rustybuzz: word
//! widths for layout (cached, since tables repeat the same words), positioned glyphs for krilla and
//! glyph outlines for the PNG charts, so that what is measured is exactly what is drawn.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use krilla::text::{Font, GlyphId, KrillaGlyph};
use rustybuzz::{Face, UnicodeBuffer};

/// The four faces of LoTrinh Serif: Liberation Serif 2.1.5 (SIL OFL 1.1) subset to Latin and
/// Vietnamese and renamed, as the licence asks of a modified font with a reserved name.
const FACES: [&[u8]; 4] = [
    include_bytes!("../../../assets/fonts/LoTrinhSerif-Regular.ttf"),
    include_bytes!("../../../assets/fonts/LoTrinhSerif-Bold.ttf"),
    include_bytes!("../../../assets/fonts/LoTrinhSerif-Italic.ttf"),
    include_bytes!("../../../assets/fonts/LoTrinhSerif-BoldItalic.ttf"),
];

/// A face of the report font.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum FontStyle {
    /// Upright.
    #[default]
    Regular,
    /// Bold.
    Bold,
    /// Italic (the place-and-date line).
    Italic,
    /// Bold italic ("Nơi nhận:").
    BoldItalic,
}

impl FontStyle {
    /// All faces.
    pub const ALL: [Self; 4] = [Self::Regular, Self::Bold, Self::Italic, Self::BoldItalic];

    /// Bold when `bold`, else regular.
    pub fn bold_if(bold: bool) -> Self {
        if bold { Self::Bold } else { Self::Regular }
    }

    /// The face's index in [`FACES`].
    fn index(self) -> usize {
        match self {
            Self::Regular => 0,
            Self::Bold => 1,
            Self::Italic => 2,
            Self::BoldItalic => 3,
        }
    }

    /// True for the bold faces.
    pub fn is_bold(self) -> bool {
        matches!(self, Self::Bold | Self::BoldItalic)
    }
}

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

/// The faces, their krilla fonts and the cache of shaped words.
pub struct Fonts {
    faces: Vec<Face<'static>>,
    krilla: Vec<Font>,
    cache: RefCell<HashMap<(FontStyle, String), Rc<Shaped>>>,
}

impl Fonts {
    /// Loads the bundled fonts; `None` only if they are damaged.
    pub fn new() -> Option<Self> {
        let mut faces = Vec::with_capacity(FACES.len());
        let mut krilla = Vec::with_capacity(FACES.len());
        for bytes in FACES {
            faces.push(Face::from_slice(bytes, 0)?);
            krilla.push(Font::new(bytes.into(), 0)?);
        }
        Some(Self {
            faces,
            krilla,
            cache: RefCell::new(HashMap::new()),
        })
    }

    /// The rustybuzz face of `style` (it reads outlines and the character map too).
    pub fn face(&self, style: FontStyle) -> Option<&Face<'static>> {
        self.faces.get(style.index())
    }

    /// The krilla font of `style`.
    pub fn font(&self, style: FontStyle) -> Option<Font> {
        self.krilla.get(style.index()).cloned()
    }

    fn shaped(&self, word: &str, style: FontStyle) -> Rc<Shaped> {
        let key = (style, word.to_owned());
        if let Some(found) = self.cache.borrow().get(&key) {
            return Rc::clone(found);
        }
        let shaped = Rc::new(self.shape(word, style));
        self.cache.borrow_mut().insert(key, Rc::clone(&shaped));
        shaped
    }

    fn shape(&self, word: &str, style: FontStyle) -> Shaped {
        let Some(face) = self.face(style) else {
            return Shaped {
                glyphs: Vec::new(),
                advance: 0.0,
            };
        };
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

    /// The width of `text` (one line) at `size` points, regular or bold.
    pub fn width(&self, text: &str, size: f32, bold: bool) -> f32 {
        self.styled_width(text, size, FontStyle::bold_if(bold))
    }

    /// The width of `text` (one line) at `size` points in `style`.
    pub fn styled_width(&self, text: &str, size: f32, style: FontStyle) -> f32 {
        let space = self.shaped(" ", style).advance;
        let mut total = 0.0;
        for (index, word) in text.split(' ').enumerate() {
            if index > 0 {
                total += space;
            }
            if !word.is_empty() {
                total += self.shaped(word, style).advance;
            }
        }
        total * size
    }

    /// The glyphs of `text` (one line), positioned for krilla, with ranges into `text`; each space
    /// is widened by `gap` em (justified lines).
    pub fn glyphs(&self, text: &str, style: FontStyle, gap: f32) -> Vec<KrillaGlyph> {
        self.positioned(text, style, gap)
            .into_iter()
            .map(|g| {
                KrillaGlyph::new(
                    GlyphId::new(g.id),
                    g.x_advance,
                    g.x_offset,
                    g.y_offset,
                    0.0,
                    g.start..g.end,
                    None,
                )
            })
            .collect()
    }

    /// The shaped glyphs of `text` (one line) in em units, ranges into `text`, each space widened
    /// by `gap` em.
    fn positioned(&self, text: &str, style: FontStyle, gap: f32) -> Vec<ShapedGlyph> {
        let mut glyphs = Vec::with_capacity(text.len());
        let mut offset = 0;
        for (index, word) in text.split(' ').enumerate() {
            if index > 0 {
                for glyph in &self.shaped(" ", style).glyphs {
                    glyphs.push(ShapedGlyph {
                        x_advance: glyph.x_advance + gap,
                        start: offset,
                        end: offset + 1,
                        ..glyph.clone()
                    });
                }
                offset += 1;
            }
            if !word.is_empty() {
                for glyph in &self.shaped(word, style).glyphs {
                    glyphs.push(ShapedGlyph {
                        start: offset + glyph.start,
                        end: offset + glyph.end,
                        ..glyph.clone()
                    });
                }
            }
            offset += word.len();
        }
        glyphs
    }

    /// Glyph ids and pen positions (x, y offset, in em) of `text` for drawing outlines.
    pub fn glyph_positions(&self, text: &str, style: FontStyle) -> Vec<(u16, f32, f32)> {
        let mut x = 0.0;
        let mut placed = Vec::new();
        for glyph in self.positioned(text, style, 0.0) {
            if let Ok(id) = u16::try_from(glyph.id) {
                placed.push((id, x + glyph.x_offset, glyph.y_offset));
            }
            x += glyph.x_advance;
        }
        placed
    }
}

/// True when the report font's `style` face has a glyph for `c`.
pub fn font_has_glyph(c: char, style: FontStyle) -> bool {
    FACES
        .get(style.index())
        .and_then(|bytes| Face::from_slice(bytes, 0))
        .and_then(|face| face.glyph_index(c))
        .is_some_and(|id| id.0 != 0)
}
