//! *Prisoners of GULAG Released*: an annotated essay as an interactive museum exhibit.
//!
//! * [`content`]: the pure content model, its parsing and validation, and the page
//!   compiled for display (no browser APIs).
//! * [`url_state`]: the state a link can carry, parsed and written by pure functions.
//! * [`term_cards`]: when glossary cards open and close, as a pure state machine.
//! * [`chart_layout`]: the figures' bar charts (scale, ticks, bars) as integer arithmetic.
//! * [`timeline_layout`]: the timeline's scale, label rows, era bands and ticks, as
//!   integer arithmetic.
//! * [`map_projection`]: the map's Albers equal-area projection and its fit into an SVG
//!   viewBox (build time only).
//! * [`map_outline`]: the generator of the map's outline from Natural Earth data (run by a
//!   native test, never by the browser).
//! * [`app`]: the Leptos views that render the model.

pub mod app;
pub mod chart_layout;
pub mod content;
pub mod map_outline;
pub mod map_projection;
pub mod term_cards;
pub mod timeline_layout;
pub mod url_state;

use content::Page;

/// The validated content, compiled for display and encoded by the build script (which
/// refuses to build with bad content).
static CONTENT: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/content.bin"));

/// The exhibit's content, read from the embedded bytes (its texts are borrowed from them).
/// `None` only if the app and the build script disagree on the format.
pub fn embedded_page() -> Option<Page> {
    content::blob::decode(CONTENT)
}
