//! What reaches a frame from outside: its address's `?id=`, `?theme=` and `?section=`, a
//! host's messages (kind and address) and heights; and what the "Embed this" dialog writes
//! from the page's address. Input: four strings separated by NULs, then eight bytes of a
//! height. No input adds markup to the code an embedder pastes.
#![no_main]

use exhibit_dom::embed::{go_href, reported_height, Embed, Snippet, MAX_HEIGHT};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let split = data.len().saturating_sub(8);
    let (text, height) = data.split_at(split);
    let text = String::from_utf8_lossy(text);
    let mut parts = text.split('\0');
    let mut next = || parts.next().unwrap_or("");
    let (query, kind, href, label) = (next(), next(), next(), next());

    let embed = Embed::from_query(query);
    assert!(!embed.id.is_empty());
    if let Some(asked) = go_href(Some(kind), Some(href)) {
        assert_eq!(asked, href);
        assert!(!asked.is_empty());
    }
    let mut bytes = [0u8; 8];
    bytes[..height.len()].copy_from_slice(height);
    if let Some(px) = reported_height(f64::from_le_bytes(bytes)) {
        assert!((1..=MAX_HEIGHT).contains(&px));
    }

    let tags = |snippet: &Snippet| snippet.html().matches('<').count();
    let plain = Snippet {
        src: "s",
        title: "t",
        width: None,
        height: None,
        script: "j",
        fallback_href: "f",
        fallback_text: "x",
        id: "i",
    };
    let fuzzed = Snippet {
        src: href,
        title: label,
        script: kind,
        fallback_href: query,
        fallback_text: label,
        id: &embed.id,
        ..plain.clone()
    };
    assert_eq!(tags(&fuzzed), tags(&plain), "{}", fuzzed.html());
});
