//! The essay's page, drawn at build time: the title page, the reader's settings, the essay
//! with both readings in the markup (the stylesheet shows the one chosen), a marker after
//! each noted passage, a link on each glossary mark, the list of editorial notes, and the
//! shells of the note panel and the glossary card that the app fills in.
//!
//! Without JavaScript every part still works as a plain page: a marker links to its note
//! in the list, a glossary mark to its entry on the glossary page, a date to its event on
//! the timeline, and the settings switch readings and marks through the stylesheet.

use exhibit_dom::{class, id, input, View};
use maud::{html, Markup};

use super::model::{Block, BlockKind, Essay, Inline, NotedSpan, TermSpan};
use super::notes::{Note, Verdict};
use crate::core::context::Context;
use crate::core::parts::choice;

/// The reader's settings above the essay.
pub fn settings(ctx: &Context) -> Markup {
    let words = &ctx.words.essay;
    html! {
        div class="ex-settings" {
            (choice(&words.reading, input::READING, &[
                (input::READING_ORIGINAL, &words.original, &words.original_hint),
                (input::READING_EDITED, &words.edited, &words.edited_hint),
            ]))
            (choice(&words.marks, input::MARKS, &[
                (input::MARKS_FIRST, &words.marks_first, &words.marks_first_hint),
                (input::MARKS_ALL, &words.marks_all, ""),
                (input::MARKS_NONE, &words.marks_none, ""),
            ]))
        }
    }
}

/// The essay as an article: its heading, the settings, and every block.
pub fn essay(ctx: &Context, essay: &Essay) -> Markup {
    html! {
        article class="ex-essay" id="essay" aria-labelledby="essay-title" tabindex="-1" {
            h2 class="ex-essay__title" id="essay-title" { (ctx.words.essay.title) }
            (settings(ctx))
            div class="ex-essay__text" id=(id::ESSAY_TEXT) {
                @for block in &essay.blocks {
                    (block_html(ctx, block))
                }
            }
            (card_shell(ctx))
        }
    }
}

fn block_html(ctx: &Context, block: &Block) -> Markup {
    let class = match block.kind {
        BlockKind::Paragraph => "ex-essay__para",
        BlockKind::Editorial => "ex-essay__editorial",
    };
    html! {
        p class=(class) id=(block.anchor) tabindex="-1" {
            @if block.kind == BlockKind::Editorial {
                span class="ex-essay__editorial-label" { (ctx.words.essay.editorial_label) }
            }
            (inline(ctx, &block.content))
        }
    }
}

/// Inline content, recursively.
fn inline(ctx: &Context, content: &[Inline]) -> Markup {
    html! {
        @for part in content {
            @match part {
                Inline::Text(text) => (text),
                Inline::Event(span) => {
                    a class=(class::EVENT_LINK)
                        href=(ctx.event_href(span.event.as_str()))
                        data-event=(span.event)
                        id=[span.first.then(|| id::essay_event(span.event.as_str()))] { (span.text) }
                }
                Inline::Noted(span) => (noted(ctx, span)),
                Inline::Term(span) => (term_mark(ctx, span)),
            }
        }
    }
}

/// A passage a note is about, in both readings, then the note's marker: a link to the
/// note in the list (the app opens it in the panel instead).
fn noted(ctx: &Context, span: &NotedSpan) -> Markup {
    html! {
        span class=(class::NOTED) data-note=(span.note) data-changed=(span.edit.is_some()) data-active="false" {
            @match &span.edit {
                Some(edit) => {
                    span class="ex-original" { (inline(ctx, &span.original)) }
                    span class="ex-edited" { (inline(ctx, edit)) }
                }
                None => (inline(ctx, &span.original)),
            }
        }
        sup class="ex-marker-wrap" {
            a class=(class::MARKER) id=(id::marker(span.note.as_str(), span.occurrence))
                href={ "#" (id::note(span.note.as_str())) } data-note=(span.note) {
                span class="ex-vh" { (ctx.words.essay.marker) }
                (span.number)
            }
        }
    }
}

/// A glossary mark: the same words plain (shown when the reader asks for fewer marks) and
/// as a link to the term's glossary entry (the app opens its card instead).
fn term_mark(ctx: &Context, span: &TermSpan) -> Markup {
    let term = span.term.as_str();
    html! {
        span class=(class::TERM_WRAP) data-term=(term) data-occurrence=(span.occurrence)
            data-first-original=(span.first_in_original) data-first-edited=(span.first_in_edited) {
            span class="ex-term-plain" { (span.text) }
            a class=(class::TERM) id=(id::term_mark(term, span.occurrence)) href=(ctx.term_href(term))
                data-kind=[ctx.links.term_kinds.get(term)] {
                (span.text)
            }
        }
    }
}

/// The one glossary card, hidden; the app moves it beside the mark it explains and fills
/// it from the term's glossary entry.
fn card_shell(ctx: &Context) -> Markup {
    let words = &ctx.words.essay;
    html! {
        span class="ex-term-card" id=(id::TERM_CARD) role="group" data-template=(words.card_label)
            data-placement="floating" hidden {
            b class="ex-term-card__name" id=(id::TERM_CARD_NAME) {}
            span class="ex-term-card__body" id=(id::TERM_CARD_BODY) {}
            span class="ex-def__line" {
                a id=(id::TERM_CARD_ENTRY) href=(ctx.href(View::Glossary, "")) { (words.card_entry) }
            }
            button type="button" class="ex-term-card__close" id=(id::TERM_CARD_CLOSE)
                data-template=(words.card_close) {
                span aria-hidden="true" { "×" }
            }
        }
    }
}

/// The open note as a non-modal dialog, empty until the app fills it from the list of notes.
pub fn note_panel(ctx: &Context, total: usize) -> Markup {
    let words = &ctx.words.notes;
    let kicker = words.kicker.replace("{total}", &total.to_string());
    html! {
        div class="ex-note-panel" id=(id::NOTE_PANEL) role="dialog" aria-modal="false"
            aria-labelledby=(id::NOTE_PANEL_TITLE) hidden {
            button type="button" class="ex-note-panel__close" id=(id::NOTE_CLOSE) aria-label=(words.close) {
                span aria-hidden="true" { "×" }
            }
            div class="ex-note-panel__head" {
                p class="ex-note-panel__kicker" id=(id::NOTE_PANEL_KICKER) data-template=(kicker) {}
                h2 class="ex-note-panel__title" id=(id::NOTE_PANEL_TITLE) tabindex="-1" {}
            }
            div class=(class::NOTE_BODY) id=(id::NOTE_PANEL_BODY) {}
            nav class="ex-note-panel__nav" aria-label=(words.panel_label) {
                button type="button" class="ex-button" id=(id::NOTE_PREVIOUS) disabled { (words.previous) }
                button type="button" class="ex-button" id=(id::NOTE_NEXT) disabled { (words.next) }
            }
        }
    }
}

/// The verdict as a small labelled badge.
pub fn verdict_badge(ctx: &Context, verdict: Verdict) -> Markup {
    html! {
        span class=(class::VERDICT) data-verdict=(verdict.key()) { (ctx.words.verdict(verdict.key())) }
    }
}

/// Every editorial note in full, in order: what the panel shows, and what a marker links
/// to without JavaScript (and what prints).
pub fn notes(ctx: &Context, notes: &[Note]) -> Markup {
    let words = &ctx.words.notes;
    html! {
        section class="ex-endnotes" id="notes" aria-labelledby="notes-title" {
            h2 id="notes-title" { (words.list_title) }
            ol class="ex-endnotes__list" id=(id::ENDNOTES) {
                @for note in notes {
                    li class="ex-endnote" id=(id::note(note.id.as_str())) data-number=(note.number) tabindex="-1" {
                        h3 class="ex-endnote__title" {
                            span class="ex-endnote__number" { (note.number) ". " }
                            span class=(class::ENDNOTE_TITLE) { (note.title) }
                        }
                        (verdict_badge(ctx, note.verdict))
                        div class=(class::NOTE_BODY) { (note_body(ctx, note)) }
                        a class="ex-endnote__show" href={ "#" (id::marker(note.id.as_str(), 1)) } {
                            (words.show_in_text)
                            span class="ex-vh" { (words.show_in_text_which.replace("{n}", &note.number.to_string())) }
                        }
                    }
                }
            }
        }
    }
}

/// What a note says: the passage, the finding, the correction, disagreements, sources.
fn note_body(ctx: &Context, note: &Note) -> Markup {
    let words = &ctx.words.notes;
    html! {
        // Every occurrence of a note concerns the same words.
        @if let Some(passage) = note.passages.first() {
            p class="ex-note__passage" {
                span class="ex-note__label" { (words.in_text) }
                q { (passage.original) }
            }
            @if let Some(edit) = &passage.edit {
                p class="ex-note__passage ex-note__passage--edited" {
                    span class="ex-note__label" { (words.edited_reading) }
                    q { (edit) }
                }
            }
        }
        p class="ex-note__finding" { (note.finding) }
        @if let Some(correction) = &note.correction {
            p class="ex-note__correction" {
                strong class="ex-note__label" { (words.correction) }
                (correction)
            }
        }
        @if let Some(differ) = &note.sources_differ {
            p class="ex-note__differ" {
                strong class="ex-note__label" { span aria-hidden="true" { "⚠ " } (words.sources_differ) }
                (differ)
            }
        }
        @if !note.sources.is_empty() {
            div class="ex-note__sources" {
                span class="ex-note__label" { (words.sources) }
                ul {
                    @for citation in &note.sources {
                        li { (ctx.citation(citation)) }
                    }
                }
            }
        }
    }
}
