//! In another site's frame (`?mode=embed`; the build `gulag-exhibit-embed` only): the page
//! tells its host its height whenever it changes and its address whenever the reader opens
//! something, takes requests to show an address only from its host, and opens outside links
//! in new tabs. The messages and their checks are in `exhibit_dom::embed`; the host side is
//! `assets/embed/embed.js`.

use exhibit_dom::embed::{go_href, reported_height, Embed, DATAWRAPPER, SIZE, STATE};
use exhibit_dom::id;
use exhibit_dom::url::address;
use js_sys::{Object, Reflect};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, MessageEvent, ResizeObserver};

use crate::app::dom::{by_id, query_all};
use crate::app::pages::{go, request_for, root, History};
use crate::app::prelude::*;
use crate::app::state::Reader;
use crate::app::watch;

/// Starts what a frame does.
pub fn attach(reader: Reader) {
    let embed = Embed::from_query(&window().location().search().unwrap_or_default());
    let host = host_origin();
    report_height(embed.id.clone(), host.clone());
    // The address, after every change the reader makes (once the address has been written);
    // and the link to the full exhibit opens it at the same place.
    let (name, target) = (embed.id.clone(), host.clone());
    watch(move || {
        let (view, open, reading) = (reader.view.get(), reader.target(), reader.reading.get());
        if let Some(full) = by_id(id::EMBED_FULL) {
            let href = format!("{}{}", root(), address(view, "", Some(reading), &open));
            let _ = full.set_attribute("href", &href);
        }
        let (name, target) = (name.clone(), target.clone());
        set_timeout(
            move || {
                let href = window().location().href().unwrap_or_default();
                post(
                    &target,
                    &[
                        ("type", STATE.into()),
                        ("id", name.as_str().into()),
                        ("href", href.into()),
                    ],
                );
            },
            std::time::Duration::ZERO,
        );
    });
    listen(&window(), "message", move |event| {
        let Some(event) = event.dyn_ref::<MessageEvent>() else {
            return;
        };
        let from_host = event
            .source()
            .zip(window().parent().ok().flatten())
            .is_some_and(|(source, parent)| JsValue::from(source) == JsValue::from(parent));
        let origin_known = host.as_deref().is_none_or(|host| host == event.origin());
        if !from_host || !origin_known {
            return;
        }
        let data = event.data();
        let field = |name: &str| {
            Reflect::get(&data, &name.into())
                .ok()
                .and_then(|value| value.as_string())
        };
        let (kind, href) = (field("type"), field("href"));
        if let Some(request) = go_href(kind.as_deref(), href.as_deref()).and_then(request_for) {
            spawn_local(go(reader, request, History::Replace));
        }
    });
}

/// Readies a view's markup for a frame: outside links open in a new tab, and an address
/// that asks for one section of the figures shows only that section.
pub fn enhance(root: &Element) {
    let location = window().location();
    let (origin, base) = (
        location.origin().unwrap_or_default(),
        location.href().unwrap_or_default(),
    );
    for link in query_all(root, "a[href]") {
        let outside = link
            .get_attribute("href")
            .and_then(|href| web_sys::Url::new_with_base(&href, &base).ok())
            .is_some_and(|url| url.origin() != origin);
        if outside {
            let _ = link.set_attribute("target", "_blank");
            let _ = link.set_attribute("rel", "noopener");
        }
    }
    let embed = Embed::from_query(&window().location().search().unwrap_or_default());
    let Some(section) = embed
        .section
        .and_then(|section| by_id(&id::figure(&section)))
    else {
        return;
    };
    // The other figures, their heading and the credits make way; the page's heading stays
    // for screen readers.
    if let Some(parent) = section.parent_element() {
        for other in query_all(&parent, ":scope > section") {
            if other != section {
                let _ = other.set_attribute("hidden", "");
            }
        }
    }
    for other in query_all(root, ".ex-credits") {
        let _ = other.set_attribute("hidden", "");
    }
    if let Some(title) = by_id(id::VIEW_TITLE) {
        let _ = title.class_list().add_1("ex-vh");
    }
}

/// The origin of the page the frame is in, where the browser says it
/// (`location.ancestorOrigins`) or the page that opened it (the referrer) does.
fn host_origin() -> Option<String> {
    let location = window().location();
    // Not in every browser, nor in web-sys: read as a plain property.
    let ancestor = Reflect::get(&location, &"ancestorOrigins".into())
        .and_then(|list| Reflect::get(&list, &0.into()))
        .ok()
        .and_then(|first| first.as_string());
    let referrer = web_sys::Url::new(&document().referrer())
        .ok()
        .map(|url| url.origin());
    ancestor
        .or(referrer)
        .filter(|origin| origin != "null" && !origin.is_empty())
}

/// Reports the page's height to the host whenever it changes, in the frame's own message
/// and in Datawrapper's shape.
fn report_height(id: String, host: Option<String>) {
    let Some(root) = document().document_element() else {
        return;
    };
    let measured = root.clone();
    let callback = Closure::<dyn FnMut()>::new(move || {
        let Some(height) = reported_height(measured.get_bounding_client_rect().height()) else {
            return;
        };
        post(
            &host,
            &[
                ("type", SIZE.into()),
                ("id", id.as_str().into()),
                ("height", height.into()),
            ],
        );
        let sizes = Object::new();
        let _ = Reflect::set(&sizes, &id.as_str().into(), &height.into());
        post(&host, &[(DATAWRAPPER, sizes.into())]);
    });
    if let Ok(observer) = ResizeObserver::new(callback.as_ref().unchecked_ref()) {
        observer.observe(&root);
    }
    // The page lives as long as the frame, and so does the observer's callback.
    callback.forget();
}

/// Posts a message of these fields to the host: to its origin where it is known.
fn post(host: &Option<String>, fields: &[(&str, JsValue)]) {
    let Some(parent) = window().parent().ok().flatten() else {
        return;
    };
    let message = Object::new();
    for (name, value) in fields {
        let _ = Reflect::set(&message, &(*name).into(), value);
    }
    let _ = parent.post_message(&message, host.as_deref().unwrap_or("*"));
}
