//! The timeline's behaviour: the track becomes one tab stop (a listbox of events) whose
//! marks are selected by keys, clicks and one-finger swipes, and one effect shows the
//! selected event (its mark, the live region, the details copied from its entry in the
//! list, and the Earlier and Later buttons). Without the app the marks are links to the
//! events in the list, which is then always shown.

use std::cell::Cell;

use crate::app::prelude::*;
use exhibit_dom::{class, id};
use wasm_bindgen::JsCast;
use web_sys::{Element, Event, KeyboardEvent, PointerEvent};

use crate::app::dom::{by_id, closest, copy_children, query_all, set_attr, step_buttons};
use crate::app::state::Reader;
use crate::app::watch;

#[cfg(feature = "zoom")]
mod zoom;

/// A horizontal movement at least this long (and mostly sideways) is a swipe, in pixels.
const SWIPE_PX: i32 = 40;

thread_local! {
    /// Where a one-finger swipe began: its pointer and position.
    static SWIPE: Cell<Option<(i32, i32, i32)>> = const { Cell::new(None) };
}

/// Steps to the next event after a swipe to the left by `dx`, `dy` pixels, or to the
/// previous after one to the right; a movement too short or not sideways enough is none.
fn swiped(reader: Reader, dx: i32, dy: i32) {
    if dx.abs() >= SWIPE_PX && dx.abs() > 2 * dy.abs() {
        reader.step_event(if dx < 0 { 1 } else { -1 });
    }
}

/// Forgets a swipe under way (the kiosk's reset).
pub fn reset() {
    SWIPE.with(|swipe| swipe.set(None));
}

/// Readies the track: a listbox with an option per event, one tab stop, and its zoom.
pub fn enhance(reader: Reader, root: &Element) {
    #[cfg(feature = "zoom")]
    zoom::enhance(reader, root);
    #[cfg(not(feature = "zoom"))]
    let _ = reader;
    let Ok(Some(track)) = root.query_selector(&format!("#{}", id::TIMELINE_TRACK)) else {
        return;
    };
    let _ = track.set_attribute("role", "listbox");
    let _ = track.set_attribute("tabindex", "0");
    for mark in query_all(&track, &format!(".{}", class::TRACK_MARK)) {
        let _ = mark.set_attribute("role", "option");
        let _ = mark.set_attribute("tabindex", "-1");
        if !mark.has_attribute("aria-selected") {
            let _ = mark.set_attribute("aria-selected", "false");
        }
    }
}

pub fn attach(reader: Reader) {
    #[cfg(feature = "zoom")]
    zoom::attach(reader);
    let mut previous: Option<String> = None;
    watch(move || {
        let current = reader.event.get();
        let mark = |event: &Option<String>| {
            event
                .as_deref()
                .and_then(|event| by_id(&id::track_mark(event)))
        };
        set_attr(
            mark(&previous.take()).as_ref(),
            "aria-selected",
            Some("false"),
        );
        let selected = mark(&current);
        set_attr(selected.as_ref(), "aria-selected", Some("true"));
        // Zoomed in, the selected event's mark comes into the box.
        #[cfg(feature = "zoom")]
        if let Some(selected) = &selected {
            zoom::show_mark(selected);
        }
        let mark_id = current.as_deref().map(id::track_mark);
        set_attr(
            by_id(id::TIMELINE_TRACK).as_ref(),
            "aria-activedescendant",
            mark_id.as_deref(),
        );
        let entry = current
            .as_deref()
            .and_then(|event| by_id(&id::event(event)));
        if let (Some(entry), Some(details)) = (&entry, by_id(id::TIMELINE_DETAIL_BODY)) {
            copy_children(entry, &details);
            let headline = entry
                .query_selector(&format!(".{}", class::EVENT_HEADLINE))
                .ok()
                .flatten()
                .and_then(|headline| headline.text_content());
            if let Some(live) = by_id(id::TIMELINE_LIVE) {
                live.set_text_content(headline.as_deref());
            }
        }
        step_buttons(entry.as_ref(), id::TIMELINE_EARLIER, id::TIMELINE_LATER);
        previous = current;
    });
}

/// Keys on the track, clicks on marks and the step buttons, and swipes over the track.
pub fn on_event(reader: Reader, event: &Event) {
    match event.type_().as_str() {
        "keydown" => {
            let Some(key) = event.dyn_ref::<KeyboardEvent>() else {
                return;
            };
            if closest(event, &format!("#{}", id::TIMELINE_TRACK)).is_none() {
                return;
            }
            match key.key().as_str() {
                "ArrowRight" | "ArrowDown" => reader.step_event(1),
                "ArrowLeft" | "ArrowUp" => reader.step_event(-1),
                "Home" => reader.select_event_at(0),
                "End" => reader.select_event_at(usize::MAX),
                "Enter" | " " => reader.select_event_at(reader.event_index().unwrap_or(0)),
                #[cfg(feature = "zoom")]
                key if zoom::on_key(reader, key) => {}
                _ => return,
            }
            event.prevent_default();
        }
        "click" => {
            #[cfg(feature = "zoom")]
            if zoom::on_click(reader, event) {
                return;
            }
            if let Some(mark) = closest(event, &format!(".{}", class::TRACK_MARK)) {
                event.prevent_default();
                if let Some(event_id) = mark.id().strip_prefix("tl-") {
                    let index = reader
                        .catalog
                        .with_value(|catalog| catalog.events.iter().position(|id| id == event_id));
                    if let Some(index) = index {
                        reader.select_event_at(index);
                    }
                }
            } else if let Some(button) = closest(event, ".ex-tl-detail__nav button") {
                reader.step_event(if button.id() == id::TIMELINE_EARLIER {
                    -1
                } else {
                    1
                });
            }
        }
        // One finger swiping sideways over the visual timeline steps through the events;
        // a second finger (zooming) cancels the gesture. Over the box the track zooms in,
        // the browser may pan, and cancels the pointer: there `zoom` reads the swipe from
        // touch events.
        "pointerdown" => {
            let Some(pointer) = event.dyn_ref::<PointerEvent>() else {
                return;
            };
            let start = (pointer.is_primary()
                && pointer.pointer_type() != "mouse"
                && closest(event, &format!(".{}", class::TIMELINE_VISUAL)).is_some()
                && !(cfg!(feature = "zoom")
                    && closest(event, &format!("#{}", id::TIMELINE_SCROLL)).is_some()))
            .then(|| (pointer.pointer_id(), pointer.client_x(), pointer.client_y()));
            SWIPE.with(|swipe| swipe.set(start));
        }
        "pointerup" => {
            let Some(pointer) = event.dyn_ref::<PointerEvent>() else {
                return;
            };
            if let Some((id, x, y)) = SWIPE.with(|swipe| swipe.take()) {
                if id == pointer.pointer_id() {
                    swiped(reader, pointer.client_x() - x, pointer.client_y() - y);
                }
            }
        }
        "pointercancel" => SWIPE.with(|swipe| swipe.set(None)),
        _ => {}
    }
}
