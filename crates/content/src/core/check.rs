//! The checks every content file shares: ids, required and optional texts, fixed sets of
//! keys, references to other entries, citations of sources and web addresses. Each feature
//! validates its own file with these; every problem is collected, none stops the rest.

use std::collections::HashSet;

use super::cite::{Citation, CitationEntry};
use super::ids::{is_valid_id, SourceId};
use super::problem::Problem;

/// A kind of entry that others refer to by id, and the file that declares it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Kind {
    pub name: &'static str,
    pub file: &'static str,
}

pub const SOURCE: Kind = Kind {
    name: "source",
    file: "sources.toml",
};
pub const NOTE: Kind = Kind {
    name: "note",
    file: "notes.toml",
};
pub const TERM: Kind = Kind {
    name: "term",
    file: "glossary.toml",
};
pub const EVENT: Kind = Kind {
    name: "event",
    file: "timeline.toml",
};

/// The ids each file declares (the well-formed ones), gathered before any entry is checked
/// so that references may point forwards and into other files. A file that could not be
/// read is `None`: references into it are not checked (its own problem is reported).
#[derive(Debug, Clone, Default)]
pub struct Known {
    pub sources: Option<HashSet<String>>,
    pub notes: Option<HashSet<String>>,
    pub terms: Option<HashSet<String>>,
    pub events: Option<HashSet<String>>,
    /// The essay's block anchors (`p1`, `e1`, …), in order.
    pub blocks: Option<Vec<String>>,
}

impl Known {
    /// The declared ids of one kind of entry, if its file could be read.
    pub fn ids(&self, kind: Kind) -> Option<&HashSet<String>> {
        match kind.name {
            "source" => self.sources.as_ref(),
            "note" => self.notes.as_ref(),
            "term" => self.terms.as_ref(),
            "event" => self.events.as_ref(),
            _ => None,
        }
    }
}

/// The well-formed ids of a list of entries (for [`Known`]).
pub fn declared<'a>(ids: impl IntoIterator<Item = &'a str>) -> HashSet<String> {
    ids.into_iter()
        .filter(|id| is_valid_id(id))
        .map(str::to_owned)
        .collect()
}

/// Checks one content file, adding what is wrong to a shared list of problems.
pub struct Check<'a> {
    file: &'static str,
    problems: &'a mut Vec<Problem>,
}

impl<'a> Check<'a> {
    pub fn new(file: &'static str, problems: &'a mut Vec<Problem>) -> Self {
        Check { file, problems }
    }

    /// The file being checked.
    pub fn file(&self) -> &'static str {
        self.file
    }

    pub fn problem(&mut self, field: impl Into<String>, message: impl Into<String>) {
        self.problems.push(Problem::new(self.file, field, message));
    }

    /// An entry's id: well formed and not used before in its file (`seen`). `true` if new.
    pub fn new_id(&mut self, at: &str, id: &str, what: &str, seen: &mut HashSet<String>) -> bool {
        if !is_valid_id(id) {
            self.problem(
                format!("{at} › id"),
                format!("the id \"{id}\" is not allowed: use lowercase letters and digits joined by single hyphens, like \"trail-trial\" (at most 64 characters)."),
            );
            false
        } else if !seen.insert(id.to_owned()) {
            self.problem(
                format!("{at} › id"),
                format!("the id \"{id}\" is used by an earlier {what} too: ids must be unique."),
            );
            false
        } else {
            true
        }
    }

    /// One of a fixed set of keys (a verdict, a kind), reporting any other value.
    pub fn one_of<T: Copy>(
        &mut self,
        field: &str,
        value: &str,
        what: &str,
        all: &[T],
        key: fn(T) -> &'static str,
    ) -> Option<T> {
        let found = all.iter().copied().find(|option| key(*option) == value);
        if found.is_none() {
            let allowed: Vec<&str> = all.iter().map(|option| key(*option)).collect();
            self.problem(
                field,
                format!(
                    "\"{value}\" is not {what}: use one of {}.",
                    allowed.join(", ")
                ),
            );
        }
        found
    }

    /// A text that must be written: reports it if empty, and returns it trimmed.
    pub fn required(&mut self, field: &str, value: &str) -> String {
        let trimmed = value.trim();
        if trimmed.is_empty() {
            self.problem(field, "this text is empty: write it, or remove the entry.");
        }
        trimmed.to_owned()
    }

    /// A text that may be left out, but not present and blank.
    pub fn optional(&mut self, field: &str, value: &Option<String>) -> Option<String> {
        let trimmed = value.as_ref()?.trim();
        if trimmed.is_empty() {
            self.problem(
                field,
                "this text is blank: write it, or delete the line to leave it out.",
            );
            return None;
        }
        Some(trimmed.to_owned())
    }

    /// Ids of other entries: each declared in its file (when that file could be read)
    /// and none listed twice. Returns the good ones.
    pub fn references<T: for<'s> From<&'s str>>(
        &mut self,
        field: &str,
        ids: &[String],
        kind: Kind,
        known: &Known,
    ) -> Vec<T> {
        let mut seen: Vec<&str> = Vec::new();
        for id in ids {
            if seen.contains(&id.as_str()) {
                self.problem(
                    field,
                    format!("the {} \"{id}\" is listed twice.", kind.name),
                );
            } else if known.ids(kind).is_some_and(|ids| !ids.contains(id)) {
                self.problem(
                    field,
                    format!(
                        "there is no {name} with the id \"{id}\" in {file}: check the spelling or add the {name}.",
                        name = kind.name,
                        file = kind.file
                    ),
                );
            } else {
                seen.push(id);
            }
        }
        seen.into_iter().map(T::from).collect()
    }

    /// The sources an entry cites: at least one (`if_none` says why it needs them), and
    /// each as [`Self::citations`] checks it.
    pub fn sources(
        &mut self,
        at: &str,
        cites: &[CitationEntry],
        known: &Known,
        if_none: &str,
    ) -> Vec<Citation> {
        if cites.is_empty() {
            self.problem(
                format!("{at} › sources"),
                format!("{if_none}: add sources = [{{ id = \"source-id\", at = \"p. 12\" }}] with ids from sources.toml, and where in the work the claim is."),
            );
        }
        self.citations(at, cites, known)
    }

    /// An entry's citations (`at` names the entry): each a source in sources.toml, none
    /// twice, and each saying where in the work the claim is (`at = "…"`) or that it rests
    /// on the work as a whole (`whole = true`), not both. Returns the good ones.
    pub fn citations(&mut self, at: &str, cites: &[CitationEntry], known: &Known) -> Vec<Citation> {
        let field = format!("{at} › sources");
        let mut ids = Vec::new();
        let mut places = Vec::new();
        for cite in cites {
            let place = self.place(&field, cite);
            if let Some(id) = cite.id() {
                ids.push(id.to_owned());
                places.push((id, place));
            }
        }
        let found: Vec<SourceId> = self.references(&field, &ids, SOURCE, known);
        found
            .into_iter()
            .filter_map(|source| {
                let (_, place) = places.iter().find(|(id, _)| *id == source.as_str())?;
                Some(Citation {
                    at: place.clone()?,
                    source,
                })
            })
            .collect()
    }

    /// Where in its work one citation points: `Some(Some(at))`, `Some(None)` for the work
    /// as a whole, or `None` (reported) if the citation does not say, or says both.
    fn place(&mut self, field: &str, cite: &CitationEntry) -> Option<Option<String>> {
        let table = match cite {
            CitationEntry::Bare(id) => {
                self.problem(
                    field,
                    format!("\"{id}\" does not say where in the source the claim is: write {{ id = \"{id}\", at = \"p. 12\" }} (a page, chapter, section or paragraph), or {{ id = \"{id}\", whole = true }} if the claim rests on the work as a whole."),
                );
                return None;
            }
            CitationEntry::Table(table) => table,
        };
        let name = table.id.as_deref().unwrap_or("…");
        let mut ok = true;
        if table.id.is_none() {
            ok = false;
            self.problem(
                field,
                "a citation has no id: write { id = \"source-id\", at = \"p. 12\" } with an id from sources.toml.",
            );
        }
        for key in table.other.keys() {
            ok = false;
            self.problem(
                field,
                format!("the citation of \"{name}\" has an unknown key \"{key}\": a citation has only id, and at = \"…\" or whole = true."),
            );
        }
        let at = table.at.as_deref().map(str::trim);
        match (at, table.whole) {
            (Some(_), Some(_)) => {
                self.problem(
                    field,
                    format!("the citation of \"{name}\" gives both at and whole: keep at = \"…\" for a place in the work, or whole = true for the work as a whole, not both."),
                );
                None
            }
            (Some(""), None) => {
                self.problem(
                    field,
                    format!("the citation of \"{name}\" has a blank at: write where in the work the claim is (at = \"p. 12\", \"ch. 3\", \"§ 2\"), or whole = true for the work as a whole."),
                );
                None
            }
            (Some(at), None) => ok.then(|| Some(at.to_owned())),
            (None, Some(true)) => ok.then_some(None),
            (None, Some(false)) => {
                self.problem(
                    field,
                    format!("the citation of \"{name}\" says whole = false: say where in the work the claim is with at = \"p. 12\", or write whole = true for the work as a whole."),
                );
                None
            }
            (None, None) => {
                self.problem(
                    field,
                    format!("the citation of \"{name}\" does not say where in the source the claim is: add at = \"p. 12\" (a page, chapter, section or paragraph), or whole = true if the claim rests on the work as a whole."),
                );
                None
            }
        }
    }

    /// A web address written in full.
    pub fn web_address(&mut self, field: &str, url: &str) {
        let web = url.starts_with("https://") || url.starts_with("http://");
        if !web || url.contains(char::is_whitespace) {
            self.problem(
                field,
                format!("\"{url}\" is not a web address: write it in full, starting with https:// (and without spaces)."),
            );
        }
    }

    /// A text of at most `max` sentences (see [`super::text::count_sentences`]).
    pub fn at_most_sentences(&mut self, field: &str, text: &str, max: usize, advice: &str) {
        let sentences = super::text::count_sentences(text);
        if sentences > max {
            self.problem(
                field,
                format!(
                    "the {} has {sentences} sentences: keep it to {max} at most{advice}.",
                    field.rsplit(" › ").next().unwrap_or("text")
                ),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn references_are_declared_and_listed_once() {
        let known = Known {
            terms: Some(declared(["gulag", "beria"])),
            ..Known::default()
        };
        let mut problems = Vec::new();
        let mut check = Check::new("timeline.toml", &mut problems);
        let ids: Vec<String> = ["gulag", "nowhere", "gulag", "beria"]
            .map(String::from)
            .to_vec();
        let found: Vec<crate::core::ids::TermId> =
            check.references("event 1 › terms", &ids, TERM, &known);
        assert_eq!(found, vec!["gulag".into(), "beria".into()]);
        let shown: Vec<String> = problems.iter().map(ToString::to_string).collect();
        assert_eq!(
            shown,
            [
                "timeline.toml › event 1 › terms: there is no term with the id \"nowhere\" in glossary.toml: check the spelling or add the term.",
                "timeline.toml › event 1 › terms: the term \"gulag\" is listed twice.",
            ]
        );
    }

    #[test]
    fn a_citation_says_where_in_its_source_the_claim_is() {
        #[derive(serde::Deserialize)]
        struct Entry {
            sources: Vec<CitationEntry>,
        }
        let entry: Entry = toml::from_str(
            r#"sources = [
                { id = "a", at = " ch. 2, n. 5 " },
                { id = "b", whole = true },
                "c",
                { id = "d", at = "p. 1", whole = true },
                { id = "e" },
                { id = "f", at = " " },
                { id = "g", whole = false },
                { id = "h", at = "p. 4", page = 3 },
                { at = "p. 2" },
                { id = "nowhere", at = "p. 3" },
                { id = "a", whole = true },
            ]"#,
        )
        .expect("parses");
        let known = Known {
            sources: Some(declared(["a", "b", "c", "d", "e", "f", "g", "h"])),
            ..Known::default()
        };
        let mut problems = Vec::new();
        let found = Check::new("notes.toml", &mut problems).sources(
            "note 1 \"n\"",
            &entry.sources,
            &known,
            "unused",
        );
        assert_eq!(
            found,
            [
                Citation {
                    source: "a".into(),
                    at: Some("ch. 2, n. 5".into())
                },
                Citation {
                    source: "b".into(),
                    at: None
                },
            ]
        );
        let shown: Vec<String> = problems.iter().map(ToString::to_string).collect();
        let field = "notes.toml › note 1 \"n\" › sources: ";
        for expected in [
            "\"c\" does not say where in the source the claim is: write { id = \"c\", at = \"p. 12\" }",
            "the citation of \"d\" gives both at and whole",
            "the citation of \"e\" does not say where in the source the claim is",
            "the citation of \"f\" has a blank at",
            "the citation of \"g\" says whole = false",
            "the citation of \"h\" has an unknown key \"page\"",
            "a citation has no id",
            "there is no source with the id \"nowhere\"",
            "the source \"a\" is listed twice",
        ] {
            assert!(
                shown.iter().any(|problem| problem.starts_with(field) && problem.contains(expected)),
                "{expected}\n{shown:#?}"
            );
        }
        assert_eq!(shown.len(), 9, "{shown:#?}");
    }

    #[test]
    fn an_entry_without_citations_is_told_how_to_write_one() {
        let mut problems = Vec::new();
        let found = Check::new("timeline.toml", &mut problems).sources(
            "event 1 \"x\"",
            &[],
            &Known::default(),
            "every event needs a source",
        );
        assert!(found.is_empty());
        assert_eq!(
            problems[0].to_string(),
            "timeline.toml › event 1 \"x\" › sources: every event needs a source: add sources = [{ id = \"source-id\", at = \"p. 12\" }] with ids from sources.toml, and where in the work the claim is."
        );
    }

    #[test]
    fn references_into_an_unread_file_are_not_checked() {
        let mut problems = Vec::new();
        let ids = vec!["anything".to_owned()];
        let found: Vec<SourceId> =
            Check::new("x.toml", &mut problems).references("f", &ids, SOURCE, &Known::default());
        assert_eq!(found.len(), 1);
        assert!(problems.is_empty());
    }
}
