//! The reader's transient state: the page, the open note and glossary card, the reading.

use leptos::prelude::*;

use crate::content::page::{camp_details_id, glossary_entry_id};
use crate::content::{marker_id, term_button_id, NoteId, Page, TermId};
use crate::term_cards::{Event, OpenCard, TermCards};
use crate::url_state::{Fragment, Reading, View};

pub use crate::content::page::TIMELINE_TRACK_ID;

/// One mark of a glossary term in the essay.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TermKey {
    pub term: TermId,
    pub occurrence: u16,
}

impl TermKey {
    /// The id of this mark's button.
    pub fn button_id(&self) -> String {
        term_button_id(&self.term, self.occurrence)
    }

    /// The id of this mark's card.
    pub fn card_id(&self) -> String {
        format!("{}-card", self.button_id())
    }
}

/// How many glossary marks the essay shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum TermMarks {
    /// The first mention of each term in each paragraph.
    #[default]
    First,
    /// Every mention.
    All,
    /// None: the text reads plain.
    None,
}

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
    page: &'static Page,
    /// The open editorial note, if any.
    pub open_note: RwSignal<Option<NoteId>>,
    /// How the open note was opened.
    pub opener: RwSignal<Option<Opener>>,
    pub reading: RwSignal<Reading>,
    /// The essay or the glossary page.
    pub view: RwSignal<View>,
    /// Every glossary card in the essay (at most one is open).
    pub cards: RwSignal<TermCards<TermKey>>,
    /// The glossary entry a link asked for, on the glossary page.
    pub entry: RwSignal<Option<TermId>>,
    pub marks: RwSignal<TermMarks>,
    /// An element to bring into view and focus once it has rendered (set by links), as a
    /// CSS selector.
    pub reveal: RwSignal<Option<String>>,
    /// The selected timeline event, by index.
    pub event: RwSignal<Option<usize>>,
    /// The timeline shown as a plain list instead of the track.
    pub event_list: RwSignal<bool>,
    /// The essay passage a timeline event sent the reader to, marked until the next link.
    pub highlight: RwSignal<Option<String>>,
    /// The camp selected on the map, by id.
    pub camp: RwSignal<Option<String>>,
}

impl ReaderState {
    /// Starts from what a link asked for, ignoring notes that do not exist.
    pub fn new(page: &'static Page, initial: &Fragment) -> Self {
        let state = ReaderState {
            page,
            open_note: RwSignal::new(None),
            opener: RwSignal::new(None),
            reading: RwSignal::new(initial.reading.unwrap_or_default()),
            view: RwSignal::new(View::Essay),
            cards: RwSignal::new(TermCards::default()),
            entry: RwSignal::new(None),
            marks: RwSignal::new(TermMarks::default()),
            reveal: RwSignal::new(None),
            event: RwSignal::new(None),
            event_list: RwSignal::new(false),
            highlight: RwSignal::new(None),
            camp: RwSignal::new(None),
        };
        state.apply(initial);
        state
    }

    /// Applies a fragment from the URL; unknown note and term ids are ignored, and a
    /// fragment without a reading keeps the reader's.
    pub fn apply(&self, fragment: &Fragment) {
        let note = fragment
            .note
            .as_deref()
            .filter(|id| self.page.note(id).is_some())
            .map(|id| NoteId(id.to_owned()));
        if note.is_some() {
            self.opener.set(Some(Opener::Link));
        }
        if self.open_note.get_untracked() != note {
            self.open_note.set(note);
        }
        if let Some(reading) = fragment.reading {
            if self.reading.get_untracked() != reading {
                self.reading.set(reading);
            }
        }
        let event = fragment
            .event
            .as_deref()
            .and_then(|id| self.page.timeline.index(id));
        // An event opens the timeline unless the link names another page.
        let view = fragment.view.unwrap_or(if event.is_some() {
            View::Timeline
        } else {
            View::Essay
        });
        let view = self.apply_term(fragment, view);
        if self.view.get_untracked() != view {
            self.view.set(view);
        }
        self.apply_event(view, event);
        // A camp link selects the camp on the map and brings its details into view.
        let camp = fragment
            .camp
            .clone()
            .filter(|id| view == View::Essay && self.page.camps.iter().any(|camp| camp == id));
        if let Some(id) = &camp {
            self.reveal.set(Some(format!("#{}", camp_details_id(id))));
        }
        if self.camp.get_untracked() != camp {
            self.camp.set(camp);
        }
    }

    /// An event link selects the event on the timeline, or (`view=essay`) marks the passage
    /// of the essay that tells of it.
    fn apply_event(&self, view: View, event: Option<usize>) {
        let passage = match (view, event) {
            (View::Timeline, Some(index)) => {
                if self.event.get_untracked() != Some(index) {
                    self.event.set(Some(index));
                }
                self.reveal.set(Some(format!("#{TIMELINE_TRACK_ID}")));
                None
            }
            (View::Essay, Some(index)) => self
                .page
                .timeline
                .events
                .get(index)
                .and_then(|event| event.in_essay.as_deref().map(String::from)),
            _ => None,
        };
        if let Some(passage) = &passage {
            self.reveal.set(Some(passage.clone()));
        }
        if self.highlight.get_untracked() != passage {
            self.highlight.set(passage);
        }
    }

    /// A term link opens the card of the term's first mark in the essay, or its glossary
    /// entry when the glossary page is asked for or the essay as shown marks no such term.
    /// Returns the page to show.
    fn apply_term(&self, fragment: &Fragment, view: View) -> View {
        let term = fragment.term.as_deref().and_then(|id| self.page.term(id));
        let mark = term.and_then(|term| match self.reading.get_untracked() {
            _ if self.marks.get_untracked() == TermMarks::None => None,
            Reading::Original => term.first_in_original,
            Reading::Edited => term.first_in_edited,
        });
        let view = match (term, mark, view) {
            (Some(_), None, View::Essay) => View::Glossary,
            _ => view,
        };
        let entry = match view {
            View::Glossary => term.map(|term| TermId(term.id.to_string())),
            _ => None,
        };
        if self.entry.get_untracked() != entry {
            self.entry.set(entry);
        }
        match (view, term) {
            (View::Essay, Some(term)) => {
                let key = TermKey {
                    term: TermId(term.id.to_string()),
                    occurrence: mark.unwrap_or(1),
                };
                if self.pinned_card().as_ref() != Some(&key) {
                    self.reveal.set(Some(format!("#{}", key.button_id())));
                    self.cards.update(|cards| {
                        cards.handle(Event::OpenFromLink(key));
                    });
                }
            }
            (View::Glossary, Some(term)) => {
                self.reveal
                    .set(Some(format!("#{}", glossary_entry_id(&term.id))));
            }
            _ => {
                if self.cards.with_untracked(|cards| cards.open().is_some()) {
                    self.cards.update(|cards| {
                        cards.handle(Event::Escape);
                    });
                }
            }
        }
        view
    }

    /// The card a reader opened on purpose (not by hovering), which the URL records.
    fn pinned_card(&self) -> Option<TermKey> {
        self.cards.with_untracked(|cards| match cards.open() {
            Some(OpenCard {
                key, pinned: true, ..
            }) => Some(key.clone()),
            _ => None,
        })
    }

    /// The state as a URL fragment.
    pub fn fragment(&self) -> Fragment {
        let view = self.view.get();
        let term = match view {
            View::Essay => self.cards.with(|cards| match cards.open() {
                Some(OpenCard {
                    key, pinned: true, ..
                }) => Some(key.term.0.clone()),
                _ => None,
            }),
            View::Glossary => self.entry.get().map(|id| id.0),
            View::Timeline => None,
        };
        let event = match view {
            View::Timeline => self
                .event
                .get()
                .and_then(|index| self.page.timeline.events.get(index))
                .map(|event| event.id.to_string()),
            _ => None,
        };
        let camp = match view {
            View::Essay => self.camp.get(),
            _ => None,
        };
        Fragment {
            camp,
            // The essay is what a link without a page shows.
            view: Some(view).filter(|view| *view != View::Essay),
            note: self.open_note.get().map(|id| id.0),
            term,
            event,
            // The original reading is the default, which a link need not repeat.
            reading: Some(self.reading.get()).filter(|reading| *reading != Reading::default()),
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
        let notes = &self.page.notes;
        let Some(current) = self.open_note.get_untracked() else {
            return;
        };
        let Some(index) = notes.iter().position(|note| note.id == current.0) else {
            return;
        };
        let next = index as i64 + i64::from(step);
        if let Some(note) = usize::try_from(next).ok().and_then(|i| notes.get(i)) {
            let id = NoteId(note.id.to_string());
            self.opener.set(Some(Opener::Marker(marker_id(&id, 1))));
            self.open_note.set(Some(id));
        }
    }

    /// Selects a timeline event (clamped to the first and last).
    pub fn select_event(&self, index: usize) {
        let last = self.page.timeline.events.len().saturating_sub(1);
        let index = index.min(last);
        if self.event.get_untracked() != Some(index) {
            self.event.set(Some(index));
        }
    }

    pub fn close(&self) {
        self.open_note.set(None);
    }
}
