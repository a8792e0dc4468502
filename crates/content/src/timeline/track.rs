//! The inside of the timeline's track: era bands with their names, a mark per event with its
//! label where there is room, and the axis, laid out at build time for every width class
//! ([`TRACK_WIDTHS`]) so the stylesheet can pick the layout that fits (a container query)
//! without any code.

use exhibit_dom::{class, id};
use maud::{html, Markup};

use super::layout::{
    pack_marks, place_marks, row_count, ticks, units_for_px, year_of_day, EraName, Scale, Side,
    Slot, Tick, FULL,
};
use super::room;
use super::Timeline;
use crate::core::context::Context;

/// The track widths, in pixels, that the marks are laid out for at build time, each 1.75
/// times the one before. The stylesheet picks the rows laid out for the widest of these
/// that the track reaches (a container query), or for the one below it on touch screens,
/// whose marks are 1.75 times as wide (28 px instead of 16). Screens reach the first six;
/// the rest are for a track zoomed into a stretch of years (many times its box's width).
pub const TRACK_WIDTHS: [u32; 12] = [
    160, 280, 490, 860, 1500, 2630, 4600, 8050, 14_090, 24_660, 43_150, 75_510,
];
/// From this width class on, every event's label shows: each mark takes its row together
/// with its label ([`pack_marks`]). A track zoomed into a few years is that wide.
pub const LABELLED_FROM: usize = 6;
/// The narrowest mark, in pixels, for a mouse (see [`TRACK_WIDTHS`]).
pub const MARK_PX: u32 = 16;
/// The room kept between marks in a row, in pixels.
pub const GAP_PX: u32 = 4;
/// The least room between two tick labels, in pixels.
pub const TICK_SPACING_PX: u32 = 64;
/// The era bands and the ticks of the axis, behind the marks.
const LANES: &str = "ex-tl-lanes";
/// Where everything on the track goes, for every width class, for the rules that place it
/// ([`track_rules`]); the markup ([`track`]) needs none of it (the axis places itself).
struct Placement {
    /// Each event's start and end day.
    spans: Vec<(i32, i32)>,
    /// Each width class's rows, one slot per event.
    layouts: Vec<Vec<Slot>>,
    /// Each width class's labels, one per event, with a mouse and on touch screens.
    labels: Vec<Vec<Option<Side>>>,
    touch_labels: Vec<Vec<Option<Side>>>,
    /// Each width class's era names, one per era, and how many rows they take.
    eras: Vec<(Vec<EraName>, u16)>,
}

impl Placement {
    fn new(timeline: &Timeline, scale: &Scale) -> Self {
        let spans: Vec<(i32, i32)> = timeline
            .events
            .iter()
            .map(|event| (event.when.start_day, event.when.end_day))
            .collect();
        // Marks alone, with labels where they have room; from LABELLED_FROM on, marks
        // together with their labels (`packed`: each label's side).
        let mut layouts: Vec<Vec<Slot>> = Vec::new();
        let mut packed: Vec<Option<Vec<Option<Side>>>> = Vec::new();
        for (class, &px) in TRACK_WIDTHS.iter().enumerate() {
            let (mark, gap) = (units_for_px(MARK_PX, px), units_for_px(GAP_PX, px));
            if class < LABELLED_FROM {
                layouts.push(place_marks(scale, &spans, mark, gap));
                packed.push(None);
            } else {
                let widths = room::label_widths(timeline, class);
                let (slots, sides) = pack_marks(scale, &spans, &widths, mark, gap);
                layouts.push(slots);
                packed.push(Some(sides));
            }
        }
        // The labels beside the marks of class `marks` on a track of class `class`: those
        // packed with them, or those with room.
        let labels_at = |marks: usize, class: usize| {
            packed[marks]
                .clone()
                .unwrap_or_else(|| room::labels(timeline, &layouts[marks], class))
        };
        let labels = (0..TRACK_WIDTHS.len())
            .map(|class| labels_at(class, class))
            .collect();
        // On touch screens the marks are laid out one class down (see TRACK_WIDTHS); the
        // narrowest class has none below it, and shows its labels on touch only on demand.
        // Marks packed with their labels keep those labels, which have more room on touch.
        let touch_labels = (0..TRACK_WIDTHS.len())
            .map(|class| match class.checked_sub(1) {
                Some(below) => labels_at(below, class),
                None => vec![None; timeline.events.len()],
            })
            .collect();
        let eras = (0..TRACK_WIDTHS.len())
            .map(|class| room::era_names_for(timeline, scale, class))
            .collect();
        Placement {
            spans,
            layouts,
            labels,
            touch_labels,
            eras,
        }
    }
}

/// The axis's ticks, each with the narrowest width class at which the axis has room for
/// it: decades, years, and on a track zoomed far enough, months in the years that have
/// events.
fn axis(timeline: &Timeline, scale: &Scale) -> Vec<(Tick, usize)> {
    let mut month_years: Vec<i32> = timeline
        .events
        .iter()
        .flat_map(|event| [event.when.start_day, event.when.end_day])
        .map(year_of_day)
        .collect();
    month_years.sort_unstable();
    month_years.dedup();
    let mut axis: Vec<(Tick, usize)> = Vec::new();
    for (i, &px) in TRACK_WIDTHS.iter().enumerate() {
        for tick in ticks(scale, px, TICK_SPACING_PX, &month_years) {
            if !axis.iter().any(|(known, _)| *known == tick) {
                axis.push((tick, i));
            }
        }
    }
    axis.sort_unstable_by_key(|(tick, _)| (tick.position, tick.year, tick.month));
    axis
}

/// A year's ticks, each with the narrowest width class at which the axis has room for it.
type YearTicks = Vec<(Tick, usize)>;

/// The axis's ticks by year, one list per year of the scale, and the tick at its right
/// edge (which starts the year after). The axis draws each year as an equal cell (a leap
/// day moves a year's start by less than a day's width) and puts a year's tick at its
/// cell's left edge and its months' a quarter, half and three quarters across.
fn years(timeline: &Timeline, scale: &Scale) -> (Vec<YearTicks>, Option<(Tick, usize)>) {
    let first = year_of_day(scale.first_day());
    let last = year_of_day(scale.last_day());
    let mut years = vec![Vec::new(); usize::try_from(last - first).unwrap_or(0)];
    let mut end = None;
    for (tick, from) in axis(timeline, scale) {
        match usize::try_from(tick.year - first)
            .ok()
            .and_then(|i| years.get_mut(i))
        {
            Some(year) => year.push((tick, from)),
            None => end = Some((tick, from)),
        }
    }
    (years, end)
}

/// A tick's label: the year on 1 January, else the month's short name; the first and last
/// years sit at the track's edges, drawn inside it, not centred on the edge and cut.
fn tick_label(ctx: &Context, tick: Tick, from: usize) -> Markup {
    let edge = match tick.position {
        0 => Some("start"),
        FULL => Some("end"),
        _ => None,
    };
    let month = (tick.month > 1).then_some(tick.month);
    html! {
        span class="ex-tl-tick" data-from=(from) data-edge=[edge] data-month=[month] {
            @if let Some(month) = month {
                (ctx.words.dates.months_short[usize::from(month) - 1])
            } @else {
                (tick.year)
            }
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
    let words = &ctx.words;
    html! {
        div class=(LANES) aria-hidden="true" {
            @for era in &timeline.eras {
                span class="ex-tl-era" title=(era.label) {
                    span class="ex-tl-era__label" { (era.label) }
                    @if era.short != era.label {
                        span class="ex-tl-era__label ex-tl-era__label--short" { (era.short) }
                    }
                }
            }
            // A cell per year, ticks at their cells' edges: no tick needs a rule of its own.
            @let (years, end) = years(timeline, scale);
            div class="ex-tl-axis" {
                @for year in years {
                    span class="ex-tl-year" {
                        @for (tick, from) in year { (tick_label(ctx, tick, from)) }
                    }
                }
                @if let Some((tick, from)) = end { (tick_label(ctx, tick, from)) }
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
                span class="ex-tl-mark__label" aria-hidden="true" { (event.short) }
            }
        }
    }
}

/// The rules that place the track's parts, laid out at build time for every width class
/// ([`TRACK_WIDTHS`]). Positions are ten-thousandths of the track (`--x`, `--w`); each mark
/// carries its row for every width class (`--r0` …) and whether its label shows there and
/// on which side (`--v0: block`, `--s0: -1` for the left; not shown and right unless said;
/// `--vc0`, `--sc0` on touch screens);
/// each era which of its names shows (`--ef0`, `--es0`: `block` or `none`) and in which
/// row (`--er0`); the lanes the number of rows of marks and of era names (`--n0`, `--e0`
/// …); a tick says from which width class on it has room (`data-from`, in the markup),
/// and its year's cell on the axis places it. Eras are the lanes' first children in order,
/// so they are placed by their place among them.
pub fn track_rules(timeline: &Timeline, scale: &Scale) -> String {
    let placement = Placement::new(timeline, scale);
    let lanes = format!(".{LANES}");
    let rows: Vec<String> = placement
        .layouts
        .iter()
        .zip(&placement.eras)
        .enumerate()
        .map(|(i, (slots, (_, era_rows)))| format!("--n{i}:{};--e{i}:{era_rows}", row_count(slots)))
        .collect();
    // On the track, whose marks and lanes inherit them.
    let mut rules = format!("#{}{{{}}}", id::TIMELINE_TRACK, rows.join(";"));
    let eras = timeline.eras.iter().enumerate().map(|(era, entry)| {
        let (left, right) = scale.extent(&entry.when);
        let mut style = place(left, right - left);
        // Which name shows in each width class, and in which row (none: neither).
        for (i, (names, _)) in placement.eras.iter().enumerate() {
            let (full, short, row) = match names[era] {
                EraName::Full { row } => ("block", "none", row),
                // An era without a short name has only the one.
                EraName::Short { row } if entry.short == entry.label => ("block", "none", row),
                EraName::Short { row } => ("none", "block", row),
                EraName::Hidden => ("none", "none", 0),
            };
            style.push_str(&format!(";--ef{i}:{full};--es{i}:{short};--er{i}:{row}"));
        }
        style
    });
    for (child, place) in eras.enumerate() {
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
            // Its label, where it has room: visible, and on which side (right unless
            // said); `c` for touch screens. Where every label has room (marks packed with
            // their labels) visible is the stylesheet's default, and only `none` is said.
            // A label without room shows only on demand, over the rest: towards the middle.
            for (labels, touch, packed) in [
                (&placement.labels, "", i >= LABELLED_FROM),
                (&placement.touch_labels, "c", i > LABELLED_FROM),
            ] {
                let shown = match labels[i][index] {
                    Some(Side::Right) => true,
                    Some(Side::Left) => {
                        style.push_str(&format!(";--s{touch}{i}:-1"));
                        true
                    }
                    None if left > FULL / 2 => {
                        style.push_str(&format!(";--s{touch}{i}:-1"));
                        false
                    }
                    None => false,
                };
                match (shown, packed) {
                    (true, false) => style.push_str(&format!(";--v{touch}{i}:block")),
                    (false, true) => style.push_str(&format!(";--v{touch}{i}:none")),
                    _ => {}
                }
            }
        }
        rules.push_str(&format!(
            "#{}{{{style}}}",
            id::track_mark(event.id.as_str())
        ));
    }
    rules
}
