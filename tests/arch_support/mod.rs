//! What the architecture tests share: a line lexer that blanks comments and the contents of
//! string and char literals, so that only code is searched.

/// Lexer state carried from one line to the next.
#[derive(Clone, Copy, Default)]
pub struct Lexer {
    /// Depth of nested `/* */` comments.
    block_depth: usize,
    /// Inside a string literal; `Some(n)` for a raw string closed by `"` and `n` hashes.
    string: Option<Option<usize>>,
}

impl Lexer {
    /// The code of `line` with comments and the contents of string and char literals blanked.
    pub fn code(&mut self, line: &str) -> String {
        let chars: Vec<char> = line.chars().collect();
        let mut out = String::new();
        let mut i = 0;
        while i < chars.len() {
            let c = chars[i];
            let next = chars.get(i + 1).copied();
            if self.block_depth > 0 {
                if c == '*' && next == Some('/') {
                    self.block_depth -= 1;
                    i += 2;
                } else if c == '/' && next == Some('*') {
                    self.block_depth += 1;
                    i += 2;
                } else {
                    i += 1;
                }
                continue;
            }
            if let Some(raw) = self.string {
                match raw {
                    None if c == '\\' => i += 2,
                    None if c == '"' => {
                        self.string = None;
                        i += 1;
                    }
                    Some(hashes)
                        if c == '"'
                            && chars[i + 1..].iter().take_while(|h| **h == '#').count()
                                >= hashes =>
                    {
                        self.string = None;
                        i += 1 + hashes;
                    }
                    _ => i += 1,
                }
                out.push(' ');
                continue;
            }
            match c {
                '/' if next == Some('/') => break,
                '/' if next == Some('*') => {
                    self.block_depth = 1;
                    i += 2;
                }
                '"' => {
                    self.string = Some(None);
                    i += 1;
                }
                'r' if !out.ends_with(is_ident_char) && matches!(next, Some('"' | '#')) => {
                    let hashes = chars[i + 1..].iter().take_while(|h| **h == '#').count();
                    if chars.get(i + 1 + hashes) == Some(&'"') {
                        self.string = Some(Some(hashes));
                        i += 2 + hashes;
                    } else {
                        out.push(c);
                        i += 1;
                    }
                }
                '\'' => {
                    // A char literal ('x', '\n', '\u{..}') is blanked; a lifetime is kept.
                    let end = if next == Some('\\') {
                        chars
                            .get(i + 3..)
                            .and_then(|rest| rest.iter().position(|ch| *ch == '\''))
                            .map(|p| i + 3 + p)
                    } else if chars.get(i + 2) == Some(&'\'') {
                        Some(i + 2)
                    } else {
                        None
                    };
                    match end {
                        Some(end) => {
                            out.push(' ');
                            i = end + 1;
                        }
                        None => {
                            out.push(c);
                            i += 1;
                        }
                    }
                }
                _ => {
                    out.push(c);
                    i += 1;
                }
            }
        }
        out
    }
}

pub fn is_ident_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

pub mod order;
