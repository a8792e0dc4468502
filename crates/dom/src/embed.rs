//! Embedding the exhibit in another site's page: what a frame's address may ask for, the
//! messages the frame and the host page exchange, and the snippet an embedder pastes.
//!
//! The frame (`?mode=embed`) tells its host its height and its address; the host script
//! (`embed.js`, shipped with the exhibit) sizes the frame, keeps the frame's address in the
//! host page's own address and hands it back when the host page is opened again. Messages
//! are plain objects with a `type`:
//!
//! | type | from → to | fields |
//! |---|---|---|
//! | [`SIZE`] | frame → host | `id`, `height` (CSS pixels, a whole number) |
//! | [`STATE`] | frame → host | `id`, `href` (the frame's address) |
//! | [`GO`] | host → frame | `href` (an address of the exhibit to show) |
//!
//! The frame also sends the shape Datawrapper's frames use, which many hosts already
//! handle: `{"datawrapper-height": {"<id>": <height>}}` ([`DATAWRAPPER`]).

use crate::url::is_plausible_id;

pub const SIZE: &str = "gulag-exhibit:size";
pub const STATE: &str = "gulag-exhibit:state";
pub const GO: &str = "gulag-exhibit:go";
pub const DATAWRAPPER: &str = "datawrapper-height";

/// The frame's name when its address gives none (`?id=`).
pub const DEFAULT_ID: &str = "exhibit";
/// The tallest height reported, in CSS pixels: anything taller is a fault, not a page.
pub const MAX_HEIGHT: u32 = 100_000;
/// The longest address a host may ask the frame to show.
pub const MAX_HREF: usize = 512;

/// The frame's colours.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Theme {
    /// As the reader's system prefers.
    #[default]
    Auto,
    Light,
    Dark,
}

impl Theme {
    pub const ALL: [Theme; 3] = [Theme::Auto, Theme::Light, Theme::Dark];

    /// The value of `?theme=` and of `<html data-theme>`.
    pub fn key(self) -> &'static str {
        match self {
            Theme::Auto => "auto",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }
}

/// What an embedded frame's address asks for, besides the view and the item (its path and
/// fragment, as for any address).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Embed {
    /// Names the frame in its messages, so a host page with several can tell them apart.
    pub id: String,
    pub theme: Theme,
    /// One section of the figures' page to show alone: `camp-map` or a chart's id.
    pub section: Option<String>,
}

impl Embed {
    /// Reads `?id=`, `?theme=` and `?section=`; anything malformed is the default.
    pub fn from_query(query: &str) -> Embed {
        let value = |key: &str| crate::url::query_value(query, key);
        let id = value("id").filter(|id| is_plausible_id(id));
        let theme = value("theme")
            .and_then(|key| Theme::ALL.into_iter().find(|theme| theme.key() == key))
            .unwrap_or_default();
        Embed {
            id: id.unwrap_or_else(|| DEFAULT_ID.to_owned()),
            theme,
            section: value("section").filter(|id| is_plausible_id(id)),
        }
    }
}

/// A height worth reporting: whole CSS pixels, rounded up, between 1 and [`MAX_HEIGHT`].
pub fn reported_height(px: f64) -> Option<u32> {
    (px.is_finite() && px >= 1.0 && px <= f64::from(MAX_HEIGHT)).then(|| px.ceil() as u32)
}

/// The address a host's message asks the frame to show, if the message is a [`GO`] with
/// an address of a sensible length; anything else is no request. (The frame still checks
/// that the address is one of its own.)
pub fn go_href<'a>(kind: Option<&str>, href: Option<&'a str>) -> Option<&'a str> {
    let href = href.filter(|href| !href.is_empty() && href.len() <= MAX_HREF)?;
    (kind == Some(GO)).then_some(href)
}

/// What the snippet an embedder pastes says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Snippet<'a> {
    /// The frame's address (absolute, with `?mode=embed`).
    pub src: &'a str,
    /// The frame's name for screen readers.
    pub title: &'a str,
    /// Pixels, or the host's full width.
    pub width: Option<u32>,
    /// Pixels, or as tall as the content (with the host script).
    pub height: Option<u32>,
    /// The host script's address, for a frame as tall as its content.
    pub script: &'a str,
    /// A link to the exhibit itself, under the frame (and for readers whose browser shows
    /// no frame).
    pub fallback_href: &'a str,
    pub fallback_text: &'a str,
    /// The frame's name in its messages ([`Embed::id`]).
    pub id: &'a str,
}

/// The height a frame starts at before it reports its own.
pub const START_HEIGHT: u32 = 600;

impl Snippet<'_> {
    /// The HTML to paste: the frame, a link for browsers that show none, and (for a frame
    /// as tall as its content) the host script.
    ///
    /// The frame is sandboxed: it may run its own code and reach its own site (it fetches
    /// its other pages), and open outside links in new tabs that are not sandboxed; it may
    /// not navigate or script the host page, submit forms or open dialogs over it.
    pub fn html(&self) -> String {
        let width = self
            .width
            .map_or_else(|| "100%".to_owned(), |px| px.to_string());
        let height = self.height.unwrap_or(START_HEIGHT);
        let mut out = format!(
            "<iframe src=\"{src}\" title=\"{title}\" width=\"{width}\" height=\"{height}\" \
loading=\"lazy\" sandbox=\"allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox\" \
referrerpolicy=\"strict-origin-when-cross-origin\" data-gulag-exhibit=\"{id}\" style=\"border:0;max-width:100%\"></iframe>\n\
<p><a href=\"{fallback}\">{text}</a></p>",
            src = escape(self.src),
            title = escape(self.title),
            id = escape(self.id),
            fallback = escape(self.fallback_href),
            text = escape(self.fallback_text),
        );
        if self.height.is_none() {
            out.push_str(&format!(
                "\n<script src=\"{}\" async></script>",
                escape(self.script)
            ));
        }
        out
    }
}

/// Escapes text for an HTML attribute or element.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
    out
}
