//! No way out of the exhibit, and nothing that breaks the screen: no context menu, text
//! selection, image dragging, pinch or keyboard zoom, swipe-back or pull-to-refresh,
//! printing or saving dialog, and no new windows. (Links that leave the exhibit are made
//! text and a QR code by `kiosk::enhance`; the stylesheet `kiosk.css` does the rest:
//! `user-select`, `touch-action: pan-x pan-y` (which leaves no pinch zoom; the viewport
//! is left zoomable, as assistive settings may need it), `overscroll-behavior`.)

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{AddEventListenerOptions, Event, KeyboardEvent, WheelEvent};

use crate::app::prelude::*;

/// Events that are simply refused.
const REFUSED: [&str; 5] = [
    "contextmenu",
    "selectstart",
    "dragstart",
    "gesturestart",
    "auxclick",
];

pub fn attach() {
    for kind in REFUSED {
        refuse(kind, |_| true);
    }
    // Zoom with Ctrl and the wheel or a touchpad's pinch.
    refuse("wheel", |event| {
        event
            .dyn_ref::<WheelEvent>()
            .is_some_and(|wheel| wheel.ctrl_key() || wheel.meta_key())
    });
    // Two fingers on the page: pinch zoom.
    refuse("touchmove", |event| {
        js_sys::Reflect::get(event, &"touches".into())
            .and_then(|touches| js_sys::Reflect::get(&touches, &"length".into()))
            .ok()
            .and_then(|length| length.as_f64())
            .is_some_and(|fingers| fingers > 1.0)
    });
    refuse("keydown", |event| {
        event.dyn_ref::<KeyboardEvent>().is_some_and(is_way_out)
    });
    // No new windows (a script that asks gets none).
    let refuse_open =
        Closure::<dyn Fn() -> wasm_bindgen::JsValue>::new(|| wasm_bindgen::JsValue::NULL);
    let _ = js_sys::Reflect::set(&window(), &"open".into(), refuse_open.as_ref());
    refuse_open.forget();
}

/// Keys with Alt that go back, forward or home.
const WITH_ALT: [&str; 3] = ["arrowleft", "arrowright", "home"];
/// Keys alone: help, find, reload, location, caret browsing, full screen, tools, Back, Forward.
const ALONE: [&str; 9] = [
    "f1",
    "f3",
    "f5",
    "f6",
    "f7",
    "f11",
    "f12",
    "browserback",
    "browserforward",
];

/// Keys that would leave the exhibit or open a browser dialog: print, save, open, find,
/// zoom, reload, new tab or window, address bar, history, Back and Forward.
fn is_way_out(key: &KeyboardEvent) -> bool {
    let command = key.ctrl_key() || key.meta_key();
    let name = key.key().to_ascii_lowercase();
    // With Ctrl or ⌘: print, save, open, find, location, new window or tab, close, reload,
    // history, downloads, source, zoom.
    (command && name.len() == 1 && "psofglntwrhju+-=0".contains(name.as_str()))
        || (key.alt_key() && WITH_ALT.contains(&name.as_str()))
        || ALONE.contains(&name.as_str())
}

/// Refuses every event of `kind` that `test` picks, before anything else sees it.
fn refuse(kind: &str, test: impl Fn(&Event) -> bool + 'static) {
    let test: Box<dyn Fn(&Event) -> bool> = Box::new(test);
    let callback = Closure::<dyn Fn(Event)>::new(move |event: Event| {
        if test(&event) {
            event.prevent_default();
            event.stop_propagation();
        }
    });
    let options = AddEventListenerOptions::new();
    options.set_capture(true);
    options.set_passive(false);
    let _ = window().add_event_listener_with_callback_and_add_event_listener_options(
        kind,
        callback.as_ref().unchecked_ref(),
        &options,
    );
    callback.forget();
}
