//! Keeping an unattended screen going: after a panic (`app::boot` calls [`failed`]), an uncaught error or a rejected
//! promise the page reloads to the attract screen a few seconds later (the error is kept
//! for the operators' panel); a service worker (`sw.js`, generated from the build by
//! workbox) keeps every file of the build, so the exhibit works with the network gone,
//! and a new build, once installed, takes over at the next reset rather than under a
//! visitor's finger.

use std::cell::Cell;

use wasm_bindgen::JsCast;
use web_sys::Event;

use crate::app::pages::root;
use crate::app::prelude::*;

/// The service worker's file, at the exhibit's root.
const WORKER: &str = "sw.js";
/// Where the last error is kept across the reload it causes.
const LAST_ERROR: &str = "gulag-exhibit:last-error";
/// How long after an error the page reloads.
const RELOAD_AFTER: std::time::Duration = std::time::Duration::from_secs(3);
/// How often to look for a new build, in milliseconds (an hour).
const UPDATE_EVERY_MS: i32 = 60 * 60 * 1000;

thread_local! {
    /// A new build has taken over: reload at the next reset.
    static UPDATED: Cell<bool> = const { Cell::new(false) };
    /// A reload is on its way.
    static RELOADING: Cell<bool> = const { Cell::new(false) };
}

pub fn attach() {
    // An error's message, or a rejection's reason (read as plain properties).
    listen(&window(), "error", |event: Event| {
        failed(&said(&event, "message"))
    });
    listen(&window(), "unhandledrejection", |event: Event| {
        failed(&said(&event, "reason"))
    });
    register_worker();
}

/// What an error event says in `field`, if it is text.
fn said(event: &Event, field: &str) -> String {
    js_sys::Reflect::get(event, &field.into())
        .ok()
        .and_then(|value| value.as_string())
        .unwrap_or_else(|| event.type_())
}

/// Something went wrong: keep the message for the operators, and start afresh soon.
pub fn failed(message: &str) {
    web_sys::console::error_1(&message.into());
    if let Some(storage) = window().session_storage().ok().flatten() {
        let _ = storage.set_item(LAST_ERROR, message);
    }
    if !RELOADING.with(|reloading| reloading.replace(true)) {
        set_timeout(reload, RELOAD_AFTER);
    }
}

/// The last error since the screen was started, if any.
pub fn last_error() -> Option<String> {
    window()
        .session_storage()
        .ok()
        .flatten()
        .and_then(|storage| storage.get_item(LAST_ERROR).ok().flatten())
}

/// Loads the exhibit afresh, at its start (the kiosk's own parameters kept).
pub fn reload() {
    let _ = window().location().replace(&super::start_address());
}

/// After a reset: if a new build has taken over, load it now, between two visitors.
pub fn after_reset() {
    if UPDATED.with(Cell::get) {
        reload();
    }
}

/// Whether a service worker controls the page (so its files are kept for offline use).
pub fn ready_offline() -> bool {
    window().navigator().service_worker().controller().is_some()
}

/// Registers the service worker, looks for a new build every hour, and notes when one
/// takes over.
fn register_worker() {
    let container = window().navigator().service_worker();
    let had_controller = container.controller().is_some();
    let promise = container.register(&format!("{}{WORKER}", root()));
    spawn_local(async move {
        let Ok(registration) = wasm_bindgen_futures::JsFuture::from(promise).await else {
            web_sys::console::warn_1(&"the service worker could not be registered".into());
            return;
        };
        let Ok(registration) = registration.dyn_into::<web_sys::ServiceWorkerRegistration>() else {
            return;
        };
        let update = wasm_bindgen::closure::Closure::<dyn FnMut()>::new(move || {
            let _ = registration.update();
        });
        let _ = window().set_interval_with_callback_and_timeout_and_arguments_0(
            update.as_ref().unchecked_ref(),
            UPDATE_EVERY_MS,
        );
        update.forget();
    });
    // The first worker taking over is no new build; a later one is.
    let first = Cell::new(!had_controller);
    listen(&container, "controllerchange", move |_| {
        if !first.replace(false) {
            UPDATED.with(|updated| updated.set(true));
        }
    });
}
