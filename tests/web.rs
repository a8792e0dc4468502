//! Browser tests: the components mounted in headless Chromium, asserted on the DOM.
#![cfg(target_arch = "wasm32")]

use gulag_exhibit::app::{App, ContentFailure};
use gulag_exhibit::content::Exhibit;
use gulag_exhibit::embedded_exhibit;
use gulag_exhibit::url_state::{Fragment, Mode};
use leptos::prelude::*;
use leptos::task::tick;
use leptos::wasm_bindgen::JsCast;
use leptos::web_sys::{Element, HtmlElement, KeyboardEvent, KeyboardEventInit};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn exhibit() -> &'static Exhibit {
    Box::leak(Box::new(
        embedded_exhibit().expect("the embedded content decodes"),
    ))
}

/// Mounts a view in a fresh container; the handle unmounts it when dropped.
fn mount<V: IntoView + 'static>(view: impl FnOnce() -> V + 'static) -> (Element, impl Drop) {
    let container = document().create_element("div").expect("div");
    document()
        .body()
        .expect("body")
        .append_child(&container)
        .expect("append");
    let handle = leptos::mount::mount_to(container.clone().unchecked_into::<HtmlElement>(), view);
    (container, handle)
}

fn query(root: &Element, selector: &str) -> Element {
    root.query_selector(selector)
        .expect("valid selector")
        .unwrap_or_else(|| panic!("nothing matches {selector}"))
}

fn count(root: &Element, selector: &str) -> u32 {
    root.query_selector_all(selector)
        .expect("valid selector")
        .length()
}

fn click(root: &Element, selector: &str) {
    query(root, selector)
        .unchecked_into::<HtmlElement>()
        .click();
}

fn text(root: &Element, selector: &str) -> String {
    query(root, selector).text_content().unwrap_or_default()
}

#[wasm_bindgen_test]
async fn renders_the_essay_its_markers_and_sources() {
    let exhibit = exhibit();
    let (root, _handle) = mount(move || view! { <App exhibit mode=Mode::Normal /> });
    tick().await;
    assert_eq!(text(&root, "h1"), "Prisoners of GULAG Released");
    assert_eq!(count(&root, ".ex-essay__para"), 4);
    assert_eq!(count(&root, ".ex-essay__editorial"), 1);
    // 18 notes, "Geldom" marked twice.
    assert_eq!(count(&root, "button.ex-marker"), 19);
    let numbers: Vec<String> = (0..19)
        .filter_map(|i| root.query_selector_all("button.ex-marker").ok()?.item(i))
        .map(|marker| {
            marker
                .text_content()
                .unwrap_or_default()
                .replace("Editorial note ", "")
        })
        .collect();
    assert_eq!(numbers[0], "1");
    assert_eq!(numbers[18], "18");
    assert_eq!(count(&root, "#sources li"), exhibit.sources.len() as u32);
    assert_eq!(count(&root, "#notes li.ex-endnote"), 18);
    let essay = text(&root, "#essay");
    assert!(essay.contains("was not even given a trail"));
    assert!(!essay.contains("Leave a Reply"));
    assert_eq!(
        query(&root, ".ex-app")
            .get_attribute("data-mode")
            .as_deref(),
        Some("normal")
    );
}

#[wasm_bindgen_test]
async fn a_marker_opens_and_closes_its_note() {
    let exhibit = exhibit();
    let (root, _handle) = mount(move || view! { <App exhibit mode=Mode::Kiosk /> });
    tick().await;
    let panel = query(&root, "#ex-note-panel");
    assert!(panel.has_attribute("hidden"));
    click(&root, "#ref-nobel-prize-1");
    tick().await;
    assert!(!panel.has_attribute("hidden"));
    assert_eq!(
        query(&root, "#ref-nobel-prize-1")
            .get_attribute("aria-expanded")
            .as_deref(),
        Some("true")
    );
    assert!(text(&root, "#ex-note-panel-title").contains("The prize went to the author"));
    assert_eq!(
        query(&root, ".ex-noted[data-note='nobel-prize']")
            .get_attribute("data-active")
            .as_deref(),
        Some("true")
    );
    // Another marker replaces the note: one open at a time.
    click(&root, "#ref-geldom-2");
    tick().await;
    assert!(text(&root, "#ex-note-panel-title").contains("Geldom"));
    assert_eq!(
        count(&root, "button.ex-marker[aria-expanded='true']"),
        2,
        "both Geldom markers"
    );
    // Escape closes.
    let init = KeyboardEventInit::new();
    init.set_key("Escape");
    init.set_bubbles(true);
    let escape = KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).expect("event");
    query(&root, "#ex-note-panel-title")
        .dispatch_event(&escape)
        .expect("dispatch");
    tick().await;
    assert!(panel.has_attribute("hidden"));
    assert_eq!(count(&root, "button.ex-marker[aria-expanded='true']"), 0);
    assert_eq!(
        query(&root, ".ex-app")
            .get_attribute("data-mode")
            .as_deref(),
        Some("kiosk")
    );
}

#[wasm_bindgen_test]
async fn the_reading_switch_changes_the_words_but_keeps_the_marks() {
    let exhibit = exhibit();
    let (root, _handle) = mount(move || view! { <App exhibit mode=Mode::Normal /> });
    tick().await;
    let span = ".ex-noted[data-note='innocent-without-trial']";
    assert!(text(&root, span).ends_with("was not even given a trail"));
    click(&root, "input[value='edited']");
    tick().await;
    assert!(text(&root, span).ends_with("were not even given a trial"));
    assert_eq!(
        query(&root, span).get_attribute("data-changed").as_deref(),
        Some("true")
    );
    assert_eq!(
        query(&root, ".ex-app")
            .get_attribute("data-reading")
            .as_deref(),
        Some("edited")
    );
    assert!(text(&root, "#essay").contains("von Geldern"));
    click(&root, "input[value='original']");
    tick().await;
    assert!(text(&root, "#essay").contains("Geldom"));
}

#[wasm_bindgen_test]
async fn a_deep_link_opens_its_note_and_reading() {
    let exhibit = exhibit();
    let initial = Fragment::parse("#note=twentieth-congress&reading=edited");
    let (root, _handle) = mount(move || view! { <App exhibit mode=Mode::Embed initial /> });
    tick().await;
    assert!(!query(&root, "#ex-note-panel").has_attribute("hidden"));
    assert!(text(&root, "#ex-note-panel").contains("Sources differ"));
    assert!(text(&root, "#essay").contains("20th Party Congress"));
}

#[wasm_bindgen_test]
async fn the_endnote_button_opens_the_note_in_the_panel() {
    let exhibit = exhibit();
    let (root, _handle) = mount(move || view! { <App exhibit mode=Mode::Normal /> });
    tick().await;
    click(&root, "#note-photo-credits .ex-endnote__show");
    tick().await;
    assert!(text(&root, "#ex-note-panel-title").contains("Unfinished photo credits"));
    click(&root, "#ex-note-panel .ex-note-panel__close");
    tick().await;
    assert!(query(&root, "#ex-note-panel").has_attribute("hidden"));
}

#[wasm_bindgen_test]
async fn citations_set_books_in_italics_and_link_web_pages() {
    let exhibit = exhibit();
    let (root, _handle) = mount(move || view! { <App exhibit mode=Mode::Normal /> });
    tick().await;
    assert_eq!(
        text(&root, "#source-applebaum-2003 cite"),
        "Gulag: A History"
    );
    let web = text(&root, "#source-von-geldern-prisoners-return");
    assert!(
        web.starts_with("von Geldern, James. “Prisoners Return.” "),
        "{web}"
    );
    assert_eq!(
        query(&root, "#source-von-geldern-prisoners-return a")
            .get_attribute("href")
            .as_deref(),
        Some("http://soviethistory.msu.edu/1954-2/prisoners-return/")
    );
}

#[wasm_bindgen_test]
async fn content_failure_is_a_polite_alert() {
    let (root, _handle) = mount(|| view! { <ContentFailure message="broken".to_owned() /> });
    tick().await;
    assert_eq!(
        query(&root, "[role='alert'] h1").text_content().as_deref(),
        Some("The exhibit could not be opened")
    );
}
