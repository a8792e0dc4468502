//! URL state: modes from the query, shareable state in the fragment, garbage ignored.
#![cfg(not(target_arch = "wasm32"))]

use gulag_exhibit::url_state::{Fragment, Mode, Reading, View};
use proptest::prelude::*;

#[test]
fn modes_come_from_the_query() {
    assert_eq!(Mode::from_query("?mode=kiosk"), Mode::Kiosk);
    assert_eq!(Mode::from_query("?lang=en&mode=embed"), Mode::Embed);
    assert_eq!(Mode::from_query("mode=KIOSK"), Mode::Kiosk);
    assert_eq!(Mode::from_query("?mode=fullscreen"), Mode::Normal);
    assert_eq!(Mode::from_query(""), Mode::Normal);
    assert_eq!(Mode::from_query("?mode"), Mode::Normal);
    assert_eq!(Mode::Kiosk.as_str(), "kiosk");
}

#[test]
fn fragments_parse_and_write() {
    let state = Fragment::parse("#note=geldom&reading=edited");
    assert_eq!(state.note.as_deref(), Some("geldom"));
    assert_eq!(state.reading, Some(Reading::Edited));
    assert_eq!(state.to_fragment(), "#note=geldom&reading=edited");
    assert_eq!(Fragment::default().to_fragment(), "");
    assert_eq!(
        Fragment::parse("note=a-b;reading=original").note.as_deref(),
        Some("a-b")
    );
    assert_eq!(
        Fragment::parse("#note=nobel%2Dprize").note.as_deref(),
        Some("nobel-prize")
    );
}

#[test]
fn terms_and_the_glossary_view() {
    let state = Fragment::parse("#view=glossary&term=beria");
    assert_eq!(state.view, Some(View::Glossary));
    assert_eq!(state.term.as_deref(), Some("beria"));
    assert_eq!(state.to_fragment(), "#view=glossary&term=beria");
    assert_eq!(Fragment::parse("#term=gulag").to_fragment(), "#term=gulag");
    assert_eq!(Fragment::parse("#view=timeline").view, Some(View::Timeline));
    assert_eq!(Fragment::parse("#view=map").view, None);
    assert_eq!(Fragment::parse("#term=gulag").view, None);
    assert!(Fragment::is_state("#term=x"));
    assert!(Fragment::is_state("#view=glossary"));
}

#[test]
fn timeline_events() {
    let state = Fragment::parse("#event=amnesty-decree");
    assert_eq!(state.event.as_deref(), Some("amnesty-decree"));
    assert_eq!(state.view, None);
    assert_eq!(
        Fragment::parse("#view=essay&event=secret-speech").to_fragment(),
        "#view=essay&event=secret-speech"
    );
    assert!(Fragment::is_state("#event=x"));
    assert_eq!(Fragment::parse("#event=Amnesty"), Fragment::default());
}

#[test]
fn camps_on_the_map() {
    let state = Fragment::parse("#camp=ekibastuz");
    assert_eq!(state.camp.as_deref(), Some("ekibastuz"));
    assert_eq!(
        state.view, None,
        "a camp needs no page: the map is on the essay's"
    );
    assert_eq!(state.to_fragment(), "#camp=ekibastuz");
    assert_eq!(
        Fragment::parse("#camp=steplag&reading=edited").to_fragment(),
        "#camp=steplag&reading=edited"
    );
    assert!(Fragment::is_state("#camp=x"));
    assert_eq!(Fragment::parse("#camp=Ekibastuz!"), Fragment::default());
}

#[test]
fn a_link_without_a_reading_leaves_the_reading_alone() {
    assert_eq!(Fragment::parse("#term=gulag").reading, None);
    assert_eq!(
        Fragment::parse("#reading=original").reading,
        Some(Reading::Original)
    );
    assert_eq!(
        Fragment::parse("#reading=original").to_fragment(),
        "#reading=original"
    );
}

#[test]
fn garbage_is_ignored() {
    for garbage in [
        "#note=<script>",
        "#note=",
        "#note=%ZZ",
        "#note=%FF%FE",
        "#reading=sideways",
        "#==&&=",
        "#note=Geldom",
        "#term=<b>",
        "#view=GLOSSARY",
        "#sources",
    ] {
        assert_eq!(Fragment::parse(garbage), Fragment::default(), "{garbage}");
    }
    let long = format!("#note={}", "a".repeat(500));
    assert_eq!(Fragment::parse(&long), Fragment::default());
}

#[test]
fn plain_anchors_are_not_state() {
    assert!(Fragment::is_state(""));
    assert!(Fragment::is_state("#"));
    assert!(Fragment::is_state("#note=x"));
    assert!(Fragment::is_state("#reading=edited"));
    assert!(!Fragment::is_state("#sources"));
    assert!(!Fragment::is_state("#source-applebaum-2003"));
}

proptest! {
    #[test]
    fn any_fragment_parses_without_panicking(input in any::<String>()) {
        let state = Fragment::parse(&input);
        // Whatever was parsed writes back to something that parses the same.
        prop_assert_eq!(Fragment::parse(&state.to_fragment()), state);
        let _ = Mode::from_query(&input);
    }
}
