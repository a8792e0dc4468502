//! The image credits: every picture's full record (title, creator, date, source, licence,
//! modifications, the credit line, and the sources of its data), on the figures' page.
//! The records come from the pictures themselves ([`crate::figures`], [`crate::map`]), so
//! no picture can appear without its credit.

use exhibit_dom::{id, View};
use maud::{html, Markup};

use crate::core::cite::Citation;
use crate::core::context::Context;
use crate::core::picture::Credit;

/// One picture's credit, as the credits list shows it.
pub struct Credited<'a> {
    pub id: &'a str,
    pub title: &'a str,
    pub credit: &'a Credit,
    /// The sources of a chart's or the map's data (none for a photograph).
    pub sources: &'a [Citation],
    /// How a generated picture was made (the map's outline).
    pub made_from: Option<String>,
}

/// The credits section; `photos` says whether the exhibit shows any photograph.
pub fn credits(ctx: &Context, pictures: &[Credited], photos: bool) -> Markup {
    let words = &ctx.words.credits;
    html! {
        section class="ex-credits" id="credits" aria-labelledby="credits-title" {
            h2 id="credits-title" { (words.title) }
            p { (if photos { &words.intro } else { &words.intro_no_photo }) }
            ol class="ex-credits__list" {
                @for picture in pictures {
                    (entry(ctx, picture))
                }
            }
        }
    }
}

fn entry(ctx: &Context, picture: &Credited) -> Markup {
    let words = &ctx.words.credits;
    let credit = picture.credit;
    let field = |name: &str, value: &str, url: Option<&str>| {
        html! {
            dt { (name) }
            dd {
                @match url {
                    Some(url) => a href=(url) { (value) },
                    None => (value),
                }
            }
        }
    };
    html! {
        li class="ex-credit" id=(id::credit(picture.id)) {
            p class="ex-credit__title" {
                a href=(ctx.href(View::Figures, &id::figure(picture.id))) { (picture.title) }
            }
            dl class="ex-credit__fields" {
                (field(&words.creator, &credit.creator, None))
                (field(&words.date, &credit.date, None))
                (field(&words.source, &credit.source_name, credit.source_url.as_deref()))
                (field(&words.licence, &credit.licence_name, Some(&credit.licence_url)))
                (field(&words.modifications, &credit.modifications, None))
                @if let Some(made_from) = &picture.made_from {
                    (field(&words.made_from, made_from, None))
                }
                (field(&words.credit_line, &credit.credit_line, None))
                @if !picture.sources.is_empty() {
                    dt { (words.data_sources) }
                    dd { (ctx.citations(picture.sources)) }
                }
            }
        }
    }
}
