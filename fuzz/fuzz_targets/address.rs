//! The address's state: the query and fragment a visitor or another site may write
//! (`?reading=edited#note-geldom`, old links such as `#view=glossary&term=gulag`), on every
//! view. Input: the query, a NUL, then the fragment. Whatever is read, the address the app
//! writes for it reads back as the same state (target and reading), and is not an old-style one.
#![no_main]

use exhibit_dom::url::{address, Mode, Reading, Request, Target};
use exhibit_dom::View;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let (query, fragment) = text.split_once('\0').unwrap_or((&text, ""));
    // `location.search` ends where the fragment begins: it never holds a `#`.
    if query.contains('#') {
        return;
    }
    let _ = Mode::from_query(query);
    for view in View::ALL {
        let request = Request::parse(view, query, fragment);
        // A term named by an old link is found when the page is shown: it has no address yet.
        if matches!(request.target, Target::Term(_)) {
            continue;
        }
        let written = address(request.view, query, request.reading, &request.target);
        let rest = written
            .strip_prefix(request.view.dir())
            .expect("the address starts with the view's folder");
        let (query, fragment) = rest.split_once('#').unwrap_or((rest, ""));
        let again = Request::parse(request.view, query, fragment);
        assert!(!again.legacy, "{written:?} reads as an old-style address");
        // The original reading is the default, which the address leaves out.
        let edited = |reading: Option<Reading>| reading == Some(Reading::Edited);
        assert_eq!(
            edited(again.reading),
            edited(request.reading),
            "{written:?}"
        );
        assert_eq!(again.target, request.target, "{written:?}");
    }
});
