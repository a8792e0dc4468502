//! The camp map (`camps.toml`, `map-outline.toml`): the camps at their headquarters towns,
//! the map's texts and credit, and the outline of the USSR generated from Natural Earth
//! (by `tools/map-outline`). Checked in [`check`]; projected and pinned at build time
//! ([`projection`], [`pins`]); drawn by [`render`].

pub mod check;
pub mod clusters;
pub mod pins;
pub mod projection;
pub mod render;

use serde::Deserialize;

use crate::core::cite::{Citation, CitationEntry};
use crate::core::ids::{CampId, EventId, TermId};
use crate::core::picture::{Credit, CreditEntry, PictureTexts};
use crate::core::words::DateWords;
use projection::Fit;

pub const CAMPS_FILE: &str = "camps.toml";
pub const OUTLINE_FILE: &str = "map-outline.toml";

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
    pub sources: Vec<CitationEntry>,
}

/// The `[map]` table of `camps.toml`: what the map is called, says and is credited to.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MapEntry {
    pub title: String,
    pub caption: String,
    pub alt: String,
    #[serde(default)]
    pub sources: Vec<CitationEntry>,
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
#[derive(Debug, Clone, PartialEq, Deserialize)]
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

/// A camp, marked on the map at its headquarters town.
#[derive(Debug, Clone, PartialEq)]
pub struct Camp {
    pub id: CampId,
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
    /// What its prisoners built, mined or made, as the sources say.
    pub work: Option<String>,
    pub events: Vec<EventId>,
    pub terms: Vec<TermId>,
    pub sources: Vec<Citation>,
}

/// When a camp closed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
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
    pub fn label(self, words: &DateWords) -> String {
        match self {
            CampEnd::Year(year) => year.to_string(),
            CampEnd::After(year) => {
                crate::core::text::fill(&words.after, &[("year", &year.to_string())])
            }
        }
    }
}

impl Camp {
    /// "1931–1941" or "1938–after 1960".
    pub fn years(&self, words: &DateWords) -> String {
        format!("{}–{}", self.from, self.end.label(words))
    }
}

/// The camp map as the exhibit draws it.
#[derive(Debug, Clone, PartialEq)]
pub struct CampMap {
    pub texts: PictureTexts,
    pub sources: Vec<Citation>,
    pub credit: Credit,
    /// Where the outline comes from and how it was made.
    pub outline: OutlineSource,
    pub fit: Fit,
    /// SVG path data: the land, and the borders between the republics.
    pub land: String,
    pub borders: String,
}
