//! The essay's title page: kicker, title (the page's `<h1>`), standfirst, the author the
//! original names, the editors' attribution, and the guide to reading this edition.

use exhibit_dom::{id, View};
use maud::{html, Markup};

use super::meta::Meta;
use crate::core::context::Context;

pub fn title_page(ctx: &Context, meta: &Meta) -> Markup {
    let words = &ctx.words.title_page;
    let based_on = ctx.links.sources.get(meta.based_on.as_str());
    let sample = |changed: bool| {
        html! {
            span class="ex-noted ex-guide__sample" data-changed=(changed) { (words.legend_noted) }
        }
    };
    html! {
        header class="ex-title-page" {
            p class="ex-title-page__kicker" { (meta.kicker) }
            h1 class="ex-title-page__title" id=(id::VIEW_TITLE) tabindex="-1" { (meta.title) }
            p class="ex-title-page__standfirst" { (meta.standfirst) }
            p class="ex-title-page__byline" {
                span class="ex-title-page__byline-label" { (words.byline) }
                span class="ex-title-page__author" { (meta.named_author) }
            }
            p class="ex-title-page__attribution" {
                (meta.attribution)
                @if let Some(short) = based_on {
                    " "
                    a href=(ctx.href(View::Essay, &id::source(meta.based_on.as_str()))) {
                        (words.full_citation.replace("{source}", short))
                    }
                }
            }
            section class="ex-guide" aria-labelledby="guide-title" {
                h2 class="ex-guide__title" id="guide-title" { (words.guide_title) }
                @for paragraph in &meta.about_edition {
                    p { (paragraph) }
                }
                p class="ex-guide__legend" {
                    (sample(false)) (words.legend_noted_after)
                    (sample(true)) (words.legend_changed_after)
                    span class="ex-term ex-guide__sample" { (words.legend_term) }
                    (words.legend_term_after)
                }
            }
        }
    }
}
