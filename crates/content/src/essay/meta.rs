//! The title page (`exhibit.toml`): title, kicker, standfirst, the author the original
//! names, the editors' attribution, and how to read this edition.

use serde::Deserialize;

use crate::core::check::{Check, Known, SOURCE};
use crate::core::ids::SourceId;
use crate::core::problem::Problem;

pub const FILE: &str = "exhibit.toml";

/// `exhibit.toml` as written.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExhibitFile {
    pub title: String,
    pub kicker: String,
    pub standfirst: String,
    pub named_author: String,
    pub attribution: String,
    pub based_on: String,
    pub about_edition: Vec<String>,
}

/// Title page and attribution.
#[derive(Debug, Clone, PartialEq)]
pub struct Meta {
    pub title: String,
    /// A line above the title saying what kind of thing this is.
    pub kicker: String,
    /// One or two sentences under the title.
    pub standfirst: String,
    /// The author as the original names them.
    pub named_author: String,
    /// How the text relates to its source, in the editors' words.
    pub attribution: String,
    /// The source the text paraphrases.
    pub based_on: SourceId,
    /// How to read this edition: what the marks and the two readings mean.
    pub about_edition: Vec<String>,
}

/// Checks `exhibit.toml`.
pub fn check(file: &ExhibitFile, known: &Known, problems: &mut Vec<Problem>) -> Meta {
    let mut check = Check::new(FILE, problems);
    if file.about_edition.is_empty() {
        check.problem(
            "about_edition",
            "explain how to read this edition in at least one paragraph.",
        );
    }
    let about_edition = file
        .about_edition
        .iter()
        .enumerate()
        .map(|(i, text)| check.required(&format!("about_edition › paragraph {}", i + 1), text))
        .collect();
    let based_on: Vec<SourceId> = check.references(
        "based_on",
        std::slice::from_ref(&file.based_on),
        SOURCE,
        known,
    );
    Meta {
        title: check.required("title", &file.title),
        kicker: check.required("kicker", &file.kicker),
        standfirst: check.required("standfirst", &file.standfirst),
        named_author: check.required("named_author", &file.named_author),
        attribution: check.required("attribution", &file.attribution),
        based_on: based_on
            .into_iter()
            .next()
            .unwrap_or_else(|| SourceId(file.based_on.clone())),
        about_edition,
    }
}
