//! Every name the browser code looks for in the markup: ids, classes, data attributes and
//! the names of the reader's settings.
//!
//! Names used only for styling stay in the renderer and the stylesheet; anything the app
//! finds, reads or writes is here.

use crate::View;

/// Element ids: fixed ones, and the ids of content items (built from their content ids).
pub mod id {
    /// The part of every page that moving between views swaps: skip link, header,
    /// navigation, `<main>`, footer and the panels. Carries [`super::attr::VIEW`].
    pub const APP: &str = "ex-app";
    /// Each view's `<h1>`, which takes focus after moving to the view.
    pub const VIEW_TITLE: &str = "ex-view-title";
    /// The polite notice shown when the interactive parts could not start.
    pub const FAILURE: &str = "ex-failure";

    /// The essay's text: both readings, note markers and glossary marks.
    pub const ESSAY_TEXT: &str = "essay-text";
    /// The list of every editorial note, in order of number.
    pub const ENDNOTES: &str = "notes-list";

    /// The note panel (a non-modal dialog) and its parts.
    pub const NOTE_PANEL: &str = "ex-note-panel";
    pub const NOTE_PANEL_KICKER: &str = "ex-note-panel-kicker";
    pub const NOTE_PANEL_TITLE: &str = "ex-note-panel-title";
    pub const NOTE_PANEL_BODY: &str = "ex-note-panel-body";
    pub const NOTE_CLOSE: &str = "ex-note-close";
    pub const NOTE_PREVIOUS: &str = "ex-note-previous";
    pub const NOTE_NEXT: &str = "ex-note-next";

    /// The one glossary card, moved beside the term it explains, and its parts.
    pub const TERM_CARD: &str = "ex-term-card";
    pub const TERM_CARD_NAME: &str = "ex-term-card-name";
    pub const TERM_CARD_BODY: &str = "ex-term-card-body";
    pub const TERM_CARD_ENTRY: &str = "ex-term-card-entry";
    pub const TERM_CARD_CLOSE: &str = "ex-term-card-close";

    /// The timeline's track (one tab stop), its live region, the selected event's details
    /// and the buttons that step through the events.
    pub const TIMELINE_TRACK: &str = "ex-tl-track";
    pub const TIMELINE_LIVE: &str = "ex-tl-live";
    pub const TIMELINE_DETAIL_BODY: &str = "ex-tl-detail-body";
    pub const TIMELINE_EARLIER: &str = "ex-tl-earlier";
    pub const TIMELINE_LATER: &str = "ex-tl-later";
    /// The list of every event, in chronological order.
    pub const TIMELINE_LIST: &str = "ex-tl-list";
    /// Zoom: the buttons (shown only with the app, and not on a kiosk), the box the
    /// track scrolls in when zoomed, and the live region that says which years it shows.
    pub const TIMELINE_ZOOM: &str = "ex-tl-zoom";
    pub const TIMELINE_ZOOM_IN: &str = "ex-tl-zoom-in";
    pub const TIMELINE_ZOOM_OUT: &str = "ex-tl-zoom-out";
    pub const TIMELINE_SCROLL: &str = "ex-tl-scroll";
    pub const TIMELINE_SHOWING: &str = "ex-tl-showing";

    /// Embedding: the button that opens the dialog, the dialog, its form, the code to
    /// paste, the copy button and what it says when it has copied.
    pub const EMBED_BUTTON: &str = "ex-embed-button";
    pub const EMBED_DIALOG: &str = "ex-embed-dialog";
    pub const EMBED_FORM: &str = "ex-embed-form";
    pub const EMBED_CODE: &str = "ex-embed-code";
    pub const EMBED_COPY: &str = "ex-embed-copy";
    pub const EMBED_COPIED: &str = "ex-embed-copied";
    pub const EMBED_CLOSE: &str = "ex-embed-close";
    /// In an embedded frame: the link that opens the whole exhibit in a tab of its own.
    pub const EMBED_FULL: &str = "ex-embed-full";

    /// The kiosk's parts (`kiosk.html`, fetched by the kiosk's build): their wrapper, the
    /// attract screen and its button, the warning (its seconds, its two buttons), the
    /// "Start over" button always on screen, the operators' corner, panel, PIN form and
    /// status, and the QR codes of outside addresses.
    pub const KIOSK: &str = "ex-kiosk";
    pub const KIOSK_ATTRACT: &str = "ex-kiosk-attract";
    pub const KIOSK_BEGIN: &str = "ex-kiosk-begin";
    pub const KIOSK_IDLE: &str = "ex-kiosk-idle";
    pub const KIOSK_SECONDS: &str = "ex-kiosk-seconds";
    pub const KIOSK_KEEP: &str = "ex-kiosk-keep";
    pub const KIOSK_RESET: &str = "ex-kiosk-reset";
    pub const KIOSK_START_OVER: &str = "ex-kiosk-start-over";
    pub const KIOSK_CORNER: &str = "ex-kiosk-corner";
    pub const KIOSK_OPERATOR: &str = "ex-kiosk-operator";
    pub const KIOSK_PIN: &str = "ex-kiosk-pin";
    pub const KIOSK_PIN_SHOWN: &str = "ex-kiosk-pin-shown";
    pub const KIOSK_PIN_WRONG: &str = "ex-kiosk-pin-wrong";
    pub const KIOSK_STATUS: &str = "ex-kiosk-status";
    pub const KIOSK_RELOAD: &str = "ex-kiosk-reload";
    pub const KIOSK_CLOSE: &str = "ex-kiosk-close";
    pub const KIOSK_QR: &str = "ex-kiosk-qr";

    /// An editorial note in the list of notes (also the address of the open note).
    pub fn note(note: &str) -> String {
        format!("note-{note}")
    }

    /// The `occurrence`-th marker of a note in the essay (1-based).
    pub fn marker(note: &str, occurrence: u16) -> String {
        format!("ref-{note}-{occurrence}")
    }

    /// The `occurrence`-th mark of a glossary term in the essay (1-based; also the address
    /// of its open card).
    pub fn term_mark(term: &str, occurrence: u16) -> String {
        format!("term-{term}-{occurrence}")
    }

    /// A term's entry on the glossary page.
    pub fn glossary_entry(term: &str) -> String {
        format!("glossary-{term}")
    }

    /// A letter's heading on the glossary page.
    pub fn glossary_letter(letter: char) -> String {
        format!("glossary-letter-{letter}")
    }

    /// An event in the timeline's list (also the address of the selected event).
    pub fn event(event: &str) -> String {
        format!("event-{event}")
    }

    /// An event's mark on the timeline's track.
    pub fn track_mark(event: &str) -> String {
        format!("tl-{event}")
    }

    /// The essay's words about an event (its first link to the event in the essay).
    pub fn essay_event(event: &str) -> String {
        format!("at-{event}")
    }

    /// A camp's details on the map (also the address of the selected camp).
    pub fn camp(camp: &str) -> String {
        format!("camp-{camp}")
    }

    /// A camp's pin on the map.
    pub fn camp_pin(camp: &str) -> String {
        format!("camp-pin-{camp}")
    }

    /// A work in the list of sources.
    pub fn source(source: &str) -> String {
        format!("source-{source}")
    }

    /// A picture (map, chart or photograph).
    pub fn figure(figure: &str) -> String {
        format!("figure-{figure}")
    }

    /// A picture's full credit.
    pub fn credit(figure: &str) -> String {
        format!("credit-{figure}")
    }

    /// A view's `<style>` in its page's head: where the rules that place its parts (the
    /// timeline's marks, the map's pins) are, which moving to the view brings along.
    pub fn layout_style(view: crate::View) -> String {
        format!("ex-layout-{}", view.key())
    }

    /// A radio button of one of the reader's settings.
    pub fn choice(name: &str, value: &str) -> String {
        format!("{name}-{value}")
    }
}

/// Classes the app finds elements by.
pub mod class {
    /// A note's marker after the passage it is about (a link to the note).
    pub const MARKER: &str = "ex-marker";
    /// A passage a note is about.
    pub const NOTED: &str = "ex-noted";
    /// A glossary mark with its plain words (carries the term's data attributes).
    pub const TERM_WRAP: &str = "ex-term-wrap";
    /// The link of a glossary mark.
    pub const TERM: &str = "ex-term";
    /// The title (without its number) of a note in the list of notes.
    pub const ENDNOTE_TITLE: &str = "ex-endnote__text";
    /// A note's verdict badge.
    pub const VERDICT: &str = "ex-verdict";
    /// What a note says: passage, finding, correction, sources.
    pub const NOTE_BODY: &str = "ex-note__body";
    /// A glossary entry's name and what it says (copied into a card).
    pub const ENTRY_NAME: &str = "ex-entry__name";
    pub const ENTRY_BODY: &str = "ex-entry__body";
    /// The essay's links to timeline events.
    pub const EVENT_LINK: &str = "ex-event-link";
    /// An event's mark on the track.
    pub const TRACK_MARK: &str = "ex-tl-mark";
    /// The visual timeline: track, live region, details.
    pub const TIMELINE_VISUAL: &str = "ex-tl-visual";
    /// An event's headline, in the list and the details.
    pub const EVENT_HEADLINE: &str = "ex-tl-body__headline";
    /// A camp's pin.
    pub const CAMP_PIN: &str = "ex-camp__pin";
}

/// Data attributes the app reads or writes.
pub mod attr {
    /// On [`super::id::APP`]: the view it shows ([`crate::View::key`]).
    pub const VIEW: &str = "data-view";
    /// On `<html>`: set before the first paint when the browser can run the exhibit's
    /// code, so the stylesheet lays the page out for it from the start (no shift later).
    pub const JS: &str = "data-js";
    /// On `<html>`: set once the app has taken over the page and shown what the address
    /// asks for.
    pub const READY: &str = "data-app-ready";
    /// The note a marker, passage or list entry belongs to.
    pub const NOTE: &str = "data-note";
    /// A list entry's note number.
    pub const NUMBER: &str = "data-number";
    /// On a passage: its note is open.
    pub const ACTIVE: &str = "data-active";
    /// A glossary mark's term, its occurrence, and whether it is the first mark of the
    /// term in its paragraph in each reading.
    pub const TERM: &str = "data-term";
    pub const OCCURRENCE: &str = "data-occurrence";
    pub const FIRST_ORIGINAL: &str = "data-first-original";
    pub const FIRST_EDITED: &str = "data-first-edited";
    /// What kind of entry a term is (a person, a law…).
    pub const KIND: &str = "data-kind";
    /// On a glossary mark: the pointer that last pressed it (`mouse`, `touch`, `pen`).
    pub const POINTER: &str = "data-pointer";
    /// On the card: `floating` beside its term, or `inline` in the text.
    pub const PLACEMENT: &str = "data-placement";
    /// Wording with a `{name}` or `{n}` slot, written at build time in the reader's
    /// language: the card's label and close button, the note panel's kicker.
    pub const TEMPLATE: &str = "data-template";
    /// The kiosk's parts: on [`super::id::KIOSK`], the build's version and the operators'
    /// PIN set at build time (if any); on each QR code, the address it encodes; on the
    /// PIN pad's buttons, their digit; in the status panel, which figure a `<dd>` shows,
    /// and the words for yes and no.
    pub const KIOSK_VERSION: &str = "data-version";
    /// On `<html>`: the kiosk's parts are in the page (until then the view stays hidden,
    /// so no visitor touches it before the attract screen is there).
    pub const KIOSK_READY: &str = "data-kiosk-ready";
    pub const KIOSK_PIN: &str = "data-pin";
    pub const QR_HREF: &str = "data-href";
    pub const DIGIT: &str = "data-digit";
    pub const STATUS: &str = "data-status";
    pub const YES: &str = "data-yes";
    pub const NO: &str = "data-no";
    /// On the embed dialog's form: the frame's title and the link under it, in the
    /// edition's language.
    pub const FRAME_TITLE: &str = "data-frame-title";
    pub const FALLBACK: &str = "data-fallback";
    /// The event an essay link is about.
    pub const EVENT: &str = "data-event";
    /// On the essay's words about an event: a timeline link sent the reader here.
    pub const HIGHLIGHT: &str = "data-highlight";
    /// On an element a link brings into view: scroll no further than needed.
    pub const REVEAL_NEAREST: &str = "data-reveal-nearest";
    /// On the timeline's track: the year its left edge starts (1 January) and the year its
    /// right edge is (1 January), which zoom and pan need ([`crate::zoom::Track`]).
    pub const TRACK_FIRST: &str = "data-first";
    pub const TRACK_END: &str = "data-end";
    /// On a zoom button: the years it shows (`1953-1956`; empty: all of them).
    pub const YEARS: &str = "data-years";
}

/// The reader's settings: radio groups, shown by the stylesheet even without the app.
pub mod input {
    /// The essay's reading: [`READING_ORIGINAL`] or [`READING_EDITED`].
    pub const READING: &str = "ex-reading";
    pub const READING_ORIGINAL: &str = "original";
    pub const READING_EDITED: &str = "edited";
    /// Which glossary terms the essay marks: first in each paragraph, all, none.
    pub const MARKS: &str = "ex-term-marks";
    pub const MARKS_FIRST: &str = "first";
    pub const MARKS_ALL: &str = "all";
    pub const MARKS_NONE: &str = "none";
    /// The timeline as a track or as a list.
    pub const TIMELINE_LAYOUT: &str = "ex-timeline-layout";
    pub const LAYOUT_TRACK: &str = "track";
    pub const LAYOUT_LIST: &str = "list";
    /// The embed dialog's choices: where the frame starts, how tall it is (and how many
    /// pixels), how wide (pixels; empty for the host's full width), and its colours.
    pub const EMBED_START: &str = "ex-embed-start";
    pub const EMBED_START_HERE: &str = "here";
    pub const EMBED_START_TOP: &str = "top";
    pub const EMBED_HEIGHT: &str = "ex-embed-height";
    pub const EMBED_HEIGHT_AUTO: &str = "auto";
    pub const EMBED_HEIGHT_FIXED: &str = "fixed";
    pub const EMBED_HEIGHT_PX: &str = "ex-embed-height-px";
    pub const EMBED_WIDTH_PX: &str = "ex-embed-width-px";
    pub const EMBED_THEME: &str = "ex-embed-theme";
}

/// A name the app looks for, and the view whose markup must contain it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Required {
    Id(View, &'static str),
    Class(View, &'static str),
    /// A radio button `name="…" value="…"`.
    Choice(View, &'static str, &'static str),
    /// A data attribute (the build-time views write these names literally: their markup
    /// language takes no names from expressions, so this is what ties them to this list).
    Attr(View, &'static str),
}

/// Every fixed name the app looks for, by view. A test renders each view and checks that
/// its markup has them.
pub const REQUIRED: &[Required] = &[
    Required::Id(View::Essay, id::APP),
    Required::Id(View::Timeline, id::APP),
    Required::Id(View::Glossary, id::APP),
    Required::Id(View::Figures, id::APP),
    Required::Id(View::Essay, id::VIEW_TITLE),
    Required::Id(View::Timeline, id::VIEW_TITLE),
    Required::Id(View::Glossary, id::VIEW_TITLE),
    Required::Id(View::Figures, id::VIEW_TITLE),
    Required::Id(View::Essay, id::FAILURE),
    Required::Id(View::Essay, id::ESSAY_TEXT),
    Required::Id(View::Essay, id::ENDNOTES),
    Required::Id(View::Essay, id::NOTE_PANEL),
    Required::Id(View::Essay, id::NOTE_PANEL_KICKER),
    Required::Id(View::Essay, id::NOTE_PANEL_TITLE),
    Required::Id(View::Essay, id::NOTE_PANEL_BODY),
    Required::Id(View::Essay, id::NOTE_CLOSE),
    Required::Id(View::Essay, id::NOTE_PREVIOUS),
    Required::Id(View::Essay, id::NOTE_NEXT),
    Required::Id(View::Essay, id::TERM_CARD),
    Required::Id(View::Essay, id::TERM_CARD_NAME),
    Required::Id(View::Essay, id::TERM_CARD_BODY),
    Required::Id(View::Essay, id::TERM_CARD_ENTRY),
    Required::Id(View::Essay, id::TERM_CARD_CLOSE),
    Required::Class(View::Essay, class::MARKER),
    Required::Class(View::Essay, class::NOTED),
    Required::Class(View::Essay, class::TERM_WRAP),
    Required::Class(View::Essay, class::TERM),
    Required::Class(View::Essay, class::ENDNOTE_TITLE),
    Required::Class(View::Essay, class::VERDICT),
    Required::Class(View::Essay, class::NOTE_BODY),
    Required::Class(View::Essay, class::EVENT_LINK),
    Required::Class(View::Glossary, class::ENTRY_NAME),
    Required::Class(View::Glossary, class::ENTRY_BODY),
    Required::Choice(View::Essay, input::READING, input::READING_ORIGINAL),
    Required::Choice(View::Essay, input::READING, input::READING_EDITED),
    Required::Choice(View::Essay, input::MARKS, input::MARKS_FIRST),
    Required::Choice(View::Essay, input::MARKS, input::MARKS_ALL),
    Required::Choice(View::Essay, input::MARKS, input::MARKS_NONE),
    Required::Id(View::Timeline, id::TIMELINE_TRACK),
    Required::Id(View::Timeline, id::TIMELINE_LIVE),
    Required::Id(View::Timeline, id::TIMELINE_DETAIL_BODY),
    Required::Id(View::Timeline, id::TIMELINE_EARLIER),
    Required::Id(View::Timeline, id::TIMELINE_LATER),
    Required::Id(View::Timeline, id::TIMELINE_LIST),
    Required::Id(View::Timeline, id::TIMELINE_ZOOM),
    Required::Id(View::Timeline, id::TIMELINE_ZOOM_IN),
    Required::Id(View::Timeline, id::TIMELINE_ZOOM_OUT),
    Required::Id(View::Timeline, id::TIMELINE_SCROLL),
    Required::Id(View::Timeline, id::TIMELINE_SHOWING),
    Required::Class(View::Timeline, class::TRACK_MARK),
    Required::Class(View::Timeline, class::TIMELINE_VISUAL),
    Required::Class(View::Timeline, class::EVENT_HEADLINE),
    Required::Choice(View::Timeline, input::TIMELINE_LAYOUT, input::LAYOUT_TRACK),
    Required::Choice(View::Timeline, input::TIMELINE_LAYOUT, input::LAYOUT_LIST),
    Required::Class(View::Figures, class::CAMP_PIN),
    Required::Id(View::Essay, id::EMBED_BUTTON),
    Required::Id(View::Timeline, id::EMBED_DIALOG),
    Required::Id(View::Glossary, id::EMBED_FORM),
    Required::Id(View::Figures, id::EMBED_CODE),
    Required::Id(View::Essay, id::EMBED_COPY),
    Required::Id(View::Essay, id::EMBED_COPIED),
    Required::Id(View::Essay, id::EMBED_CLOSE),
    Required::Id(View::Glossary, id::EMBED_FULL),
    Required::Choice(View::Essay, input::EMBED_START, input::EMBED_START_HERE),
    Required::Choice(View::Essay, input::EMBED_START, input::EMBED_START_TOP),
    Required::Choice(View::Essay, input::EMBED_HEIGHT, input::EMBED_HEIGHT_AUTO),
    Required::Choice(View::Essay, input::EMBED_HEIGHT, input::EMBED_HEIGHT_FIXED),
    Required::Choice(View::Essay, input::EMBED_THEME, "auto"),
    Required::Choice(View::Essay, input::EMBED_THEME, "light"),
    Required::Choice(View::Essay, input::EMBED_THEME, "dark"),
    Required::Attr(View::Essay, attr::VIEW),
    Required::Attr(View::Timeline, attr::VIEW),
    Required::Attr(View::Glossary, attr::VIEW),
    Required::Attr(View::Figures, attr::VIEW),
    Required::Attr(View::Essay, attr::NOTE),
    Required::Attr(View::Essay, attr::NUMBER),
    Required::Attr(View::Essay, attr::ACTIVE),
    Required::Attr(View::Essay, attr::TERM),
    Required::Attr(View::Essay, attr::OCCURRENCE),
    Required::Attr(View::Essay, attr::FIRST_ORIGINAL),
    Required::Attr(View::Essay, attr::FIRST_EDITED),
    Required::Attr(View::Essay, attr::PLACEMENT),
    Required::Attr(View::Essay, attr::TEMPLATE),
    Required::Attr(View::Essay, attr::EVENT),
    Required::Attr(View::Glossary, attr::KIND),
    Required::Attr(View::Figures, attr::REVEAL_NEAREST),
    Required::Attr(View::Timeline, attr::TRACK_FIRST),
    Required::Attr(View::Timeline, attr::TRACK_END),
    Required::Attr(View::Timeline, attr::YEARS),
    Required::Attr(View::Timeline, attr::TEMPLATE),
    Required::Attr(View::Timeline, attr::FRAME_TITLE),
    Required::Attr(View::Timeline, attr::FALLBACK),
];

/// Every id the kiosk's build looks for in the kiosk's parts (`kiosk.html`).
pub const KIOSK_REQUIRED: &[&str] = &[
    id::KIOSK,
    id::KIOSK_ATTRACT,
    id::KIOSK_BEGIN,
    id::KIOSK_IDLE,
    id::KIOSK_SECONDS,
    id::KIOSK_KEEP,
    id::KIOSK_RESET,
    id::KIOSK_START_OVER,
    id::KIOSK_CORNER,
    id::KIOSK_OPERATOR,
    id::KIOSK_PIN,
    id::KIOSK_PIN_SHOWN,
    id::KIOSK_PIN_WRONG,
    id::KIOSK_STATUS,
    id::KIOSK_RELOAD,
    id::KIOSK_CLOSE,
    id::KIOSK_QR,
];
