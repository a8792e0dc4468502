//! The essay text with its marked passages and note markers.

use leptos::prelude::*;

use super::glossary::{term_events, TermMark};
use super::state::ReaderState;
use crate::content::{BlockKind, Inline, NotedSpan, Page};
use crate::url_state::Reading;

/// The essay as an article: the original's paragraphs, then the editors' remarks.
#[component]
pub fn EssayView(
    /// The compiled content.
    page: &'static Page,
) -> impl IntoView {
    let state = expect_context::<ReaderState>();
    let blocks = page
        .blocks
        .iter()
        .map(|block| match block.kind {
            BlockKind::Paragraph => view! {
                <p class="ex-essay__para" id=block.anchor.clone() tabindex="-1">{inline_view(page, &block.content)}</p>
            }
            .into_any(),
            BlockKind::Editorial => view! {
                <p class="ex-essay__editorial" id=block.anchor.clone() tabindex="-1">
                    <span class="ex-essay__editorial-label">"Editors’ note: "</span>
                    {inline_view(page, &block.content)}
                </p>
            }
            .into_any(),
        })
        .collect_view();
    view! {
        <article class="ex-essay" id="essay" aria-labelledby="essay-title" tabindex="-1">
            <h2 class="ex-essay__title" id="essay-title">"The essay"</h2>
            <div class="ex-settings" inner_html=page.essay_settings.clone()></div>
            <div
                class="ex-essay__text"
                on:pointerdown=move |e| term_events(state, e.into())
                on:pointerover=move |e| term_events(state, e.into())
                on:pointerout=move |e| term_events(state, e.into())
                on:focusin=move |e| term_events(state, e.into())
                on:focusout=move |e| term_events(state, e.into())
                on:click=move |e| term_events(state, e.into())
            >
                {blocks}
            </div>
        </article>
    }
}

/// Inline content, recursively: plain text, noted passages and glossary terms.
fn inline_view(page: &'static Page, content: &'static [Inline]) -> AnyView {
    content
        .iter()
        .map(|inline| match inline {
            Inline::Text(text) => text.clone().into_any(),
            Inline::Noted(span) => view! { <NotedPassage page=page span=span /> }.into_any(),
            Inline::Term(span) => view! { <TermMark page=page span=span /> }.into_any(),
            // A date or event the timeline shows: the link selects it there.
            Inline::Event(span) => view! {
                <a
                    class="ex-event-link"
                    href=format!("#event={}", span.event)
                    data-event=span.event.to_string()
                >
                    {span.text.clone()}
                </a>
            }
            .into_any(),
        })
        .collect_view()
        .into_any()
}

/// A passage an editorial note is about, followed by the note's marker.
#[component]
fn NotedPassage(
    /// The compiled content.
    page: &'static Page,
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
        (Reading::Edited, Some(edit)) => inline_view(page, edit),
        _ => inline_view(page, &span.original),
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
