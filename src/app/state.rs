//! The reader's transient state: which note is open and which reading is shown.

use leptos::prelude::*;

use crate::content::{marker_id, Exhibit, NoteId};
use crate::url_state::{Fragment, Reading};

/// How a note was opened, which decides where focus and scrolling go.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Opener {
    /// A marker in the text, by its element id; focus returns there on close.
    Marker(String),
    /// A link (deep link, endnote link): the text scrolls to the note's first marker.
    Link,
}

/// The state shared by the essay, the note panel and the URL, provided as context.
#[derive(Debug, Clone, Copy)]
pub struct ReaderState {
    exhibit: &'static Exhibit,
    /// The open editorial note, if any.
    pub open_note: RwSignal<Option<NoteId>>,
    /// How the open note was opened.
    pub opener: RwSignal<Option<Opener>>,
    pub reading: RwSignal<Reading>,
}

impl ReaderState {
    /// Starts from what a link asked for, ignoring notes that do not exist.
    pub fn new(exhibit: &'static Exhibit, initial: &Fragment) -> Self {
        let state = ReaderState {
            exhibit,
            open_note: RwSignal::new(None),
            opener: RwSignal::new(None),
            reading: RwSignal::new(initial.reading),
        };
        state.apply(initial);
        state
    }

    /// Applies a fragment from the URL; unknown note ids close the panel.
    pub fn apply(&self, fragment: &Fragment) {
        let note = fragment
            .note
            .as_deref()
            .and_then(|id| self.exhibit.note(id))
            .map(|note| note.id.clone());
        if note.is_some() {
            self.opener.set(Some(Opener::Link));
        }
        if self.open_note.get_untracked() != note {
            self.open_note.set(note);
        }
        if self.reading.get_untracked() != fragment.reading {
            self.reading.set(fragment.reading);
        }
    }

    /// The state as a URL fragment.
    pub fn fragment(&self) -> Fragment {
        Fragment {
            note: self.open_note.get().map(|id| id.0),
            reading: self.reading.get(),
        }
    }

    /// Opens a note; opening the open note from its own marker closes it again.
    pub fn toggle_from_marker(&self, note: &NoteId, marker: String) {
        if self.open_note.get_untracked().as_ref() == Some(note) {
            self.close();
        } else {
            self.opener.set(Some(Opener::Marker(marker)));
            self.open_note.set(Some(note.clone()));
        }
    }

    /// Opens a note as if from a link: the text scrolls to it.
    pub fn open_from_link(&self, note: &NoteId) {
        self.opener.set(Some(Opener::Link));
        self.open_note.set(Some(note.clone()));
    }

    /// Opens the note before or after the open one (`step` = -1 or 1), keeping focus in the panel.
    pub fn step(&self, step: i32) {
        let notes = &self.exhibit.notes;
        let Some(current) = self.open_note.get_untracked() else {
            return;
        };
        let Some(index) = notes.iter().position(|note| note.id == current) else {
            return;
        };
        let next = index as i64 + i64::from(step);
        if let Some(note) = usize::try_from(next).ok().and_then(|i| notes.get(i)) {
            self.opener
                .set(Some(Opener::Marker(marker_id(&note.id, 1))));
            self.open_note.set(Some(note.id.clone()));
        }
    }

    pub fn close(&self) {
        self.open_note.set(None);
    }
}
