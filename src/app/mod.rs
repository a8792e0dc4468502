//! The exhibit's views: thin Leptos components over the compiled content ([`Page`]).
//!
//! Static sections arrive as HTML made at build time and are placed as they are; the
//! components here add what changes: the essay's readings and marks, the note panel,
//! glossary cards and the URL. Rendering touches no browser API, so every component can
//! also render outside a browser; browser work (focus, scrolling, the URL) lives in
//! effects and handlers.

mod essay;
mod figures;
mod glossary;
mod note_panel;
mod state;
mod timeline;
mod url_sync;

pub use state::{Opener, ReaderState, TermKey, TermMarks};

use leptos::prelude::*;

use crate::content::Page;
use crate::term_cards::Event;
use crate::url_state::{Fragment, Mode, Reading, View};

/// The whole exhibit page.
#[component]
pub fn App(
    /// The validated content, compiled for display.
    page: &'static Page,
    /// Where the exhibit runs, read once from the query string.
    mode: Mode,
    /// The state a deep link asked for.
    #[prop(optional)]
    initial: Fragment,
) -> impl IntoView {
    let state = ReaderState::new(page, &initial);
    provide_context(state);
    url_sync::sync_url(state, mode);

    reveal_on_navigation(state);
    settings(state);
    glossary::sync_cards(state);

    // The root's attributes show the reading, page and marks chosen (see the stylesheet);
    // they are written once in the markup and kept in step by one effect.
    Effect::new(move |_| {
        let values = [
            ("data-reading", state.reading.get().as_str()),
            ("data-view", state.view.get().as_str()),
            ("data-marks", marks_key(state.marks.get())),
        ];
        if let Some(root) = document().get_element_by_id(ROOT_ID) {
            for (name, value) in values {
                let _ = root.set_attribute(name, value);
            }
        }
    });
    // One listener on the root for Escape and for the settings' radio buttons.
    listen(state, ROOT_ID, &["keydown", "change"], on_root_event);

    view! {
        <div
            class="ex-app"
            id=ROOT_ID
            data-mode=mode.as_str()
            data-reading=state.reading.get_untracked().as_str()
            data-view=state.view.get_untracked().as_str()
            data-marks=marks_key(state.marks.get_untracked())
        >
            <a class="ex-skip" href="#main">"Skip to the content"</a>
            <ExhibitNav />
            // Both pages are always there; `data-view` shows one (see the stylesheet).
            <header class="ex-title-page" inner_html=&*page.title_page></header>
            <main class="ex-layout" id="main">
                <essay::EssayView page=page />
                <note_panel::NotePanel page=page />
                <figures::Figures page=page />
                <div class="ex-back-matter" inner_html=page.fill(&page.back_matter)></div>
                <glossary::GlossaryPage page=page />
                <timeline::TimelineView page=page />
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

/// The element id of the app's root.
const ROOT_ID: &str = "ex-app";

/// Escape closes the innermost thing open: a glossary card first, then the note; a
/// change of a settings radio button sets what it names.
fn on_root_event(state: ReaderState, event: leptos::web_sys::Event) {
    use leptos::wasm_bindgen::JsCast;
    if event.type_() == "change" {
        settings_changed(state, &event);
        return;
    }
    let Some(key) = event.dyn_ref::<leptos::web_sys::KeyboardEvent>() else {
        return;
    };
    if key.key() != "Escape" {
        return;
    }
    if state.cards.with_untracked(|cards| cards.open().is_some()) {
        event.prevent_default();
        glossary::dispatch(state, Event::Escape);
    } else if state.open_note.with_untracked(Option::is_some) {
        event.prevent_default();
        state.close();
    }
}

/// The exhibit's pages: the essay, the timeline and the glossary. The links are static
/// markup; an effect marks the page being shown (`aria-current="page"`).
#[component]
fn ExhibitNav() -> impl IntoView {
    let state = expect_context::<ReaderState>();
    Effect::new(move |_| {
        let shown = state.view.get();
        for view in [View::Essay, View::Timeline, View::Glossary] {
            set_attr(
                query(&format!(".ex-nav__link[href=\"#view={}\"]", view.as_str())),
                "aria-current",
                (view == shown).then_some("page"),
            );
        }
    });
    view! {
        <nav class="ex-nav" aria-label="Exhibit">
            <ul>
                <li><a class="ex-nav__link" href="#view=essay">"The essay"</a></li>
                <li><a class="ex-nav__link" href="#view=timeline">"Timeline"</a></li>
                <li><a class="ex-nav__link" href="#view=glossary">"Glossary"</a></li>
            </ul>
        </nav>
    }
}

/// After a link: bring its target into view and give it focus; after a change of page,
/// focus the new page so keyboard and screen-reader users start there.
fn reveal_on_navigation(state: ReaderState) {
    Effect::new(move |previous: Option<View>| {
        let view = state.view.get();
        if previous.is_some_and(|previous| previous != view)
            && state.reveal.get_untracked().is_none()
        {
            let target = match view {
                View::Essay => "#essay",
                View::Glossary => "#glossary-title",
                View::Timeline => "#timeline-title",
            };
            request_animation_frame(move || {
                window().scroll_to_with_x_and_y(0.0, 0.0);
                focus_element(target, false);
            });
        }
        view
    });
    Effect::new(move |_| {
        if let Some(target) = state.reveal.get() {
            request_animation_frame(move || {
                if let Some(element) = query(&target) {
                    // Markup that sits right where the reader looks (a camp's details under
                    // the map) asks to scroll no further than needed; the rest is centred.
                    let block = if element.has_attribute("data-reveal-nearest") {
                        leptos::web_sys::ScrollLogicalPosition::Nearest
                    } else {
                        leptos::web_sys::ScrollLogicalPosition::Center
                    };
                    scroll_into_view(&element, block);
                }
                focus_element(&target, true);
                state.reveal.set(None);
            });
        }
    });

    // The passage a timeline event sent the reader to stays marked until the next link.
    mark_one(state.highlight, String::clone, "data-highlight");
    // The selected camp's pin is the current one, which also shows its details.
    mark_one(state.camp, |id| format!("#camp-pin-{id}"), "aria-current");
}

/// Keeps `attribute="true"` on the one element a signal names (through `selector`),
/// moving it whenever the signal changes.
fn mark_one(
    signal: RwSignal<Option<String>>,
    selector: fn(&String) -> String,
    attribute: &'static str,
) {
    Effect::new(move |previous: Option<Option<String>>| {
        let current = signal.get().map(|value| selector(&value));
        // Every page's markup is always in the document, so this need not wait for a render.
        if let Some(old) = previous.flatten().and_then(|old| query(&old)) {
            let _ = old.remove_attribute(attribute);
        }
        if let Some(new) = current.as_deref().and_then(query) {
            let _ = new.set_attribute(attribute, "true");
        }
        current
    });
}

/// The reader's settings are radio groups in static markup (see
/// [`crate::content::page::choice`]): a change sets the state it names…
fn settings_changed(state: ReaderState, event: &leptos::ev::Event) {
    use leptos::wasm_bindgen::JsCast;
    let Some(input) = event
        .target()
        .and_then(|target| target.dyn_into::<leptos::web_sys::HtmlInputElement>().ok())
    else {
        return;
    };
    match (input.name().as_str(), input.value().as_str()) {
        ("ex-reading", "original") => state.reading.set(Reading::Original),
        ("ex-reading", "edited") => state.reading.set(Reading::Edited),
        ("ex-term-marks", "first") => state.marks.set(TermMarks::First),
        ("ex-term-marks", "all") => state.marks.set(TermMarks::All),
        ("ex-term-marks", "none") => state.marks.set(TermMarks::None),
        ("ex-timeline-layout", value) => state.event_list.set(value == "list"),
        _ => {}
    }
}

/// …and whatever changes the state (a link, Back) checks the radio button that says so.
fn settings(state: ReaderState) {
    Effect::new(move |_| {
        let chosen = [
            ("ex-reading", state.reading.get().as_str()),
            ("ex-term-marks", marks_key(state.marks.get())),
            (
                "ex-timeline-layout",
                if state.event_list.get() {
                    "list"
                } else {
                    "track"
                },
            ),
        ];
        use leptos::wasm_bindgen::JsCast;
        for (name, value) in chosen {
            if let Some(input) = query(&format!("input[name=\"{name}\"][value=\"{value}\"]"))
                .and_then(|input| input.dyn_into::<leptos::web_sys::HtmlInputElement>().ok())
            {
                input.set_checked(true);
            }
        }
    });
}

/// How the root's `data-marks` and the settings name a choice of glossary marks.
fn marks_key(marks: TermMarks) -> &'static str {
    match marks {
        TermMarks::First => "first",
        TermMarks::All => "all",
        TermMarks::None => "none",
    }
}

/// Brings an element into view: smoothly, or at once when the reader asked for less motion.
fn scroll_into_view(
    element: &leptos::web_sys::Element,
    block: leptos::web_sys::ScrollLogicalPosition,
) {
    let reduce = window()
        .match_media("(prefers-reduced-motion: reduce)")
        .ok()
        .flatten()
        .is_some_and(|query| query.matches());
    let options = leptos::web_sys::ScrollIntoViewOptions::new();
    options.set_block(block);
    options.set_behavior(if reduce {
        leptos::web_sys::ScrollBehavior::Instant
    } else {
        leptos::web_sys::ScrollBehavior::Smooth
    });
    element.scroll_into_view_with_scroll_into_view_options(&options);
}

/// Sets an attribute, or removes it for `None` (nothing happens without an element).
fn set_attr(element: Option<leptos::web_sys::Element>, name: &str, value: Option<&str>) {
    if let Some(element) = element {
        let _ = match value {
            Some(value) => element.set_attribute(name, value),
            None => element.remove_attribute(name),
        };
    }
}

/// The element with this id, if it is in the document.
fn by_id(id: &str) -> Option<leptos::web_sys::Element> {
    document().get_element_by_id(id)
}

/// Once the view is mounted, sends every event of these types on the element with this id
/// to `handler`: one closure for them all, where a Leptos handler per type is code per type.
/// The element lives as long as the page, and so does the listener.
fn listen(
    state: ReaderState,
    id: &'static str,
    kinds: &'static [&'static str],
    handler: fn(ReaderState, leptos::web_sys::Event),
) {
    Effect::new(move |_| {
        use leptos::wasm_bindgen::{closure::Closure, JsCast};
        let Some(element) = by_id(id) else {
            return;
        };
        let callback =
            Closure::<dyn Fn(leptos::web_sys::Event)>::new(move |event| handler(state, event));
        for kind in kinds {
            let _ =
                element.add_event_listener_with_callback(kind, callback.as_ref().unchecked_ref());
        }
        callback.forget();
    });
}

/// The first element that matches a selector.
fn query(selector: &str) -> Option<leptos::web_sys::Element> {
    document().query_selector(selector).ok().flatten()
}

/// Focuses the element a selector names, optionally without scrolling to it.
fn focus_element(selector: &str, prevent_scroll: bool) {
    use leptos::wasm_bindgen::JsCast;
    if let Some(element) =
        query(selector).and_then(|element| element.dyn_into::<leptos::web_sys::HtmlElement>().ok())
    {
        let options = leptos::web_sys::FocusOptions::new();
        options.set_prevent_scroll(prevent_scroll);
        let _ = element.focus_with_options(&options);
    }
}
