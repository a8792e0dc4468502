//! Glossary terms: their marks and cards in the essay, and the A–Z glossary page.
//!
//! A card's content and the glossary page are HTML made at build time; this module adds
//! the marks, when cards open and close (the [`crate::term_cards`] state machine) and
//! where focus goes.

use leptos::prelude::*;

use super::state::{ReaderState, TermKey};
use crate::content::Page;
use crate::term_cards::{Command, Event, Input, Placement};

/// Sends an event to the cards and carries out what they ask for.
pub fn dispatch(state: ReaderState, event: Event<TermKey>) {
    let commands = state
        .cards
        .try_update(|cards| cards.handle(event))
        .unwrap_or_default();
    for command in commands {
        match command {
            Command::StartTimer { token, ms } => {
                set_timeout(
                    move || dispatch(state, Event::Timer(token)),
                    std::time::Duration::from_millis(u64::from(ms)),
                );
            }
            // A timer that runs out anyway carries a stale token, which the cards ignore.
            Command::CancelTimer(_) => {}
            Command::FocusTerm(key) => {
                if let Some(button) =
                    document()
                        .get_element_by_id(&key.button_id())
                        .and_then(|element| {
                            leptos::wasm_bindgen::JsCast::dyn_into::<leptos::web_sys::HtmlElement>(
                                element,
                            )
                            .ok()
                        })
                {
                    let _ = button.focus();
                }
            }
        }
    }
}

/// Keeps the marks' markup in step with the cards: the open card's button is expanded
/// and its card shown, inline or floating; every other card is hidden.
pub fn sync_cards(state: ReaderState) {
    Effect::new(move |previous: Option<Option<(TermKey, Placement)>>| {
        let current = state
            .cards
            .with(|cards| cards.open().map(|open| (open.key.clone(), open.placement)));
        let document = document();
        if let Some((key, _)) = previous.flatten() {
            if let Some(button) = document.get_element_by_id(&key.button_id()) {
                let _ = button.set_attribute("aria-expanded", "false");
            }
            if let Some(card) = document.get_element_by_id(&key.card_id()) {
                let _ = card.set_attribute("hidden", "");
            }
        }
        if let Some((key, placement)) = &current {
            if let Some(button) = document.get_element_by_id(&key.button_id()) {
                let _ = button.set_attribute("aria-expanded", "true");
            }
            if let Some(card) = document.get_element_by_id(&key.card_id()) {
                let placement = match placement {
                    Placement::Inline => "inline",
                    Placement::Floating => "floating",
                };
                let _ = card.set_attribute("data-placement", placement);
                let _ = card.remove_attribute("hidden");
            }
        }
        current
    });
}

/// Where an event happened, relative to the glossary marks.
enum Spot {
    Term(TermKey),
    Card(TermKey),
    Close(TermKey),
}

/// Finds the term mark (button, card or close button) an event target belongs to.
fn spot(target: Option<leptos::web_sys::EventTarget>) -> Option<(Spot, leptos::web_sys::Element)> {
    use leptos::wasm_bindgen::JsCast;
    let element = target?.dyn_into::<leptos::web_sys::Element>().ok()?;
    let wrap = element.closest(".ex-term-wrap").ok()??;
    let key = TermKey {
        term: crate::content::TermId(wrap.get_attribute("data-term")?),
        occurrence: wrap.get_attribute("data-occurrence")?.parse().ok()?,
    };
    let spot = if element.closest(".ex-term-card__close").ok()?.is_some() {
        Spot::Close(key)
    } else if element.closest(".ex-term-card").ok()?.is_some() {
        Spot::Card(key)
    } else {
        Spot::Term(key)
    };
    Some((spot, wrap))
}

/// Whether `other` (an event's related target) lies inside `wrap`.
fn inside(wrap: &leptos::web_sys::Element, other: Option<leptos::web_sys::EventTarget>) -> bool {
    use leptos::wasm_bindgen::JsCast;
    other
        .and_then(|other| other.dyn_into::<leptos::web_sys::Node>().ok())
        .is_some_and(|other| wrap.contains(Some(&other)))
}

/// The essay's event handlers for every glossary mark inside it, as one delegate.
pub fn term_events(state: ReaderState, event: leptos::web_sys::Event) {
    use leptos::wasm_bindgen::JsCast;
    let kind = event.type_();
    let Some((spot, wrap)) = spot(event.target()) else {
        return;
    };
    let pointer = event.dyn_ref::<leptos::web_sys::PointerEvent>();
    let mouse = pointer.is_some_and(|pointer| pointer.pointer_type() == "mouse");
    let related = || {
        pointer
            .and_then(|pointer| pointer.related_target())
            .or_else(|| {
                event
                    .dyn_ref::<leptos::web_sys::FocusEvent>()
                    .and_then(|e| e.related_target())
            })
    };
    let input = || {
        let detail = event
            .dyn_ref::<leptos::web_sys::MouseEvent>()
            .map_or(0, |e| e.detail());
        match (detail, wrap.get_attribute("data-pointer").as_deref()) {
            (0, _) => Input::Keyboard,
            (_, Some("touch")) => Input::Touch,
            _ => Input::Mouse,
        }
    };
    let message = match (kind.as_str(), spot) {
        ("pointerdown", _) => {
            if let Some(pointer) = pointer {
                let _ = wrap.set_attribute("data-pointer", &pointer.pointer_type());
            }
            None
        }
        ("pointerover", Spot::Term(key)) if mouse && !inside(&wrap, related()) => {
            Some(Event::PointerEnterTerm(key))
        }
        ("pointerover", Spot::Card(key)) if mouse => Some(Event::PointerEnterCard(key)),
        ("pointerout", Spot::Term(key) | Spot::Card(key) | Spot::Close(key))
            if mouse && !inside(&wrap, related()) =>
        {
            Some(Event::PointerLeaveTerm(key))
        }
        ("focusin", Spot::Term(key)) => Some(Event::Focus(key)),
        ("focusin", Spot::Card(key) | Spot::Close(key)) => Some(Event::FocusCard(key)),
        ("focusout", Spot::Term(key) | Spot::Card(key) | Spot::Close(key))
            if !inside(&wrap, related()) =>
        {
            Some(Event::FocusLeft(key))
        }
        ("click", Spot::Term(key)) => Some(Event::Activate(key, input())),
        ("click", Spot::Close(key)) => Some(Event::Close(key)),
        _ => None,
    };
    if let Some(message) = message {
        dispatch(state, message);
        keep_card_in_window(state);
    }
}

/// Shifts an open floating card left if it would run off the right edge of the window.
fn keep_card_in_window(state: ReaderState) {
    let Some(card_id) = state
        .cards
        .try_with_untracked(|cards| {
            cards
                .open()
                .filter(|open| open.placement == Placement::Floating)
                .map(|open| open.key.card_id())
        })
        .flatten()
    else {
        return;
    };
    request_animation_frame(move || {
        use leptos::wasm_bindgen::JsCast;
        let Some(card) = document()
            .get_element_by_id(&card_id)
            .and_then(|card| card.dyn_into::<leptos::web_sys::HtmlElement>().ok())
        else {
            return;
        };
        let style = card.style();
        let _ = style.set_property("left", "0px");
        let rect = card.get_bounding_client_rect();
        let width = f64::from(
            document()
                .document_element()
                .map_or(0, |root| root.client_width()),
        );
        let overflow = rect.right() - (width - 12.0);
        if overflow > 0.0 {
            // Whole pixels: formatting floats would cost kilobytes of WASM.
            let shift = overflow.min(rect.left() - 12.0).max(0.0).ceil() as i32;
            let _ = style.set_property("left", &format!("-{shift}px"));
        }
    });
}

/// Every term A–Z with its full entry (markup made at build time).
#[component]
pub fn GlossaryPage(
    /// The compiled content.
    page: &'static Page,
) -> impl IntoView {
    view! {
        <section
            class="ex-glossary"
            id="glossary"
            aria-labelledby="glossary-title"
            inner_html=page.fill(&page.glossary)
        ></section>
    }
}
