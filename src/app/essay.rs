//! The essay text with its marked passages and note markers.

use leptos::prelude::*;

use super::state::ReaderState;
use crate::content::{BlockKind, Exhibit, Inline, NotedSpan};
use crate::url_state::Reading;

/// The essay as an article: the original's paragraphs, then the editors' remarks.
#[component]
pub fn EssayView(
    /// The validated content.
    exhibit: &'static Exhibit,
) -> impl IntoView {
    let blocks = exhibit
        .essay
        .blocks
        .iter()
        .map(|block| match block.kind {
            BlockKind::Paragraph => view! {
                <p class="ex-essay__para" id=block.anchor.clone()>{inline_view(&block.content)}</p>
            }
            .into_any(),
            BlockKind::Editorial => view! {
                <p class="ex-essay__editorial" id=block.anchor.clone()>
                    <span class="ex-essay__editorial-label">"Editors’ note: "</span>
                    {inline_view(&block.content)}
                </p>
            }
            .into_any(),
        })
        .collect_view();
    view! {
        <article class="ex-essay" id="essay" aria-labelledby="essay-title" tabindex="-1">
            <h2 class="ex-essay__title" id="essay-title">"The essay"</h2>
            <ReadingSwitch />
            <div class="ex-essay__text">{blocks}</div>
        </article>
    }
}

/// Inline content, recursively: plain text and noted passages.
fn inline_view(content: &'static [Inline]) -> AnyView {
    content
        .iter()
        .map(|inline| match inline {
            Inline::Text(text) => text.clone().into_any(),
            Inline::Noted(span) => view! { <NotedPassage span=span /> }.into_any(),
            // Glossary marks are validated content already; their cards are the next step.
            Inline::Term(span) => span.text.clone().into_any(),
            // Links to timeline events are validated content; the timeline's views come later.
            Inline::Event(span) => span.text.clone().into_any(),
        })
        .collect_view()
        .into_any()
}

/// A passage an editorial note is about, followed by the note's marker.
#[component]
fn NotedPassage(
    /// The marked span from the model.
    span: &'static NotedSpan,
) -> impl IntoView {
    let state = expect_context::<ReaderState>();
    let note_id = span.note.clone();
    let is_open = {
        let note_id = note_id.clone();
        Memo::new(move |_| state.open_note.with(|open| open.as_ref() == Some(&note_id)))
    };
    let changed = span.edit.is_some();
    let words = move || match (state.reading.get(), &span.edit) {
        (Reading::Edited, Some(edit)) => inline_view(edit),
        _ => inline_view(&span.original),
    };
    let marker = span.marker_id();
    let on_click = {
        let marker = marker.clone();
        move |_| state.toggle_from_marker(&note_id, marker.clone())
    };
    view! {
        <span
            class="ex-noted"
            data-note=span.note.to_string()
            data-changed=if changed { "true" } else { "false" }
            data-active=move || if is_open.get() { "true" } else { "false" }
        >
            {words}
        </span>
        <sup class="ex-marker-wrap">
            <button
                type="button"
                class="ex-marker"
                id=marker
                aria-haspopup="dialog"
                aria-controls=super::note_panel::PANEL_ID
                aria-expanded=move || if is_open.get() { "true" } else { "false" }
                on:click=on_click
            >
                <span class="ex-vh">"Editorial note "</span>
                {span.number}
            </button>
        </sup>
    }
}

/// Switches between the original and the edited reading.
#[component]
fn ReadingSwitch() -> impl IntoView {
    let state = expect_context::<ReaderState>();
    let option = move |reading: Reading, label: &'static str, hint: &'static str| {
        view! {
            <label class="ex-reading__option">
                <input
                    type="radio"
                    name="ex-reading"
                    value=reading.as_str()
                    prop:checked=move || state.reading.get() == reading
                    on:change=move |_| state.reading.set(reading)
                />
                <span class="ex-reading__label">{label}</span>
                <span class="ex-reading__hint">{hint}</span>
            </label>
        }
    };
    view! {
        <fieldset class="ex-reading">
            <legend class="ex-reading__legend">"Reading"</legend>
            {option(Reading::Original, "Original", "as written")}
            {option(Reading::Edited, "Edited", "errors of form fixed")}
        </fieldset>
    }
}
