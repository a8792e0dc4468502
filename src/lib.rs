//! *Prisoners of GULAG Released*: the behaviour of an annotated essay exhibited in the
//! browser. Every view of the exhibit is a page prerendered at build time (the crate
//! `exhibit-content`, run by `exhibit-site`); this app only adds behaviour to the markup
//! that is already there. It carries no content: it knows the markup only by the names in
//! `exhibit-dom`, which the build-time views use too.
//!
//! * [`app`]: taking over the page, the reader's state, the address, moving between views.
//! * One module per feature, named as in `exhibit-content`: [`essay`] (settings, note
//!   markers and the note panel), [`glossary`] (cards), [`timeline`] (the track), [`map`]
//!   (the selected camp), [`embed`] (a frame in another site's page, and the dialog that
//!   builds its code).

pub mod app;
pub mod embed;
pub mod essay;
pub mod glossary;
#[cfg(feature = "kiosk")]
pub mod kiosk;
pub mod map;
pub mod timeline;
