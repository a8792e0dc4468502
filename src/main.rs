//! Entry point: install the failure screen, read the URL once, mount the exhibit.

use gulag_exhibit::app::App;
use gulag_exhibit::embedded_page;
use gulag_exhibit::url_state::{Fragment, Mode};
use leptos::prelude::*;

fn main() {
    std::panic::set_hook(Box::new(|info| {
        leptos::web_sys::console::error_1(&info.to_string().into());
        show_failure_screen();
    }));

    let location = window().location();
    let mode = Mode::from_query(&location.search().unwrap_or_default());
    let initial = Fragment::parse(&location.hash().unwrap_or_default());

    let Some(root) = document().get_element_by_id("ex-root") else {
        show_failure_screen();
        return;
    };
    // The static "loading" text stays until the exhibit replaces it.
    while let Some(child) = root.first_child() {
        let _ = root.remove_child(&child);
    }
    let root: leptos::web_sys::HtmlElement = leptos::wasm_bindgen::JsCast::unchecked_into(root);

    let Some(page) = embedded_page() else {
        leptos::web_sys::console::error_1(&"the exhibit content could not be read".into());
        show_failure_screen();
        return;
    };
    let page: &'static _ = Box::leak(Box::new(page));
    leptos::mount::mount_to(root, move || view! { <App page mode initial /> }).forget();
}

/// Reveals the polite failure message that index.html carries, hidden, for this case.
fn show_failure_screen() {
    let document = document();
    if let Some(failure) = document.get_element_by_id("ex-failure") {
        let _ = failure.remove_attribute("hidden");
    }
    if let Some(root) = document.get_element_by_id("ex-root") {
        let _ = root.set_attribute("hidden", "");
    }
}
