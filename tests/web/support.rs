//! What the browser tests share: the real pages, drawn in the browser from the real
//! content (the app never carries it; the tests do), put into the test page, and the app
//! started on them.
#![allow(dead_code)]

use exhibit_content::load::{load_with, parse_words};
use exhibit_content::report;
use exhibit_content::site::{pages, Assets, Code};
use exhibit_dom::{id, View};
use gulag_exhibit::app::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{DomParser, Element, HtmlElement, SupportedType};

/// The stylesheet, so that what a reader would see can be asserted.
static STYLESHEET: &str = include_str!("../../assets/styles/exhibit.css");

fn content(name: &str) -> Result<String, String> {
    Ok(match name {
        "sources.toml" => include_str!("../../assets/content/sources.toml"),
        "notes.toml" => include_str!("../../assets/content/notes.toml"),
        "glossary.toml" => include_str!("../../assets/content/glossary.toml"),
        "exhibit.toml" => include_str!("../../assets/content/exhibit.toml"),
        "essay.toml" => include_str!("../../assets/content/essay.toml"),
        "timeline.toml" => include_str!("../../assets/content/timeline.toml"),
        "figures.toml" => include_str!("../../assets/content/figures.toml"),
        "camps.toml" => include_str!("../../assets/content/camps.toml"),
        "map-outline.toml" => include_str!("../../assets/content/map-outline.toml"),
        other => return Err(format!("no such file {other}")),
    }
    .to_owned())
}

/// A view's page as the build writes it.
pub fn page(view: View) -> String {
    let exhibit = load_with(content).unwrap_or_else(|problems| panic!("{}", report(&problems)));
    let words = parse_words(include_str!("../../assets/locales/en.toml"))
        .unwrap_or_else(|problems| panic!("{}", report(&problems)));
    let assets = Assets {
        stylesheet: "exhibit.css".into(),
        code: Code {
            script: "app.js".into(),
            wasm: "app.wasm".into(),
            stylesheet: None,
        },
        modes: Vec::new(),
        favicon: "data:,".into(),
    };
    pages(&exhibit, &words, &assets, None)
        .into_iter()
        .find(|page| page.view == view)
        .map(|page| page.html)
        .expect("every view has a page")
}

/// Puts a view's part of its page (`#ex-app`) into the test page, with the stylesheet, as
/// the server would send it; `<html data-js>` as the page's own script would set it.
pub fn install(view: View) -> Element {
    let document = document();
    let parsed = DomParser::new()
        .and_then(|parser| parser.parse_from_string(&page(view), SupportedType::TextHtml))
        .expect("the page parses");
    let app = parsed
        .get_element_by_id(id::APP)
        .expect("the page has #ex-app");
    let app: Element = document.adopt_node(&app).expect("adopted").unchecked_into();
    let body = document.body().expect("a body");
    body.append_child(&app).expect("appended");
    let style = document.create_element("style").expect("style");
    style.set_text_content(Some(STYLESHEET));
    document
        .head()
        .expect("head")
        .append_child(&style)
        .expect("appended");
    if let Some(root) = document.document_element() {
        let _ = root.set_attribute(exhibit_dom::attr::JS, "");
    }
    app
}

/// Waits for the browser to run its queued tasks and the app's effects.
pub async fn settle() {
    for _ in 0..3 {
        let promise = web_sys::js_sys::Promise::new(&mut |resolve, _| {
            let _ = window().request_animation_frame(&resolve);
        });
        let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
    }
}

pub fn by_id(id: &str) -> Element {
    document()
        .get_element_by_id(id)
        .unwrap_or_else(|| panic!("no #{id}"))
}

pub fn click(element: &Element) {
    element.unchecked_ref::<HtmlElement>().click();
}

pub fn hidden(element: &Element) -> bool {
    element.has_attribute("hidden")
}

thread_local! {
    static READER: std::cell::OnceCell<gulag_exhibit::app::state::Reader> = const { std::cell::OnceCell::new() };
}

/// Installs a view and starts the app on it, once per test binary (the app attaches its
/// listeners to the document, which lives as long as the test page).
pub async fn app(view: View) -> gulag_exhibit::app::state::Reader {
    let reader = READER.with(|cell| {
        *cell.get_or_init(|| {
            install(view);
            let _ = any_spawner::Executor::init_wasm_bindgen();
            let owner = Owner::new();
            owner.set();
            let reader = gulag_exhibit::app::start().expect("the app takes over");
            std::mem::forget(owner);
            reader
        })
    });
    settle().await;
    reader
}
