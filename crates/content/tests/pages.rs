//! The pages as the build writes them: every name the app looks for is there, every
//! internal link leads to an element that exists, ids are unique, content is escaped
//! wherever it lands, and each view carries what it must.

mod common;

use std::collections::{BTreeMap, BTreeSet};

use common::{load, minimal, shipped, words};
use exhibit_content::figures::layout::grouped;
use exhibit_content::map::pins::{pins, spread, PIN_GAP};
use exhibit_content::map::projection::project;
use exhibit_content::site::{pages, Assets, Code, Page};
use exhibit_content::Exhibit;
use exhibit_dom::names::Required;
use exhibit_dom::url::Mode;
use exhibit_dom::{View, REQUIRED};

fn assets() -> Assets {
    Assets {
        stylesheet: "exhibit-0.css".into(),
        code: Code {
            script: "gulag-exhibit-0.js".into(),
            wasm: "gulag-exhibit-0_bg.wasm".into(),
            stylesheet: None,
        },
        modes: vec![(
            Mode::Embed,
            Code {
                script: "gulag-exhibit-embed-0.js".into(),
                wasm: "gulag-exhibit-embed-0_bg.wasm".into(),
                stylesheet: None,
            },
        )],
        favicon: "data:image/svg+xml,%3Csvg%3E%3C/svg%3E".into(),
    }
}

fn render(exhibit: &Exhibit) -> BTreeMap<View, String> {
    pages(exhibit, &words(), &assets(), None)
        .into_iter()
        .map(|Page { view, html, .. }| (view, html))
        .collect()
}

/// The values of an attribute in a page (as written: `&amp;` for `&`).
fn values<'a>(html: &'a str, attribute: &str) -> Vec<&'a str> {
    let needle = format!(" {attribute}=\"");
    html.match_indices(&needle)
        .filter_map(|(at, _)| {
            let rest = &html[at + needle.len()..];
            rest.find('"').map(|end| &rest[..end])
        })
        .collect()
}

fn ids(html: &str) -> Vec<&str> {
    values(html, "id")
}

/// Where a relative link from `from` leads: the view and the anchor (`None` for a link
/// that leaves the exhibit, such as a source's web address).
fn resolve(from: View, href: &str) -> Option<(View, String)> {
    if href.contains("://") || href.starts_with("data:") || href.starts_with("mailto:") {
        return None;
    }
    let (path, anchor) = href.split_once('#').unwrap_or((href, ""));
    let file = path.rsplit('/').next().unwrap_or("");
    if file.contains('.') && file != "index.html" && file != "." && file != ".." {
        // A file beside the pages (the stylesheet, an image), not a view.
        return None;
    }
    let mut folder: Vec<&str> = from
        .dir()
        .split('/')
        .filter(|part| !part.is_empty())
        .collect();
    for part in path.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                folder.pop();
            }
            name => folder.push(name),
        }
    }
    let view = View::from_path(&folder.join("/"))
        .unwrap_or_else(|| panic!("{href} from {from:?} leads nowhere"));
    Some((view, anchor.to_owned()))
}

#[test]
fn every_name_the_app_looks_for_is_in_its_view() {
    let pages = render(&shipped());
    for required in REQUIRED {
        let (view, found) = match *required {
            Required::Id(view, id) => (view, ids(&pages[&view]).contains(&id)),
            Required::Class(view, class) => (
                view,
                values(&pages[&view], "class")
                    .iter()
                    .any(|classes| classes.split(' ').any(|c| c == class)),
            ),
            Required::Choice(view, name, value) => (
                view,
                pages[&view].contains(&format!("name=\"{name}\" value=\"{value}\"")),
            ),
            Required::Attr(view, attribute) => {
                (view, pages[&view].contains(&format!(" {attribute}=")))
            }
        };
        assert!(found, "{required:?} is missing from the {view:?} page");
    }
}

#[test]
fn every_internal_link_leads_to_an_element_that_exists() {
    for exhibit in [shipped(), minimal()] {
        let pages = render(&exhibit);
        let ids: BTreeMap<View, BTreeSet<&str>> = pages
            .iter()
            .map(|(view, html)| (*view, ids(html).into_iter().collect()))
            .collect();
        let mut broken = Vec::new();
        for (view, html) in &pages {
            for href in values(html, "href") {
                let Some((target, anchor)) = resolve(*view, &href.replace("&amp;", "&")) else {
                    continue;
                };
                if !anchor.is_empty() && !ids[&target].contains(anchor.as_str()) {
                    broken.push(format!("{view:?}: {href}"));
                }
            }
        }
        assert_eq!(broken, Vec::<String>::new());
    }
}

#[test]
fn ids_are_unique_on_every_page() {
    for (view, html) in render(&shipped()) {
        let mut seen = BTreeSet::new();
        let twice: Vec<&str> = ids(&html)
            .into_iter()
            .filter(|id| !seen.insert(*id))
            .collect();
        assert_eq!(twice, Vec::<&str>::new(), "{view:?}");
    }
}

#[test]
fn every_page_says_what_it_is_for_link_previews() {
    let words = words();
    for (view, html) in render(&shipped()) {
        for tag in [
            "<title>",
            "name=\"description\"",
            "rel=\"canonical\"",
            "property=\"og:title\"",
            "property=\"og:description\"",
            "name=\"twitter:card\"",
        ] {
            assert!(html.contains(tag), "{view:?} lacks {tag}");
        }
        assert!(html.contains(&format!("<html lang=\"{}\">", words.lang)));
        assert!(html.contains(&format!("data-view=\"{}\"", view.key())));
        // Every page loads the same code, relative to where it is.
        let root = if view == View::Essay { "." } else { ".." };
        assert!(
            html.contains(&format!("<script data-root=\"{root}\">")),
            "{view:?}"
        );
    }
    // With a public address, canonical links and previews are absolute.
    let pages = pages(
        &shipped(),
        &words,
        &assets(),
        Some("https://museum.example/gulag/"),
    );
    let timeline = pages
        .iter()
        .find(|page| page.view == View::Timeline)
        .expect("timeline");
    assert!(timeline
        .html
        .contains("<link rel=\"canonical\" href=\"https://museum.example/gulag/timeline/\">"));
    assert!(timeline
        .html
        .contains("property=\"og:url\" content=\"https://museum.example/gulag/timeline/\""));
}

#[test]
fn content_is_escaped_wherever_it_lands() {
    let mut exhibit = minimal();
    let hostile = "<script>alert(\"x\")</script> & more";
    exhibit.glossary[0].definition = hostile.into();
    exhibit.glossary[0].name = hostile.into();
    exhibit.notes[0].finding = hostile.into();
    exhibit.notes[0].title = hostile.into();
    exhibit.sources[0].title = hostile.into();
    exhibit.meta.title = hostile.into();
    exhibit.timeline.events[0].headline = hostile.into();
    exhibit.camps[0].name = hostile.into();
    exhibit.figures[0].texts.caption = hostile.into();
    let all: String = render(&exhibit).into_values().collect();
    // The only scripts are the loader, one per page.
    assert_eq!(all.matches("<script").count(), 4);
    assert!(all.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; more"));
}

#[test]
fn the_essay_carries_both_readings_every_marker_and_every_mark() {
    let exhibit = shipped();
    let pages = render(&exhibit);
    let essay = &pages[&View::Essay];
    for note in &exhibit.notes {
        for occurrence in 1..=note.passages.len() {
            let marker = format!("id=\"ref-{}-{occurrence}\"", note.id);
            assert_eq!(essay.matches(&marker).count(), 1, "{marker}");
        }
        // The list holds every note in full, which the panel and a marker without the app show.
        assert!(essay.contains(&format!("id=\"note-{}\"", note.id)));
        assert!(
            essay.contains(&maud::html! { (note.finding) }.into_string()),
            "{}",
            note.id
        );
    }
    for term in &exhibit.glossary {
        for occurrence in 1..=term.occurrences {
            let mark = format!("id=\"term-{}-{occurrence}\"", term.id);
            assert_eq!(essay.matches(&mark).count(), 1, "{mark}");
        }
    }
    let changed = exhibit
        .notes
        .iter()
        .flat_map(|note| &note.passages)
        .filter(|p| p.edit.is_some())
        .count();
    assert_eq!(essay.matches("class=\"ex-edited\"").count(), changed);
    // The essay itself carries no glossary, timeline or map: they are pages of their own.
    assert!(!essay.contains("class=\"ex-entry\""));
    assert!(!essay.contains("class=\"ex-tl-mark\""));
    assert!(!essay.contains("class=\"ex-camp__pin\""));
}

/// A glossary card sits inside a paragraph, so an entry's body (which a card copies) holds
/// phrasing content only.
#[test]
fn glossary_entries_are_phrasing_content_for_the_cards() {
    let pages = render(&shipped());
    let glossary = &pages[&View::Glossary];
    let mut count = 0;
    for (at, _) in glossary.match_indices("class=\"ex-entry__body\"") {
        let body = &glossary[at..];
        let body = &body[..body.find("</p>").expect("closed")];
        for block in ["<p", "<div", "<h", "<ul", "<section", "<article"] {
            assert!(!body.contains(block), "{block} in {body}");
        }
        count += 1;
    }
    assert_eq!(count, shipped().glossary.len());
}

#[test]
fn the_timeline_has_a_mark_and_an_entry_per_event_laid_out_for_every_width() {
    let exhibit = shipped();
    let pages = render(&exhibit);
    let timeline = &pages[&View::Timeline];
    let (track, list) = timeline
        .split_once("class=\"ex-tl-all\"")
        .expect("the list");
    for event in &exhibit.timeline.events {
        let mark = format!("id=\"tl-{}\"", event.id);
        let at = track.find(&mark).unwrap_or_else(|| panic!("{mark}"));
        let end = at + track[at..].find('>').expect("tag end");
        let tag = &track[track[..at].rfind('<').expect("tag start")..end];
        // Its place and its row at every width are in the page's <style>.
        let style = &timeline[..timeline.find("</style>").expect("the page's style")];
        let rule = format!("#tl-{}{{", event.id);
        let rule = &style[style.find(&rule).unwrap_or_else(|| panic!("{rule}"))..];
        let rule = &rule[..rule.find('}').expect("rule end")];
        for row in 0..6 {
            assert!(rule.contains(&format!("--r{row}:")), "{rule}");
        }
        // The label is the short headline, hidden from screen readers (the mark's name
        // says the whole headline).
        assert!(
            track[at..].contains(&format!(
                "<span class=\"ex-tl-mark__label\" aria-hidden=\"true\">{}</span>",
                event.short
            )),
            "{}",
            event.id
        );
        assert!(
            tag.contains(&format!("href=\"#event-{}\"", event.id)),
            "{tag}"
        );
        assert!(list.contains(&format!("id=\"event-{}\"", event.id)));
    }
    // Every era shows a name, full or short, at every width the track is laid out for from
    // a phone's up (the narrowest class, under 280 px, is a tiny frame: five names do not
    // fit; the band's title and the list name the era).
    let style = &timeline[..timeline.find("</style>").expect("the page's style")];
    for era in 1..=exhibit.timeline.eras.len() {
        let rule = format!(".ex-tl-lanes>:nth-child({era}){{");
        let rule = &style[style.find(&rule).unwrap_or_else(|| panic!("{rule}"))..];
        let rule = &rule[..rule.find('}').expect("rule end")];
        for class in 1..6 {
            assert!(
                rule.contains(&format!("--ef{class}:block"))
                    || rule.contains(&format!("--es{class}:block")),
                "era {era} has no name at width class {class}: {rule}"
            );
        }
    }
    for event in &exhibit.timeline.events {
        // A disputed date says so in words, not only on the mark.
        if event.disputed() {
            let entry = &list[list
                .find(&format!("id=\"event-{}\"", event.id))
                .expect("entry")..];
            assert!(
                entry[..entry.find("</li>").expect("end")].contains("uncertain"),
                "{}",
                event.id
            );
        }
    }
}

#[test]
fn every_figure_is_drawn_with_its_data_and_credited_in_full() {
    let exhibit = shipped();
    let pages = render(&exhibit);
    let figures = &pages[&View::Figures];
    let escaped = |text: &str| maud::html! { (text) }.into_string();
    for figure in &exhibit.figures {
        assert!(figures.contains(&format!("id=\"figure-{}\"", figure.id)));
        for bar in &figure.bars {
            let label = format!(
                "aria-label=\"{}: {} {}",
                escaped(&bar.label),
                grouped(u64::from(bar.value)),
                figure.unit
            );
            assert!(figures.contains(&label), "{label}");
        }
        assert!(figures.contains(&escaped(&figure.credit.credit_line)));
        let credit = &figures[figures
            .find(&format!("id=\"credit-{}\"", figure.id))
            .expect("a credit entry")..];
        for part in [
            &figure.credit.creator,
            &figure.credit.source_name,
            &figure.credit.licence_name,
            &figure.credit.licence_url,
            &figure.credit.modifications,
        ] {
            assert!(credit.contains(&escaped(part)), "{}: {part}", figure.id);
        }
    }
    // The map is credited too, with how its outline was made.
    assert!(figures.contains("id=\"credit-camp-map\""));
    assert!(figures.contains(&escaped(&exhibit.map.outline.data)));
}

/// The photo path, proved with a picture the project made (the shipped exhibit has none):
/// it is shown with its alt text, caption, credit line and full credit.
#[test]
fn a_photograph_is_shown_with_its_caption_and_credited_in_full() {
    let exhibit = load("tests/fixtures/minimal");
    let photo = exhibit.photos.first().expect("the fixture photo");
    assert_eq!(photo.file, "fixture.png");
    let figures = &render(&exhibit)[&View::Figures];
    assert!(figures.contains(
        "<img src=\"../images/fixture.png\" alt=\"A rectangle shading from black on the left to white on the right.\""
    ));
    assert!(figures
        .contains("<figcaption class=\"ex-figure__caption\">A grey gradient made for the tests."));
    assert!(figures.contains("Test picture: the exhibit's developers."));
    let credit = &figures[figures.find("id=\"credit-fixture\"").expect("credited")..];
    for part in [
        "The exhibit's developers",
        "Generated by tests/fixtures/images/make_fixture_png.py",
        "https://opensource.org/license/mit",
    ] {
        assert!(credit.contains(part), "{part}");
    }
    // The real exhibit ships no photograph, and says why.
    let shipped = shipped();
    assert!(shipped.photos.is_empty());
    assert!(render(&shipped)[&View::Figures]
        .contains("It shows no photograph: none is available with a confirmed licence."));
}

#[test]
fn map_pins_are_apart_enough_to_select_and_stay_near_their_towns() {
    let exhibit = shipped();
    let map = &exhibit.map;
    let pins = pins(map, &exhibit.camps);
    assert_eq!(pins.len(), exhibit.camps.len());
    let width = f64::from(map.fit.width);
    let at = |pin: &exhibit_content::map::pins::Pin| {
        (
            f64::from(pin.x) / 10_000.0 * width,
            f64::from(pin.y) / 10_000.0 * width,
        )
    };
    for (i, a) in pins.iter().enumerate() {
        for (j, b) in pins.iter().enumerate().skip(i + 1) {
            let (p, q) = (at(a), at(b));
            let apart = (p.0 - q.0).hypot(p.1 - q.1);
            // Pins are placed to a hundredth of a percent: allow for that rounding.
            assert!(
                apart >= PIN_GAP - 0.2,
                "{} and {}: {apart}",
                exhibit.camps[i].id,
                exhibit.camps[j].id
            );
        }
        let camp = &exhibit.camps[i];
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

/// A citation reads "short form, locator", the short form linked to the work in the list of
/// sources; a whole work is its short form alone. Every view that shows sources does so.
#[test]
fn citations_show_the_short_form_and_where_in_the_work() {
    let pages = render(&minimal());
    let cite = |href: &str, at: &str| format!("<a href=\"{href}\">Author 2000</a>, {at}");
    let whole = |href: &str| format!("<a href=\"{href}\">Author 2000</a></");
    for (view, expected) in [
        (View::Essay, cite("#source-a", "ch. 2, n. 5")),
        (View::Glossary, cite("../#source-a", "p. 12")),
        (View::Glossary, whole("../#source-a")),
        (View::Timeline, cite("../#source-a", "pp. 10–27")),
        (View::Timeline, whole("../#source-a")),
        (View::Figures, cite("../#source-a", "table 1")),
        (View::Figures, cite("../#source-a", "§ 2")),
        (View::Figures, whole("../#source-a")),
    ] {
        assert!(
            pages[&view].contains(&expected),
            "{view:?} lacks {expected}"
        );
    }
}

/// The text of every element `tag` in a page that has no `src`, as written.
fn inline_texts<'a>(html: &'a str, tag: &str) -> Vec<&'a str> {
    let open = format!("<{tag}");
    let close = format!("</{tag}>");
    html.match_indices(&open)
        .filter_map(|(at, _)| {
            let start = at + html[at..].find('>')? + 1;
            let head = &html[at..start];
            let end = start + html[start..].find(&close)?;
            (!head.contains(" src=")).then(|| &html[start..end])
        })
        .collect()
}

#[test]
fn every_inline_script_and_style_is_declared_for_the_policy_and_no_element_has_a_style() {
    let exhibit = shipped();
    for page in pages(&exhibit, &words(), &assets(), None) {
        let view = page.view.key();
        let scripts: Vec<String> = inline_texts(&page.html, "script")
            .into_iter()
            .map(String::from)
            .collect();
        let styles: Vec<String> = inline_texts(&page.html, "style")
            .into_iter()
            .map(String::from)
            .collect();
        assert_eq!(scripts, page.inline.scripts, "{view}: inline scripts");
        assert_eq!(styles, page.inline.styles, "{view}: inline styles");
        // A Content-Security-Policy could allow a style attribute only by allowing every one.
        assert!(
            values(&page.html, "style").is_empty(),
            "{view}: style attribute"
        );
        for handler in ["onclick", "onload", "onerror"] {
            assert!(values(&page.html, handler).is_empty(), "{view}: {handler}");
        }
    }
    // The loader is the same text on every page: one hash allows it everywhere.
    let loaders: BTreeSet<Vec<String>> = pages(&exhibit, &words(), &assets(), None)
        .into_iter()
        .map(|page| page.inline.scripts)
        .collect();
    assert_eq!(loaders.len(), 1);
}

/// The stylesheet picks each size's layout with container queries at the widths the build
/// lays the track and the map out for: the two lists must agree.
#[test]
fn the_stylesheet_queries_the_widths_the_build_lays_out_for() {
    let css = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../assets/styles/exhibit.css"),
    )
    .expect("the stylesheet");
    let queried = |what: &str| -> Vec<u32> {
        let mut widths: Vec<u32> = css
            .lines()
            .filter(|line| line.contains(what))
            .filter_map(|line| {
                let rest = line.split("@container (min-width: ").nth(1)?;
                rest.split("px").next()?.parse().ok()
            })
            .collect();
        widths.sort_unstable();
        widths.dedup();
        widths
    };
    use exhibit_content::map::clusters::MAP_WIDTHS;
    use exhibit_content::timeline::TRACK_WIDTHS;
    assert_eq!(queried(".ex-map__frame * { --p:"), MAP_WIDTHS[1..].to_vec());
    assert_eq!(
        queried(".ex-tl-track, .ex-tl-mark, .ex-tl-era {"),
        TRACK_WIDTHS[1..].to_vec()
    );
}
