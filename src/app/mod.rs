//! The app's frame: it takes over the page the server sent, reads the address, and turns
//! the reader's clicks, keys, taps and swipes into state that the features show.
//!
//! Every view arrives complete from the build (see `exhibit-content`), so nothing is
//! rendered here. Starting adds roles and states to the markup that only make sense with
//! the app running (a track that is a listbox, markers that open a panel), reads the ids
//! the page holds ([`catalog`]), and attaches one listener per kind of event to the
//! document, which hands each event to the feature it concerns. Those listeners outlive
//! the views that are swapped in and out ([`pages`]).

pub mod address;
mod boot;
pub mod catalog;
pub mod dom;
pub mod pages;
pub mod prelude;
pub mod state;

use crate::app::prelude::*;
use exhibit_dom::url::{Mode, Request};
use exhibit_dom::{attr, id, View};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{Element, Event, ScrollLogicalPosition};

use dom::{by_id, focus, scroll_into_view};
use pages::History;
use state::{Reader, Scroll};

pub use boot::run;

/// The events the app listens to, all on the document.
const EVENTS: [&str; 10] = [
    "click",
    "keydown",
    "change",
    "pointerdown",
    "pointerup",
    "pointercancel",
    "pointerover",
    "pointerout",
    "focusin",
    "focusout",
];

/// Takes over the page, and returns the reader's state; `None` if this is not one of the
/// exhibit's pages.
pub fn start() -> Option<Reader> {
    let app = by_id(id::APP)?;
    let view = app
        .get_attribute(attr::VIEW)
        .and_then(|key| View::from_key(&key))?;
    let location = window().location();
    let mode = Mode::from_query(&location.search().unwrap_or_default());
    if let Some(root) = document().document_element() {
        let _ = root.set_attribute("data-mode", mode.key());
    }
    pages::init_root(view);
    let reader = Reader::new(view);
    crate::essay::attach(reader);
    crate::glossary::attach(reader);
    crate::timeline::attach(reader);
    crate::map::attach(reader);
    crate::embed::attach(reader, mode);
    #[cfg(feature = "kiosk")]
    if mode == Mode::Kiosk {
        crate::kiosk::attach(reader);
    }
    reveal(reader);
    listen(reader);
    // What the address asks for (an old-style one is rewritten).
    let request = Request::parse(
        view,
        &location.search().unwrap_or_default(),
        &location.hash().unwrap_or_default(),
    );
    let history = if request.legacy {
        History::Replace
    } else {
        History::Keep
    };
    spawn_local(async move {
        // Readying the markup and showing the address are tasks of their own: on a slow
        // phone one task for all of it blocked input for longer than 50 ms.
        next_task().await;
        enhance(reader, view, &app);
        next_task().await;
        pages::go(reader, request, history).await;
        address::sync(reader);
        // Said once the app has taken over and shown what the address asks for (tests and
        // measurements wait for it).
        if let Some(root) = document().document_element() {
            let _ = root.set_attribute(attr::READY, "");
        }
    });
    Some(reader)
}

/// The mode the page runs in, as `<html data-mode>` says.
pub fn mode() -> Mode {
    let key = document()
        .document_element()
        .and_then(|root| root.get_attribute("data-mode"))
        .unwrap_or_default();
    Mode::from_query(&format!("mode={key}"))
}

/// Back to how a new visitor finds the exhibit (the kiosk's reset): the reader's state,
/// each feature's own state, and a new copy of the essay's page with every other view
/// forgotten. A feature that keeps state outside [`Reader`] resets it here.
pub async fn reset(reader: Reader) {
    reader.reset();
    crate::timeline::reset();
    pages::restart(reader, View::Essay).await;
}

/// Lets the browser run what is waiting (input, painting) before going on.
async fn next_task() {
    let promise = web_sys::js_sys::Promise::new(&mut |resolve, _| {
        let _ = window().set_timeout_with_callback(&resolve);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// Readies a view's markup for the app: the ids it holds, and the roles and states that
/// only make sense while the app runs. Safe to repeat.
pub fn enhance(reader: Reader, view: View, root: &Element) {
    reader
        .catalog
        .update_value(|catalog| catalog.read(view, root));
    crate::embed::enhance(root);
    #[cfg(feature = "kiosk")]
    if mode() == Mode::Kiosk {
        crate::kiosk::enhance(root);
    }
    match view {
        View::Essay => crate::essay::enhance(reader, root),
        View::Timeline => crate::timeline::enhance(reader, root),
        View::Glossary | View::Figures => {}
    }
}

/// One listener per kind of event, on the document: each feature takes what concerns it,
/// and a click that none took may be a link to follow inside the page.
fn listen(reader: Reader) {
    let callback = Closure::<dyn Fn(Event)>::new(move |event: Event| {
        crate::essay::on_event(reader, &event);
        crate::glossary::on_event(reader, &event);
        crate::timeline::on_event(reader, &event);
        if event.type_() == "click" && !event.default_prevented() {
            follow_link(reader, &event);
        }
    });
    for kind in EVENTS {
        let _ =
            document().add_event_listener_with_callback(kind, callback.as_ref().unchecked_ref());
    }
    // The document lives as long as the app, and so does its listener.
    callback.forget();
}

/// A link to a view of the exhibit is followed inside the page, unless the reader asked
/// for a new tab or window, or it is a plain anchor on this view (which the browser
/// scrolls to itself).
fn follow_link(reader: Reader, event: &Event) {
    let Some(link) = dom::closest(event, "a[href]") else {
        return;
    };
    if let Some(click) = event.dyn_ref::<web_sys::MouseEvent>() {
        if click.button() != 0
            || click.ctrl_key()
            || click.meta_key()
            || click.shift_key()
            || click.alt_key()
        {
            return;
        }
    }
    if link.has_attribute("download")
        || link
            .get_attribute("target")
            .is_some_and(|target| target != "_self")
    {
        return;
    }
    let Some(request) = link
        .get_attribute("href")
        .and_then(|href| pages::request_for(&href))
    else {
        return;
    };
    let same_view = request.view == reader.view.get_untracked();
    if same_view && matches!(request.target, exhibit_dom::url::Target::Anchor(_)) {
        return;
    }
    event.prevent_default();
    spawn_local(pages::go(reader, request, History::Push));
}

/// Runs `effect` now and again whenever a signal it reads changes (a Leptos effect). Every
/// effect of the app goes through here, boxed, so that Leptos's effect machinery is
/// compiled once rather than once per effect (measured: 1.3 KB gzip less WASM).
pub fn watch(effect: impl FnMut() + 'static) {
    let effect: Box<dyn FnMut()> = Box::new(effect);
    Effect::new(effect);
}

/// After a link: bring its target into view and give it focus.
fn reveal(reader: Reader) {
    watch(move || {
        let Some(reveal) = reader.reveal.get() else {
            return;
        };
        request_animation_frame(move || {
            if let Some(element) = by_id(&reveal.id) {
                let block = match reveal.scroll {
                    Scroll::Centre => ScrollLogicalPosition::Center,
                    Scroll::Nearest => ScrollLogicalPosition::Nearest,
                };
                scroll_into_view(&element, block);
                focus(&element, true);
            }
            reader.reveal.set(None);
        });
    });
}
