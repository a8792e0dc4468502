//! The state a URL carries, parsed and written by pure functions.
//!
//! * The **path** names the view: `./` (the essay), `timeline/`, `glossary/`, `figures/`.
//! * The **fragment** names one thing on it, as the id of its element:
//!   `#note-geldom` (the note), `#term-gulag-2` (a glossary mark, whose card opens),
//!   `#event-stalin-dies`, `#camp-ekibastuz`, `#at-amnesty-decree` (the essay's words
//!   about an event). Without JavaScript the browser scrolls to that element, so every
//!   address works as a plain link; with it, the app opens the note, card, event or camp.
//! * The **query** holds preferences and where the exhibit runs: `?reading=edited`,
//!   `?mode=kiosk`. A static host serves the same file whatever the query.
//!
//! Links from before the views had their own pages (`#view=glossary&term=gulag`,
//! `#note=geldom&reading=edited`, `#event=…`, `#camp=…`) are still read: [`Request::parse`]
//! turns them into the view and target they meant.
//!
//! Parsing never fails: anything unknown, malformed or oversized is ignored, so a garbled
//! link still opens the exhibit.

use crate::names::id;
pub use crate::zoom::Years;
use crate::View;

/// Where the exhibit is running (`?mode=`), read once at start-up.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Mode {
    /// A visitor's own browser.
    #[default]
    Normal,
    /// An unattended museum touch screen.
    Kiosk,
    /// Inside another site's iframe.
    Embed,
}

impl Mode {
    /// Reads `mode` from a query string such as `?mode=kiosk&x=1`. Unknown → normal.
    pub fn from_query(query: &str) -> Mode {
        match query_value(query, "mode").map(|value| value.to_ascii_lowercase()) {
            Some(value) if value == "kiosk" => Mode::Kiosk,
            Some(value) if value == "embed" => Mode::Embed,
            _ => Mode::Normal,
        }
    }

    /// The value of the document's `data-mode` attribute.
    pub fn key(self) -> &'static str {
        match self {
            Mode::Normal => "normal",
            Mode::Kiosk => "kiosk",
            Mode::Embed => "embed",
        }
    }
}

/// Which text of the essay is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Reading {
    /// The words exactly as the essay was handed to us, with every problem marked.
    #[default]
    Original,
    /// Typing errors fixed and garbled phrases clarified; every change still marked.
    Edited,
}

impl Reading {
    /// The value of the reading's radio button and of `?reading=`.
    pub fn key(self) -> &'static str {
        match self {
            Reading::Original => crate::input::READING_ORIGINAL,
            Reading::Edited => crate::input::READING_EDITED,
        }
    }

    fn from_key(key: &str) -> Option<Reading> {
        [Reading::Original, Reading::Edited]
            .into_iter()
            .find(|reading| reading.key() == key)
    }
}

/// The one thing a fragment asks for.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Target {
    /// Nothing: the top of the view.
    #[default]
    None,
    /// An editorial note, opened in the note panel (`#note-<id>`).
    Note(String),
    /// A note's marker in the text, whose note opens (`#ref-<note>-<n>`).
    Marker(String, u16),
    /// A glossary mark, whose card opens (`#term-<term>-<n>`).
    TermMark(String, u16),
    /// A glossary term wherever the essay as shown first marks it, or else its entry on
    /// the glossary page (old links: `#term=<id>`).
    Term(String),
    /// The essay's words about a timeline event, marked (`#at-<event>`).
    EssayEvent(String),
    /// A timeline event, selected (`#event-<id>`).
    Event(String),
    /// A camp, selected on the map (`#camp-<id>`).
    Camp(String),
    /// Any other element, brought into view (`#sources`, `#glossary-gulag`): letters,
    /// digits, `-` and `_` only.
    Anchor(String),
}

impl Target {
    /// Reads a fragment that names an element (`#note-geldom`); `None` for an empty one.
    pub fn from_anchor(fragment: &str) -> Target {
        let Some(anchor) = percent_decode(fragment.strip_prefix('#').unwrap_or(fragment)) else {
            return Target::None;
        };
        // Ids in the exhibit's pages use only these characters; anything else is no target.
        let id_like = |c: char| c.is_ascii_alphanumeric() || c == '-' || c == '_';
        if anchor.is_empty() || anchor.len() > MAX_VALUE_LEN || !anchor.chars().all(id_like) {
            return Target::None;
        }
        let numbered = |rest: &str| {
            let (name, number) = rest.rsplit_once('-')?;
            let number: u16 = number.parse().ok().filter(|n| *n > 0)?;
            is_plausible_id(name).then(|| (name.to_owned(), number))
        };
        let plain = |rest: &str| is_plausible_id(rest).then(|| rest.to_owned());
        let target = if let Some(rest) = anchor.strip_prefix("note-") {
            plain(rest).map(Target::Note)
        } else if let Some(rest) = anchor.strip_prefix("ref-") {
            numbered(rest).map(|(note, n)| Target::Marker(note, n))
        } else if let Some(rest) = anchor.strip_prefix("term-") {
            numbered(rest).map(|(term, n)| Target::TermMark(term, n))
        } else if let Some(rest) = anchor.strip_prefix("at-") {
            plain(rest).map(Target::EssayEvent)
        } else if let Some(rest) = anchor.strip_prefix("event-") {
            plain(rest).map(Target::Event)
        } else if let Some(rest) = anchor.strip_prefix("camp-pin-") {
            plain(rest).map(Target::Camp)
        } else if let Some(rest) = anchor.strip_prefix("camp-") {
            plain(rest).map(Target::Camp)
        } else {
            None
        };
        target.unwrap_or(Target::Anchor(anchor))
    }

    /// The element id that addresses this target, as a fragment writes it (without `#`).
    /// Old-style term links have none: the app turns them into a [`Target::TermMark`].
    pub fn anchor(&self) -> Option<String> {
        match self {
            Target::None | Target::Term(_) => None,
            Target::Note(note) => Some(id::note(note)),
            Target::Marker(note, n) => Some(id::marker(note, *n)),
            Target::TermMark(term, n) => Some(id::term_mark(term, *n)),
            Target::EssayEvent(event) => Some(id::essay_event(event)),
            Target::Event(event) => Some(id::event(event)),
            Target::Camp(camp) => Some(id::camp(camp)),
            Target::Anchor(anchor) => Some(anchor.clone()),
        }
    }

    /// The view this target belongs to, if it belongs to one.
    pub fn view(&self) -> Option<View> {
        match self {
            Target::Note(_)
            | Target::Marker(..)
            | Target::TermMark(..)
            | Target::Term(_)
            | Target::EssayEvent(_) => Some(View::Essay),
            Target::Event(_) => Some(View::Timeline),
            Target::Camp(_) => Some(View::Figures),
            Target::None | Target::Anchor(_) => None,
        }
    }
}

/// What an address asks for: the view, the reading (if it names one) and one target.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Request {
    pub view: View,
    /// A link that names no reading keeps the reader's: the reading is a preference.
    pub reading: Option<Reading>,
    pub target: Target,
    /// The years the timeline's track is zoomed to (`?years=1953-1956`); none: all of it.
    #[cfg(feature = "zoom")]
    pub years: Option<Years>,
    /// The address was written the old way (`#view=…&note=…`); the app rewrites it.
    pub legacy: bool,
}

impl Request {
    /// Reads an address: `view` is the view whose page the path names, `query` and
    /// `fragment` come as `location.search` and `location.hash` give them.
    pub fn parse(view: View, query: &str, fragment: &str) -> Request {
        let reading = query_value(query, "reading").and_then(|value| Reading::from_key(&value));
        let body = fragment.strip_prefix('#').unwrap_or(fragment);
        #[cfg_attr(not(feature = "zoom"), allow(unused_mut))]
        let mut request = if body.contains('=') {
            let mut request = Request::legacy(view, body);
            request.reading = request.reading.or(reading);
            request
        } else {
            Request {
                view,
                reading,
                target: Target::from_anchor(body),
                #[cfg(feature = "zoom")]
                years: None,
                legacy: false,
            }
        };
        // Only the timeline is zoomed.
        #[cfg(feature = "zoom")]
        if request.view == View::Timeline {
            request.years = Years::from_query(query);
        }
        request
    }

    /// An old-style fragment such as `#view=glossary&term=gulag` or `#note=geldom`.
    fn legacy(view: View, body: &str) -> Request {
        let mut named_view = None;
        let (mut note, mut term, mut event, mut camp, mut reading) = (None, None, None, None, None);
        for (key, value) in pairs(body) {
            let id = || is_plausible_id(&value).then(|| value.clone());
            match key.as_str() {
                "view" => named_view = View::from_key(&value).or(named_view),
                "note" => note = id().or(note),
                "term" => term = id().or(term),
                "event" => event = id().or(event),
                "camp" => camp = id().or(camp),
                "reading" => reading = Reading::from_key(&value).or(reading),
                _ => {}
            }
        }
        // What each kind of link opened when it named no page: an event the timeline, a
        // camp the map, anything else the essay.
        let (view, target) = match named_view {
            Some(View::Glossary) => (
                View::Glossary,
                term.map(|term| Target::Anchor(id::glossary_entry(&term))),
            ),
            Some(View::Timeline) => (View::Timeline, event.map(Target::Event)),
            Some(View::Figures) => (View::Figures, camp.map(Target::Camp)),
            Some(View::Essay) => (
                View::Essay,
                note.map(Target::Note)
                    .or(term.map(Target::Term))
                    .or(event.map(Target::EssayEvent)),
            ),
            None => match (note, term, event, camp) {
                (Some(note), ..) => (View::Essay, Some(Target::Note(note))),
                (None, Some(term), ..) => (View::Essay, Some(Target::Term(term))),
                (None, None, Some(event), _) => (View::Timeline, Some(Target::Event(event))),
                (None, None, None, Some(camp)) => (View::Figures, Some(Target::Camp(camp))),
                (None, None, None, None) if reading.is_some() => (View::Essay, None),
                (None, None, None, None) => (view, None),
            },
        };
        Request {
            view,
            reading,
            target: target.unwrap_or_default(),
            #[cfg(feature = "zoom")]
            years: None,
            legacy: true,
        }
    }
}

/// The address of a target on a view, relative to the exhibit's root: the view's folder,
/// the query (`query` with `reading` set as given, other parameters kept) and the fragment.
pub fn address(view: View, query: &str, reading: Option<Reading>, target: &Target) -> String {
    let mut out = String::from(view.dir());
    out.push_str(&with_reading(query, reading));
    if let Some(anchor) = target.anchor() {
        out.push('#');
        out.push_str(&anchor);
    }
    if out.is_empty() {
        out.push_str("./");
    }
    out
}

/// A query string with `reading` set to the given reading (the original reading, the
/// default, is left out), every other parameter kept as it was.
pub fn with_reading(query: &str, reading: Option<Reading>) -> String {
    let edited = matches!(reading, Some(Reading::Edited)).then(|| Reading::Edited.key().to_owned());
    with_param(query, "reading", edited)
}

/// A query string with `years` set to the years the timeline is zoomed to, or left out
/// (all of it), every other parameter kept as it was.
pub fn with_years(query: &str, years: Option<Years>) -> String {
    with_param(query, "years", years.map(|years| years.key()))
}

/// A query string with `key` set to `value` (left out if `None`), every other parameter
/// kept as it was. Parameters are separated by `&` or `;` as they are read (see `pairs`),
/// and written with `&`.
fn with_param(query: &str, key: &str, value: Option<String>) -> String {
    let body = query.strip_prefix('?').unwrap_or(query);
    let mut parts: Vec<String> = body
        .split(['&', ';'])
        .filter(|part| !part.is_empty() && part.split('=').next() != Some(key))
        .map(str::to_owned)
        .collect();
    if let Some(value) = value {
        parts.push(format!("{key}={value}"));
    }
    if parts.is_empty() {
        String::new()
    } else {
        format!("?{}", parts.join("&"))
    }
}

/// Values longer than this are ignored: no id is that long, and it bounds the work a
/// hostile link can cause.
const MAX_VALUE_LEN: usize = 128;

/// The decoded value of a query parameter, if present.
pub(crate) fn query_value(query: &str, key: &str) -> Option<String> {
    let body = query.strip_prefix('?').unwrap_or(query);
    pairs(body).find(|(k, _)| k == key).map(|(_, value)| value)
}

/// An id could be real if it is short and uses only the characters ids may have.
pub(crate) fn is_plausible_id(value: &str) -> bool {
    !value.is_empty()
        && value.len() <= 64
        && value
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// Splits `a=1&b=2` (or `;`-separated) into decoded pairs, skipping malformed ones.
fn pairs(body: &str) -> impl Iterator<Item = (String, String)> + '_ {
    body.split(['&', ';'])
        .filter_map(|pair| pair.split_once('='))
        .filter(|(_, value)| value.len() <= MAX_VALUE_LEN * 3)
        .filter_map(|(key, value)| Some((percent_decode(key)?, percent_decode(value)?)))
        .filter(|(_, value)| value.len() <= MAX_VALUE_LEN)
}

/// Decodes `%xx` escapes and `+`; `None` if the result is not UTF-8 or an escape is broken.
fn percent_decode(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'%' => {
                let hex = std::str::from_utf8(bytes.get(i + 1..i + 3)?).ok()?;
                out.push(u8::from_str_radix(hex, 16).ok()?);
                i += 3;
            }
            b'+' => {
                out.push(b' ');
                i += 1;
            }
            b => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8(out).ok()
}
