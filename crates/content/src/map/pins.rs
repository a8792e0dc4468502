//! Where each camp's pin goes on the map, worked out at build time.

use super::projection::project;
use super::{Camp, CampMap};

/// A camp's pin: its place on the map, both coordinates in hundredths of a percent of the
/// map's width (so 10000 is the right edge, and the bottom edge is at
/// `10000 * height / width`): one unit for both lets the stylesheet place pins with
/// container-width units alone.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Pin {
    pub x: u32,
    pub y: u32,
}

impl Pin {
    /// Labels open towards the middle of the map: pins on the right label to the left.
    pub fn labels_left(self) -> bool {
        self.x > 7_000
    }
}

/// The least distance between two pins' centres, in viewBox units: 24 CSS pixels (the
/// smallest target size WCAG 2.2 allows) where the map is narrowest on a desktop, the
/// text column of 42rem (672 px for a 1000-unit-wide map).
pub const PIN_GAP: f64 = 36.0;

/// Where every camp's pin goes, in the camps' order: at its headquarters town, except that
/// pins closer than [`PIN_GAP`] (camps that shared a town, such as the special camps in
/// Vorkuta, Norilsk and Magadan, or towns close together) are pushed apart, symmetrically,
/// until none is, so that each stays visible and can be selected. Deterministic: the same
/// content always gives the same map.
pub fn pins(map: &CampMap, camps: &[Camp]) -> Vec<Pin> {
    let mut placed: Vec<(f64, f64)> = camps
        .iter()
        .map(|camp| map.fit.place(project(camp.lat, camp.lon)))
        .collect();
    spread(&mut placed, PIN_GAP);
    let width = f64::from(map.fit.width);
    let height = f64::from(map.fit.height);
    placed
        .into_iter()
        .map(|(x, y)| {
            let share = |value: f64| (value / width * 10_000.0).round() as u32;
            Pin {
                x: share(x.clamp(0.0, width)),
                y: share(y.clamp(0.0, height)),
            }
        })
        .collect()
}

/// Pushes points apart until every two are at least `gap` apart (or 1000 rounds have
/// passed). Points at the very same place part along the x axis, in their order.
pub fn spread(points: &mut [(f64, f64)], gap: f64) {
    for _ in 0..1000 {
        let mut moved = false;
        for i in 0..points.len() {
            for j in i + 1..points.len() {
                let (dx, dy) = (points[j].0 - points[i].0, points[j].1 - points[i].1);
                let distance = dx.hypot(dy);
                if distance >= gap - 1e-6 {
                    continue;
                }
                let (ux, uy) = if distance < 1e-9 {
                    (1.0, 0.0)
                } else {
                    (dx / distance, dy / distance)
                };
                // A little more than half the shortfall each, so the rounds end.
                let push = (gap - distance) / 2.0 + 1e-3;
                points[i].0 -= ux * push;
                points[i].1 -= uy * push;
                points[j].0 += ux * push;
                points[j].1 += uy * push;
                moved = true;
            }
        }
        if !moved {
            return;
        }
    }
}
