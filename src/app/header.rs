//! The title page: what this is, who the original names as author, how to read it.

use leptos::prelude::*;

use super::notes::source_anchor;
use crate::content::Exhibit;

/// Title, byline, attribution and the short guide to this edition.
#[component]
pub fn TitlePage(
    /// The validated content.
    exhibit: &'static Exhibit,
) -> impl IntoView {
    let meta = &exhibit.meta;
    let based_on = exhibit.source(meta.based_on.as_str()).map(|source| {
        view! {
            <a href=format!("#{}", source_anchor(source.id.as_str()))>
                "Full citation: "{source.short.clone()}
            </a>
        }
    });
    let about = meta
        .about_edition
        .iter()
        .map(|paragraph| view! { <p>{paragraph.clone()}</p> })
        .collect_view();
    view! {
        <header class="ex-title-page">
            <p class="ex-title-page__kicker">{meta.kicker.clone()}</p>
            <h1 class="ex-title-page__title">{meta.title.clone()}</h1>
            <p class="ex-title-page__standfirst">{meta.standfirst.clone()}</p>
            <p class="ex-title-page__byline">
                <span class="ex-title-page__byline-label">"Author named in the original: "</span>
                <span class="ex-title-page__author">{meta.named_author.clone()}</span>
            </p>
            <p class="ex-title-page__attribution">{meta.attribution.clone()}" "{based_on}</p>
            <section class="ex-guide" aria-labelledby="guide-title">
                <h2 class="ex-guide__title" id="guide-title">"How to read this edition"</h2>
                {about}
                <p class="ex-guide__legend">
                    <span class="ex-noted ex-guide__sample" data-changed="false">"marked words"</span>
                    " have a note; "
                    <span class="ex-noted ex-guide__sample" data-changed="true">"marked words"</span>
                    " read differently in the edited reading."
                </p>
            </section>
        </header>
    }
}
