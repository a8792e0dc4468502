//! The museum touch screen's parts (`kiosk.html`): the attract screen, the inactivity
//! warning with its countdown, the "Start over" button, the operators' corner, PIN pad and
//! status panel, and a QR code for every address outside the exhibit that the pages link
//! to, so a visitor can read it on their own phone. They are drawn at build time into a
//! file of their own, which only the kiosk's build fetches: the ordinary pages carry none
//! of it. The names the app looks for are in `exhibit_dom::KIOSK_REQUIRED`.

use exhibit_dom::id;
use maud::{html, Markup, DOCTYPE};
use qrcode::{Color, EcLevel, QrCode};

use crate::core::text::fill;
use crate::core::words::Words;

/// What the parts show of the exhibit, and what the build sets.
pub struct Kiosk<'a> {
    pub title: &'a str,
    pub kicker: &'a str,
    pub standfirst: &'a str,
    /// Each era's name and years, in order: the attract screen shows them one by one.
    pub eras: Vec<(String, String)>,
    /// Every address outside the exhibit the pages link to.
    pub outside: Vec<String>,
    /// The build's version, for the operators.
    pub version: &'a str,
    /// The operators' PIN set at build time, if any.
    pub pin: Option<&'a str>,
}

/// The parts, as an HTML document of their own.
pub fn document(words: &Words, kiosk: &Kiosk) -> String {
    let w = &words.kiosk;
    let digits = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "0"];
    let (before, after) = w
        .countdown
        .split_once("{seconds}")
        .unwrap_or((&w.countdown, ""));
    let status = [
        ("version", &w.version),
        ("device", &w.device),
        ("uptime", &w.uptime),
        ("resets", &w.resets),
        ("offline", &w.offline),
        ("error", &w.last_error),
    ];
    html! {
        (DOCTYPE)
        html lang=(words.lang) {
            head {
                meta charset="utf-8";
                title { (fill(&w.document_title, &[("title", kiosk.title)])) }
                meta name="robots" content="noindex";
            }
            body {
                div id=(id::KIOSK) data-version=(kiosk.version) data-pin=[kiosk.pin] {
                    dialog class="ex-kiosk-attract" id=(id::KIOSK_ATTRACT) aria-labelledby="ex-kiosk-attract-title" {
                        p class="ex-kiosk-attract__kicker" { (kiosk.kicker) }
                        h2 class="ex-kiosk-attract__title" id="ex-kiosk-attract-title" { (kiosk.title) }
                        p class="ex-kiosk-attract__standfirst" { (kiosk.standfirst) }
                        section class="ex-kiosk-eras" aria-labelledby="ex-kiosk-eras-title" {
                            h3 class="ex-vh" id="ex-kiosk-eras-title" { (w.eras) }
                            ol {
                                @for (name, years) in &kiosk.eras {
                                    li { span class="ex-kiosk-eras__years" { (years) } " " span { (name) } }
                                }
                            }
                        }
                        button type="button" class="ex-kiosk-begin" id=(id::KIOSK_BEGIN) autofocus { (w.begin) }
                    }
                    dialog class="ex-kiosk-idle" id=(id::KIOSK_IDLE) aria-labelledby="ex-kiosk-idle-title"
                        aria-describedby="ex-kiosk-idle-text" {
                        h2 id="ex-kiosk-idle-title" { (w.still_reading) }
                        p id="ex-kiosk-idle-text" {
                            (before)
                            span class="ex-kiosk-idle__seconds" id=(id::KIOSK_SECONDS) role="timer" {
                                (exhibit_dom::kiosk::COUNTDOWN)
                            }
                            (after)
                        }
                        p class="ex-kiosk-idle__actions" {
                            button type="button" class="ex-kiosk-button ex-kiosk-button--main" id=(id::KIOSK_KEEP) autofocus { (w.keep_reading) }
                            button type="button" class="ex-kiosk-button" id=(id::KIOSK_RESET) { (w.start_over) }
                        }
                    }
                    button type="button" class="ex-kiosk-button ex-kiosk-start-over" id=(id::KIOSK_START_OVER) { (w.start_over) }
                    // The operators' corner: a long press opens their panel. Visitors are
                    // not told of it, and it is no control for them.
                    div class="ex-kiosk-corner" id=(id::KIOSK_CORNER) aria-hidden="true" {}
                    dialog class="ex-kiosk-operator" id=(id::KIOSK_OPERATOR) aria-labelledby="ex-kiosk-operator-title" {
                        h2 id="ex-kiosk-operator-title" { (w.operator) }
                        form class="ex-kiosk-pin" id=(id::KIOSK_PIN) method="dialog" {
                            p { label for=(id::KIOSK_PIN_SHOWN) { (w.pin) } " "
                                output class="ex-kiosk-pin__shown" id=(id::KIOSK_PIN_SHOWN) {} }
                            p class="ex-kiosk-pin__wrong" id=(id::KIOSK_PIN_WRONG) role="alert" hidden { (w.pin_wrong) }
                            div class="ex-kiosk-pin__pad" {
                                @for digit in digits {
                                    button type="button" class="ex-kiosk-button" data-digit=(digit) { (digit) }
                                }
                                button type="button" class="ex-kiosk-button" data-digit="clear" { (w.pin_clear) }
                                button type="button" class="ex-kiosk-button ex-kiosk-button--main" data-digit="enter" { (w.pin_enter) }
                            }
                        }
                        div class="ex-kiosk-status" id=(id::KIOSK_STATUS) hidden data-yes=(w.yes) data-no=(w.no) {
                            dl {
                                @for (key, label) in status {
                                    div { dt { (label) } dd data-status=(key) { (w.none) } }
                                }
                            }
                            p class="ex-kiosk-idle__actions" {
                                button type="button" class="ex-kiosk-button" id=(id::KIOSK_RELOAD) { (w.reload) }
                            }
                        }
                        p class="ex-kiosk-idle__actions" {
                            button type="button" class="ex-kiosk-button ex-kiosk-button--main" id=(id::KIOSK_CLOSE) { (w.close) }
                        }
                    }
                    ul class="ex-kiosk-qr" id=(id::KIOSK_QR) hidden {
                        @for address in &kiosk.outside {
                            li data-href=(address) { (qr(address, &fill(&w.scan, &[("address", address)]))) }
                        }
                    }
                }
            }
        }
    }
    .into_string()
}

/// A QR code for `address` as an inline SVG, with its caption. An address too long for a
/// QR code gets the caption alone.
fn qr(address: &str, caption: &str) -> Markup {
    // Level L (7 % of the code may be lost): the codes are read off a clean screen, and a
    // smaller code has larger modules at the same size.
    let svg = QrCode::with_error_correction_level(address.as_bytes(), EcLevel::L)
        .ok()
        .map(|code| svg(&code));
    html! {
        figure class="ex-qr" {
            @if let Some(svg) = svg { (svg) }
            figcaption class="ex-qr__caption" { (caption) }
        }
    }
}

/// The quiet zone around a QR code, in modules (the standard's four).
const QUIET: usize = 4;

/// A QR code's modules as one SVG path: each run of dark modules in a row is a line one
/// module thick along the row's middle, the first of a row placed absolutely and the rest
/// by a relative move from the end of the one before (the crate's own SVG writer draws
/// every module alone, eight times the bytes; a rectangle per run took twice these).
fn svg(code: &QrCode) -> Markup {
    let width = code.width();
    let colors = code.to_colors();
    let mut path = String::new();
    for (y, row) in colors.chunks(width).enumerate() {
        let mut end: Option<usize> = None;
        let mut x = 0;
        while x < width {
            if row[x] != Color::Dark {
                x += 1;
                continue;
            }
            let start = x;
            while x < width && row[x] == Color::Dark {
                x += 1;
            }
            let run = x - start;
            match end {
                None => path.push_str(&format!("M{} {}.5h{run}", start + QUIET, y + QUIET)),
                Some(end) => path.push_str(&format!("m{} 0h{run}", start - end)),
            }
            end = Some(x);
        }
    }
    let size = width + 2 * QUIET;
    html! {
        svg class="ex-qr__code" aria-hidden="true" viewBox={ "0 0 " (size) " " (size) } shape-rendering="crispEdges" {
            rect width=(size) height=(size) fill="#fff" {}
            path d=(path) stroke="#000" {}
        }
    }
}

/// Every address outside the exhibit that `pages` link to (`<a href="http…">`), once each,
/// in order of first appearance.
pub fn outside_addresses<'a>(pages: impl IntoIterator<Item = &'a str>) -> Vec<String> {
    let mut found: Vec<String> = Vec::new();
    for html in pages {
        for (at, _) in html.match_indices("<a ") {
            let tag = &html[at..html[at..].find('>').map_or(html.len(), |end| at + end)];
            let Some(start) = tag.find(" href=\"").map(|i| i + " href=\"".len()) else {
                continue;
            };
            let Some(end) = tag[start..].find('"') else {
                continue;
            };
            let address = tag[start..start + end]
                .replace("&quot;", "\"")
                .replace("&amp;", "&");
            if (address.starts_with("https://") || address.starts_with("http://"))
                && !found.contains(&address)
            {
                found.push(address);
            }
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn outside_addresses_are_found_once_and_unescaped() {
        let pages = [
            r#"<a href="https://a.example/x?y=1&amp;z=2">a</a><a href="./timeline/">t</a>"#,
            r#"<link href="https://c.example/"><a class="x" href="http://b.example/">b</a><a href="https://a.example/x?y=1&amp;z=2">"#,
        ];
        assert_eq!(
            outside_addresses(pages),
            ["https://a.example/x?y=1&z=2", "http://b.example/"]
        );
    }

    #[test]
    fn a_qr_code_is_an_inline_svg_with_its_caption() {
        let html = qr("https://example.org/", "Scan").into_string();
        assert!(html.starts_with(
            "<figure class=\"ex-qr\"><svg class=\"ex-qr__code\" aria-hidden=\"true\" "
        ));
        // The finder pattern's top row: seven dark modules inside the quiet zone.
        assert!(html.contains("<path d=\"M4 4.5h7m"), "{html}");
        assert!(html.contains("<figcaption class=\"ex-qr__caption\">Scan</figcaption>"));
        let too_long = qr(&"x".repeat(5000), "Scan").into_string();
        assert!(!too_long.contains("<svg") && too_long.contains("Scan"));
    }
}
