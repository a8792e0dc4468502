//! The checks every content file shares: ids, required and optional texts, fixed sets of
//! keys, references to other entries, cited sources and web addresses. Each feature
//! validates its own file with these; every problem is collected, none stops the rest.

use std::collections::HashSet;

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

    /// The sources an entry cites: at least one (`if_none` says why it needs them), each
    /// in sources.toml, none twice.
    pub fn sources(
        &mut self,
        at: &str,
        ids: &[String],
        known: &Known,
        if_none: &str,
    ) -> Vec<SourceId> {
        let field = format!("{at} › sources");
        if ids.is_empty() {
            self.problem(
                &field,
                format!("{if_none}: add sources = [\"source-id\"] with ids from sources.toml."),
            );
        }
        self.references(&field, ids, SOURCE, known)
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
    fn references_into_an_unread_file_are_not_checked() {
        let mut problems = Vec::new();
        let ids = vec!["anything".to_owned()];
        let found: Vec<SourceId> =
            Check::new("x.toml", &mut problems).references("f", &ids, SOURCE, &Known::default());
        assert_eq!(found.len(), 1);
        assert!(problems.is_empty());
    }
}
