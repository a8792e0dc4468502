//! The works the exhibit cites (`sources.toml`): as written, checked, and the list of
//! sources at the end of the essay ([`render`]).

pub mod render;

use std::collections::HashSet;

use serde::Deserialize;

use crate::core::check::Check;
use crate::core::ids::SourceId;
use crate::core::problem::Problem;

pub const FILE: &str = "sources.toml";

/// `sources.toml` as written.
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

/// What kind of work a source is; decides how its citation is set.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SourceKind {
    /// A page or essay on a website.
    Web,
    /// An article in a journal, magazine or newspaper.
    Article,
    /// A book.
    Book,
    /// An official document, law or decree.
    Document,
    /// An archival file.
    Archive,
}

impl SourceKind {
    pub const ALL: [SourceKind; 5] = [
        SourceKind::Web,
        SourceKind::Article,
        SourceKind::Book,
        SourceKind::Document,
        SourceKind::Archive,
    ];

    /// The spelling used in `sources.toml`.
    pub fn key(self) -> &'static str {
        match self {
            SourceKind::Web => "web",
            SourceKind::Article => "article",
            SourceKind::Book => "book",
            SourceKind::Document => "document",
            SourceKind::Archive => "archive",
        }
    }

    /// Books are set in italics; shorter works within a container go in quotation marks.
    pub fn title_is_italic(self) -> bool {
        matches!(self, SourceKind::Book)
    }
}

/// A work the exhibit cites.
#[derive(Debug, Clone, PartialEq)]
pub struct Source {
    pub id: SourceId,
    pub kind: SourceKind,
    /// As it should be printed first in the citation, e.g. "von Geldern, James".
    pub author: Option<String>,
    pub title: String,
    /// The site, journal or collection the work appears in (set in italics).
    pub container: Option<String>,
    /// Volume, issue, pages, publisher: printed as written.
    pub details: Option<String>,
    /// Publication date as printed, e.g. "2003" or "n.d.".
    pub date: Option<String>,
    pub url: Option<String>,
    /// A short form for citations, e.g. "von Geldern, “Prisoners Return”".
    pub short: String,
}

/// Checks `sources.toml`.
pub fn check(file: &SourcesFile, problems: &mut Vec<Problem>) -> Vec<Source> {
    let mut check = Check::new(FILE, problems);
    if file.sources.is_empty() {
        check.problem("", "no [[source]] entries: cite at least one source.");
    }
    let mut seen = HashSet::new();
    let mut out = Vec::new();
    for (i, entry) in file.sources.iter().enumerate() {
        let at = format!("source {} \"{}\"", i + 1, entry.id);
        check.new_id(&at, &entry.id, "source", &mut seen);
        let kind = check.one_of(
            &format!("{at} › kind"),
            &entry.kind,
            "a kind of source",
            &SourceKind::ALL,
            SourceKind::key,
        );
        let field = |name: &str| format!("{at} › {name}");
        let title = check.required(&field("title"), &entry.title);
        let short = check.required(&field("short"), &entry.short);
        let author = check.optional(&field("author"), &entry.author);
        let container = check.optional(&field("container"), &entry.container);
        let details = check.optional(&field("details"), &entry.details);
        let date = check.optional(&field("date"), &entry.date);
        let url = check.optional(&field("url"), &entry.url);
        if let Some(url) = &url {
            check.web_address(&field("url"), url);
        }
        if let Some(kind) = kind {
            out.push(Source {
                id: SourceId(entry.id.clone()),
                kind,
                author,
                title,
                container,
                details,
                date,
                url,
                short,
            });
        }
    }
    out
}

/// Reports the sources nothing cites (`cited`: every source id cited anywhere).
pub fn check_all_cited(sources: &[Source], cited: &HashSet<&str>, problems: &mut Vec<Problem>) {
    let mut check = Check::new(FILE, problems);
    let mut unused: Vec<&str> = sources
        .iter()
        .map(|source| source.id.as_str())
        .filter(|id| !cited.contains(id))
        .collect();
    unused.sort_unstable();
    for id in unused {
        check.problem(
            format!("source \"{id}\""),
            "nothing cites this source: cite it from a note, a term, an event, a figure or a camp (sources = [...]), or remove it.",
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn content_keys_are_distinct() {
        let mut keys: Vec<&str> = SourceKind::ALL.iter().map(|k| k.key()).collect();
        keys.sort_unstable();
        keys.dedup();
        assert_eq!(keys.len(), SourceKind::ALL.len());
    }
}
