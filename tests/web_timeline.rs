//! Browser tests of the timeline's page, taken over by the app: the track is one tab
//! stop whose marks are chosen by keys, and the selected event's details come from the
//! list of events.
#![cfg(target_arch = "wasm32")]

#[path = "web/support.rs"]
mod support;

use exhibit_dom::{class, id, View};
use gulag_exhibit::app::prelude::*;
use support::{app, by_id, settle};
use wasm_bindgen_test::*;
use web_sys::{KeyboardEvent, KeyboardEventInit};

wasm_bindgen_test_configure!(run_in_browser);

fn key(key: &str) {
    let init = KeyboardEventInit::new();
    init.set_key(key);
    init.set_bubbles(true);
    let event = KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).expect("event");
    let _ = by_id(id::TIMELINE_TRACK).dispatch_event(&event);
}

#[wasm_bindgen_test]
async fn the_track_becomes_a_listbox_and_keys_select_events() {
    app(View::Timeline).await;
    let track = by_id(id::TIMELINE_TRACK);
    assert_eq!(track.get_attribute("role").as_deref(), Some("listbox"));
    assert_eq!(track.get_attribute("tabindex").as_deref(), Some("0"));
    let list = by_id(id::TIMELINE_LIST);
    let first = list.first_element_child().expect("an event");
    let second = first.next_element_sibling().expect("a second event");
    key("ArrowRight");
    settle().await;
    let event = first.id().trim_start_matches("event-").to_owned();
    let mark = by_id(&id::track_mark(&event));
    assert_eq!(mark.get_attribute("role").as_deref(), Some("option"));
    assert_eq!(mark.get_attribute("aria-selected").as_deref(), Some("true"));
    assert_eq!(
        track.get_attribute("aria-activedescendant"),
        Some(mark.id())
    );
    assert_eq!(
        window().location().hash().ok(),
        Some(format!("#event-{event}"))
    );
    // The details are the event's entry in the list; the live region says its headline.
    assert_eq!(
        by_id(id::TIMELINE_DETAIL_BODY).text_content(),
        first.text_content()
    );
    let headline = first
        .query_selector(&format!(".{}", class::EVENT_HEADLINE))
        .ok()
        .flatten()
        .and_then(|h| h.text_content());
    assert_eq!(by_id(id::TIMELINE_LIVE).text_content(), headline);
    assert!(by_id(id::TIMELINE_EARLIER).has_attribute("disabled"));
    key("ArrowRight");
    settle().await;
    assert_eq!(
        window().location().hash().ok(),
        Some(format!("#{}", second.id()))
    );
    assert_eq!(
        mark.get_attribute("aria-selected").as_deref(),
        Some("false")
    );
    assert!(!by_id(id::TIMELINE_EARLIER).has_attribute("disabled"));
    key("End");
    settle().await;
    assert!(by_id(id::TIMELINE_LATER).has_attribute("disabled"));
}
