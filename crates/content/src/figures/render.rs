//! The charts and photographs, drawn at build time: each as a titled section with its
//! picture, caption and credit line in a `<figure>`, then "Show the data" with the numbers
//! as a table. Bars are focusable and labelled; the stylesheet shows a bar's value on
//! hover, focus or tap, so no code runs for them.

use exhibit_dom::id;
use maud::{html, Markup};

use super::layout::{grouped, layout, BOTTOM, HEIGHT, LEFT, TOP, WIDTH};
use super::{Figure, Photo};
use crate::core::context::Context;
use crate::core::parts::{figure_section, Frame};

/// A photograph a curator added (served from `images/`, copied there from `assets/images/`).
pub fn photo(ctx: &Context, photo: &Photo) -> Markup {
    let src = format!("{}images/{}", ctx.view.to_root(), photo.file);
    let frame = Frame {
        id: &photo.id,
        class: "ex-figure ex-photo",
        texts: &photo.texts,
        credit_line: &photo.credit.credit_line,
    };
    figure_section(
        ctx,
        frame,
        html! {},
        html! { img src=(src) alt=(photo.texts.alt) loading="lazy" decoding="async"; },
        html! {},
    )
}

/// A bar chart: an SVG whose bars are focusable and labelled with their values, its
/// caption and note, the credit line, and the numbers as a table.
pub fn chart(ctx: &Context, figure: &Figure) -> Markup {
    let words = &ctx.words.figures;
    let values: Vec<u32> = figure.bars.iter().map(|bar| bar.value).collect();
    let spans: Vec<(usize, usize)> = figure.stretches.iter().map(|s| (s.from, s.to)).collect();
    let chart = layout(&values, &spans, 5);
    // Label every bar if there is room (36 units), else every few.
    let slot = chart
        .bars
        .get(1)
        .map_or(WIDTH, |bar| bar.x - chart.bars[0].x);
    let every = usize::try_from(36_u32.div_ceil(slot.max(1)))
        .unwrap_or(1)
        .max(1);
    let title_id = format!("{}-title", id::figure(&figure.id));
    let alt_id = format!("{}-alt", id::figure(&figure.id));
    let value_text = |bar: &super::Bar| {
        let uncertain = if bar.uncertain.is_some() {
            words.uncertain.as_str()
        } else {
            ""
        };
        format!(
            "{} {}{uncertain}",
            grouped(u64::from(bar.value)),
            figure.unit
        )
    };
    let svg = html! {
        svg class="ex-chart" viewBox={ "0 0 " (WIDTH) " " (HEIGHT) } role="group"
            aria-labelledby=(title_id) aria-describedby=(alt_id) {
            @for (y, value) in &chart.ticks {
                g class="ex-chart__tick" {
                    line x1=(LEFT) x2=(WIDTH) y1=(y) y2=(y) {}
                    text x=(LEFT - 8) y=(y + 4) { (grouped(*value)) }
                }
            }
            // Labels of neighbouring stretches take turns between two lines, so they never collide.
            @for (i, (rect, stretch)) in chart.stretches.iter().zip(&figure.stretches).enumerate() {
                g class="ex-chart__mark" {
                    rect x=(rect.x) y=(TOP - 20) width=(rect.width) height=(HEIGHT - BOTTOM - TOP + 20) {}
                    text x=(rect.x + 4) y=(TOP - 8 - if i % 2 == 0 { 0 } else { 16 }) { (stretch.label) }
                }
            }
            @for (index, (bar, rect)) in figure.bars.iter().zip(&chart.bars).enumerate() {
                @let centre = rect.x + rect.width / 2;
                g class="ex-chart__bar" tabindex="0" role="img" aria-label={ (bar.label) ": " (value_text(bar)) }
                    data-uncertain=[bar.uncertain.as_ref().map(|_| "true")] {
                    rect x=(rect.x) y=(rect.y) width=(rect.width) height=(rect.height) {}
                    text class="ex-chart__value" x=(centre) y=(rect.y.saturating_sub(6)) { (grouped(u64::from(bar.value))) }
                    @if index % every == 0 {
                        text class="ex-chart__label" x=(centre) y=(HEIGHT - BOTTOM + 18) { (bar.label) }
                    }
                }
            }
        }
        p class="ex-vh" id=(alt_id) { (figure.texts.alt) }
    };
    let note = html! {
        @if let Some(note) = &figure.note { " " span class="ex-figure__note" { (note) } }
    };
    let table = html! {
        details class="ex-figure__data" {
            summary { (words.show_data) }
            table class="ex-figure__table" {
                thead { tr { td {} th scope="col" { (figure.unit) } } }
                tbody {
                    @for bar in &figure.bars {
                        tr {
                            th scope="row" { (bar.label) }
                            td {
                                (grouped(u64::from(bar.value)))
                                @if let Some(why) = &bar.uncertain { (words.uncertain_why.replace("{why}", why)) }
                            }
                        }
                    }
                }
            }
        }
    };
    let frame = Frame {
        id: &figure.id,
        class: "ex-figure",
        texts: &figure.texts,
        credit_line: &figure.credit.credit_line,
    };
    figure_section(ctx, frame, note, svg, table)
}
