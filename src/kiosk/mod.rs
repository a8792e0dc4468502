//! On a museum touch screen (`?mode=kiosk`; the build `gulag-exhibit-kiosk` only): an
//! attract screen, a warning and a reset when the visitor walks away, no way out of the
//! exhibit, an operators' panel, and a page that works offline and recovers by itself.
//!
//! The parts (attract screen, warning, operators' panel, QR codes) are drawn at build
//! time into `kiosk.html`, which this fetches once and adds to the page. The visitor's
//! cycle is the pure state machine `exhibit_dom::kiosk::Cycle`; [`cycle`] shows its steps.
//! [`lockdown`] keeps visitors in, [`operator`] is the panel, [`watchdog`] recovers from
//! errors and keeps the page's files for offline use.

mod cycle;
mod lockdown;
mod operator;
mod watchdog;

pub use watchdog::failed;

use std::cell::RefCell;

use exhibit_dom::kiosk::{Kiosk, PARTS_FILE};
use exhibit_dom::url::with_reading;
use exhibit_dom::{attr, id};
use wasm_bindgen::JsCast;
use web_sys::Element;

use crate::app::dom::{by_id, query_all};
use crate::app::pages::{fetch_document, root};
use crate::app::prelude::*;
use crate::app::state::Reader;

thread_local! {
    /// The address the kiosk starts at: the essay, with the kiosk's own parameters.
    static START: RefCell<String> = const { RefCell::new(String::new()) };
    /// Each outside address's QR code (its `<figure>`); `None` until the parts have loaded.
    static QR: RefCell<Option<Vec<(String, Element)>>> = const { RefCell::new(None) };
}

/// Starts the kiosk: lock the page down, load its parts, then run the visitor's cycle.
pub fn attach(reader: Reader) {
    let search = window().location().search().unwrap_or_default();
    let kiosk = Kiosk::from_query(&search);
    // The parameters it was opened with, less a reading a visitor may have chosen.
    let start = format!("{}{}", root(), with_reading(&search, None));
    START.with(|cell| *cell.borrow_mut() = start);
    watchdog::attach();
    lockdown::attach();
    spawn_local(async move {
        let Some(parts) = load_parts().await else {
            watchdog::failed("the kiosk's parts could not be loaded");
            return;
        };
        let _ = document().body().map(|body| body.append_child(&parts));
        if let Some(app) = by_id(id::APP) {
            enhance(&app);
        }
        operator::attach(&kiosk);
        cycle::attach(reader, kiosk.idle);
        if let Some(page) = document().document_element() {
            let _ = page.set_attribute(attr::KIOSK_READY, "");
        }
    });
}

/// The address the kiosk starts at (where a reset or a reload takes it).
fn start_address() -> String {
    START.with(|start| start.borrow().clone())
}

/// Readies a view's markup for the kiosk: every link that leaves the exhibit becomes its
/// text and a QR code of its address, for the visitor's own phone.
pub fn enhance(root: &Element) {
    // Before the parts have loaded, the links wait (the parts' arrival readies the view).
    if QR.with(|qr| qr.borrow().is_none()) {
        return;
    }
    // Outside: an absolute address on another site (the exhibit links to itself relatively).
    let own = window().location().origin().unwrap_or_default() + "/";
    for link in query_all(root, "a[href]") {
        let Some(href) = link.get_attribute("href") else {
            continue;
        };
        let absolute = href.starts_with("https://") || href.starts_with("http://");
        if !absolute || href.starts_with(&own) {
            continue;
        }
        // The link's words stay, as text; its QR code follows them.
        let text = document().create_element("span").ok();
        if let Some(text) = &text {
            let _ = text.set_attribute("class", "ex-kiosk-outside");
            while let Some(child) = link.first_child() {
                let _ = text.append_child(&child);
            }
            let code = QR.with(|qr| {
                qr.borrow()
                    .iter()
                    .flatten()
                    .find(|(address, _)| *address == href)
                    .map(|(_, figure)| figure.clone_node_with_deep(true))
            });
            if let Some(Ok(code)) = code {
                let _ = text.append_child(&code);
            }
            let _ = link.replace_with_with_node_1(text);
        }
    }
}

/// Fetches `kiosk.html` and keeps its QR codes; returns the parts to add to the page.
async fn load_parts() -> Option<Element> {
    let parsed = fetch_document(&format!("{}{PARTS_FILE}", root())).await?;
    let parts = parsed.get_element_by_id(id::KIOSK)?;
    let parts: Element = document().adopt_node(&parts).ok()?.dyn_into().ok()?;
    let codes = by_id_in(&parts, id::KIOSK_QR)?;
    QR.with(|qr| {
        *qr.borrow_mut() = Some(
            query_all(&codes, &format!("li[{}]", attr::QR_HREF))
                .into_iter()
                .filter_map(|item| {
                    let figure = item.first_element_child()?;
                    Some((item.get_attribute(attr::QR_HREF)?, figure))
                })
                .collect(),
        );
    });
    // Kept above, not shown as a list.
    codes.remove();
    Some(parts)
}

/// The element with `id` inside `root` (before `root` is in the page).
fn by_id_in(root: &Element, id: &str) -> Option<Element> {
    root.query_selector(&format!("#{id}")).ok().flatten()
}
