//! The timeline's page, drawn at build time: the track (one tab stop once the app runs),
//! the selected event's details, and every event as an ordered list: what screen readers
//! read through, what the list view shows, what prints, and what the track's marks link
//! to without JavaScript.

use exhibit_dom::{class, id, input, View};
use maud::{html, Markup};

use super::layout::{year_of_day, Scale};
use super::track::{track, track_rules};
use super::{Timeline, TimelineEvent};
use crate::core::context::Context;
use crate::core::parts::{choice, doubt};

/// The track's scale: whole decades around the events.
fn scale(timeline: &Timeline) -> Scale {
    let (first_day, last_day) = timeline.extent().unwrap_or((0, 0));
    Scale::decades_around(first_day, last_day)
}

/// The rules that place the track's parts, for the page's `<style>`.
pub fn timeline_rules(timeline: &Timeline) -> String {
    track_rules(timeline, &scale(timeline))
}

/// The zoom's buttons: out, in, the essay's years, all years, and which years the track
/// shows. Only with the app (the stylesheet hides them without it, and on a kiosk, whose
/// build cannot zoom): without it the track shows every year, and the list every event.
/// `events` are the years the events cover, `all_years` as the page writes them.
fn zoom(ctx: &Context, timeline: &Timeline, events: (i32, i32), all_years: &str) -> Markup {
    let words = &ctx.words.timeline;
    let button = |id: Option<&str>, years: Option<String>, label: Option<&str>, text: &str| {
        html! {
            button type="button" class="ex-button ex-tl-zoom__button" id=[id] data-years=[years]
                aria-label=[label] title=[label] { (text) }
        }
    };
    html! {
        div class="ex-tl-zoom" id=(id::TIMELINE_ZOOM) role="group" aria-label=(words.zoom)
            aria-controls=(id::TIMELINE_TRACK) {
            (button(Some(id::TIMELINE_ZOOM_OUT), None, Some(&words.zoom_out), "−"))
            (button(Some(id::TIMELINE_ZOOM_IN), None, Some(&words.zoom_in), "+"))
            @if let Some((first, last)) = timeline.focus {
                (button(None, Some(format!("{first}-{last}")), None,
                    &words.zoom_years.replace("{first}", &first.to_string()).replace("{last}", &last.to_string())))
            }
            (button(None, Some(String::new()), None, &words.zoom_all))
            // Which years the events cover (the app shows no more than those).
            p class="ex-tl-zoom__showing" id=(id::TIMELINE_SHOWING) aria-live="polite"
                data-template=(words.showing) data-years={ (events.0) "-" (events.1) } {
                (words.showing.replace("{years}", all_years))
            }
        }
    }
}

/// The timeline's section: heading, settings, the visual timeline and the list.
pub fn timeline(ctx: &Context, timeline: &Timeline, essay_blocks: &[String]) -> Markup {
    let words = &ctx.words.timeline;
    let (first_day, last_day) = timeline.extent().unwrap_or((0, 0));
    let scale = scale(timeline);
    let (first_year, last_year) = (year_of_day(first_day), year_of_day(last_day));
    let years = format!("{first_year}–{last_year}");
    html! {
        section class="ex-timeline" id="timeline" aria-labelledby=(id::VIEW_TITLE) {
            h1 class="ex-timeline__title" id=(id::VIEW_TITLE) tabindex="-1" { (words.title.replace("{years}", &years)) }
            p class="ex-timeline__intro" { (words.intro.replace("{count}", &timeline.events.len().to_string())) }
            div class="ex-settings" {
                (choice(&words.show_as, input::TIMELINE_LAYOUT, &[
                    (input::LAYOUT_TRACK, &words.as_track, ""),
                    (input::LAYOUT_LIST, &words.as_list, ""),
                ]))
            }
            div class=(class::TIMELINE_VISUAL) {
                (zoom(ctx, timeline, (first_year, last_year), &years))
                // Zoomed in, the track is many times as wide as this box, which scrolls.
                div class="ex-tl-scroll" id=(id::TIMELINE_SCROLL) {
                    div class="ex-tl-wide" {
                        div class="ex-tl-track" id=(id::TIMELINE_TRACK) role="group"
                            aria-label=(words.track_label.replace("{years}", &years)) aria-describedby="ex-tl-help"
                            data-first=(year_of_day(scale.first_day())) data-end=(year_of_day(scale.last_day())) {
                            (track(ctx, timeline, &scale))
                        }
                    }
                }
                p class="ex-vh" id="ex-tl-help" { (words.track_help) }
                p class="ex-vh" id=(id::TIMELINE_LIVE) aria-live="polite" {}
                article class="ex-tl-detail" aria-labelledby="ex-tl-detail-title" {
                    h2 class="ex-vh" id="ex-tl-detail-title" { (words.selected) }
                    div id=(id::TIMELINE_DETAIL_BODY) {
                        p class="ex-tl-detail__prompt" { (words.prompt) }
                    }
                    nav class="ex-tl-detail__nav" aria-label=(words.steps_label) {
                        button type="button" class="ex-button" id=(id::TIMELINE_EARLIER) disabled { (words.earlier) }
                        button type="button" class="ex-button" id=(id::TIMELINE_LATER) disabled { (words.later) }
                    }
                }
            }
            section class="ex-tl-all" aria-labelledby="ex-tl-all-title" {
                h2 class="ex-tl-all__title" id="ex-tl-all-title" { (words.all) }
                ol class="ex-tl-list" id=(id::TIMELINE_LIST) {
                    @for event in &timeline.events {
                        li class="ex-tl-list__item" id=(id::event(event.id.as_str())) tabindex="-1" {
                            (event_body(ctx, event, era_of(timeline, event), essay_blocks))
                        }
                    }
                }
            }
        }
    }
}

/// The full name of the era an event belongs to.
fn era_of<'a>(timeline: &'a Timeline, event: &TimelineEvent) -> Option<&'a str> {
    let id = event.era.as_ref()?;
    timeline
        .eras
        .iter()
        .find(|era| &era.id == id)
        .map(|era| era.label.as_str())
}

/// An event's details: date, headline, what happened, doubts, where to read more, sources.
fn event_body(
    ctx: &Context,
    event: &TimelineEvent,
    era: Option<&str>,
    essay_blocks: &[String],
) -> Markup {
    let words = &ctx.words.timeline;
    let id = event.id.as_str();
    // Where the essay tells of it: its words about the event, or else its paragraph.
    let in_essay = if ctx.links.events_in_essay.contains(id) {
        Some(id::essay_event(id))
    } else {
        event
            .essay
            .clone()
            .filter(|anchor| essay_blocks.contains(anchor))
    };
    let camps = ctx
        .links
        .camps_of_event
        .get(id)
        .map_or(&[][..], Vec::as_slice);
    let notes: Vec<_> = event
        .notes
        .iter()
        .filter_map(|note| Some((note, ctx.note(note)?)))
        .collect();
    let has_links =
        in_essay.is_some() || !notes.is_empty() || !event.terms.is_empty() || !camps.is_empty();
    html! {
        p class="ex-tl-body__when" {
            time datetime=(event.when.datetime()) { (event.when.label(&ctx.words.dates)) }
            @if event.disputed() { " " span class="ex-tl-flag" { (words.uncertain) } }
            // The era's full name (the track may show it short, or not at all).
            @if let Some(era) = era { " · " span class="ex-tl-body__era" { (era) } }
        }
        h3 class=(class::EVENT_HEADLINE) { (event.headline) }
        p class="ex-tl-body__text" { (event.text) }
        (doubt(&words.sources_differ, event.differ.as_deref()))
        (doubt(&words.uncertain_label, event.uncertain.as_deref()))
        @if has_links {
            ul class="ex-tl-body__links" {
                @if let Some(anchor) = &in_essay {
                    li { a href=(ctx.href(View::Essay, anchor)) { (words.in_essay) } }
                }
                @for (note, (number, title)) in &notes {
                    li {
                        a href=(ctx.href(View::Essay, &id::note(note.as_str()))) {
                            (words.note_link.replace("{n}", &number.to_string()).replace("{title}", title))
                        }
                    }
                }
                @if !event.terms.is_empty() { li { (ctx.term_links(&event.terms)) } }
                @if !camps.is_empty() { li { (ctx.camp_links(camps)) } }
            }
        }
        (ctx.sources_line("ex-tl-body__sources", &words.sources, &event.sources))
    }
}
