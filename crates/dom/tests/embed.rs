//! Embedding: a frame's parameters, the messages a host may send it, and the snippet;
//! anything malformed or hostile is the default or nothing, never a panic.

use exhibit_dom::embed::{
    go_href, reported_height, Embed, Snippet, Theme, DEFAULT_ID, GO, MAX_HREF, SIZE, STATE,
};
use proptest::prelude::*;

#[test]
fn the_frame_reads_its_name_theme_and_section() {
    let embed = Embed::from_query("?mode=embed&id=front-page&theme=dark&section=camp-map");
    assert_eq!(
        embed,
        Embed {
            id: "front-page".into(),
            theme: Theme::Dark,
            section: Some("camp-map".into())
        }
    );
    let plain = Embed::from_query("?mode=embed");
    assert_eq!(
        plain,
        Embed {
            id: DEFAULT_ID.into(),
            theme: Theme::Auto,
            section: None
        }
    );
    for garbage in [
        "?id=<script>&theme=purple&section=../x",
        "?id=&theme=&section=",
        "?theme=DARK%00",
        "?id=%ZZ",
    ] {
        let embed = Embed::from_query(garbage);
        assert_eq!(
            (embed.id.as_str(), embed.section),
            (DEFAULT_ID, None),
            "{garbage}"
        );
        assert_eq!(embed.theme, Theme::Auto, "{garbage}");
    }
}

#[test]
fn heights_are_whole_pixels_within_reason() {
    assert_eq!(reported_height(412.2), Some(413));
    assert_eq!(reported_height(1.0), Some(1));
    for nonsense in [0.0, -5.0, f64::NAN, f64::INFINITY, 1e9] {
        assert_eq!(reported_height(nonsense), None, "{nonsense}");
    }
}

#[test]
fn only_a_go_message_with_an_address_asks_for_anything() {
    assert_eq!(
        go_href(Some(GO), Some("https://museum.example/gulag/timeline/")),
        Some("https://museum.example/gulag/timeline/")
    );
    assert_eq!(go_href(Some(SIZE), Some("x")), None);
    assert_eq!(go_href(Some(STATE), Some("x")), None);
    assert_eq!(go_href(None, Some("x")), None);
    assert_eq!(go_href(Some(GO), None), None);
    assert_eq!(go_href(Some(GO), Some("")), None);
    let long = "a".repeat(MAX_HREF + 1);
    assert_eq!(go_href(Some(GO), Some(&long)), None);
}

fn snippet(height: Option<u32>) -> String {
    Snippet {
        src: "https://museum.example/gulag/timeline/?mode=embed#event-stalin-dies",
        title: "Prisoners of GULAG Released: \"an annotated essay\"",
        width: None,
        height,
        script: "https://museum.example/gulag/embed.js",
        fallback_href: "https://museum.example/gulag/timeline/#event-stalin-dies",
        fallback_text: "Open <the> exhibit",
        id: "exhibit",
    }
    .html()
}

#[test]
fn the_snippet_is_a_sandboxed_lazy_frame_with_a_link_and_for_auto_height_the_script() {
    let auto = snippet(None);
    assert!(auto.starts_with(
        "<iframe src=\"https://museum.example/gulag/timeline/?mode=embed#event-stalin-dies\""
    ));
    for part in [
        "title=\"Prisoners of GULAG Released: &quot;an annotated essay&quot;\"",
        "width=\"100%\"",
        "loading=\"lazy\"",
        "sandbox=\"allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox\"",
        "data-gulag-exhibit=\"exhibit\"",
        "<p><a href=\"https://museum.example/gulag/timeline/#event-stalin-dies\">Open &lt;the&gt; exhibit</a></p>",
        "<script src=\"https://museum.example/gulag/embed.js\" async></script>",
    ] {
        assert!(auto.contains(part), "{part}\n{auto}");
    }
    assert!(
        !auto.contains("allow-top-navigation"),
        "a frame must not navigate its host"
    );
    let fixed = snippet(Some(720));
    assert!(fixed.contains("height=\"720\""));
    assert!(!fixed.contains("<script"), "a fixed height needs no script");
}

proptest! {
    #[test]
    fn any_query_or_message_is_read_without_panicking(query in any::<String>(), kind in any::<String>(), href in any::<String>()) {
        let embed = Embed::from_query(&query);
        prop_assert!(!embed.id.is_empty());
        let _ = go_href(Some(&kind), Some(&href));
        let _ = reported_height(href.len() as f64);
    }
}
