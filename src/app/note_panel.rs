//! The panel that shows the open editorial note beside (or below) the text.

use leptos::prelude::*;

use super::state::{Opener, ReaderState};
use super::{by_id, set_attr};
use crate::content::{marker_id, NoteId, Page};

/// The panel's element id, which markers name in `aria-controls`.
pub const PANEL_ID: &str = "ex-note-panel";
/// The id of the panel's heading (in the note's markup, see [`crate::content::NoteCard`]).
const TITLE_ID: &str = "ex-note-panel-title";

/// The open note as a non-modal dialog. Opening moves focus to its heading; Escape or
/// the close button closes it and returns focus to the marker that opened it.
#[component]
pub fn NotePanel(
    /// The compiled content.
    page: &'static Page,
) -> impl IntoView {
    let state = expect_context::<ReaderState>();
    let note = Memo::new(move |_| {
        state
            .open_note
            .get()
            .filter(|id| page.note(id.as_str()).is_some())
    });
    let total = page.notes.len();

    // Focus follows the panel: into it on open, back to the opener on close.
    Effect::new(move |previous: Option<Option<NoteId>>| {
        let current = note.get();
        let opener = state.opener.get_untracked();
        match (&previous, &current) {
            (_, Some(id)) if previous.as_ref() != Some(&current) => {
                let link = opener == Some(Opener::Link);
                let first_marker = marker_id(id, 1);
                let opener_id = match &opener {
                    Some(Opener::Marker(marker)) => Some(marker.clone()),
                    _ => None,
                };
                request_animation_frame(move || {
                    if link {
                        scroll_to(&first_marker);
                    } else if let Some(marker) = opener_id {
                        keep_clear_of_panel(&marker);
                    }
                    // After a link, the text has just scrolled to the passage: keep it there.
                    focus_by_id(TITLE_ID, link);
                });
            }
            (Some(Some(closed)), None) => {
                let target = match opener {
                    Some(Opener::Marker(marker)) => marker,
                    _ => marker_id(closed, 1),
                };
                request_animation_frame(move || focus_by_id(&target, false));
            }
            _ => {}
        }
        current
    });

    // Heading and body are markup made at build time; the buttons say where stepping can go.
    Effect::new(move |_| {
        let open = note.get().and_then(|id| page.note(id.as_str()));
        set_attr(by_id(PANEL_ID), "hidden", open.is_none().then_some(""));
        if let (Some(note), Some(content)) = (open, by_id(CONTENT_ID)) {
            content.set_inner_html(
                &[
                    &*note.head,
                    "<div class=\"ex-note__body\">",
                    &note.body,
                    "</div>",
                ]
                .concat(),
            );
        }
        let number = open.map_or(0, |note| usize::from(note.number));
        for (id, off) in [(PREVIOUS_ID, number <= 1), (NEXT_ID, number >= total)] {
            set_attr(by_id(id), "disabled", off.then_some(""));
        }
    });

    let on_click = move |event: leptos::ev::MouseEvent| {
        use leptos::wasm_bindgen::JsCast;
        let id = event
            .target()
            .and_then(|target| target.dyn_into::<leptos::web_sys::Element>().ok())
            .and_then(|element| element.closest("button").ok().flatten())
            .map(|button| button.id());
        match id.as_deref() {
            Some(CLOSE_ID) => state.close(),
            Some(PREVIOUS_ID) => state.step(-1),
            Some(NEXT_ID) => state.step(1),
            _ => {}
        }
    };

    view! {
        <div
            class="ex-note-panel"
            id=PANEL_ID
            role="dialog"
            aria-modal="false"
            aria-labelledby="ex-note-panel-title"
            hidden=""
            on:click=on_click
            inner_html=SHELL
        ></div>
    }
}

/// The panel's inside; the open note's heading and body go into `#ex-note-panel-content`.
const SHELL: &str = concat!(
    r#"<button type="button" class="ex-note-panel__close" id="ex-note-close" aria-label="Close note"><span aria-hidden="true">×</span></button>"#,
    r#"<div id="ex-note-panel-content"></div>"#,
    r#"<nav class="ex-note-panel__nav" aria-label="Editorial notes">"#,
    r#"<button type="button" class="ex-button" id="ex-note-previous" disabled="">Previous note</button>"#,
    r#"<button type="button" class="ex-button" id="ex-note-next" disabled="">Next note</button>"#,
    "</nav>"
);
const CLOSE_ID: &str = "ex-note-close";
const CONTENT_ID: &str = "ex-note-panel-content";
const PREVIOUS_ID: &str = "ex-note-previous";
const NEXT_ID: &str = "ex-note-next";

/// On small screens the panel is a sheet over the lower part of the screen: if it now
/// covers the marker that opened it, scroll just enough to show the marker above it.
fn keep_clear_of_panel(marker_id: &str) {
    let document = document();
    let (Some(marker), Some(panel)) = (
        document.get_element_by_id(marker_id),
        document.get_element_by_id(PANEL_ID),
    ) else {
        return;
    };
    let marker = marker.get_bounding_client_rect();
    let panel = panel.get_bounding_client_rect();
    let overlap = marker.bottom() - panel.top();
    // Only when the panel overlays the text (a sheet), not when it sits beside it.
    let overlays = panel.left() < marker.right() && panel.right() > marker.left();
    if overlays && overlap > -8.0 {
        window().scroll_by_with_x_and_y(0.0, overlap + 16.0);
    }
}

fn focus_by_id(id: &str, prevent_scroll: bool) {
    use leptos::wasm_bindgen::JsCast;
    if let Some(element) = document()
        .get_element_by_id(id)
        .and_then(|element| element.dyn_into::<leptos::web_sys::HtmlElement>().ok())
    {
        let options = leptos::web_sys::FocusOptions::new();
        options.set_prevent_scroll(prevent_scroll);
        let _ = element.focus_with_options(&options);
    }
}

/// Brings an element into view (smoothly, unless the reader asked for less motion).
fn scroll_to(id: &str) {
    if let Some(element) = document().get_element_by_id(id) {
        super::scroll_into_view(&element, leptos::web_sys::ScrollLogicalPosition::Start);
    }
}
