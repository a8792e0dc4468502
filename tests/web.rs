//! Browser tests: the components mounted in headless Chromium, asserted on the DOM.
#![cfg(target_arch = "wasm32")]

use gulag_exhibit::app::App;
use gulag_exhibit::content::Page;
use gulag_exhibit::embedded_page;
use gulag_exhibit::url_state::{Fragment, Mode};
use leptos::prelude::*;
use leptos::task::tick;
use leptos::wasm_bindgen::JsCast;
use leptos::web_sys::{Element, HtmlElement, KeyboardEvent, KeyboardEventInit};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn page() -> &'static Page {
    Box::leak(Box::new(
        embedded_page().expect("the embedded content decodes"),
    ))
}

/// Waits for the browser to run its queued tasks (events such as `hashchange`).
async fn settle() {
    let promise = leptos::web_sys::js_sys::Promise::new(&mut |resolve, _| {
        let _ = window().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 50);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// The exhibit's stylesheet, so that what the reader would see can be asserted (the
/// readings and glossary marks are both in the markup; the stylesheet shows one).
static STYLESHEET: &str = include_str!("../assets/styles/exhibit.css");

/// Mounts a view in a fresh container; the handle unmounts it when dropped. Containers
/// of earlier tests are removed first: the app finds its elements by id, which must be
/// unique in the document.
fn mount<V: IntoView + 'static>(view: impl FnOnce() -> V + 'static) -> (Element, impl Drop) {
    let document = document();
    if let Ok(old) = document.query_selector_all("[data-test-root]") {
        for index in 0..old.length() {
            if let Some(old) = old
                .item(index)
                .and_then(|node| node.dyn_into::<Element>().ok())
            {
                old.remove();
            }
        }
    }
    if document.get_element_by_id("test-stylesheet").is_none() {
        let style = document.create_element("style").expect("style");
        style.set_id("test-stylesheet");
        style.set_text_content(Some(STYLESHEET));
        document
            .head()
            .expect("head")
            .append_child(&style)
            .expect("append");
    }
    let container = document.create_element("div").expect("div");
    container
        .set_attribute("data-test-root", "")
        .expect("attribute");
    document
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

/// The text as rendered (what the stylesheet hides is left out).
fn text(root: &Element, selector: &str) -> String {
    query(root, selector)
        .unchecked_into::<HtmlElement>()
        .inner_text()
}

#[wasm_bindgen_test]
async fn renders_the_essay_its_markers_and_sources() {
    let page = page();
    let (root, _handle) = mount(move || view! { <App page mode=Mode::Normal /> });
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
    let sources = count(&root, "#sources li");
    assert!(sources >= 10, "{sources} sources");
    assert_eq!(
        count(&root, "#sources li[id^='source-'] .ex-source"),
        sources
    );
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
    let page = page();
    let (root, _handle) = mount(move || view! { <App page mode=Mode::Kiosk /> });
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
    press_escape(&query(&root, "#ex-note-panel-title"));
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
    let page = page();
    let (root, _handle) = mount(move || view! { <App page mode=Mode::Normal /> });
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
    let page = page();
    let initial = Fragment::parse("#note=twentieth-congress&reading=edited");
    let (root, _handle) = mount(move || view! { <App page mode=Mode::Embed initial /> });
    tick().await;
    assert!(!query(&root, "#ex-note-panel").has_attribute("hidden"));
    assert!(text(&root, "#ex-note-panel").contains("Sources differ"));
    assert!(text(&root, "#essay").contains("20th Party Congress"));
}

#[wasm_bindgen_test]
async fn the_endnote_link_opens_the_note_in_the_panel() {
    let page = page();
    let (root, _handle) = mount(move || view! { <App page mode=Mode::Normal /> });
    tick().await;
    click(&root, "#note-photo-credits .ex-endnote__show");
    settle().await;
    assert!(text(&root, "#ex-note-panel-title").contains("Unfinished photo credits"));
    click(&root, "#ex-note-panel .ex-note-panel__close");
    tick().await;
    assert!(query(&root, "#ex-note-panel").has_attribute("hidden"));
    let _ = window().location().set_hash("");
    settle().await;
}

/// Sends a key press (a bubbling `keydown`) to an element.
fn press(on: &Element, key: &str) {
    let init = KeyboardEventInit::new();
    init.set_key(key);
    init.set_bubbles(true);
    let event = KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).expect("event");
    on.dispatch_event(&event).expect("dispatch");
}

fn press_escape(on: &Element) {
    press(on, "Escape");
}

#[wasm_bindgen_test]
async fn a_glossary_term_opens_its_card_and_escape_closes_it() {
    let page = page();
    let (root, _handle) = mount(move || view! { <App page mode=Mode::Normal /> });
    tick().await;
    let term = "#term-khrushchev-1";
    let button = query(&root, term);
    assert_eq!(button.tag_name(), "BUTTON");
    assert_eq!(
        button.get_attribute("aria-expanded").as_deref(),
        Some("false")
    );
    let card_id = button
        .get_attribute("aria-controls")
        .expect("aria-controls");
    let card = query(&root, &format!("#{card_id}"));
    assert!(card.has_attribute("hidden"));
    // The definition is in the document next to the term, for screen readers too.
    assert!(card
        .text_content()
        .unwrap_or_default()
        .contains("Secret Speech"));
    assert!(query(&card, "[lang='ru']").text_content().is_some());

    click(&root, term);
    tick().await;
    assert_eq!(
        button.get_attribute("aria-expanded").as_deref(),
        Some("true")
    );
    assert!(!card.has_attribute("hidden"));
    assert_eq!(
        count(&root, ".ex-term-card:not([hidden])"),
        1,
        "one card at a time"
    );

    press_escape(&button);
    tick().await;
    assert_eq!(
        button.get_attribute("aria-expanded").as_deref(),
        Some("false")
    );
    assert!(card.has_attribute("hidden"));
}

#[wasm_bindgen_test]
async fn the_glossary_page_lists_every_term_a_to_z() {
    let page = page();
    let initial = Fragment::parse("#view=glossary&term=gulag");
    let (root, _handle) = mount(move || view! { <App page mode=Mode::Normal initial /> });
    tick().await;
    assert_eq!(
        query(&root, ".ex-app")
            .get_attribute("data-view")
            .as_deref(),
        Some("glossary")
    );
    assert_eq!(count(&root, ".ex-entry"), page.terms.len() as u32);
    assert!(text(&root, "#glossary-gulag").contains("Russian"));
    let names: Vec<String> = (0..page.terms.len() as u32)
        .filter_map(|i| root.query_selector_all(".ex-entry__name").ok()?.item(i))
        .map(|name| name.text_content().unwrap_or_default())
        .collect();
    assert_eq!(names.len(), page.terms.len());
    assert_eq!(
        query(&root, ".ex-nav__link[aria-current='page']")
            .text_content()
            .as_deref(),
        Some("Glossary")
    );
}

#[wasm_bindgen_test]
async fn the_timeline_selects_events_by_link_and_by_arrow_keys() {
    let page = page();
    let initial = Fragment::parse("#event=secret-speech");
    let (root, _handle) = mount(move || view! { <App page mode=Mode::Normal initial /> });
    tick().await;
    assert_eq!(
        query(&root, ".ex-app")
            .get_attribute("data-view")
            .as_deref(),
        Some("timeline")
    );
    let track = query(&root, "#ex-tl-track");
    assert_eq!(track.get_attribute("role").as_deref(), Some("listbox"));
    assert_eq!(
        track.get_attribute("aria-activedescendant").as_deref(),
        Some("tl-secret-speech")
    );
    assert_eq!(count(&root, "[role='option'][aria-selected='true']"), 1);
    assert!(text(&root, ".ex-tl-detail").contains("Secret Speech"));
    assert_eq!(
        count(&root, "[role='option']"),
        page.timeline.events.len() as u32
    );

    let index = page
        .timeline
        .index("secret-speech")
        .expect("the Secret Speech is on the timeline");
    let next = &page.timeline.events[index + 1];
    press(&track, "ArrowRight");
    tick().await;
    assert_eq!(
        track.get_attribute("aria-activedescendant"),
        Some(format!("tl-{}", next.id))
    );
    assert!(text(&root, ".ex-tl-detail").contains(&*next.headline));
    assert_eq!(
        query(&root, &format!("#tl-{}", next.id))
            .get_attribute("aria-selected")
            .as_deref(),
        Some("true")
    );
    assert_eq!(count(&root, "[role='option'][aria-selected='true']"), 1);
}

#[wasm_bindgen_test]
async fn citations_set_books_in_italics_and_link_web_pages() {
    let page = page();
    let (root, _handle) = mount(move || view! { <App page mode=Mode::Normal /> });
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
async fn the_map_shows_the_camp_a_link_selects_and_a_click_changes_it() {
    let page = page();
    let initial = Fragment::parse("#camp=ekibastuz");
    let (root, _handle) = mount(move || view! { <App page mode=Mode::Normal initial /> });
    tick().await;
    assert_eq!(count(&root, ".ex-camp__pin"), page.camps.len() as u32);
    assert_eq!(
        query(&root, "#camp-pin-ekibastuz")
            .get_attribute("aria-current")
            .as_deref(),
        Some("true")
    );
    assert_eq!(count(&root, ".ex-camp__pin[aria-current]"), 1);
    // The stylesheet shows the selected camp's details, and only those.
    let shown = text(&root, "#figure-camp-map .ex-map__frame");
    assert!(shown.contains("Prisoners’ work: building the Ekibastuz open-pit coal mines"));
    assert!(!shown.contains("Vorkuta ·"));

    // A pin is a link: following it selects its camp instead.
    let _ = window().location().set_hash("camp=vorkutlag");
    settle().await;
    assert_eq!(count(&root, ".ex-camp__pin[aria-current]"), 1);
    assert_eq!(
        query(&root, "#camp-pin-vorkutlag")
            .get_attribute("aria-current")
            .as_deref(),
        Some("true")
    );
    assert!(text(&root, "#figure-camp-map .ex-map__frame").contains("Vorkuta · 1938–after 1960"));
    let _ = window().location().set_hash("");
    settle().await;
}
