//! The visitor's cycle on screen: the attract screen until a touch, the warning with its
//! countdown after the idle time, and the reset. The decisions are
//! `exhibit_dom::kiosk::Cycle`'s; this feeds it the input and the clock and shows its steps.

use std::cell::RefCell;

use exhibit_dom::id;
use exhibit_dom::kiosk::{Cycle, Phase, Step};
use wasm_bindgen::JsCast;
use web_sys::{Event, HtmlDialogElement, HtmlElement, Node};

use crate::app::dom::by_id;
use crate::app::pages::write_history;
use crate::app::prelude::*;
use crate::app::state::Reader;

thread_local! {
    static CYCLE: RefCell<Cycle> = RefCell::new(Cycle::new(exhibit_dom::kiosk::DEFAULT_IDLE));
    /// Resets since the page loaded, for the operators.
    static RESETS: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
}

/// The input that shows a visitor is there (a touch, a click, a key, a wheel).
const INPUT: [&str; 3] = ["pointerdown", "keydown", "wheel"];

pub fn attach(reader: Reader, idle_seconds: u32) {
    CYCLE.with(|cycle| *cycle.borrow_mut() = Cycle::new(idle_seconds));
    // Escape would close the attract screen without a visit beginning (and the cycle would
    // wait on it for ever): only a touch or a click begins.
    if let Some(attract) = by_id(id::KIOSK_ATTRACT) {
        listen(&attract, "cancel", |event| event.prevent_default());
    }
    show_attract();
    for kind in INPUT {
        listen(&document(), kind, move |event| on_input(reader, &event));
    }
    listen(&document(), "click", move |event| on_click(reader, &event));
    // The clock: four times a second, so the countdown never skips a second.
    let tick = wasm_bindgen::closure::Closure::<dyn FnMut()>::new(move || {
        let step = CYCLE.with(|cycle| cycle.borrow_mut().tick(now()));
        show(reader, step);
    });
    let _ = window()
        .set_interval_with_callback_and_timeout_and_arguments_0(tick.as_ref().unchecked_ref(), 250);
    // The clock runs as long as the page.
    tick.forget();
}

/// Resets since the page loaded.
pub fn resets() -> u32 {
    RESETS.with(std::cell::Cell::get)
}

/// The page's clock, in milliseconds.
fn now() -> u64 {
    window()
        .performance()
        .map_or(0.0, |performance| performance.now())
        .max(0.0) as u64
}

/// Input anywhere keeps a visit going (or ends the warning). A touch on the attract screen
/// begins a visit only once it is a click, so the touch does not also land on the page
/// under it; on the warning, its buttons decide.
fn on_input(reader: Reader, event: &Event) {
    let phase = CYCLE.with(|cycle| cycle.borrow().phase());
    let on_button = inside(event, id::KIOSK_KEEP) || inside(event, id::KIOSK_RESET);
    if phase == Phase::Attract
        || (matches!(phase, Phase::Warning { .. }) && on_button)
        || inside(event, id::KIOSK_OPERATOR)
    {
        return;
    }
    let step = CYCLE.with(|cycle| cycle.borrow_mut().input(now()));
    show(reader, step);
}

fn on_click(reader: Reader, event: &Event) {
    let step = if inside(event, id::KIOSK_ATTRACT) {
        event.prevent_default();
        CYCLE.with(|cycle| cycle.borrow_mut().input(now()))
    } else if inside(event, id::KIOSK_KEEP) {
        CYCLE.with(|cycle| cycle.borrow_mut().input(now()))
    } else if inside(event, id::KIOSK_RESET) || inside(event, id::KIOSK_START_OVER) {
        CYCLE.with(|cycle| cycle.borrow_mut().start_over())
    } else {
        return;
    };
    show(reader, step);
}

/// Whether the event happened on the element `id` or inside it.
fn inside(event: &Event, id: &str) -> bool {
    let target = event
        .target()
        .and_then(|target| target.dyn_into::<Node>().ok());
    by_id(id).is_some_and(|element| element.contains(target.as_ref()))
}

/// Shows a step of the cycle.
fn show(reader: Reader, step: Step) {
    match step {
        Step::Stay => {}
        Step::Begin => {
            close(id::KIOSK_ATTRACT);
            if let Some(title) = by_id(id::VIEW_TITLE) {
                crate::app::dom::focus(&title, true);
            }
        }
        Step::Warn { seconds } => {
            if let Some(text) = by_id(id::KIOSK_SECONDS) {
                let seconds = seconds.to_string();
                if text.text_content().as_deref() != Some(seconds.as_str()) {
                    text.set_text_content(Some(&seconds));
                }
            }
            if let Some(dialog) = dialog(id::KIOSK_IDLE).filter(|dialog| !dialog.open()) {
                let _ = dialog.show_modal();
            }
        }
        Step::KeepReading => close(id::KIOSK_IDLE),
        Step::Reset => spawn_local(reset(reader)),
    }
}

/// Everything back as a new visitor finds it, then the attract screen.
async fn reset(reader: Reader) {
    close(id::KIOSK_IDLE);
    close(id::KIOSK_OPERATOR);
    crate::app::reset(reader).await;
    // The address: the kiosk's own parameters, nothing a visitor opened.
    write_history(&super::start_address(), false);
    window().scroll_to_with_x_and_y(0.0, 0.0);
    if let Some(active) = document()
        .active_element()
        .and_then(|element| element.dyn_into::<HtmlElement>().ok())
    {
        let _ = active.blur();
    }
    RESETS.with(|resets| resets.set(resets.get() + 1));
    show_attract();
    super::watchdog::after_reset();
}

fn show_attract() {
    if let Some(dialog) = dialog(id::KIOSK_ATTRACT).filter(|dialog| !dialog.open()) {
        let _ = dialog.show_modal();
    }
}

fn dialog(id: &str) -> Option<HtmlDialogElement> {
    by_id(id).and_then(|element| element.dyn_into().ok())
}

fn close(id: &str) {
    if let Some(dialog) = dialog(id).filter(HtmlDialogElement::open) {
        dialog.close();
    }
}
