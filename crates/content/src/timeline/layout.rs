//! The timeline's layout as pure integer arithmetic (no browser APIs, no floats): where a
//! day sits on the track, which row each event's label takes so that labels never
//! overlap, the era bands, and the ticks (decades, years, months).
//!
//! Positions are in ten-thousandths of the track's width: 0 is the left edge and
//! [`FULL`] the right edge, so a view can write them straight into CSS as
//! `left: calc(var(--pos) * 1%)` with `--pos` = position / 100, or as a percentage with
//! two decimals from integer division, without formatting floats in the browser. Days are
//! counted as in [`super::dates::day_number`] (days since 1 January 1900).

use super::dates::{day_number, year_start};
use super::{Era, Timeline, TimelineEvent, When};

/// The width of the whole track, in layout units.
pub const FULL: u32 = 10_000;

/// Ticks are placed every this many months (three months, then 1, 2, 5, 10, 20, 50 and 100
/// years), the smallest step that leaves room.
pub const TICK_STEPS: [i32; 8] = [3, 12, 24, 60, 120, 240, 600, 1200];

/// Maps days onto the track.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Scale {
    first_day: i32,
    last_day: i32,
}

/// The year a day falls in.
pub fn year_of_day(day: i32) -> i32 {
    // A close first guess from the mean Gregorian year, then corrected.
    let mut year = 1900 + i32::try_from(i64::from(day) * 10_000 / 3_652_425).unwrap_or(0);
    while year_start(year) > day {
        year -= 1;
    }
    while year_start(year + 1) <= day {
        year += 1;
    }
    year
}

impl Scale {
    /// A scale whose left edge is `first_day` and right edge `last_day` (at least a day
    /// after the first).
    pub fn new(first_day: i32, last_day: i32) -> Scale {
        Scale {
            first_day,
            last_day: last_day.max(first_day + 1),
        }
    }

    /// A scale covering the days given, widened to whole decades: 4 June 1918 to
    /// October 2022 becomes 1 January 1910 to 1 January 2030.
    pub fn decades_around(first_day: i32, last_day: i32) -> Scale {
        let first_year = year_of_day(first_day).div_euclid(10) * 10;
        let last_year = (year_of_day(last_day).div_euclid(10) + 1) * 10;
        Scale::new(year_start(first_year), year_start(last_year))
    }

    /// The decade-rounded scale for a whole timeline, or `None` if it is empty.
    pub fn for_timeline(timeline: &Timeline) -> Option<Scale> {
        timeline
            .extent()
            .map(|(first, last)| Scale::decades_around(first, last))
    }

    pub fn first_day(&self) -> i32 {
        self.first_day
    }

    pub fn last_day(&self) -> i32 {
        self.last_day
    }

    /// Where a day's start sits, 0..=[`FULL`], rounded to the nearest unit; days outside
    /// the scale are clamped to its edges. Never decreases as the day increases.
    pub fn position(&self, day: i32) -> u32 {
        let span = i64::from(self.last_day) - i64::from(self.first_day);
        let offset = (i64::from(day) - i64::from(self.first_day)).clamp(0, span);
        let units = (offset * i64::from(FULL) + span / 2) / span;
        u32::try_from(units).unwrap_or(FULL).min(FULL)
    }

    /// Where a date or span begins and ends on the track: from the start of its first day
    /// to the end of its last (so a single day has a small width, often 0).
    pub fn extent(&self, when: &When) -> (u32, u32) {
        (
            self.position(when.start_day),
            self.position(when.end_day.saturating_add(1)),
        )
    }

    /// The year at a track position (for a slider or a screen reader's value text).
    pub fn year_at(&self, position: u32) -> i32 {
        let span = i64::from(self.last_day) - i64::from(self.first_day);
        let offset = i64::from(position.min(FULL)) * span / i64::from(FULL);
        year_of_day(self.first_day + i32::try_from(offset).unwrap_or(0))
    }
}

/// Converts a width in pixels to layout units on a track `track_px` wide, rounding up so
/// that a label never takes less room than it needs.
pub fn units_for_px(px: u32, track_px: u32) -> u32 {
    if track_px == 0 {
        return FULL;
    }
    let units = (u64::from(px) * u64::from(FULL)).div_ceil(u64::from(track_px));
    u32::try_from(units).unwrap_or(FULL)
}

/// Where a label goes: its row (0 is nearest the track) and the stretch it covers,
/// `left..right` in layout units.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Slot {
    pub row: u16,
    pub left: u32,
    pub right: u32,
}

/// Puts labels in rows so that no two in a row overlap or come closer than `gap`.
///
/// Each item is `(position, width)` in layout units: the label starts at its event's
/// position, or further left if it would run past the right edge (a label wider than the
/// track is cut to it). Labels are taken from left to right and each goes in the lowest
/// row where it fits (greedy interval packing, which uses as few rows as any packing
/// can). The result is in the order of `items`.
pub fn assign_rows(items: &[(u32, u32)], gap: u32) -> Vec<Slot> {
    let mut slots: Vec<Slot> = items
        .iter()
        .map(|&(position, width)| {
            let width = width.min(FULL);
            let left = position.min(FULL).min(FULL - width);
            Slot {
                row: 0,
                left,
                right: left + width,
            }
        })
        .collect();
    let mut order: Vec<usize> = (0..slots.len()).collect();
    order.sort_by_key(|&i| (slots[i].left, i));
    // The right edge of the last label in each row.
    let mut row_ends: Vec<u32> = Vec::new();
    for i in order {
        let slot = &mut slots[i];
        let free = row_ends
            .iter()
            .position(|&end| end.saturating_add(gap) <= slot.left);
        let row = match free {
            Some(row) => row,
            None => {
                row_ends.push(0);
                row_ends.len() - 1
            }
        };
        row_ends[row] = slot.right;
        slot.row = u16::try_from(row).unwrap_or(u16::MAX);
    }
    slots
}

/// The number of rows a set of slots uses.
pub fn row_count(slots: &[Slot]) -> u16 {
    slots
        .iter()
        .map(|slot| slot.row.saturating_add(1))
        .max()
        .unwrap_or(0)
}

/// Places every event's label: `label_width` gives each label's width in layout units
/// (measured by the view, or estimated with [`units_for_px`]).
pub fn place_events(
    timeline: &Timeline,
    scale: &Scale,
    label_width: impl Fn(&TimelineEvent) -> u32,
    gap: u32,
) -> Vec<Slot> {
    let items: Vec<(u32, u32)> = timeline
        .events
        .iter()
        .map(|event| (scale.position(event.when.start_day), label_width(event)))
        .collect();
    assign_rows(&items, gap)
}

/// Places a mark for each `(start_day, end_day)`: from its first day to the end of its
/// last, but at least `min_width` wide (a day is far narrower than anything one can see
/// or tap), in rows so that no two marks in a row overlap or come closer than `gap`.
pub fn place_marks(scale: &Scale, spans: &[(i32, i32)], min_width: u32, gap: u32) -> Vec<Slot> {
    let items: Vec<(u32, u32)> = spans
        .iter()
        .map(|&(start, end)| {
            let left = scale.position(start);
            let right = scale.position(end.saturating_add(1));
            (left, (right - left).max(min_width))
        })
        .collect();
    assign_rows(&items, gap)
}

/// Places a mark for each `(start_day, end_day)` as [`place_marks`] does, each together
/// with its label (`labels[i]` wide), so that every label shows: a mark and its label take
/// their row together, the label `gap` to the right of the mark, or to its left where the
/// right would run off the track (or nowhere, if neither side has room on the track). The
/// result is each mark's slot and its label's side, in the order of `spans`.
pub fn pack_marks(
    scale: &Scale,
    spans: &[(i32, i32)],
    labels: &[u32],
    min_width: u32,
    gap: u32,
) -> (Vec<Slot>, Vec<Option<Side>>) {
    // Each mark's start and width, and the side its label takes.
    let marks: Vec<(u32, u32, Option<Side>)> = spans
        .iter()
        .zip(labels)
        .map(|(&(start, end), &label)| {
            let left = scale.position(start);
            let width = (scale.position(end.saturating_add(1)) - left).max(min_width);
            let beside = gap.saturating_add(label);
            let side = if left.saturating_add(width).saturating_add(beside) <= FULL {
                Some(Side::Right)
            } else if left >= beside {
                Some(Side::Left)
            } else {
                None
            };
            (left, width, side)
        })
        .collect();
    let items: Vec<(u32, u32)> = marks
        .iter()
        .zip(labels)
        .map(|(&(left, width, side), &label)| match side {
            Some(Side::Right) => (left, width + gap + label),
            Some(Side::Left) => (left - gap - label, width + gap + label),
            None => (left, width),
        })
        .collect();
    let slots = assign_rows(&items, gap)
        .into_iter()
        .zip(&marks)
        .map(|(item, &(_, width, side))| {
            // The mark's part of its item (moved with it, if the item had to move).
            let left = match side {
                Some(Side::Left) => item.right.saturating_sub(width),
                _ => item.left,
            };
            Slot {
                row: item.row,
                left,
                right: (left + width).min(item.right),
            }
        })
        .collect();
    (slots, marks.into_iter().map(|(_, _, side)| side).collect())
}

/// An era drawn as a band across the track.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Band {
    pub left: u32,
    pub right: u32,
}

/// The eras' bands, in the eras' order (which is chronological).
pub fn era_bands(scale: &Scale, eras: &[Era]) -> Vec<Band> {
    eras.iter()
        .map(|era| {
            let (left, right) = scale.extent(&era.when);
            Band { left, right }
        })
        .collect()
}

/// A labelled mark on the track's axis: on 1 January (the year is its label) or on the
/// first of a month (the month's short name).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tick {
    pub year: i32,
    /// 1 for January … 12 for December.
    pub month: u8,
    pub position: u32,
}

/// The tick step for a track `track_px` wide, in months: of the [`TICK_STEPS`] whose ticks
/// are at least `min_spacing_px` apart, the one that puts the most ticks on the scale (the
/// smallest of those), or the largest step if none is that far apart. Taking the most
/// ticks, not merely the smallest step, keeps a wider track from ever showing fewer ticks:
/// the steps do not all divide each other (a 1941–1950 scale has a tick every 50 years, at
/// 1950, but none every 20). Ticks between years go only in `month_years`, and need only
/// three quarters of the room: a month's short name is shorter than a year.
pub fn tick_step(scale: &Scale, track_px: u32, min_spacing_px: u32, month_years: &[i32]) -> i32 {
    let span = i64::from(scale.last_day) - i64::from(scale.first_day);
    let fits = |step: i32| {
        // The shortest stretch of `step` months: of years, the one with fewest leap days;
        // of months, 30 days a month less one (three months from January have 90 days).
        let (days, spacing) = if step >= 12 {
            (i64::from(step / 12) * 365 + i64::from(step / 48) - 1, 4)
        } else {
            (i64::from(step) * 30 - 1, 3)
        };
        days * i64::from(track_px) * 4 >= i64::from(min_spacing_px) * spacing * span
    };
    TICK_STEPS
        .into_iter()
        .filter(|&step| fits(step))
        .max_by_key(|&step| (ticks_every(scale, step, month_years).len(), -step))
        .unwrap_or(TICK_STEPS[TICK_STEPS.len() - 1])
}

/// The axis's ticks on a track `track_px` wide, at least `min_spacing_px` apart (see
/// [`tick_step`]): decades, years, or months in `month_years`; fewer on a narrow track.
pub fn ticks(scale: &Scale, track_px: u32, min_spacing_px: u32, month_years: &[i32]) -> Vec<Tick> {
    let step = tick_step(scale, track_px, min_spacing_px, month_years);
    ticks_every(scale, step, month_years)
}

/// A tick on the first of every `step` months inside the scale: on 1 January of every year
/// divisible by `step / 12`, or, for a step under a year, on every year's 1 January and
/// every `step` months after it in `month_years`.
fn ticks_every(scale: &Scale, step: i32, month_years: &[i32]) -> Vec<Tick> {
    let years = (step / 12).max(1);
    let mut year = year_of_day(scale.first_day);
    year += (years - year.rem_euclid(years)) % years;
    if year_start(year) < scale.first_day {
        year += years;
    }
    let mut out = Vec::new();
    while year_start(year) <= scale.last_day {
        let months = if step < 12 && month_years.contains(&year) {
            step
        } else {
            12
        };
        for month in (1..=12).step_by(usize::try_from(months).unwrap_or(12)) {
            let month = u8::try_from(month).unwrap_or(1);
            let day = day_number(year, month, 1);
            if (scale.first_day..=scale.last_day).contains(&day) {
                out.push(Tick {
                    year,
                    month,
                    position: scale.position(day),
                });
            }
        }
        year += years;
    }
    out
}

/// Which side of its mark an event's label is drawn on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    Right,
    Left,
}

/// Where each event's label goes beside its mark, if anywhere: a label (as wide as
/// `widths[i]`, in layout units) goes on the right of its mark if there it overlaps nothing
/// already in the mark's row, marks or labels, keeps `gap` from them and stays on the track;
/// otherwise on the left on the same terms; otherwise it is not drawn (the mark shows it on
/// hover, focus and selection). Labels claim room in `order` (the most important first);
/// the result is in the order of `marks`.
pub fn place_labels(
    marks: &[Slot],
    widths: &[u32],
    order: &[usize],
    gap: u32,
) -> Vec<Option<Side>> {
    // What is taken in each row: the marks, then each label placed.
    let mut taken: Vec<(u16, u32, u32)> = marks
        .iter()
        .map(|slot| (slot.row, slot.left, slot.right))
        .collect();
    let mut sides = vec![None; marks.len()];
    for &i in order {
        let (Some(mark), Some(&width)) = (marks.get(i), widths.get(i)) else {
            continue;
        };
        let free = |left: u32, right: u32, taken: &[(u16, u32, u32)]| {
            taken.iter().all(|&(row, l, r)| {
                row != mark.row || r.saturating_add(gap) <= left || right.saturating_add(gap) <= l
            })
        };
        let right = (
            mark.right.saturating_add(gap),
            mark.right.saturating_add(gap).saturating_add(width),
        );
        let left = mark
            .left
            .checked_sub(gap.saturating_add(width))
            .map(|start| (start, start + width));
        // Both sides start `gap` from the mark, so its own mark never stands in the way.
        let side = if right.1 <= FULL && free(right.0, right.1, &taken) {
            Some((Side::Right, right))
        } else {
            left.filter(|&(l, r)| free(l, r, &taken))
                .map(|span| (Side::Left, span))
        };
        if let Some((side, (l, r))) = side {
            taken.push((mark.row, l, r));
            sides[i] = Some(side);
        }
    }
    sides
}

/// How an era's name is shown on a track of some width: in full, by its short name, or
/// not at all (where even that would run into the next era's), and in which row.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EraName {
    Full { row: u16 },
    Short { row: u16 },
    Hidden,
}

/// How the eras' names are shown, given each era's band and the width of its full and its
/// short name (layout units). A name starts where its band starts and may run past the
/// band's end, but never into another name nor off the track: each era takes its full name
/// if it fits in one of `rows` rows, else its short name, else none. The result is in the
/// order of `bands`, which is chronological.
pub fn era_names(bands: &[Band], full: &[u32], short: &[u32], rows: u16, gap: u32) -> Vec<EraName> {
    let mut row_ends: Vec<Option<u32>> = vec![None; usize::from(rows)];
    bands
        .iter()
        .enumerate()
        .map(|(i, band)| {
            let mut fit = |width: u32| {
                let right = band
                    .left
                    .checked_add(width)
                    .filter(|&right| right <= FULL)?;
                let row = row_ends
                    .iter()
                    .position(|end| end.is_none_or(|end| end.saturating_add(gap) <= band.left))?;
                row_ends[row] = Some(right);
                u16::try_from(row).ok()
            };
            match fit(full.get(i).copied().unwrap_or(FULL)) {
                Some(row) => EraName::Full { row },
                None => match fit(short.get(i).copied().unwrap_or(FULL)) {
                    Some(row) => EraName::Short { row },
                    None => EraName::Hidden,
                },
            }
        })
        .collect()
}
