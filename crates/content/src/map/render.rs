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

use super::clusters::{centre, clusters, min_distance, MAP_WIDTHS, MOUSE_PX, TOUCH_PX};
use super::pins::{pins, Pin};
use super::{Camp, CampMap};
use crate::core::context::Context;
use crate::core::parts::{doubt, figure_section, Frame};

/// The id of the map's section (`#figure-camp-map`) and of its credit.
pub const MAP_ID: &str = "camp-map";

/// The map's picture, whose shape is the outline's (`--ratio`).
const FRAME: &str = "ex-map__frame";
/// The list of camps, one pin each.
const CAMPS: &str = "ex-map__camps";

/// Every size's clusters: for each width class of [`MAP_WIDTHS`], with a mouse and on
/// touch, the groups of pins drawn as one mark.
struct Clustering {
    pins: Vec<Pin>,
    /// `[class][pointer]`: 0 a mouse, 1 touch.
    groups: Vec<[Vec<Vec<usize>>; 2]>,
}

impl Clustering {
    fn new(map: &CampMap, camps: &[Camp]) -> Self {
        let pins = pins(map, camps);
        let groups = MAP_WIDTHS
            .iter()
            .map(|&px| [MOUSE_PX, TOUCH_PX].map(|target| clusters(&pins, min_distance(target, px))))
            .collect();
        Clustering { pins, groups }
    }

    /// Every group of more than one pin at some size, once, in order.
    fn all(&self) -> Vec<&Vec<usize>> {
        let mut all: Vec<&Vec<usize>> = Vec::new();
        for group in self.groups.iter().flatten().flatten() {
            if group.len() > 1 && !all.contains(&group) {
                all.push(group);
            }
        }
        all.sort();
        all
    }
}

/// A cluster's id: its first camp's and how many it holds.
fn cluster_id(camps: &[Camp], group: &[usize]) -> String {
    format!("cluster-{}-{}", camps[group[0]].id, group.len())
}

/// The rules that place the pins and clusters over the picture (`--x`, `--y`), give the
/// picture its shape, and say at which sizes a pin gives way to its cluster (`--p0: none`
/// …, `--pc0` on touch screens) and a cluster shows (`--c0: grid` …, `--cc0`); the
/// stylesheet's container queries pick the size ([`MAP_WIDTHS`]). In the page's `<style>`
/// in its head, so that a Content-Security-Policy without `'unsafe-inline'` allows them by
/// their hash. A camp is placed by its place in the list.
pub fn map_rules(map: &CampMap, camps: &[Camp]) -> String {
    let clustering = Clustering::new(map, camps);
    let percent = |value: u32| format!("{}.{:02}", value / 100, value % 100);
    let mut rules = format!(".{FRAME}{{--ratio:{}/{}}}", map.fit.width, map.fit.height);
    for (index, pin) in clustering.pins.iter().enumerate() {
        let mut rule = format!(
            ".{CAMPS}>:nth-child({}){{--x:{};--y:{}",
            index + 1,
            percent(pin.x),
            percent(pin.y)
        );
        for (class, by_pointer) in clustering.groups.iter().enumerate() {
            for (groups, touch) in by_pointer.iter().zip(["", "c"]) {
                if groups
                    .iter()
                    .any(|group| group.len() > 1 && group.contains(&index))
                {
                    rule.push_str(&format!(";--p{touch}{class}:none"));
                }
            }
        }
        rules.push_str(&rule);
        rules.push('}');
    }
    for group in clustering.all() {
        let at = centre(&clustering.pins, group);
        let mut rule = format!(
            "#{}{{--x:{};--y:{}",
            cluster_id(camps, group),
            percent(at.x),
            percent(at.y)
        );
        for (class, by_pointer) in clustering.groups.iter().enumerate() {
            for (groups, touch) in by_pointer.iter().zip(["", "c"]) {
                if groups.contains(group) {
                    rule.push_str(&format!(";--c{touch}{class}:grid"));
                }
            }
        }
        rules.push_str(&rule);
        rules.push('}');
    }
    rules
}

/// A cluster of pins: its count, which opens the list of its camps (a `<details>`, so it
/// opens by tap, click, Enter or Space without the app), each a link to the camp.
fn cluster(ctx: &Context, camps: &[Camp], pins: &[Pin], group: &[usize]) -> Markup {
    // Its list opens towards the middle of the map, as pins' names do.
    let side = centre(pins, group).labels_left().then_some("left");
    let names: Vec<&str> = group.iter().map(|&i| camps[i].name.as_str()).collect();
    let label = ctx
        .words
        .map
        .cluster
        .replace("{count}", &group.len().to_string())
        .replace("{names}", &names.join(", "));
    html! {
        li class="ex-map__cluster" id=(cluster_id(camps, group)) data-side=[side] {
            details {
                summary aria-label=(label) title=(label) { (group.len()) }
                ul {
                    @for &i in group {
                        li { a href={ "#" (id::camp(camps[i].id.as_str())) } { (camps[i].name) } }
                    }
                }
            }
        }
    }
}

pub fn map(ctx: &Context, map: &CampMap, camps: &[Camp]) -> Markup {
    let words = &ctx.words.map;
    let alt_id = format!("{}-alt", id::figure(MAP_ID));
    let clustering = Clustering::new(map, camps);
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
                @for (camp, pin) in camps.iter().zip(&clustering.pins) {
                    li class="ex-camp" {
                        a class=(class::CAMP_PIN) id=(id::camp_pin(camp.id.as_str())) href={ "#" (id::camp(camp.id.as_str())) }
                            data-special=[camp.special.then_some("true")] data-side=[pin.labels_left().then_some("left")] {
                            span class="ex-camp__label" { (camp.name) }
                            span class="ex-vh" { ", " (camp.town) ", " (camp.years(&ctx.words.dates)) }
                        }
                        (details(ctx, camp))
                    }
                }
                @for group in clustering.all() {
                    (cluster(ctx, camps, &clustering.pins, group))
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
