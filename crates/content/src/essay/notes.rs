//! The editorial notes (`notes.toml`): as written, checked against the essay that points
//! to them, and numbered in the order the essay first does.

use std::collections::HashSet;

use serde::Deserialize;

use super::check::Passage;
use crate::core::check::{Check, Known};
use crate::core::cite::{Citation, CitationEntry};
use crate::core::ids::NoteId;
use crate::core::problem::Problem;

pub const FILE: &str = "notes.toml";

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
    pub sources: Vec<CitationEntry>,
}

/// The editors' judgement on a passage.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    Correct,
    BroadlyCorrect,
    Incomplete,
    Imprecise,
    Vague,
    Misleading,
    Misread,
    Garbled,
    Wrong,
    Typo,
    Unfinished,
}

impl Verdict {
    pub const ALL: [Verdict; 11] = [
        Verdict::Correct,
        Verdict::BroadlyCorrect,
        Verdict::Incomplete,
        Verdict::Imprecise,
        Verdict::Vague,
        Verdict::Misleading,
        Verdict::Misread,
        Verdict::Garbled,
        Verdict::Wrong,
        Verdict::Typo,
        Verdict::Unfinished,
    ];

    /// The spelling used in `notes.toml` (and in the interface wording's `verdicts`).
    pub fn key(self) -> &'static str {
        match self {
            Verdict::Correct => "correct",
            Verdict::BroadlyCorrect => "broadly-correct",
            Verdict::Incomplete => "incomplete",
            Verdict::Imprecise => "imprecise",
            Verdict::Vague => "vague",
            Verdict::Misleading => "misleading",
            Verdict::Misread => "misread",
            Verdict::Garbled => "garbled",
            Verdict::Wrong => "wrong",
            Verdict::Typo => "typo",
            Verdict::Unfinished => "unfinished",
        }
    }

    /// A note that confirms the text needs no correction.
    pub fn confirms(self) -> bool {
        matches!(self, Verdict::Correct | Verdict::BroadlyCorrect)
    }

    /// A note about form rather than fact needs no source.
    pub fn needs_source(self) -> bool {
        !matches!(self, Verdict::Typo | Verdict::Unfinished)
    }
}

/// An editorial note: what is wrong with a passage, the correction, and its sources.
#[derive(Debug, Clone, PartialEq)]
pub struct Note {
    pub id: NoteId,
    /// 1-based, in order of first appearance in the essay.
    pub number: u16,
    pub verdict: Verdict,
    pub title: String,
    /// What the editors found, in their own words.
    pub finding: String,
    /// What is right instead; absent when the passage is confirmed.
    pub correction: Option<String>,
    /// Where sources disagree, said openly.
    pub sources_differ: Option<String>,
    /// Each source and where in it (none for a note about form rather than fact).
    pub sources: Vec<Citation>,
    /// Each passage the note is about, in essay order, with its edited wording if any.
    pub passages: Vec<Passage>,
}

/// Checks `notes.toml`. `passages` is what the essay points to, in order of first
/// appearance (`None` if essay.toml could not be read); the notes come back numbered and
/// in that order.
pub fn check(
    file: &NotesFile,
    passages: Option<&[(NoteId, Vec<Passage>)]>,
    known: &Known,
    problems: &mut Vec<Problem>,
) -> Vec<Note> {
    let mut check = Check::new(FILE, problems);
    if file.notes.is_empty() {
        check.problem(
            "",
            "no [[note]] entries: the essay needs its editorial notes.",
        );
    }
    let mut seen = HashSet::new();
    let mut out = Vec::new();
    for (i, entry) in file.notes.iter().enumerate() {
        let at = format!("note {} \"{}\"", i + 1, entry.id);
        let field = |name: &str| format!("{at} › {name}");
        let verdict = check.one_of(
            &field("verdict"),
            &entry.verdict,
            "a verdict",
            &Verdict::ALL,
            Verdict::key,
        );
        let new = check.new_id(&at, &entry.id, "note", &mut seen);
        let title = check.required(&field("title"), &entry.title);
        let finding = check.required(&field("finding"), &entry.finding);
        let correction = check.optional(&field("correction"), &entry.correction);
        let sources_differ = check.optional(&field("sources_differ"), &entry.sources_differ);
        if let Some(verdict) = verdict {
            if entry.correction.is_none() && !verdict.confirms() {
                check.problem(
                    field("correction"),
                    format!("a note with the verdict \"{}\" needs a correction: add correction = \"…\".", verdict.key()),
                );
            }
            if entry.sources.is_empty() && verdict.needs_source() {
                check.problem(
                    field("sources"),
                    "this note corrects a fact, so it must cite at least one source: add sources = [{ id = \"source-id\", at = \"p. 12\" }] with ids from sources.toml, and where in the work the claim is.",
                );
            }
        }
        let sources = check.citations(&at, &entry.sources, known);
        let uses = passages.and_then(|all| all.iter().position(|(id, _)| id.as_str() == entry.id));
        if new && passages.is_some() && uses.is_none() {
            check.problem(
                &at,
                format!("no passage in essay.toml points to this note: mark the words it is about with [words]{{note={}}}, or remove the note.", entry.id),
            );
        }
        if let (Some(verdict), Some(all)) = (verdict, passages) {
            out.push(Note {
                id: NoteId(entry.id.clone()),
                number: uses.map_or(u16::MAX, |index| {
                    u16::try_from(index + 1).unwrap_or(u16::MAX)
                }),
                verdict,
                title,
                finding,
                correction,
                sources_differ,
                sources,
                passages: uses.map(|index| all[index].1.clone()).unwrap_or_default(),
            });
        }
    }
    out.sort_by_key(|note| note.number);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn verdict_keys_are_distinct() {
        let mut keys: Vec<&str> = Verdict::ALL.iter().map(|v| v.key()).collect();
        keys.sort_unstable();
        keys.dedup();
        assert_eq!(keys.len(), Verdict::ALL.len());
    }
}
