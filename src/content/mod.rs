//! The exhibit's content: types, parsing, validation and the inline markup.
//!
//! Pure Rust with no browser APIs, so it runs in the build script, in native tests and
//! in the app alike. The build script validates `assets/content/*.toml` with this module
//! and embeds the validated model; bad content fails the build with a curator's report.

pub mod blob;
pub mod camps;
pub mod figures;
pub mod html;
#[cfg(not(target_arch = "wasm32"))]
pub mod load;
pub mod map;
pub mod markup;
pub mod model;
pub mod page;
pub mod problem;
pub mod raw;
pub mod timeline;
pub mod validate;

pub use model::*;
pub use page::{EventMark, NoteCard, Page, TermCard, TimelinePage};
pub use problem::{report, Problem};
