//! The reader's state: what is open or selected on each view, as a small struct of signals
//! provided as context. Links and the address set it through [`Reader::apply`]; the
//! features' effects show it in the markup. Pure: no browser call here, so it is tested
//! natively.

use crate::app::prelude::*;
#[cfg(feature = "zoom")]
use exhibit_dom::url::Years;
use exhibit_dom::url::{Reading, Target};
use exhibit_dom::{id, input, View};

use super::catalog::Catalog;
use crate::glossary::cards::{CardEvent, OpenCard, TermCards};

/// One glossary mark in the essay.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TermKey {
    pub term: String,
    pub occurrence: u16,
}

impl TermKey {
    /// The id of this mark's link.
    pub fn mark_id(&self) -> String {
        id::term_mark(&self.term, self.occurrence)
    }
}

/// How many glossary marks the essay shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Marks {
    /// The first mention of each term in each paragraph.
    #[default]
    First,
    All,
    /// None: the text reads plain.
    None,
}

impl Marks {
    pub const ALL: [Marks; 3] = [Marks::First, Marks::All, Marks::None];

    /// The value of its radio button.
    pub fn key(self) -> &'static str {
        match self {
            Marks::First => input::MARKS_FIRST,
            Marks::All => input::MARKS_ALL,
            Marks::None => input::MARKS_NONE,
        }
    }
}

/// How a note was opened, which decides where focus and scrolling go.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Opener {
    /// A marker in the text, by its element id; focus returns there on close.
    Marker(String),
    /// A link or the address: the text scrolls to this marker (the note's first, unless the
    /// link named another), focus goes to the panel, and returns to the marker on close.
    Link(String),
}

/// The open editorial note.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OpenNote {
    pub id: String,
    pub opener: Opener,
}

/// How far to scroll an element a link asked for into view.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scroll {
    /// To the middle of the window (a passage, a mark).
    Centre,
    /// No further than needed (a camp's details, right under the map).
    Nearest,
}

/// An element to bring into view and focus once the state is shown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reveal {
    pub id: String,
    pub scroll: Scroll,
}

/// The reader's state, shared by every view through context.
#[derive(Debug, Clone, Copy)]
pub struct Reader {
    /// The view shown.
    pub view: RwSignal<View>,
    pub reading: RwSignal<Reading>,
    pub marks: RwSignal<Marks>,
    pub note: RwSignal<Option<OpenNote>>,
    /// Every glossary card (at most one is open).
    pub cards: RwSignal<TermCards<TermKey>>,
    /// The selected timeline event, by id.
    pub event: RwSignal<Option<String>>,
    /// The camp selected on the map, by id.
    pub camp: RwSignal<Option<String>>,
    /// The years the timeline's track is zoomed to; none: all of them (a build that
    /// cannot zoom shows all of them).
    #[cfg(feature = "zoom")]
    pub years: RwSignal<Option<Years>>,
    /// The essay's words about an event that a timeline link sent the reader to.
    pub highlight: RwSignal<Option<String>>,
    /// An element to bring into view and focus (set by links).
    pub reveal: RwSignal<Option<Reveal>>,
    /// The ids the pages hold, read from their markup.
    pub catalog: StoredValue<Catalog>,
}

impl Reader {
    pub fn new(view: View) -> Self {
        Reader {
            view: RwSignal::new(view),
            reading: RwSignal::new(Reading::default()),
            marks: RwSignal::new(Marks::default()),
            note: RwSignal::new(None),
            cards: RwSignal::new(TermCards::default()),
            event: RwSignal::new(None),
            camp: RwSignal::new(None),
            #[cfg(feature = "zoom")]
            years: RwSignal::new(None),
            highlight: RwSignal::new(None),
            reveal: RwSignal::new(None),
            catalog: StoredValue::new(Catalog::default()),
        }
    }

    /// Shows what a link or the address asks for on the current view, replacing what
    /// that view had open or selected; ids the page does not have are ignored. An old
    /// term link (`#term=`) for a term the essay as shown does not mark asks for its
    /// glossary entry instead: that target is returned, for the caller to go there.
    pub fn apply(&self, reading: Option<Reading>, target: &Target) -> Option<Target> {
        if let Some(reading) = reading {
            set(self.reading, reading);
        }
        let catalog = self.catalog.get_value();
        let view = self.view.get_untracked();
        let mut note = None;
        let mut card = None;
        let mut highlight = None;
        let mut event = None;
        let mut camp = None;
        let mut reveal = None;
        let mut elsewhere = None;
        match (view, target) {
            (View::Essay, Target::Note(id)) if catalog.has_note(id) => {
                note = Some(OpenNote {
                    id: id.clone(),
                    opener: Opener::Link(exhibit_dom::id::marker(id, 1)),
                });
            }
            (View::Essay, Target::Marker(id, n)) if catalog.has_note(id) => {
                note = Some(OpenNote {
                    id: id.clone(),
                    opener: Opener::Link(exhibit_dom::id::marker(id, *n)),
                });
            }
            (View::Essay, Target::TermMark(term, n)) if self.shows(catalog.mark(term, *n)) => {
                card = Some(TermKey {
                    term: term.clone(),
                    occurrence: *n,
                });
            }
            (View::Essay, Target::Term(term)) => {
                let first = catalog.first_mark(term, self.reading.get_untracked());
                match first.filter(|_| self.marks.get_untracked() != Marks::None) {
                    Some(mark) => {
                        card = Some(TermKey {
                            term: term.clone(),
                            occurrence: mark.occurrence,
                        })
                    }
                    None => elsewhere = Some(Target::Anchor(id::glossary_entry(term))),
                }
            }
            (View::Essay, Target::EssayEvent(event)) if catalog.essay_events.contains(event) => {
                reveal = Some(Reveal {
                    id: id::essay_event(event),
                    scroll: Scroll::Centre,
                });
                highlight = Some(event.clone());
            }
            (View::Timeline, Target::Event(id)) if catalog.events.contains(id) => {
                reveal = Some(Reveal {
                    id: exhibit_dom::id::TIMELINE_TRACK.to_owned(),
                    scroll: Scroll::Centre,
                });
                event = Some(id.clone());
            }
            (View::Figures, Target::Camp(id)) if catalog.camps.contains(id) => {
                reveal = Some(Reveal {
                    id: exhibit_dom::id::camp(id),
                    scroll: Scroll::Nearest,
                });
                camp = Some(id.clone());
            }
            (_, Target::Anchor(anchor)) => {
                reveal = Some(Reveal {
                    id: anchor.clone(),
                    scroll: Scroll::Centre,
                });
            }
            _ => {}
        }
        if let Some(key) = &card {
            reveal = Some(Reveal {
                id: key.mark_id(),
                scroll: Scroll::Centre,
            });
        }
        match view {
            View::Essay => {
                set(self.note, note);
                set(self.highlight, highlight);
                match card {
                    Some(key) if self.pinned_card().as_ref() != Some(&key) => {
                        self.cards.update(|cards| {
                            cards.handle(CardEvent::OpenFromLink(key));
                        });
                    }
                    Some(_) => {}
                    None => self.close_card(),
                }
            }
            View::Timeline => set(self.event, event),
            View::Figures => set(self.camp, camp),
            View::Glossary => {}
        }
        if reveal.is_some() {
            self.reveal.set(reveal);
        }
        elsewhere
    }

    /// Whether the essay as shown (reading and marks) shows a glossary mark.
    fn shows(&self, mark: Option<&super::catalog::Mark>) -> bool {
        let Some(mark) = mark else {
            return false;
        };
        let first = match self.reading.get_untracked() {
            Reading::Original => mark.first_original,
            Reading::Edited => mark.first_edited,
        };
        match self.marks.get_untracked() {
            Marks::None => false,
            Marks::First => first,
            Marks::All => true,
        }
    }

    /// What the address says for the state of the current view.
    pub fn target(&self) -> Target {
        match self.view.get() {
            View::Essay => {
                if let Some(note) = self.note.get() {
                    return Target::Note(note.id);
                }
                let pinned = self.cards.with(|cards| match cards.open() {
                    Some(OpenCard {
                        key, pinned: true, ..
                    }) => Some(key.clone()),
                    _ => None,
                });
                match (pinned, self.highlight.get()) {
                    (Some(key), _) => Target::TermMark(key.term, key.occurrence),
                    (None, Some(event)) => Target::EssayEvent(event),
                    (None, None) => Target::None,
                }
            }
            View::Timeline => self.event.get().map_or(Target::None, Target::Event),
            View::Figures => self.camp.get().map_or(Target::None, Target::Camp),
            View::Glossary => Target::None,
        }
    }

    /// The card a reader opened on purpose (not by hovering), which the address records.
    fn pinned_card(&self) -> Option<TermKey> {
        self.cards.with_untracked(|cards| match cards.open() {
            Some(OpenCard {
                key, pinned: true, ..
            }) => Some(key.clone()),
            _ => None,
        })
    }

    fn close_card(&self) {
        if self.cards.with_untracked(|cards| cards.open().is_some()) {
            self.cards.update(|cards| {
                cards.handle(CardEvent::Escape);
            });
        }
    }

    /// Opens a note from one of its markers; the open note's own marker closes it again.
    pub fn toggle_note(&self, note: &str, marker: String) {
        if self
            .note
            .with_untracked(|open| open.as_ref().is_some_and(|open| open.id == note))
        {
            self.note.set(None);
        } else {
            self.note.set(Some(OpenNote {
                id: note.to_owned(),
                opener: Opener::Marker(marker),
            }));
        }
    }

    /// Opens the note before or after the open one (`step` = -1 or 1).
    pub fn step_note(&self, step: isize) {
        let Some(open) = self.note.get_untracked() else {
            return;
        };
        let next = self.catalog.with_value(|catalog| {
            let index = catalog.notes.iter().position(|id| *id == open.id)?;
            catalog.notes.get(index.checked_add_signed(step)?).cloned()
        });
        if let Some(next) = next {
            let marker = id::marker(&next, 1);
            self.note.set(Some(OpenNote {
                id: next,
                opener: Opener::Marker(marker),
            }));
        }
    }

    /// Selects a timeline event by its place in the list, clamped to the first and last;
    /// `None` counts from the start.
    pub fn select_event_at(&self, index: usize) {
        let id = self.catalog.with_value(|catalog| {
            catalog
                .events
                .get(index.min(catalog.events.len().saturating_sub(1)))
                .cloned()
        });
        if id.is_some() {
            set(self.event, id);
        }
    }

    /// The selected event's place in the list.
    pub fn event_index(&self) -> Option<usize> {
        let selected = self.event.get_untracked()?;
        self.catalog
            .with_value(|catalog| catalog.events.iter().position(|id| *id == selected))
    }

    /// Back to the state a new visitor finds (the kiosk's reset), but for the view, which
    /// the reset shows afresh, and the catalog, which is read from it. Every part is named,
    /// so a part added to the state cannot be forgotten here: the compiler asks for it.
    pub fn reset(&self) {
        let Reader {
            view: _,
            reading,
            marks,
            note,
            cards,
            event,
            camp,
            #[cfg(feature = "zoom")]
            years,
            highlight,
            reveal,
            catalog: _,
        } = *self;
        set(reading, Reading::default());
        set(marks, Marks::default());
        note.set(None);
        cards.set(TermCards::default());
        event.set(None);
        camp.set(None);
        #[cfg(feature = "zoom")]
        years.set(None);
        highlight.set(None);
        reveal.set(None);
    }

    /// Steps through the events: the next or previous one, or the first if none is selected.
    pub fn step_event(&self, step: isize) {
        let index = match self.event_index() {
            Some(index) => index.saturating_add_signed(step),
            None => 0,
        };
        self.select_event_at(index);
    }
}

/// Sets a signal only if the value changes, so effects do not run for nothing.
pub fn set<T: PartialEq + Send + Sync + 'static>(signal: RwSignal<T>, value: T) {
    if signal.with_untracked(|current| *current != value) {
        signal.set(value);
    }
}
