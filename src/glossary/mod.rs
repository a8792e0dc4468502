//! Glossary cards: the essay's glossary marks open a card beside them, by mouse, keyboard
//! and touch. When a card opens and closes is decided by the [`cards`] state machine; this
//! module feeds it the essay's events, runs the timers it asks for, and shows the one
//! card: moved beside the open mark and filled from the term's entry on the glossary page
//! (fetched once, the first time a reader reaches for a term).

pub mod cards;

use crate::app::prelude::*;
use exhibit_dom::{attr, class, id, View};
use wasm_bindgen::JsCast;
use web_sys::{
    Element, Event, EventTarget, FocusEvent, HtmlElement, MouseEvent, PointerEvent, Url,
};

use crate::app::dom::{by_id, copy_children, query_all, set_attr, template};
use crate::app::pages::{load, root};
use crate::app::state::{Reader, TermKey};
use crate::app::watch;
use cards::{CardCommand, CardEvent, CardPlacement, InputKind};

/// Sends an event to the cards and carries out what they ask for.
pub fn dispatch(reader: Reader, event: CardEvent<TermKey>) {
    let commands = reader
        .cards
        .try_update(|cards| cards.handle(event))
        .unwrap_or_default();
    for command in commands {
        match command {
            CardCommand::StartTimer { token, ms } => {
                set_timeout(
                    move || dispatch(reader, CardEvent::Timer(token)),
                    std::time::Duration::from_millis(u64::from(ms)),
                );
            }
            // A timer that runs out anyway carries a stale token, which the cards ignore.
            CardCommand::CancelTimer(_) => {}
            CardCommand::FocusTerm(key) => {
                if let Some(mark) =
                    by_id(&key.mark_id()).and_then(|mark| mark.dyn_into::<HtmlElement>().ok())
                {
                    let _ = mark.focus();
                }
            }
        }
    }
}

/// Keeps the markup in step with the cards: the open card's mark is expanded and the card
/// shown beside it, inline or floating; otherwise the card is hidden.
pub fn attach(reader: Reader) {
    let mut previous: Option<(TermKey, CardPlacement)> = None;
    watch(move || {
        let current = reader
            .cards
            .with(|cards| cards.open().map(|open| (open.key.clone(), open.placement)));
        // The cards change with every pointer move and timer; the markup only when the
        // open card does (moving the card under the pointer would detach what it clicks).
        if current == previous {
            return;
        }
        if let Some((key, _)) = previous.take() {
            set_attr(
                by_id(&key.mark_id()).as_ref(),
                "aria-expanded",
                Some("false"),
            );
        }
        let card = by_id(id::TERM_CARD);
        match (&current, &card) {
            (Some((key, placement)), Some(card)) => {
                let mark = by_id(&key.mark_id());
                if let Some(wrap) = mark.as_ref().and_then(|mark| mark.parent_element()) {
                    let _ = wrap.append_child(card);
                }
                set_attr(mark.as_ref(), "aria-expanded", Some("true"));
                let placement_key = match placement {
                    CardPlacement::Inline => "inline",
                    CardPlacement::Floating => "floating",
                };
                let _ = card.set_attribute(attr::PLACEMENT, placement_key);
                if card.get_attribute(attr::TERM).as_deref() != Some(key.term.as_str()) {
                    spawn_local(fill(reader, key.term.clone()));
                }
                let _ = card.remove_attribute("hidden");
                keep_card_in_window(card.clone(), *placement);
            }
            (None, Some(card)) => {
                let _ = card.set_attribute("hidden", "");
            }
            _ => {}
        }
        previous = current;
    });
}

/// Fills the card from the term's glossary entry: its name, what it says, and a link to
/// it. The entry's links are written for the glossary page, so they are made absolute.
async fn fill(reader: Reader, term: String) {
    let Some(glossary) = load(View::Glossary).await else {
        return;
    };
    let still_open = reader
        .cards
        .with_untracked(|cards| cards.open().is_some_and(|open| open.key.term == term));
    let (Some(card), true) = (by_id(id::TERM_CARD), still_open) else {
        return;
    };
    let Ok(Some(entry)) = glossary.query_selector(&format!("#{}", id::glossary_entry(&term)))
    else {
        return;
    };
    let part = |name: &str| entry.query_selector(&format!(".{name}")).ok().flatten();
    let name = part(class::ENTRY_NAME)
        .and_then(|name| name.text_content())
        .unwrap_or_default();
    let base = format!("{}{}", root(), View::Glossary.dir());
    if let (Some(body), Some(source)) = (by_id(id::TERM_CARD_BODY), part(class::ENTRY_BODY)) {
        copy_children(&source, &body);
        for link in query_all(&body, "a[href]") {
            rebase(&link, &base);
        }
        set_attr(
            Some(&card),
            attr::KIND,
            source.get_attribute(attr::KIND).as_deref(),
        );
    }
    if let Some(heading) = by_id(id::TERM_CARD_NAME) {
        heading.set_text_content(Some(&name));
    }
    set_attr(
        by_id(id::TERM_CARD_ENTRY).as_ref(),
        "href",
        Some(&format!("{base}#{}", id::glossary_entry(&term))),
    );
    let _ = card.set_attribute("aria-label", &template(&card, "name", &name));
    if let Some(close) = by_id(id::TERM_CARD_CLOSE) {
        let _ = close.set_attribute("aria-label", &template(&close, "name", &name));
    }
    let _ = card.set_attribute(attr::TERM, &term);
}

/// Rewrites a link copied from another page so that it leads where it led there.
fn rebase(link: &Element, base: &str) {
    let origin = window().location().origin().unwrap_or_default();
    let href = link.get_attribute("href").unwrap_or_default();
    if let Ok(url) = Url::new_with_base(&href, &format!("{origin}{base}")) {
        let _ = link.set_attribute(
            "href",
            &format!("{}{}{}", url.pathname(), url.search(), url.hash()),
        );
    }
}

/// Where an event happened, relative to the glossary marks.
enum Spot {
    Term(TermKey),
    Card(TermKey),
    Close(TermKey),
}

/// Finds the glossary mark (its link, its card or the card's close button) an event
/// target belongs to, and the mark's wrapper.
fn spot(target: Option<EventTarget>) -> Option<(Spot, Element)> {
    let element = target?.dyn_into::<Element>().ok()?;
    let wrap = element.closest(&format!(".{}", class::TERM_WRAP)).ok()??;
    let key = TermKey {
        term: wrap.get_attribute(attr::TERM)?,
        occurrence: wrap.get_attribute(attr::OCCURRENCE)?.parse().ok()?,
    };
    let spot = if element
        .closest(&format!("#{}", id::TERM_CARD_CLOSE))
        .ok()?
        .is_some()
    {
        Spot::Close(key)
    } else if element
        .closest(&format!("#{}", id::TERM_CARD))
        .ok()?
        .is_some()
    {
        Spot::Card(key)
    } else {
        Spot::Term(key)
    };
    Some((spot, wrap))
}

/// Whether `other` (an event's related target) lies inside `wrap`.
fn inside(wrap: &Element, other: Option<EventTarget>) -> bool {
    other
        .and_then(|other| other.dyn_into::<web_sys::Node>().ok())
        .is_some_and(|other| wrap.contains(Some(&other)))
}

/// The essay's events for every glossary mark in it.
pub fn on_event(reader: Reader, event: &Event) {
    let kind = event.type_();
    let Some((spot, wrap)) = spot(event.target()) else {
        return;
    };
    let pointer = event.dyn_ref::<PointerEvent>();
    let mouse = pointer.is_some_and(|pointer| pointer.pointer_type() == "mouse");
    let related = || {
        pointer
            .and_then(|pointer| pointer.related_target())
            .or_else(|| {
                event
                    .dyn_ref::<FocusEvent>()
                    .and_then(|focus| focus.related_target())
            })
    };
    let input = || {
        let detail = event
            .dyn_ref::<MouseEvent>()
            .map_or(0, |click| click.detail());
        match (detail, wrap.get_attribute(attr::POINTER).as_deref()) {
            (0, _) => InputKind::Keyboard,
            (_, Some("touch")) => InputKind::Touch,
            _ => InputKind::Mouse,
        }
    };
    if matches!(kind.as_str(), "pointerover" | "focusin") {
        // The reader is reaching for a term: have the glossary ready.
        spawn_local(async {
            let _ = load(View::Glossary).await;
        });
    }
    let message = match (kind.as_str(), spot) {
        ("pointerdown", _) => {
            if let Some(pointer) = pointer {
                let _ = wrap.set_attribute(attr::POINTER, &pointer.pointer_type());
            }
            None
        }
        ("pointerover", Spot::Term(key)) if mouse && !inside(&wrap, related()) => {
            Some(CardEvent::PointerEnterTerm(key))
        }
        ("pointerover", Spot::Card(key)) if mouse => Some(CardEvent::PointerEnterCard(key)),
        ("pointerout", Spot::Term(key) | Spot::Card(key) | Spot::Close(key))
            if mouse && !inside(&wrap, related()) =>
        {
            Some(CardEvent::PointerLeaveTerm(key))
        }
        ("focusin", Spot::Term(key)) => Some(CardEvent::Focus(key)),
        ("focusin", Spot::Card(key) | Spot::Close(key)) => Some(CardEvent::FocusCard(key)),
        ("focusout", Spot::Term(key) | Spot::Card(key) | Spot::Close(key))
            if !inside(&wrap, related()) =>
        {
            Some(CardEvent::FocusLeft(key))
        }
        ("click", Spot::Term(key)) => {
            // The mark links to the term's entry; with the app, it opens the card instead.
            event.prevent_default();
            Some(CardEvent::Activate(key, input()))
        }
        ("click", Spot::Close(key)) => Some(CardEvent::Close(key)),
        _ => None,
    };
    if let Some(message) = message {
        dispatch(reader, message);
    }
}

/// Shifts an open floating card left if it would run off the right edge of the window.
fn keep_card_in_window(card: Element, placement: CardPlacement) {
    request_animation_frame(move || {
        let Some(card) = card.dyn_ref::<HtmlElement>() else {
            return;
        };
        let style = card.style();
        let _ = style.set_property("left", "0px");
        if placement != CardPlacement::Floating {
            return;
        }
        let rect = card.get_bounding_client_rect();
        let width = f64::from(
            document()
                .document_element()
                .map_or(0, |root| root.client_width()),
        );
        let overflow = rect.right() - (width - 12.0);
        if overflow > 0.0 {
            // Whole pixels are enough, and cheaper to write than a float.
            let shift = overflow.min(rect.left() - 12.0).max(0.0).ceil() as i32;
            let _ = style.set_property("left", &format!("-{shift}px"));
        }
    });
}
