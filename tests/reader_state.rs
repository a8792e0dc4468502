//! The reader's state, run natively under a reactive owner.
#![cfg(not(target_arch = "wasm32"))]

use gulag_exhibit::app::{Opener, ReaderState};
use gulag_exhibit::content::load::load_dir;
use gulag_exhibit::content::{NoteId, Page};
use gulag_exhibit::url_state::{Fragment, Reading};
use leptos::prelude::*;

fn exhibit() -> &'static Page {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/content");
    Box::leak(Box::new(Page::new(&load_dir(&dir).expect("valid content"))))
}

fn id(s: &str) -> NoteId {
    NoteId(s.to_owned())
}

#[test]
fn a_marker_toggles_its_note_and_remembers_itself() {
    let owner = Owner::new();
    owner.with(|| {
        let state = ReaderState::new(exhibit(), &Fragment::default());
        state.toggle_from_marker(&id("geldom"), "ref-geldom-2".into());
        assert_eq!(state.open_note.get_untracked(), Some(id("geldom")));
        assert_eq!(
            state.opener.get_untracked(),
            Some(Opener::Marker("ref-geldom-2".into()))
        );
        // Another marker switches notes: only one is open at a time.
        state.toggle_from_marker(&id("nobel-prize"), "ref-nobel-prize-1".into());
        assert_eq!(state.open_note.get_untracked(), Some(id("nobel-prize")));
        // The same marker again closes it.
        state.toggle_from_marker(&id("nobel-prize"), "ref-nobel-prize-1".into());
        assert_eq!(state.open_note.get_untracked(), None);
    });
}

#[test]
fn deep_links_open_only_real_notes() {
    let owner = Owner::new();
    owner.with(|| {
        let exhibit = exhibit();
        let state = ReaderState::new(
            exhibit,
            &Fragment::parse("#note=nobel-prize&reading=edited"),
        );
        assert_eq!(state.open_note.get_untracked(), Some(id("nobel-prize")));
        assert_eq!(state.opener.get_untracked(), Some(Opener::Link));
        assert_eq!(state.reading.get_untracked(), Reading::Edited);
        assert_eq!(
            state.fragment().to_fragment(),
            "#note=nobel-prize&reading=edited"
        );
        state.apply(&Fragment::parse("#note=no-such-note"));
        assert_eq!(state.open_note.get_untracked(), None);
        assert_eq!(
            state.reading.get_untracked(),
            Reading::Edited,
            "a link that names no reading keeps the reader's"
        );
        state.apply(&Fragment::parse("#reading=original"));
        assert_eq!(state.reading.get_untracked(), Reading::Original);
    });
}

#[test]
fn stepping_walks_the_notes_in_order_and_stops_at_the_ends() {
    let owner = Owner::new();
    owner.with(|| {
        let exhibit = exhibit();
        let id = |note: &gulag_exhibit::content::NoteCard| {
            gulag_exhibit::content::NoteId(note.id.to_string())
        };
        let first = id(exhibit.notes.first().expect("notes"));
        let second = id(&exhibit.notes[1]);
        let last = id(exhibit.notes.last().expect("notes"));
        let state = ReaderState::new(exhibit, &Fragment::default());
        state.step(1);
        assert_eq!(
            state.open_note.get_untracked(),
            None,
            "stepping with nothing open does nothing"
        );
        state.open_from_link(&first);
        state.step(-1);
        assert_eq!(state.open_note.get_untracked(), Some(first.clone()));
        state.step(1);
        assert_eq!(state.open_note.get_untracked(), Some(second.clone()));
        assert_eq!(
            state.opener.get_untracked(),
            Some(Opener::Marker(format!("ref-{second}-1")))
        );
        state.open_from_link(&last);
        state.step(1);
        assert_eq!(state.open_note.get_untracked(), Some(last));
        state.close();
        assert_eq!(state.open_note.get_untracked(), None);
    });
}

#[test]
fn a_camp_link_selects_a_real_camp_on_the_essay_page_and_the_url_says_so() {
    let owner = Owner::new();
    owner.with(|| {
        let state = ReaderState::new(exhibit(), &Fragment::parse("#camp=ekibastuz"));
        assert_eq!(state.camp.get_untracked().as_deref(), Some("ekibastuz"));
        assert_eq!(
            state.reveal.get_untracked().as_deref(),
            Some("#camp-ekibastuz"),
            "its details are brought into view"
        );
        assert_eq!(state.fragment().to_fragment(), "#camp=ekibastuz");
        // Another link without a camp clears it; a camp that does not exist is ignored.
        state.apply(&Fragment::parse("#note=geldom"));
        assert_eq!(state.camp.get_untracked(), None);
        state.apply(&Fragment::parse("#camp=atlantis"));
        assert_eq!(state.camp.get_untracked(), None);
        // The map is on the essay's page: a camp asked for with another page is not selected.
        state.apply(&Fragment::parse("#view=timeline&camp=steplag"));
        assert_eq!(state.camp.get_untracked(), None);
    });
}
