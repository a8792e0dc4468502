//! The camps the exhibit's map marks (`camps.toml`): raw file types, the validated model,
//! and validation. The map is drawn from this at build time (see [`super::map`] and
//! [`super::page`]).

use std::collections::HashSet;

use serde::{Deserialize, Serialize};

use super::map::MapEntry;
use super::model::{EventId, SourceId, TermId};
use super::timeline::Timeline;
use super::validate::{RawContent, Validator};

pub const CAMPS_FILE: &str = "camps.toml";

/// The years a camp may have opened or closed in: the first camps to the end of the USSR.
pub const FIRST_CAMP_YEAR: u16 = 1918;
pub const LAST_CAMP_YEAR: u16 = 1991;

/// The former USSR's rough bounding box: latitudes, and longitudes east of 19°E (up to
/// 180°) or, for Chukotka across the antimeridian, west of 168°W.
pub const USSR_LAT: (f64, f64) = (35.0, 82.0);
pub const USSR_LON_EAST: (f64, f64) = (19.0, 180.0);
pub const USSR_LON_CHUKOTKA: (f64, f64) = (-180.0, -168.0);

// ----------------------------------------------------------------------------- raw

/// `camps.toml` as written.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CampsFile {
    /// The map's title, caption, alt text, sources and credit.
    pub map: Option<MapEntry>,
    #[serde(default, rename = "camp")]
    pub camps: Vec<CampEntry>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CampEntry {
    pub id: String,
    pub name: String,
    pub town: String,
    pub lat: f64,
    pub lon: f64,
    pub from: u16,
    /// The closing year, or …
    pub to: Option<u16>,
    /// … "after YEAR" when the sources give no closing year.
    pub until: Option<String>,
    pub uncertain: Option<String>,
    #[serde(default)]
    pub special: bool,
    pub work: Option<String>,
    #[serde(default)]
    pub events: Vec<String>,
    #[serde(default)]
    pub terms: Vec<String>,
    #[serde(default)]
    pub sources: Vec<String>,
}

// --------------------------------------------------------------------------- model

/// A camp, marked on the map at its headquarters town.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Camp {
    pub id: String,
    pub name: String,
    pub town: String,
    /// Degrees north.
    pub lat: f64,
    /// Degrees east (negative west of Greenwich, as for Chukotka).
    pub lon: f64,
    pub from: u16,
    pub end: CampEnd,
    /// What is doubtful about this entry, if anything.
    pub uncertain: Option<String>,
    /// A special camp (osoblag) of 1948–1956.
    pub special: bool,
    /// The project or region the camp served, as the sources name it.
    pub work: Option<String>,
    pub events: Vec<EventId>,
    pub terms: Vec<TermId>,
    pub sources: Vec<SourceId>,
}

/// When a camp closed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum CampEnd {
    /// In this year.
    Year(u16),
    /// At some time after this year (the sources give no closing year).
    After(u16),
}

impl CampEnd {
    /// The closing year, or the year it is known to have run beyond.
    pub fn year(self) -> u16 {
        match self {
            CampEnd::Year(year) | CampEnd::After(year) => year,
        }
    }

    /// As a reader sees it: "1956" or "after 1960".
    pub fn label(self) -> String {
        match self {
            CampEnd::Year(year) => year.to_string(),
            CampEnd::After(year) => format!("after {year}"),
        }
    }
}

impl Camp {
    /// "1931–1941" or "1938–after 1960".
    pub fn years(&self) -> String {
        format!("{}–{}", self.from, self.end.label())
    }
}

// ---------------------------------------------------------------------- validation

fn in_ussr(lat: f64, lon: f64) -> bool {
    let within = |value: f64, (low, high): (f64, f64)| (low..=high).contains(&value);
    within(lat, USSR_LAT) && (within(lon, USSR_LON_EAST) || within(lon, USSR_LON_CHUKOTKA))
}

fn year_range() -> String {
    format!("{FIRST_CAMP_YEAR} to {LAST_CAMP_YEAR}")
}

impl Validator {
    /// Every camp: ids, texts, a point inside the former USSR, years in order, and links to
    /// events, terms and sources. `timeline` is `None` if timeline.toml could not be read;
    /// links into a file that could not be read are not checked.
    pub(super) fn camps(
        &mut self,
        file: &CampsFile,
        timeline: Option<&Timeline>,
        raw: &RawContent,
    ) -> Vec<Camp> {
        let f = CAMPS_FILE;
        if file.camps.is_empty() {
            self.problem(
                f,
                "",
                "no [[camp]] entries: the map needs at least one camp.",
            );
        }
        let mut seen = HashSet::new();
        let mut out = Vec::new();
        for (index, entry) in file.camps.iter().enumerate() {
            let at = format!("camp {} \"{}\"", index + 1, entry.id);
            self.new_id(
                f,
                &format!("camp {}", index + 1),
                &entry.id,
                "camp",
                &mut seen,
            );
            let name = self.required(f, &format!("{at} › name"), &entry.name);
            let town = self.required(f, &format!("{at} › town"), &entry.town);
            let uncertain = self.optional(f, &format!("{at} › uncertain"), &entry.uncertain);
            let work = self.optional(f, &format!("{at} › work"), &entry.work);
            self.camp_point(&at, entry.lat, entry.lon);
            let end = self.camp_years(&at, entry);
            let events = self.camp_events(&at, &entry.events, timeline);
            let terms = self.camp_terms(&at, &entry.terms, raw.glossary.is_some());
            let sources = self.cite_sources(
                CAMPS_FILE,
                &at,
                &entry.sources,
                raw.sources.is_some(),
                "every camp needs a source for its place and years",
            );
            if let Some(end) = end {
                out.push(Camp {
                    id: entry.id.clone(),
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
    fn camp_point(&mut self, at: &str, lat: f64, lon: f64) {
        let f = CAMPS_FILE;
        let mut ok = true;
        if !(-90.0..=90.0).contains(&lat) {
            ok = false;
            self.problem(
                f,
                format!("{at} › lat"),
                format!("{lat} is not a latitude: it must be between -90 and 90 (degrees north); check that lat and lon are not swapped."),
            );
        }
        if !(-180.0..=180.0).contains(&lon) {
            ok = false;
            self.problem(
                f,
                format!("{at} › lon"),
                format!("{lon} is not a longitude: it must be between -180 and 180 (degrees east; west is negative)."),
            );
        }
        if ok && !in_ussr(lat, lon) {
            self.problem(
                f,
                format!("{at} › lat, lon"),
                format!("the point {lat}, {lon} lies outside the former USSR (latitude 35 to 82, longitude 19 to 180, or -180 to -168 for Chukotka): check that lat and lon are not swapped and that no minus sign is missing or extra."),
            );
        }
    }

    /// `from`, and exactly one of `to` or `until = "after YEAR"`, all in range and in order.
    fn camp_years(&mut self, at: &str, entry: &CampEntry) -> Option<CampEnd> {
        let f = CAMPS_FILE;
        let in_range = |year: u16| (FIRST_CAMP_YEAR..=LAST_CAMP_YEAR).contains(&year);
        let mut ok = true;
        if !in_range(entry.from) {
            ok = false;
            self.problem(
                f,
                format!("{at} › from"),
                format!(
                    "{} is not a year the camps ran in: give a year from {}.",
                    entry.from,
                    year_range()
                ),
            );
        }
        let end = match (entry.to, &entry.until) {
            (Some(_), Some(_)) => {
                self.problem(
                    f,
                    format!("{at} › until"),
                    "give either to = YEAR (the closing year) or until = \"after YEAR\", not both.",
                );
                None
            }
            (None, None) => {
                self.problem(
                    f,
                    format!("{at} › to"),
                    "when did the camp close? Add to = YEAR, or until = \"after YEAR\" if the sources give no closing year.",
                );
                None
            }
            (Some(year), None) => Some((CampEnd::Year(year), "to")),
            (None, Some(text)) => {
                let year = text
                    .trim()
                    .strip_prefix("after ")
                    .and_then(|year| year.trim().parse::<u16>().ok());
                match year {
                    Some(year) => Some((CampEnd::After(year), "until")),
                    None => {
                        self.problem(
                            f,
                            format!("{at} › until"),
                            format!("\"{text}\" is not understood: write until = \"after YEAR\", e.g. \"after 1960\"."),
                        );
                        None
                    }
                }
            }
        };
        let (end, field) = end?;
        if !in_range(end.year()) {
            self.problem(
                f,
                format!("{at} › {field}"),
                format!(
                    "{} is not a year the camps ran in: give a year from {}.",
                    end.year(),
                    year_range()
                ),
            );
            return None;
        }
        if ok && entry.from > end.year() {
            self.problem(
                f,
                format!("{at} › {field}"),
                format!(
                    "the camp closes ({}) before it opens ({}): check the years, or swap from and {field}.",
                    end.label(),
                    entry.from
                ),
            );
            return None;
        }
        ok.then_some(end)
    }

    fn camp_events(
        &mut self,
        at: &str,
        ids: &[String],
        timeline: Option<&Timeline>,
    ) -> Vec<EventId> {
        let mut out = Vec::new();
        for id in ids {
            if timeline.is_some_and(|timeline| timeline.event(id).is_none()) {
                self.problem(
                    CAMPS_FILE,
                    format!("{at} › events"),
                    format!("there is no event with the id \"{id}\" in timeline.toml: check the spelling or add the event."),
                );
            } else if out.iter().any(|event: &EventId| event.as_str() == id) {
                self.problem(
                    CAMPS_FILE,
                    format!("{at} › events"),
                    format!("\"{id}\" is listed twice."),
                );
            } else {
                out.push(EventId(id.clone()));
            }
        }
        out
    }

    fn camp_terms(&mut self, at: &str, ids: &[String], check: bool) -> Vec<TermId> {
        let mut out = Vec::new();
        for id in ids {
            if check && !self.term_ids.contains(id) {
                self.problem(
                    CAMPS_FILE,
                    format!("{at} › terms"),
                    format!("there is no term with the id \"{id}\" in glossary.toml: check the spelling or add the term."),
                );
            } else if out.iter().any(|term: &TermId| term.as_str() == id) {
                self.problem(
                    CAMPS_FILE,
                    format!("{at} › terms"),
                    format!("\"{id}\" is listed twice."),
                );
            } else {
                out.push(TermId(id.clone()));
            }
        }
        out
    }
}
