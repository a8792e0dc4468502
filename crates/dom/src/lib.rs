//! The contract between the exhibit's markup, written at build time by `exhibit-content`,
//! and its behaviour, run in the browser by the app: every element id, class, data
//! attribute and form name that the browser code looks for, the address of each view, and
//! the state a URL carries.
//!
//! Both sides name these things only through this crate, so renaming one renames it on
//! both sides, and a test of the content crate checks that the rendered pages contain
//! every name the app looks for ([`REQUIRED`]). The crate has no dependencies and no
//! content: it compiles into the WASM at the cost of a few strings.

pub mod embed;
pub mod kiosk;
pub mod names;
pub mod url;
mod view;
pub mod zoom;

pub use names::{attr, class, id, input, KIOSK_REQUIRED, REQUIRED};
pub use view::View;
