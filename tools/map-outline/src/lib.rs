//! The map's outline of the Soviet Union, made from Natural Earth's country shapes.
//!
//! The generator behind `assets/content/map-outline.toml`: it takes a TopoJSON topology
//! (npm `world-atlas`, `countries-110m.json`), keeps the fifteen republics of 1991, merges
//! them into one outline, projects it (with the exhibit's own projection,
//! `exhibit_content::map::projection`), fits it into an SVG viewBox, simplifies it and
//! writes SVG path data. Pure functions; the binary (`src/main.rs`) runs them on the npm
//! data to write the committed file or to check that it is exactly what they make. A
//! tool of the build, never part of the exhibit's code.
//!
//! Merging works on segments: every edge two chosen countries share appears once in each
//! direction, and both copies are dropped; what is left is the outer boundary, stitched
//! back into rings. Natural Earth cuts Chukotka and Wrangel Island along the 180th
//! meridian; points on it are snapped to exactly 180° so the two halves share their cut
//! edge like any border, and the seam disappears too. The republics' shared borders are
//! kept as a second, thinner path (the arcs two chosen countries both use).

use std::collections::HashMap;

use serde::Deserialize;

use exhibit_content::map::projection::{project, Fit, CENTRAL_MERIDIAN, STANDARD_PARALLELS};

/// The fifteen Soviet republics of 1991 by ISO 3166 numeric code, as Natural Earth's
/// `id`s (the content dossier, §5): Russia, Ukraine, Belarus, Moldova, Estonia, Latvia,
/// Lithuania, Georgia, Armenia, Azerbaijan, Kazakhstan, Uzbekistan, Turkmenistan,
/// Kyrgyzstan, Tajikistan.
pub const USSR_1991: [&str; 15] = [
    "643", "804", "112", "498", "233", "428", "440", "268", "051", "031", "398", "860", "795",
    "417", "762",
];

/// A TopoJSON topology: quantized, delta-encoded arcs shared by the geometries.
#[derive(Debug, Clone, Deserialize)]
pub struct Topology {
    pub arcs: Vec<Vec<[i64; 2]>>,
    pub transform: Transform,
    pub objects: Objects,
}

/// How quantized positions map to degrees: `scale * position + translate`.
#[derive(Debug, Clone, Deserialize)]
pub struct Transform {
    pub scale: [f64; 2],
    pub translate: [f64; 2],
}

#[derive(Debug, Clone, Deserialize)]
pub struct Objects {
    pub countries: Collection,
}

#[derive(Debug, Clone, Deserialize)]
pub struct Collection {
    pub geometries: Vec<Geometry>,
}

/// A country: rings of arc indices (a negative index `!i` is arc `i` reversed).
#[derive(Debug, Clone, Deserialize)]
#[serde(tag = "type")]
pub enum Geometry {
    Polygon {
        #[serde(default)]
        id: Option<String>,
        arcs: Vec<Vec<i64>>,
    },
    MultiPolygon {
        #[serde(default)]
        id: Option<String>,
        arcs: Vec<Vec<Vec<i64>>>,
    },
}

impl Geometry {
    fn id(&self) -> Option<&str> {
        match self {
            Geometry::Polygon { id, .. } | Geometry::MultiPolygon { id, .. } => id.as_deref(),
        }
    }

    /// Every ring (outer boundaries and holes alike), as arc indices.
    fn rings(&self) -> Vec<&Vec<i64>> {
        match self {
            Geometry::Polygon { arcs, .. } => arcs.iter().collect(),
            Geometry::MultiPolygon { arcs, .. } => arcs.iter().flatten().collect(),
        }
    }
}

/// A position in degrees: longitude east, latitude north.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LonLat {
    pub lon: f64,
    pub lat: f64,
}

/// The chosen countries merged: their outer boundary as closed rings, and the borders
/// between them as open lines.
#[derive(Debug, Clone, PartialEq)]
pub struct Merged {
    pub rings: Vec<Vec<LonLat>>,
    pub borders: Vec<Vec<LonLat>>,
}

impl Topology {
    /// The positions of an arc in degrees, reversed for a negative index. Longitudes
    /// within a hundredth of a degree of ±180 are snapped to exactly 180.
    pub fn arc(&self, index: i64) -> Result<Vec<LonLat>, String> {
        let (position, reversed) = if index < 0 {
            (!index, true)
        } else {
            (index, false)
        };
        let arc = usize::try_from(position)
            .ok()
            .and_then(|i| self.arcs.get(i))
            .ok_or_else(|| format!("arc {index} does not exist"))?;
        let (mut x, mut y) = (0_i64, 0_i64);
        let mut points: Vec<LonLat> = arc
            .iter()
            .map(|[dx, dy]| {
                x += dx;
                y += dy;
                let lon = x as f64 * self.transform.scale[0] + self.transform.translate[0];
                let lat = y as f64 * self.transform.scale[1] + self.transform.translate[1];
                LonLat {
                    lon: if (lon.abs() - 180.0).abs() < 0.01 {
                        180.0
                    } else {
                        lon
                    },
                    lat,
                }
            })
            .collect();
        if reversed {
            points.reverse();
        }
        Ok(points)
    }

    /// Merges the countries with these ids. Fails if an id is missing or an arc is broken.
    pub fn merge(&self, ids: &[&str]) -> Result<Merged, String> {
        let chosen: Vec<&Geometry> = self
            .objects
            .countries
            .geometries
            .iter()
            .filter(|geometry| geometry.id().is_some_and(|id| ids.contains(&id)))
            .collect();
        for id in ids {
            if !chosen.iter().any(|geometry| geometry.id() == Some(id)) {
                return Err(format!("no country has the id {id}"));
            }
        }

        // The outer boundary: every directed edge, less those met in both directions.
        let mut edges: Vec<(LonLat, LonLat)> = Vec::new();
        let mut open: HashMap<(Key, Key), usize> = HashMap::new();
        let mut arc_uses: HashMap<i64, usize> = HashMap::new();
        for ring in chosen.iter().flat_map(|geometry| geometry.rings()) {
            let mut points: Vec<LonLat> = Vec::new();
            for &index in ring {
                *arc_uses
                    .entry(if index < 0 { !index } else { index })
                    .or_default() += 1;
                let arc = self.arc(index)?;
                let skip = usize::from(!points.is_empty());
                points.extend(arc.into_iter().skip(skip));
            }
            for pair in points.windows(2) {
                let (a, b) = (pair[0], pair[1]);
                let (ka, kb) = (key(a), key(b));
                if ka == kb {
                    continue;
                }
                if let Some(twin) = open.remove(&(kb, ka)) {
                    edges[twin].1 = edges[twin].0; // dropped: marks it as a point
                } else {
                    open.insert((ka, kb), edges.len());
                    edges.push((a, b));
                }
            }
        }
        let rings = stitch(edges.into_iter().filter(|(a, b)| key(*a) != key(*b)))?;

        // The borders between republics: arcs two chosen countries both use.
        let mut shared: Vec<i64> = arc_uses
            .into_iter()
            .filter(|(_, uses)| *uses >= 2)
            .map(|(arc, _)| arc)
            .collect();
        shared.sort_unstable();
        let borders = shared
            .into_iter()
            .map(|arc| self.arc(arc))
            .collect::<Result<Vec<_>, _>>()?;
        Ok(Merged { rings, borders })
    }
}

/// A position as exact integers (millionths of a degree), so equal points compare equal.
type Key = (i64, i64);

fn key(p: LonLat) -> Key {
    ((p.lon * 1e6).round() as i64, (p.lat * 1e6).round() as i64)
}

/// Joins directed edges end to start into closed rings.
fn stitch(edges: impl Iterator<Item = (LonLat, LonLat)>) -> Result<Vec<Vec<LonLat>>, String> {
    let edges: Vec<(LonLat, LonLat)> = edges.collect();
    let mut from: HashMap<Key, Vec<usize>> = HashMap::new();
    for (i, (a, _)) in edges.iter().enumerate() {
        from.entry(key(*a)).or_default().push(i);
    }
    let mut used = vec![false; edges.len()];
    let mut rings = Vec::new();
    for start in 0..edges.len() {
        if used[start] {
            continue;
        }
        used[start] = true;
        let first = key(edges[start].0);
        let mut ring = vec![edges[start].0];
        let mut at = edges[start].1;
        while key(at) != first {
            ring.push(at);
            let next = from
                .get(&key(at))
                .and_then(|candidates| candidates.iter().copied().find(|&i| !used[i]))
                .ok_or_else(|| format!("the outline is not closed at {}, {}", at.lon, at.lat))?;
            used[next] = true;
            at = edges[next].1;
        }
        rings.push(ring);
    }
    Ok(rings)
}

/// A point in viewBox units.
pub type Point = (f64, f64);

/// Douglas–Peucker: drops points closer than `tolerance` to the line that would replace
/// them. An open line keeps both ends; a closed ring keeps its first point and the point
/// farthest from it.
pub fn simplify(points: &[Point], tolerance: f64, closed: bool) -> Vec<Point> {
    if points.len() < 3 {
        return points.to_vec();
    }
    let mut keep = vec![false; points.len()];
    let last = points.len() - 1;
    keep[0] = true;
    keep[last] = true;
    if closed {
        let far = (1..points.len())
            .max_by(|&i, &j| {
                distance(points[0], points[i]).total_cmp(&distance(points[0], points[j]))
            })
            .unwrap_or(last);
        keep[far] = true;
        mark(points, 0, far, tolerance, &mut keep);
        mark(points, far, last, tolerance, &mut keep);
        // The ring closes back to its first point.
        if distance(points[last], points[0]) < tolerance {
            keep[last] = last == far;
        }
    } else {
        mark(points, 0, last, tolerance, &mut keep);
    }
    points
        .iter()
        .zip(keep)
        .filter(|(_, keep)| *keep)
        .map(|(p, _)| *p)
        .collect()
}

fn mark(points: &[Point], from: usize, to: usize, tolerance: f64, keep: &mut [bool]) {
    if to <= from + 1 {
        return;
    }
    let (mut worst, mut at) = (0.0, from);
    for i in from + 1..to {
        let d = off_line(points[i], points[from], points[to]);
        if d > worst {
            worst = d;
            at = i;
        }
    }
    if worst > tolerance {
        keep[at] = true;
        mark(points, from, at, tolerance, keep);
        mark(points, at, to, tolerance, keep);
    }
}

fn distance(a: Point, b: Point) -> f64 {
    (a.0 - b.0).hypot(a.1 - b.1)
}

/// How far `p` lies from the segment `a`–`b`.
fn off_line(p: Point, a: Point, b: Point) -> f64 {
    let (dx, dy) = (b.0 - a.0, b.1 - a.1);
    let length = dx * dx + dy * dy;
    if length == 0.0 {
        return distance(p, a);
    }
    let t = (((p.0 - a.0) * dx + (p.1 - a.1) * dy) / length).clamp(0.0, 1.0);
    distance(p, (a.0 + t * dx, a.1 + t * dy))
}

/// The area of a ring (shoelace), always positive.
pub fn area(ring: &[Point]) -> f64 {
    let n = ring.len();
    (0..n)
        .map(|i| {
            let (a, b) = (ring[i], ring[(i + 1) % n]);
            a.0 * b.1 - b.0 * a.1
        })
        .sum::<f64>()
        .abs()
        / 2.0
}

/// SVG path data for lines in whole viewBox units: an absolute move to each line's start,
/// then relative steps (`l`), closed with `z` when `closed`. Steps that round to nothing
/// are left out, and so is a line that ends up with none.
pub fn path_data(lines: &[Vec<Point>], closed: bool) -> String {
    let mut out = String::new();
    for line in lines {
        let rounded: Vec<(i64, i64)> = line
            .iter()
            .map(|p| (p.0.round() as i64, p.1.round() as i64))
            .collect();
        let Some(&(x, y)) = rounded.first() else {
            continue;
        };
        let mut steps = String::new();
        let mut at = (x, y);
        for &p in &rounded[1..] {
            let step = (p.0 - at.0, p.1 - at.1);
            if step == (0, 0) {
                continue;
            }
            number(&mut steps, step.0);
            number(&mut steps, step.1);
            at = p;
        }
        if steps.is_empty() {
            continue;
        }
        out.push_str(&format!("M{x} {y}l{}", steps.trim_start()));
        if closed {
            out.push('z');
        }
    }
    out
}

/// Appends a number, with a space before it unless its minus sign separates it.
fn number(out: &mut String, value: i64) {
    if value >= 0 {
        out.push(' ');
    }
    out.push_str(&value.to_string());
}

/// How the outline is drawn: the viewBox width, the margin around the land, and the
/// simplification.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Settings {
    pub width: u32,
    pub margin: u32,
    /// Points closer than this (viewBox units) to the simplified line are dropped.
    pub tolerance: f64,
    /// Rings smaller than this (square viewBox units) are left out: the smallest islands.
    pub min_area: f64,
}

/// The outline as drawn: path data and the fit that placed it (which the camps must share).
#[derive(Debug, Clone, PartialEq)]
pub struct Drawn {
    pub fit: Fit,
    pub land: String,
    pub borders: String,
    /// How many rings and points the land has, before and after simplification.
    pub counts: [usize; 4],
}

/// Projects, fits, simplifies and writes the merged outline.
pub fn draw(merged: &Merged, settings: Settings) -> Result<Drawn, String> {
    let place_all = |lines: &[Vec<LonLat>]| -> Vec<Vec<_>> {
        lines
            .iter()
            .map(|line| line.iter().map(|p| project(p.lat, p.lon)).collect())
            .collect()
    };
    let land = place_all(&merged.rings);
    let borders = place_all(&merged.borders);
    let all: Vec<_> = land.iter().flatten().copied().collect();
    let fit = Fit::new(&all, settings.width, settings.margin)
        .ok_or("the outline has no points to fit")?;
    let to_view = |lines: Vec<Vec<_>>| -> Vec<Vec<Point>> {
        lines
            .into_iter()
            .map(|line| line.into_iter().map(|p| fit.place(p)).collect())
            .collect()
    };
    let land: Vec<Vec<Point>> = to_view(land)
        .into_iter()
        .filter(|ring| area(ring) >= settings.min_area)
        .collect();
    let simple_land: Vec<Vec<Point>> = land
        .iter()
        .map(|ring| simplify(ring, settings.tolerance, true))
        .filter(|ring| ring.len() >= 3)
        .collect();
    let simple_borders: Vec<Vec<Point>> = to_view(borders)
        .iter()
        .map(|line| simplify(line, settings.tolerance, false))
        .collect();
    Ok(Drawn {
        fit,
        counts: [
            land.len(),
            land.iter().map(Vec::len).sum(),
            simple_land.len(),
            simple_land.iter().map(Vec::len).sum(),
        ],
        land: path_data(&simple_land, true),
        borders: path_data(&simple_borders, false),
    })
}

/// Where the outline comes from, as the generated file records it.
pub const DATA: &str = "Natural Earth 1:110m Cultural Vectors, Admin 0 – Countries, version 4.1.0 (public domain; “Made with Natural Earth”)";
/// The npm package and file the data are read from.
pub const PACKAGE: &str = "world-atlas";
pub const PACKAGE_VERSION: &str = "2.0.2";
pub const PACKAGE_FILE: &str = "countries-110m.json";

/// The settings the committed outline is made with.
pub const SETTINGS: Settings = Settings {
    width: 1000,
    margin: 8,
    tolerance: 1.0,
    min_area: 4.0,
};

/// The generated file `assets/content/map-outline.toml`: provenance, the fit, the paths.
pub fn outline_file(drawn: &Drawn, settings: Settings) -> String {
    let fit = &drawn.fit;
    let countries = USSR_1991
        .iter()
        .map(|id| format!("\"{id}\""))
        .collect::<Vec<_>>()
        .join(", ");
    let [rings, points, kept_rings, kept_points] = drawn.counts;
    format!(
        r#"# The outline of the Soviet Union, borders as of 1991, for the camp map.
# GENERATED by tools/map-outline: do not edit by hand. To make it again (after changing
# the generator or the world-atlas package), run
#     cargo run -p map-outline -- --write
# The test run (bash .ci/test) fails if this file differs from what the generator makes.

[source]
data = "{DATA}"
package = "npm {PACKAGE} {PACKAGE_VERSION} (ISC licence), {PACKAGE_FILE}"
# ISO 3166 numeric codes of the fifteen republics, merged into one outline.
countries = [{countries}]
projection = "Albers equal-area conic on a sphere: central meridian {central}°E, standard parallels {p1}°N and {p2}°N"
simplification = "Douglas–Peucker to {tolerance} viewBox unit; rings under {min_area} square units left out; {rings} rings of {points} points became {kept_rings} rings of {kept_points}"

# How projected points were placed in the viewBox; the camps are placed the same way.
[fit]
width = {width}
height = {height}
scale = {scale:?}
min_x = {min_x:?}
max_y = {max_y:?}
margin = {margin:?}

# SVG path data in viewBox units: the land, then the borders between the republics.
[path]
land = "{land}"
borders = "{borders}"
"#,
        central = CENTRAL_MERIDIAN,
        p1 = STANDARD_PARALLELS.0,
        p2 = STANDARD_PARALLELS.1,
        tolerance = settings.tolerance,
        min_area = settings.min_area,
        width = fit.width,
        height = fit.height,
        scale = fit.scale,
        min_x = fit.min_x,
        max_y = fit.max_y,
        margin = fit.margin,
        land = drawn.land,
        borders = drawn.borders,
    )
}
