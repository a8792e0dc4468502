//! The inside of the timeline's track: era bands, a mark per event and the axis, laid out
//! at build time for every width class ([`TRACK_WIDTHS`]) so the stylesheet can pick the
//! rows that fit (a container query) without any code.

use exhibit_dom::{class, id};
use maud::{html, Markup};

use super::layout::{place_marks, row_count, ticks, units_for_px, Scale, Slot};
use super::Timeline;
use crate::core::context::Context;

/// The track widths, in pixels, that the marks are laid out for at build time, each 1.75
/// times the one before. The stylesheet picks the rows laid out for the widest of these
/// that the track reaches (a container query), or for the one below it on touch screens,
/// whose marks are 1.75 times as wide (28 px instead of 16).
pub const TRACK_WIDTHS: [u32; 6] = [160, 280, 490, 860, 1500, 2630];
/// The narrowest mark, in pixels, for a mouse (see [`TRACK_WIDTHS`]).
pub const MARK_PX: u32 = 16;
/// The room kept between marks in a row, in pixels.
pub const GAP_PX: u32 = 4;
/// The least room between two tick labels, in pixels.
pub const TICK_SPACING_PX: u32 = 64;
/// The era bands and the ticks of the axis, behind the marks.
const LANES: &str = "ex-tl-lanes";

/// Where everything on the track goes, for every width class: computed once, then drawn as
/// markup ([`track`]) and as the rules that place it ([`track_rules`]).
struct Placement {
    /// Each event's start and end day.
    spans: Vec<(i32, i32)>,
    /// Each width class's rows, one slot per event.
    layouts: Vec<Vec<Slot>>,
    /// Each tick: its year, position and the narrowest width class with room for it.
    axis: Vec<(i32, u32, usize)>,
}

impl Placement {
    fn new(timeline: &Timeline, scale: &Scale) -> Self {
        let spans: Vec<(i32, i32)> = timeline
            .events
            .iter()
            .map(|event| (event.when.start_day, event.when.end_day))
            .collect();
        let layouts = TRACK_WIDTHS
            .iter()
            .map(|&px| {
                place_marks(
                    scale,
                    &spans,
                    units_for_px(MARK_PX, px),
                    units_for_px(GAP_PX, px),
                )
            })
            .collect();
        // Each tick appears from the narrowest width at which the axis has room for it.
        let mut axis: Vec<(i32, u32, usize)> = Vec::new();
        for (i, &px) in TRACK_WIDTHS.iter().enumerate() {
            for tick in ticks(scale, px, TICK_SPACING_PX) {
                if !axis.iter().any(|(year, _, _)| *year == tick.year) {
                    axis.push((tick.year, tick.position, i));
                }
            }
        }
        axis.sort_unstable();
        Placement {
            spans,
            layouts,
            axis,
        }
    }
}

/// `--x` and `--w`: where a thing starts on the track and how long it is.
fn place(left: u32, width: u32) -> String {
    format!("--x:{left};--w:{width}")
}

/// The track's markup. Marks are links to their events in the list, which the app turns
/// into the options of a listbox. What places them is in [`track_rules`]: the page's
/// `<style>` in its head, so that a Content-Security-Policy without `'unsafe-inline'`
/// allows it by its hash (a `style` attribute could only be allowed by allowing them all).
pub fn track(ctx: &Context, timeline: &Timeline, scale: &Scale) -> Markup {
    let placement = Placement::new(timeline, scale);
    let words = &ctx.words;
    html! {
        div class=(LANES) aria-hidden="true" {
            @for era in &timeline.eras {
                span class="ex-tl-era" {
                    span class="ex-tl-era__label" { (era.label) }
                }
            }
            @for (year, _, from) in &placement.axis {
                span class="ex-tl-tick" data-from=(from) { (year) }
            }
        }
        @for event in &timeline.events {
            a class=(class::TRACK_MARK) id=(id::track_mark(event.id.as_str()))
                href={ "#" (id::event(event.id.as_str())) }
                data-precision=(event.when.precision.key()) data-disputed=(event.disputed()) {
                span class="ex-vh" {
                    (event.when.label(&words.dates))
                    @if event.disputed() { " (" (words.timeline.uncertain) ")" }
                    ": " (event.headline)
                }
            }
        }
    }
}

/// The rules that place the track's parts, laid out at build time for every width class
/// ([`TRACK_WIDTHS`]). Positions are ten-thousandths of the track (`--x`, `--w`); each mark
/// carries its row for every width class (`--r0` …) and the lanes the number of rows
/// (`--n0` …); a tick says from which width class on it has room (`data-from`, in the
/// markup). Eras and ticks are the lanes' children in order, so they are placed by their
/// place among them.
pub fn track_rules(timeline: &Timeline, scale: &Scale) -> String {
    let placement = Placement::new(timeline, scale);
    let lanes = format!(".{LANES}");
    let rows: Vec<String> = placement
        .layouts
        .iter()
        .enumerate()
        .map(|(i, slots)| format!("--n{i}:{}", row_count(slots)))
        .collect();
    let mut rules = format!("{lanes}{{{}}}", rows.join(";"));
    let eras = timeline.eras.iter().map(|era| {
        let (left, right) = scale.extent(&era.when);
        place(left, right - left)
    });
    let ticks = placement
        .axis
        .iter()
        .map(|(_, position, _)| place(*position, 0));
    for (child, place) in eras.chain(ticks).enumerate() {
        rules.push_str(&format!("{lanes}>:nth-child({}){{{place}}}", child + 1));
    }
    for (index, event) in timeline.events.iter().enumerate() {
        let (start, end) = placement.spans[index];
        let left = scale.position(start);
        // Where it starts and how long it lasts; the stylesheet gives short ones a minimum
        // width, which the rows were laid out for.
        let mut style = place(left, scale.position(end.saturating_add(1)) - left);
        for (i, slots) in placement.layouts.iter().enumerate() {
            style.push_str(&format!(";--r{i}:{}", slots[index].row));
        }
        rules.push_str(&format!(
            "#{}{{{style}}}",
            id::track_mark(event.id.as_str())
        ));
    }
    rules
}
