//! Checks `camps.toml` (every camp, and the `[map]` table) and `map-outline.toml`.

use std::collections::HashSet;

use super::{Camp, CampEnd, CampEntry, CampMap, CampsFile, OutlineFile, CAMPS_FILE, OUTLINE_FILE};
use crate::core::check::{Check, Known, EVENT, TERM};
use crate::core::ids::CampId;
use crate::core::problem::Problem;

/// The years a camp may have opened or closed in: the first camps to the end of the USSR.
pub const FIRST_CAMP_YEAR: u16 = 1918;
pub const LAST_CAMP_YEAR: u16 = 1991;

/// The former USSR's rough bounding box: latitudes, and longitudes east of 19°E (up to
/// 180°) or, for Chukotka across the antimeridian, west of 168°W.
pub const USSR_LAT: (f64, f64) = (35.0, 82.0);
pub const USSR_LON_EAST: (f64, f64) = (19.0, 180.0);
pub const USSR_LON_CHUKOTKA: (f64, f64) = (-180.0, -168.0);

/// How to make the outline file again, for problems found in it.
const REGENERATE: &str =
    "this file is generated: make it again with `cargo run -p map-outline -- --write`";

fn in_ussr(lat: f64, lon: f64) -> bool {
    let within = |value: f64, (low, high): (f64, f64)| (low..=high).contains(&value);
    within(lat, USSR_LAT) && (within(lon, USSR_LON_EAST) || within(lon, USSR_LON_CHUKOTKA))
}

/// Every camp: ids, texts, a point inside the former USSR, years in order, and links to
/// events, terms and sources.
pub fn camps(file: &CampsFile, known: &Known, problems: &mut Vec<Problem>) -> Vec<Camp> {
    let mut check = Check::new(CAMPS_FILE, problems);
    if file.camps.is_empty() {
        check.problem("", "no [[camp]] entries: the map needs at least one camp.");
    }
    let mut seen = HashSet::new();
    let mut out = Vec::new();
    for (index, entry) in file.camps.iter().enumerate() {
        let at = format!("camp {} \"{}\"", index + 1, entry.id);
        let field = |name: &str| format!("{at} › {name}");
        check.new_id(&format!("camp {}", index + 1), &entry.id, "camp", &mut seen);
        let name = check.required(&field("name"), &entry.name);
        let town = check.required(&field("town"), &entry.town);
        let uncertain = check.optional(&field("uncertain"), &entry.uncertain);
        let work = check.optional(&field("work"), &entry.work);
        point(&mut check, &at, entry.lat, entry.lon);
        let end = years(&mut check, &at, entry);
        let events = check.references(&field("events"), &entry.events, EVENT, known);
        let terms = check.references(&field("terms"), &entry.terms, TERM, known);
        let sources = check.sources(
            &at,
            &entry.sources,
            known,
            "every camp needs a source for its place and years",
        );
        if let Some(end) = end {
            out.push(Camp {
                id: CampId(entry.id.clone()),
                name,
                town,
                lat: entry.lat,
                lon: entry.lon,
                from: entry.from,
                end,
                uncertain,
                special: entry.special,
                work,
                events,
                terms,
                sources,
            });
        }
    }
    out
}

/// A latitude and longitude that exist and lie inside the former USSR.
fn point(check: &mut Check, at: &str, lat: f64, lon: f64) {
    let mut ok = true;
    if !(-90.0..=90.0).contains(&lat) {
        ok = false;
        check.problem(
            format!("{at} › lat"),
            format!("{lat} is not a latitude: it must be between -90 and 90 (degrees north); check that lat and lon are not swapped."),
        );
    }
    if !(-180.0..=180.0).contains(&lon) {
        ok = false;
        check.problem(
            format!("{at} › lon"),
            format!("{lon} is not a longitude: it must be between -180 and 180 (degrees east; west is negative)."),
        );
    }
    if ok && !in_ussr(lat, lon) {
        check.problem(
            format!("{at} › lat, lon"),
            format!("the point {lat}, {lon} lies outside the former USSR (latitude 35 to 82, longitude 19 to 180, or -180 to -168 for Chukotka): check that lat and lon are not swapped and that no minus sign is missing or extra."),
        );
    }
}

/// `from`, and exactly one of `to` or `until = "after YEAR"`, all in range and in order.
fn years(check: &mut Check, at: &str, entry: &CampEntry) -> Option<CampEnd> {
    let in_range = |year: u16| (FIRST_CAMP_YEAR..=LAST_CAMP_YEAR).contains(&year);
    let out_of_range = |year: u16| {
        format!("{year} is not a year the camps ran in: give a year from {FIRST_CAMP_YEAR} to {LAST_CAMP_YEAR}.")
    };
    let from_ok = in_range(entry.from);
    if !from_ok {
        check.problem(format!("{at} › from"), out_of_range(entry.from));
    }
    let (end, field) = match (entry.to, &entry.until) {
        (Some(_), Some(_)) => {
            check.problem(
                format!("{at} › until"),
                "give either to = YEAR (the closing year) or until = \"after YEAR\", not both.",
            );
            return None;
        }
        (None, None) => {
            check.problem(
                format!("{at} › to"),
                "when did the camp close? Add to = YEAR, or until = \"after YEAR\" if the sources give no closing year.",
            );
            return None;
        }
        (Some(year), None) => (CampEnd::Year(year), "to"),
        (None, Some(text)) => {
            let year = text
                .trim()
                .strip_prefix("after ")
                .and_then(|year| year.trim().parse::<u16>().ok());
            let Some(year) = year else {
                check.problem(
                    format!("{at} › until"),
                    format!("\"{text}\" is not understood: write until = \"after YEAR\", e.g. \"after 1960\"."),
                );
                return None;
            };
            (CampEnd::After(year), "until")
        }
    };
    if !in_range(end.year()) {
        check.problem(format!("{at} › {field}"), out_of_range(end.year()));
        return None;
    }
    if from_ok && entry.from > end.year() {
        let closes = match end {
            CampEnd::Year(year) => year.to_string(),
            CampEnd::After(year) => format!("after {year}"),
        };
        check.problem(
            format!("{at} › {field}"),
            format!(
                "the camp closes ({closes}) before it opens ({}): check the years, or swap from and {field}.",
                entry.from
            ),
        );
        return None;
    }
    from_ok.then_some(end)
}

/// Path data the generator writes: moves, relative lines, closes, whole numbers.
fn is_path_data(data: &str) -> bool {
    data.bytes()
        .all(|b| matches!(b, b'M' | b'l' | b'z' | b'-' | b' ' | b'0'..=b'9'))
}

/// The map's texts, sources and credit (`camps.toml`) and its outline
/// (`map-outline.toml`). `None` if there is no `[map]` table.
pub fn map(
    file: &CampsFile,
    outline: &OutlineFile,
    known: &Known,
    problems: &mut Vec<Problem>,
) -> Option<CampMap> {
    let mut check = Check::new(CAMPS_FILE, problems);
    let Some(entry) = &file.map else {
        check.problem(
            "map",
            "there is no [map] table: add one with the map's title, caption, alt, sources and [map.credit].",
        );
        return None;
    };
    let texts = check.picture_texts("map", &entry.title, &entry.caption, &entry.alt);
    let sources = check.sources(
        "map",
        &entry.sources,
        known,
        "the map needs the sources of its outline and its camps",
    );
    let credit = check.credit("map", &entry.credit);

    let mut check = Check::new(OUTLINE_FILE, problems);
    let fit = outline.fit;
    if fit.width == 0
        || fit.height == 0
        || !(fit.scale.is_finite() && fit.scale > 0.0)
        || !(fit.min_x.is_finite() && fit.max_y.is_finite())
        || !(fit.margin.is_finite() && fit.margin >= 0.0)
    {
        check.problem(
            "fit",
            format!("the viewBox and scale must be positive, finite numbers; {REGENERATE}."),
        );
    }
    for (field, data) in [
        ("path › land", &outline.path.land),
        ("path › borders", &outline.path.borders),
    ] {
        if !data.starts_with('M') || !is_path_data(data) {
            check.problem(
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
        check.required(field, text);
    }
    if source.countries.is_empty() {
        check.problem(
            "source › countries",
            format!("no countries are named; {REGENERATE}."),
        );
    }
    Some(CampMap {
        texts,
        sources,
        credit,
        outline: source.clone(),
        fit,
        land: outline.path.land.clone(),
        borders: outline.path.borders.clone(),
    })
}
