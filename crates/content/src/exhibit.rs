//! The whole exhibit: every content file checked in turn, and the immutable model the
//! pages are rendered from. Each feature checks its own file; this module only decides the
//! order, gives each the ids the others declare, and checks what spans files (every note
//! pointed to, every term marked or explained, every source cited).

use std::collections::HashSet;

use crate::core::check::{declared, Known};
use crate::core::cite::CitationEntry;
use crate::core::problem::Problem;
use crate::essay::check::{self as essay_check, EssayFile};
use crate::essay::meta::{self, ExhibitFile, Meta};
use crate::essay::notes::{self, Note, NotesFile};
use crate::essay::Essay;
use crate::figures::{self, Figure, FiguresFile, Photo};
use crate::glossary::{self, GlossaryFile, Term};
use crate::map::{self, Camp, CampMap, CampsFile, OutlineFile};
use crate::sources::{self, Source, SourcesFile};
use crate::timeline::{self, Timeline, TimelineFile};

/// The parsed content files. A file that could not be read or parsed is `None`: its own
/// problem is reported by the loader, and checks that need it are skipped.
#[derive(Debug, Clone, Default)]
pub struct RawContent {
    pub exhibit: Option<ExhibitFile>,
    pub essay: Option<EssayFile>,
    pub notes: Option<NotesFile>,
    pub sources: Option<SourcesFile>,
    pub glossary: Option<GlossaryFile>,
    pub timeline: Option<TimelineFile>,
    pub figures: Option<FiguresFile>,
    pub camps: Option<CampsFile>,
    pub map_outline: Option<OutlineFile>,
    /// The file names in `assets/images/`, which photographs must be among.
    pub images: Vec<String>,
}

/// The whole exhibit, checked.
#[derive(Debug, Clone, PartialEq)]
pub struct Exhibit {
    pub meta: Meta,
    pub essay: Essay,
    /// Ordered by number, which is the order of first appearance in the essay.
    pub notes: Vec<Note>,
    /// In the order the curator listed them.
    pub sources: Vec<Source>,
    /// Sorted A–Z by [`Term::sort_key`].
    pub glossary: Vec<Term>,
    /// Eras and events in chronological order.
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

/// The ids every file declares, for references between files.
fn known(raw: &RawContent) -> Known {
    Known {
        sources: raw
            .sources
            .as_ref()
            .map(|file| declared(file.sources.iter().map(|s| s.id.as_str()))),
        notes: raw
            .notes
            .as_ref()
            .map(|file| declared(file.notes.iter().map(|n| n.id.as_str()))),
        terms: raw
            .glossary
            .as_ref()
            .map(|file| declared(file.terms.iter().map(|t| t.id.as_str()))),
        events: raw
            .timeline
            .as_ref()
            .map(|file| declared(file.events.iter().map(|e| e.id.as_str()))),
        blocks: raw.essay.as_ref().map(essay_check::anchors),
    }
}

/// Checks the content and builds the model, or returns every problem found.
pub fn validate(raw: &RawContent) -> Result<Exhibit, Vec<Problem>> {
    let mut problems = Vec::new();
    let known = known(raw);
    let sources = raw
        .sources
        .as_ref()
        .map(|file| sources::check(file, &mut problems));
    let meta = raw
        .exhibit
        .as_ref()
        .map(|file| meta::check(file, &known, &mut problems));
    let essay = raw
        .essay
        .as_ref()
        .map(|file| essay_check::check(file, &known, &mut problems));
    let notes = raw.notes.as_ref().map(|file| {
        let passages = essay.as_ref().map(|essay| essay.notes.as_slice());
        notes::check(file, passages, &known, &mut problems)
    });
    let glossary = raw.glossary.as_ref().map(|file| {
        let uses = essay.as_ref().map(|essay| &essay.term_uses);
        glossary::check(file, uses, &known, &mut problems)
    });
    let timeline = raw
        .timeline
        .as_ref()
        .map(|file| timeline::check::check(file, &known, &mut problems));
    let figures = raw
        .figures
        .as_ref()
        .map(|file| figures::check(file, &raw.images, &known, &mut problems));
    let camps = raw
        .camps
        .as_ref()
        .map(|file| map::check::camps(file, &known, &mut problems));
    let map = match (&raw.camps, &raw.map_outline) {
        (Some(camps), Some(outline)) => map::check::map(camps, outline, &known, &mut problems),
        _ => None,
    };

    let (
        Some(meta),
        Some(essay_checked),
        Some(notes),
        Some(sources),
        Some(glossary),
        Some(timeline),
        Some((figures, photos)),
        Some(camps),
        Some(map),
    ) = (
        meta, essay, notes, sources, glossary, timeline, figures, camps, map,
    )
    else {
        if problems.is_empty() {
            // Unreachable in practice: a missing file is reported by the loader.
            problems.push(Problem::new(
                "(content)",
                "",
                "a content file is missing or could not be read.",
            ));
        }
        return Err(problems);
    };
    let Some(mut essay) = essay_checked.essay else {
        return Err(problems);
    };
    let cited = cited_sources(raw);
    sources::check_all_cited(&sources, &cited, &mut problems);
    if !problems.is_empty() {
        return Err(problems);
    }
    essay_check::number_spans(&mut essay, |id| {
        notes
            .iter()
            .find(|note| &note.id == id)
            .map_or(u16::MAX, |note| note.number)
    });
    Ok(Exhibit {
        meta,
        essay,
        notes,
        sources,
        glossary,
        timeline,
        figures,
        photos,
        camps,
        map,
    })
}

/// Every source id something cites, as written (a citation refused for another reason,
/// such as a missing locator, still counts: its source is not unused).
fn cited_sources(raw: &RawContent) -> HashSet<&str> {
    let notes = raw.notes.iter().flat_map(|file| &file.notes);
    let terms = raw.glossary.iter().flat_map(|file| &file.terms);
    let events = raw.timeline.iter().flat_map(|file| &file.events);
    let figures = raw.figures.iter().flat_map(|file| &file.figures);
    let camps = raw.camps.iter().flat_map(|file| &file.camps);
    let map = raw.camps.iter().filter_map(|file| file.map.as_ref());
    let citations = (notes.flat_map(|note| &note.sources))
        .chain(terms.flat_map(|term| &term.sources))
        .chain(events.flat_map(|event| &event.sources))
        .chain(figures.flat_map(|figure| &figure.sources))
        .chain(camps.flat_map(|camp| &camp.sources))
        .chain(map.flat_map(|map| &map.sources))
        .filter_map(CitationEntry::id);
    raw.exhibit
        .iter()
        .map(|file| file.based_on.as_str())
        .chain(citations)
        .collect()
}
