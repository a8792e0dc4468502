//! Keeps the address in step with the reader's state, both ways: what the reader opens
//! or selects is written into the address (replacing it, so selections stay out of the
//! Back button's way), and Back and Forward show what their address asks for. The years
//! a zoom or a pan shows are written once they settle, not on every step of a pinch or a
//! swipe: that is cheaper (each new address has the browser look up the page's icon again)
//! and stays under the browsers' limits on how often a page may change its address
//! (Chrome ignores more than 200 changes in 10 s, Safari refuses more than 100).

use crate::app::prelude::*;
use exhibit_dom::url::{address, Reading, Target};
use exhibit_dom::View;

use super::pages::{go, request_for, root, write_history, History};
use super::state::Reader;

/// How long the years shown must stay the same before the address says them.
#[cfg(feature = "zoom")]
const SETTLE: std::time::Duration = std::time::Duration::from_millis(250);

#[cfg(feature = "zoom")]
thread_local! {
    /// Counts the state's changes: a write of settled years is dropped if the state
    /// changed again before it was due.
    static TURN: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
}

pub fn sync(reader: Reader) {
    // State → address.
    super::watch(move || {
        #[cfg(feature = "zoom")]
        let turn = TURN.with(|turn| {
            turn.set(turn.get().wrapping_add(1));
            turn.get()
        });
        let view = reader.view.get();
        let target = reader.target();
        let reading = (view == View::Essay).then(|| reader.reading.get());
        let location = window().location();
        let hash = location.hash().unwrap_or_default();
        // A plain anchor the reader followed (`#sources`) stays while nothing is open.
        let target = match (target, Target::from_anchor(&hash)) {
            (Target::None, anchor @ Target::Anchor(_)) => anchor,
            (target, _) => target,
        };
        let search = location.search().unwrap_or_default();
        let query = search.clone();
        // The years the timeline is zoomed to, on its address alone.
        #[cfg(feature = "zoom")]
        let query = {
            let years = (view == View::Timeline)
                .then(|| reader.years.get())
                .flatten();
            exhibit_dom::url::with_years(&query, years)
        };
        let wanted = format!(
            "{}{}",
            root(),
            address(view, &query, reading.or(Some(Reading::Original)), &target)
        );
        let current = format!("{}{search}{hash}", location.pathname().unwrap_or_default());
        let (now, next) = (request_for(&current), request_for(&wanted));
        if now == next {
            return;
        }
        #[cfg(feature = "zoom")]
        if only_years_differ(now, next) {
            let write = move || {
                if TURN.with(std::cell::Cell::get) == turn {
                    write_history(&wanted, false);
                }
            };
            set_timeout(write, SETTLE);
            return;
        }
        write_history(&wanted, false);
    });

    // Back and Forward (and fragments the reader types) → state.
    listen(&window(), "popstate", move |_| {
        let href = window().location().href().unwrap_or_default();
        let Some(request) = request_for(&href) else {
            return;
        };
        // A plain anchor on this view (a source in the list, a letter of the glossary):
        // the browser has scrolled to it, and what is open stays open.
        let anchor = matches!(request.target, Target::Anchor(_));
        if !(anchor && request.view == reader.view.get_untracked()) {
            spawn_local(go(reader, request, History::Keep));
        }
    });
}

/// Whether two addresses ask for the same but for the years shown.
#[cfg(feature = "zoom")]
fn only_years_differ(
    now: Option<exhibit_dom::url::Request>,
    next: Option<exhibit_dom::url::Request>,
) -> bool {
    match (now, next) {
        (Some(mut now), Some(next)) => {
            now.years = next.years;
            now == next
        }
        _ => false,
    }
}
