//! Keeps the address in step with the reader's state, both ways: what the reader opens
//! or selects is written into the address (replacing it, so selections stay out of the
//! Back button's way), and Back and Forward show what their address asks for.

use crate::app::prelude::*;
use exhibit_dom::url::{address, Reading, Target};
use exhibit_dom::View;

use super::pages::{go, request_for, root, write_history, History};
use super::state::Reader;

pub fn sync(reader: Reader) {
    // State → address.
    super::watch(move || {
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
        if request_for(&current) != request_for(&wanted) {
            write_history(&wanted, false);
        }
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
