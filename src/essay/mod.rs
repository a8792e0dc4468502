//! The essay's behaviour: the reader's settings kept in the address, note markers that
//! open the note panel ([`notes`]), and the passage a timeline link points to, marked.
//!
//! The readings and the glossary marks are shown by the stylesheet from the settings'
//! radio buttons, so they switch without the app too; the app only keeps the address and
//! the buttons in step.

pub mod notes;

use crate::app::prelude::*;
use exhibit_dom::url::Reading;
use exhibit_dom::{attr, class, id, input};
use wasm_bindgen::JsCast;
use web_sys::{Element, Event, HtmlInputElement, KeyboardEvent};

use crate::app::dom::{by_id, closest, query_all, set_attr};
use crate::app::state::{Marks, Reader};
use crate::app::watch;
use crate::glossary::cards::CardEvent;

/// Readies the essay's markup: markers open a dialog, glossary marks a card, and the
/// settings say what the reader chose (the essay may arrive after the address chose). A
/// page shown before keeps the states the app gave it.
pub fn enhance(reader: Reader, root: &Element) {
    check(root, input::READING, reader.reading.get_untracked().key());
    check(root, input::MARKS, reader.marks.get_untracked().key());
    let controls = |element: &Element, panel: &str| {
        let _ = element.set_attribute("aria-controls", panel);
        if !element.has_attribute("aria-expanded") {
            let _ = element.set_attribute("aria-expanded", "false");
        }
    };
    for marker in query_all(root, &format!(".{}", class::MARKER)) {
        let _ = marker.set_attribute("aria-haspopup", "dialog");
        controls(&marker, id::NOTE_PANEL);
    }
    for mark in query_all(root, &format!(".{} > .{}", class::TERM_WRAP, class::TERM)) {
        controls(&mark, id::TERM_CARD);
    }
}

pub fn attach(reader: Reader) {
    notes::attach(reader);
    // Whatever sets the reading or the marks (a link, Back) checks the button that says so.
    watch(move || {
        let (reading, marks) = (reader.reading.get(), reader.marks.get());
        if let Some(page) = document().document_element() {
            check(&page, input::READING, reading.key());
            check(&page, input::MARKS, marks.key());
        }
    });
    // The passage a timeline event sent the reader to stays marked until the next link.
    let mut previous: Option<String> = None;
    watch(move || {
        let current = reader.highlight.get();
        let element = |event: &Option<String>| {
            event
                .as_deref()
                .and_then(|event| by_id(&id::essay_event(event)))
        };
        set_attr(element(&previous.take()).as_ref(), attr::HIGHLIGHT, None);
        set_attr(element(&current).as_ref(), attr::HIGHLIGHT, Some("true"));
        previous = current;
    });
}

/// Checks the radio button `name=value` below `root`.
fn check(root: &Element, name: &str, value: &str) {
    if let Some(radio) = root
        .query_selector(&format!("input[name=\"{name}\"][value=\"{value}\"]"))
        .ok()
        .flatten()
        .and_then(|radio| radio.dyn_into::<HtmlInputElement>().ok())
    {
        radio.set_checked(true);
    }
}

/// A change of the settings, a click on a marker or a note panel button, and Escape.
pub fn on_event(reader: Reader, event: &Event) {
    match event.type_().as_str() {
        "change" => setting_changed(reader, event),
        "click" => {
            if let Some(marker) = closest(event, &format!(".{}", class::MARKER)) {
                if let Some(note) = marker.get_attribute(attr::NOTE) {
                    event.prevent_default();
                    reader.toggle_note(&note, marker.id());
                }
            } else if let Some(button) = closest(event, &format!("#{} button", id::NOTE_PANEL)) {
                match button.id().as_str() {
                    id::NOTE_CLOSE => reader.note.set(None),
                    id::NOTE_PREVIOUS => reader.step_note(-1),
                    id::NOTE_NEXT => reader.step_note(1),
                    _ => {}
                }
            }
        }
        "keydown" => {
            let escape = event
                .dyn_ref::<KeyboardEvent>()
                .is_some_and(|key| key.key() == "Escape");
            // Escape closes the innermost thing open: a glossary card first, then the note.
            if escape && reader.cards.with_untracked(|cards| cards.open().is_some()) {
                event.prevent_default();
                crate::glossary::dispatch(reader, CardEvent::Escape);
            } else if escape && reader.note.with_untracked(Option::is_some) {
                event.prevent_default();
                reader.note.set(None);
            }
        }
        _ => {}
    }
}

/// A settings radio button was chosen: the state follows.
fn setting_changed(reader: Reader, event: &Event) {
    let Some(radio) = event
        .target()
        .and_then(|target| target.dyn_into::<HtmlInputElement>().ok())
    else {
        return;
    };
    let value = radio.value();
    match radio.name().as_str() {
        input::READING => reader.reading.set(if value == Reading::Edited.key() {
            Reading::Edited
        } else {
            Reading::Original
        }),
        input::MARKS => {
            if let Some(marks) = Marks::ALL.into_iter().find(|marks| marks.key() == value) {
                reader.marks.set(marks);
            }
        }
        _ => {}
    }
}
