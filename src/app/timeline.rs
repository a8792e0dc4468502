//! The timeline page: a track scaled by time that is one tab stop (a listbox of events),
//! the selected event's details, and the list of every event, which is what screen
//! readers read through, what the list view shows and what prints.
//!
//! The track's markup is laid out at build time for every width class
//! ([`crate::content::page::TRACK_WIDTHS`], by [`crate::timeline_layout`]); the stylesheet
//! picks the rows that fit. This component adds selection: keys, clicks, one-finger
//! swipes, the details and the live region.

use leptos::prelude::*;

use super::state::{ReaderState, TIMELINE_TRACK_ID};
use crate::content::Page;

/// A horizontal movement at least this long (and mostly sideways) is a swipe, in pixels.
const SWIPE_PX: i32 = 40;

/// The timeline page.
#[component]
pub fn TimelineView(
    /// The compiled content.
    page: &'static Page,
) -> impl IntoView {
    let state = expect_context::<ReaderState>();
    let timeline = &page.timeline;
    let events = &timeline.events;
    let selected = move || state.event.get().and_then(|index| events.get(index));
    let step = move |by: isize| {
        let next = match state.event.get_untracked() {
            None => 0,
            Some(index) => index.saturating_add_signed(by),
        };
        state.select_event(next);
    };

    // The marks are static markup: mark the selected one.
    Effect::new(move |previous: Option<Option<usize>>| {
        let current = state.event.get();
        for (index, value) in [(previous.flatten(), "false"), (current, "true")] {
            if let Some(mark) = index
                .and_then(|index| events.get(index))
                .and_then(|event| document().get_element_by_id(&format!("tl-{}", event.id)))
            {
                let _ = mark.set_attribute("aria-selected", value);
            }
        }
        current
    });

    let on_keydown = move |event: leptos::ev::KeyboardEvent| {
        let current = state.event.get_untracked();
        match event.key().as_str() {
            "ArrowRight" | "ArrowDown" => step(1),
            "ArrowLeft" | "ArrowUp" => step(-1),
            "Home" => state.select_event(0),
            "End" => state.select_event(events.len()),
            "Enter" | " " => state.select_event(current.unwrap_or(0)),
            _ => return,
        }
        event.prevent_default();
    };
    let on_click = move |event: leptos::ev::MouseEvent| {
        use leptos::wasm_bindgen::JsCast;
        if let Some(index) = event
            .target()
            .and_then(|target| target.dyn_into::<leptos::web_sys::Element>().ok())
            .and_then(|element| element.closest("[role=option]").ok().flatten())
            .and_then(|mark| timeline.index(mark.id().strip_prefix("tl-")?))
        {
            state.select_event(index);
        }
    };

    // One finger swiping sideways steps through the events; a second finger (zooming)
    // cancels the gesture.
    let swipe = StoredValue::new(None::<(i32, i32, i32)>);
    let on_pointerdown = move |event: leptos::ev::PointerEvent| {
        let start = (event.is_primary() && event.pointer_type() != "mouse")
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

    let detail = move || {
        selected().map_or(
            "<p class=\"ex-tl-detail__prompt\">Choose an event: click or tap a mark, use the arrow keys, or swipe.</p>",
            |event| &*event.body,
        )
    };

    view! {
        <section class="ex-timeline" id="timeline" aria-labelledby="timeline-title">
            <h1 class="ex-timeline__title" id="timeline-title" tabindex="-1">
                "Timeline, "{&*timeline.years}
            </h1>
            <p class="ex-timeline__intro">
                {events.len()}
                " events from the first camps to the memory of the Gulag today. A dashed edge marks an uncertain date; a bar covers a month, a year or a span."
            </p>
            <div class="ex-settings" inner_html=&*timeline.settings></div>
            <div
                class="ex-tl-visual"
                hidden=move || state.event_list.get()
                on:pointerdown=on_pointerdown
                on:pointerup=on_pointerup
                on:pointercancel=move |_| swipe.set_value(None)
            >
                <div
                    class="ex-tl-track"
                    id=TIMELINE_TRACK_ID
                    role="listbox"
                    tabindex="0"
                    aria-label=format!("Events, {}", timeline.years)
                    aria-describedby="ex-tl-help"
                    aria-activedescendant=move || selected().map(|event| format!("tl-{}", event.id))
                    on:keydown=on_keydown
                    on:click=on_click
                    inner_html=&*timeline.track
                ></div>
                <p class="ex-vh" id="ex-tl-help">
                    "Arrow keys move from event to event; Home and End go to the first and last."
                </p>
                <p class="ex-vh" aria-live="polite">{move || selected().map(|event| event.headline.clone())}</p>
                <article class="ex-tl-detail" aria-labelledby="ex-tl-detail-title">
                    <h2 class="ex-vh" id="ex-tl-detail-title">"Selected event"</h2>
                    <div inner_html=detail></div>
                    <nav class="ex-tl-detail__nav" aria-label="Timeline events">
                        <button
                            type="button"
                            class="ex-button"
                            disabled=move || { state.event.get().is_none_or(|index| index == 0) }
                            on:click=move |_| step(-1)
                        >
                            "Earlier event"
                        </button>
                        <button
                            type="button"
                            class="ex-button"
                            disabled=move || { state.event.get().is_some_and(|index| index + 1 >= events.len()) }
                            on:click=move |_| step(1)
                        >
                            "Later event"
                        </button>
                    </nav>
                </article>
            </div>
            <section
                class="ex-tl-all"
                aria-labelledby="ex-tl-all-title"
                data-visible=move || if state.event_list.get() { "true" } else { "false" }
            >
                <h2 class="ex-tl-all__title" id="ex-tl-all-title">"All events"</h2>
                <div inner_html=page.fill(&timeline.list)></div>
            </section>
        </section>
    }
}
