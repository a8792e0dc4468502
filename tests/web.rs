//! Browser tests of the essay's page: the real page, drawn from the real content, taken
//! over by the app in headless Chromium (`wasm-bindgen-test`), asserted on the DOM.
#![cfg(target_arch = "wasm32")]

#[path = "web/support.rs"]
mod support;

use exhibit_dom::{attr, class, id, View};
use gulag_exhibit::app::prelude::*;
use support::{app, by_id, click, hidden, settle};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, KeyboardEvent, KeyboardEventInit};

wasm_bindgen_test_configure!(run_in_browser);

fn first(selector: &str) -> Element {
    document()
        .query_selector(selector)
        .ok()
        .flatten()
        .unwrap_or_else(|| panic!("no {selector}"))
}

fn escape() {
    let init = KeyboardEventInit::new();
    init.set_key("Escape");
    init.set_bubbles(true);
    let event = KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).expect("event");
    let _ = document()
        .active_element()
        .unwrap_or_else(|| first("body"))
        .dispatch_event(&event);
}

#[wasm_bindgen_test]
async fn the_app_takes_over_the_page_without_drawing_it_again() {
    let text_before = by_id(id::ESSAY_TEXT).inner_html();
    app(View::Essay).await;
    assert!(document()
        .document_element()
        .expect("root")
        .has_attribute(attr::READY));
    // The markup is the server's, with the states the app adds; nothing drawn twice.
    assert_eq!(
        document()
            .query_selector_all(&format!("#{}", id::ESSAY_TEXT))
            .expect("query")
            .length(),
        1
    );
    let marker = first(&format!(".{}", class::MARKER));
    assert_eq!(
        marker.get_attribute("aria-haspopup").as_deref(),
        Some("dialog")
    );
    assert_eq!(
        marker.get_attribute("aria-expanded").as_deref(),
        Some("false")
    );
    assert_eq!(
        by_id(id::ESSAY_TEXT).text_content(),
        web_sys::DomParser::new()
            .expect("parser")
            .parse_from_string(
                &format!("<div>{text_before}</div>"),
                web_sys::SupportedType::TextHtml
            )
            .expect("parsed")
            .body()
            .and_then(|body| body.text_content())
    );
}

#[wasm_bindgen_test]
async fn a_marker_opens_its_note_from_the_list_and_escape_closes_it() {
    app(View::Essay).await;
    let marker = first(&format!(".{}", class::MARKER));
    let note = marker.get_attribute(attr::NOTE).expect("a note");
    click(&marker);
    settle().await;
    let panel = by_id(id::NOTE_PANEL);
    assert!(!hidden(&panel));
    let entry = by_id(&id::note(&note));
    let title = entry
        .query_selector(&format!(".{}", class::ENDNOTE_TITLE))
        .ok()
        .flatten()
        .and_then(|t| t.text_content());
    assert_eq!(by_id(id::NOTE_PANEL_TITLE).text_content(), title);
    let kicker = by_id(id::NOTE_PANEL_KICKER)
        .text_content()
        .unwrap_or_default();
    assert!(kicker.starts_with("Editorial note 1 of "), "{kicker}");
    assert_eq!(
        marker.get_attribute("aria-expanded").as_deref(),
        Some("true")
    );
    assert_eq!(
        window().location().hash().ok(),
        Some(format!("#note-{note}"))
    );
    assert_eq!(
        document().active_element().map(|e| e.id()),
        Some(id::NOTE_PANEL_TITLE.to_owned())
    );
    // The panel's copy of the note says what the list says.
    assert_eq!(
        by_id(id::NOTE_PANEL_BODY).text_content(),
        entry
            .query_selector(&format!(".{}", class::NOTE_BODY))
            .ok()
            .flatten()
            .and_then(|b| b.text_content())
    );
    escape();
    settle().await;
    assert!(hidden(&panel));
    assert_eq!(
        document().active_element().map(|e| e.id()),
        Some(marker.id())
    );
    assert_eq!(window().location().hash().ok(), Some(String::new()));
}

#[wasm_bindgen_test]
async fn the_edited_reading_follows_its_radio_button_and_the_address() {
    app(View::Essay).await;
    let visible = |selector: &str| {
        first(selector)
            .unchecked_into::<HtmlElement>()
            .offset_parent()
            .is_some()
    };
    assert!(visible(".ex-original") && !visible(".ex-edited"));
    click(&by_id("ex-reading-edited"));
    settle().await;
    assert!(!visible(".ex-original") && visible(".ex-edited"));
    assert_eq!(
        window().location().search().ok(),
        Some("?reading=edited".to_owned())
    );
    click(&by_id("ex-reading-original"));
    settle().await;
    assert_eq!(window().location().search().ok(), Some(String::new()));
}

#[wasm_bindgen_test]
async fn a_glossary_mark_opens_the_one_card_beside_it() {
    app(View::Essay).await;
    let mark = first(&format!(".{} > .{}", class::TERM_WRAP, class::TERM));
    click(&mark);
    settle().await;
    let card = by_id(id::TERM_CARD);
    assert!(!hidden(&card));
    assert_eq!(mark.get_attribute("aria-expanded").as_deref(), Some("true"));
    // The card follows its mark, so it is next in the reading order.
    assert_eq!(
        mark.next_element_sibling().map(|next| next.id()),
        Some(id::TERM_CARD.to_owned())
    );
    assert_eq!(
        window().location().hash().ok(),
        Some(format!("#{}", mark.id()))
    );
    click(&by_id(id::TERM_CARD_CLOSE));
    settle().await;
    assert!(hidden(&card));
    assert_eq!(
        mark.get_attribute("aria-expanded").as_deref(),
        Some("false")
    );
}
