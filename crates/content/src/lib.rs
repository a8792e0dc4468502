//! The exhibit's content: the curator's files read, checked and drawn into static pages.
//!
//! Pure Rust with no browser APIs, run by the build (`exhibit-site`) and by native tests.
//! Nothing here reaches the browser's code: the app (`gulag-exhibit`) does not depend on
//! this crate, only on the names in `exhibit-dom` that both share.
//!
//! * [`core`]: ids, problems and shared checks, the essay's inline markup, the wording,
//!   the context views are drawn in. Imports no feature.
//! * One module per feature, each holding its file's raw form, its checks, its model and
//!   its build-time view: [`essay`] (with its notes and title page), [`sources`],
//!   [`glossary`], [`timeline`], [`figures`], [`map`], [`credits`], and [`embed`] (the
//!   embedding dialog). Features import only
//!   [`core`], never each other.
//! * [`exhibit`]: every file checked in order into the [`Exhibit`] model.
//! * [`site`]: every view drawn into a page; [`load`]: reading the files from disk.

pub mod core;
pub mod credits;
pub mod embed;
pub mod essay;
pub mod exhibit;
pub mod figures;
pub mod glossary;
pub mod kiosk;
pub mod load;
pub mod map;
pub mod site;
pub mod sources;
pub mod timeline;

pub use crate::core::problem::{report, Problem};
pub use crate::core::words::Words;
pub use exhibit::Exhibit;
