//! What the browser receives: the validated [`Exhibit`] compiled for display.
//!
//! The essay stays a model, because the reader changes it (readings, marks, open notes).
//! Everything that reads the same for every visitor (title page, notes, sources, the
//! glossary and the body of every card) is rendered to HTML here, at build time, by the
//! escaping [`Html`] writer. The app places that markup as it is and adds behaviour with
//! links and a few delegated handlers. Pure Rust: tested natively, run by the build script.

use serde::{Deserialize, Serialize};

use super::html::{escape, Html, Piece, Template};
use super::model::{Block, Exhibit, Inline, Note, NoteId, Source, Term, TermId, TermKind, Verdict};

/// The exhibit as the app shows it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Page {
    /// The document title.
    pub title: String,
    /// The inside of the title page's `<header>`.
    pub title_page: String,
    /// The essay's paragraphs and editorial blocks.
    pub blocks: Vec<Block>,
    /// Every editorial note, in order of number.
    pub notes: Vec<NoteCard>,
    /// Every glossary entry, A–Z.
    pub terms: Vec<TermCard>,
    /// The editorial notes and sources sections, after the essay.
    pub back_matter: Template,
    /// The inside of the glossary page's `<section>`.
    pub glossary: Template,
}

/// What the note panel shows for a note.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NoteCard {
    pub id: NoteId,
    pub number: u16,
    pub verdict: Verdict,
    pub title: String,
    /// The inside of the note's body (markup): passage, finding, correction, sources.
    pub body: String,
}

/// What a term's card shows in the essay.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TermCard {
    pub id: TermId,
    pub name: String,
    pub kind: TermKind,
    /// The first mark of the term in the original reading, if it has one there (a link to
    /// the term opens that mark's card; without one, the term's glossary entry).
    pub first_in_original: Option<u16>,
    /// The same for the edited reading.
    pub first_in_edited: Option<u16>,
    /// The definition, as markup (shared by the card and the glossary entry).
    pub definition: String,
    /// The card's content, phrasing markup only (the card sits inside a paragraph).
    pub card: Template,
}

impl Page {
    /// Compiles the exhibit for display.
    pub fn new(exhibit: &Exhibit) -> Self {
        Page {
            title: exhibit.meta.title.clone(),
            title_page: title_page(exhibit),
            blocks: exhibit.essay.blocks.clone(),
            notes: exhibit
                .notes
                .iter()
                .map(|note| NoteCard {
                    id: note.id.clone(),
                    number: note.number,
                    verdict: note.verdict,
                    title: note.title.clone(),
                    body: note_body(exhibit, note).finish(),
                })
                .collect(),
            terms: exhibit
                .glossary
                .iter()
                .enumerate()
                .map(|(index, term)| TermCard {
                    id: term.id.clone(),
                    name: term.name.clone(),
                    kind: term.kind,
                    first_in_original: first_mark(&exhibit.essay.blocks, &term.id, false),
                    first_in_edited: first_mark(&exhibit.essay.blocks, &term.id, true),
                    definition: escape(&term.definition),
                    card: term_card(exhibit, term, index).template(),
                })
                .collect(),
            back_matter: back_matter(exhibit),
            glossary: glossary(exhibit),
        }
    }

    pub fn note(&self, id: &str) -> Option<&NoteCard> {
        self.notes.iter().find(|note| note.id.as_str() == id)
    }

    pub fn term(&self, id: &str) -> Option<&TermCard> {
        self.terms.iter().find(|term| term.id.as_str() == id)
    }

    /// The finished markup of a template, its slots filled from this page.
    pub fn fill<'a>(&'a self, template: &'a Template) -> String {
        template.fill(|piece| match piece {
            Piece::NoteBody(index) => self
                .notes
                .get(usize::from(*index))
                .map_or("", |note| note.body.as_str()),
            Piece::Definition(index) => self
                .terms
                .get(usize::from(*index))
                .map_or("", |term| term.definition.as_str()),
            Piece::Markup(markup) => markup,
        })
    }
}

/// The occurrence number of the first mark of `term` in one reading of the essay.
fn first_mark(blocks: &[Block], term: &TermId, edited: bool) -> Option<u16> {
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
    blocks
        .iter()
        .find_map(|block| find(&block.content, term, edited))
}

/// A slot index: content has far fewer than 65,536 notes or terms.
fn slot_index(index: usize) -> u16 {
    u16::try_from(index).unwrap_or(u16::MAX)
}

/// The HTML id of a source's entry in the Sources list.
pub fn source_anchor(id: &str) -> String {
    format!("source-{id}")
}

/// The HTML id of a term's entry on the glossary page.
pub fn glossary_entry_id(term: &str) -> String {
    format!("glossary-{term}")
}

/// The link that opens a term: its first card in the essay, or its glossary entry.
pub fn term_href(term: &str) -> String {
    format!("#term={term}")
}

/// The link to a term's entry on the glossary page.
pub fn glossary_href(term: &str) -> String {
    format!("#view=glossary&term={term}")
}

fn title_page(exhibit: &Exhibit) -> String {
    let meta = &exhibit.meta;
    let mut html = Html::new();
    html.element("p", &[("class", "ex-title-page__kicker")], &meta.kicker)
        .element("h1", &[("class", "ex-title-page__title")], &meta.title)
        .element(
            "p",
            &[("class", "ex-title-page__standfirst")],
            &meta.standfirst,
        )
        .open("p", &[("class", "ex-title-page__byline")])
        .element(
            "span",
            &[("class", "ex-title-page__byline-label")],
            "Author named in the original: ",
        )
        .element(
            "span",
            &[("class", "ex-title-page__author")],
            &meta.named_author,
        )
        .close("p")
        .open("p", &[("class", "ex-title-page__attribution")])
        .text(&meta.attribution);
    if let Some(source) = exhibit.source(meta.based_on.as_str()) {
        html.text(" ").element(
            "a",
            &[("href", &format!("#{}", source_anchor(source.id.as_str())))],
            &format!("Full citation: {}", source.short),
        );
    }
    html.close("p")
        .open(
            "section",
            &[("class", "ex-guide"), ("aria-labelledby", "guide-title")],
        )
        .element(
            "h2",
            &[("class", "ex-guide__title"), ("id", "guide-title")],
            "How to read this edition",
        );
    for paragraph in &meta.about_edition {
        html.element("p", &[], paragraph);
    }
    let sample = |changed: &str| {
        let mut html = Html::new();
        html.element(
            "span",
            &[
                ("class", "ex-noted ex-guide__sample"),
                ("data-changed", changed),
            ],
            "marked words",
        );
        html
    };
    html.open("p", &[("class", "ex-guide__legend")])
        .append(sample("false"))
        .text(" have a note; ")
        .append(sample("true"))
        .text(" read differently in the edited reading; ")
        .element(
            "span",
            &[("class", "ex-term ex-guide__sample")],
            "dotted words",
        )
        .text(" open a glossary card.")
        .close("p")
        .close("section");
    html.finish()
}

/// The verdict as a small labelled badge.
fn verdict_badge(verdict: Verdict) -> Html {
    let mut html = Html::new();
    html.element(
        "span",
        &[("class", "ex-verdict"), ("data-verdict", verdict.key())],
        verdict.label(),
    );
    html
}

/// What a note says: the passage, the finding, the correction, disagreements, sources.
fn note_body(exhibit: &Exhibit, note: &Note) -> Html {
    let mut html = Html::new();
    // Every occurrence of a note concerns the same words.
    if let Some(passage) = note.passages.first() {
        html.open("p", &[("class", "ex-note__passage")])
            .element("span", &[("class", "ex-note__label")], "In the text: ")
            .element("q", &[], &passage.original)
            .close("p");
        if let Some(edit) = &passage.edit {
            html.open(
                "p",
                &[("class", "ex-note__passage ex-note__passage--edited")],
            )
            .element("span", &[("class", "ex-note__label")], "Edited reading: ")
            .element("q", &[], edit)
            .close("p");
        }
    }
    html.element("p", &[("class", "ex-note__finding")], &note.finding);
    if let Some(correction) = &note.correction {
        html.open("p", &[("class", "ex-note__correction")])
            .element("strong", &[("class", "ex-note__label")], "Correction: ")
            .text(correction)
            .close("p");
    }
    if let Some(differ) = &note.sources_differ {
        html.open("p", &[("class", "ex-note__differ")])
            .open("strong", &[("class", "ex-note__label")])
            .element("span", &[("aria-hidden", "true")], "⚠ ")
            .text("Sources differ: ")
            .close("strong")
            .text(differ)
            .close("p");
    }
    let sources: Vec<&Source> = note
        .sources
        .iter()
        .filter_map(|id| exhibit.source(id.as_str()))
        .collect();
    if !sources.is_empty() {
        html.open("div", &[("class", "ex-note__sources")])
            .element("span", &[("class", "ex-note__label")], "Sources: ")
            .open("ul", &[]);
        for source in sources {
            html.open("li", &[])
                .element(
                    "a",
                    &[("href", &format!("#{}", source_anchor(source.id.as_str())))],
                    &source.short,
                )
                .close("li");
        }
        html.close("ul").close("div");
    }
    html
}

/// The editorial notes in full, then the sources.
fn back_matter(exhibit: &Exhibit) -> Template {
    let mut html = Html::new();
    html.open(
        "section",
        &[
            ("class", "ex-endnotes"),
            ("id", "notes"),
            ("aria-labelledby", "notes-title"),
        ],
    )
    .element("h2", &[("id", "notes-title")], "Editorial notes")
    .open("ol", &[("class", "ex-endnotes__list")]);
    for (index, note) in exhibit.notes.iter().enumerate() {
        let number = note.number.to_string();
        html.open(
            "li",
            &[
                ("class", "ex-endnote"),
                ("id", &format!("note-{}", note.id)),
            ],
        )
        .open("h3", &[("class", "ex-endnote__title")])
        .element(
            "span",
            &[("class", "ex-endnote__number")],
            &format!("{number}. "),
        )
        .text(&note.title)
        .close("h3")
        .append(verdict_badge(note.verdict))
        .open("div", &[("class", "ex-note__body")])
        .slot(Piece::NoteBody(slot_index(index)))
        .close("div")
        .open(
            "a",
            &[
                ("class", "ex-endnote__show"),
                ("href", &format!("#note={}", note.id)),
            ],
        )
        .text("Show in the text")
        .element("span", &[("class", "ex-vh")], &format!(": note {number}"))
        .close("a")
        .close("li");
    }
    html.close("ol").close("section");

    html.open(
        "section",
        &[
            ("class", "ex-sources"),
            ("id", "sources"),
            ("aria-labelledby", "sources-title"),
        ],
    )
    .element("h2", &[("id", "sources-title")], "Sources")
    .open("ol", &[("class", "ex-sources__list")]);
    for source in &exhibit.sources {
        html.open("li", &[("id", &source_anchor(source.id.as_str()))])
            .append(citation(source))
            .close("li");
    }
    html.close("ol").close("section");
    html.template()
}

/// One citation: author, title, container, details, date, address.
pub fn citation(source: &Source) -> Html {
    let mut html = Html::new();
    html.open("span", &[("class", "ex-source")]);
    if let Some(author) = &source.author {
        html.text(&format!("{}. ", author.trim_end_matches('.')));
    }
    if source.kind.title_is_italic() {
        html.element("cite", &[], &source.title).text(". ");
    } else {
        html.text(&format!("“{}.” ", source.title));
    }
    if let Some(container) = &source.container {
        html.element("i", &[], container);
    }
    let tail: Vec<&str> = [&source.details, &source.date]
        .into_iter()
        .flatten()
        .map(String::as_str)
        .collect();
    match (source.container.is_some(), tail.is_empty()) {
        (container, false) => {
            html.text(&format!(
                "{}{}. ",
                if container { ", " } else { "" },
                tail.join(", ")
            ));
        }
        (true, true) => {
            html.text(". ");
        }
        (false, true) => {}
    }
    if let Some(url) = &source.url {
        html.element("a", &[("class", "ex-source__url"), ("href", url)], url);
    }
    html.close("span");
    html
}

/// "Person · 1930–1960": what kind of entry, and when (people only say they are people).
fn kind_and_dates(term: &Term, always_kind: bool) -> Option<String> {
    let kind = (always_kind || term.kind == TermKind::Person).then_some(term.kind.label());
    let parts: Vec<&str> = kind.into_iter().chain(term.dates.as_deref()).collect();
    (!parts.is_empty()).then(|| parts.join(" · "))
}

/// "Russian: ГУЛАГ (GULAG)", with the Russian marked as Russian.
fn russian(html: &mut Html, term: &Term, tag: &str, class: &str) {
    if let Some(russian) = &term.russian {
        html.open(tag, &[("class", class)])
            .text("Russian: ")
            .element("span", &[("lang", "ru")], russian);
        if let Some(latin) = &term.transliteration {
            html.text(" (").element("i", &[], latin).text(")");
        }
        html.close(tag);
    }
}

/// "See also: A, B", linking each to `href(id)`.
fn see_also(html: &mut Html, exhibit: &Exhibit, term: &Term, href: fn(&str) -> String) {
    let others: Vec<&Term> = term
        .see_also
        .iter()
        .filter_map(|id| exhibit.term(id.as_str()))
        .collect();
    for (i, other) in others.iter().enumerate() {
        html.text(if i == 0 { "See also: " } else { ", " }).element(
            "a",
            &[("href", &href(other.id.as_str()))],
            &other.name,
        );
    }
}

/// A card's content: phrasing markup, since the card sits inside a paragraph.
fn term_card(exhibit: &Exhibit, term: &Term, index: usize) -> Html {
    let mut html = Html::new();
    html.open("span", &[("class", "ex-term-card__head")])
        .element("b", &[("class", "ex-term-card__name")], &term.name);
    if let Some(meta) = kind_and_dates(term, false) {
        html.element("span", &[("class", "ex-term-card__meta")], &meta);
    }
    html.close("span");
    russian(
        &mut html,
        term,
        "span",
        "ex-term-card__line ex-term-card__russian",
    );
    html.open("span", &[("class", "ex-term-card__definition")])
        .slot(Piece::Definition(slot_index(index)))
        .close("span");
    if !term.see_also.is_empty() {
        html.open("span", &[("class", "ex-term-card__line")]);
        see_also(&mut html, exhibit, term, term_href);
        html.close("span");
    }
    html.open("span", &[("class", "ex-term-card__line")])
        .element(
            "a",
            &[("href", &glossary_href(term.id.as_str()))],
            "Glossary entry",
        )
        .close("span");
    html
}

/// Every term A–Z with its full entry; people are marked as people.
fn glossary(exhibit: &Exhibit) -> Template {
    let mut letters: Vec<char> = exhibit.glossary.iter().map(|term| term.letter).collect();
    letters.dedup();
    let mut html = Html::new();
    html.element(
        "h1",
        &[
            ("class", "ex-glossary__title"),
            ("id", "glossary-title"),
            ("tabindex", "-1"),
        ],
        "Glossary",
    )
    .open("p", &[("class", "ex-glossary__intro")])
    .text(&format!(
        "{} terms and people from the essay and its notes, A–Z. ",
        exhibit.glossary.len()
    ))
    .element("a", &[("href", "#view=essay")], "Back to the essay")
    .close("p")
    .open(
        "nav",
        &[
            ("class", "ex-glossary__index"),
            ("aria-label", "Glossary letters"),
        ],
    )
    .open("ul", &[]);
    for letter in &letters {
        html.open("li", &[])
            .element(
                "a",
                &[("href", &format!("#glossary-letter-{letter}"))],
                &letter.to_string(),
            )
            .close("li");
    }
    html.close("ul").close("nav");
    for letter in letters {
        let heading = format!("glossary-letter-{letter}");
        html.open(
            "section",
            &[
                ("class", "ex-glossary__group"),
                ("aria-labelledby", &heading),
            ],
        )
        .element(
            "h2",
            &[("class", "ex-glossary__letter"), ("id", &heading)],
            &letter.to_string(),
        );
        for (index, term) in exhibit.glossary.iter().enumerate() {
            if term.letter == letter {
                html.append(glossary_entry(exhibit, term, index));
            }
        }
        html.close("section");
    }
    html.template()
}

/// One full glossary entry.
fn glossary_entry(exhibit: &Exhibit, term: &Term, index: usize) -> Html {
    let id = glossary_entry_id(term.id.as_str());
    let name_id = format!("{id}-name");
    let mut html = Html::new();
    html.open(
        "article",
        &[
            ("class", "ex-entry"),
            ("id", &id),
            ("tabindex", "-1"),
            ("data-kind", term.kind.key()),
            ("aria-labelledby", &name_id),
        ],
    )
    .element(
        "h3",
        &[("class", "ex-entry__name"), ("id", &name_id)],
        &term.name,
    )
    .element(
        "p",
        &[("class", "ex-entry__meta")],
        &kind_and_dates(term, true).unwrap_or_default(),
    );
    russian(&mut html, term, "p", "ex-entry__line");
    html.open("p", &[("class", "ex-entry__definition")])
        .slot(Piece::Definition(slot_index(index)))
        .close("p");
    if !term.see_also.is_empty() {
        html.open("p", &[("class", "ex-entry__line")]);
        see_also(&mut html, exhibit, term, glossary_href);
        html.close("p");
    }
    if term.occurrences > 0 {
        html.open("p", &[("class", "ex-entry__line")])
            .element(
                "a",
                &[("href", &term_href(term.id.as_str()))],
                "Read it in the essay",
            )
            .close("p");
    }
    if let Some(why) = &term.not_in_essay {
        html.element(
            "p",
            &[("class", "ex-entry__line ex-entry__why")],
            &format!("Not in the essay itself. {why}"),
        );
    }
    let sources: Vec<&str> = term
        .sources
        .iter()
        .filter_map(|id| exhibit.source(id.as_str()))
        .map(|source| source.short.as_str())
        .collect();
    html.element(
        "p",
        &[("class", "ex-entry__sources")],
        &format!("Sources: {}", sources.join("; ")),
    )
    .close("article");
    html
}
