//! Addresses: the view from the path, one target from the fragment, preferences from the
//! query; old-style links still read; garbage ignored.

use exhibit_dom::url::{address, with_reading, with_years, Mode, Reading, Request, Target, Years};
use exhibit_dom::View;
use proptest::prelude::*;

fn parse(view: View, query: &str, fragment: &str) -> Request {
    Request::parse(view, query, fragment)
}

#[test]
fn modes_come_from_the_query() {
    assert_eq!(Mode::from_query("?mode=kiosk"), Mode::Kiosk);
    assert_eq!(Mode::from_query("?lang=en&mode=embed"), Mode::Embed);
    assert_eq!(Mode::from_query("mode=KIOSK"), Mode::Kiosk);
    assert_eq!(Mode::from_query("?mode=fullscreen"), Mode::Normal);
    assert_eq!(Mode::from_query(""), Mode::Normal);
    assert_eq!(Mode::from_query("?mode"), Mode::Normal);
    assert_eq!(Mode::Kiosk.key(), "kiosk");
}

#[test]
fn fragments_name_elements() {
    let cases = [
        ("#note-geldom", Target::Note("geldom".into())),
        ("#ref-geldom-2", Target::Marker("geldom".into(), 2)),
        ("#term-gulag-3", Target::TermMark("gulag".into(), 3)),
        (
            "#term-nobel-prize-12",
            Target::TermMark("nobel-prize".into(), 12),
        ),
        (
            "#at-amnesty-decree",
            Target::EssayEvent("amnesty-decree".into()),
        ),
        ("#event-stalin-dies", Target::Event("stalin-dies".into())),
        ("#camp-ekibastuz", Target::Camp("ekibastuz".into())),
        ("#camp-pin-ekibastuz", Target::Camp("ekibastuz".into())),
        ("#sources", Target::Anchor("sources".into())),
        ("#glossary-gulag", Target::Anchor("glossary-gulag".into())),
        ("#note-nobel%2Dprize", Target::Note("nobel-prize".into())),
        ("", Target::None),
        ("#", Target::None),
    ];
    for (fragment, target) in cases {
        assert_eq!(
            parse(View::Essay, "", fragment).target,
            target,
            "{fragment}"
        );
        // Written back, the target reads the same.
        if let Some(anchor) = target.anchor() {
            assert_eq!(Target::from_anchor(&anchor), target, "{anchor}");
        }
    }
}

#[test]
fn anchors_that_look_like_state_but_are_not_stay_anchors() {
    for fragment in [
        "#term-gulag",
        "#ref-geldom-0",
        "#note-Geldom",
        "#term-gulag-x",
    ] {
        assert!(
            matches!(parse(View::Essay, "", fragment).target, Target::Anchor(_)),
            "{fragment}"
        );
    }
}

#[test]
fn the_reading_comes_from_the_query() {
    let request = parse(View::Essay, "?reading=edited", "#note-geldom");
    assert_eq!(request.reading, Some(Reading::Edited));
    assert_eq!(parse(View::Essay, "", "#note-geldom").reading, None);
    assert_eq!(parse(View::Essay, "?reading=sideways", "").reading, None);
    assert_eq!(
        with_reading("?mode=kiosk&reading=edited", Some(Reading::Original)),
        "?mode=kiosk"
    );
    assert_eq!(with_reading("", Some(Reading::Edited)), "?reading=edited");
    assert_eq!(
        with_reading("?mode=kiosk", Some(Reading::Edited)),
        "?mode=kiosk&reading=edited"
    );
    // Found by fuzzing: `;` separates parameters when they are read, so a reading after one
    // must be replaced too, or the one written after it is never read.
    assert_eq!(
        with_reading("?x;reading=e", Some(Reading::Edited)),
        "?x&reading=edited"
    );
    assert_eq!(
        parse(
            View::Essay,
            &with_reading("?x;reading=e", Some(Reading::Edited)),
            ""
        )
        .reading,
        Some(Reading::Edited)
    );
}

#[test]
fn addresses_are_relative_to_the_root() {
    assert_eq!(
        address(
            View::Essay,
            "",
            Some(Reading::Edited),
            &Target::Note("geldom".into())
        ),
        "?reading=edited#note-geldom"
    );
    assert_eq!(
        address(
            View::Timeline,
            "?mode=kiosk",
            None,
            &Target::Event("x".into())
        ),
        "timeline/?mode=kiosk#event-x"
    );
    assert_eq!(address(View::Essay, "", None, &Target::None), "./");
}

#[test]
fn old_links_open_what_they_opened() {
    let cases = [
        ("#note=geldom", View::Essay, Target::Note("geldom".into())),
        ("#term=gulag", View::Essay, Target::Term("gulag".into())),
        (
            "#view=glossary&term=gulag",
            View::Glossary,
            Target::Anchor("glossary-gulag".into()),
        ),
        ("#view=glossary", View::Glossary, Target::None),
        ("#view=timeline", View::Timeline, Target::None),
        (
            "#event=stalin-dies",
            View::Timeline,
            Target::Event("stalin-dies".into()),
        ),
        (
            "#view=timeline&event=stalin-dies",
            View::Timeline,
            Target::Event("stalin-dies".into()),
        ),
        (
            "#view=essay&event=amnesty-decree",
            View::Essay,
            Target::EssayEvent("amnesty-decree".into()),
        ),
        (
            "#camp=ekibastuz",
            View::Figures,
            Target::Camp("ekibastuz".into()),
        ),
        ("#view=essay", View::Essay, Target::None),
    ];
    for (fragment, view, target) in cases {
        // Old links all pointed at the one page there was.
        let request = parse(View::Essay, "", fragment);
        assert!(request.legacy, "{fragment}");
        assert_eq!((request.view, request.target), (view, target), "{fragment}");
    }
    let request = parse(View::Essay, "", "#note=geldom&reading=edited");
    assert_eq!(request.reading, Some(Reading::Edited));
    assert_eq!(request.target, Target::Note("geldom".into()));
    assert_eq!(
        parse(View::Essay, "", "#reading=edited").reading,
        Some(Reading::Edited)
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
    ] {
        let request = parse(View::Essay, "", garbage);
        assert_eq!(
            (request.view, request.target, request.reading),
            (View::Essay, Target::None, None),
            "{garbage}"
        );
    }
    let long = format!("#note={}", "a".repeat(500));
    assert_eq!(parse(View::Essay, "", &long).target, Target::None);
    let long = format!("#note-{}", "a".repeat(500));
    assert_eq!(parse(View::Essay, "", &long).target, Target::None);
}

#[test]
fn the_timeline_reads_and_writes_the_years_it_is_zoomed_to() {
    let years = Some(Years {
        first: 1953,
        last: 1956,
    });
    assert_eq!(
        parse(View::Timeline, "?years=1953-1956", "#event-x").years,
        years
    );
    assert_eq!(
        parse(View::Timeline, "?mode=kiosk;years=1953-1956", "").years,
        years
    );
    // Only the timeline is zoomed; an old link to an event there keeps its years.
    assert_eq!(parse(View::Essay, "?years=1953-1956", "").years, None);
    assert_eq!(
        parse(View::Essay, "?years=1953-1956", "#event=x").years,
        years
    );
    assert_eq!(parse(View::Timeline, "?years=1956-1953", "").years, None);
    assert_eq!(
        with_years("?mode=embed&years=1900-2000", years),
        "?mode=embed&years=1953-1956"
    );
    assert_eq!(
        with_years("?years=1953;reading=edited", None),
        "?reading=edited"
    );
    assert_eq!(with_years("", None), "");
}

proptest! {
    #[test]
    fn any_address_parses_without_panicking(query in any::<String>(), fragment in any::<String>()) {
        let request = Request::parse(View::Timeline, &query, &fragment);
        // Whatever target was read writes back to an anchor that reads the same.
        if let Some(anchor) = request.target.anchor() {
            prop_assert_eq!(Target::from_anchor(&anchor), request.target.clone());
        }
        let _ = Mode::from_query(&query);
        let _ = with_reading(&query, request.reading);
        // The years written read back as the same years, whatever else the query holds.
        let written = with_years(&query, request.years);
        prop_assert_eq!(Years::from_query(&written), request.years);
    }
}
