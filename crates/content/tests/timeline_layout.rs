//! The timeline's layout arithmetic: scale, label rows, era bands and ticks.

mod common;

use exhibit_content::timeline::dates::{day_number, year_start};
use exhibit_content::timeline::layout::{
    assign_rows, era_bands, era_names, pack_marks, place_events, place_labels, place_marks,
    row_count, tick_step, ticks, units_for_px, year_of_day, Band, EraName, Scale, Side, Slot, FULL,
};
use proptest::prelude::*;

fn shipped_timeline() -> exhibit_content::timeline::Timeline {
    common::shipped().timeline
}

/// No two labels in one row overlap or come closer than the gap.
fn assert_no_overlap(slots: &[Slot], gap: u32) {
    let mut by_row = slots.to_vec();
    by_row.sort_by_key(|p| (p.row, p.left));
    for pair in by_row.windows(2) {
        if pair[0].row == pair[1].row {
            assert!(
                pair[0].right + gap <= pair[1].left,
                "{:?} and {:?} overlap",
                pair[0],
                pair[1]
            );
        }
    }
}

#[test]
fn years_of_days() {
    assert_eq!(year_of_day(0), 1900);
    assert_eq!(year_of_day(-1), 1899);
    assert_eq!(year_of_day(day_number(1953, 3, 5)), 1953);
    assert_eq!(year_of_day(day_number(2000, 12, 31)), 2000);
    assert_eq!(year_of_day(day_number(2001, 1, 1)), 2001);
}

#[test]
fn the_scale_maps_its_edges_and_middle() {
    let scale = Scale::new(year_start(1910), year_start(2030));
    assert_eq!(scale.position(year_start(1910)), 0);
    assert_eq!(scale.position(year_start(2030)), FULL);
    assert_eq!(scale.position(year_start(1970)), FULL / 2);
    assert_eq!(scale.position(year_start(1800)), 0);
    assert_eq!(scale.position(year_start(2100)), FULL);
    assert_eq!(scale.year_at(0), 1910);
    assert_eq!(scale.year_at(FULL / 2), 1970);
    // An empty span is widened rather than divided by zero.
    assert_eq!(Scale::new(5, 5).position(5), 0);
}

#[test]
fn the_shipped_timeline_is_scaled_to_whole_decades() {
    let timeline = shipped_timeline();
    let scale = Scale::for_timeline(&timeline).expect("a scale");
    assert_eq!(year_of_day(scale.first_day()), 1910);
    assert_eq!(scale.first_day(), year_start(1910));
    assert_eq!(scale.last_day(), year_start(2030));
    let bands = era_bands(&scale, &timeline.eras);
    assert_eq!(bands.len(), timeline.eras.len());
    for band in &bands {
        assert!(band.left < band.right && band.right <= FULL);
    }
    // Eras meet at most on a shared day, well under one unit of a 1000-pixel track.
    for pair in bands.windows(2) {
        assert!(pair[0].right <= pair[1].left + 1, "{pair:?}");
    }
    // Labels 1200 px wide on a track of 1200 px: every label needs a row of its own.
    let slots = place_events(&timeline, &scale, |_| FULL, 0);
    assert_eq!(usize::from(row_count(&slots)), timeline.events.len());
    // Labels 120 px wide on a 1200-pixel track fit in a handful of rows.
    let width = units_for_px(120, 1200);
    assert_eq!(width, 1000);
    let slots = place_events(&timeline, &scale, |_| width, 20);
    assert_no_overlap(&slots, 20);
    assert!(row_count(&slots) < 20, "{}", row_count(&slots));
}

#[test]
fn marks_are_at_least_visible_and_never_overlap() {
    let timeline = shipped_timeline();
    let scale = Scale::for_timeline(&timeline).expect("events");
    let spans: Vec<(i32, i32)> = timeline
        .events
        .iter()
        .map(|event| (event.when.start_day, event.when.end_day))
        .collect();
    for track_px in [320, 768, 1280, 3840] {
        let min_width = units_for_px(16, track_px);
        let gap = units_for_px(4, track_px);
        let slots = place_marks(&scale, &spans, min_width, gap);
        assert_eq!(slots.len(), spans.len());
        assert_no_overlap(&slots, gap);
        for (slot, &(start, end)) in slots.iter().zip(&spans) {
            assert!(slot.right - slot.left >= min_width);
            // A span covers its whole stretch of time.
            if end > start {
                assert!(slot.right >= scale.position(end));
            }
        }
        // Fewer rows on a wider track.
        if track_px >= 1280 {
            assert!(row_count(&slots) <= 12, "{track_px}: {}", row_count(&slots));
        }
    }
}

#[test]
fn rows_are_packed_greedily() {
    let slots = assign_rows(&[(0, 100), (50, 100), (100, 100), (150, 100)], 0);
    let rows: Vec<u16> = slots.iter().map(|p| p.row).collect();
    assert_eq!(rows, [0, 1, 0, 1]);
    // With a gap, touching labels no longer share a row.
    let rows: Vec<u16> = assign_rows(&[(0, 100), (100, 100)], 1)
        .iter()
        .map(|p| p.row)
        .collect();
    assert_eq!(rows, [0, 1]);
    // A label near the right edge is moved left to stay on the track.
    assert_eq!(
        assign_rows(&[(9_950, 200)], 0)[0],
        Slot {
            row: 0,
            left: 9_800,
            right: FULL
        }
    );
    assert!(assign_rows(&[], 10).is_empty());
    assert_eq!(row_count(&[]), 0);
}

#[test]
fn ticks_are_decades_and_fewer_on_narrow_tracks() {
    let scale = Scale::new(year_start(1910), year_start(2030));
    let wide = ticks(&scale, 1200, 60, &[]);
    let years: Vec<i32> = wide.iter().map(|t| t.year).collect();
    assert_eq!(years, (1910..=2030).step_by(10).collect::<Vec<_>>());
    assert!(wide.iter().all(|tick| tick.month == 1));
    assert_eq!(wide[0].position, 0);
    assert_eq!(wide.last().map(|t| t.position), Some(FULL));
    assert_eq!(tick_step(&scale, 1200, 60, &[]), 120);
    assert_eq!(tick_step(&scale, 320, 60, &[]), 600);
    let narrow = ticks(&scale, 320, 60, &[]);
    let years: Vec<i32> = narrow.iter().map(|t| t.year).collect();
    assert_eq!(years, [1950, 2000]);
    assert_eq!(tick_step(&scale, 10, 60, &[]), 1200);
    // Zoomed in: every year, then every three months in the years asked for.
    assert_eq!(ticks(&scale, 8_000, 60, &[]).len(), 121);
    let months = ticks(&scale, 40_000, 60, &[1953, 1956]);
    assert_eq!(months.len(), 121 + 6);
    let in_1953: Vec<u8> = months
        .iter()
        .filter(|t| t.year == 1953)
        .map(|t| t.month)
        .collect();
    assert_eq!(in_1953, [1, 4, 7, 10]);
    // A scale that does not start on a tick year.
    let odd = Scale::new(day_number(1918, 6, 4), day_number(2022, 10, 7));
    let years: Vec<i32> = ticks(&odd, 1200, 60, &[]).iter().map(|t| t.year).collect();
    assert_eq!(years.first(), Some(&1920));
    assert_eq!(years.last(), Some(&2020));
}

proptest! {
    #[test]
    fn positions_are_monotonic_and_on_the_track(
        first in -2_000i32..60_000,
        length in 0i32..80_000,
        a in -10_000i32..150_000,
        b in -10_000i32..150_000,
    ) {
        let scale = Scale::new(first, first + length);
        let (low, high) = (a.min(b), a.max(b));
        prop_assert!(scale.position(low) <= scale.position(high));
        prop_assert!(scale.position(high) <= FULL);
    }

    #[test]
    fn labels_in_a_row_never_overlap(
        items in proptest::collection::vec((0u32..=FULL, 0u32..=3_000), 0..60),
        gap in 0u32..200,
    ) {
        let slots = assign_rows(&items, gap);
        prop_assert_eq!(slots.len(), items.len());
        for (slot, (_, width)) in slots.iter().zip(&items) {
            prop_assert!(slot.left <= slot.right && slot.right <= FULL);
            prop_assert_eq!(slot.right - slot.left, (*width).min(FULL));
        }
        let mut by_row = slots.clone();
        by_row.sort_by_key(|p| (p.row, p.left));
        for pair in by_row.windows(2) {
            if pair[0].row == pair[1].row {
                prop_assert!(pair[0].right + gap <= pair[1].left);
            }
        }
        // Rows are used from 0 upwards without holes.
        let rows = row_count(&slots);
        for row in 0..rows {
            prop_assert!(slots.iter().any(|p| p.row == row));
        }
    }

    #[test]
    fn ticks_are_ordered_on_the_track_and_thin_out(
        first_year in 1900i32..2000,
        years in 1i32..100,
        track in 1u32..100_000,
    ) {
        let scale = Scale::new(year_start(first_year), year_start(first_year + years));
        let month_years = [first_year + years / 2];
        let all = ticks(&scale, track, 50, &month_years);
        for pair in all.windows(2) {
            prop_assert!((pair[0].year, pair[0].month) < (pair[1].year, pair[1].month));
            prop_assert!(pair[0].position <= pair[1].position);
        }
        for tick in &all {
            prop_assert!(tick.position <= FULL);
            prop_assert!(tick.month == 1 || month_years.contains(&tick.year));
        }
        prop_assert!(ticks(&scale, track * 2, 50, &month_years).len() >= all.len());
    }

    /// Marks and the labels placed beside them never overlap in a row (nor come closer than
    /// the gap), stay on the track, and sit next to their own mark.
    #[test]
    fn labels_beside_marks_never_overlap_anything(
        spans in proptest::collection::vec((0i32..40_000, 0i32..2_000), 0..60),
        widths in proptest::collection::vec(0u32..4_000, 60),
        min_width in 1u32..800,
        gap in 0u32..100,
        seed in any::<u64>(),
    ) {
        let scale = Scale::new(0, 40_000);
        let spans: Vec<(i32, i32)> = spans.iter().map(|&(start, length)| (start, start + length)).collect();
        let marks = place_marks(&scale, &spans, min_width, gap);
        // Any order of importance: a permutation from the seed.
        let mut order: Vec<usize> = (0..marks.len()).collect();
        order.sort_by_key(|&i| (i as u64).wrapping_mul(seed | 1).rotate_left(17) ^ seed);
        let sides = place_labels(&marks, &widths, &order, gap);
        prop_assert_eq!(sides.len(), marks.len());
        let mut taken: Vec<(u16, u32, u32, &str)> =
            marks.iter().map(|m| (m.row, m.left, m.right, "mark")).collect();
        for (i, side) in sides.iter().enumerate() {
            let (mark, width) = (marks[i], widths[i]);
            let span = match side {
                None => continue,
                Some(Side::Right) => (mark.right + gap, mark.right + gap + width),
                Some(Side::Left) => (mark.left - gap - width, mark.left - gap),
            };
            prop_assert!(span.1 <= FULL, "label {} runs off the track", i);
            taken.push((mark.row, span.0, span.1, "label"));
        }
        taken.sort_by_key(|&(row, left, right, _)| (row, left, right));
        for pair in taken.windows(2) {
            let ((row_a, _, right_a, a), (row_b, left_b, _, b)) = (pair[0], pair[1]);
            if row_a == row_b && !(a == "mark" && b == "mark") {
                prop_assert!(right_a + gap <= left_b, "{:?} and {:?} overlap", pair[0], pair[1]);
            }
        }
    }

    /// Marks packed with their labels (a track zoomed in): every label that fits on the track
    /// beside its mark shows, and no mark or label overlaps another in its row or comes
    /// closer than the gap; each mark stays at its date unless the track's end moved it.
    #[test]
    fn packed_marks_show_every_label_and_overlap_nothing(
        spans in proptest::collection::vec((0i32..40_000, 0i32..2_000), 0..60),
        widths in proptest::collection::vec(0u32..4_000, 60),
        min_width in 1u32..800,
        gap in 0u32..100,
    ) {
        let scale = Scale::new(0, 40_000);
        let spans: Vec<(i32, i32)> = spans.iter().map(|&(start, length)| (start, start + length)).collect();
        let widths = &widths[..spans.len()];
        let (marks, sides) = pack_marks(&scale, &spans, widths, min_width, gap);
        prop_assert_eq!(marks.len(), spans.len());
        let mut taken: Vec<(u16, u32, u32)> = Vec::new();
        for (i, (mark, side)) in marks.iter().zip(&sides).enumerate() {
            let left = scale.position(spans[i].0);
            let width = (scale.position(spans[i].1 + 1) - left).max(min_width);
            let room = left + width + gap + widths[i] <= FULL || left >= gap + widths[i];
            prop_assert_eq!(side.is_some(), room, "event {} has room for its label: {}", i, room);
            prop_assert!(mark.right <= FULL);
            if mark.right < FULL {
                prop_assert_eq!(mark.left, left, "mark {} moved from its date", i);
            }
            let (start, end) = match side {
                None => (mark.left, mark.right),
                Some(Side::Right) => (mark.left, mark.right + gap + widths[i]),
                Some(Side::Left) => (mark.left - gap - widths[i], mark.right),
            };
            prop_assert!(end <= FULL, "label {} runs off the track", i);
            taken.push((mark.row, start, end));
        }
        taken.sort_unstable();
        for pair in taken.windows(2) {
            if pair[0].0 == pair[1].0 {
                prop_assert!(pair[0].2 + gap <= pair[1].1, "{:?} and {:?} overlap", pair[0], pair[1]);
            }
        }
    }

    /// Era names never overlap in a row, stay on the track, and start where their era does.
    #[test]
    fn era_names_never_overlap(
        cuts in proptest::collection::btree_set(1u32..FULL, 0..8),
        full in proptest::collection::vec(1u32..5_000, 9),
        short in proptest::collection::vec(1u32..2_000, 9),
        rows in 1u16..3,
        gap in 0u32..100,
    ) {
        let mut edges: Vec<u32> = vec![0];
        edges.extend(cuts);
        edges.push(FULL);
        let bands: Vec<Band> = edges.windows(2).map(|w| Band { left: w[0], right: w[1] }).collect();
        let names = era_names(&bands, &full, &short, rows, gap);
        prop_assert_eq!(names.len(), bands.len());
        let mut shown: Vec<(u16, u32, u32)> = Vec::new();
        for (i, name) in names.iter().enumerate() {
            let (row, width) = match *name {
                EraName::Full { row } => (row, full[i]),
                EraName::Short { row } => (row, short[i]),
                EraName::Hidden => continue,
            };
            prop_assert!(row < rows);
            prop_assert!(bands[i].left + width <= FULL, "era {} runs off the track", i);
            shown.push((row, bands[i].left, bands[i].left + width));
        }
        shown.sort_unstable();
        for pair in shown.windows(2) {
            if pair[0].0 == pair[1].0 {
                prop_assert!(pair[0].2 + gap <= pair[1].1, "{:?} and {:?} overlap", pair[0], pair[1]);
            }
        }
    }
}

#[test]
fn a_label_goes_right_then_left_then_nowhere() {
    let mark = |left: u32, right: u32| Slot {
        row: 0,
        left,
        right,
    };
    // Room on the right of the first; the second has a neighbour close on its right but
    // room on its left; the third has neighbours close on both sides.
    let marks = [
        mark(0, 100),
        mark(2_000, 2_100),
        mark(2_200, 2_300),
        mark(2_400, 2_500),
    ];
    let sides = place_labels(&marks, &[500, 1_000, 1_000, 100], &[0, 1, 2, 3], 50);
    assert_eq!(
        sides,
        vec![Some(Side::Right), Some(Side::Left), None, Some(Side::Right)]
    );
    // The more important label takes the room first.
    let marks = [mark(0, 100), mark(9_900, 10_000)];
    let widths = [5_000, 5_000];
    assert_eq!(
        place_labels(&marks, &widths, &[1, 0], 50),
        vec![None, Some(Side::Left)]
    );
    assert_eq!(
        place_labels(&marks, &widths, &[0, 1], 50),
        vec![Some(Side::Right), None]
    );
}
