//! The essay: markup made at build time (both readings, note markers, glossary marks and
//! their cards, see [`crate::content::page`]). This view handles its clicks and keeps the
//! markup's ARIA state in step with the reader's state.

use leptos::prelude::*;

use super::glossary::term_events;
use super::listen;
use super::state::ReaderState;
use crate::content::{NoteId, Page};

/// The essay as an article: the original's paragraphs, then the editors' remarks.
#[component]
pub fn EssayView(
    /// The compiled content.
    page: &'static Page,
) -> impl IntoView {
    let state = expect_context::<ReaderState>();
    // The open note's markers say so, and its passage is marked.
    Effect::new(move |previous: Option<Option<NoteId>>| {
        let current = state.open_note.get();
        for (note, open) in [(previous.flatten(), "false"), (current.clone(), "true")] {
            if let Some(note) = note {
                set_all(
                    &format!("button.ex-marker[data-note=\"{note}\"]"),
                    "aria-expanded",
                    open,
                );
                set_all(
                    &format!(".ex-noted[data-note=\"{note}\"]"),
                    "data-active",
                    open,
                );
            }
        }
        current
    });
    // One listener for every event the text's markers and glossary marks answer.
    listen(
        state,
        TEXT_ID,
        &[
            "click",
            "pointerdown",
            "pointerover",
            "pointerout",
            "focusin",
            "focusout",
        ],
        on_text_event,
    );
    view! {
        <article class="ex-essay" id="essay" aria-labelledby="essay-title" tabindex="-1">
            <h2 class="ex-essay__title" id="essay-title">"The essay"</h2>
            <div class="ex-settings" inner_html=&*page.essay_settings></div>
            <div class="ex-essay__text" id=TEXT_ID inner_html=page.fill(&page.essay)></div>
        </article>
    }
}

/// The element id of the essay's text.
const TEXT_ID: &str = "essay-text";

/// A click on a note marker opens (or closes) its note; everything else is for the
/// glossary marks.
fn on_text_event(state: ReaderState, event: leptos::web_sys::Event) {
    use leptos::wasm_bindgen::JsCast;
    let marker = (event.type_() == "click")
        .then(|| event.target())
        .flatten()
        .and_then(|target| target.dyn_into::<leptos::web_sys::Element>().ok())
        .and_then(|element| element.closest("button.ex-marker").ok().flatten());
    match marker.and_then(|marker| Some((marker.get_attribute("data-note")?, marker.id()))) {
        Some((note, marker)) => state.toggle_from_marker(&NoteId(note), marker),
        None => term_events(state, event),
    }
}

/// Sets an attribute on every element a selector matches.
pub(super) fn set_all(selector: &str, name: &str, value: &str) {
    use leptos::wasm_bindgen::JsCast;
    let Ok(found) = document().query_selector_all(selector) else {
        return;
    };
    for index in 0..found.length() {
        if let Some(element) = found
            .item(index)
            .and_then(|node| node.dyn_into::<leptos::web_sys::Element>().ok())
        {
            let _ = element.set_attribute(name, value);
        }
    }
}
