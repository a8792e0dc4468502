//! What every build-time view needs besides its own model: the page it is drawn on (so
//! links are relative to it), the edition's wording, and [`Links`], the names and
//! addresses of the things features link to in each other (a term's events, an event's
//! camps, a note's number). Features link to each other only through this, so none
//! imports another.

use std::collections::{BTreeMap, BTreeSet};

use exhibit_dom::{id, View};
use maud::{html, Markup};

use super::cite::Citation;
use super::ids::{CampId, EventId, NoteId, TermId};
use super::words::Words;

/// What other features are called, and what refers to what.
#[derive(Debug, Clone, Default)]
pub struct Links {
    /// Each note's number and title.
    pub notes: BTreeMap<String, (u16, String)>,
    /// Each term's name.
    pub terms: BTreeMap<String, String>,
    /// Each term's kind (`person`, `law`…), which the essay's marks show.
    pub term_kinds: BTreeMap<String, &'static str>,
    /// Each event's headline and year.
    pub events: BTreeMap<String, (String, i32)>,
    /// Each camp's name.
    pub camps: BTreeMap<String, String>,
    /// Each source's short form.
    pub sources: BTreeMap<String, String>,
    /// The events that name each term, in chronological order.
    pub events_of_term: BTreeMap<String, Vec<EventId>>,
    /// The camps that name each term, and each event, in the curator's order.
    pub camps_of_term: BTreeMap<String, Vec<CampId>>,
    pub camps_of_event: BTreeMap<String, Vec<CampId>>,
    /// The events whose words the essay links (they carry an anchor there).
    pub events_in_essay: BTreeSet<String>,
}

/// The page being drawn, its wording and its links.
#[derive(Debug, Clone, Copy)]
pub struct Context<'a> {
    pub view: View,
    pub words: &'a Words,
    pub links: &'a Links,
}

impl Context<'_> {
    /// A link from this page to an element on a view.
    pub fn href(&self, view: View, anchor: &str) -> String {
        view.href_from(self.view, anchor)
    }

    /// A term's glossary entry.
    pub fn term_href(&self, term: &str) -> String {
        self.href(View::Glossary, &id::glossary_entry(term))
    }

    /// An event in the timeline's list (which selects it on the track).
    pub fn event_href(&self, event: &str) -> String {
        self.href(View::Timeline, &id::event(event))
    }

    /// A camp's details on the map (which selects it).
    pub fn camp_href(&self, camp: &str) -> String {
        self.href(View::Figures, &id::camp(camp))
    }

    /// A work in the list of sources.
    pub fn source_href(&self, source: &str) -> String {
        self.href(View::Essay, &id::source(source))
    }

    /// One citation as readers see it, "Applebaum 2003, ch. 22, n. 47": the source's
    /// short form, linked to its entry in the list of sources, then where in it.
    pub fn citation(&self, citation: &Citation) -> Markup {
        let source = citation.source.as_str();
        html! {
            a href=(self.source_href(source)) {
                (self.links.sources.get(source).map_or(source, String::as_str))
            }
            @if let Some(at) = &citation.at {
                ", " (at)
            }
        }
    }

    /// Citations one after another: "a, p. 1; b".
    pub fn citations(&self, citations: &[Citation]) -> Markup {
        html! {
            @for (i, citation) in citations.iter().enumerate() {
                @if i > 0 { "; " }
                (self.citation(citation))
            }
        }
    }

    /// "Sources: a, p. 1; b", each linked to its entry in the list of sources.
    pub fn sources_line(&self, class: &str, label: &str, citations: &[Citation]) -> Markup {
        html! {
            p class=(class) {
                (label)
                (self.citations(citations))
            }
        }
    }

    /// "Glossary: A, B", each linked to its entry.
    pub fn term_links(&self, ids: &[TermId]) -> Markup {
        let names = ids
            .iter()
            .filter_map(|id| Some((id, self.links.terms.get(id.as_str())?)));
        html! {
            @for (i, (term, name)) in names.enumerate() {
                (if i == 0 { self.words.glossary.terms.as_str() } else { ", " })
                a href=(self.term_href(term.as_str())) { (name) }
            }
        }
    }

    /// "On the timeline: A (1953); B (1956)", each linked to the event.
    pub fn event_links(&self, ids: &[EventId]) -> Markup {
        let events = ids
            .iter()
            .filter_map(|id| Some((id, self.links.events.get(id.as_str())?)));
        html! {
            @for (i, (event, (headline, year))) in events.enumerate() {
                (if i == 0 { self.words.glossary.on_timeline.as_str() } else { "; " })
                a href=(self.event_href(event.as_str())) { (headline) }
                " (" (year) ")"
            }
        }
    }

    /// "On the map: A, B", each linked to the camp.
    pub fn camp_links(&self, ids: &[CampId]) -> Markup {
        let camps = ids
            .iter()
            .filter_map(|id| Some((id, self.links.camps.get(id.as_str())?)));
        html! {
            @for (i, (camp, name)) in camps.enumerate() {
                (if i == 0 { self.words.glossary.on_map.as_str() } else { ", " })
                a href=(self.camp_href(camp.as_str())) { (name) }
            }
        }
    }

    /// A note's number and title, if it exists.
    pub fn note(&self, note: &NoteId) -> Option<&(u16, String)> {
        self.links.notes.get(note.as_str())
    }
}
