//! Typing at any speed. A clerk types "12", Enter, "34", Enter faster than an old laptop draws, so
//! one frame holds the Enter and the keys after it. egui hands every key of a frame to the text
//! edit that has the focus when it is drawn and moves the focus only when asked, so the keys after
//! Enter went to the old cell or, one frame later, to nobody: "34" arrived as "4" or not at all.
//!
//! Here every editable field is drawn through [`edit`]. A field with the focus reads the keys of
//! the frame up to the first key that moves the focus away from it (Enter, Tab, Shift+Tab, ↓, ↑ or
//! Esc, as its [`Moves`] say), moves the focus itself in the same frame, and keeps the keys after
//! that one for the next frame. [`begin_frame`] gives them back before anything else reads the
//! input, to whichever field has the focus by then; a field that is not drawn yet (a row scrolled
//! out of view) keeps the focus and the keys waiting for a few frames. egui's own focus moves are
//! switched off for these fields, so no key is acted on twice.

use egui::{Context, Event, EventFilter, FocusDirection, Id, Key, Response, TextEdit, Ui};

/// Frames a field that should receive the focus may take to appear (after a scroll) before the
/// kept keys are given to whoever has the focus.
const MAX_WAIT_FRAMES: u8 = 8;

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

    fn for_key(&self, key: FocusKey) -> Move {
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

/// How a field was left in this frame.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Left {
    /// By a focus key other than Esc: what was typed stands.
    Moved(FocusKey),
    /// By Esc: what was typed is cancelled.
    Cancelled,
}

/// What [`edit`] saw.
#[derive(Debug)]
pub struct Typed {
    /// The text edit's response.
    pub response: Response,
    /// True in the first frame the field is drawn with the focus (also when the focus came from a
    /// field drawn after it): the moment to remember the text for Esc.
    pub arrived: bool,
    /// How the field was left in this frame, if it was.
    pub left: Option<Left>,
}

/// The keys kept for the field that receives the focus.
#[derive(Clone, Debug, Default)]
struct Handoff {
    /// Typing events not read yet, oldest first.
    events: Vec<Event>,
    /// The field that must receive them, when known.
    target: Option<Id>,
    /// True once the events were given back to the input of a frame.
    given: bool,
    /// Frames spent waiting for the target to be drawn.
    frames: u8,
}

fn handoff_id() -> Id {
    Id::unique("lotrinh_typing_handoff")
}

fn arrival_id() -> Id {
    Id::unique("lotrinh_typing_arrival")
}

fn last_focused_id() -> Id {
    Id::unique("lotrinh_typing_last_focused")
}

/// The focus keys of the text edits drawn by [`edit`] are theirs: egui must not move the focus
/// on them (the fields do) nor drop it on Esc (the fields cancel).
const ALL_KEYS: EventFilter = EventFilter {
    tab: true,
    horizontal_arrows: true,
    vertical_arrows: true,
    escape: true,
};

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
fn is_typing(event: &Event) -> bool {
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
fn is_shortcut(event: &Event) -> bool {
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

/// Gives the keys kept by the previous frame back to the input, before anything reads it, and
/// keeps the focus on the field that must receive them. Call first in every frame.
pub fn begin_frame(ctx: &Context) {
    let Some(mut handoff) = ctx.data_mut(|d| d.remove_temp::<Handoff>(handoff_id())) else {
        return;
    };
    let kept = std::mem::take(&mut handoff.events);
    ctx.input_mut(|input| {
        let newer = std::mem::replace(&mut input.events, kept);
        input.events.extend(newer);
    });
    let Some(target) = handoff.target else {
        return;
    };
    let focused = ctx.memory(egui::Memory::focused);
    // A click elsewhere since then wins; otherwise the focus stays on the target until it is drawn.
    if focused.is_some_and(|f| f != target) || handoff.frames >= MAX_WAIT_FRAMES {
        return;
    }
    if focused.is_none() {
        ctx.memory_mut(|m| m.request_focus(target));
    }
    handoff.given = true;
    handoff.frames += 1;
    ctx.data_mut(|d| d.insert_temp(handoff_id(), handoff));
}

/// Keeps the keys of this frame that nobody read because the field that should receive them was
/// not drawn (its row is being scrolled into view), for the next frame. Call last in every frame.
pub fn end_frame(ctx: &Context) {
    let Some(mut handoff) = ctx.data(|d| d.get_temp::<Handoff>(handoff_id())) else {
        return;
    };
    if !handoff.given {
        return;
    }
    handoff.events = ctx.input_mut(|input| {
        let (typing, other) = std::mem::take(&mut input.events)
            .into_iter()
            .partition(is_typing);
        input.events = other;
        typing
    });
    handoff.given = false;
    ctx.data_mut(|d| d.insert_temp(handoff_id(), handoff));
    ctx.request_repaint();
}

/// Scrolls the enclosing scroll area to the field that received the focus in this frame. A
/// table (egui_extras) swallows the scroll request of its cells even where it does not scroll
/// itself; call this after such a table.
pub fn scroll_to_arrival(ui: &Ui) {
    let pass = ui.ctx().cumulative_pass_nr();
    let arrival = ui
        .ctx()
        .data(|d| d.get_temp::<(u64, egui::Rect)>(arrival_id()));
    if let Some((when, rect)) = arrival
        && when == pass
    {
        ui.scroll_to_rect(rect, None);
    }
}

/// The field waiting for the focus and the keys, if any.
pub fn waiting_for(ctx: &Context) -> Option<Id> {
    ctx.data(|d| d.get_temp::<Handoff>(handoff_id()))
        .and_then(|h| h.target)
}

/// Draws `text_edit` as the field `id`, moving the focus on the keys of `moves` so that every key
/// typed after them reaches the field that receives the focus.
pub fn edit(ui: &mut Ui, text_edit: TextEdit<'_>, id: Id, moves: Moves) -> Typed {
    let ctx = ui.ctx().clone();
    let focused = ctx.memory(|m| m.has_focus(id));
    let last_focused = ctx.data(|d| d.get_temp::<Id>(last_focused_id()));
    let arrived = focused && last_focused != Some(id);
    let mut split = None;
    if focused {
        ctx.data_mut(|d| d.insert_temp(last_focused_id(), id));
        take_delivery(&ctx, id);
        // egui would act on Tab and the arrows itself, before this field reads the keys typed
        // ahead of them; the field moves the focus below instead.
        ctx.memory_mut(|m| m.move_focus(FocusDirection::None));
        split = ctx.input_mut(|input| split_at_focus_key(&mut input.events, &moves));
        if let Some((key, _)) = &split
            && moves.for_key(*key) == Move::Previous
        {
            // egui knows the widget before this one: it moves the focus there next frame.
            ctx.memory_mut(|m| m.move_focus(FocusDirection::Previous));
        }
    } else if last_focused == Some(id) {
        ctx.data_mut(|d| d.remove::<Id>(last_focused_id()));
    }
    let response = ui.add(text_edit.id(id).event_filter(ALL_KEYS));
    if !response.has_focus() {
        // The theme draws no outline at rest; on a white or striped row the box would vanish.
        let corner = ui.visuals().widgets.inactive.corner_radius;
        let stroke = egui::Stroke::new(1.0, super::theme::field_border(ui));
        ui.painter()
            .rect_stroke(response.rect, corner, stroke, egui::StrokeKind::Inside);
    }
    if arrived {
        response.scroll_to_me(None);
        let pass = ctx.cumulative_pass_nr();
        ctx.data_mut(|d| d.insert_temp(arrival_id(), (pass, response.rect)));
    }
    let left = match split {
        Some((key, later)) => {
            move_focus(&ctx, id, moves.for_key(key), later);
            Some(if key == FocusKey::Escape {
                Left::Cancelled
            } else {
                Left::Moved(key)
            })
        }
        None if response.lost_focus() && ui.input(|i| i.key_pressed(Key::Escape)) => {
            Some(Left::Cancelled)
        }
        None => None,
    };
    Typed {
        response,
        arrived,
        left,
    }
}

/// The field `id` is drawn with the focus: the keys kept for it are in this frame's input.
fn take_delivery(ctx: &Context, id: Id) {
    let delivered = ctx
        .data(|d| d.get_temp::<Handoff>(handoff_id()))
        .is_some_and(|h| h.given && h.target == Some(id));
    if delivered {
        ctx.data_mut(|d| d.remove::<Handoff>(handoff_id()));
    }
}

/// Moves the focus from `id` by `step` and keeps `later` for the field that receives it.
fn move_focus(ctx: &Context, id: Id, step: Move, later: Vec<Event>) {
    // The keys up to the focus key were this field's: no field focused later in this frame may
    // read them again. Shortcuts stay for the rest of the frame.
    ctx.input_mut(|input| {
        input
            .events
            .retain(|event| !is_typing(event) || is_shortcut(event));
    });
    let target = match step {
        Move::To(target) => {
            ctx.memory_mut(|m| m.request_focus(target));
            Some(target)
        }
        Move::Next => {
            ctx.memory_mut(|m| {
                m.surrender_focus(id);
                m.move_focus(FocusDirection::Next);
            });
            None
        }
        Move::Leave | Move::Keep => {
            ctx.memory_mut(|m| m.surrender_focus(id));
            None
        }
        Move::Previous => None,
    };
    if later.is_empty() && target.is_none() {
        return;
    }
    let handoff = Handoff {
        events: later,
        target,
        given: false,
        frames: 0,
    };
    ctx.data_mut(|d| d.insert_temp(handoff_id(), handoff));
    ctx.request_repaint();
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
