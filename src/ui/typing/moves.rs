//! Which keys move the focus away from a field and where to: the moves of a form field and of a
//! table cell, and the split of a frame's events at the first such key.

use egui::{Event, Id, Key};

/// Where the focus goes from a field when a key is pressed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Move {
    /// The key does not move the focus: the text edit handles it (↓ in a form moves the cursor).
    #[default]
    Keep,
    /// The focus leaves the field and goes nowhere (Enter in a form).
    Leave,
    /// The focus goes to this field.
    To(Id),
    /// The focus goes to the next widget that takes it (Tab in a form).
    Next,
    /// The focus goes to the previous widget that takes it (Shift+Tab in a form).
    Previous,
}

/// Where each focus key takes the focus from one field. Esc always leaves (and cancels).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Moves {
    /// Enter.
    pub enter: Move,
    /// Arrow down.
    pub down: Move,
    /// Arrow up.
    pub up: Move,
    /// Tab.
    pub tab: Move,
    /// Shift+Tab.
    pub back_tab: Move,
}

impl Moves {
    /// A field of a form: Enter commits and leaves, Tab and Shift+Tab go to the next or previous
    /// widget, the arrows stay in the text.
    pub const FORM: Self = Self {
        enter: Move::Leave,
        down: Move::Keep,
        up: Move::Keep,
        tab: Move::Next,
        back_tab: Move::Previous,
    };

    /// A field of several lines: as [`Self::FORM`], but Enter starts a new line.
    pub const MULTILINE: Self = Self {
        enter: Move::Keep,
        ..Self::FORM
    };

    /// A cell of a table: Enter and ↓ go to the cell below, ↑ to the cell above, Tab to the next
    /// cell and Shift+Tab to the previous one; where there is none, the focus leaves.
    pub fn cell(
        above: Option<Id>,
        below: Option<Id>,
        before: Option<Id>,
        after: Option<Id>,
    ) -> Self {
        let to = |id: Option<Id>| id.map_or(Move::Leave, Move::To);
        Self {
            enter: to(below),
            down: to(below),
            up: to(above),
            tab: to(after),
            back_tab: to(before),
        }
    }

    pub(super) fn for_key(&self, key: FocusKey) -> Move {
        match key {
            FocusKey::Enter => self.enter,
            FocusKey::Down => self.down,
            FocusKey::Up => self.up,
            FocusKey::Tab => self.tab,
            FocusKey::BackTab => self.back_tab,
            FocusKey::Escape => Move::Leave,
        }
    }
}

/// The cells around one cell of a table, by row and column.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Neighbours {
    /// The cell above.
    pub above: Option<(usize, usize)>,
    /// The cell below.
    pub below: Option<(usize, usize)>,
    /// The cell before (to the left, or the end of the row above).
    pub before: Option<(usize, usize)>,
    /// The cell after (to the right, or the start of the row below), as in reading.
    pub after: Option<(usize, usize)>,
}

impl Neighbours {
    /// The neighbours of `(row, column)` in a table of `rows` × `columns` cells.
    pub fn in_table((row, column): (usize, usize), (rows, columns): (usize, usize)) -> Self {
        let before = match column.checked_sub(1) {
            Some(c) => Some((row, c)),
            None => row.checked_sub(1).map(|r| (r, columns.saturating_sub(1))),
        };
        let after = if column + 1 < columns {
            Some((row, column + 1))
        } else {
            (row + 1 < rows).then_some((row + 1, 0))
        };
        Self {
            above: row.checked_sub(1).map(|r| (r, column)),
            below: (row + 1 < rows).then_some((row + 1, column)),
            before,
            after,
        }
    }

    /// The cell `key` goes to.
    pub fn toward(&self, key: FocusKey) -> Option<(usize, usize)> {
        match key {
            FocusKey::Enter | FocusKey::Down => self.below,
            FocusKey::Up => self.above,
            FocusKey::Tab => self.after,
            FocusKey::BackTab => self.before,
            FocusKey::Escape => None,
        }
    }

    /// The moves of the cell, with `cell` naming each cell's field.
    pub fn moves(&self, cell: impl Fn((usize, usize)) -> Id) -> Moves {
        let id = |place: Option<(usize, usize)>| place.map(&cell);
        Moves::cell(
            id(self.above),
            id(self.below),
            id(self.before),
            id(self.after),
        )
    }
}

/// A key that can move the focus.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FocusKey {
    /// Enter.
    Enter,
    /// Arrow down.
    Down,
    /// Arrow up.
    Up,
    /// Tab.
    Tab,
    /// Shift+Tab.
    BackTab,
    /// Esc.
    Escape,
}

/// The focus key an event is, if it is one.
pub fn focus_key(event: &Event) -> Option<FocusKey> {
    let Event::Key {
        key,
        pressed: true,
        modifiers,
        ..
    } = event
    else {
        return None;
    };
    match key {
        Key::Enter if modifiers.is_none() => Some(FocusKey::Enter),
        Key::ArrowDown if modifiers.is_none() => Some(FocusKey::Down),
        Key::ArrowUp if modifiers.is_none() => Some(FocusKey::Up),
        Key::Tab if modifiers.is_none() => Some(FocusKey::Tab),
        Key::Tab if modifiers.shift_only() => Some(FocusKey::BackTab),
        Key::Escape if modifiers.is_none() => Some(FocusKey::Escape),
        _ => None,
    }
}

/// True for the events a text edit reads (keys, text, clipboard, input method).
pub(super) fn is_typing(event: &Event) -> bool {
    matches!(
        event,
        Event::Text(_)
            | Event::Key { .. }
            | Event::Paste(_)
            | Event::Copy
            | Event::Cut
            | Event::Ime(_)
    )
}

/// A key with Ctrl, Alt or Command: a shortcut, which stays for the rest of the frame.
pub(super) fn is_shortcut(event: &Event) -> bool {
    matches!(event, Event::Key { modifiers, .. } if modifiers.command || modifiers.ctrl || modifiers.alt)
}

/// Splits a frame's events at the first key that moves the focus away from a field with `moves`:
/// takes that key and every typing event after it out of `events` and returns the key and those
/// events, oldest first. Events of other kinds (the pointer) stay where they are.
pub fn split_at_focus_key(
    events: &mut Vec<Event>,
    moves: &Moves,
) -> Option<(FocusKey, Vec<Event>)> {
    let at = events
        .iter()
        .position(|event| focus_key(event).is_some_and(|key| moves.for_key(key) != Move::Keep))?;
    let tail = events.split_off(at);
    let mut tail = tail.into_iter();
    let key = tail.next().as_ref().and_then(focus_key)?;
    let mut later = Vec::new();
    for event in tail {
        if is_typing(&event) {
            later.push(event);
        } else {
            events.push(event);
        }
    }
    Some((key, later))
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use egui::Modifiers;

    fn key(key: Key, modifiers: Modifiers) -> Event {
        Event::Key {
            key,
            physical_key: None,
            pressed: true,
            repeat: false,
            modifiers,
        }
    }

    fn text(t: &str) -> Event {
        Event::Text(t.to_owned())
    }

    #[test]
    fn a_frame_is_split_at_the_first_key_that_moves_the_focus() {
        let next = Id::unique("next");
        let cell = Moves::cell(None, Some(next), None, Some(next));
        let pointer = Event::PointerMoved(egui::pos2(1.0, 1.0));
        // Moves, events, the key, events left for this frame, events kept for the next.
        type Case = (Moves, Vec<Event>, Option<FocusKey>, usize, usize);
        let cases: Vec<Case> = vec![
            (cell, vec![text("1"), text("2")], None, 2, 0),
            (
                cell,
                vec![
                    text("1"),
                    key(Key::Enter, Modifiers::NONE),
                    text("3"),
                    pointer.clone(),
                    text("4"),
                ],
                Some(FocusKey::Enter),
                2,
                2,
            ),
            (
                cell,
                vec![key(Key::ArrowDown, Modifiers::NONE), text("5")],
                Some(FocusKey::Down),
                0,
                1,
            ),
            (
                cell,
                vec![text("1"), key(Key::Tab, Modifiers::SHIFT), text("5")],
                Some(FocusKey::BackTab),
                1,
                1,
            ),
            // Ctrl+Enter applies the grid: not a focus key.
            (
                cell,
                vec![text("1"), key(Key::Enter, Modifiers::COMMAND)],
                None,
                2,
                0,
            ),
            // In a form, ↓ stays in the text.
            (
                Moves::FORM,
                vec![key(Key::ArrowDown, Modifiers::NONE), text("5")],
                None,
                2,
                0,
            ),
            (
                Moves::MULTILINE,
                vec![
                    key(Key::Enter, Modifiers::NONE),
                    text("5"),
                    key(Key::Escape, Modifiers::NONE),
                    text("6"),
                ],
                Some(FocusKey::Escape),
                2,
                1,
            ),
        ];
        for (moves, mut events, expected_key, left, kept) in cases {
            let before = format!("{events:?}");
            let split = split_at_focus_key(&mut events, &moves);
            assert_eq!(split.as_ref().map(|s| s.0), expected_key, "{before}");
            assert_eq!(events.len(), left, "{before}");
            assert_eq!(split.map_or(0, |s| s.1.len()), kept, "{before}");
        }
    }

    #[test]
    fn table_moves_run_along_rows() {
        let cell = |place: (usize, usize)| Id::unique(place);
        let moves = Neighbours::in_table((1, 5), (3, 6)).moves(cell);
        assert_eq!(moves.enter, Move::To(cell((2, 5))));
        assert_eq!(moves.up, Move::To(cell((0, 5))));
        assert_eq!(moves.tab, Move::To(cell((2, 0))));
        assert_eq!(moves.back_tab, Move::To(cell((1, 4))));
        let first = Neighbours::in_table((0, 0), (3, 6)).moves(cell);
        assert_eq!(first.up, Move::Leave);
        assert_eq!(first.back_tab, Move::Leave);
        let last = Neighbours::in_table((2, 5), (3, 6));
        assert_eq!(last.moves(cell).enter, Move::Leave);
        assert_eq!(last.moves(cell).tab, Move::Leave);
        assert_eq!(last.toward(FocusKey::BackTab), Some((2, 4)));
    }
}
