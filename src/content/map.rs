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

/// Pins closer than this (viewBox units) share a place, and are drawn side by side.
pub const PIN_CROWD: f64 = 16.0;
/// How far apart, in viewBox units, pins that share a place are drawn: about a pin's
/// width where the map is narrowest on a desktop (the text column, 42rem).
pub const PIN_SPREAD: f64 = 22.0;

/// Where every camp's pin goes. Camps whose headquarters (nearly) coincide, such as the
/// special camps in Vorkuta, Norilsk and Magadan, are spread in a row centred on their
/// shared place, in the curator's order, so that each stays visible and selectable.
pub fn pins(map: &CampMap, camps: &[Camp]) -> Vec<Pin> {
    let placed: Vec<(f64, f64)> = camps
        .iter()
        .map(|camp| map.fit.place(project(camp.lat, camp.lon)))
        .collect();
    // Group each camp with the first earlier camp it crowds (or start a group).
    let mut leader: Vec<usize> = (0..camps.len()).collect();
    for i in 0..camps.len() {
        if let Some(j) = (0..i).find(|&j| {
            leader[j] == j && {
                let (a, b) = (placed[i], placed[j]);
                (a.0 - b.0).hypot(a.1 - b.1) < PIN_CROWD
            }
        }) {
            leader[i] = j;
        }
    }
    let width = f64::from(map.fit.width);
    (0..camps.len())
        .map(|i| {
            let group: Vec<usize> = (0..camps.len())
                .filter(|&k| leader[k] == leader[i])
                .collect();
            let rank = group.iter().position(|&k| k == i).unwrap_or(0) as f64;
            let offset = (rank - (group.len() as f64 - 1.0) / 2.0) * PIN_SPREAD;
            let (x, y) = placed[leader[i]];
            let share = |value: f64| (value / width * 10_000.0).round().max(0.0) as u32;
            Pin {
                camp: i,
                x: share(x + offset).min(10_000),
                y: share(y),
            }
        })
        .collect()
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
