//! The glossary page, drawn at build time: a letter index, then every entry A–Z. An
//! entry's body is also what the essay's glossary cards show (the app copies it).

use exhibit_dom::{class, id, View};
use maud::{html, Markup};

use super::Term;
use crate::core::context::Context;

/// What an entry says, as phrasing markup (a card sits inside a paragraph): "Person ·
/// 1930–1960", the Russian, the definition, see-also links, and links to the timeline
/// events and camps that name it.
fn term_body(ctx: &Context, term: &Term) -> Markup {
    let words = &ctx.words.glossary;
    let id = term.id.as_str();
    let events = ctx
        .links
        .events_of_term
        .get(id)
        .map_or(&[][..], Vec::as_slice);
    let camps = ctx
        .links
        .camps_of_term
        .get(id)
        .map_or(&[][..], Vec::as_slice);
    html! {
        span class="ex-def__meta" {
            (ctx.words.kind(term.kind.key()))
            @if let Some(dates) = &term.dates { " · " (dates) }
        }
        @if let Some(russian) = &term.russian {
            span class="ex-def__line" {
                (words.russian)
                span lang="ru" { (russian) }
                @if let Some(latin) = &term.transliteration { " (" i { (latin) } ")" }
            }
        }
        span class="ex-def__text" { (term.definition) }
        @if !term.see_also.is_empty() {
            span class="ex-def__line" {
                @for (i, other) in term.see_also.iter().enumerate() {
                    (if i == 0 { words.see_also.as_str() } else { ", " })
                    a href=(ctx.term_href(other.as_str())) {
                        (ctx.links.terms.get(other.as_str()).map_or(other.as_str(), String::as_str))
                    }
                }
            }
        }
        @if !events.is_empty() {
            span class="ex-def__line" { (ctx.event_links(events)) }
        }
        @if !camps.is_empty() {
            span class="ex-def__line" { (ctx.camp_links(camps)) }
        }
    }
}

/// The glossary page: every term A–Z with its full entry; `first_marks` gives, for each
/// term the essay marks, its first mark in the original reading.
pub fn glossary(
    ctx: &Context,
    terms: &[Term],
    first_mark: impl Fn(&Term) -> Option<u16>,
) -> Markup {
    let words = &ctx.words.glossary;
    let mut letters: Vec<char> = terms.iter().map(Term::letter).collect();
    letters.dedup();
    html! {
        section class="ex-glossary" id="glossary" aria-labelledby=(id::VIEW_TITLE) {
            h1 class="ex-glossary__title" id=(id::VIEW_TITLE) tabindex="-1" { (words.title) }
            p class="ex-glossary__intro" {
                (words.intro.replace("{count}", &terms.len().to_string()))
                a href=(ctx.href(View::Essay, "")) { (words.back) }
            }
            nav class="ex-glossary__index" aria-label=(words.letters_label) {
                ul {
                    @for letter in &letters {
                        li { a href={ "#" (id::glossary_letter(*letter)) } { (letter) } }
                    }
                }
            }
            @for letter in &letters {
                section class="ex-glossary__group" aria-labelledby=(id::glossary_letter(*letter)) {
                    h2 class="ex-glossary__letter" id=(id::glossary_letter(*letter)) { (letter) }
                    @for term in terms.iter().filter(|term| term.letter() == *letter) {
                        (entry(ctx, term, first_mark(term)))
                    }
                }
            }
        }
    }
}

/// One full entry.
fn entry(ctx: &Context, term: &Term, first_mark: Option<u16>) -> Markup {
    let words = &ctx.words.glossary;
    let entry_id = id::glossary_entry(term.id.as_str());
    let name_id = format!("{entry_id}-name");
    html! {
        article class="ex-entry" id=(entry_id) tabindex="-1" data-kind=(term.kind.key()) aria-labelledby=(name_id) {
            h3 class=(class::ENTRY_NAME) id=(name_id) { (term.name) }
            p class=(class::ENTRY_BODY) data-kind=(term.kind.key()) { (term_body(ctx, term)) }
            @if let Some(mark) = first_mark {
                p class="ex-entry__line" {
                    a href=(ctx.href(View::Essay, &id::term_mark(term.id.as_str(), mark))) { (words.in_essay) }
                }
            }
            @if let Some(why) = &term.not_in_essay {
                p class="ex-entry__line ex-entry__why" { (words.not_in_essay.replace("{why}", why)) }
            }
            (ctx.sources_line("ex-entry__sources", &words.sources, &term.sources))
        }
    }
}
