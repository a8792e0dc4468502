//! How much room the track's words take, and so which of them it shows at each width class
//! ([`TRACK_WIDTHS`]): each event's label beside its mark where it has room, and each era's
//! name, full or short, in as few rows as show them all.
//!
//! Words are measured by estimate, at build time. The estimate follows the stylesheet: the
//! root font size is `clamp(17px, 15.2px + 0.35vw, 24px)` (`html` in `exhibit.css`), an
//! event's label is 0.8125rem and an era's name 0.875rem bold with 0.4rem of padding on each
//! side. A class's track may sit on a screen up to a class wider (plus margins), and the
//! widest classes on any screen, so the root size is taken at that screen's width; and a
//! character is taken to be 0.62em wide (0.68em bold): DejaVu Sans, the widest of the usual
//! sans-serif faces, averages 0.59em. The estimate is thus never short of the real width at
//! the browser's default text size; a reader who sets a larger one may see labels touch.

use super::layout::{era_bands, era_names, place_labels, units_for_px, EraName, Scale, Side, Slot};
use super::track::{GAP_PX, TRACK_WIDTHS};
use super::{Timeline, TimelineEvent};

/// At most this many rows of era names (four: the five eras' short names on a 320 px phone).
pub const ERA_ROWS: u16 = 4;
/// Room the page keeps beside the track, at most (margins and the track's border).
const MARGINS_PX: u32 = 100;

/// The root font size, in hundredths of a pixel, on a screen `screen_px` wide.
fn root_cpx(screen_px: u32) -> u32 {
    (1520 + screen_px.saturating_mul(35) / 100).clamp(1700, 2400)
}

/// The largest root font size a track of width class `class` may be drawn with.
fn root_cpx_for(class: usize) -> u32 {
    TRACK_WIDTHS
        .get(class + 1)
        .map_or(2400, |next| root_cpx(next + MARGINS_PX))
}

/// How wide a text is taken to be, in layout units, on a track `track_px` wide: its
/// characters at `char_cpx` each and `pad_cpx` besides (hundredths of a pixel).
fn text_units(text: &str, char_cpx: u32, pad_cpx: u32, track_px: u32) -> u32 {
    let chars = u32::try_from(text.chars().count()).unwrap_or(u32::MAX);
    let cpx = chars.saturating_mul(char_cpx).saturating_add(pad_cpx);
    units_for_px(cpx.div_ceil(100), track_px)
}

/// An event label's width on a track of width class `class` drawn `track_px` wide.
fn label_units(event: &TimelineEvent, class: usize, track_px: u32) -> u32 {
    // 0.8125rem text, 0.62em a character, 0.25rem from its mark (the gap is kept besides).
    let font = root_cpx_for(class) * 8125 / 10_000;
    text_units(&event.short, font * 62 / 100, 0, track_px)
}

/// The order in which labels claim room: events the essay discusses first, then those an
/// editorial note is about, then the rest, each in date order.
fn importance(events: &[TimelineEvent]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..events.len()).collect();
    order.sort_by_key(|&i| (events[i].essay.is_none(), events[i].notes.is_empty(), i));
    order
}

/// Which events' labels show beside marks laid out as `marks`, on a track of width class
/// `class`. Touch screens lay marks out one class down (wider marks, see [`TRACK_WIDTHS`]),
/// but words are sized for the track's own class.
pub fn labels(timeline: &Timeline, marks: &[Slot], class: usize) -> Vec<Option<Side>> {
    place_labels(
        marks,
        &label_widths(timeline, class),
        &importance(&timeline.events),
        units_for_px(GAP_PX, TRACK_WIDTHS[class]),
    )
}

/// Each event's label's width, in layout units, on a track of width class `class`.
pub fn label_widths(timeline: &Timeline, class: usize) -> Vec<u32> {
    let px = TRACK_WIDTHS[class];
    timeline
        .events
        .iter()
        .map(|event| label_units(event, class, px))
        .collect()
}

/// How each era's name shows on a track of width class `class`, and in how many rows: as
/// few rows as show every era's name, full names where they fit, short ones only if full
/// ones would crowd a later era out.
pub fn era_names_for(timeline: &Timeline, scale: &Scale, class: usize) -> (Vec<EraName>, u16) {
    let px = TRACK_WIDTHS[class];
    let font = root_cpx_for(class) * 875 / 1000;
    let width = |text: &str| text_units(text, font * 68 / 100, font * 8 / 10, px);
    let full: Vec<u32> = timeline.eras.iter().map(|era| width(&era.label)).collect();
    let short: Vec<u32> = timeline.eras.iter().map(|era| width(&era.short)).collect();
    let bands = era_bands(scale, &timeline.eras);
    let gap = units_for_px(GAP_PX, px);
    let hidden = |names: &[EraName]| {
        names
            .iter()
            .filter(|name| **name == EraName::Hidden)
            .count()
    };
    let mut best: Option<(Vec<EraName>, u16)> = None;
    for rows in 1..=ERA_ROWS {
        let short_only: Vec<EraName> = era_names(&bands, &short, &short, rows, gap)
            .into_iter()
            .map(|name| match name {
                EraName::Full { row } => EraName::Short { row },
                other => other,
            })
            .collect();
        for names in [era_names(&bands, &full, &short, rows, gap), short_only] {
            if best
                .as_ref()
                .is_none_or(|(kept, _)| hidden(&names) < hidden(kept))
            {
                best = Some((names, rows));
            }
        }
    }
    best.unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_root_size_follows_the_stylesheet() {
        assert_eq!(root_cpx(320), 1700, "17 px on phones");
        assert_eq!(root_cpx(1280), 1968);
        assert_eq!(root_cpx(3840), 2400, "24 px at most");
        // A class is sized for the widest screen it may be on.
        assert_eq!(root_cpx_for(0), root_cpx(280 + MARGINS_PX));
        assert_eq!(root_cpx_for(TRACK_WIDTHS.len() - 1), 2400);
    }
}
