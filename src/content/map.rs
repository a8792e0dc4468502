//! The camp map: its texts and credit (the `[map]` table of `camps.toml`), its outline
//! (`map-outline.toml`, generated from Natural Earth by [`crate::map_outline`]), and where
//! each camp's pin goes. Pure Rust, run at build time.

use serde::{Deserialize, Serialize};

use super::camps::{Camp, CAMPS_FILE};
use super::figures::{Credit, CreditEntry};
use super::model::SourceId;
use super::validate::Validator;
use crate::map_projection::{project, Fit};

pub const MAP_OUTLINE_FILE: &str = "map-outline.toml";

/// How to make the outline file again, for problems found in it.
const REGENERATE: &str =
    "this file is generated: make it again with UPDATE_MAP_OUTLINE=1 cargo test --test map_outline";

// ----------------------------------------------------------------------------- raw

/// The `[map]` table of `camps.toml`: what the map is called, says and is credited to.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MapEntry {
    pub title: String,
    pub caption: String,
    pub alt: String,
    #[serde(default)]
    pub sources: Vec<String>,
    pub credit: CreditEntry,
}

/// `map-outline.toml` as the generator writes it.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OutlineFile {
    pub source: OutlineSource,
    pub fit: Fit,
    pub path: OutlinePaths,
}

/// Where the outline comes from and how it was made (shown in the map's credit).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OutlineSource {
    pub data: String,
    pub package: String,
    pub countries: Vec<String>,
    pub projection: String,
    pub simplification: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OutlinePaths {
    pub land: String,
    pub borders: String,
}

// --------------------------------------------------------------------------- model

/// The camp map as the exhibit draws it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CampMap {
    pub title: String,
    pub caption: String,
    pub alt: String,
    pub sources: Vec<SourceId>,
    pub credit: Credit,
    /// How the outline was made: data, package, projection, simplification.
    pub provenance: String,
    pub fit: Fit,
    /// SVG path data: the land, and the borders between the republics.
    pub land: String,
    pub borders: String,
}

/// A camp's pin: the camp's index and its place on the map, both coordinates in
/// hundredths of a percent of the map's width (so 10000 is the right edge, and the bottom
/// edge is at `10000 * height / width`): one unit for both lets the stylesheet place pins
/// with container-width units alone.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Pin {
    pub camp: usize,
    pub x: u32,
    pub y: u32,
}

/// The least distance between two pins' centres, in viewBox units: 24 CSS pixels (the
/// smallest target size WCAG 2.2 allows) where the map is narrowest on a desktop, the
/// text column of 42rem (672 px for a 1000-unit-wide map).
pub const PIN_GAP: f64 = 36.0;

/// Where every camp's pin goes: at its headquarters town, except that pins closer than
/// [`PIN_GAP`] (camps that shared a town, such as the special camps in Vorkuta, Norilsk and
/// Magadan, or towns close together) are pushed apart, symmetrically, until none is, so
/// that each stays visible and can be selected. Deterministic: the same content always
/// gives the same map.
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
        .enumerate()
        .map(|(camp, (x, y))| {
            let share = |value: f64| (value / width * 10_000.0).round() as u32;
            Pin {
                camp,
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

// ---------------------------------------------------------------------- validation

/// Path data the generator writes: moves, relative lines, closes, whole numbers.
fn is_path_data(data: &str) -> bool {
    data.bytes()
        .all(|b| matches!(b, b'M' | b'l' | b'z' | b'-' | b' ' | b'0'..=b'9'))
}

impl Validator {
    /// The map's texts, sources and credit (`camps.toml`) and its outline
    /// (`map-outline.toml`). `None` if there is no `[map]` table; any other problem is
    /// recorded (and fails the whole content).
    pub(super) fn map(
        &mut self,
        entry: Option<&MapEntry>,
        outline: &OutlineFile,
        check_sources: bool,
    ) -> Option<CampMap> {
        let Some(entry) = entry else {
            self.problem(
                CAMPS_FILE,
                "map",
                "there is no [map] table: add one with the map's title, caption, alt, sources and [map.credit].",
            );
            return None;
        };
        let (title, caption, alt) =
            self.picture_texts(CAMPS_FILE, "map", &entry.title, &entry.caption, &entry.alt);
        let sources = self.cite_sources(
            CAMPS_FILE,
            "map",
            &entry.sources,
            check_sources,
            "the map needs the sources of its outline and its camps",
        );
        let credit = self.credit(CAMPS_FILE, "map", &entry.credit);

        let f = MAP_OUTLINE_FILE;
        let fit = outline.fit;
        if fit.width == 0
            || fit.height == 0
            || !(fit.scale.is_finite() && fit.scale > 0.0)
            || !(fit.min_x.is_finite() && fit.max_y.is_finite())
            || !(fit.margin.is_finite() && fit.margin >= 0.0)
        {
            self.problem(
                f,
                "fit",
                format!("the viewBox and scale must be positive, finite numbers; {REGENERATE}."),
            );
        }
        for (field, data) in [
            ("path › land", &outline.path.land),
            ("path › borders", &outline.path.borders),
        ] {
            if !data.starts_with('M') || !is_path_data(data) {
                self.problem(
                    f,
                    field,
                    format!("this is not path data as the generator writes it (M, l and z with whole numbers); {REGENERATE}."),
                );
            }
        }
        let source = &outline.source;
        for (field, text) in [
            ("source › data", &source.data),
            ("source › package", &source.package),
            ("source › projection", &source.projection),
            ("source › simplification", &source.simplification),
        ] {
            self.required(f, field, text);
        }
        if source.countries.is_empty() {
            self.problem(
                f,
                "source › countries",
                format!("no countries are named; {REGENERATE}."),
            );
        }
        Some(CampMap {
            title,
            caption,
            alt,
            sources,
            credit,
            provenance: format!(
                "{}, read from {}; the {} republics merged into one outline. Projection: {}. {}.",
                source.data,
                source.package,
                source.countries.len(),
                source.projection,
                source.simplification
            ),
            fit,
            land: outline.path.land.clone(),
            borders: outline.path.borders.clone(),
        })
    }
}
