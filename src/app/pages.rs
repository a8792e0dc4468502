//! Moving between views without leaving the page. Every view is a page of its own, so a
//! plain link works without the app; with it, following a link to another view fetches
//! that page once, keeps the part that differs (`#ex-app`) and swaps it in, so the state
//! of the other views (the reading, an open note, the selected event) is kept while the
//! reader is away. Anything that goes wrong falls back to loading the page normally.

use std::cell::RefCell;

use crate::app::prelude::*;
use exhibit_dom::url::{address, Request, Target};
use exhibit_dom::{id, View};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{DomParser, Element, Response, SupportedType, Url};

use super::dom::{by_id, focus, query};
use super::state::Reader;

/// A view's part of the page while another view is shown, with what its `<head>` says.
struct Stored {
    app: Element,
    title: String,
    description: String,
}

thread_local! {
    /// The views not shown now (at most three: a list is all it takes).
    static STORED: RefCell<Vec<(View, Stored)>> = const { RefCell::new(Vec::new()) };
    /// The exhibit's root as an absolute path ("/" or "/exhibits/gulag/").
    static ROOT: RefCell<String> = RefCell::new(String::from("/"));
}

/// Whether to record a move in the history.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum History {
    /// A link: Back returns.
    Push,
    /// The start or an old-style address being rewritten.
    Replace,
    /// Back or Forward: the history is already there.
    Keep,
}

/// Learns where the exhibit's root is from the address of the page it started on.
pub fn init_root(view: View) {
    let path = window().location().pathname().unwrap_or_default();
    let path = path.strip_suffix("index.html").unwrap_or(&path);
    let root = path.strip_suffix(view.dir()).unwrap_or(path);
    let root = if root.ends_with('/') {
        root.to_owned()
    } else {
        format!("{root}/")
    };
    ROOT.with(|cell| *cell.borrow_mut() = root);
}

/// The exhibit's root, as an absolute path.
pub fn root() -> String {
    ROOT.with(|cell| cell.borrow().clone())
}

/// What an address inside the exhibit asks for; `None` for anything outside it (another
/// site, a file such as an image, a path below the root that is no view).
pub fn request_for(href: &str) -> Option<Request> {
    let location = window().location();
    let url = Url::new_with_base(href, &location.href().ok()?).ok()?;
    if url.origin() != location.origin().ok()? {
        return None;
    }
    let view = View::from_path(url.pathname().strip_prefix(&root())?)?;
    Some(Request::parse(view, &url.search(), &url.hash()))
}

/// Goes to what a request asks for: its view (swapped in if another is shown), then its
/// target. The address is rewritten in the new form.
pub async fn go(reader: Reader, request: Request, history: History) {
    let changed = request.view != reader.view.get_untracked();
    let query = window().location().search().unwrap_or_default();
    // The years the timeline is zoomed to belong to its address alone.
    #[cfg(feature = "zoom")]
    let query = exhibit_dom::url::with_years(&query, request.years);
    let href = format!(
        "{}{}",
        root(),
        address(request.view, &query, request.reading, &request.target)
    );
    if changed && !show(reader, request.view).await {
        let _ = window().location().assign(&href);
        return;
    }
    match history {
        History::Push => write_history(&href, true),
        History::Replace => write_history(&href, false),
        History::Keep => {}
    }
    #[cfg(feature = "zoom")]
    if request.view == View::Timeline {
        super::state::set(reader.years, request.years);
    }
    if let Some(elsewhere) = reader.apply(request.reading, &request.target) {
        // An old term link the essay as shown does not mark: its glossary entry instead.
        let request = Request {
            view: View::Glossary,
            target: elsewhere,
            ..Request::default()
        };
        Box::pin(go(reader, request, History::Replace)).await;
        return;
    }
    if changed && request.target == Target::None {
        window().scroll_to_with_x_and_y(0.0, 0.0);
        if let Some(title) = by_id(id::VIEW_TITLE) {
            focus(&title, true);
        }
    }
}

/// Writes an address into the history.
pub fn write_history(href: &str, push: bool) {
    if let Ok(history) = window().history() {
        let _ = if push {
            history.push_state_with_url(&JsValue::NULL, "", Some(href))
        } else {
            history.replace_state_with_url(&JsValue::NULL, "", Some(href))
        };
    }
}

/// Swaps a view's part into the page (fetching its page the first time). `false` if it
/// could not be had.
async fn show(reader: Reader, view: View) -> bool {
    let Some(next) = load(view).await else {
        return false;
    };
    let (Some(current), current_view) = (by_id(id::APP), reader.view.get_untracked()) else {
        return false;
    };
    let document = document();
    let stored = take_stored(view);
    let _ = current.replace_with_with_node_1(&next);
    let head_of = |name: &str| query(&format!("meta[name=\"{name}\"]"));
    let description = head_of("description")
        .and_then(|meta| meta.get_attribute("content"))
        .unwrap_or_default();
    STORED.with(|list| {
        list.borrow_mut().push((
            current_view,
            Stored {
                app: current,
                title: document.title(),
                description,
            },
        ))
    });
    if let Some(stored) = stored {
        document.set_title(&stored.title);
        if let Some(meta) = head_of("description") {
            let _ = meta.set_attribute("content", &stored.description);
        }
    }
    super::enhance(reader, view, &next);
    reader.view.set(view);
    true
}

/// Shows a new copy of `view`'s page and forgets every view kept, so nothing a reader did
/// to a page survives (the kiosk's reset). `false` if the page could not be had.
pub async fn restart(reader: Reader, view: View) -> bool {
    STORED.with(|stored| stored.borrow_mut().clear());
    let Some(next) = load(view).await else {
        return false;
    };
    let (Some(current), Some(fresh)) = (by_id(id::APP), take_stored(view)) else {
        return false;
    };
    let _ = current.replace_with_with_node_1(&next);
    document().set_title(&fresh.title);
    if let Some(meta) = query("meta[name=\"description\"]") {
        let _ = meta.set_attribute("content", &fresh.description);
    }
    super::enhance(reader, view, &next);
    reader.view.set(view);
    true
}

/// A view's part of the page: the one shown, one kept, or fetched, parsed and kept.
pub async fn load(view: View) -> Option<Element> {
    if let Some(app) = stored_app(view) {
        return Some(app);
    }
    let parsed = fetch_document(&format!("{}{}", root(), view.dir())).await?;
    let app = parsed.get_element_by_id(id::APP)?;
    let app: Element = document().adopt_node(&app).ok()?.dyn_into().ok()?;
    adopt_layout(&parsed);
    if let Some(first) = stored_app(view) {
        // Fetched twice at once: keep the first.
        return Some(first);
    }
    let title = parsed.title();
    let description = parsed
        .query_selector("meta[name=\"description\"]")
        .ok()
        .flatten()
        .and_then(|meta| meta.get_attribute("content"))
        .unwrap_or_default();
    STORED.with(|stored| {
        stored.borrow_mut().push((
            view,
            Stored {
                app: app.clone(),
                title,
                description,
            },
        ))
    });
    Some(app)
}

/// Brings the rules that place a view's parts (its page's `<style>`, whose id is
/// `id::layout_style`) into this page's head, once: they name only that view's elements,
/// so they can stay when it is not shown.
fn adopt_layout(parsed: &web_sys::Document) {
    let Some(rules) = parsed.query_selector("head style").ok().flatten() else {
        return;
    };
    if by_id(&rules.id()).is_none() {
        if let (Some(head), Ok(rules)) = (query("head"), document().adopt_node(&rules)) {
            let _ = head.append_child(&rules);
        }
    }
}

/// Fetches an HTML file of the exhibit and parses it; `None` if it cannot be had.
pub async fn fetch_document(url: &str) -> Option<web_sys::Document> {
    let response: Response = wasm_bindgen_futures::JsFuture::from(window().fetch_with_str(url))
        .await
        .ok()?
        .dyn_into()
        .ok()?;
    if !response.ok() {
        return None;
    }
    let text = wasm_bindgen_futures::JsFuture::from(response.text().ok()?)
        .await
        .ok()?
        .as_string()?;
    DomParser::new()
        .ok()?
        .parse_from_string(&text, SupportedType::TextHtml)
        .ok()
}

/// A kept view's part of the page.
fn stored_app(view: View) -> Option<Element> {
    STORED.with(|stored| {
        stored
            .borrow()
            .iter()
            .find(|(kept, _)| *kept == view)
            .map(|(_, stored)| stored.app.clone())
    })
}

/// Takes a kept view out of the list, to show it.
fn take_stored(view: View) -> Option<Stored> {
    STORED.with(|stored| {
        let mut stored = stored.borrow_mut();
        let index = stored.iter().position(|(kept, _)| *kept == view)?;
        Some(stored.swap_remove(index).1)
    })
}
