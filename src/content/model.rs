//! The validated, immutable exhibit model that the views render.
//!
//! Every value here has passed validation: ids are well formed and unique, references
//! resolve, required text is present. Views may rely on that and never re-check.

use serde::{Deserialize, Serialize};
use std::fmt;

pub use super::camps::{Camp, CampEnd};
pub use super::figures::{Bar, Credit, Figure, Mark, Photo};
pub use super::map::CampMap;
pub use super::timeline::{Era, Event, Precision, Timeline, When};

macro_rules! id_type {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        pub struct $name(pub String);

        impl $name {
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }
    };
}

id_type!(
    /// A stable editorial note id, as used in `#note=<id>` links.
    NoteId
);
id_type!(
    /// A stable source id, cited by notes and the byline.
    SourceId
);
id_type!(
    /// A stable glossary term id, as used in `#term=<id>` links.
    TermId
);
id_type!(
    /// A stable timeline event id, as used in `#event=<id>` links.
    EventId
);
id_type!(
    /// A stable era id.
    EraId
);

/// Whether an id is well formed: lowercase ASCII letters and digits in groups joined by
/// single hyphens (`trail-trial`, `decree-1953`). Such ids are safe in URLs and HTML ids.
pub fn is_valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 64
        && id.split('-').all(|part| {
            !part.is_empty()
                && part
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
}

/// The whole exhibit.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Exhibit {
    pub meta: Meta,
    pub essay: Essay,
    /// Ordered by number, which is the order of first appearance in the essay.
    pub notes: Vec<Note>,
    /// In the order the curator listed them.
    pub sources: Vec<Source>,
    /// Sorted A–Z by [`Term::sort_key`].
    pub glossary: Vec<Term>,
    /// Eras and events in chronological order (see [`super::timeline`]).
    pub timeline: Timeline,
    /// The charts the exhibit draws, each with its credit record.
    pub figures: Vec<Figure>,
    /// Photographs a curator added (the shipped exhibit has none), each with its credit.
    pub photos: Vec<Photo>,
    /// The camps the map marks, in the curator's order.
    pub camps: Vec<Camp>,
    /// The map they are marked on: its outline, texts and credit.
    pub map: CampMap,
}

impl Exhibit {
    pub fn note(&self, id: &str) -> Option<&Note> {
        self.notes.iter().find(|note| note.id.as_str() == id)
    }

    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|source| source.id.as_str() == id)
    }

    pub fn term(&self, id: &str) -> Option<&Term> {
        self.glossary.iter().find(|term| term.id.as_str() == id)
    }
}

/// Title page and attribution.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
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

/// The essay body.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Essay {
    pub blocks: Vec<Block>,
    /// Lines of the original that are deliberately not shown (blog leftovers).
    pub omitted: Vec<Omitted>,
}

/// A paragraph of the essay, or an editors' remark set apart from it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Block {
    pub kind: BlockKind,
    /// Stable anchor (`p1`, `p2`, … for paragraphs, `e1`, … for editorial blocks).
    pub anchor: String,
    pub content: Vec<Inline>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum BlockKind {
    /// The original's words.
    Paragraph,
    /// The editors' words, shown apart from the original.
    Editorial,
}

/// Inline content of a block.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Inline {
    Text(String),
    Noted(NotedSpan),
    Term(TermSpan),
    /// Words (usually a date) that a timeline event is about.
    Event(EventSpan),
}

/// Words in the essay that a timeline event is about, written `[words]{event=id}`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EventSpan {
    pub event: EventId,
    pub text: String,
}

/// Words in the essay that a glossary term explains.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TermSpan {
    pub term: TermId,
    pub text: String,
    /// Which occurrence of this term in the essay (1-based, both readings counted).
    pub occurrence: u16,
    /// The first mark of this term in its block in the original reading (if shown there):
    /// marked even when readers ask for fewer marks.
    pub first_in_original: bool,
    /// The same for the edited reading.
    pub first_in_edited: bool,
}

impl TermSpan {
    /// The HTML id of this occurrence's button, unique on the page.
    pub fn button_id(&self) -> String {
        term_button_id(&self.term, self.occurrence)
    }
}

/// The HTML id of the button for the given occurrence of a term.
pub fn term_button_id(term: &TermId, occurrence: u16) -> String {
    format!("term-{}-{}", term.as_str(), occurrence)
}

/// Words of the original that an editorial note is about.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NotedSpan {
    pub note: NoteId,
    /// The note's number, copied here so the view need not look it up.
    pub number: u16,
    /// Which occurrence of this note in the essay (1-based); gives each marker a unique id.
    pub occurrence: u16,
    /// The words as the original has them.
    pub original: Vec<Inline>,
    /// The words in the edited reading, if the editors changed them (may mark terms).
    pub edit: Option<Vec<Inline>>,
}

impl NotedSpan {
    /// The HTML id of this span's marker button, unique on the page.
    pub fn marker_id(&self) -> String {
        marker_id(&self.note, self.occurrence)
    }
}

/// The HTML id of the marker for the given occurrence of a note.
pub fn marker_id(note: &NoteId, occurrence: u16) -> String {
    format!("ref-{}-{}", note.as_str(), occurrence)
}

/// The words of inline content as the original has them.
pub fn original_text(content: &[Inline]) -> String {
    let mut out = String::new();
    for inline in content {
        match inline {
            Inline::Text(text) => out.push_str(text),
            Inline::Noted(span) => out.push_str(&original_text(&span.original)),
            Inline::Term(span) => out.push_str(&span.text),
            Inline::Event(span) => out.push_str(&span.text),
        }
    }
    out
}

/// The words of inline content in the edited reading.
pub fn edited_text(content: &[Inline]) -> String {
    let mut out = String::new();
    for inline in content {
        match inline {
            Inline::Text(text) => out.push_str(text),
            Inline::Noted(NotedSpan {
                edit: Some(edit), ..
            }) => out.push_str(&edited_text(edit)),
            Inline::Noted(span) => out.push_str(&edited_text(&span.original)),
            Inline::Term(span) => out.push_str(&span.text),
            Inline::Event(span) => out.push_str(&span.text),
        }
    }
    out
}

/// What a glossary entry is about; people are marked as people.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
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

    /// The label a reader sees.
    pub fn label(self) -> &'static str {
        match self {
            TermKind::Person => "Person",
            TermKind::Institution => "Institution",
            TermKind::Law => "Law or decree",
            TermKind::Place => "Place",
            TermKind::Work => "Written work",
            TermKind::Concept => "Term",
            TermKind::Event => "Event",
        }
    }
}

/// A glossary entry: a term or a person, explained in at most two sentences.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
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
    pub sources: Vec<SourceId>,
    /// Why the glossary has it though the essay never mentions it.
    pub not_in_essay: Option<String>,
    /// How many times the essay marks it (0 for terms only in the glossary).
    pub occurrences: u16,
    /// The letter it files under in the A–Z index (worked out at build time).
    pub letter: char,
}

impl Term {
    /// The key for A–Z order: `sort_as` or the name, case-folded.
    pub fn sort_key(&self) -> String {
        self.sort_as.as_deref().unwrap_or(&self.name).to_lowercase()
    }

    /// The letter this entry files under in the A–Z index.
    pub fn index_letter(&self) -> char {
        self.sort_key()
            .chars()
            .find(|c| c.is_alphanumeric())
            .map_or('#', |c| c.to_ascii_uppercase())
    }
}

/// A line of the original that this edition leaves out, kept for the record.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Omitted {
    pub original: String,
    pub reason: String,
}

/// The editors' judgement on a passage.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
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

    /// The spelling used in content files.
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

    /// The label a reader sees.
    pub fn label(self) -> &'static str {
        match self {
            Verdict::Correct => "Correct",
            Verdict::BroadlyCorrect => "Broadly correct",
            Verdict::Incomplete => "Incomplete",
            Verdict::Imprecise => "Imprecise",
            Verdict::Vague => "Vague",
            Verdict::Misleading => "Misleading",
            Verdict::Misread => "Misread source",
            Verdict::Garbled => "Garbled",
            Verdict::Wrong => "Wrong",
            Verdict::Typo => "Typing error",
            Verdict::Unfinished => "Unfinished",
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
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
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
    pub sources: Vec<SourceId>,
    /// Each passage the note is about, in essay order, with its edited wording when there is one.
    pub passages: Vec<Passage>,
}

impl Note {
    /// How many markers in the essay point to this note.
    pub fn occurrences(&self) -> usize {
        self.passages.len()
    }
}

/// A passage a note is about.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Passage {
    pub original: String,
    pub edit: Option<String>,
}

/// What kind of work a source is; decides how its citation is set.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
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
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
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
    /// A short form for note citations, e.g. "von Geldern, “Prisoners Return”".
    pub short: String,
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn ids() {
        for good in ["a", "trail-trial", "decree-1953", "x1-2"] {
            assert!(is_valid_id(good), "{good}");
        }
        for bad in [
            "",
            "-a",
            "a-",
            "a--b",
            "A",
            "a b",
            "é",
            "a_b",
            &"a".repeat(65),
        ] {
            assert!(!is_valid_id(bad), "{bad}");
        }
    }

    /// Validation reads these keys from content files, so each must name one value only.
    #[test]
    fn content_keys_are_distinct() {
        fn distinct(keys: Vec<&str>) {
            let mut sorted = keys.clone();
            sorted.sort_unstable();
            sorted.dedup();
            assert_eq!(sorted.len(), keys.len(), "{keys:?}");
        }
        distinct(Verdict::ALL.iter().map(|v| v.key()).collect());
        distinct(SourceKind::ALL.iter().map(|k| k.key()).collect());
        distinct(TermKind::ALL.iter().map(|k| k.key()).collect());
    }

    #[test]
    fn readings() {
        let content = vec![
            Inline::Text("was not given a ".into()),
            Inline::Noted(NotedSpan {
                note: NoteId("t".into()),
                number: 1,
                occurrence: 1,
                original: vec![Inline::Text("trail".into())],
                edit: Some(vec![Inline::Text("trial".into())]),
            }),
            Inline::Text(".".into()),
        ];
        assert_eq!(original_text(&content), "was not given a trail.");
        assert_eq!(edited_text(&content), "was not given a trial.");
    }
}
