//! Turns the raw content files into the immutable model, collecting every problem on the
//! way instead of stopping at the first.

use std::collections::{HashMap, HashSet};

use super::camps::CampsFile;
use super::figures::FiguresFile;
use super::map::OutlineFile;
use super::markup::{self, Node};
use super::model::{
    is_valid_id, Block, BlockKind, Essay, EventId, EventSpan, Exhibit, Inline, Meta, Note, NoteId,
    NotedSpan, Omitted, Passage, Source, SourceId, SourceKind, Term, TermId, TermKind, TermSpan,
    Verdict,
};
use super::problem::Problem;
use super::raw::{EssayFile, ExhibitFile, GlossaryFile, NotesFile, SourcesFile};
use super::timeline::TimelineFile;

pub const EXHIBIT_FILE: &str = "exhibit.toml";
pub const ESSAY_FILE: &str = "essay.toml";
pub const NOTES_FILE: &str = "notes.toml";
pub const SOURCES_FILE: &str = "sources.toml";
pub const GLOSSARY_FILE: &str = "glossary.toml";

/// The parsed content files. A file that could not be read or parsed is `None`; its own
/// problems are reported by the loader, and checks that need it are skipped.
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

/// Validates the content and builds the model, or returns every problem found.
pub fn validate(raw: &RawContent) -> Result<Exhibit, Vec<Problem>> {
    let mut v = Validator::default();
    let sources = raw.sources.as_ref().map(|file| v.sources(file));
    let notes = raw.notes.as_ref().map(|file| v.notes(file));
    let glossary = raw.glossary.as_ref().map(|file| v.glossary(file));
    let meta = raw.exhibit.as_ref().map(|file| v.meta(file));
    let essay = raw.essay.as_ref().map(|file| v.essay(file));
    let timeline = raw.timeline.as_ref().map(|file| {
        let blocks = essay.as_ref().map(|essay| essay.blocks.as_slice());
        v.timeline(file, raw, blocks)
    });
    if let Some(timeline) = &timeline {
        v.event_links(timeline);
    }
    let mut picture_ids = HashSet::new();
    let figures = raw
        .figures
        .as_ref()
        .map(|file| v.figures(file, raw.sources.is_some(), &mut picture_ids));
    let photos = raw
        .figures
        .as_ref()
        .map(|file| v.photos(file, &raw.images, &mut picture_ids));
    let camps = raw
        .camps
        .as_ref()
        .map(|file| v.camps(file, timeline.as_ref(), raw));
    let map = match (&raw.camps, &raw.map_outline) {
        (Some(camps), Some(outline)) => v.map(camps.map.as_ref(), outline, raw.sources.is_some()),
        _ => None,
    };
    v.cross_references(&raw.notes, &raw.glossary, &raw.essay);

    match (
        meta, essay, notes, sources, glossary, timeline, figures, camps, map,
    ) {
        (
            Some(meta),
            Some(essay),
            Some(notes),
            Some(sources),
            Some(glossary),
            Some(timeline),
            Some(figures),
            Some(camps),
            Some(map),
        ) if v.problems.is_empty() => {
            let photos = photos.unwrap_or_default();
            let mut exhibit = Exhibit {
                meta,
                notes: v.number_notes(notes),
                essay,
                sources,
                glossary: v.order_glossary(glossary),
                timeline,
                figures,
                photos,
                camps,
                map,
            };
            number_spans(&mut exhibit);
            Ok(exhibit)
        }
        _ => {
            if v.problems.is_empty() {
                // Unreachable in practice: a missing file is reported by the loader.
                v.problems.push(Problem::new(
                    "(content)",
                    "",
                    "a content file is missing or could not be read.",
                ));
            }
            Err(v.problems)
        }
    }
}

/// Shared with `timeline.rs`, which adds its own `impl` block.
#[derive(Default)]
pub(super) struct Validator {
    problems: Vec<Problem>,
    /// Source ids declared in sources.toml (valid ones only).
    pub(super) source_ids: HashSet<String>,
    /// Note ids declared in notes.toml (valid ones only), with their verdicts.
    pub(super) note_ids: HashMap<String, Verdict>,
    /// Sources cited anywhere.
    pub(super) cited_sources: HashSet<String>,
    /// Notes in order of first appearance in the essay, and the passages each is about.
    note_order: Vec<String>,
    note_uses: HashMap<String, Vec<Passage>>,
    /// Term ids declared in glossary.toml (valid ones only).
    pub(super) term_ids: HashSet<String>,
    /// `[words]{event=id}` spans in the essay, checked once the timeline is read.
    pub(super) event_links: Vec<(String, String)>,
    /// How many times the essay marks each term.
    term_uses: HashMap<String, u16>,
    /// Terms already marked in the current block, per reading.
    block_terms_original: HashSet<String>,
    block_terms_edited: HashSet<String>,
}

fn note_field(index: usize, id: &str) -> String {
    format!("note {} \"{}\"", index + 1, id)
}

fn source_field(index: usize, id: &str) -> String {
    format!("source {} \"{}\"", index + 1, id)
}

fn id_advice(id: &str) -> String {
    format!(
        "the id \"{id}\" is not allowed: use lowercase letters and digits joined by single hyphens, like \"trail-trial\" (at most 64 characters)."
    )
}

impl Validator {
    pub(super) fn problem(
        &mut self,
        file: &str,
        field: impl Into<String>,
        message: impl Into<String>,
    ) {
        self.problems.push(Problem::new(file, field, message));
    }

    /// Checks that an id is well formed and not used before in its file; `true` if it is new.
    pub(super) fn new_id(
        &mut self,
        file: &str,
        at: &str,
        id: &str,
        what: &str,
        seen: &mut HashSet<String>,
    ) -> bool {
        if !is_valid_id(id) {
            self.problem(file, format!("{at} › id"), id_advice(id));
            false
        } else if !seen.insert(id.to_owned()) {
            self.problem(
                file,
                format!("{at} › id"),
                format!("the id \"{id}\" is used by an earlier {what} too: ids must be unique."),
            );
            false
        } else {
            true
        }
    }

    /// Reads one of a fixed set of keys (a verdict, a kind), reporting any other value.
    pub(super) fn enum_key<T: Copy>(
        &mut self,
        file: &str,
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
                file,
                field,
                format!(
                    "\"{value}\" is not {what}: use one of {}.",
                    allowed.join(", ")
                ),
            );
        }
        found
    }

    /// The sources an entry cites: at least one (`if_none` says why, for the curator), each
    /// in sources.toml (checked when sources.toml could be read), none twice. Marks them cited.
    pub(super) fn cite_sources(
        &mut self,
        file: &str,
        at: &str,
        ids: &[String],
        check: bool,
        if_none: &str,
    ) -> Vec<SourceId> {
        let field = format!("{at} › sources");
        if ids.is_empty() {
            self.problem(
                file,
                &field,
                format!("{if_none}: add sources = [\"source-id\"] with ids from sources.toml."),
            );
        }
        let mut out: Vec<SourceId> = Vec::new();
        for id in ids {
            if out.iter().any(|known| known.as_str() == id) {
                self.problem(
                    file,
                    &field,
                    format!("the source \"{id}\" is listed twice."),
                );
            } else if check && !self.source_ids.contains(id) {
                self.problem(
                    file,
                    &field,
                    format!("there is no source with the id \"{id}\" in sources.toml: check the spelling or add the source."),
                );
            } else {
                self.cited_sources.insert(id.clone());
                out.push(SourceId(id.clone()));
            }
        }
        out
    }

    /// Reports empty required text and returns the text trimmed.
    pub(super) fn required(&mut self, file: &str, field: &str, value: &str) -> String {
        let trimmed = value.trim();
        if trimmed.is_empty() {
            self.problem(
                file,
                field,
                "this text is empty: write it, or remove the entry.",
            );
        }
        trimmed.to_owned()
    }

    /// An optional text may be left out, but not present and blank.
    pub(super) fn optional(
        &mut self,
        file: &str,
        field: &str,
        value: &Option<String>,
    ) -> Option<String> {
        let value = value.as_ref()?;
        let trimmed = value.trim();
        if trimmed.is_empty() {
            self.problem(
                file,
                field,
                "this text is blank: write it, or delete the line to leave it out.",
            );
            return None;
        }
        Some(trimmed.to_owned())
    }

    fn sources(&mut self, file: &SourcesFile) -> Vec<Source> {
        let mut out = Vec::new();
        let mut seen = HashSet::new();
        if file.sources.is_empty() {
            self.problem(
                SOURCES_FILE,
                "",
                "no [[source]] entries: cite at least one source.",
            );
        }
        for (i, entry) in file.sources.iter().enumerate() {
            let at = source_field(i, &entry.id);
            if self.new_id(SOURCES_FILE, &at, &entry.id, "source", &mut seen) {
                self.source_ids.insert(entry.id.clone());
            }
            let kind = self.enum_key(
                SOURCES_FILE,
                &format!("{at} › kind"),
                &entry.kind,
                "a kind of source",
                &SourceKind::ALL,
                SourceKind::key,
            );
            let title = self.required(SOURCES_FILE, &format!("{at} › title"), &entry.title);
            let short = self.required(SOURCES_FILE, &format!("{at} › short"), &entry.short);
            let author = self.optional(SOURCES_FILE, &format!("{at} › author"), &entry.author);
            let container =
                self.optional(SOURCES_FILE, &format!("{at} › container"), &entry.container);
            let details = self.optional(SOURCES_FILE, &format!("{at} › details"), &entry.details);
            let date = self.optional(SOURCES_FILE, &format!("{at} › date"), &entry.date);
            let url = self.optional(SOURCES_FILE, &format!("{at} › url"), &entry.url);
            if let Some(url) = &url {
                let web = url.starts_with("https://") || url.starts_with("http://");
                if !web || url.contains(char::is_whitespace) {
                    self.problem(
                        SOURCES_FILE,
                        format!("{at} › url"),
                        format!("\"{url}\" is not a web address: it must start with https:// or http:// and contain no spaces."),
                    );
                }
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

    fn notes(&mut self, file: &NotesFile) -> Vec<Note> {
        let mut out = Vec::new();
        let mut seen = HashSet::new();
        for (i, entry) in file.notes.iter().enumerate() {
            let at = note_field(i, &entry.id);
            let verdict = self.enum_key(
                NOTES_FILE,
                &format!("{at} › verdict"),
                &entry.verdict,
                "a verdict",
                &Verdict::ALL,
                Verdict::key,
            );
            if self.new_id(NOTES_FILE, &at, &entry.id, "note", &mut seen) {
                if let Some(verdict) = verdict {
                    self.note_ids.insert(entry.id.clone(), verdict);
                }
            }
            let title = self.required(NOTES_FILE, &format!("{at} › title"), &entry.title);
            let finding = self.required(NOTES_FILE, &format!("{at} › finding"), &entry.finding);
            let correction =
                self.optional(NOTES_FILE, &format!("{at} › correction"), &entry.correction);
            let sources_differ = self.optional(
                NOTES_FILE,
                &format!("{at} › sources_differ"),
                &entry.sources_differ,
            );
            if let Some(verdict) = verdict {
                if correction.is_none() && entry.correction.is_none() && !verdict.confirms() {
                    self.problem(
                        NOTES_FILE,
                        format!("{at} › correction"),
                        format!(
                            "a note with the verdict \"{}\" needs a correction: add correction = \"…\".",
                            verdict.key()
                        ),
                    );
                }
                if entry.sources.is_empty() && verdict.needs_source() {
                    self.problem(
                        NOTES_FILE,
                        format!("{at} › sources"),
                        "this note corrects a fact, so it must cite at least one source: add sources = [\"source-id\"] with ids from sources.toml.",
                    );
                }
            }
            let mut sources = Vec::new();
            let mut listed = HashSet::new();
            for source in &entry.sources {
                if !listed.insert(source.as_str()) {
                    self.problem(
                        NOTES_FILE,
                        format!("{at} › sources"),
                        format!("the source \"{source}\" is listed twice."),
                    );
                } else if !self.source_ids.contains(source) {
                    self.problem(
                        NOTES_FILE,
                        format!("{at} › sources"),
                        format!("there is no source with the id \"{source}\" in sources.toml: check the spelling or add the source."),
                    );
                } else {
                    self.cited_sources.insert(source.clone());
                    sources.push(SourceId(source.clone()));
                }
            }
            if let Some(verdict) = verdict {
                out.push(Note {
                    id: NoteId(entry.id.clone()),
                    number: 0,
                    verdict,
                    title,
                    finding,
                    correction,
                    sources_differ,
                    sources,
                    passages: Vec::new(),
                });
            }
        }
        if file.notes.is_empty() {
            self.problem(
                NOTES_FILE,
                "",
                "no [[note]] entries: the essay needs its editorial notes.",
            );
        }
        out
    }

    fn meta(&mut self, file: &ExhibitFile) -> Meta {
        let f = EXHIBIT_FILE;
        let title = self.required(f, "title", &file.title);
        let kicker = self.required(f, "kicker", &file.kicker);
        let standfirst = self.required(f, "standfirst", &file.standfirst);
        let named_author = self.required(f, "named_author", &file.named_author);
        let attribution = self.required(f, "attribution", &file.attribution);
        if file.about_edition.is_empty() {
            self.problem(
                f,
                "about_edition",
                "explain how to read this edition in at least one paragraph.",
            );
        }
        let about_edition = file
            .about_edition
            .iter()
            .enumerate()
            .map(|(i, text)| {
                self.required(f, &format!("about_edition › paragraph {}", i + 1), text)
            })
            .collect();
        // Sources are read first, so the reference can be checked here.
        if !self.source_ids.contains(&file.based_on) {
            self.problem(
                f,
                "based_on",
                format!("there is no source with the id \"{}\" in sources.toml: name the source the essay paraphrases.", file.based_on),
            );
        } else {
            self.cited_sources.insert(file.based_on.clone());
        }
        Meta {
            title,
            kicker,
            standfirst,
            named_author,
            attribution,
            based_on: SourceId(file.based_on.clone()),
            about_edition,
        }
    }

    fn essay(&mut self, file: &EssayFile) -> Essay {
        if file.blocks.is_empty() {
            self.problem(
                ESSAY_FILE,
                "",
                "no [[block]] entries: the essay has no text.",
            );
        }
        let mut blocks = Vec::new();
        let (mut paragraphs, mut editorials) = (0, 0);
        for (i, entry) in file.blocks.iter().enumerate() {
            let at = format!("block {}", i + 1);
            let kind = match entry.kind.as_deref() {
                None | Some("paragraph") => Some(BlockKind::Paragraph),
                Some("editorial") => Some(BlockKind::Editorial),
                Some(other) => {
                    self.problem(
                        ESSAY_FILE,
                        format!("{at} › kind"),
                        format!("\"{other}\" is not a kind of block: use \"paragraph\" (the original's words) or \"editorial\" (the editors')."),
                    );
                    None
                }
            };
            let text_field = format!("{at} › text");
            if entry.text.trim().is_empty() {
                self.problem(
                    ESSAY_FILE,
                    &text_field,
                    "this block has no text: write it, or remove the block.",
                );
                continue;
            }
            self.block_terms_original.clear();
            self.block_terms_edited.clear();
            let content = match markup::parse(entry.text.trim()) {
                Ok(nodes) => self.inline(&nodes, &text_field, Ctx::BLOCK),
                Err(error) => {
                    self.problem(
                        ESSAY_FILE,
                        &text_field,
                        format!("the markup is malformed {error}"),
                    );
                    continue;
                }
            };
            if let Some(kind) = kind {
                let anchor = match kind {
                    BlockKind::Paragraph => {
                        paragraphs += 1;
                        format!("p{paragraphs}")
                    }
                    BlockKind::Editorial => {
                        editorials += 1;
                        format!("e{editorials}")
                    }
                };
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
            let original = self.required(ESSAY_FILE, &format!("{at} › original"), &entry.original);
            let reason = self.required(ESSAY_FILE, &format!("{at} › reason"), &entry.reason);
            omitted.push(Omitted { original, reason });
        }
        Essay { blocks, omitted }
    }

    /// Turns parsed markup into typed inline content, checking each span's attributes.
    fn inline(&mut self, nodes: &[Node], field: &str, ctx: Ctx) -> Vec<Inline> {
        let mut out = Vec::new();
        for node in nodes {
            match node {
                Node::Text(text) => out.push(Inline::Text(collapse_spaces(text))),
                Node::Span(span) => {
                    let at = format!("{field} (span at character {})", span.at + 1);
                    let mut note = None;
                    let mut edit = None;
                    let mut term = None;
                    let mut event = None;
                    let mut keys = HashSet::new();
                    for attribute in &span.attributes {
                        if !keys.insert(attribute.key.as_str()) {
                            self.problem(
                                ESSAY_FILE,
                                &at,
                                format!("the attribute `{}` is given twice.", attribute.key),
                            );
                            continue;
                        }
                        match attribute.key.as_str() {
                            "note" => note = Some(attribute.value.clone()),
                            "term" => term = Some(attribute.value.clone()),
                            "event" => event = Some(attribute.value.clone()),
                            "edit" => {
                                if attribute.value.trim().is_empty() {
                                    self.problem(ESSAY_FILE, &at, "`edit` is empty: give the edited wording, or remove `edit` to keep the original words.");
                                }
                                edit = Some(attribute.value.clone());
                            }
                            other => self.problem(
                                ESSAY_FILE,
                                &at,
                                format!(
                                    "unknown attribute `{other}`: a span may have {}.",
                                    SPAN_KEYS.join(", ")
                                ),
                            ),
                        }
                    }
                    if let Some(event) = event {
                        if note.is_some() || edit.is_some() || term.is_some() {
                            self.problem(ESSAY_FILE, &at, "a span links either to a timeline event or to a note or a term, not both: put the event span inside the other span.");
                        }
                        if span
                            .children
                            .iter()
                            .any(|child| matches!(child, Node::Span(_)))
                        {
                            self.problem(ESSAY_FILE, &at, "an event span holds plain words only: put other spans around it, not inside it.");
                        }
                        self.event_links.push((at.clone(), event.clone()));
                        out.push(Inline::Event(EventSpan {
                            event: EventId(event),
                            text: collapse_spaces(&markup::plain_text(&span.children)),
                        }));
                        continue;
                    }
                    if let Some(term) = term {
                        if note.is_some() || edit.is_some() {
                            self.problem(ESSAY_FILE, &at, "a span marks either a note (with its edit) or a glossary term, not both: put the term span inside the note span.");
                        }
                        out.extend(self.term_span(span, &term, &at, ctx));
                        continue;
                    }
                    let Some(note) = note else {
                        self.problem(ESSAY_FILE, &at, "this span has no `note=…` or `term=…`: every marked span must point to an editorial note or a glossary term.");
                        out.extend(self.inline(&span.children, field, ctx));
                        continue;
                    };
                    if ctx.inside_note {
                        self.problem(ESSAY_FILE, &at, "a noted span may not sit inside another noted span: mark the passages one after the other.");
                    }
                    if !self.note_ids.contains_key(&note) {
                        self.problem(
                            ESSAY_FILE,
                            &at,
                            format!("there is no note with the id \"{note}\" in notes.toml: check the spelling or add the note."),
                        );
                    }
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
                            self.problem(
                                ESSAY_FILE,
                                &at,
                                format!("the markup inside `edit` is malformed {error}"),
                            );
                            None
                        }
                    });
                    if !self.note_uses.contains_key(&note) {
                        self.note_order.push(note.clone());
                    }
                    let passages = self.note_uses.entry(note.clone()).or_default();
                    passages.push(Passage {
                        original: super::model::original_text(&original),
                        edit: edit.as_deref().map(super::model::edited_text),
                    });
                    let occurrence = u16::try_from(passages.len()).unwrap_or(u16::MAX);
                    out.push(Inline::Noted(NotedSpan {
                        note: NoteId(note),
                        number: 0,
                        occurrence,
                        original,
                        edit,
                    }));
                }
            }
        }
        out
    }

    /// A `[words]{term=id}` span: plain words that a glossary entry explains.
    fn term_span(&mut self, span: &markup::Span, term: &str, at: &str, ctx: Ctx) -> Option<Inline> {
        if span
            .children
            .iter()
            .any(|child| matches!(child, Node::Span(_)))
        {
            self.problem(
                ESSAY_FILE,
                at,
                "a term span holds plain words only: put other spans around it, not inside it.",
            );
        }
        if !self.term_ids.contains(term) {
            self.problem(
                ESSAY_FILE,
                at,
                format!("there is no term with the id \"{term}\" in glossary.toml: check the spelling or add the term."),
            );
            return None;
        }
        let uses = self.term_uses.entry(term.to_owned()).or_default();
        *uses = uses.saturating_add(1);
        let occurrence = *uses;
        let first_in_original = ctx.original && self.block_terms_original.insert(term.to_owned());
        let first_in_edited = ctx.edited && self.block_terms_edited.insert(term.to_owned());
        Some(Inline::Term(TermSpan {
            term: TermId(term.to_owned()),
            text: collapse_spaces(&markup::plain_text(&span.children)),
            occurrence,
            first_in_original,
            first_in_edited,
        }))
    }

    fn glossary(&mut self, file: &GlossaryFile) -> Vec<Term> {
        let f = GLOSSARY_FILE;
        if file.terms.is_empty() {
            self.problem(f, "", "no [[term]] entries: the glossary is empty.");
        }
        // Ids first, so that "see also" can point forwards.
        let mut seen = HashSet::new();
        for (i, entry) in file.terms.iter().enumerate() {
            let at = format!("term {} \"{}\"", i + 1, entry.id);
            self.new_id(f, &at, &entry.id, "term", &mut seen);
        }
        self.term_ids = seen;
        let mut out = Vec::new();
        for (i, entry) in file.terms.iter().enumerate() {
            let at = format!("term {} \"{}\"", i + 1, entry.id);
            let kind = self.enum_key(
                f,
                &format!("{at} › kind"),
                &entry.kind,
                "a kind of term",
                &TermKind::ALL,
                TermKind::key,
            );
            let name = self.required(f, &format!("{at} › name"), &entry.name);
            let definition = self.required(f, &format!("{at} › definition"), &entry.definition);
            let sentences = count_sentences(&definition);
            if sentences > 2 {
                self.problem(
                    f,
                    format!("{at} › definition"),
                    format!("the definition has {sentences} sentences: keep it to two at most, and put the rest in a note."),
                );
            }
            let sort_as = self.optional(f, &format!("{at} › sort_as"), &entry.sort_as);
            let dates = self.optional(f, &format!("{at} › dates"), &entry.dates);
            let russian = self.optional(f, &format!("{at} › russian"), &entry.russian);
            let transliteration = self.optional(
                f,
                &format!("{at} › transliteration"),
                &entry.transliteration,
            );
            if let Some(russian) = &russian {
                if !russian
                    .chars()
                    .any(|c| ('\u{0400}'..='\u{04FF}').contains(&c))
                {
                    self.problem(
                        f,
                        format!("{at} › russian"),
                        format!("\"{russian}\" has no Cyrillic letters: give the Russian original in Cyrillic, and the Latin spelling as transliteration."),
                    );
                }
            }
            if transliteration.is_some() && entry.russian.is_none() {
                self.problem(
                    f,
                    format!("{at} › transliteration"),
                    "a transliteration needs the Russian original it spells out: add russian = \"…\".",
                );
            }
            let mut see_also = Vec::new();
            for other in &entry.see_also {
                if other == &entry.id {
                    self.problem(
                        f,
                        format!("{at} › see_also"),
                        "a term cannot point to itself.",
                    );
                } else if !self.term_ids.contains(other) {
                    self.problem(
                        f,
                        format!("{at} › see_also"),
                        format!("there is no term with the id \"{other}\": check the spelling or add the term."),
                    );
                } else if see_also.iter().any(|id: &TermId| id.as_str() == other) {
                    self.problem(
                        f,
                        format!("{at} › see_also"),
                        format!("\"{other}\" is listed twice."),
                    );
                } else {
                    see_also.push(TermId(other.clone()));
                }
            }
            let sources =
                self.cite_sources(f, &at, &entry.sources, true, "every term needs a source");
            let not_in_essay =
                self.optional(f, &format!("{at} › not_in_essay"), &entry.not_in_essay);
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
                    occurrences: 0,
                    letter: '#',
                });
            }
        }
        out
    }

    /// Reports notes no passage points to, terms without a place, and sources nothing cites.
    fn cross_references(
        &mut self,
        notes: &Option<NotesFile>,
        glossary: &Option<GlossaryFile>,
        essay: &Option<EssayFile>,
    ) {
        if let (Some(glossary), Some(_)) = (glossary, essay) {
            for (i, entry) in glossary.terms.iter().enumerate() {
                let at = format!("term {} \"{}\"", i + 1, entry.id);
                let used = self.term_uses.contains_key(&entry.id);
                match (used, &entry.not_in_essay) {
                    (false, None) => self.problem(
                        GLOSSARY_FILE,
                        at,
                        format!("the essay never marks this term: mark it with [words]{{term={}}} in essay.toml, or say why the glossary needs it with not_in_essay = \"…\".", entry.id),
                    ),
                    (true, Some(_)) => self.problem(
                        GLOSSARY_FILE,
                        format!("{at} › not_in_essay"),
                        "the essay does mark this term: remove not_in_essay.",
                    ),
                    _ => {}
                }
            }
        }
        if let (Some(notes), Some(_)) = (notes, essay) {
            for (i, entry) in notes.notes.iter().enumerate() {
                if self.note_ids.contains_key(&entry.id) && !self.note_uses.contains_key(&entry.id)
                {
                    self.problem(
                        NOTES_FILE,
                        note_field(i, &entry.id),
                        format!("no passage in essay.toml points to this note: mark the words it is about with [words]{{note={}}}, or remove the note.", entry.id),
                    );
                }
            }
        }
        if notes.is_some() {
            let mut unused: Vec<String> = self
                .source_ids
                .difference(&self.cited_sources)
                .cloned()
                .collect();
            unused.sort();
            for id in unused {
                self.problem(
                    SOURCES_FILE,
                    format!("source \"{id}\""),
                    "nothing cites this source: cite it from a note (sources = [...]) or remove it.",
                );
            }
        }
    }

    /// Sorts the glossary A–Z and records how often the essay marks each term.
    fn order_glossary(&self, mut glossary: Vec<Term>) -> Vec<Term> {
        for term in &mut glossary {
            term.occurrences = self.term_uses.get(term.id.as_str()).copied().unwrap_or(0);
            term.letter = term.index_letter();
        }
        glossary.sort_by_cached_key(Term::sort_key);
        glossary
    }

    /// Numbers notes by first appearance and fills in their uses.
    fn number_notes(&mut self, mut notes: Vec<Note>) -> Vec<Note> {
        let numbers: HashMap<&str, u16> = self
            .note_order
            .iter()
            .enumerate()
            .map(|(i, id)| (id.as_str(), u16::try_from(i + 1).unwrap_or(u16::MAX)))
            .collect();
        for note in &mut notes {
            note.number = numbers.get(note.id.as_str()).copied().unwrap_or(u16::MAX);
            if let Some(passages) = self.note_uses.remove(note.id.as_str()) {
                note.passages = passages;
            }
        }
        notes.sort_by_key(|note| note.number);
        notes
    }
}

/// Counts sentence ends: `.`, `!` or `?` (after any closing quotes or brackets) followed
/// by a space or the end of the text.
pub(super) fn count_sentences(text: &str) -> usize {
    let chars: Vec<char> = text.chars().collect();
    let mut count = 0;
    let mut i = 0;
    while i < chars.len() {
        if matches!(chars[i], '.' | '!' | '?') {
            let mut j = i + 1;
            while j < chars.len()
                && matches!(
                    chars[j],
                    '.' | '!' | '?' | '”' | '’' | '"' | '\'' | ')' | '»'
                )
            {
                j += 1;
            }
            if j == chars.len() || chars[j].is_whitespace() {
                count += 1;
            }
            i = j;
        } else {
            i += 1;
        }
    }
    count
}

/// Folds every run of whitespace (curators wrap long lines) into one space.
fn collapse_spaces(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut in_space = false;
    for c in text.chars() {
        if c.is_whitespace() {
            if !in_space {
                out.push(' ');
            }
            in_space = true;
        } else {
            out.push(c);
            in_space = false;
        }
    }
    out
}

/// Writes note numbers into the essay's spans once the notes are numbered.
fn number_spans(exhibit: &mut Exhibit) {
    let numbers: HashMap<NoteId, u16> = exhibit
        .notes
        .iter()
        .map(|note| (note.id.clone(), note.number))
        .collect();
    fn walk(content: &mut [Inline], numbers: &HashMap<NoteId, u16>) {
        for inline in content {
            if let Inline::Noted(span) = inline {
                span.number = numbers.get(&span.note).copied().unwrap_or(u16::MAX);
                walk(&mut span.original, numbers);
            }
        }
    }
    for block in &mut exhibit.essay.blocks {
        walk(&mut block.content, &numbers);
    }
}
