//! What the browser receives: the validated [`Exhibit`] compiled for display.
//!
//! The essay stays a model, because the reader changes it (readings, marks, open notes).
//! Everything that reads the same for every visitor (title page, notes, sources, the
//! glossary and the body of every card) is rendered to HTML here, at build time, by the
//! escaping [`Html`] writer. The app places that markup as it is and adds behaviour with
//! links and a few delegated handlers. Pure Rust: tested natively, run by the build script.

use super::html::{Html, List, Piece, Template, Text};
use super::model::{
    Block, BlockKind, Camp, Event, EventId, Exhibit, Figure, Inline, Note, NotedSpan, Photo,
    Source, SourceId, Term, TermId, TermSpan, Timeline, Verdict,
};
use crate::chart_layout;

/// The element id of the timeline's track (the one tab stop of the visual timeline).
pub const TIMELINE_TRACK_ID: &str = "ex-tl-track";
use crate::timeline_layout::{
    place_marks, row_count, ticks as ticks_for, units_for_px, Placement, Scale,
};

/// The exhibit as the app shows it.
#[derive(Debug, Clone, PartialEq)]
pub struct Page {
    /// The document title.
    pub title: Text,
    /// The inside of the title page's `<header>`.
    pub title_page: Text,
    /// The essay's paragraphs and editorial blocks, both readings in one (see [`essay`]).
    pub essay: Template,
    /// The reader's settings above the essay (radio groups, see [`choice`]).
    pub essay_settings: Text,
    /// Every editorial note, in order of number.
    pub notes: List<NoteCard>,
    /// Every glossary entry, A–Z.
    pub terms: List<TermCard>,
    /// The editorial notes and sources sections, after the essay.
    pub back_matter: Template,
    /// The inside of the glossary page's `<section>`.
    pub glossary: Template,
    pub timeline: TimelinePage,
    /// The figures section: the camp map, and every chart as SVG laid out at build time
    /// (see [`crate::chart_layout`]), each with its caption, credit line and data table.
    pub figures: Text,
    /// The ids of the camps on the map, which a link may select (`#camp=<id>`).
    pub camps: List<Text>,
}

/// The timeline as the app draws it.
#[derive(Debug, Clone, PartialEq)]
pub struct TimelinePage {
    /// In chronological order.
    pub events: List<EventMark>,
    /// The inside of the timeline's `<section>`: heading, settings, the track (era bands, a
    /// mark per event and the axis, laid out at build time for every width class: see
    /// [`TRACK_WIDTHS`]), the details of the selected event, and every event as an ordered
    /// list (the text under the visual layer, the list view and what prints).
    pub section: Template,
}

/// An event on the timeline.
#[derive(Debug, Clone, PartialEq)]
pub struct EventMark {
    pub id: Text,
    pub headline: Text,
    /// What the essay shows for it: an element to scroll to and highlight (a CSS selector).
    pub in_essay: Option<Text>,
    /// The details (markup), shown in the details panel and in the list: date, headline,
    /// what happened, doubts, links to the essay, notes and glossary, sources.
    pub body: Text,
}

/// The track widths, in pixels, that the marks are laid out for at build time, each 1.75
/// times the one before. The stylesheet picks the rows laid out for the widest of these
/// that the track reaches (a container query), or for the one below it on touch screens,
/// whose marks are 1.75 times as wide (28 px instead of 16).
pub const TRACK_WIDTHS: [u32; 6] = [160, 280, 490, 860, 1500, 2630];
/// The narrowest mark, in pixels, for a mouse (see [`TRACK_WIDTHS`]).
pub const MARK_PX: u32 = 16;
/// The room kept between marks in a row, in pixels.
pub const GAP_PX: u32 = 4;
/// The least room between two tick labels, in pixels.
pub const TICK_SPACING_PX: u32 = 64;

impl TimelinePage {
    pub fn index(&self, id: &str) -> Option<usize> {
        self.events.iter().position(|event| *event.id == *id)
    }
}

/// What the note panel shows for a note.
#[derive(Debug, Clone, PartialEq)]
pub struct NoteCard {
    pub id: Text,
    pub number: u16,
    /// The panel's heading (markup): "Editorial note 3 of 18 · Wrong", then the title as
    /// the `h2` `#ex-note-panel-title` that takes focus when the panel opens.
    pub head: Text,
    /// The inside of the note's body (markup): passage, finding, correction, sources.
    pub body: Text,
}

/// What a term's card shows in the essay.
#[derive(Debug, Clone, PartialEq)]
pub struct TermCard {
    pub id: Text,
    /// The first mark of the term in the original reading, if it has one there (a link to
    /// the term opens that mark's card; without one, the term's glossary entry).
    pub first_in_original: Option<u16>,
    /// The same for the edited reading.
    pub first_in_edited: Option<u16>,
    /// What the card and the glossary entry both say (phrasing markup): kind and dates, the
    /// Russian, the definition, see-also links.
    pub body: Text,
}

impl Page {
    /// Compiles the exhibit for display.
    pub fn new(exhibit: &Exhibit) -> Self {
        Page {
            title: exhibit.meta.title.clone().into(),
            title_page: title_page(exhibit).into(),
            essay: essay(exhibit),
            essay_settings: [
                choice(
                    "Reading",
                    "ex-reading",
                    &[
                        ("original", "Original", "as written"),
                        ("edited", "Edited", "errors of form fixed"),
                    ],
                ),
                choice(
                    "Glossary terms",
                    "ex-term-marks",
                    &[
                        ("first", "First", "in each paragraph"),
                        ("all", "All", ""),
                        ("none", "None", ""),
                    ],
                ),
            ]
            .concat()
            .into(),
            notes: exhibit
                .notes
                .iter()
                .map(|note| NoteCard {
                    id: note.id.0.clone().into(),
                    number: note.number,
                    head: note_head(note, exhibit.notes.len()).into(),
                    body: note_body(exhibit, note).finish().into(),
                })
                .collect(),
            terms: exhibit
                .glossary
                .iter()
                .map(|term| TermCard {
                    id: term.id.0.clone().into(),
                    first_in_original: first_mark(&exhibit.essay.blocks, &term.id, false),
                    first_in_edited: first_mark(&exhibit.essay.blocks, &term.id, true),
                    body: term_body(exhibit, term).finish().into(),
                })
                .collect(),
            back_matter: back_matter(exhibit),
            glossary: glossary(exhibit),
            timeline: timeline(exhibit),
            figures: figures(exhibit).into(),
            camps: exhibit
                .camps
                .iter()
                .map(|camp| Text::from(camp.id.clone()))
                .collect(),
        }
    }

    pub fn note(&self, id: &str) -> Option<&NoteCard> {
        self.notes.iter().find(|note| note.id == id)
    }

    pub fn term(&self, id: &str) -> Option<&TermCard> {
        self.terms.iter().find(|term| term.id == id)
    }

    /// The finished markup of a template, its slots filled from this page.
    pub fn fill<'a>(&'a self, template: &'a Template) -> String {
        template.fill(|piece| match piece {
            Piece::NoteBody(index) => self
                .notes
                .get(usize::from(*index))
                .map_or("", |note| &note.body),
            Piece::TermBody(index) => self
                .terms
                .get(usize::from(*index))
                .map_or("", |term| &term.body),
            Piece::EventBody(index) => self
                .timeline
                .events
                .get(usize::from(*index))
                .map_or("", |event| &event.body),
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

/// A group of radio buttons for one of the reader's settings, the first option checked:
/// `options` are (value, label, short hint). The app handles their `change` events and
/// keeps them checked as its state says.
pub fn choice(legend: &str, name: &str, options: &[(&str, &str, &str)]) -> String {
    let mut html = Html::new();
    html.open("fieldset", &[("class", "ex-choice")]).element(
        "legend",
        &[("class", "ex-choice__legend")],
        legend,
    );
    for (i, (value, label, hint)) in options.iter().enumerate() {
        html.open("label", &[("class", "ex-choice__option")])
            .open(
                "input",
                &[
                    ("type", "radio"),
                    ("name", name),
                    ("value", value),
                    (if i == 0 { "checked" } else { "" }, ""),
                ],
            )
            .element("span", &[("class", "ex-choice__label")], label)
            .element("span", &[("class", "ex-choice__hint")], hint)
            .close("label");
    }
    html.close("fieldset");
    html.finish()
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

/// The essay: every block, with both readings in the markup (the stylesheet shows the
/// one the reader chose, by the app's `data-reading`), a marker button after each noted
/// passage, and for each glossary mark a button, its card and the same words unmarked
/// (the stylesheet shows the button or the plain words, by `data-marks`).
fn essay(exhibit: &Exhibit) -> Template {
    let mut html = Html::new();
    for block in &exhibit.essay.blocks {
        let class = match block.kind {
            BlockKind::Paragraph => "ex-essay__para",
            BlockKind::Editorial => "ex-essay__editorial",
        };
        html.open(
            "p",
            &[("class", class), ("id", &block.anchor), ("tabindex", "-1")],
        );
        if block.kind == BlockKind::Editorial {
            html.element(
                "span",
                &[("class", "ex-essay__editorial-label")],
                "Editors’ note: ",
            );
        }
        inline_html(&mut html, exhibit, &block.content);
        html.close("p");
    }
    html.template()
}

/// Inline content, recursively.
fn inline_html(html: &mut Html, exhibit: &Exhibit, content: &[Inline]) {
    for inline in content {
        match inline {
            Inline::Text(text) => {
                html.text(text);
            }
            Inline::Event(span) => {
                html.element(
                    "a",
                    &[
                        ("class", "ex-event-link"),
                        ("href", &format!("#event={}", span.event)),
                        ("data-event", span.event.as_str()),
                    ],
                    &span.text,
                );
            }
            Inline::Noted(span) => noted_html(html, exhibit, span),
            Inline::Term(span) => term_html(html, exhibit, span),
        }
    }
}

/// A passage a note is about, in both readings, then the note's marker.
fn noted_html(html: &mut Html, exhibit: &Exhibit, span: &NotedSpan) {
    let note = span.note.as_str();
    html.open(
        "span",
        &[
            ("class", "ex-noted"),
            ("data-note", note),
            (
                "data-changed",
                if span.edit.is_some() { "true" } else { "false" },
            ),
            ("data-active", "false"),
        ],
    );
    match &span.edit {
        Some(edit) => {
            html.open("span", &[("class", "ex-original")]);
            inline_html(html, exhibit, &span.original);
            html.close("span").open("span", &[("class", "ex-edited")]);
            inline_html(html, exhibit, edit);
            html.close("span");
        }
        None => inline_html(html, exhibit, &span.original),
    }
    html.close("span")
        .open("sup", &[("class", "ex-marker-wrap")])
        .open(
            "button",
            &[
                ("type", "button"),
                ("class", "ex-marker"),
                ("id", &span.marker_id()),
                ("data-note", note),
                ("aria-haspopup", "dialog"),
                ("aria-controls", "ex-note-panel"),
                ("aria-expanded", "false"),
            ],
        )
        .element("span", &[("class", "ex-vh")], "Editorial note ")
        .text(&span.number.to_string())
        .close("button")
        .close("sup");
}

/// A glossary mark: the plain words, the button, and its card (hidden until opened).
fn term_html(html: &mut Html, exhibit: &Exhibit, span: &TermSpan) {
    let Some((index, term)) = exhibit
        .glossary
        .iter()
        .enumerate()
        .find(|(_, term)| term.id == span.term)
    else {
        html.text(&span.text);
        return;
    };
    let flag = |first: bool| if first { "true" } else { "false" };
    let button = span.button_id();
    let card = format!("{button}-card");
    html.open(
        "span",
        &[
            ("class", "ex-term-wrap"),
            ("data-term", term.id.as_str()),
            ("data-occurrence", &span.occurrence.to_string()),
            ("data-first-original", flag(span.first_in_original)),
            ("data-first-edited", flag(span.first_in_edited)),
        ],
    )
    .element("span", &[("class", "ex-term-plain")], &span.text)
    .element(
        "button",
        &[
            ("type", "button"),
            ("class", "ex-term"),
            ("id", &button),
            ("data-kind", term.kind.key()),
            ("aria-expanded", "false"),
            ("aria-controls", &card),
        ],
        &span.text,
    )
    .open(
        "span",
        &[
            ("class", "ex-term-card"),
            ("id", &card),
            ("role", "group"),
            ("aria-label", &format!("Glossary: {}", term.name)),
            ("data-kind", term.kind.key()),
            ("data-placement", "floating"),
            ("hidden", ""),
        ],
    )
    .element("b", &[("class", "ex-term-card__name")], &term.name)
    .slot(Piece::TermBody(slot_index(index)))
    .open("span", &[("class", "ex-def__line")])
    .element(
        "a",
        &[("href", &glossary_href(term.id.as_str()))],
        "Glossary entry",
    )
    .close("span")
    .open(
        "button",
        &[
            ("type", "button"),
            ("class", "ex-term-card__close"),
            ("aria-label", &format!("Close: {}", term.name)),
        ],
    )
    .element("span", &[("aria-hidden", "true")], "×")
    .close("button")
    .close("span")
    .close("span");
}

/// The note panel's heading for a note.
fn note_head(note: &Note, total: usize) -> String {
    let mut html = Html::new();
    html.open("div", &[("class", "ex-note-panel__head")])
        .open("p", &[("class", "ex-note-panel__kicker")])
        .text(&format!("Editorial note {} of {total} · ", note.number))
        .append(verdict_badge(note.verdict))
        .close("p")
        .element(
            "h2",
            &[
                ("class", "ex-note-panel__title"),
                ("id", "ex-note-panel-title"),
                ("tabindex", "-1"),
            ],
            &note.title,
        )
        .close("div");
    html.finish()
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
    html.append(credits(exhibit));
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

/// What a card and a glossary entry both say, as phrasing markup (a card sits inside a
/// paragraph): "Person · 1930–1960", the Russian, the definition, see-also links, and
/// links to the timeline events it belongs to.
fn term_body(exhibit: &Exhibit, term: &Term) -> Html {
    let mut html = Html::new();
    let meta: Vec<&str> = std::iter::once(term.kind.label())
        .chain(term.dates.as_deref())
        .collect();
    html.element("span", &[("class", "ex-def__meta")], &meta.join(" · "));
    if let Some(russian) = &term.russian {
        html.open("span", &[("class", "ex-def__line")])
            .text("Russian: ")
            .element("span", &[("lang", "ru")], russian);
        if let Some(latin) = &term.transliteration {
            html.text(" (").element("i", &[], latin).text(")");
        }
        html.close("span");
    }
    html.element("span", &[("class", "ex-def__text")], &term.definition);
    let others: Vec<&Term> = term
        .see_also
        .iter()
        .filter_map(|id| exhibit.term(id.as_str()))
        .collect();
    if !others.is_empty() {
        html.open("span", &[("class", "ex-def__line")]);
        for (i, other) in others.iter().enumerate() {
            html.text(if i == 0 { "See also: " } else { ", " }).element(
                "a",
                &[("href", &glossary_href(other.id.as_str()))],
                &other.name,
            );
        }
        html.close("span");
    }
    // The timeline events that name it, with the year so the list reads as a sequence.
    let events: Vec<&Event> = exhibit
        .timeline
        .events
        .iter()
        .filter(|event| event.terms.contains(&term.id))
        .collect();
    if !events.is_empty() {
        html.open("span", &[("class", "ex-def__line")]);
        event_links(&mut html, &events);
        html.close("span");
    }
    let camps: Vec<&Camp> = exhibit
        .camps
        .iter()
        .filter(|camp| camp.terms.contains(&term.id))
        .collect();
    if !camps.is_empty() {
        html.open("span", &[("class", "ex-def__line")]);
        camp_links(&mut html, &camps);
        html.close("span");
    }
    html
}

/// "On the timeline: " and a link to each event, with its year.
fn event_links(html: &mut Html, events: &[&Event]) {
    for (i, event) in events.iter().enumerate() {
        html.text(if i == 0 { "On the timeline: " } else { "; " })
            .element(
                "a",
                &[("href", &format!("#event={}", event.id))],
                &event.headline,
            )
            .text(&format!(" ({})", &event.when.datetime[..4]));
    }
}

/// "Glossary: " and a link to each term's entry.
fn term_links(html: &mut Html, terms: &[&Term]) {
    for (i, term) in terms.iter().enumerate() {
        html.text(if i == 0 { "Glossary: " } else { ", " }).element(
            "a",
            &[("href", &glossary_href(term.id.as_str()))],
            &term.name,
        );
    }
}

/// "On the map: " and a link that selects each camp.
fn camp_links(html: &mut Html, camps: &[&Camp]) {
    for (i, camp) in camps.iter().enumerate() {
        html.text(if i == 0 { "On the map: " } else { ", " })
            .element("a", &[("href", &camp_href(&camp.id))], &camp.name);
    }
}

/// A doubt, flagged: "⚠ Uncertain: …" (nothing if there is none).
fn doubt(html: &mut Html, label: &str, text: Option<&str>) {
    if let Some(text) = text {
        html.open("p", &[("class", "ex-tl-body__doubt")])
            .open("strong", &[])
            .element("span", &[("aria-hidden", "true")], "⚠ ")
            .text(label)
            .close("strong")
            .text(text)
            .close("p");
    }
}

/// "Sources: " and the short form of each.
fn sources_line(html: &mut Html, exhibit: &Exhibit, ids: &[SourceId]) {
    let sources: Vec<&str> = ids
        .iter()
        .filter_map(|id| exhibit.source(id.as_str()))
        .map(|source| source.short.as_str())
        .collect();
    html.element(
        "p",
        &[("class", "ex-tl-body__sources")],
        &format!("Sources: {}", sources.join("; ")),
    );
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
    .open("p", &[("class", "ex-entry__body")])
    .slot(Piece::TermBody(slot_index(index)))
    .close("p");
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

/// The selector of the essay link to an event (see the essay view), for scrolling to it.
pub fn event_link_selector(event: &str) -> String {
    format!("a[data-event=\"{event}\"]")
}

/// Whether the original reading links to `event` (outside any edit).
fn essay_links(blocks: &[Block], event: &EventId) -> bool {
    fn find(content: &[Inline], event: &EventId) -> bool {
        content.iter().any(|inline| match inline {
            Inline::Event(span) => &span.event == event,
            Inline::Noted(span) => find(&span.original, event),
            Inline::Term(_) | Inline::Text(_) => false,
        })
    }
    blocks.iter().any(|block| find(&block.content, event))
}

/// The timeline: marks for the track, details for each event, and the list of all of them.
fn timeline(exhibit: &Exhibit) -> TimelinePage {
    let timeline = &exhibit.timeline;
    let (first_day, last_day) = timeline.extent().unwrap_or((0, 0));
    let scale = Scale::decades_around(first_day, last_day);
    // The year a day falls in (days since 1 January 1900).
    let year = |day: i32| {
        (1900..=2100)
            .take_while(|&year| super::timeline::year_start(year) <= day)
            .last()
            .unwrap_or(1900)
    };
    let events: Vec<EventMark> = timeline
        .events
        .iter()
        .map(|event| {
            let in_essay = if essay_links(&exhibit.essay.blocks, &event.id) {
                Some(event_link_selector(event.id.as_str()))
            } else {
                event.essay.as_ref().map(|anchor| format!("#{anchor}"))
            };
            EventMark {
                id: event.id.0.clone().into(),
                headline: event.headline.clone().into(),
                body: event_body(exhibit, event, in_essay.is_some())
                    .finish()
                    .into(),
                in_essay: in_essay.map(Text::from),
            }
        })
        .collect();

    let years = format!("{}–{}", year(first_day), year(last_day));
    let mut html = Html::new();
    html.open("h1", &[("class", "ex-timeline__title"), ("id", "timeline-title"), ("tabindex", "-1")])
        .text(&format!("Timeline, {years}"))
        .close("h1")
        .element(
            "p",
            &[("class", "ex-timeline__intro")],
            &format!("{} events from the first camps to the memory of the Gulag today. A dashed edge marks an uncertain date; a bar covers a month, a year or a span.", events.len()),
        )
        .open("div", &[("class", "ex-settings")])
        .markup(&choice(
            "Show as",
            "ex-timeline-layout",
            &[("track", "Timeline", ""), ("list", "List", "")],
        ))
        .close("div")
        // The visual timeline: the track (one tab stop), the live region, the details.
        .open("div", &[("class", "ex-tl-visual")])
        .open(
            "div",
            &[
                ("class", "ex-tl-track"),
                ("id", TIMELINE_TRACK_ID),
                ("role", "listbox"),
                ("tabindex", "0"),
                ("aria-label", &format!("Events, {years}")),
                ("aria-describedby", "ex-tl-help"),
            ],
        )
        .markup(&track(timeline, &scale))
        .close("div")
        .element(
            "p",
            &[("class", "ex-vh"), ("id", "ex-tl-help")],
            "Arrow keys move from event to event; Home and End go to the first and last.",
        )
        .element("p", &[("class", "ex-vh"), ("id", "ex-tl-live"), ("aria-live", "polite")], "")
        .open("article", &[("class", "ex-tl-detail"), ("aria-labelledby", "ex-tl-detail-title")])
        .element("h2", &[("class", "ex-vh"), ("id", "ex-tl-detail-title")], "Selected event")
        .open("div", &[("id", "ex-tl-detail-body")])
        .element(
            "p",
            &[("class", "ex-tl-detail__prompt")],
            "Choose an event: click or tap a mark, use the arrow keys, or swipe.",
        )
        .close("div")
        .open("nav", &[("class", "ex-tl-detail__nav"), ("aria-label", "Timeline events")]);
    for (id, label) in [
        ("ex-tl-earlier", "Earlier event"),
        ("ex-tl-later", "Later event"),
    ] {
        html.element(
            "button",
            &[
                ("type", "button"),
                ("class", "ex-button"),
                ("id", id),
                ("disabled", ""),
            ],
            label,
        );
    }
    html.close("nav").close("article").close("div");
    // Every event as a list: what screen readers read through, the list view, print.
    html.open(
        "section",
        &[
            ("class", "ex-tl-all"),
            ("aria-labelledby", "ex-tl-all-title"),
            ("data-visible", "false"),
        ],
    )
    .element(
        "h2",
        &[("class", "ex-tl-all__title"), ("id", "ex-tl-all-title")],
        "All events",
    )
    .open("ol", &[("class", "ex-tl-list")]);
    for (index, event) in timeline.events.iter().enumerate() {
        html.open(
            "li",
            &[
                ("class", "ex-tl-list__item"),
                ("id", &format!("event-{}", event.id)),
            ],
        )
        .slot(Piece::EventBody(slot_index(index)))
        .close("li");
    }
    html.close("ol").close("section");

    TimelinePage {
        events: events.into(),
        section: html.template(),
    }
}

/// The inside of the track: era bands, an option per event and the axis. Positions are
/// ten-thousandths of the track (`--x`, `--w`); each mark carries its row for every width
/// in [`TRACK_WIDTHS`] (`--r0` …) and the track the number of rows (`--n0` …); a tick
/// says from which width on it has room (`data-from`).
fn track(timeline: &Timeline, scale: &Scale) -> String {
    let spans: Vec<(i32, i32)> = timeline
        .events
        .iter()
        .map(|event| (event.when.start_day, event.when.end_day))
        .collect();
    let layouts: Vec<Vec<Placement>> = TRACK_WIDTHS
        .iter()
        .map(|&px| {
            place_marks(
                scale,
                &spans,
                units_for_px(MARK_PX, px),
                units_for_px(GAP_PX, px),
            )
        })
        .collect();
    let place = |left: u32, width: u32| format!("--x:{left};--w:{width}");
    let mut html = Html::new();
    let rows: Vec<String> = layouts
        .iter()
        .enumerate()
        .map(|(i, placements)| format!("--n{i}:{}", row_count(placements)))
        .collect();
    html.open(
        "div",
        &[
            ("class", "ex-tl-lanes"),
            ("aria-hidden", "true"),
            ("style", &rows.join(";")),
        ],
    );
    for era in &timeline.eras {
        let (left, right) = scale.extent(&era.when);
        html.open(
            "span",
            &[
                ("class", "ex-tl-era"),
                ("style", &place(left, right - left)),
            ],
        )
        .element("span", &[("class", "ex-tl-era__label")], &era.label)
        .close("span");
    }
    // Each tick appears from the narrowest width at which the axis has room for it.
    let mut ticks: Vec<(i32, u32, usize)> = Vec::new();
    for (i, &px) in TRACK_WIDTHS.iter().enumerate() {
        for tick in ticks_for(scale, px, TICK_SPACING_PX) {
            if !ticks.iter().any(|(year, _, _)| *year == tick.year) {
                ticks.push((tick.year, tick.position, i));
            }
        }
    }
    ticks.sort_unstable();
    for (year, position, from) in ticks {
        html.element(
            "span",
            &[
                ("class", "ex-tl-tick"),
                ("data-from", &from.to_string()),
                ("style", &place(position, 0)),
            ],
            &year.to_string(),
        );
    }
    html.close("div");
    for (index, event) in timeline.events.iter().enumerate() {
        // Where it starts and how long it lasts; the stylesheet gives short ones a minimum
        // width, which the rows were laid out for.
        let (start, end) = spans[index];
        let left = scale.position(start);
        let mut style = place(left, scale.position(end.saturating_add(1)) - left);
        for (i, placements) in layouts.iter().enumerate() {
            style.push_str(&format!(";--r{i}:{}", placements[index].row));
        }
        html.open(
            "div",
            &[
                ("class", "ex-tl-mark"),
                ("role", "option"),
                ("id", &format!("tl-{}", event.id)),
                ("data-precision", event.when.precision.key()),
                (
                    "data-disputed",
                    if event.disputed() { "true" } else { "false" },
                ),
                ("aria-selected", "false"),
                ("style", &style),
            ],
        )
        .open("span", &[("class", "ex-vh")])
        .text(&event.when.label)
        .text(if event.disputed() { " (uncertain)" } else { "" })
        .text(": ")
        .text(&event.headline)
        .close("span")
        .close("div");
    }
    html.finish()
}

/// An event's details: date, headline, what happened, doubts, where to read more, sources.
fn event_body(exhibit: &Exhibit, event: &Event, in_essay: bool) -> Html {
    let mut html = Html::new();
    html.open("p", &[("class", "ex-tl-body__when")]).element(
        "time",
        &[("datetime", &event.when.datetime)],
        &event.when.label,
    );
    if event.disputed() {
        html.text(" ")
            .element("span", &[("class", "ex-tl-flag")], "uncertain");
    }
    html.close("p")
        .element("h3", &[("class", "ex-tl-body__headline")], &event.headline)
        .element("p", &[("class", "ex-tl-body__text")], &event.text);
    doubt(&mut html, "Sources differ: ", event.differ.as_deref());
    doubt(&mut html, "Uncertain: ", event.uncertain.as_deref());
    let notes: Vec<&Note> = event
        .notes
        .iter()
        .filter_map(|id| exhibit.note(id.as_str()))
        .collect();
    let terms: Vec<&Term> = event
        .terms
        .iter()
        .filter_map(|id| exhibit.term(id.as_str()))
        .collect();
    let camps: Vec<&Camp> = exhibit
        .camps
        .iter()
        .filter(|camp| camp.events.contains(&event.id))
        .collect();
    if in_essay || !notes.is_empty() || !terms.is_empty() || !camps.is_empty() {
        html.open("ul", &[("class", "ex-tl-body__links")]);
        if in_essay {
            html.open("li", &[])
                .element(
                    "a",
                    &[("href", &format!("#view=essay&event={}", event.id))],
                    "Read it in the essay",
                )
                .close("li");
        }
        for note in notes {
            html.open("li", &[])
                .element(
                    "a",
                    &[("href", &format!("#note={}", note.id))],
                    &format!("Editorial note {}: {}", note.number, note.title),
                )
                .close("li");
        }
        if !terms.is_empty() {
            html.open("li", &[]);
            term_links(&mut html, &terms);
            html.close("li");
        }
        if !camps.is_empty() {
            html.open("li", &[]);
            camp_links(&mut html, &camps);
            html.close("li");
        }
        html.close("ul");
    }
    sources_line(&mut html, exhibit, &event.sources);
    html
}

/// The figures section.
fn figures(exhibit: &Exhibit) -> String {
    let mut html = Html::new();
    html.element("h2", &[("id", "figures-title")], "Figures");
    html.append(map_html(exhibit));
    for figure in &exhibit.figures {
        html.append(figure_html(figure));
    }
    for photo in &exhibit.photos {
        html.append(photo_html(photo));
    }
    html.finish()
}

/// The element id of a camp's details on the map (the pin is `camp-pin-<id>`).
pub fn camp_details_id(camp: &str) -> String {
    format!("camp-{camp}")
}

/// A link that selects a camp on the map.
pub fn camp_href(camp: &str) -> String {
    format!("#camp={camp}")
}

/// The camp map: the outline as an SVG picture, a pin per camp (a link that selects it,
/// placed over the picture by `--x` and `--y`, both in percent of the map's width: see
/// [`super::map::Pin`]), the selected camp's details under the map, the caption and credit
/// line, and "Show the data" with every camp in a table.
///
/// Each camp's details follow its pin in the document, so after selecting a camp, Tab
/// moves into its links; the stylesheet shows only the selected camp's details (the app
/// marks its pin `aria-current`).
fn map_html(exhibit: &Exhibit) -> Html {
    let map = &exhibit.map;
    let id = "camp-map";
    let alt_id = format!("figure-{id}-alt");
    let mut html = Html::new();
    figure_start(&mut html, id, "ex-figure ex-map", &map.title);
    html.open(
        "div",
        &[
            ("class", "ex-map__frame"),
            (
                "style",
                &format!("--ratio:{}/{}", map.fit.width, map.fit.height),
            ),
        ],
    )
    .open(
        "svg",
        &[
            ("class", "ex-map__land"),
            (
                "viewBox",
                &format!("0 0 {} {}", map.fit.width, map.fit.height),
            ),
            ("role", "img"),
            ("aria-labelledby", &alt_id),
        ],
    )
    .element("path", &[("class", "ex-map__ussr"), ("d", &map.land)], "")
    .element(
        "path",
        &[("class", "ex-map__borders"), ("d", &map.borders)],
        "",
    )
    .close("svg")
    .element(
        "p",
        &[("class", "ex-map__label"), ("aria-hidden", "true")],
        "The Soviet Union, borders as of 1991",
    )
    .open("p", &[("class", "ex-map__legend")])
    .element("span", &[("class", "ex-map__key")], "Camp")
    .text(" ")
    .element(
        "span",
        &[("class", "ex-map__key"), ("data-special", "true")],
        "Special camp (osoblag)",
    )
    .close("p")
    .element(
        "p",
        &[("class", "ex-map__intro")],
        "Select a camp on the map, or in the table below, to read about it here.",
    )
    .open(
        "ol",
        &[
            ("class", "ex-map__camps"),
            ("aria-label", "Camps on the map"),
        ],
    );
    let pins = super::map::pins(map, &exhibit.camps);
    for (camp, pin) in exhibit.camps.iter().zip(&pins) {
        let percent = |value: u32| format!("{}.{:02}", value / 100, value % 100);
        html.open(
            "li",
            &[
                ("class", "ex-camp"),
                (
                    "style",
                    &format!("--x:{};--y:{}", percent(pin.x), percent(pin.y)),
                ),
            ],
        )
        .open(
            "a",
            &[
                ("class", "ex-camp__pin"),
                ("id", &format!("camp-pin-{}", camp.id)),
                ("href", &camp_href(&camp.id)),
                (if camp.special { "data-special" } else { "" }, "true"),
                // Labels open towards the middle of the map.
                (if pin.x > 7_000 { "data-side" } else { "" }, "left"),
            ],
        )
        .element("span", &[("class", "ex-camp__label")], &camp.name)
        .element(
            "span",
            &[("class", "ex-vh")],
            &format!(", {}, {}", camp.town, camp.years()),
        )
        .close("a")
        .append(camp_details(exhibit, camp))
        .close("li");
    }
    html.close("ol")
        .close("div")
        .element("p", &[("class", "ex-vh"), ("id", &alt_id)], &map.alt)
        .element(
            "figcaption",
            &[("class", "ex-figure__caption")],
            &map.caption,
        );
    credit_line(&mut html, id, &map.credit.credit_line);
    html.open("details", &[("class", "ex-figure__data")])
        .element("summary", &[], "Show the data")
        .open("table", &[("class", "ex-figure__table")])
        .open("thead", &[])
        .open("tr", &[]);
    for heading in ["Camp", "Headquarters", "Years", "Latitude, longitude"] {
        html.element("th", &[("scope", "col")], heading);
    }
    html.close("tr").close("thead").open("tbody", &[]);
    for camp in &exhibit.camps {
        html.open("tr", &[])
            .open("th", &[("scope", "row")])
            .element("a", &[("href", &camp_href(&camp.id))], &camp.name)
            .close("th")
            .element("td", &[], &camp.town)
            .open("td", &[])
            .text(&camp.years());
        if camp.uncertain.is_some() {
            html.text(" (uncertain)");
        }
        html.close("td")
            .element("td", &[], &format!("{:.2}, {:.2}", camp.lat, camp.lon))
            .close("tr");
    }
    html.close("tbody")
        .close("table")
        .close("details")
        .close("figure");
    html
}

/// What the map shows for a selected camp: name, town and years, what its prisoners
/// built (where the sources say), doubts, links to the timeline and the glossary, sources.
fn camp_details(exhibit: &Exhibit, camp: &Camp) -> Html {
    let details_id = camp_details_id(&camp.id);
    let name_id = format!("{details_id}-name");
    let mut html = Html::new();
    html.open(
        "section",
        &[
            ("class", "ex-camp__details"),
            ("id", &details_id),
            ("tabindex", "-1"),
            ("data-reveal-nearest", ""),
            ("aria-labelledby", &name_id),
        ],
    )
    .element(
        "h4",
        &[("class", "ex-camp__name"), ("id", &name_id)],
        &camp.name,
    );
    let mut meta = vec![camp.town.clone(), camp.years()];
    if camp.special {
        meta.push("special camp".to_owned());
    }
    html.element("p", &[("class", "ex-camp__meta")], &meta.join(" · "));
    if let Some(work) = &camp.work {
        html.element("p", &[], &format!("Prisoners’ work: {work}"));
    }
    doubt(&mut html, "Uncertain: ", camp.uncertain.as_deref());
    let events: Vec<&Event> = camp
        .events
        .iter()
        .filter_map(|id| exhibit.timeline.event(id.as_str()))
        .collect();
    let terms: Vec<&Term> = camp
        .terms
        .iter()
        .filter_map(|id| exhibit.term(id.as_str()))
        .collect();
    if !events.is_empty() || !terms.is_empty() {
        html.open("ul", &[("class", "ex-tl-body__links")]);
        if !events.is_empty() {
            html.open("li", &[]);
            event_links(&mut html, &events);
            html.close("li");
        }
        if !terms.is_empty() {
            html.open("li", &[]);
            term_links(&mut html, &terms);
            html.close("li");
        }
        html.close("ul");
    }
    sources_line(&mut html, exhibit, &camp.sources);
    html.close("section");
    html
}

/// Opens a picture's `<figure>` with its heading (`#figure-<id>`, labelled by the title).
fn figure_start(html: &mut Html, id: &str, class: &str, title: &str) {
    let title_id = format!("figure-{id}-title");
    html.open(
        "figure",
        &[
            ("class", class),
            ("id", &format!("figure-{id}")),
            ("aria-labelledby", &title_id),
        ],
    )
    .element(
        "h3",
        &[("class", "ex-figure__title"), ("id", &title_id)],
        title,
    );
}

/// The credit line right under a picture, linked to its full credit.
fn credit_line(html: &mut Html, id: &str, line: &str) {
    html.open("p", &[("class", "ex-figure__credit")])
        .text(line)
        .text(" ")
        .element("a", &[("href", &format!("#credit-{id}"))], "Full credit")
        .close("p");
}

/// A photograph a curator added, with its caption and credit line (files are served from
/// `images/`, copied there from `assets/images/` by the build).
fn photo_html(photo: &Photo) -> Html {
    let mut html = Html::new();
    figure_start(&mut html, &photo.id, "ex-figure ex-photo", &photo.title);
    html.open(
        "img",
        &[
            ("src", &format!("images/{}", photo.file)),
            ("alt", &photo.alt),
            ("loading", "lazy"),
            ("decoding", "async"),
        ],
    )
    .element(
        "figcaption",
        &[("class", "ex-figure__caption")],
        &photo.caption,
    );
    credit_line(&mut html, &photo.id, &photo.credit.credit_line);
    html.close("figure");
    html
}

/// One chart: an SVG whose bars are focusable and labelled with their values (which the
/// stylesheet also shows on hover, focus or tap), its caption and note, the credit line,
/// and "Show the data" with the numbers as a table.
fn figure_html(figure: &Figure) -> Html {
    use chart_layout::{grouped, BOTTOM, HEIGHT, LEFT, TOP, WIDTH};
    let values: Vec<u32> = figure.bars.iter().map(|bar| bar.value).collect();
    let spans: Vec<(usize, usize)> = figure
        .marks
        .iter()
        .map(|mark| (mark.from, mark.to))
        .collect();
    let chart = chart_layout::layout(&values, &spans, 5);
    // Label every bar if there is room (36 units), else every few.
    let slot = chart
        .bars
        .get(1)
        .map_or(WIDTH, |bar| bar.x - chart.bars[0].x);
    let every = usize::try_from(36_u32.div_ceil(slot.max(1)))
        .unwrap_or(1)
        .max(1);
    let n = |value: u32| value.to_string();
    let title_id = format!("figure-{}-title", figure.id);
    let alt_id = format!("figure-{}-alt", figure.id);

    let mut html = Html::new();
    figure_start(&mut html, &figure.id, "ex-figure", &figure.title);
    html.open(
        "svg",
        &[
            ("class", "ex-chart"),
            ("viewBox", &format!("0 0 {WIDTH} {HEIGHT}")),
            ("role", "group"),
            ("aria-labelledby", &title_id),
            ("aria-describedby", &alt_id),
        ],
    );
    for &(y, value) in &chart.ticks {
        html.open("g", &[("class", "ex-chart__tick")])
            .element(
                "line",
                &[
                    ("x1", &n(LEFT)),
                    ("x2", &n(WIDTH)),
                    ("y1", &n(y)),
                    ("y2", &n(y)),
                ],
                "",
            )
            .element(
                "text",
                &[("x", &n(LEFT - 8)), ("y", &n(y + 4))],
                &grouped(value),
            )
            .close("g");
    }
    // Labels of neighbouring marks take turns between two lines, so they never collide.
    for (i, (rect, mark)) in chart.marks.iter().zip(&figure.marks).enumerate() {
        let label_y = TOP - 8 - if i.is_multiple_of(2) { 0 } else { 16 };
        html.open("g", &[("class", "ex-chart__mark")])
            .element(
                "rect",
                &[
                    ("x", &n(rect.x)),
                    ("y", &n(TOP - 20)),
                    ("width", &n(rect.width)),
                    ("height", &n(HEIGHT - BOTTOM - TOP + 20)),
                ],
                "",
            )
            .element(
                "text",
                &[("x", &n(rect.x + 4)), ("y", &n(label_y))],
                &mark.label,
            )
            .close("g");
    }
    for (index, (bar, rect)) in figure.bars.iter().zip(&chart.bars).enumerate() {
        let value = format!(
            "{} {}{}",
            grouped(u64::from(bar.value)),
            figure.unit,
            if bar.uncertain.is_some() {
                " (uncertain)"
            } else {
                ""
            }
        );
        let centre = n(rect.x + rect.width / 2);
        html.open(
            "g",
            &[
                ("class", "ex-chart__bar"),
                ("tabindex", "0"),
                ("role", "img"),
                ("aria-label", &format!("{}: {value}", bar.label)),
                (
                    if bar.uncertain.is_some() {
                        "data-uncertain"
                    } else {
                        ""
                    },
                    "true",
                ),
            ],
        )
        .element(
            "rect",
            &[
                ("x", &n(rect.x)),
                ("y", &n(rect.y)),
                ("width", &n(rect.width)),
                ("height", &n(rect.height)),
            ],
            "",
        )
        .element(
            "text",
            &[
                ("class", "ex-chart__value"),
                ("x", &centre),
                ("y", &n(rect.y.saturating_sub(6))),
            ],
            &grouped(u64::from(bar.value)),
        );
        if index % every == 0 {
            html.element(
                "text",
                &[
                    ("class", "ex-chart__label"),
                    ("x", &centre),
                    ("y", &n(HEIGHT - BOTTOM + 18)),
                ],
                &bar.label,
            );
        }
        html.close("g");
    }
    html.close("svg")
        .element("p", &[("class", "ex-vh"), ("id", &alt_id)], &figure.alt)
        .open("figcaption", &[("class", "ex-figure__caption")])
        .text(&figure.caption);
    if let Some(note) = &figure.note {
        html.text(" ")
            .element("span", &[("class", "ex-figure__note")], note);
    }
    html.close("figcaption");
    credit_line(&mut html, &figure.id, &figure.credit.credit_line);
    html.open("details", &[("class", "ex-figure__data")])
        .element("summary", &[], "Show the data")
        .open("table", &[("class", "ex-figure__table")])
        .open("thead", &[])
        .open("tr", &[])
        .element("td", &[], "")
        .element("th", &[("scope", "col")], &figure.unit)
        .close("tr")
        .close("thead")
        .open("tbody", &[]);
    for bar in &figure.bars {
        html.open("tr", &[])
            .element("th", &[("scope", "row")], &bar.label)
            .open("td", &[])
            .text(&grouped(u64::from(bar.value)));
        if let Some(why) = &bar.uncertain {
            html.text(&format!(" (uncertain: {why})"));
        }
        html.close("td").close("tr");
    }
    html.close("tbody")
        .close("table")
        .close("details")
        .close("figure");
    html
}

/// Every figure's full credit: title, creator, date, source, licence, modifications, the
/// credit line, and the sources of its data.
fn credits(exhibit: &Exhibit) -> Html {
    let mut html = Html::new();
    html.open(
        "section",
        &[
            ("class", "ex-credits"),
            ("id", "credits"),
            ("aria-labelledby", "credits-title"),
        ],
    )
    .element("h2", &[("id", "credits-title")], "Image credits")
    .element(
        "p",
        &[],
        if exhibit.photos.is_empty() {
            "The exhibit’s pictures are a map and charts it draws itself from sourced data. It shows no photograph: none is available with a confirmed licence."
        } else {
            "Every picture in the exhibit, with its full credit."
        },
    )
    .open("ol", &[("class", "ex-credits__list")]);
    let map = &exhibit.map;
    let pictures = std::iter::once((
        "camp-map",
        &map.title,
        &map.credit,
        map.sources.as_slice(),
        Some(map.provenance.as_str()),
    ))
    .chain(exhibit.figures.iter().map(|figure| {
        (
            figure.id.as_str(),
            &figure.title,
            &figure.credit,
            figure.sources.as_slice(),
            None,
        )
    }))
    .chain(exhibit.photos.iter().map(|photo| {
        (
            photo.id.as_str(),
            &photo.title,
            &photo.credit,
            &[][..],
            None,
        )
    }));
    for (id, title, credit, sources, made_from) in pictures {
        html.open(
            "li",
            &[("class", "ex-credit"), ("id", &format!("credit-{id}"))],
        )
        .open("p", &[("class", "ex-credit__title")])
        .element("a", &[("href", &format!("#figure-{id}"))], title)
        .close("p")
        .open("dl", &[("class", "ex-credit__fields")]);
        let mut field = |name: &str, value: &str, url: Option<&str>| {
            html.element("dt", &[], name).open("dd", &[]);
            match url {
                Some(url) => html.element("a", &[("href", url)], value),
                None => html.text(value),
            };
            html.close("dd");
        };
        field("Creator", &credit.creator, None);
        field("Date", &credit.date, None);
        field("Source", &credit.source_name, credit.source_url.as_deref());
        field("Licence", &credit.licence_name, Some(&credit.licence_url));
        field("Modifications", &credit.modifications, None);
        if let Some(made_from) = made_from {
            field("Made from", made_from, None);
        }
        field("Credit line", &credit.credit_line, None);
        // Charts name the sources of their data; a photograph's source is above.
        if !sources.is_empty() {
            html.element("dt", &[], "Data sources").open("dd", &[]);
            for (i, source) in sources
                .iter()
                .filter_map(|id| exhibit.source(id.as_str()))
                .enumerate()
            {
                if i > 0 {
                    html.text("; ");
                }
                html.element(
                    "a",
                    &[("href", &format!("#{}", source_anchor(source.id.as_str())))],
                    &source.short,
                );
            }
            html.close("dd");
        }
        html.close("dl").close("li");
    }
    html.close("ol").close("section");
    html
}
