//! The essay as checked: blocks of inline content, with the passages notes are about,
//! the words glossary terms explain and the dates timeline events are about.

use crate::core::ids::{EventId, NoteId, TermId};

/// The essay body.
#[derive(Debug, Clone, PartialEq)]
pub struct Essay {
    pub blocks: Vec<Block>,
    /// Lines of the original that are deliberately not shown (blog leftovers).
    pub omitted: Vec<Omitted>,
}

/// A paragraph of the essay, or an editors' remark set apart from it.
#[derive(Debug, Clone, PartialEq)]
pub struct Block {
    pub kind: BlockKind,
    /// Stable anchor (`p1`, `p2`, … for paragraphs, `e1`, … for editorial blocks).
    pub anchor: String,
    pub content: Vec<Inline>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BlockKind {
    /// The original's words.
    Paragraph,
    /// The editors' words, shown apart from the original.
    Editorial,
}

/// Inline content of a block.
#[derive(Debug, Clone, PartialEq)]
pub enum Inline {
    Text(String),
    Noted(NotedSpan),
    Term(TermSpan),
    /// Words (usually a date) that a timeline event is about.
    Event(EventSpan),
}

/// Words in the essay that a timeline event is about, written `[words]{event=id}`.
#[derive(Debug, Clone, PartialEq)]
pub struct EventSpan {
    pub event: EventId,
    pub text: String,
    /// The first words in the essay about this event (they carry its anchor).
    pub first: bool,
}

/// Words in the essay that a glossary term explains.
#[derive(Debug, Clone, PartialEq)]
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

/// Words of the original that an editorial note is about.
#[derive(Debug, Clone, PartialEq)]
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

/// A line of the original that this edition leaves out, kept for the record.
#[derive(Debug, Clone, PartialEq)]
pub struct Omitted {
    pub original: String,
    pub reason: String,
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
            Inline::Noted(span) => {
                out.push_str(&edited_text(span.edit.as_ref().unwrap_or(&span.original)))
            }
            Inline::Term(span) => out.push_str(&span.text),
            Inline::Event(span) => out.push_str(&span.text),
        }
    }
    out
}

impl Essay {
    /// The occurrence number of the first mark of `term` in one reading, if it has one.
    pub fn first_mark(&self, term: &TermId, edited: bool) -> Option<u16> {
        fn find(content: &[Inline], term: &TermId, edited: bool) -> Option<u16> {
            content.iter().find_map(|inline| match inline {
                Inline::Term(span) if &span.term == term => Some(span.occurrence),
                Inline::Term(_) | Inline::Text(_) | Inline::Event(_) => None,
                Inline::Noted(span) => match (&span.edit, edited) {
                    (Some(edit), true) => find(edit, term, edited),
                    _ => find(&span.original, term, edited),
                },
            })
        }
        self.blocks
            .iter()
            .find_map(|block| find(&block.content, term, edited))
    }

    /// Whether the essay has words about `event` that carry its anchor.
    pub fn mentions_event(&self, event: &EventId) -> bool {
        fn find(content: &[Inline], event: &EventId) -> bool {
            content.iter().any(|inline| match inline {
                Inline::Event(span) => span.first && &span.event == event,
                Inline::Noted(span) => {
                    find(&span.original, event)
                        || span.edit.as_deref().is_some_and(|edit| find(edit, event))
                }
                Inline::Term(_) | Inline::Text(_) => false,
            })
        }
        self.blocks.iter().any(|block| find(&block.content, event))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn readings() {
        let content = vec![
            Inline::Text("was not given a ".into()),
            Inline::Noted(NotedSpan {
                note: "t".into(),
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
