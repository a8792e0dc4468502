//! The content compiled for display: static sections as escaped HTML, shared parts once.
#![cfg(not(target_arch = "wasm32"))]

use std::path::PathBuf;

use gulag_exhibit::content::html::{escape, Piece};
use gulag_exhibit::content::load::load_dir;
use gulag_exhibit::content::{report, Exhibit, Page};

fn load(dir: &str) -> Exhibit {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(dir);
    load_dir(&dir).unwrap_or_else(|problems| panic!("{}", report(&problems)))
}

#[test]
fn every_note_term_and_source_reaches_the_page() {
    let exhibit = load("assets/content");
    let page = Page::new(&exhibit);
    assert_eq!(page.notes.len(), exhibit.notes.len());
    assert_eq!(page.terms.len(), exhibit.glossary.len());

    let back_matter = page.fill(&page.back_matter);
    for note in &exhibit.notes {
        assert!(back_matter.contains(&format!("id=\"note-{}\"", note.id)));
        assert!(back_matter.contains(&format!("href=\"#note={}\"", note.id)));
        assert!(back_matter.contains(&escape(&note.finding)), "{}", note.id);
        let card = page.note(note.id.as_str()).expect("note card");
        assert!(card.body.contains(&escape(&note.finding)));
    }
    for source in &exhibit.sources {
        assert!(back_matter.contains(&format!("id=\"source-{}\"", source.id)));
    }

    let glossary = page.fill(&page.glossary);
    for term in &exhibit.glossary {
        assert!(glossary.contains(&format!("id=\"glossary-{}\"", term.id)));
        let card = page.term(term.id.as_str()).expect("term card");
        let body = page.fill(&card.card);
        assert!(body.contains(&escape(&term.definition)), "{}", term.id);
        assert!(body.contains(&format!("#view=glossary&amp;term={}", term.id)));
        if let Some(russian) = &term.russian {
            assert!(body.contains(&format!("<span lang=\"ru\">{russian}</span>")));
        }
    }
    // Definitions are stored once and referred to from the card and the glossary page.
    let slots = |pieces: &[Piece]| {
        pieces
            .iter()
            .filter(|piece| matches!(piece, Piece::Definition(_)))
            .count()
    };
    assert_eq!(slots(&page.glossary.0), exhibit.glossary.len());
}

#[test]
fn a_card_is_phrasing_content_so_it_can_sit_inside_a_paragraph() {
    let page = Page::new(&load("assets/content"));
    for term in &page.terms {
        let body = page.fill(&term.card);
        for block in ["<p", "<div", "<h", "<ul", "<section", "<article"] {
            assert!(!body.contains(block), "{}: {block}", term.id);
        }
    }
}

#[test]
fn links_to_a_term_open_its_first_mark_in_the_reading_shown() {
    let exhibit = load("assets/content");
    let page = Page::new(&exhibit);
    for (term, card) in exhibit.glossary.iter().zip(&page.terms) {
        let marked = card.first_in_original.is_some() || card.first_in_edited.is_some();
        assert_eq!(marked, term.occurrences > 0, "{}", term.id);
    }
    // "20th Party Congress" is a correction: only the edited reading marks the term.
    let congress = page.term("twentieth-congress").expect("term");
    assert_eq!(congress.first_in_original, None);
    assert!(congress.first_in_edited.is_some());
}

#[test]
fn content_is_escaped_wherever_it_lands() {
    let mut exhibit = load("tests/fixtures/minimal");
    let hostile = "<script>alert(\"x\")</script> & more";
    exhibit.glossary[0].definition = hostile.into();
    exhibit.glossary[0].name = hostile.into();
    exhibit.notes[0].finding = hostile.into();
    exhibit.sources[0].title = hostile.into();
    exhibit.meta.title = hostile.into();
    let page = Page::new(&exhibit);
    let all = [
        page.title_page.clone(),
        page.fill(&page.back_matter),
        page.fill(&page.glossary),
        page.fill(&page.terms[0].card),
        page.notes[0].body.clone(),
    ]
    .concat();
    assert!(!all.contains("<script"));
    assert!(all.contains("&lt;script&gt;alert(\"x\")&lt;/script&gt; &amp; more"));
}
