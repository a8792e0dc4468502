//! The camp map's behaviour: the selected camp's pin is marked current, which the
//! stylesheet answers by showing the camp's details under the map. Pins are links to
//! those details (`#camp-…`), followed inside the page like any link (see
//! [`crate::app::pages`]); without the app, the stylesheet shows the details a link
//! leads to (`:target`).

use crate::app::prelude::*;
use exhibit_dom::id;

use crate::app::dom::{by_id, set_attr};
use crate::app::state::Reader;
use crate::app::watch;

pub fn attach(reader: Reader) {
    let mut previous: Option<String> = None;
    watch(move || {
        let current = reader.camp.get();
        let pin =
            |camp: &Option<String>| camp.as_deref().and_then(|camp| by_id(&id::camp_pin(camp)));
        set_attr(pin(&previous.take()).as_ref(), "aria-current", None);
        set_attr(pin(&current).as_ref(), "aria-current", Some("true"));
        previous = current;
    });
}
