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

/// Positions are ten-thousandths of the track (`--x`, `--w`); each mark carries its row for
/// every width in [`TRACK_WIDTHS`] (`--r0` …) and the track the number of rows (`--n0` …);
/// a tick says from which width on it has room (`data-from`). Marks are links to their
/// events in the list, which the app turns into the options of a listbox.
pub fn track(ctx: &Context, timeline: &Timeline, scale: &Scale) -> Markup {
    let spans: Vec<(i32, i32)> = timeline
        .events
        .iter()
        .map(|event| (event.when.start_day, event.when.end_day))
        .collect();
    let layouts: Vec<Vec<Slot>> = TRACK_WIDTHS
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
    let place = |left: u32, width: u32| format!("--x:{left};--w:{width}");
    let rows: Vec<String> = layouts
        .iter()
        .enumerate()
        .map(|(i, slots)| format!("--n{i}:{}", row_count(slots)))
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
    let words = &ctx.words;
    html! {
        div class="ex-tl-lanes" aria-hidden="true" style=(rows.join(";")) {
            @for era in &timeline.eras {
                @let (left, right) = scale.extent(&era.when);
                span class="ex-tl-era" style=(place(left, right - left)) {
                    span class="ex-tl-era__label" { (era.label) }
                }
            }
            @for (year, position, from) in &axis {
                span class="ex-tl-tick" data-from=(from) style=(place(*position, 0)) { (year) }
            }
        }
        @for (index, event) in timeline.events.iter().enumerate() {
            @let (start, end) = spans[index];
            @let left = scale.position(start);
            @let style = {
                // Where it starts and how long it lasts; the stylesheet gives short ones a
                // minimum width, which the rows were laid out for.
                let mut style = place(left, scale.position(end.saturating_add(1)) - left);
                for (i, slots) in layouts.iter().enumerate() {
                    style.push_str(&format!(";--r{i}:{}", slots[index].row));
                }
                style
            };
            a class=(class::TRACK_MARK) id=(id::track_mark(event.id.as_str()))
                href={ "#" (id::event(event.id.as_str())) }
                data-precision=(event.when.precision.key()) data-disputed=(event.disputed()) style=(style) {
                span class="ex-vh" {
                    (event.when.label(&words.dates))
                    @if event.disputed() { " (" (words.timeline.uncertain) ")" }
                    ": " (event.headline)
                }
            }
        }
    }
}
