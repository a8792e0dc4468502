//! State that lives in the URL, parsed and written by pure functions.
//!
//! * The display mode comes from the query (`?mode=kiosk`, `?mode=embed`) and is read
//!   once at start-up: it describes where the exhibit runs, not what the reader did.
//! * What a reader may want to share lives in the fragment (`#note=geldom&reading=edited`,
//!   `#term=beria`, `#view=glossary&term=gulag`), which works on any static host and
//!   inside an iframe without reloading the page.
//!
//! Parsing never fails: anything unknown, malformed or oversized is ignored, so a garbled
//! link still opens the exhibit.

/// Where the exhibit is running.
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
        match pairs(query.strip_prefix('?').unwrap_or(query)).find(|(key, _)| key == "mode") {
            Some((_, value)) => match value.to_ascii_lowercase().as_str() {
                "kiosk" => Mode::Kiosk,
                "embed" => Mode::Embed,
                _ => Mode::Normal,
            },
            None => Mode::Normal,
        }
    }

    /// The value of the root element's `data-mode` attribute.
    pub fn as_str(self) -> &'static str {
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
    pub fn as_str(self) -> &'static str {
        match self {
            Reading::Original => "original",
            Reading::Edited => "edited",
        }
    }
}

/// Which page of the exhibit is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum View {
    /// The essay with its notes and sources.
    #[default]
    Essay,
    /// Every glossary term, A–Z.
    Glossary,
    /// The timeline, 1918–2022.
    Timeline,
}

impl View {
    pub fn as_str(self) -> &'static str {
        match self {
            View::Essay => "essay",
            View::Glossary => "glossary",
            View::Timeline => "timeline",
        }
    }
}

/// The shareable state held in the URL fragment.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Fragment {
    /// The page, if the link names one; otherwise it follows from the rest (an event
    /// opens the timeline, anything else the essay).
    pub view: Option<View>,
    /// The open editorial note, by id. Not checked against the content here.
    pub note: Option<String>,
    /// The glossary term asked for, by id: its card in the essay, or its glossary entry.
    pub term: Option<String>,
    /// The timeline event asked for, by id: selected on the timeline, or its passage in
    /// the essay (`view=essay`).
    pub event: Option<String>,
    /// The camp selected on the map, by id.
    pub camp: Option<String>,
    /// The reading, if the link names one. A link that does not (`#term=gulag`) leaves the
    /// reader's choice as it is: the reading is a preference, not a place.
    pub reading: Option<Reading>,
}

/// The fragment keys this exhibit reads.
const STATE_KEYS: [&str; 6] = ["note", "reading", "term", "view", "event", "camp"];

/// Values longer than this are ignored: no id is that long, and it bounds the work a
/// hostile link can cause.
const MAX_VALUE_LEN: usize = 128;

impl Fragment {
    /// Parses a fragment such as `#note=trail-trial&reading=edited`.
    pub fn parse(fragment: &str) -> Fragment {
        let mut state = Fragment::default();
        let body = fragment.strip_prefix('#').unwrap_or(fragment);
        for (key, value) in pairs(body) {
            match key.as_str() {
                "note" if is_plausible_id(&value) => state.note = Some(value),
                "term" if is_plausible_id(&value) => state.term = Some(value),
                "event" if is_plausible_id(&value) => state.event = Some(value),
                "camp" if is_plausible_id(&value) => state.camp = Some(value),
                "view" => match value.as_str() {
                    "essay" => state.view = Some(View::Essay),
                    "glossary" => state.view = Some(View::Glossary),
                    "timeline" => state.view = Some(View::Timeline),
                    _ => {}
                },
                "reading" => match value.as_str() {
                    "original" => state.reading = Some(Reading::Original),
                    "edited" => state.reading = Some(Reading::Edited),
                    _ => {}
                },
                _ => {}
            }
        }
        state
    }

    /// Whether a fragment carries exhibit state (or none at all), as opposed to a plain
    /// anchor such as `#sources` that the browser should simply scroll to.
    pub fn is_state(fragment: &str) -> bool {
        let body = fragment.strip_prefix('#').unwrap_or(fragment);
        body.is_empty() || pairs(body).any(|(key, _)| STATE_KEYS.contains(&key.as_str()))
    }

    /// Writes the fragment, leaving out what is unsaid; empty when nothing is left.
    pub fn to_fragment(&self) -> String {
        let mut parts = Vec::new();
        if let Some(view) = self.view {
            parts.push(format!("view={}", view.as_str()));
        }
        if let Some(event) = &self.event {
            parts.push(format!("event={event}"));
        }
        if let Some(term) = &self.term {
            parts.push(format!("term={term}"));
        }
        if let Some(camp) = &self.camp {
            parts.push(format!("camp={camp}"));
        }
        if let Some(note) = &self.note {
            parts.push(format!("note={note}"));
        }
        if let Some(reading) = self.reading {
            parts.push(format!("reading={}", reading.as_str()));
        }
        if parts.is_empty() {
            String::new()
        } else {
            format!("#{}", parts.join("&"))
        }
    }
}

/// An id could be real if it is short and uses only the characters ids may have.
fn is_plausible_id(value: &str) -> bool {
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
                let hex = bytes.get(i + 1..i + 3)?;
                let hex = std::str::from_utf8(hex).ok()?;
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
