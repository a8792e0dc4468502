//! Pins that would overlap at some size of the map become one cluster mark, which lists its
//! camps when opened: so that at any size, every target on the map is at least as far from
//! the next as it is wide (24 px with a mouse, 44 px on touch screens), none hidden under
//! another, and every camp reachable, through its pin or through its cluster.
//!
//! Worked out at build time for each width class of the map ([`MAP_WIDTHS`]); the
//! stylesheet picks the class the map is drawn at (a container query, in the page's
//! `<style>`, see [`super::render::map_rules`]). A class's clusters hold at any wider width,
//! where pins are further apart.

use super::pins::Pin;

/// The widths, in pixels, the map's clusters are worked out for: a phone's, a small
/// tablet's, the text column's (672 px) and wider. From the widest on, pins with a mouse
/// need none (they are spread 24 px apart at 672 px, see [`super::pins::PIN_GAP`]).
pub const MAP_WIDTHS: [u32; 5] = [280, 480, 672, 1000, 1500];
/// A target's least size, in pixels, with a mouse (WCAG 2.2's 24) and on touch (44).
pub const MOUSE_PX: u32 = 24;
pub const TOUCH_PX: u32 = 44;

/// Groups points (in the pins' units: hundredths of a percent of the map's width) so that
/// every two groups' centres are at least `min` apart across or down (so that square
/// targets `min` wide never overlap): the two closest groups closer than that merge, their centre the mean of their points, until none are. Each group lists
/// its points in order, and the groups are in the order of their first points. A group of
/// one is a pin on its own. Deterministic.
pub fn clusters(points: &[Pin], min: u32) -> Vec<Vec<usize>> {
    let mut groups: Vec<Vec<usize>> = (0..points.len()).map(|i| vec![i]).collect();
    let centre = |group: &[usize]| -> (i64, i64) {
        let n = i64::try_from(group.len()).unwrap_or(1).max(1);
        let (x, y) = group.iter().fold((0i64, 0i64), |(x, y), &i| {
            (x + i64::from(points[i].x), y + i64::from(points[i].y))
        });
        (x / n, y / n)
    };
    let min = i64::from(min);
    loop {
        let centres: Vec<(i64, i64)> = groups.iter().map(|group| centre(group)).collect();
        let mut closest: Option<(i64, usize, usize)> = None;
        for a in 0..groups.len() {
            for b in a + 1..groups.len() {
                // Targets are squares (a round mark's box): they stand apart when their
                // centres are `min` apart across or down.
                let distance = (centres[a].0 - centres[b].0)
                    .abs()
                    .max((centres[a].1 - centres[b].1).abs());
                if distance < min && closest.is_none_or(|(best, _, _)| distance < best) {
                    closest = Some((distance, a, b));
                }
            }
        }
        let Some((_, a, b)) = closest else {
            break;
        };
        let merged = groups.remove(b);
        groups[a].extend(merged);
        groups[a].sort_unstable();
    }
    groups.sort_by_key(|group| group[0]);
    groups
}

/// A group's centre, in the pins' units.
pub fn centre(points: &[Pin], group: &[usize]) -> Pin {
    let n = u64::try_from(group.len()).unwrap_or(1).max(1);
    let (x, y) = group.iter().fold((0u64, 0u64), |(x, y), &i| {
        (x + u64::from(points[i].x), y + u64::from(points[i].y))
    });
    Pin {
        x: u32::try_from(x / n).unwrap_or(u32::MAX),
        y: u32::try_from(y / n).unwrap_or(u32::MAX),
    }
}

/// The least distance between targets, in the pins' units, for a target `target_px` wide
/// on a map `map_px` wide.
pub fn min_distance(target_px: u32, map_px: u32) -> u32 {
    (u64::from(target_px) * 10_000)
        .div_ceil(u64::from(map_px.max(1)))
        .try_into()
        .unwrap_or(u32::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pin(x: u32, y: u32) -> Pin {
        Pin { x, y }
    }

    #[test]
    fn pins_far_apart_stay_alone_and_close_ones_gather() {
        let points = [
            pin(0, 0),
            pin(100, 0),
            pin(5_000, 5_000),
            pin(9_000, 0),
            pin(9_050, 60),
        ];
        assert_eq!(
            clusters(&points, 500),
            vec![vec![0, 1], vec![2], vec![3, 4]]
        );
        assert_eq!(clusters(&points, 50).len(), 5);
        assert_eq!(clusters(&points, 20_000), vec![vec![0, 1, 2, 3, 4]]);
        assert_eq!(centre(&points, &[0, 1]), pin(50, 0));
    }

    #[test]
    fn a_target_in_pixels_becomes_a_distance_on_the_map() {
        assert_eq!(min_distance(44, 440), 1_000);
        assert_eq!(min_distance(24, 672), 358);
    }
}
