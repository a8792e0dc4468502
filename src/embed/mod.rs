//! Embedding the exhibit in another site's page. In a frame (`?mode=embed`) the page
//! talks to its host ([`frame`], in the frame's build only); in the ordinary pages the
//! "Embed this" dialog builds the code an embedder pastes ([`dialog`], in their build only).
//! Each build carries only its half (the features `embed-frame` and `embed-dialog`).

#[cfg(feature = "embed-dialog")]
pub mod dialog;
#[cfg(feature = "embed-frame")]
pub mod frame;

use exhibit_dom::url::Mode;
use web_sys::Element;

use crate::app::state::Reader;

/// Starts what the page does in its mode: talk to its host in a frame, offer the dialog
/// in an ordinary page. (Each build has one half, so the other's arguments go unused.)
#[allow(unused_variables)]
pub fn attach(reader: Reader, mode: Mode) {
    #[cfg(feature = "embed-frame")]
    if mode == Mode::Embed {
        frame::attach(reader);
    }
    #[cfg(feature = "embed-dialog")]
    if mode == Mode::Normal {
        dialog::attach();
    }
}

/// Readies a view's markup for the page's mode (a frame's links and sections).
#[allow(unused_variables)]
pub fn enhance(root: &Element) {
    #[cfg(feature = "embed-frame")]
    if crate::app::mode() == Mode::Embed {
        frame::enhance(root);
    }
}
