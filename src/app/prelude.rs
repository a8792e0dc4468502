//! What every module of the app uses: Leptos's reactive system (signals, effects and their
//! owner, from `reactive_graph`, the crate Leptos is built on) and the browser's window
//! and document. The app renders nothing (the pages arrive complete), so it needs nothing
//! else of Leptos: measured, depending on `leptos` itself cost 5.9 KB gzip more code (WASM
//! and JS glue), for the exports of its renderer and server functions that no page uses.

pub use reactive_graph::effect::Effect;
pub use reactive_graph::owner::{Owner, StoredValue};
pub use reactive_graph::prelude::*;
pub use reactive_graph::signal::RwSignal;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// The browser's window (the app only ever runs in one).
pub fn window() -> web_sys::Window {
    web_sys::window().expect("the app runs in a browser window")
}

/// The page's document.
pub fn document() -> web_sys::Document {
    window().document().expect("the window has a document")
}

/// Runs `f` before the browser next paints.
pub fn request_animation_frame(f: impl FnOnce() + 'static) {
    // Boxed, here and below, so the glue that hands a closure to the browser is compiled
    // once, not once per caller.
    let f: Box<dyn FnOnce()> = Box::new(f);
    let callback = Closure::once_into_js(f);
    let _ = window().request_animation_frame(callback.unchecked_ref());
}

/// Runs `f` once `delay` has passed.
pub fn set_timeout(f: impl FnOnce() + 'static, delay: std::time::Duration) {
    let f: Box<dyn FnOnce()> = Box::new(f);
    let callback = Closure::once_into_js(f);
    let ms = i32::try_from(delay.as_millis()).unwrap_or(i32::MAX);
    let _ = window()
        .set_timeout_with_callback_and_timeout_and_arguments_0(callback.unchecked_ref(), ms);
}

/// Runs a future on the browser's event loop.
pub fn spawn_local(future: impl std::future::Future<Output = ()> + 'static) {
    wasm_bindgen_futures::spawn_local(future);
}

/// Calls `handler` for every event of a kind on `target`, for as long as the page lives.
pub fn listen(
    target: &web_sys::EventTarget,
    kind: &str,
    handler: impl FnMut(web_sys::Event) + 'static,
) {
    let handler: Box<dyn FnMut(web_sys::Event)> = Box::new(handler);
    let callback = Closure::wrap(handler);
    let _ = target.add_event_listener_with_callback(kind, callback.as_ref().unchecked_ref());
    callback.forget();
}
