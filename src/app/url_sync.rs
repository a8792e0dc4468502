//! Keeps the URL fragment and the reader's state in step, both ways.
//!
//! Runs only in the browser: both halves are effects, which do not run while rendering
//! elsewhere. `history.replaceState` keeps selections out of the back button's way; a
//! fragment typed or followed by the reader arrives as `hashchange`.

use leptos::prelude::*;

use super::state::ReaderState;
use crate::url_state::{Fragment, Mode};

pub fn sync_url(state: ReaderState, mode: Mode) {
    // State → URL.
    Effect::new(move |_| {
        let wanted = state.fragment().to_fragment();
        let location = window().location();
        let current = location.hash().unwrap_or_default();
        if current == wanted || (wanted.is_empty() && !Fragment::is_state(&current)) {
            return;
        }
        let path = location.pathname().unwrap_or_default();
        let query = location.search().unwrap_or_default();
        if let Ok(history) = window().history() {
            let _ = history.replace_state_with_url(
                &leptos::wasm_bindgen::JsValue::NULL,
                "",
                Some(&format!("{path}{query}{wanted}")),
            );
        }
    });

    // URL → state, for fragments the reader follows or types (and back and forward).
    // Plain anchors such as `#sources` are left to the browser.
    Effect::new(move |_| {
        let handle = window_event_listener(leptos::ev::hashchange, move |_| {
            let hash = window().location().hash().unwrap_or_default();
            if Fragment::is_state(&hash) {
                state.apply(&Fragment::parse(&hash));
            }
        });
        on_cleanup(move || handle.remove());
    });

    // The mode also marks the document root, so page-level CSS can adapt.
    Effect::new(move |_| {
        if let Some(root) = document().document_element() {
            let _ = root.set_attribute("data-mode", mode.as_str());
        }
    });
}
