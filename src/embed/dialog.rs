//! The "Embed this" dialog: the embedder chooses where the frame starts, how tall and wide
//! it is and its colours, and copies the code (built by `exhibit_dom::embed::Snippet`).
//! The dialog is markup in every page; this fills in the code as the choices change.

use exhibit_dom::embed::{Snippet, DEFAULT_ID};
use exhibit_dom::url::{address, Target};
use exhibit_dom::{attr, id, input, View};
use wasm_bindgen::JsCast;
use web_sys::{Event, HtmlDialogElement, HtmlInputElement, HtmlTextAreaElement};

use crate::app::dom::{by_id, closest};
use crate::app::pages::root;
use crate::app::prelude::*;

pub fn attach() {
    listen(&document(), "click", on_click);
    listen(&document(), "input", |event| {
        if closest(&event, &format!("#{}", id::EMBED_FORM)).is_some() {
            fill();
        }
    });
}

fn on_click(event: Event) {
    if closest(&event, &format!("#{}", id::EMBED_BUTTON)).is_some() {
        if let Some(dialog) =
            by_id(id::EMBED_DIALOG).and_then(|d| d.dyn_into::<HtmlDialogElement>().ok())
        {
            fill();
            let _ = dialog.show_modal();
        }
    } else if closest(&event, &format!("#{}", id::EMBED_COPY)).is_some() {
        copy();
    }
}

/// The value of the checked radio button of a group in the form.
fn choice(name: &str) -> String {
    document()
        .query_selector(&format!(
            "#{} input[name=\"{name}\"]:checked",
            id::EMBED_FORM
        ))
        .ok()
        .flatten()
        .and_then(|radio| radio.dyn_into::<HtmlInputElement>().ok())
        .map(|radio| radio.value())
        .unwrap_or_default()
}

/// A whole number of pixels from a field, if it holds a sensible one.
fn pixels(name: &str) -> Option<u32> {
    let field = by_id(name)?.dyn_into::<HtmlInputElement>().ok()?;
    field
        .value()
        .trim()
        .parse()
        .ok()
        .filter(|px| (1..=10_000).contains(px))
}

/// Writes the code for the choices made into the dialog.
fn fill() {
    let (Some(code), Some(form)) = (by_id(id::EMBED_CODE), by_id(id::EMBED_FORM)) else {
        return;
    };
    let location = window().location();
    let origin = location.origin().unwrap_or_default();
    let base = format!("{origin}{}", root());
    let here = location.pathname().unwrap_or_default();
    let view = here
        .strip_prefix(&root())
        .and_then(View::from_path)
        .unwrap_or_default();
    // The frame starts at the view shown, and (if asked) at what is open in it.
    let fragment = if choice(input::EMBED_START) == input::EMBED_START_HERE {
        Target::from_anchor(&location.hash().unwrap_or_default())
    } else {
        Target::None
    };
    let theme = choice(input::EMBED_THEME);
    let mut query = String::from("?mode=embed");
    if theme == "light" || theme == "dark" {
        query.push_str("&theme=");
        query.push_str(&theme);
    }
    let src = format!("{base}{}", address(view, &query, None, &fragment));
    let page = format!("{base}{}", address(view, "", None, &fragment));
    let auto = choice(input::EMBED_HEIGHT) != input::EMBED_HEIGHT_FIXED;
    let snippet = Snippet {
        src: &src,
        title: &form.get_attribute(attr::FRAME_TITLE).unwrap_or_default(),
        width: pixels(input::EMBED_WIDTH_PX),
        height: if auto {
            None
        } else {
            Some(pixels(input::EMBED_HEIGHT_PX).unwrap_or(exhibit_dom::embed::START_HEIGHT))
        },
        script: &format!("{base}embed.js"),
        fallback_href: &page,
        fallback_text: &form.get_attribute(attr::FALLBACK).unwrap_or_default(),
        id: DEFAULT_ID,
    };
    if let Some(code) = code.dyn_ref::<HtmlTextAreaElement>() {
        code.set_value(&snippet.html());
    }
    if let Some(height) = by_id(input::EMBED_HEIGHT_PX) {
        crate::app::dom::set_attr(Some(&height), "disabled", auto.then_some(""));
    }
}

/// Copies the code, and says so.
fn copy() {
    let Some(code) =
        by_id(id::EMBED_CODE).and_then(|code| code.dyn_into::<HtmlTextAreaElement>().ok())
    else {
        return;
    };
    code.select();
    let clipboard = window().navigator().clipboard();
    let promise = clipboard.write_text(&code.value());
    spawn_local(async move {
        let copied = wasm_bindgen_futures::JsFuture::from(promise).await.is_ok();
        if let Some(status) = by_id(id::EMBED_COPIED) {
            let said = copied
                .then(|| status.get_attribute(attr::TEMPLATE))
                .flatten();
            status.set_text_content(said.as_deref());
        }
    });
}
