//! The panel that shows the open editorial note beside (or, on small screens, below) the
//! text: a non-modal dialog filled from the note's entry in the list of notes, which the
//! page carries in full. Opening moves focus to its heading; Escape or the close button
//! closes it and returns focus to the marker that opened it.

use crate::app::prelude::*;
use exhibit_dom::{attr, class, id};
use web_sys::{Element, ScrollLogicalPosition};

use crate::app::dom::{
    by_id, copy_children, focus, query, query_all, scroll_into_view, set_attr, step_buttons,
    template,
};
use crate::app::state::{OpenNote, Opener, Reader};
use crate::app::watch;

pub fn attach(reader: Reader) {
    let mut previous: Option<OpenNote> = None;
    watch(move || {
        let current = reader.note.get();
        let before = previous.take();
        let id_of = |open: &Option<OpenNote>| open.as_ref().map(|open| open.id.clone());
        if id_of(&before) != id_of(&current) {
            mark_passages(id_of(&before).as_deref(), "false");
            mark_passages(id_of(&current).as_deref(), "true");
        }
        let panel = by_id(id::NOTE_PANEL);
        let entry = current.as_ref().and_then(|open| by_id(&id::note(&open.id)));
        match (&current, entry) {
            (Some(open), Some(entry)) => {
                fill(&entry);
                if cfg!(feature = "embed-frame")
                    && crate::app::mode() == exhibit_dom::url::Mode::Embed
                {
                    place_under_passage(panel.as_ref(), open);
                }
                set_attr(panel.as_ref(), "hidden", None);
                if id_of(&before) != id_of(&current) {
                    arrive(open.clone());
                }
            }
            _ => {
                set_attr(panel.as_ref(), "hidden", Some(""));
                if let Some(closed) = before.filter(|_| current.is_none()) {
                    leave(closed);
                }
            }
        }
        previous = current;
    });
}

/// In a frame as tall as its content, a sheet fixed to the frame's bottom or a column at
/// its top would be out of the reader's sight: the panel opens under the paragraph of the
/// marker that opened it.
fn place_under_passage(panel: Option<&Element>, open: &OpenNote) {
    let (Opener::Marker(marker) | Opener::Link(marker)) = &open.opener;
    let paragraph = by_id(marker).and_then(|marker| marker.closest("p").ok().flatten());
    if let (Some(panel), Some(paragraph)) = (panel, paragraph) {
        let _ = paragraph.after_with_node_1(panel);
    }
}

/// The markers and passages of a note say whether it is open.
fn mark_passages(note: Option<&str>, open: &str) {
    let Some(note) = note else {
        return;
    };
    let Some(text) = by_id(id::ESSAY_TEXT) else {
        return;
    };
    for marker in query_all(
        &text,
        &format!(".{}[{}=\"{note}\"]", class::MARKER, attr::NOTE),
    ) {
        let _ = marker.set_attribute("aria-expanded", open);
    }
    for passage in query_all(
        &text,
        &format!(".{}[{}=\"{note}\"]", class::NOTED, attr::NOTE),
    ) {
        let _ = passage.set_attribute(attr::ACTIVE, open);
    }
}

/// Fills the panel from the note's entry: "Editorial note 3 of 18 · Wrong", the title,
/// and a copy of what the note says. The entry's links are to the same page, so the copy
/// keeps them as they are.
fn fill(entry: &Element) {
    let number = entry.get_attribute(attr::NUMBER).unwrap_or_default();
    if let Some(kicker) = by_id(id::NOTE_PANEL_KICKER) {
        kicker.set_text_content(Some(&template(&kicker, "n", &number)));
        if let Some(verdict) = entry
            .query_selector(&format!(".{}", class::VERDICT))
            .ok()
            .flatten()
        {
            if let Ok(copy) = verdict.clone_node_with_deep(true) {
                let _ = kicker.append_child(&copy);
            }
        }
    }
    let title = entry
        .query_selector(&format!(".{}", class::ENDNOTE_TITLE))
        .ok()
        .flatten()
        .and_then(|title| title.text_content());
    if let Some(heading) = by_id(id::NOTE_PANEL_TITLE) {
        heading.set_text_content(title.as_deref());
    }
    if let (Some(body), Some(source)) = (
        by_id(id::NOTE_PANEL_BODY),
        entry
            .query_selector(&format!(".{}", class::NOTE_BODY))
            .ok()
            .flatten(),
    ) {
        copy_children(&source, &body);
    }
    step_buttons(Some(entry), id::NOTE_PREVIOUS, id::NOTE_NEXT);
}

/// Focus moves into the panel. After a link the text first scrolls to the marker it named;
/// after a marker, a panel that covers it (a sheet on a small screen) makes room.
fn arrive(open: OpenNote) {
    request_animation_frame(move || {
        match &open.opener {
            Opener::Link(marker) => {
                if let Some(marker) = by_id(marker) {
                    scroll_into_view(&marker, ScrollLogicalPosition::Start);
                }
            }
            Opener::Marker(marker) => keep_clear_of_panel(marker),
        }
        if let Some(title) = by_id(id::NOTE_PANEL_TITLE) {
            // After a link the text has just scrolled to the marker: keep it there.
            focus(&title, matches!(open.opener, Opener::Link(_)));
        }
    });
}

/// Focus goes back to the marker that opened the note, or that the link named.
fn leave(closed: OpenNote) {
    let (Opener::Marker(marker) | Opener::Link(marker)) = closed.opener;
    request_animation_frame(move || {
        if let Some(marker) = by_id(&marker) {
            focus(&marker, false);
        }
    });
}

/// On small screens the panel is a sheet over the lower part of the screen: if it now
/// covers the marker that opened it, scroll just enough to show the marker above it.
fn keep_clear_of_panel(marker: &str) {
    let (Some(marker), Some(panel)) = (by_id(marker), query(&format!("#{}", id::NOTE_PANEL)))
    else {
        return;
    };
    let marker = marker.get_bounding_client_rect();
    let panel = panel.get_bounding_client_rect();
    let overlap = marker.bottom() - panel.top();
    // Only when the panel overlays the text (a sheet), not when it sits beside it.
    let overlays = panel.left() < marker.right() && panel.right() > marker.left();
    if overlays && overlap > -8.0 {
        window().scroll_by_with_x_and_y(0.0, overlap + 16.0);
    }
}
