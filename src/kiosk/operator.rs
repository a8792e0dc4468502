//! The operators' panel: a long press on the top left corner, then the PIN (set at build
//! time, or by the address), opens the screen's status: version, device, uptime, resets
//! since start, whether it works offline, the last error. It gives visitors no way out:
//! its only actions are reloading the exhibit and closing the panel.

use std::cell::RefCell;

use exhibit_dom::kiosk::{uptime, Kiosk, OPERATOR_PRESS_MS};
use exhibit_dom::{attr, id};
use wasm_bindgen::JsCast;
use web_sys::{Element, Event, HtmlDialogElement};

use crate::app::dom::by_id;
use crate::app::prelude::*;

thread_local! {
    /// The digits entered so far.
    static ENTERED: RefCell<String> = const { RefCell::new(String::new()) };
    /// When the press on the corner began (the page's clock), while it lasts.
    static PRESS: std::cell::Cell<Option<u32>> = const { std::cell::Cell::new(None) };
}

pub fn attach(kiosk: &Kiosk) {
    // The address's PIN, else the build's (none: the panel opens without one).
    let pin = kiosk
        .pin
        .clone()
        .or_else(|| by_id(id::KIOSK).and_then(|parts| parts.get_attribute(attr::KIOSK_PIN)));
    let device = kiosk.device.clone();
    let (Some(corner), Some(panel)) = (by_id(id::KIOSK_CORNER), by_id(id::KIOSK_OPERATOR)) else {
        return;
    };
    // A press that lasts opens the panel; lifting or leaving the corner before cancels it.
    let (unlock, name) = (pin.clone(), device.clone());
    listen(&corner, "pointerdown", move |_| {
        let press = PRESS.with(|press| {
            let id = press.get().map_or(1, |id| id.wrapping_add(1));
            press.set(Some(id));
            id
        });
        let (pin, device) = (unlock.clone(), name.clone());
        set_timeout(
            move || {
                if PRESS.with(std::cell::Cell::get) == Some(press) {
                    open(pin.as_deref(), device.as_deref());
                }
            },
            std::time::Duration::from_millis(u64::from(OPERATOR_PRESS_MS)),
        );
    });
    for kind in ["pointerup", "pointerleave", "pointercancel"] {
        listen(&corner, kind, |_| {
            PRESS.with(|press| press.set(press.get().map(|id| id.wrapping_add(1))))
        });
    }
    listen(&panel, "click", move |event| {
        on_click(&event, pin.as_deref(), device.as_deref())
    });
}

/// Opens the panel: the PIN pad, or the status straight away if no PIN was set.
fn open(pin: Option<&str>, device: Option<&str>) {
    let Some(panel) =
        by_id(id::KIOSK_OPERATOR).and_then(|p| p.dyn_into::<HtmlDialogElement>().ok())
    else {
        return;
    };
    ENTERED.with(|entered| entered.borrow_mut().clear());
    show_entered();
    set_hidden(id::KIOSK_PIN_WRONG, true);
    let unlocked = pin.is_none();
    set_hidden(id::KIOSK_PIN, unlocked);
    set_hidden(id::KIOSK_STATUS, !unlocked);
    if unlocked {
        fill_status(device);
    }
    if !panel.open() {
        let _ = panel.show_modal();
    }
}

fn on_click(event: &Event, pin: Option<&str>, device: Option<&str>) {
    // The panel's buttons hold only their words, so the button is the event's target.
    let Some(button) = event.target().and_then(|t| t.dyn_into::<Element>().ok()) else {
        return;
    };
    if let Some(key) = button.get_attribute(attr::DIGIT) {
        match key.as_str() {
            "clear" => ENTERED.with(|entered| entered.borrow_mut().clear()),
            "enter" => {
                let right = ENTERED.with(|entered| Some(entered.borrow().as_str()) == pin);
                ENTERED.with(|entered| entered.borrow_mut().clear());
                set_hidden(id::KIOSK_PIN_WRONG, right);
                if right {
                    set_hidden(id::KIOSK_PIN, true);
                    set_hidden(id::KIOSK_STATUS, false);
                    fill_status(device);
                }
            }
            digit => ENTERED.with(|entered| {
                let mut entered = entered.borrow_mut();
                if entered.len() < 8 {
                    entered.push_str(digit);
                }
            }),
        }
        show_entered();
    } else if button.id() == id::KIOSK_RELOAD {
        super::watchdog::reload();
    } else if button.id() == id::KIOSK_CLOSE {
        if let Some(panel) =
            by_id(id::KIOSK_OPERATOR).and_then(|p| p.dyn_into::<HtmlDialogElement>().ok())
        {
            panel.close();
        }
    }
}

/// The digits entered, as dots.
fn show_entered() {
    // Digits only: one byte each.
    let dots = ENTERED.with(|entered| "•".repeat(entered.borrow().len()));
    if let Some(shown) = by_id(id::KIOSK_PIN_SHOWN) {
        shown.set_text_content(Some(&dots));
    }
}

fn set_hidden(id: &str, hidden: bool) {
    crate::app::dom::set_attr(by_id(id).as_ref(), "hidden", hidden.then_some(""));
}

/// The screen's figures, as of now.
fn fill_status(device: Option<&str>) {
    let Some(status) = by_id(id::KIOSK_STATUS) else {
        return;
    };
    let word = |name: &str| status.get_attribute(name).unwrap_or_default();
    let version = by_id(id::KIOSK)
        .and_then(|parts| parts.get_attribute(attr::KIOSK_VERSION))
        .unwrap_or_default();
    let uptime = uptime(window().performance().map_or(0.0, |p| p.now()) as u64);
    let offline = if super::watchdog::ready_offline() {
        word(attr::YES)
    } else {
        word(attr::NO)
    };
    let values = [
        ("version", Some(version)),
        ("device", device.map(str::to_owned)),
        ("uptime", Some(uptime)),
        ("resets", Some(super::cycle::resets().to_string())),
        ("offline", Some(offline)),
        ("error", super::watchdog::last_error()),
    ];
    for (key, value) in values {
        if let (Some(cell), Some(value)) = (status_cell(&status, key), value) {
            cell.set_text_content(Some(&value));
        }
    }
}

fn status_cell(status: &Element, key: &str) -> Option<Element> {
    status
        .query_selector(&format!("[{}=\"{key}\"]", attr::STATUS))
        .ok()
        .flatten()
}
