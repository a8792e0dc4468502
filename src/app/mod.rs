//! The exhibit's views: thin Leptos components over the immutable content model.
//!
//! Rendering touches no browser API, so every component can also render outside a
//! browser; browser work (focus, scrolling, the URL) lives in effects and handlers.

mod essay;
mod header;
mod note_panel;
mod notes;
mod sources;
mod state;
mod url_sync;

pub use state::{Opener, ReaderState};

use leptos::prelude::*;

use crate::content::Exhibit;
use crate::url_state::{Fragment, Mode};

/// The whole exhibit page.
#[component]
pub fn App(
    /// The validated content.
    exhibit: &'static Exhibit,
    /// Where the exhibit runs, read once from the query string.
    mode: Mode,
    /// The state a deep link asked for.
    #[prop(optional)]
    initial: Fragment,
) -> impl IntoView {
    let state = ReaderState::new(exhibit, &initial);
    provide_context(state);
    url_sync::sync_url(state, mode);

    let on_keydown = move |event: leptos::ev::KeyboardEvent| {
        if event.key() == "Escape" && state.open_note.with_untracked(Option::is_some) {
            event.prevent_default();
            state.close();
        }
    };

    view! {
        <div
            class="ex-app"
            data-mode=mode.as_str()
            data-reading=move || state.reading.get().as_str()
            on:keydown=on_keydown
        >
            <a class="ex-skip" href="#essay">"Skip to the essay"</a>
            <header::TitlePage exhibit=exhibit />
            <main class="ex-layout" id="main">
                <essay::EssayView exhibit=exhibit />
                <note_panel::NotePanel exhibit=exhibit />
                <div class="ex-back-matter">
                    <notes::NotesList exhibit=exhibit />
                    <sources::SourcesList exhibit=exhibit />
                </div>
            </main>
            <footer class="ex-footer">
                <p>
                    "This edition shows the essay as it was handed to us and corrects it openly. "
                    "Every correction names its sources; where sources disagree, the note says so."
                </p>
            </footer>
        </div>
    }
}

/// Shown instead of the exhibit if its content cannot be read.
#[component]
pub fn ContentFailure(
    /// What went wrong, for the technical details.
    message: String,
) -> impl IntoView {
    view! {
        <div class="ex-app ex-failure" role="alert">
            <h1>"The exhibit could not be opened"</h1>
            <p>"Something went wrong while loading this exhibit. Please reload the page; if this keeps happening, tell a member of staff."</p>
            <details>
                <summary>"Technical details"</summary>
                <p>{message}</p>
            </details>
        </div>
    }
}
