//! Builds [`Links`]: what each feature's entries are called and what refers to what, so
//! the features can link to each other without importing each other.

use crate::core::context::Links;
use crate::exhibit::Exhibit;

pub fn links(exhibit: &Exhibit) -> Links {
    let mut links = Links::default();
    for note in &exhibit.notes {
        links
            .notes
            .insert(note.id.0.clone(), (note.number, note.title.clone()));
    }
    for term in &exhibit.glossary {
        links.terms.insert(term.id.0.clone(), term.name.clone());
        links.term_kinds.insert(term.id.0.clone(), term.kind.key());
    }
    for source in &exhibit.sources {
        links
            .sources
            .insert(source.id.0.clone(), source.short.clone());
    }
    for event in &exhibit.timeline.events {
        links.events.insert(
            event.id.0.clone(),
            (event.headline.clone(), event.when.year()),
        );
        for term in &event.terms {
            links
                .events_of_term
                .entry(term.0.clone())
                .or_default()
                .push(event.id.clone());
        }
        if exhibit.essay.mentions_event(&event.id) {
            links.events_in_essay.insert(event.id.0.clone());
        }
    }
    for camp in &exhibit.camps {
        links.camps.insert(camp.id.0.clone(), camp.name.clone());
        for term in &camp.terms {
            links
                .camps_of_term
                .entry(term.0.clone())
                .or_default()
                .push(camp.id.clone());
        }
        for event in &camp.events {
            links
                .camps_of_event
                .entry(event.0.clone())
                .or_default()
                .push(camp.id.clone());
        }
    }
    links
}
