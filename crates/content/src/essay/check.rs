//! Checks `essay.toml` and turns its inline markup into the essay model, collecting what
//! the other files need to know: which notes the essay points to (in order), and how often
//! it marks each term.

use std::collections::{HashMap, HashSet};

use serde::Deserialize;

use super::model::{
    edited_text, original_text, Block, BlockKind, Essay, EventSpan, Inline, NotedSpan, Omitted,
    TermSpan,
};
use crate::core::check::{Check, Known, EVENT, NOTE, TERM};
use crate::core::ids::{EventId, NoteId, TermId};
use crate::core::markup::{self, Node};
use crate::core::problem::Problem;
use crate::core::text::collapse_spaces;

pub const FILE: &str = "essay.toml";

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

/// A passage a note is about, as the note quotes it.
#[derive(Debug, Clone, PartialEq)]
pub struct Passage {
    pub original: String,
    pub edit: Option<String>,
}

/// The checked essay, and what it says about the other files.
#[derive(Debug, Clone, Default)]
pub struct Checked {
    pub essay: Option<Essay>,
    /// Notes in order of first appearance, with every passage each is about.
    pub notes: Vec<(NoteId, Vec<Passage>)>,
    /// How many times the essay marks each term.
    pub term_uses: HashMap<String, u16>,
}

/// The anchors the essay's blocks get: `p1`, `p2`, … for paragraphs and `e1`, … for the
/// editors' blocks (a block of unknown kind gets none).
pub fn anchors(file: &EssayFile) -> Vec<String> {
    let (mut paragraphs, mut editorials) = (0, 0);
    file.blocks
        .iter()
        .filter_map(|block| match block.kind.as_deref() {
            None | Some("paragraph") => {
                paragraphs += 1;
                Some(format!("p{paragraphs}"))
            }
            Some("editorial") => {
                editorials += 1;
                Some(format!("e{editorials}"))
            }
            Some(_) => None,
        })
        .collect()
}

/// Attribute keys a span in the essay may carry.
const SPAN_KEYS: [&str; 4] = ["note", "edit", "term", "event"];

/// Where a span sits: inside a note, and in which readings it is shown.
#[derive(Debug, Clone, Copy)]
struct Ctx {
    inside_note: bool,
    original: bool,
    edited: bool,
}

impl Ctx {
    const BLOCK: Ctx = Ctx {
        inside_note: false,
        original: true,
        edited: true,
    };
}

struct EssayCheck<'a> {
    check: Check<'a>,
    known: &'a Known,
    notes: Vec<(NoteId, Vec<Passage>)>,
    term_uses: HashMap<String, u16>,
    /// Terms already marked in the current block, per reading.
    block_terms_original: HashSet<String>,
    block_terms_edited: HashSet<String>,
    /// Events whose anchor is already placed.
    events_anchored: HashSet<String>,
}

/// Checks `essay.toml` against the ids the other files declare.
pub fn check(file: &EssayFile, known: &Known, problems: &mut Vec<Problem>) -> Checked {
    let mut v = EssayCheck {
        check: Check::new(FILE, problems),
        known,
        notes: Vec::new(),
        term_uses: HashMap::new(),
        block_terms_original: HashSet::new(),
        block_terms_edited: HashSet::new(),
        events_anchored: HashSet::new(),
    };
    if file.blocks.is_empty() {
        v.check
            .problem("", "no [[block]] entries: the essay has no text.");
    }
    let mut anchors = anchors(file).into_iter();
    let mut blocks = Vec::new();
    for (i, entry) in file.blocks.iter().enumerate() {
        let at = format!("block {}", i + 1);
        let kind = match entry.kind.as_deref() {
            None | Some("paragraph") => Some(BlockKind::Paragraph),
            Some("editorial") => Some(BlockKind::Editorial),
            Some(other) => {
                v.check.problem(
                    format!("{at} › kind"),
                    format!("\"{other}\" is not a kind of block: use \"paragraph\" (the original's words) or \"editorial\" (the editors')."),
                );
                None
            }
        };
        let anchor = kind.and_then(|_| anchors.next());
        let text_field = format!("{at} › text");
        if entry.text.trim().is_empty() {
            v.check.problem(
                &text_field,
                "this block has no text: write it, or remove the block.",
            );
            continue;
        }
        v.block_terms_original.clear();
        v.block_terms_edited.clear();
        let content = match markup::parse(entry.text.trim()) {
            Ok(nodes) => v.inline(&nodes, &text_field, Ctx::BLOCK),
            Err(error) => {
                v.check
                    .problem(&text_field, format!("the markup is malformed {error}"));
                continue;
            }
        };
        if let (Some(kind), Some(anchor)) = (kind, anchor) {
            blocks.push(Block {
                kind,
                anchor,
                content,
            });
        }
    }
    let mut omitted = Vec::new();
    for (i, entry) in file.omitted.iter().enumerate() {
        let at = format!("omitted {}", i + 1);
        let original = v
            .check
            .required(&format!("{at} › original"), &entry.original);
        let reason = v.check.required(&format!("{at} › reason"), &entry.reason);
        omitted.push(Omitted { original, reason });
    }
    Checked {
        essay: Some(Essay { blocks, omitted }),
        notes: v.notes,
        term_uses: v.term_uses,
    }
}

impl EssayCheck<'_> {
    /// Turns parsed markup into typed inline content, checking each span's attributes.
    fn inline(&mut self, nodes: &[Node], field: &str, ctx: Ctx) -> Vec<Inline> {
        let mut out = Vec::new();
        for node in nodes {
            match node {
                Node::Text(text) => out.push(Inline::Text(collapse_spaces(text))),
                Node::Span(span) => {
                    let at = format!("{field} (span at character {})", span.at + 1);
                    out.extend(self.span(span, field, &at, ctx));
                }
            }
        }
        out
    }

    /// One `[words]{…}` span.
    fn span(&mut self, span: &markup::Span, field: &str, at: &str, ctx: Ctx) -> Vec<Inline> {
        let mut keys = HashSet::new();
        let (mut note, mut edit, mut term, mut event) = (None, None, None, None);
        for attribute in &span.attributes {
            if !keys.insert(attribute.key.as_str()) {
                self.check.problem(
                    at,
                    format!("the attribute `{}` is given twice.", attribute.key),
                );
                continue;
            }
            let value = Some(attribute.value.clone());
            match attribute.key.as_str() {
                "note" => note = value,
                "term" => term = value,
                "event" => event = value,
                "edit" => {
                    if attribute.value.trim().is_empty() {
                        self.check.problem(at, "`edit` is empty: give the edited wording, or remove `edit` to keep the original words.");
                    }
                    edit = value;
                }
                other => self.check.problem(
                    at,
                    format!(
                        "unknown attribute `{other}`: a span may have {}.",
                        SPAN_KEYS.join(", ")
                    ),
                ),
            }
        }
        let plain_words_only = |this: &mut Self, what: &str| {
            if span
                .children
                .iter()
                .any(|child| matches!(child, Node::Span(_)))
            {
                this.check.problem(
                    at,
                    format!(
                        "{what} holds plain words only: put other spans around it, not inside it."
                    ),
                );
            }
        };
        if let Some(event) = event {
            if note.is_some() || edit.is_some() || term.is_some() {
                self.check.problem(at, "a span links either to a timeline event or to a note or a term, not both: put the event span inside the other span.");
            }
            plain_words_only(self, "an event span");
            let known: Vec<EventId> = self.check.references(at, &[event], EVENT, self.known);
            let Some(event) = known.into_iter().next() else {
                return Vec::new();
            };
            let first = ctx.original && ctx.edited && self.events_anchored.insert(event.0.clone());
            return vec![Inline::Event(EventSpan {
                event,
                text: collapse_spaces(&markup::plain_text(&span.children)),
                first,
            })];
        }
        if let Some(term) = term {
            if note.is_some() || edit.is_some() {
                self.check.problem(at, "a span marks either a note (with its edit) or a glossary term, not both: put the term span inside the note span.");
            }
            plain_words_only(self, "a term span");
            return self.term_span(span, &term, at, ctx).into_iter().collect();
        }
        let Some(note) = note else {
            self.check.problem(at, "this span has no `note=…` or `term=…`: every marked span must point to an editorial note or a glossary term.");
            return self.inline(&span.children, field, ctx);
        };
        if ctx.inside_note {
            self.check.problem(at, "a noted span may not sit inside another noted span: mark the passages one after the other.");
        }
        let _: Vec<NoteId> =
            self.check
                .references(at, std::slice::from_ref(&note), NOTE, self.known);
        let original = self.inline(
            &span.children,
            field,
            Ctx {
                inside_note: true,
                edited: ctx.edited && edit.is_none(),
                ..ctx
            },
        );
        let edit = edit.and_then(|edit| match markup::parse(&edit) {
            Ok(nodes) => Some(self.inline(
                &nodes,
                &format!("{at} › edit"),
                Ctx {
                    inside_note: true,
                    original: false,
                    ..ctx
                },
            )),
            Err(error) => {
                self.check
                    .problem(at, format!("the markup inside `edit` is malformed {error}"));
                None
            }
        });
        let passage = Passage {
            original: original_text(&original),
            edit: edit.as_deref().map(edited_text),
        };
        let occurrence = match self.notes.iter_mut().find(|(id, _)| id.as_str() == note) {
            Some((_, passages)) => {
                passages.push(passage);
                passages.len()
            }
            None => {
                self.notes.push((NoteId(note.clone()), vec![passage]));
                1
            }
        };
        vec![Inline::Noted(NotedSpan {
            note: NoteId(note),
            number: 0,
            occurrence: u16::try_from(occurrence).unwrap_or(u16::MAX),
            original,
            edit,
        })]
    }

    /// A `[words]{term=id}` span: plain words that a glossary entry explains.
    fn term_span(&mut self, span: &markup::Span, term: &str, at: &str, ctx: Ctx) -> Option<Inline> {
        let known: Vec<TermId> = self
            .check
            .references(at, &[term.to_owned()], TERM, self.known);
        let term = known.into_iter().next()?;
        let uses = self.term_uses.entry(term.0.clone()).or_default();
        *uses = uses.saturating_add(1);
        let occurrence = *uses;
        let first_in_original = ctx.original && self.block_terms_original.insert(term.0.clone());
        let first_in_edited = ctx.edited && self.block_terms_edited.insert(term.0.clone());
        Some(Inline::Term(TermSpan {
            term,
            text: collapse_spaces(&markup::plain_text(&span.children)),
            occurrence,
            first_in_original,
            first_in_edited,
        }))
    }
}

/// Writes the notes' numbers (their order of first appearance) into the essay's spans.
pub fn number_spans(essay: &mut Essay, number: impl Fn(&NoteId) -> u16 + Copy) {
    fn walk(content: &mut [Inline], number: impl Fn(&NoteId) -> u16 + Copy) {
        for inline in content {
            if let Inline::Noted(span) = inline {
                span.number = number(&span.note);
                walk(&mut span.original, number);
                if let Some(edit) = &mut span.edit {
                    walk(edit, number);
                }
            }
        }
    }
    for block in &mut essay.blocks {
        walk(&mut block.content, number);
    }
}
