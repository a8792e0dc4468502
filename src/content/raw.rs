//! The content files as a curator writes them. Unknown fields are refused so that a
//! misspelt key is reported instead of silently ignored.
//!
//! Enumerated values (a note's `verdict`, a source's `kind`) are read as text and checked
//! during validation, so that every bad value is reported together with the other problems.

use serde::Deserialize;

/// `exhibit.toml`: title page and attribution.
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

/// `essay.toml`: the text in blocks, and what of the original is left out.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EssayFile {
    #[serde(rename = "block")]
    pub blocks: Vec<BlockEntry>,
    #[serde(default, rename = "omitted")]
    pub omitted: Vec<OmittedEntry>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BlockEntry {
    /// `paragraph` (the original's words, the default) or `editorial` (the editors').
    #[serde(default)]
    pub kind: Option<String>,
    pub text: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OmittedEntry {
    pub original: String,
    pub reason: String,
}

/// `notes.toml`: the editorial notes.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NotesFile {
    #[serde(rename = "note")]
    pub notes: Vec<NoteEntry>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NoteEntry {
    pub id: String,
    pub verdict: String,
    pub title: String,
    pub finding: String,
    #[serde(default)]
    pub correction: Option<String>,
    #[serde(default)]
    pub sources_differ: Option<String>,
    #[serde(default)]
    pub sources: Vec<String>,
}

/// `sources.toml`: the works cited.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SourcesFile {
    #[serde(rename = "source")]
    pub sources: Vec<SourceEntry>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SourceEntry {
    pub id: String,
    pub kind: String,
    #[serde(default)]
    pub author: Option<String>,
    pub title: String,
    #[serde(default)]
    pub container: Option<String>,
    #[serde(default)]
    pub details: Option<String>,
    #[serde(default)]
    pub date: Option<String>,
    #[serde(default)]
    pub url: Option<String>,
    pub short: String,
}

/// `glossary.toml`: terms and people explained where they stand.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GlossaryFile {
    #[serde(rename = "term")]
    pub terms: Vec<TermEntry>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TermEntry {
    pub id: String,
    pub kind: String,
    pub name: String,
    #[serde(default)]
    pub sort_as: Option<String>,
    pub definition: String,
    #[serde(default)]
    pub dates: Option<String>,
    #[serde(default)]
    pub russian: Option<String>,
    #[serde(default)]
    pub transliteration: Option<String>,
    #[serde(default)]
    pub see_also: Vec<String>,
    #[serde(default)]
    pub sources: Vec<String>,
    #[serde(default)]
    pub not_in_essay: Option<String>,
}
