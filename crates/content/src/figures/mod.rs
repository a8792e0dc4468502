//! The figures (`figures.toml`): bar charts the exhibit draws from sourced data, laid out
//! at build time ([`layout`]), and photographs a curator adds; each with its credit record.
//! Checked here; drawn by [`render`].

pub mod layout;
pub mod render;

use std::collections::HashSet;

use serde::Deserialize;

use crate::core::check::{Check, Known};
use crate::core::cite::{Citation, CitationEntry};
use crate::core::picture::{Credit, CreditEntry, PictureTexts};
use crate::core::problem::Problem;

pub const FILE: &str = "figures.toml";

/// Image file types a photograph may have.
const PHOTO_TYPES: [&str; 5] = [".jpg", ".jpeg", ".png", ".webp", ".avif"];

/// `figures.toml` as written.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FiguresFile {
    #[serde(default, rename = "figure")]
    pub figures: Vec<FigureEntry>,
    #[serde(default, rename = "photo")]
    pub photos: Vec<PhotoEntry>,
}

/// A photograph a curator adds: the file (in `assets/images/`) and its credit record.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PhotoEntry {
    pub id: String,
    /// The file name in `assets/images/`, e.g. `solzhenitsyn-1974.jpg`.
    pub file: String,
    pub title: String,
    pub caption: String,
    pub alt: String,
    pub credit: CreditEntry,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FigureEntry {
    pub id: String,
    pub title: String,
    pub caption: String,
    pub alt: String,
    /// What the values count, e.g. "deaths".
    pub unit: String,
    /// What the figures leave out or where they are uncertain.
    pub note: Option<String>,
    #[serde(default)]
    pub sources: Vec<CitationEntry>,
    pub credit: CreditEntry,
    #[serde(default, rename = "bar")]
    pub bars: Vec<BarEntry>,
    /// Labelled stretches of bars (`[[figure.mark]]`).
    #[serde(default, rename = "mark")]
    pub stretches: Vec<StretchEntry>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BarEntry {
    pub label: String,
    pub value: u32,
    /// Why this value is uncertain (shown with it).
    pub uncertain: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StretchEntry {
    pub label: String,
    /// The first and last bar it spans, by their labels.
    pub from: String,
    pub to: String,
}

/// A photograph with its credit record.
#[derive(Debug, Clone, PartialEq)]
pub struct Photo {
    pub id: String,
    pub file: String,
    pub texts: PictureTexts,
    pub credit: Credit,
}

/// A bar chart the exhibit draws.
#[derive(Debug, Clone, PartialEq)]
pub struct Figure {
    pub id: String,
    pub texts: PictureTexts,
    pub unit: String,
    pub note: Option<String>,
    pub sources: Vec<Citation>,
    pub credit: Credit,
    pub bars: Vec<Bar>,
    pub stretches: Vec<Stretch>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Bar {
    pub label: String,
    pub value: u32,
    pub uncertain: Option<String>,
}

/// A labelled stretch of bars (by index, `from` ≤ `to`), such as "Great Terror".
#[derive(Debug, Clone, PartialEq)]
pub struct Stretch {
    pub label: String,
    pub from: usize,
    pub to: usize,
}

/// Checks the figures and photographs of `figures.toml`; `images` lists the files in
/// `assets/images/`. Figure and photo ids share one namespace.
pub fn check(
    file: &FiguresFile,
    images: &[String],
    known: &Known,
    problems: &mut Vec<Problem>,
) -> (Vec<Figure>, Vec<Photo>) {
    let mut check = Check::new(FILE, problems);
    let mut ids = HashSet::new();
    let figures = file
        .figures
        .iter()
        .enumerate()
        .map(|(index, entry)| figure(&mut check, index, entry, known, &mut ids))
        .collect();
    let photos = file
        .photos
        .iter()
        .enumerate()
        .map(|(index, entry)| photo(&mut check, index, entry, images, &mut ids))
        .collect();
    (figures, photos)
}

/// A photograph: its file present in `assets/images/`, texts, and a complete credit.
fn photo(
    check: &mut Check,
    index: usize,
    entry: &PhotoEntry,
    images: &[String],
    ids: &mut HashSet<String>,
) -> Photo {
    let at = format!("photo {} \"{}\"", index + 1, entry.id);
    check.new_id(
        &format!("photo {}", index + 1),
        &entry.id,
        "figure or photo",
        ids,
    );
    let name = check.required(&format!("{at} › file"), &entry.file);
    let lower = name.to_ascii_lowercase();
    if !name.is_empty() {
        if name.contains('/')
            || name.contains('\\')
            || !PHOTO_TYPES.iter().any(|t| lower.ends_with(t))
        {
            check.problem(
                format!("{at} › file"),
                format!("\"{name}\" is not an image file name: give the name of a .jpg, .png, .webp or .avif file in assets/images/, without folders."),
            );
        } else if !images.contains(&name) {
            check.problem(
                format!("{at} › file"),
                format!("there is no file \"{name}\" in assets/images/: add the picture there, or check the spelling."),
            );
        }
    }
    Photo {
        id: entry.id.clone(),
        file: name,
        texts: check.picture_texts(&at, &entry.title, &entry.caption, &entry.alt),
        credit: check.credit(&at, &entry.credit),
    }
}

/// A chart: texts, bars, labelled stretches, sources and a complete credit.
fn figure(
    check: &mut Check,
    index: usize,
    entry: &FigureEntry,
    known: &Known,
    ids: &mut HashSet<String>,
) -> Figure {
    let at = format!("figure {} \"{}\"", index + 1, entry.id);
    check.new_id(
        &format!("figure {}", index + 1),
        &entry.id,
        "figure or photo",
        ids,
    );
    let texts = check.picture_texts(&at, &entry.title, &entry.caption, &entry.alt);
    let unit = check.required(&format!("{at} › unit"), &entry.unit);
    let note = check.optional(&format!("{at} › note"), &entry.note);
    let sources = check.sources(
        &at,
        &entry.sources,
        known,
        "every figure needs the sources of its data",
    );
    let credit = check.credit(&at, &entry.credit);
    if entry.bars.is_empty() {
        check.problem(
            format!("{at} › bar"),
            "a figure needs data: add [[figure.bar]] entries with a label and a value.",
        );
    }
    let mut labels = HashSet::new();
    let mut bars = Vec::new();
    for (b, bar) in entry.bars.iter().enumerate() {
        let field = format!("{at} › bar {}", b + 1);
        let label = check.required(&format!("{field} › label"), &bar.label);
        if !labels.insert(label.clone()) {
            check.problem(
                format!("{field} › label"),
                format!(
                    "the label \"{label}\" is used by an earlier bar too: labels must be unique."
                ),
            );
        }
        let uncertain = check.optional(&format!("{field} › uncertain"), &bar.uncertain);
        bars.push(Bar {
            label,
            value: bar.value,
            uncertain,
        });
    }
    let mut stretches = Vec::new();
    for (m, stretch) in entry.stretches.iter().enumerate() {
        let field = format!("{at} › mark {}", m + 1);
        let label = check.required(&format!("{field} › label"), &stretch.label);
        let find = |name: &str| bars.iter().position(|bar: &Bar| bar.label == name);
        match (find(&stretch.from), find(&stretch.to)) {
            (Some(from), Some(to)) if from <= to => stretches.push(Stretch { label, from, to }),
            (Some(_), Some(_)) => check.problem(
                field,
                format!(
                    "the mark runs backwards: \"{}\" comes after \"{}\"; swap from and to.",
                    stretch.from, stretch.to
                ),
            ),
            (from, _) => {
                let missing = if from.is_none() {
                    &stretch.from
                } else {
                    &stretch.to
                };
                check.problem(
                    field,
                    format!("there is no bar labelled \"{missing}\" in this figure: from and to name bars by their labels."),
                );
            }
        }
    }
    Figure {
        id: entry.id.clone(),
        texts,
        unit,
        note,
        sources,
        credit,
        bars,
        stretches,
    }
}
