//! Pin clustering: for any pins and any least distance, every camp is in exactly one mark
//! (its pin or a cluster), and no two marks are closer than that distance; on the shipped
//! map, every width and pointer.

mod common;

use exhibit_content::map::clusters::{
    centre, clusters, min_distance, MAP_WIDTHS, MOUSE_PX, TOUCH_PX,
};
use exhibit_content::map::pins::{pins, Pin};
use proptest::prelude::*;

/// Every point once, and every two marks' centres at least `min` apart across or down.
fn check(points: &[Pin], min: u32) -> Result<(), TestCaseError> {
    let groups = clusters(points, min);
    let mut all: Vec<usize> = groups.iter().flatten().copied().collect();
    all.sort_unstable();
    prop_assert_eq!(all, (0..points.len()).collect::<Vec<_>>());
    let centres: Vec<Pin> = groups.iter().map(|group| centre(points, group)).collect();
    for (i, a) in centres.iter().enumerate() {
        for b in &centres[i + 1..] {
            let (dx, dy) = (
                i64::from(a.x) - i64::from(b.x),
                i64::from(a.y) - i64::from(b.y),
            );
            let min = i64::from(min);
            prop_assert!(
                dx * dx + dy * dy >= min * min,
                "{:?} and {:?} closer than {}",
                a,
                b,
                min
            );
        }
    }
    Ok(())
}

proptest! {
    #[test]
    fn every_camp_is_in_one_mark_and_marks_stand_apart(
        points in proptest::collection::vec((0u32..10_000, 0u32..6_000), 0..40),
        min in 1u32..3_000,
    ) {
        let points: Vec<Pin> = points.into_iter().map(|(x, y)| Pin { x, y }).collect();
        check(&points, min)?;
    }
}

#[test]
fn the_shipped_map_at_every_width_and_pointer() {
    let exhibit = common::shipped();
    let points = pins(&exhibit.map, &exhibit.camps);
    for px in MAP_WIDTHS {
        for target in [MOUSE_PX, TOUCH_PX] {
            check(&points, min_distance(target, px)).expect("marks stand apart");
        }
    }
    // Wide enough, with a mouse, every camp has its own pin.
    let widest = MAP_WIDTHS[MAP_WIDTHS.len() - 1];
    assert_eq!(
        clusters(&points, min_distance(MOUSE_PX, widest)).len(),
        points.len()
    );
}
