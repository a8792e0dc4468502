//! Zoom and pan on the timeline's track: the buttons, `+`, `-`, `0`, Page Up and Page
//! Down on the track, a pinch, Ctrl and the wheel (a trackpad's pinch), and any scroll of
//! the box the track is in (where, not zoomed in, a one-finger swipe steps through the
//! events, as elsewhere on the timeline). The arithmetic is `exhibit_dom::zoom`'s; here
//! the track is made `--zoom` times its box's width and scrolled, and the years shown go
//! to the address (`Reader::years`). Which labels and ticks show at each width the
//! page's stylesheet already knows (laid out at build time).

use std::cell::{Cell, RefCell};

use crate::app::prelude::*;
use exhibit_dom::zoom::{Track, Window, Years, MIN_SPAN, STEP};
use exhibit_dom::{attr, id};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{AddEventListenerOptions, Element, Event, HtmlElement, TouchEvent, WheelEvent};

use crate::app::dom::{by_id, closest, query_all, set_attr, template};
use crate::app::state::{set, Reader};

/// How far Page Up and Page Down move, in widths of the box.
const PAGE: f64 = 0.8;

thread_local! {
    /// The track's years and the stretch of them shown.
    static SHOWN: Cell<Option<(Track, Window)>> = const { Cell::new(None) };
    /// A pinch under way: the fingers' first distance, the window then, and where between
    /// the box's edges the fingers' midpoint was.
    static PINCH: Cell<Option<(f64, Window, f64)>> = const { Cell::new(None) };
    /// Where one finger touched the box: perhaps a swipe through the events.
    static SWIPE: Cell<Option<(i32, i32)>> = const { Cell::new(None) };
    /// The box whose events are listened to.
    static WIRED: RefCell<Option<Element>> = const { RefCell::new(None) };
}

fn scroller() -> Option<HtmlElement> {
    by_id(id::TIMELINE_SCROLL).and_then(|element| element.dyn_into().ok())
}

/// The track's years, as its markup says.
fn track_years() -> Option<Track> {
    let track = by_id(id::TIMELINE_TRACK)?;
    let year = |name: &str| track.get_attribute(name)?.parse::<i32>().ok();
    Some(Track::new(year(attr::TRACK_FIRST)?, year(attr::TRACK_END)?))
}

/// Readies the zoom on the timeline's markup: listens on the box the track scrolls in
/// (where a wheel or a pinch is taken from the page's own zoom and scrolling, so those
/// listeners may not be passive, and must not be on the document).
pub fn enhance(reader: Reader, root: &Element) {
    let Ok(Some(scroll)) = root.query_selector(&format!("#{}", id::TIMELINE_SCROLL)) else {
        return;
    };
    // Once per element: a view moved away from and back keeps its listeners.
    if WIRED.with(|wired| wired.replace(Some(scroll.clone())).as_ref() == Some(&scroll)) {
        return;
    }
    // The stylesheet lets the browser pan the box sideways, and leaves a pinch to the app.
    let _ = scroll.set_attribute("data-zoom", "");
    let options = AddEventListenerOptions::new();
    options.set_passive(false);
    let handler: Box<dyn FnMut(Event)> = Box::new(move |event| on_box_event(reader, &event));
    let callback = Closure::wrap(handler);
    for kind in [
        "wheel",
        "touchstart",
        "touchmove",
        "touchend",
        "touchcancel",
        "scroll",
    ] {
        let _ = scroll.add_event_listener_with_callback_and_add_event_listener_options(
            kind,
            callback.as_ref().unchecked_ref(),
            &options,
        );
    }
    // The element lives as long as the page keeps the view.
    callback.forget();
}

/// Shows the years the address asks for whenever they change or the timeline is shown.
pub fn attach(reader: Reader) {
    let mut was_shown = false;
    crate::app::watch(move || {
        let years = reader.years.get();
        let shown = reader.view.get() == exhibit_dom::View::Timeline;
        let arrived = shown && !was_shown;
        was_shown = shown;
        let Some(track) = track_years().filter(|_| shown) else {
            return;
        };
        // Already showing those years (the reader zoomed here): keep the window as it is,
        // and draw it again only if the track has just come back into the page (which
        // forgets how far its box was scrolled).
        let window = match shown_on(track) {
            Some(window) if track.years(window) == years => {
                if !arrived {
                    return;
                }
                window
            }
            _ => years.map_or(track.whole(), |years| track.window_for(years)),
        };
        show(track, window, true);
    });
}

/// The window shown on this track, if any.
fn shown_on(track: Track) -> Option<Window> {
    SHOWN
        .with(Cell::get)
        .filter(|(known, _)| *known == track)
        .map(|(_, window)| window)
}

/// How many times its box's width the track is drawn, in thousandths: `--zoom` is written
/// from it with integers, since formatting a float would bring Rust's float printing into
/// the build (about 10 KB).
fn zoom_milli(track: Track, window: Window) -> u64 {
    (track.factor(window) * 1000.0).round() as u64
}

/// The track's width in pixels when drawn `milli` thousandths of its box's `width`.
fn track_px(width: f64, milli: u64) -> f64 {
    width * milli as f64 / 1000.0
}

/// Shows a window: with `draw`, the track's width and the box's scroll (not when the box's
/// own scroll moved the window, which changes neither); always, the buttons' states and
/// the years said.
fn show(track: Track, window: Window, draw: bool) {
    SHOWN.with(|shown| shown.set(Some((track, window))));
    let Some(box_) = scroller().filter(|_| draw) else {
        say(track, window);
        return;
    };
    // Read first, while the layout is still clean; then every write; the scroll last, so
    // the one layout a step forces is the one the scroll needs, and the frame has none.
    let width = f64::from(box_.client_width());
    say(track, window);
    let milli = zoom_milli(track, window);
    let zoomed = milli > 1000;
    // Only what changes: a new `--zoom` lays out the whole track again, and not zoomed (the
    // stylesheet's default, as the page arrives) there is nothing to scroll, so taking
    // over the page costs no style or layout.
    if let Some(style) = box_
        .first_element_child()
        .and_then(|wide| wide.dyn_into::<HtmlElement>().ok())
        .map(|wide| wide.style())
    {
        let zoom = zoomed.then(|| format!("{}.{:03}", milli / 1000, milli % 1000));
        let current = style.get_property_value("--zoom").unwrap_or_default();
        match zoom {
            Some(zoom) if zoom != current => {
                let _ = style.set_property("--zoom", &zoom);
            }
            None if !current.is_empty() => {
                let _ = style.remove_property("--zoom");
            }
            _ => {}
        }
    }
    if zoomed {
        let left = track.scroll(window) * track_px(width, milli);
        box_.set_scroll_left(left.round() as i32);
    }
}

/// Whether the track is drawn wider than its box (and so pans under a finger).
fn zoomed_in() -> bool {
    SHOWN
        .with(Cell::get)
        .is_some_and(|(track, window)| zoom_milli(track, window) > 1000)
}

/// The buttons' states (which can go further, which names the years shown) and the
/// years said, for a window.
fn say(track: Track, window: Window) {
    let years = track.years(window);
    set_attr(
        by_id(id::TIMELINE_ZOOM_OUT).as_ref(),
        "disabled",
        years.is_none().then_some(""),
    );
    set_attr(
        by_id(id::TIMELINE_ZOOM_IN).as_ref(),
        "disabled",
        (window.span() <= MIN_SPAN + 1e-6).then_some(""),
    );
    if let Some(zoom) = by_id(id::TIMELINE_ZOOM) {
        for button in query_all(&zoom, &format!("button[{}]", attr::YEARS)) {
            let asks = button
                .get_attribute(attr::YEARS)
                .and_then(|value| Years::parse(&value));
            let pressed = if asks == years { "true" } else { "false" };
            set_attr(Some(&button), "aria-pressed", Some(pressed));
        }
    }
    if let Some(showing) = by_id(id::TIMELINE_SHOWING) {
        // No more than the years the events cover.
        let events = showing
            .get_attribute(attr::YEARS)
            .and_then(|value| Years::parse(&value));
        let years = years.unwrap_or(Years {
            first: track.first,
            last: track.end - 1,
        });
        let (first, last) = match events {
            Some(events) => (
                years.first.clamp(events.first, events.last),
                years.last.clamp(events.first, events.last),
            ),
            None => (years.first, years.last),
        };
        let text = if first == last {
            first.to_string()
        } else {
            format!("{first}–{last}")
        };
        let text = template(&showing, "years", &text);
        if showing.text_content().as_deref() != Some(text.as_str()) {
            showing.set_text_content(Some(&text));
        }
    }
}

/// Zooms or pans to `change(track, window)`, and puts its years in the address.
fn change(reader: Reader, change: impl FnOnce(Track, Window) -> Window) {
    let Some(track) = track_years() else {
        return;
    };
    let window = change(track, shown_on(track).unwrap_or(track.whole()));
    show(track, window, true);
    set(reader.years, track.years(window));
}

/// A key on the track: `+` and `-` zoom, `0` shows all years, Page Up and Page Down pan;
/// `true` if it was one of those.
pub fn on_key(reader: Reader, key: &str) -> bool {
    match key {
        "+" | "=" => change(reader, |track, window| track.zoom(window, STEP, 0.5)),
        "-" => change(reader, |track, window| track.zoom(window, 1.0 / STEP, 0.5)),
        "0" => change(reader, |track, _| track.whole()),
        "PageDown" => change(reader, |track, window| track.pan(window, PAGE)),
        "PageUp" => change(reader, |track, window| track.pan(window, -PAGE)),
        _ => return false,
    }
    true
}

/// A click on a zoom button; `true` if it was one.
pub fn on_click(reader: Reader, event: &Event) -> bool {
    let Some(button) = closest(event, &format!("#{} button", id::TIMELINE_ZOOM)) else {
        return false;
    };
    let id = button.id();
    if id == id::TIMELINE_ZOOM_IN {
        change(reader, |track, window| track.zoom(window, STEP, 0.5));
    } else if id == id::TIMELINE_ZOOM_OUT {
        change(reader, |track, window| track.zoom(window, 1.0 / STEP, 0.5));
    } else {
        let years = button
            .get_attribute(attr::YEARS)
            .and_then(|value| Years::parse(&value));
        change(reader, |track, _| {
            years.map_or(track.whole(), |years| track.window_for(years))
        });
    }
    true
}

/// Brings a mark into the box, if zoomed in and out of sight.
pub fn show_mark(mark: &Element) {
    let Some(box_) = scroller() else {
        return;
    };
    let (outer, inner) = (
        box_.get_bounding_client_rect(),
        mark.get_bounding_client_rect(),
    );
    if inner.left() < outer.left() || inner.right() > outer.right() {
        let middle = (inner.left() + inner.right()) / 2.0 - outer.left();
        let left = f64::from(box_.scroll_left()) + middle - outer.width() / 2.0;
        box_.set_scroll_left(left.round() as i32);
    }
}

/// What happens on the box: a wheel with Ctrl (or a trackpad's pinch) zooms at the
/// pointer, two fingers pinch, a scroll (a finger, the scroll bar, a wheel sideways)
/// pans, and one finger swiping sideways, not zoomed in, steps through the events.
fn on_box_event(reader: Reader, event: &Event) {
    let Some(box_) = scroller() else {
        return;
    };
    let rect = box_.get_bounding_client_rect();
    let at = |x: f64| (x - rect.left()) / rect.width().max(1.0);
    match event.type_().as_str() {
        "wheel" => {
            let Some(wheel) = event.dyn_ref::<WheelEvent>() else {
                return;
            };
            if !wheel.ctrl_key() {
                return;
            }
            event.prevent_default();
            // A notch of a mouse's wheel (100 px) is a zoom step.
            let factor = js_sys::Math::pow(STEP, -wheel.delta_y() / 100.0);
            let anchor = at(f64::from(wheel.client_x()));
            change(reader, |track, window| track.zoom(window, factor, anchor));
        }
        "touchstart" | "touchmove" => {
            let Some(touches) = event.dyn_ref::<TouchEvent>().map(TouchEvent::touches) else {
                return;
            };
            if event.type_() == "touchstart" {
                // One finger may swipe; a second makes it a pinch.
                let one = (touches.length() == 1)
                    .then(|| touches.get(0))
                    .flatten()
                    .map(|touch| (touch.client_x(), touch.client_y()));
                SWIPE.with(|swipe| swipe.set(one));
            }
            let (Some(a), Some(b), None) = (touches.get(0), touches.get(1), touches.get(2)) else {
                PINCH.with(|pinch| pinch.set(None));
                return;
            };
            let (ax, bx) = (f64::from(a.client_x()), f64::from(b.client_x()));
            let (ay, by) = (f64::from(a.client_y()), f64::from(b.client_y()));
            let distance = ((ax - bx) * (ax - bx) + (ay - by) * (ay - by))
                .sqrt()
                .max(1.0);
            if event.cancelable() {
                event.prevent_default();
            }
            match PINCH.with(Cell::get) {
                Some((first, window, anchor)) if event.type_() == "touchmove" => {
                    let factor = distance / first;
                    change(reader, |track, _| track.zoom(window, factor, anchor));
                }
                _ => {
                    let window = SHOWN.with(Cell::get).map(|(_, window)| window);
                    let anchor = at((ax + bx) / 2.0);
                    let pinch = window.map(|window| (distance, window, anchor));
                    PINCH.with(|cell| cell.set(pinch));
                }
            }
        }
        "touchend" | "touchcancel" => {
            PINCH.with(|pinch| pinch.set(None));
            let start = SWIPE.with(Cell::take);
            let end = event
                .dyn_ref::<TouchEvent>()
                .and_then(|touch| touch.changed_touches().get(0));
            // Zoomed in, a sideways swipe panned the track (the browser did); not zoomed in,
            // there is nothing to pan, and it steps through the events.
            if let (Some((x, y)), Some(end), false) = (start, end, zoomed_in()) {
                if event.type_() == "touchend" {
                    super::swiped(reader, end.client_x() - x, end.client_y() - y);
                }
            }
        }
        "scroll" => {
            let Some((track, window)) = SHOWN.with(Cell::get) else {
                return;
            };
            let milli = zoom_milli(track, window);
            let width = f64::from(box_.client_width());
            let scroll = f64::from(box_.scroll_left()) / track_px(width, milli).max(1.0);
            let panned = track.from_scroll(milli as f64 / 1000.0, scroll);
            show(track, panned, false);
            set(reader.years, track.years(panned));
        }
        _ => {}
    }
}
