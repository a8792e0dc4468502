//! The kiosk's parts as the build writes them: every name the kiosk's build looks for, a
//! QR code for every outside address the pages link to, the eras, and the PIN.

mod common;

use common::{shipped, words};
use exhibit_content::site::{kiosk, pages, Assets, Code};
use exhibit_dom::KIOSK_REQUIRED;

fn assets() -> Assets {
    Assets {
        stylesheet: "exhibit-0.css".into(),
        code: Code {
            script: "a.js".into(),
            wasm: "a.wasm".into(),
            stylesheet: None,
        },
        modes: Vec::new(),
        favicon: "data:,".into(),
    }
}

#[test]
fn the_kiosk_parts_hold_every_name_a_qr_code_per_outside_address_and_the_eras() {
    let exhibit = shipped();
    let words = words();
    let pages = pages(&exhibit, &words, &assets(), None);
    let html = kiosk(&exhibit, &words, &pages, "v1-test", Some("2468"));
    for id in KIOSK_REQUIRED {
        assert!(
            html.contains(&format!(" id=\"{id}\"")),
            "the kiosk's parts lack #{id}"
        );
    }
    assert!(html.contains(" data-version=\"v1-test\"") && html.contains(" data-pin=\"2468\""));
    // Every outside link on every page has its QR code, each once.
    let outside: Vec<&str> = pages
        .iter()
        .flat_map(|page| {
            page.html
                .match_indices("<a ")
                .map(move |(at, _)| &page.html[at..])
        })
        .filter_map(|tag| {
            let tag = &tag[..tag.find('>')?];
            let start = tag.find(" href=\"http")? + " href=\"".len();
            Some(&tag[start..start + tag[start..].find('"')?])
        })
        .collect();
    assert!(
        outside.len() >= 10,
        "the sources link outside ({})",
        outside.len()
    );
    for address in &outside {
        let item = format!("<li data-href=\"{address}\"><figure class=\"ex-qr\"><svg ");
        assert_eq!(html.matches(&item).count(), 1, "one QR code for {address}");
    }
    for era in &exhibit.timeline.eras {
        assert!(
            html.contains(&era.label.replace('&', "&amp;")),
            "the era {}",
            era.label
        );
    }
    let without = kiosk(&exhibit, &words, &pages, "v1", None);
    assert!(!without.contains("data-pin"), "no PIN: no attribute");
}
