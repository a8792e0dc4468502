//! The timeline page: a track scaled by time that is one tab stop (a listbox of events),
//! the selected event's details, and the list of every event, which is what screen
//! readers read through, what the list view shows and what prints.
//!
//! All of it is markup made at build time ([`crate::content::page`]; the track is laid out
//! for every width class by [`crate::timeline_layout`] and the stylesheet picks the rows
//! that fit). This component adds selection: keys, clicks, one-finger swipes, and one
//! effect that shows the selected event (details, live region, `aria-selected`,
//! `aria-activedescendant`, the Earlier and Later buttons). Handlers are delegated to the
//! section and effects set attributes on its static markup: measured, the same timeline
//! built from Leptos elements cost 7 KB gzip of WASM.

use leptos::prelude::*;
use leptos::wasm_bindgen::JsCast;
use leptos::web_sys::Element;

use super::state::{ReaderState, TIMELINE_TRACK_ID};
use super::{by_id, set_attr};
use crate::content::Page;

/// A horizontal movement at least this long (and mostly sideways) is a swipe, in pixels.
const SWIPE_PX: i32 = 40;

/// The element an event happened on, or its nearest ancestor matching `selector`.
fn target_closest(event: &leptos::web_sys::Event, selector: &str) -> Option<Element> {
    event
        .target()?
        .dyn_into::<Element>()
        .ok()?
        .closest(selector)
        .ok()
        .flatten()
}

/// The timeline page.
#[component]
pub fn TimelineView(
    /// The compiled content.
    page: &'static Page,
) -> impl IntoView {
    let state = expect_context::<ReaderState>();
    let timeline = &page.timeline;
    let events = &timeline.events;
    let step = move |by: isize| {
        let next = match state.event.get_untracked() {
            None => 0,
            Some(index) => index.saturating_add_signed(by),
        };
        state.select_event(next);
    };

    // The selected event: its mark, the track's active option, the live region, the
    // details and the Earlier and Later buttons.
    Effect::new(move |previous: Option<Option<usize>>| {
        let current = state.event.get();
        let mark = |index: Option<usize>| {
            index
                .and_then(|index| events.get(index))
                .and_then(|event| by_id(&format!("tl-{}", event.id)))
        };
        set_attr(mark(previous.flatten()), "aria-selected", Some("false"));
        set_attr(mark(current), "aria-selected", Some("true"));
        let event = current.and_then(|index| events.get(index));
        set_attr(
            by_id(TIMELINE_TRACK_ID),
            "aria-activedescendant",
            event.map(|event| format!("tl-{}", event.id)).as_deref(),
        );
        if let Some(event) = event {
            if let Some(live) = by_id("ex-tl-live") {
                live.set_text_content(Some(&event.headline));
            }
            if let Some(body) = by_id("ex-tl-detail-body") {
                body.set_inner_html(&event.body);
            }
        }
        let first = current.is_none_or(|index| index == 0);
        let last = current.is_some_and(|index| index + 1 >= events.len());
        set_attr(by_id("ex-tl-earlier"), "disabled", first.then_some(""));
        set_attr(by_id("ex-tl-later"), "disabled", last.then_some(""));
        current
    });
    // The list view shows every event instead of the track.
    Effect::new(move |_| {
        let list = state.event_list.get();
        set_attr(
            document().query_selector(".ex-tl-visual").ok().flatten(),
            "hidden",
            list.then_some(""),
        );
        set_attr(
            document().query_selector(".ex-tl-all").ok().flatten(),
            "data-visible",
            Some(if list { "true" } else { "false" }),
        );
    });

    let on_keydown = move |event: leptos::ev::KeyboardEvent| {
        if target_closest(&event, &format!("#{TIMELINE_TRACK_ID}")).is_none() {
            return;
        }
        match event.key().as_str() {
            "ArrowRight" | "ArrowDown" => step(1),
            "ArrowLeft" | "ArrowUp" => step(-1),
            "Home" => state.select_event(0),
            "End" => state.select_event(events.len()),
            "Enter" | " " => state.select_event(state.event.get_untracked().unwrap_or(0)),
            _ => return,
        }
        event.prevent_default();
    };
    let on_click = move |event: leptos::ev::MouseEvent| {
        if let Some(index) = target_closest(&event, "[role=option]")
            .and_then(|mark| timeline.index(mark.id().strip_prefix("tl-")?))
        {
            state.select_event(index);
        } else if let Some(button) = target_closest(&event, ".ex-tl-detail__nav button") {
            step(if button.id() == "ex-tl-earlier" {
                -1
            } else {
                1
            });
        }
    };

    // One finger swiping sideways over the visual timeline steps through the events; a
    // second finger (zooming) cancels the gesture.
    let swipe = StoredValue::new(None::<(i32, i32, i32)>);
    let on_pointerdown = move |event: leptos::ev::PointerEvent| {
        let start = (event.is_primary()
            && event.pointer_type() != "mouse"
            && target_closest(&event, ".ex-tl-visual").is_some())
        .then(|| (event.pointer_id(), event.client_x(), event.client_y()));
        swipe.set_value(start);
    };
    let on_pointerup = move |event: leptos::ev::PointerEvent| {
        if let Some((id, x, y)) = swipe.get_value() {
            swipe.set_value(None);
            let (dx, dy) = (event.client_x() - x, event.client_y() - y);
            if id == event.pointer_id() && dx.abs() >= SWIPE_PX && dx.abs() > 2 * dy.abs() {
                step(if dx < 0 { 1 } else { -1 });
            }
        }
    };

    view! {
        <section
            class="ex-timeline"
            id="timeline"
            aria-labelledby="timeline-title"
            on:keydown=on_keydown
            on:click=on_click
            on:pointerdown=on_pointerdown
            on:pointerup=on_pointerup
            on:pointercancel=move |_| swipe.set_value(None)
            inner_html=page.fill(&timeline.section)
        ></section>
    }
}
