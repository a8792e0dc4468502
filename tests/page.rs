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
    let essay = page.fill(&page.essay);
    for term in &exhibit.glossary {
        assert!(glossary.contains(&format!("id=\"glossary-{}\"", term.id)));
        let card = page.term(term.id.as_str()).expect("term card");
        assert!(card.body.contains(&escape(&term.definition)), "{}", term.id);
        assert!(glossary.contains(&*card.body));
        if let Some(russian) = &term.russian {
            assert!(card
                .body
                .contains(&format!("<span lang=\"ru\">{russian}</span>")));
        }
        for event in exhibit
            .timeline
            .events
            .iter()
            .filter(|e| e.terms.contains(&term.id))
        {
            assert!(
                card.body.contains(&format!("href=\"#event={}\"", event.id)),
                "{} links to {}",
                term.id,
                event.id
            );
        }
        if term.occurrences > 0 {
            // Each mark's card carries the body and a link to the full entry.
            assert!(essay.contains(&format!("#view=glossary&amp;term={}", term.id)));
        }
    }
    // A term's body is stored once, for its cards and its glossary entry.
    let slots = |pieces: &[Piece]| {
        pieces
            .iter()
            .filter(|piece| matches!(piece, Piece::TermBody(_)))
            .count()
    };
    assert_eq!(slots(&page.glossary.0), exhibit.glossary.len());
    let marks: usize = exhibit
        .glossary
        .iter()
        .map(|term| usize::from(term.occurrences))
        .sum();
    assert_eq!(slots(&page.essay.0), marks);
}

#[test]
fn the_essay_carries_both_readings_every_marker_and_every_mark() {
    let exhibit = load("assets/content");
    let page = Page::new(&exhibit);
    let essay = page.fill(&page.essay);
    for note in &exhibit.notes {
        for occurrence in 1..=note.occurrences() {
            let marker = format!("id=\"ref-{}-{occurrence}\"", note.id);
            assert_eq!(essay.matches(&marker).count(), 1, "{marker}");
        }
        for passage in &note.passages {
            if passage.edit.is_some() {
                assert!(essay.contains(&format!("data-note=\"{}\" data-changed=\"true\"", note.id)));
            }
        }
    }
    for term in &exhibit.glossary {
        for occurrence in 1..=term.occurrences {
            let button = format!("id=\"term-{}-{occurrence}\"", term.id);
            assert_eq!(essay.matches(&button).count(), 1, "{button}");
        }
    }
    assert!(essay.contains("were innocent and was not even given a trail</span>"));
    assert!(essay.contains("were innocent and were not even given a trial</span>"));
    assert!(essay.contains("href=\"#event=amnesty-decree\""));
    // Cards sit inside paragraphs, so they hold phrasing content only.
    for term in page.terms.iter() {
        for block in ["<p", "<div", "<h", "<ul", "<section", "<article"] {
            assert!(!term.body.contains(block), "{}: {block}", term.id);
        }
    }
}

#[test]
fn the_timeline_has_a_mark_and_an_entry_per_event_laid_out_for_every_width() {
    use gulag_exhibit::content::page::TRACK_WIDTHS;
    let exhibit = load("assets/content");
    let page = Page::new(&exhibit);
    let timeline = &page.timeline;
    assert_eq!(timeline.events.len(), exhibit.timeline.events.len());
    let section = page.fill(&timeline.section);
    assert!(section.contains("Timeline, 1918–2022"));
    assert!(section.contains("aria-label=\"Events, 1918–2022\""));
    let (track, list) = section.split_once("class=\"ex-tl-all\"").expect("the list");
    for event in timeline.events.iter() {
        let mark = format!("id=\"tl-{}\"", event.id);
        let at = track.find(&mark).expect(&mark);
        let start = track[..at].rfind('<').expect("tag start");
        let end = at + track[at..].find('>').expect("tag end");
        let tag = &track[start..end];
        for row in 0..TRACK_WIDTHS.len() {
            assert!(tag.contains(&format!("--r{row}:")), "{tag}");
        }
        assert!(tag.contains("role=\"option\""));
        assert!(list.contains(&format!("id=\"event-{}\"", event.id)));
        assert!(event.body.contains("<time datetime="));
    }
    // The disputed dates say so, in text as well as on the mark.
    let abolished = timeline
        .events
        .iter()
        .find(|event| event.body.contains("13 or 25 January 1960"))
        .expect("the GULAG's abolition, with both dates");
    assert!(abolished.body.contains("uncertain"));
    assert!(abolished.body.contains("Sources differ"));
}

#[test]
fn links_to_a_term_open_its_first_mark_in_the_reading_shown() {
    let exhibit = load("assets/content");
    let page = Page::new(&exhibit);
    for (term, card) in exhibit.glossary.iter().zip(page.terms.iter()) {
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
        page.title_page.to_string(),
        page.fill(&page.back_matter),
        page.fill(&page.glossary),
        page.fill(&page.essay),
        page.terms[0].body.to_string(),
        page.notes[0].body.to_string(),
    ]
    .concat();
    assert!(!all.contains("<script"));
    assert!(all.contains("&lt;script&gt;alert(\"x\")&lt;/script&gt; &amp; more"));
}

#[test]
fn every_figure_is_drawn_with_its_data_and_credited_in_full() {
    use gulag_exhibit::chart_layout::grouped;
    let exhibit = load("assets/content");
    let page = Page::new(&exhibit);
    let back_matter = page.fill(&page.back_matter);
    assert!(exhibit.figures.len() >= 2);
    for figure in &exhibit.figures {
        assert!(page
            .figures
            .contains(&format!("id=\"figure-{}\"", figure.id)));
        for bar in &figure.bars {
            let label = format!(
                "aria-label=\"{}: {} {}",
                escape(&bar.label),
                grouped(u64::from(bar.value)),
                figure.unit
            );
            assert!(page.figures.contains(&label), "{label}");
        }
        assert!(page.figures.contains(&escape(&figure.credit.credit_line)));
        let credit = &back_matter[back_matter
            .find(&format!("id=\"credit-{}\"", figure.id))
            .expect("a credit entry")..];
        for part in [
            &figure.credit.creator,
            &figure.credit.source_name,
            &figure.credit.licence_name,
            &figure.credit.licence_url,
            &figure.credit.modifications,
        ] {
            assert!(credit.contains(&escape(part)), "{}: {part}", figure.id);
        }
    }
    // The official series adds up to the report's yearly figures (1930–1956).
    let deaths = exhibit
        .figures
        .iter()
        .find(|figure| figure.id == "camp-deaths")
        .expect("the mortality chart");
    assert_eq!(deaths.bars.len(), 27);
    assert_eq!(
        deaths
            .bars
            .iter()
            .map(|bar| u64::from(bar.value))
            .sum::<u64>(),
        1_606_742
    );
}

/// The photo path, proved with a picture the project made (the shipped exhibit has none):
/// its file is found, and it is shown with its alt text, caption, credit line and full credit.
#[test]
fn a_photograph_is_shown_with_its_caption_and_credited_in_full() {
    let exhibit = load("tests/fixtures/minimal");
    let photo = exhibit.photos.first().expect("the fixture photo");
    assert_eq!(photo.file, "fixture.png");
    let page = Page::new(&exhibit);
    assert!(page.figures.contains(
        "<img src=\"images/fixture.png\" alt=\"A rectangle shading from black on the left to white on the right.\""
    ));
    assert!(page.figures.contains(
        "<figcaption class=\"ex-figure__caption\">A grey gradient made for the tests.</figcaption>"
    ));
    assert!(page
        .figures
        .contains("Test picture: the exhibit's developers."));
    let back_matter = page.fill(&page.back_matter);
    let credit = &back_matter[back_matter.find("id=\"credit-fixture\"").expect("credited")..];
    for part in [
        "The exhibit's developers",
        "Generated by tests/fixtures/images/make_fixture_png.py",
        "https://opensource.org/license/mit",
    ] {
        assert!(credit.contains(part), "{part}");
    }
    // The real exhibit ships no photograph, and says why.
    let shipped = load("assets/content");
    assert!(shipped.photos.is_empty());
    assert!(page_says_no_photograph(&Page::new(&shipped)));
}

fn page_says_no_photograph(page: &Page) -> bool {
    page.fill(&page.back_matter)
        .contains("It shows no photograph: none is available with a confirmed licence.")
}

#[test]
fn the_page_survives_its_embedding_and_a_damaged_copy_is_refused() {
    use gulag_exhibit::content::blob::{decode, encode};
    let page = Page::new(&load("assets/content"));
    let bytes: &'static [u8] = Box::leak(encode(&page).into_boxed_slice());
    assert_eq!(decode(bytes).as_ref(), Some(&page));
    assert!(decode(&bytes[..bytes.len() - 1]).is_none(), "cut short");
    let mut longer = bytes.to_vec();
    longer.push(0);
    assert!(
        decode(Box::leak(longer.into_boxed_slice())).is_none(),
        "trailing bytes"
    );
    assert!(decode(&[0xff; 8]).is_none(), "not a page");
    assert!(decode(&[]).is_none());
}

#[test]
fn map_pins_are_apart_enough_to_select_and_stay_near_their_towns() {
    use gulag_exhibit::content::map::{pins, spread, PIN_GAP};
    use gulag_exhibit::map_projection::project;
    let exhibit = load("assets/content");
    let map = &exhibit.map;
    let pins = pins(map, &exhibit.camps);
    assert_eq!(pins.len(), exhibit.camps.len());
    let width = f64::from(map.fit.width);
    let at = |pin: &gulag_exhibit::content::map::Pin| {
        (
            f64::from(pin.x) / 10_000.0 * width,
            f64::from(pin.y) / 10_000.0 * width,
        )
    };
    for (i, a) in pins.iter().enumerate() {
        for b in &pins[i + 1..] {
            let (p, q) = (at(a), at(b));
            let apart = (p.0 - q.0).hypot(p.1 - q.1);
            // Pins are placed to a hundredth of a percent: allow for that rounding.
            assert!(apart >= PIN_GAP - 0.2, "{} and {}: {apart}", a.camp, b.camp);
        }
        let camp = &exhibit.camps[a.camp];
        let town = map.fit.place(project(camp.lat, camp.lon));
        let moved = (at(a).0 - town.0).hypot(at(a).1 - town.1);
        assert!(
            moved <= 2.0 * PIN_GAP,
            "{} moved {moved} from its town",
            camp.id
        );
    }
    // Two camps in one town part side by side, about the town.
    let mut same = [(100.0, 100.0), (100.0, 100.0)];
    spread(&mut same, 10.0);
    assert!((same[1].0 - same[0].0 - 10.0).abs() < 0.01 && same[0].1 == same[1].1);
    assert!((same[0].0 + same[1].0 - 200.0).abs() < 1e-9);
}
