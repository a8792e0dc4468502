//! The entry point every build of the app shares: a failure notice for panics, then take
//! over the page.

use exhibit_dom::{attr, id};

use crate::app::prelude::*;

/// Starts the app on the page; it lives as long as the page.
pub fn run() {
    std::panic::set_hook(Box::new(|info| {
        // Where it panicked (file, line and column), not what it said: formatting panic
        // messages costs every build 0.2 KB of code (the kiosk's would exceed its budget),
        // and the line is what a developer needs to find it.
        let message = info
            .location()
            .map(|at| format!("panicked at {at}"))
            .unwrap_or_default();
        web_sys::console::error_1(&message.as_str().into());
        show_failure();
        // An unattended screen starts afresh by itself.
        #[cfg(feature = "kiosk")]
        crate::kiosk::failed(&message);
        #[cfg(not(feature = "kiosk"))]
        let _ = message;
    }));
    let _ = any_spawner::Executor::init_wasm_bindgen();
    // The app lives as long as the page: its reactive owner is never dropped.
    let owner = Owner::new();
    owner.set();
    if crate::app::start().is_none() {
        web_sys::console::error_1(&"this page is not one of the exhibit's".into());
    }
    std::mem::forget(owner);
}

/// Something went wrong: the page goes back to the plain form it has without the app
/// (which works on its own) and says so.
fn show_failure() {
    let document = document();
    if let Some(root) = document.document_element() {
        let _ = root.remove_attribute(attr::JS);
    }
    if let Some(notice) = document.get_element_by_id(id::FAILURE) {
        let _ = notice.remove_attribute("hidden");
    }
}
