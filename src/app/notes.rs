//! Editorial notes: the body shared by the panel and the list, and the full list.

use leptos::prelude::*;

use super::state::ReaderState;
use crate::content::{Exhibit, Note};

/// The HTML id of a source's entry in the Sources list.
pub fn source_anchor(id: &str) -> String {
    format!("source-{id}")
}

/// What a note says: the passage, the finding, the correction, disagreements, sources.
#[component]
pub fn NoteBody(
    /// The validated content.
    exhibit: &'static Exhibit,
    /// The note to show.
    note: &'static Note,
) -> impl IntoView {
    let passages = note
        .passages
        .iter()
        .take(1) // every occurrence of a note concerns the same words
        .map(|passage| {
            let edit = passage.edit.clone().map(|edit| {
                view! {
                    <p class="ex-note__passage ex-note__passage--edited">
                        <span class="ex-note__label">"Edited reading: "</span>
                        <q>{edit}</q>
                    </p>
                }
            });
            view! {
                <p class="ex-note__passage">
                    <span class="ex-note__label">"In the text: "</span>
                    <q>{passage.original.clone()}</q>
                </p>
                {edit}
            }
        })
        .collect_view();
    let correction = note.correction.clone().map(|text| {
        view! {
            <p class="ex-note__correction">
                <strong class="ex-note__label">"Correction: "</strong>
                {text}
            </p>
        }
    });
    let differ = note.sources_differ.clone().map(|text| {
        view! {
            <p class="ex-note__differ">
                <strong class="ex-note__label">
                    <span aria-hidden="true">"⚠ "</span>
                    "Sources differ: "
                </strong>
                {text}
            </p>
        }
    });
    let sources = (!note.sources.is_empty()).then(|| {
        let items = note
            .sources
            .iter()
            .filter_map(|id| exhibit.source(id.as_str()))
            .map(|source| {
                view! {
                    <li>
                        <a href=format!("#{}", source_anchor(source.id.as_str()))>{source.short.clone()}</a>
                    </li>
                }
            })
            .collect_view();
        view! {
            <div class="ex-note__sources">
                <span class="ex-note__label">"Sources: "</span>
                <ul>{items}</ul>
            </div>
        }
    });
    view! {
        <div class="ex-note__body">
            {passages}
            <p class="ex-note__finding">{note.finding.clone()}</p>
            {correction}
            {differ}
            {sources}
        </div>
    }
}

/// The verdict as a small labelled badge.
#[component]
pub fn VerdictBadge(
    /// The note whose verdict to show.
    note: &'static Note,
) -> impl IntoView {
    view! {
        <span class="ex-verdict" data-verdict=note.verdict.key()>
            {note.verdict.label()}
        </span>
    }
}

/// Every editorial note in order: the complete apparatus, for reading straight through,
/// for screen readers and for print.
#[component]
pub fn NotesList(
    /// The validated content.
    exhibit: &'static Exhibit,
) -> impl IntoView {
    let state = expect_context::<ReaderState>();
    let items = exhibit
        .notes
        .iter()
        .map(|note| {
            let note_id = note.id.clone();
            view! {
                <li class="ex-endnote" id=format!("note-{}", note.id)>
                    <h3 class="ex-endnote__title">
                        <span class="ex-endnote__number">{note.number}". "</span>
                        {note.title.clone()}
                    </h3>
                    <VerdictBadge note=note />
                    <NoteBody exhibit=exhibit note=note />
                    <button
                        type="button"
                        class="ex-endnote__show"
                        on:click=move |_| state.open_from_link(&note_id)
                    >
                        "Show in the text"
                        <span class="ex-vh">": note "{note.number}</span>
                    </button>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="ex-endnotes" id="notes" aria-labelledby="notes-title">
            <h2 id="notes-title">"Editorial notes"</h2>
            <ol class="ex-endnotes__list">{items}</ol>
        </section>
    }
}
