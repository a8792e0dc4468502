//! The camp map, drawn at build time: the outline as an SVG picture, a pin per camp (a
//! link to the camp's details, placed over the picture by `--x` and `--y`, both in percent
//! of the map's width: see [`super::pins::Pin`]), each camp's details right after its pin,
//! the legend, caption and credit line, and "Show the data" with every camp in a table.
//!
//! Without JavaScript a pin's link brings its details into view (`:target` in the
//! stylesheet); with it, the app marks the selected pin and the stylesheet shows its
//! details. Each camp's details follow its pin in the document, so after selecting a camp,
//! Tab moves into its links.

use exhibit_dom::{class, id};
use maud::{html, Markup};

use super::pins::pins;
use super::{Camp, CampMap};
use crate::core::context::Context;
use crate::core::parts::{doubt, figure_section, Frame};

/// The id of the map's section (`#figure-camp-map`) and of its credit.
pub const MAP_ID: &str = "camp-map";

/// The map's picture, whose shape is the outline's (`--ratio`).
const FRAME: &str = "ex-map__frame";
/// The list of camps, one pin each.
const CAMPS: &str = "ex-map__camps";

/// The rules that place the pins over the picture (`--x`, `--y`), and give the picture its
/// shape: in the page's `<style>` in its head, so that a Content-Security-Policy without
/// `'unsafe-inline'` allows them by their hash. A camp is placed by its place in the list.
pub fn map_rules(map: &CampMap, camps: &[Camp]) -> String {
    let percent = |value: u32| format!("{}.{:02}", value / 100, value % 100);
    let mut rules = format!(".{FRAME}{{--ratio:{}/{}}}", map.fit.width, map.fit.height);
    for (index, pin) in pins(map, camps).iter().enumerate() {
        rules.push_str(&format!(
            ".{CAMPS}>:nth-child({}){{--x:{};--y:{}}}",
            index + 1,
            percent(pin.x),
            percent(pin.y)
        ));
    }
    rules
}

pub fn map(ctx: &Context, map: &CampMap, camps: &[Camp]) -> Markup {
    let words = &ctx.words.map;
    let alt_id = format!("{}-alt", id::figure(MAP_ID));
    let pins = pins(map, camps);
    let picture = html! {
        div class=(FRAME) {
            svg class="ex-map__land" viewBox={ "0 0 " (map.fit.width) " " (map.fit.height) } role="img" aria-labelledby=(alt_id) {
                path class="ex-map__ussr" d=(map.land) {}
                path class="ex-map__borders" d=(map.borders) {}
            }
            p class="ex-map__label" aria-hidden="true" { (words.borders) }
            p class="ex-map__legend" {
                span class="ex-map__key" { (words.camp) } " "
                span class="ex-map__key" data-special="true" { (words.special_camp) }
            }
            p class="ex-map__intro" { (words.intro) }
            ol class=(CAMPS) aria-label=(words.camps_label) {
                @for (camp, pin) in camps.iter().zip(&pins) {
                    li class="ex-camp" {
                        a class=(class::CAMP_PIN) id=(id::camp_pin(camp.id.as_str())) href={ "#" (id::camp(camp.id.as_str())) }
                            data-special=[camp.special.then_some("true")] data-side=[pin.labels_left().then_some("left")] {
                            span class="ex-camp__label" { (camp.name) }
                            span class="ex-vh" { ", " (camp.town) ", " (camp.years(&ctx.words.dates)) }
                        }
                        (details(ctx, camp))
                    }
                }
            }
        }
        p class="ex-vh" id=(alt_id) { (map.texts.alt) }
    };
    let table = html! {
        details class="ex-figure__data" {
            summary { (ctx.words.figures.show_data) }
            table class="ex-figure__table" {
                thead {
                    tr {
                        @for heading in [&words.column_camp, &words.column_town, &words.column_years, &words.column_place] {
                            th scope="col" { (heading) }
                        }
                    }
                }
                tbody {
                    @for camp in camps {
                        tr {
                            th scope="row" { a href={ "#" (id::camp(camp.id.as_str())) } { (camp.name) } }
                            td { (camp.town) }
                            td {
                                (camp.years(&ctx.words.dates))
                                @if camp.uncertain.is_some() { (ctx.words.figures.uncertain) }
                            }
                            td { (format!("{:.2}, {:.2}", camp.lat, camp.lon)) }
                        }
                    }
                }
            }
        }
    };
    let frame = Frame {
        id: MAP_ID,
        class: "ex-figure ex-map",
        texts: &map.texts,
        credit_line: &map.credit.credit_line,
    };
    figure_section(ctx, frame, html! {}, picture, table)
}

/// What the map shows for a selected camp: name, town and years, what its prisoners did
/// (where the sources say), doubts, links to the timeline and the glossary, sources.
fn details(ctx: &Context, camp: &Camp) -> Markup {
    let words = &ctx.words.map;
    let details_id = id::camp(camp.id.as_str());
    let name_id = format!("{details_id}-name");
    let mut meta = vec![camp.town.clone(), camp.years(&ctx.words.dates)];
    if camp.special {
        meta.push(words.special.clone());
    }
    html! {
        section class="ex-camp__details" id=(details_id) tabindex="-1" data-reveal-nearest="" aria-labelledby=(name_id) {
            h3 class="ex-camp__name" id=(name_id) { (camp.name) }
            p class="ex-camp__meta" { (meta.join(" · ")) }
            @if let Some(work) = &camp.work {
                p { (words.work.replace("{work}", work)) }
            }
            (doubt(&words.uncertain, camp.uncertain.as_deref()))
            @if !camp.events.is_empty() || !camp.terms.is_empty() {
                ul class="ex-tl-body__links" {
                    @if !camp.events.is_empty() { li { (ctx.event_links(&camp.events)) } }
                    @if !camp.terms.is_empty() { li { (ctx.term_links(&camp.terms)) } }
                }
            }
            (ctx.sources_line("ex-tl-body__sources", &ctx.words.timeline.sources, &camp.sources))
        }
    }
}
