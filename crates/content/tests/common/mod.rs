//! What the content tests share: where the project is, and loading content from it.
#![allow(dead_code)]

use std::path::PathBuf;

use exhibit_content::load::{load_dir, load_words, ENGLISH};
use exhibit_content::{report, Exhibit, Words};

/// The project's root (two levels above this crate).
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// Loads content from a folder below the root, or fails with the curator's report.
pub fn load(dir: &str) -> Exhibit {
    load_dir(&root().join(dir)).unwrap_or_else(|problems| panic!("{}", report(&problems)))
}

/// The shipped content.
pub fn shipped() -> Exhibit {
    load("assets/content")
}

/// The small fixture behaviours are tested on.
pub fn minimal() -> Exhibit {
    load("tests/fixtures/minimal")
}

/// The English wording.
pub fn words() -> Words {
    load_words(&root().join(ENGLISH)).unwrap_or_else(|problems| panic!("{}", report(&problems)))
}
