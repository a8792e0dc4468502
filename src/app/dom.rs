//! Small helpers over `web-sys` that every feature uses: find elements, set attributes,
//! focus and scroll. Nothing here knows the exhibit's markup; names come from
//! `exhibit_dom`.

use super::prelude::{document, window};
use wasm_bindgen::JsCast;
use web_sys::{
    Element, Event, FocusOptions, HtmlElement, ScrollBehavior, ScrollIntoViewOptions,
    ScrollLogicalPosition,
};

/// The element with this id, if it is in the document.
pub fn by_id(id: &str) -> Option<Element> {
    document().get_element_by_id(id)
}

/// The first element that matches a selector.
pub fn query(selector: &str) -> Option<Element> {
    document().query_selector(selector).ok().flatten()
}

/// Every element below `root` that matches a selector.
pub fn query_all(root: &Element, selector: &str) -> Vec<Element> {
    let Ok(found) = root.query_selector_all(selector) else {
        return Vec::new();
    };
    (0..found.length())
        .filter_map(|index| found.item(index)?.dyn_into::<Element>().ok())
        .collect()
}

/// Sets an attribute, or removes it for `None` (nothing happens without an element).
pub fn set_attr(element: Option<&Element>, name: &str, value: Option<&str>) {
    let Some(element) = element else {
        return;
    };
    // Only a change: writing the same value again is still a change of the DOM to the
    // browser (a mutation record, work for the accessibility tree), for nothing.
    if element.get_attribute(name).as_deref() == value {
        return;
    }
    let _ = match value {
        Some(value) => element.set_attribute(name, value),
        None => element.remove_attribute(name),
    };
}

/// The element an event happened on, or its nearest ancestor matching `selector`.
pub fn closest(event: &Event, selector: &str) -> Option<Element> {
    event
        .target()?
        .dyn_into::<Element>()
        .ok()?
        .closest(selector)
        .ok()
        .flatten()
}

/// Focuses an element, optionally without scrolling to it.
pub fn focus(element: &Element, prevent_scroll: bool) {
    if let Some(element) = element.dyn_ref::<HtmlElement>() {
        let options = FocusOptions::new();
        options.set_prevent_scroll(prevent_scroll);
        let _ = element.focus_with_options(&options);
    }
}

/// Whether the reader asked for less motion.
pub fn reduce_motion() -> bool {
    window()
        .match_media("(prefers-reduced-motion: reduce)")
        .ok()
        .flatten()
        .is_some_and(|query| query.matches())
}

/// Brings an element into view: smoothly, or at once when the reader asked for less motion.
pub fn scroll_into_view(element: &Element, block: ScrollLogicalPosition) {
    let options = ScrollIntoViewOptions::new();
    options.set_block(block);
    options.set_behavior(if reduce_motion() {
        ScrollBehavior::Instant
    } else {
        ScrollBehavior::Smooth
    });
    element.scroll_into_view_with_scroll_into_view_options(&options);
}

/// Interface wording written into the markup with a `{slot}` (`data-template`), filled.
pub fn template(element: &Element, slot: &str, value: &str) -> String {
    element
        .get_attribute(exhibit_dom::attr::TEMPLATE)
        .unwrap_or_default()
        .replace(&format!("{{{slot}}}"), value)
}

/// Replaces what `into` holds with a copy of what `from` holds (markup the page already
/// has, written at build time).
pub fn copy_children(from: &Element, into: &Element) {
    into.set_text_content(None);
    if let Ok(copy) = from.clone_node_with_deep(true) {
        while let Some(child) = copy.first_child() {
            let _ = into.append_child(&child);
        }
    }
}

/// Disables the buttons that step to the entry before and after `entry` in its list where
/// there is none (with no entry chosen yet, only the one that steps back).
pub fn step_buttons(entry: Option<&Element>, before: &str, after: &str) {
    let first = entry.is_none_or(|entry| entry.previous_element_sibling().is_none());
    let last = entry.is_some_and(|entry| entry.next_element_sibling().is_none());
    set_attr(by_id(before).as_ref(), "disabled", first.then_some(""));
    set_attr(by_id(after).as_ref(), "disabled", last.then_some(""));
}
