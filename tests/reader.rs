//! The reader's state, run natively under a reactive owner: what links and the address
//! open on each view, checked against the ids the pages hold (a catalog made by hand here,
//! as the app reads it from the markup).
#![cfg(not(target_arch = "wasm32"))]

use exhibit_dom::url::{Reading, Request, Target};
use exhibit_dom::View;
use gulag_exhibit::app::catalog::{Catalog, Mark};
use gulag_exhibit::app::prelude::*;
use gulag_exhibit::app::state::{Marks, OpenNote, Opener, Reader, TermKey};

fn catalog() -> Catalog {
    let mark = |term: &str, occurrence, first_original, first_edited| Mark {
        term: term.into(),
        occurrence,
        first_original,
        first_edited,
    };
    Catalog {
        notes: vec![
            "camps-before-stalin".into(),
            "geldom".into(),
            "nobel-prize".into(),
        ],
        marks: vec![
            mark("gulag", 1, true, true),
            mark("gulag", 2, false, false),
            // Only the edited reading marks the congress (its words are a correction).
            mark("twentieth-congress", 1, false, true),
        ],
        essay_events: vec!["amnesty-decree".into()],
        events: vec![
            "stalin-dies".into(),
            "amnesty-decree".into(),
            "secret-speech".into(),
        ],
        camps: vec!["ekibastuz".into(), "steplag".into()],
    }
}

/// A reader on `view`, with the catalog read.
fn reader(view: View) -> Reader {
    let reader = Reader::new(view);
    reader.catalog.set_value(catalog());
    reader
}

fn open(reader: &Reader, fragment: &str) -> Option<Target> {
    let request = Request::parse(reader.view.get_untracked(), "", fragment);
    reader.apply(request.reading, &request.target)
}

#[test]
fn a_marker_toggles_its_note_and_remembers_itself() {
    Owner::new().with(|| {
        let reader = reader(View::Essay);
        reader.toggle_note("geldom", "ref-geldom-2".into());
        assert_eq!(
            reader.note.get_untracked(),
            Some(OpenNote {
                id: "geldom".into(),
                opener: Opener::Marker("ref-geldom-2".into())
            })
        );
        // Another marker switches notes: only one is open at a time.
        reader.toggle_note("nobel-prize", "ref-nobel-prize-1".into());
        assert_eq!(
            reader.note.get_untracked().map(|note| note.id),
            Some("nobel-prize".into())
        );
        // The same marker again closes it.
        reader.toggle_note("nobel-prize", "ref-nobel-prize-1".into());
        assert_eq!(reader.note.get_untracked(), None);
    });
}

#[test]
fn links_open_only_real_notes_and_keep_the_reading() {
    Owner::new().with(|| {
        let reader = reader(View::Essay);
        let request = Request::parse(View::Essay, "?reading=edited", "#note-nobel-prize");
        reader.apply(request.reading, &request.target);
        assert_eq!(
            reader.note.get_untracked(),
            Some(OpenNote {
                id: "nobel-prize".into(),
                opener: Opener::Link("ref-nobel-prize-1".into())
            })
        );
        assert_eq!(reader.reading.get_untracked(), Reading::Edited);
        assert_eq!(reader.target(), Target::Note("nobel-prize".into()));
        open(&reader, "#note-no-such-note");
        assert_eq!(reader.note.get_untracked(), None);
        assert_eq!(
            reader.reading.get_untracked(),
            Reading::Edited,
            "a link that names no reading keeps the reader's"
        );
        assert_eq!(reader.target(), Target::None);
    });
}

#[test]
fn a_marker_link_opens_its_note_at_that_marker() {
    Owner::new().with(|| {
        let reader = reader(View::Essay);
        open(&reader, "#ref-geldom-2");
        // The text scrolls to that marker, and focus returns there when the note closes.
        assert_eq!(
            reader.note.get_untracked(),
            Some(OpenNote {
                id: "geldom".into(),
                opener: Opener::Link("ref-geldom-2".into())
            })
        );
    });
}

#[test]
fn notes_step_in_order_and_stop_at_the_ends() {
    Owner::new().with(|| {
        let reader = reader(View::Essay);
        open(&reader, "#note-camps-before-stalin");
        reader.step_note(-1);
        assert_eq!(
            reader.note.get_untracked().map(|note| note.id),
            Some("camps-before-stalin".into())
        );
        reader.step_note(1);
        reader.step_note(1);
        assert_eq!(
            reader.note.get_untracked().map(|note| note.id),
            Some("nobel-prize".into())
        );
        reader.step_note(1);
        assert_eq!(
            reader.note.get_untracked().map(|note| note.id),
            Some("nobel-prize".into())
        );
    });
}

#[test]
fn a_term_mark_link_pins_its_card_if_the_essay_as_shown_has_it() {
    Owner::new().with(|| {
        let reader = reader(View::Essay);
        open(&reader, "#term-gulag-1");
        let pinned = || {
            reader
                .cards
                .with_untracked(|cards| cards.open().map(|open| (open.key.clone(), open.pinned)))
        };
        assert_eq!(
            pinned(),
            Some((
                TermKey {
                    term: "gulag".into(),
                    occurrence: 1
                },
                true
            ))
        );
        assert_eq!(reader.target(), Target::TermMark("gulag".into(), 1));
        // The second mark is not shown while only the first in each paragraph is marked…
        open(&reader, "#term-gulag-2");
        assert_eq!(pinned(), None);
        // …but is with every mark shown.
        reader.marks.set(Marks::All);
        open(&reader, "#term-gulag-2");
        assert_eq!(
            pinned(),
            Some((
                TermKey {
                    term: "gulag".into(),
                    occurrence: 2
                },
                true
            ))
        );
        // No mark is a link when the text reads plain.
        reader.marks.set(Marks::None);
        open(&reader, "#term-gulag-1");
        assert_eq!(pinned(), None);
    });
}

/// An old term link opens the first mark in the reading shown, or the glossary entry.
#[test]
fn an_old_term_link_opens_its_first_mark_or_its_entry() {
    Owner::new().with(|| {
        let reader = reader(View::Essay);
        assert_eq!(open(&reader, "#term=gulag"), None);
        assert_eq!(reader.target(), Target::TermMark("gulag".into(), 1));
        // The original reading does not mark the congress: its entry instead.
        assert_eq!(
            open(&reader, "#term=twentieth-congress"),
            Some(Target::Anchor("glossary-twentieth-congress".into()))
        );
        reader.reading.set(Reading::Edited);
        assert_eq!(open(&reader, "#term=twentieth-congress"), None);
        assert_eq!(
            reader.target(),
            Target::TermMark("twentieth-congress".into(), 1)
        );
    });
}

#[test]
fn an_event_link_marks_the_essay_or_selects_on_the_timeline() {
    Owner::new().with(|| {
        let essay = reader(View::Essay);
        open(&essay, "#at-amnesty-decree");
        assert_eq!(
            essay.highlight.get_untracked(),
            Some("amnesty-decree".into())
        );
        assert_eq!(essay.target(), Target::EssayEvent("amnesty-decree".into()));
        open(&essay, "");
        assert_eq!(
            essay.highlight.get_untracked(),
            None,
            "the next link clears the mark"
        );

        let timeline = reader(View::Timeline);
        open(&timeline, "#event-secret-speech");
        assert_eq!(timeline.event.get_untracked(), Some("secret-speech".into()));
        assert_eq!(timeline.target(), Target::Event("secret-speech".into()));
        open(&timeline, "#event-no-such-event");
        assert_eq!(timeline.event.get_untracked(), None);
    });
}

#[test]
fn events_step_in_order_and_clamp() {
    Owner::new().with(|| {
        let reader = reader(View::Timeline);
        reader.step_event(1);
        assert_eq!(
            reader.event.get_untracked(),
            Some("stalin-dies".into()),
            "the first when none is selected"
        );
        reader.step_event(1);
        reader.step_event(1);
        reader.step_event(1);
        assert_eq!(reader.event.get_untracked(), Some("secret-speech".into()));
        reader.step_event(-5);
        assert_eq!(reader.event.get_untracked(), Some("stalin-dies".into()));
        reader.select_event_at(usize::MAX);
        assert_eq!(reader.event_index(), Some(2));
    });
}

#[test]
fn a_camp_link_selects_only_real_camps_on_the_map() {
    Owner::new().with(|| {
        let map = reader(View::Figures);
        open(&map, "#camp-ekibastuz");
        assert_eq!(map.camp.get_untracked(), Some("ekibastuz".into()));
        assert_eq!(map.target(), Target::Camp("ekibastuz".into()));
        open(&map, "#camp-pin-steplag");
        assert_eq!(map.camp.get_untracked(), Some("steplag".into()));
        open(&map, "#camp-atlantis");
        assert_eq!(map.camp.get_untracked(), None);
        // A state meant for another view leaves this one alone.
        let essay = reader(View::Essay);
        open(&essay, "#camp-ekibastuz");
        assert_eq!(essay.camp.get_untracked(), None);
    });
}
