//! The glossary (`glossary.toml`): terms and people the essay names, each explained in at
//! most two sentences. Checked here; drawn as the A–Z glossary page and as the cards the
//! essay's marks open ([`render`]).

pub mod render;

use std::collections::{HashMap, HashSet};

use serde::Deserialize;

use crate::core::check::{Check, Known, TERM};
use crate::core::cite::{Citation, CitationEntry};
use crate::core::ids::TermId;
use crate::core::problem::Problem;

pub const FILE: &str = "glossary.toml";

/// Most sentences a definition may have.
pub const MAX_SENTENCES: usize = 2;

/// `glossary.toml` as written.
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
    pub sources: Vec<CitationEntry>,
    #[serde(default)]
    pub not_in_essay: Option<String>,
}

/// What a glossary entry is about; people are marked as people.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TermKind {
    Person,
    Institution,
    Law,
    Place,
    Work,
    Concept,
    Event,
}

impl TermKind {
    pub const ALL: [TermKind; 7] = [
        TermKind::Person,
        TermKind::Institution,
        TermKind::Law,
        TermKind::Place,
        TermKind::Work,
        TermKind::Concept,
        TermKind::Event,
    ];

    /// The spelling used in `glossary.toml`, in markup (`data-kind`) and in the
    /// interface wording's `kinds`.
    pub fn key(self) -> &'static str {
        match self {
            TermKind::Person => "person",
            TermKind::Institution => "institution",
            TermKind::Law => "law",
            TermKind::Place => "place",
            TermKind::Work => "work",
            TermKind::Concept => "concept",
            TermKind::Event => "event",
        }
    }
}

/// A glossary entry: a term or a person.
#[derive(Debug, Clone, PartialEq)]
pub struct Term {
    pub id: TermId,
    pub kind: TermKind,
    pub name: String,
    /// What the A–Z order uses (a person's surname).
    pub sort_as: Option<String>,
    pub definition: String,
    pub dates: Option<String>,
    /// The Russian original, shown with `lang="ru"`.
    pub russian: Option<String>,
    pub transliteration: Option<String>,
    pub see_also: Vec<TermId>,
    pub sources: Vec<Citation>,
    /// Why the glossary has it though the essay never mentions it.
    pub not_in_essay: Option<String>,
    /// How many times the essay marks it (0 for terms only in the glossary).
    pub occurrences: u16,
}

impl Term {
    /// The key for A–Z order: `sort_as` or the name, case-folded.
    pub fn sort_key(&self) -> String {
        self.sort_as.as_deref().unwrap_or(&self.name).to_lowercase()
    }

    /// The letter this entry files under in the A–Z index.
    pub fn letter(&self) -> char {
        self.sort_key()
            .chars()
            .find(|c| c.is_alphanumeric())
            .map_or('#', |c| c.to_ascii_uppercase())
    }
}

/// Checks `glossary.toml`; `uses` is how often the essay marks each term (`None` if
/// essay.toml could not be read). The terms come back sorted A–Z.
pub fn check(
    file: &GlossaryFile,
    uses: Option<&HashMap<String, u16>>,
    known: &Known,
    problems: &mut Vec<Problem>,
) -> Vec<Term> {
    let mut check = Check::new(FILE, problems);
    if file.terms.is_empty() {
        check.problem("", "no [[term]] entries: the glossary is empty.");
    }
    let mut seen = HashSet::new();
    let mut out = Vec::new();
    for (i, entry) in file.terms.iter().enumerate() {
        let at = format!("term {} \"{}\"", i + 1, entry.id);
        let field = |name: &str| format!("{at} › {name}");
        check.new_id(&at, &entry.id, "term", &mut seen);
        let kind = check.one_of(
            &field("kind"),
            &entry.kind,
            "a kind of term",
            &TermKind::ALL,
            TermKind::key,
        );
        let name = check.required(&field("name"), &entry.name);
        let definition = check.required(&field("definition"), &entry.definition);
        check.at_most_sentences(
            &field("definition"),
            &definition,
            MAX_SENTENCES,
            ", and put the rest in a note",
        );
        let sort_as = check.optional(&field("sort_as"), &entry.sort_as);
        let dates = check.optional(&field("dates"), &entry.dates);
        let russian = check.optional(&field("russian"), &entry.russian);
        let transliteration = check.optional(&field("transliteration"), &entry.transliteration);
        if let Some(russian) = &russian {
            if !russian
                .chars()
                .any(|c| ('\u{0400}'..='\u{04FF}').contains(&c))
            {
                check.problem(
                    field("russian"),
                    format!("\"{russian}\" has no Cyrillic letters: give the Russian original in Cyrillic, and the Latin spelling as transliteration."),
                );
            }
        }
        if transliteration.is_some() && entry.russian.is_none() {
            check.problem(
                field("transliteration"),
                "a transliteration needs the Russian original it spells out: add russian = \"…\".",
            );
        }
        if entry.see_also.contains(&entry.id) {
            check.problem(field("see_also"), "a term cannot point to itself.");
        }
        let others: Vec<String> = entry
            .see_also
            .iter()
            .filter(|id| **id != entry.id)
            .cloned()
            .collect();
        let see_also = check.references(&field("see_also"), &others, TERM, known);
        let sources = check.sources(&at, &entry.sources, known, "every term needs a source");
        let not_in_essay = check.optional(&field("not_in_essay"), &entry.not_in_essay);
        let occurrences = uses.map(|uses| uses.get(&entry.id).copied().unwrap_or(0));
        match (occurrences, &entry.not_in_essay) {
            (Some(0), None) => check.problem(
                &at,
                format!("the essay never marks this term: mark it with [words]{{term={}}} in essay.toml, or say why the glossary needs it with not_in_essay = \"…\".", entry.id),
            ),
            (Some(1..), Some(_)) => check.problem(
                field("not_in_essay"),
                "the essay does mark this term: remove not_in_essay.",
            ),
            _ => {}
        }
        if let Some(kind) = kind {
            out.push(Term {
                id: TermId(entry.id.clone()),
                kind,
                name,
                sort_as,
                definition,
                dates,
                russian,
                transliteration,
                see_also,
                sources,
                not_in_essay,
                occurrences: occurrences.unwrap_or(0),
            });
        }
    }
    out.sort_by_cached_key(Term::sort_key);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kind_keys_are_distinct() {
        let mut keys: Vec<&str> = TermKind::ALL.iter().map(|k| k.key()).collect();
        keys.sort_unstable();
        keys.dedup();
        assert_eq!(keys.len(), TermKind::ALL.len());
    }
}
