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

mod moves;

use egui::{Context, Event, EventFilter, FocusDirection, Id, Key, Response, TextEdit, Ui};

pub use moves::{FocusKey, Move, Moves, Neighbours, focus_key, split_at_focus_key};
use moves::{is_shortcut, is_typing};

/// Frames a field that should receive the focus may take to appear (after a scroll) before the
/// kept keys are given to whoever has the focus.
const MAX_WAIT_FRAMES: u8 = 8;

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
        // egui itself drops the focus on an Esc that comes in the first frame of a field's focus,
        // before the field sets its filter; only the field that had the focus is cancelled.
        None if !focused
            && ctx.memory(|m| m.had_focus_last_frame(id))
            && ui.input(|i| i.key_pressed(Key::Escape)) =>
        {
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
