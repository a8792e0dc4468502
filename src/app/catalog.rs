//! What the pages hold that the app must know to check a link against: the ids of notes,
//! glossary marks, events and camps, in order. Read from each view's markup when it is
//! first shown, so the app carries no content of its own.

use exhibit_dom::url::Reading;
use exhibit_dom::{attr, class, id, View};
use web_sys::Element;

use super::dom::query_all;

/// A glossary mark in the essay.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mark {
    pub term: String,
    pub occurrence: u16,
    /// The first mark of its term in its paragraph, in each reading (marked even when the
    /// reader asks for fewer marks); `false` also where that reading does not show it.
    pub first_original: bool,
    pub first_edited: bool,
}

/// The ids the app may be asked for, by view.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Catalog {
    /// Editorial notes, in order of number.
    pub notes: Vec<String>,
    /// Glossary marks, in the essay's order.
    pub marks: Vec<Mark>,
    /// Events the essay has words about (`#at-…`).
    pub essay_events: Vec<String>,
    /// Timeline events, in chronological order.
    pub events: Vec<String>,
    /// Camps on the map.
    pub camps: Vec<String>,
}

impl Catalog {
    pub fn has_note(&self, note: &str) -> bool {
        self.notes.iter().any(|id| id == note)
    }

    pub fn mark(&self, term: &str, occurrence: u16) -> Option<&Mark> {
        self.marks
            .iter()
            .find(|mark| mark.term == term && mark.occurrence == occurrence)
    }

    /// The first mark of a term that the essay shows in a reading (in the "first in each
    /// paragraph" setting, which marks at least these).
    pub fn first_mark(&self, term: &str, reading: Reading) -> Option<&Mark> {
        self.marks.iter().find(|mark| {
            mark.term == term
                && match reading {
                    Reading::Original => mark.first_original,
                    Reading::Edited => mark.first_edited,
                }
        })
    }

    /// Reads what a view's markup holds into the catalog (other views' parts are kept).
    pub fn read(&mut self, view: View, root: &Element) {
        let ids = |selector: &str, prefix: &str| -> Vec<String> {
            query_all(root, selector)
                .iter()
                .filter_map(|element| element.id().strip_prefix(prefix).map(str::to_owned))
                .collect()
        };
        match view {
            View::Essay => {
                self.notes = ids(&format!("#{} > li", id::ENDNOTES), "note-");
                self.essay_events = ids(&format!(".{}[id]", class::EVENT_LINK), "at-");
                self.marks = query_all(root, &format!(".{}", class::TERM_WRAP))
                    .iter()
                    .filter_map(|wrap| {
                        let flag = |name: &str| wrap.get_attribute(name).as_deref() == Some("true");
                        Some(Mark {
                            term: wrap.get_attribute(attr::TERM)?,
                            occurrence: wrap.get_attribute(attr::OCCURRENCE)?.parse().ok()?,
                            first_original: flag(attr::FIRST_ORIGINAL),
                            first_edited: flag(attr::FIRST_EDITED),
                        })
                    })
                    .collect();
            }
            View::Timeline => self.events = ids(&format!("#{} > li", id::TIMELINE_LIST), "event-"),
            View::Figures => self.camps = ids(&format!(".{}", class::CAMP_PIN), "camp-pin-"),
            View::Glossary => {}
        }
    }
}
