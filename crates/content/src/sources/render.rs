//! The list of sources at the end of the essay: every work cited, in full.

use exhibit_dom::id;
use maud::{html, Markup};

use super::Source;
use crate::core::context::Context;

/// The sources section.
pub fn sources(ctx: &Context, sources: &[Source]) -> Markup {
    html! {
        section class="ex-sources" id="sources" aria-labelledby="sources-title" {
            h2 id="sources-title" { (ctx.words.notes.sources_title) }
            ol class="ex-sources__list" {
                @for source in sources {
                    li id=(id::source(source.id.as_str())) { (citation(source)) }
                }
            }
        }
    }
}

/// One citation: author, title, container, details, date, address.
pub fn citation(source: &Source) -> Markup {
    let tail: Vec<&str> = [&source.details, &source.date]
        .into_iter()
        .flatten()
        .map(String::as_str)
        .collect();
    html! {
        span class="ex-source" {
            @if let Some(author) = &source.author {
                (author.trim_end_matches('.')) ". "
            }
            @if source.kind.title_is_italic() {
                cite { (source.title) } ". "
            } @else {
                "“" (source.title) ".” "
            }
            @if let Some(container) = &source.container {
                i { (container) }
            }
            @match (source.container.is_some(), tail.is_empty()) {
                (container, false) => { (if container { ", " } else { "" }) (tail.join(", ")) ". " }
                (true, true) => ". ",
                (false, true) => {}
            }
            @if let Some(url) = &source.url {
                a class="ex-source__url" href=(url) { (url) }
            }
        }
    }
}
