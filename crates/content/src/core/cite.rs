//! Citations: a source and where in it the claim is. Every note, event, term, figure and
//! camp cites its sources as `{ id = "applebaum-2003", at = "ch. 22, n. 47" }`, or as
//! `{ id = "…", whole = true }` when the claim rests on the work as a whole, so that a
//! reader who follows a citation finds the claim where it points.
//!
//! The raw form also parses a bare id (`"applebaum-2003"`, the form before locators) and
//! tables that say too much or too little, so that [`super::check::Check::sources`] can
//! refuse them with a curator's message instead of a parser's.

use std::collections::BTreeMap;

use serde::de::IgnoredAny;
use serde::Deserialize;

use super::ids::SourceId;

/// A citation as written in a content file.
#[derive(Debug, Clone, Deserialize)]
#[serde(untagged)]
pub enum CitationEntry {
    /// `"applebaum-2003"`: a source without a place in it (refused by the checks).
    Bare(String),
    /// `{ id = "…", at = "…" }` or `{ id = "…", whole = true }`.
    Table(CitationTable),
}

/// The table form of a citation. Every key is optional here, so that what is missing or
/// extra is reported by the checks, with the entry it belongs to.
#[derive(Debug, Clone, Deserialize)]
pub struct CitationTable {
    #[serde(default)]
    pub id: Option<String>,
    /// Where in the work: "p. 512", "ch. 22, n. 47", "§ 2", "lead section".
    #[serde(default)]
    pub at: Option<String>,
    /// `true`: the claim rests on the work as a whole (a one-page decree, a dataset).
    #[serde(default)]
    pub whole: Option<bool>,
    /// Any other key, reported as unknown.
    #[serde(flatten)]
    pub other: BTreeMap<String, IgnoredAny>,
}

impl CitationEntry {
    /// The source id as written, if any.
    pub fn id(&self) -> Option<&str> {
        match self {
            CitationEntry::Bare(id) => Some(id),
            CitationEntry::Table(table) => table.id.as_deref(),
        }
    }
}

/// A checked citation: a source that exists, and where in it the claim is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Citation {
    pub source: SourceId,
    /// Where in the work ("ch. 22, n. 47"); `None` when the work as a whole is cited.
    pub at: Option<String>,
}

impl Citation {
    /// As readers see it after the source's short form: "Applebaum 2003, ch. 22, n. 47",
    /// or the short form alone for a whole work.
    pub fn label(&self, short: &str) -> String {
        match &self.at {
            Some(at) => format!("{short}, {at}"),
            None => short.to_owned(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, Deserialize)]
    struct Entry {
        sources: Vec<CitationEntry>,
    }

    #[test]
    fn every_written_form_parses() {
        let entry: Entry = toml::from_str(
            r#"sources = ["bare", { id = "a", at = "p. 1" }, { id = "b", whole = true }, { at = "p. 2", page = 3 }]"#,
        )
        .expect("parses");
        let ids: Vec<Option<&str>> = entry.sources.iter().map(CitationEntry::id).collect();
        assert_eq!(ids, [Some("bare"), Some("a"), Some("b"), None]);
        let CitationEntry::Table(last) = &entry.sources[3] else {
            panic!("a table");
        };
        assert_eq!(last.other.keys().collect::<Vec<_>>(), ["page"]);
    }

    #[test]
    fn the_label_is_the_short_form_and_the_place() {
        let at = Citation {
            source: "applebaum-2003".into(),
            at: Some("ch. 22, n. 47".into()),
        };
        assert_eq!(at.label("Applebaum 2003"), "Applebaum 2003, ch. 22, n. 47");
        let whole = Citation {
            source: "decree".into(),
            at: None,
        };
        assert_eq!(whole.label("Decree"), "Decree");
    }
}
