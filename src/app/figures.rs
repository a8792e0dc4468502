//! The figures: the camp map and the bar charts the exhibit draws from sourced data.
//!
//! Their SVG, captions, credit lines and data tables are markup laid out at build time
//! ([`crate::content::page`], with [`crate::chart_layout`] and [`crate::map_projection`]):
//! drawn as Leptos components, two charts cost 8.4 KB gzip of WASM (measured), a
//! fifteenth of the exhibit's budget. The bars are focusable and labelled; the stylesheet
//! shows a bar's value on hover, focus or tap, so no code runs for them. The map's pins are
//! links (`#camp=<id>`): the URL selects a camp, and an effect in [`super`] marks its pin,
//! which the stylesheet answers by showing the camp's details.

use leptos::prelude::*;

use crate::content::Page;

/// Every figure, under one heading.
#[component]
pub fn Figures(
    /// The compiled content.
    page: &'static Page,
) -> impl IntoView {
    view! {
        <section
            class="ex-figures"
            id="figures"
            aria-labelledby="figures-title"
            inner_html=&*page.figures
        ></section>
    }
}
