//! The exhibit's figures (charts it draws from sourced data) and the credit record every
//! image and figure carries: raw file types, the validated model, and validation.

use std::collections::HashSet;

use serde::{Deserialize, Serialize};

use super::model::SourceId;
use super::validate::Validator;

pub const FIGURES_FILE: &str = "figures.toml";

// ----------------------------------------------------------------------------- raw

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
    pub sources: Vec<String>,
    pub credit: CreditEntry,
    #[serde(default, rename = "bar")]
    pub bars: Vec<BarEntry>,
    #[serde(default, rename = "mark")]
    pub marks: Vec<MarkEntry>,
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
pub struct MarkEntry {
    pub label: String,
    /// The first and last bar the mark spans, by their labels.
    pub from: String,
    pub to: String,
}

/// The credit record of an image or figure (TASL: title, author, source, licence).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CreditEntry {
    pub creator: String,
    pub date: String,
    pub source_name: String,
    pub source_url: Option<String>,
    pub licence_name: String,
    pub licence_url: String,
    /// The credit exactly as it must be printed under the picture.
    pub credit_line: String,
    /// What was changed from the source, or how the data were turned into a picture.
    pub modifications: String,
}

// --------------------------------------------------------------------------- model

/// A photograph with its credit record.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Photo {
    pub id: String,
    pub file: String,
    pub title: String,
    pub caption: String,
    pub alt: String,
    pub credit: Credit,
}

/// A bar chart drawn by the app.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Figure {
    pub id: String,
    pub title: String,
    pub caption: String,
    pub alt: String,
    pub unit: String,
    pub note: Option<String>,
    pub sources: Vec<SourceId>,
    pub credit: Credit,
    pub bars: Vec<Bar>,
    pub marks: Vec<Mark>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Bar {
    pub label: String,
    pub value: u32,
    pub uncertain: Option<String>,
}

/// A labelled stretch of bars (by index, `from` ≤ `to`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Mark {
    pub label: String,
    pub from: usize,
    pub to: usize,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Credit {
    pub creator: String,
    pub date: String,
    pub source_name: String,
    pub source_url: Option<String>,
    pub licence_name: String,
    pub licence_url: String,
    pub credit_line: String,
    pub modifications: String,
}

// ---------------------------------------------------------------------- validation

fn is_web_address(url: &str) -> bool {
    (url.starts_with("https://") || url.starts_with("http://"))
        && !url.contains(char::is_whitespace)
}

/// Image file types a photograph may have.
const PHOTO_TYPES: [&str; 5] = [".jpg", ".jpeg", ".png", ".webp", ".avif"];

impl Validator {
    /// Every photograph: its file present in `assets/images/` (`images` lists what is
    /// there), texts, alt text apart from the caption, and a complete credit record.
    pub(super) fn photos(
        &mut self,
        file: &FiguresFile,
        images: &[String],
        ids: &mut HashSet<String>,
    ) -> Vec<Photo> {
        let f = FIGURES_FILE;
        let mut out = Vec::new();
        for (index, entry) in file.photos.iter().enumerate() {
            let at = format!("photo {} \"{}\"", index + 1, entry.id);
            self.new_id(
                f,
                &format!("photo {}", index + 1),
                &entry.id,
                "figure or photo",
                ids,
            );
            let name = self.required(f, &format!("{at} › file"), &entry.file);
            let lower = name.to_ascii_lowercase();
            if !name.is_empty() {
                if name.contains('/')
                    || name.contains('\\')
                    || !PHOTO_TYPES.iter().any(|t| lower.ends_with(t))
                {
                    self.problem(
                        f,
                        format!("{at} › file"),
                        format!("\"{name}\" is not an image file name: give the name of a .jpg, .png, .webp or .avif file in assets/images/, without folders."),
                    );
                } else if !images.contains(&name) {
                    self.problem(
                        f,
                        format!("{at} › file"),
                        format!("there is no file \"{name}\" in assets/images/: add the picture there, or check the spelling."),
                    );
                }
            }
            let (title, caption, alt) =
                self.picture_texts(f, &at, &entry.title, &entry.caption, &entry.alt);
            let credit = self.credit(f, &at, &entry.credit);
            out.push(Photo {
                id: entry.id.clone(),
                file: name,
                title,
                caption,
                alt,
                credit,
            });
        }
        out
    }

    /// Every figure: ids, texts, alt text apart from the caption, bars, marks, sources and
    /// a complete credit record.
    pub(super) fn figures(
        &mut self,
        file: &FiguresFile,
        check_sources: bool,
        ids: &mut HashSet<String>,
    ) -> Vec<Figure> {
        let f = FIGURES_FILE;
        let mut out = Vec::new();
        for (index, entry) in file.figures.iter().enumerate() {
            let at = format!("figure {} \"{}\"", index + 1, entry.id);
            self.new_id(
                f,
                &format!("figure {}", index + 1),
                &entry.id,
                "figure or photo",
                ids,
            );
            let (title, caption, alt) =
                self.picture_texts(f, &at, &entry.title, &entry.caption, &entry.alt);
            let unit = self.required(f, &format!("{at} › unit"), &entry.unit);
            let note = self.optional(f, &format!("{at} › note"), &entry.note);
            let sources = self.cite_sources(
                f,
                &at,
                &entry.sources,
                check_sources,
                "every figure needs the sources of its data",
            );
            let credit = self.credit(f, &at, &entry.credit);

            if entry.bars.is_empty() {
                self.problem(
                    f,
                    format!("{at} › bar"),
                    "a figure needs data: add [[figure.bar]] entries with a label and a value.",
                );
            }
            let mut labels = HashSet::new();
            let mut bars = Vec::new();
            for (b, bar) in entry.bars.iter().enumerate() {
                let field = format!("{at} › bar {}", b + 1);
                let label = self.required(f, &format!("{field} › label"), &bar.label);
                if !labels.insert(label.clone()) {
                    self.problem(
                        f,
                        format!("{field} › label"),
                        format!("the label \"{label}\" is used by an earlier bar too: labels must be unique."),
                    );
                }
                let uncertain = self.optional(f, &format!("{field} › uncertain"), &bar.uncertain);
                bars.push(Bar {
                    label,
                    value: bar.value,
                    uncertain,
                });
            }
            let mut marks = Vec::new();
            for (m, mark) in entry.marks.iter().enumerate() {
                let field = format!("{at} › mark {}", m + 1);
                let label = self.required(f, &format!("{field} › label"), &mark.label);
                let find = |name: &str| bars.iter().position(|bar| bar.label == name);
                match (find(&mark.from), find(&mark.to)) {
                    (Some(from), Some(to)) if from <= to => marks.push(Mark { label, from, to }),
                    (Some(_), Some(_)) => self.problem(
                        f,
                        field,
                        format!(
                            "the mark runs backwards: \"{}\" comes after \"{}\"; swap from and to.",
                            mark.from, mark.to
                        ),
                    ),
                    (from, _) => {
                        let missing = if from.is_none() { &mark.from } else { &mark.to };
                        self.problem(
                            f,
                            field,
                            format!("there is no bar labelled \"{missing}\" in this figure: from and to name bars by their labels."),
                        );
                    }
                }
            }
            out.push(Figure {
                id: entry.id.clone(),
                title,
                caption,
                alt,
                unit,
                note,
                sources,
                credit,
                bars,
                marks,
            });
        }
        out
    }

    /// A picture's title, caption and alternative text: all present, the alt text not the
    /// caption again.
    pub(super) fn picture_texts(
        &mut self,
        f: &str,
        at: &str,
        title: &str,
        caption: &str,
        alt: &str,
    ) -> (String, String, String) {
        let title = self.required(f, &format!("{at} › title"), title);
        let caption = self.required(f, &format!("{at} › caption"), caption);
        let alt = self.required(f, &format!("{at} › alt"), alt);
        if !alt.is_empty() && alt == caption {
            self.problem(
                f,
                format!("{at} › alt"),
                "the alternative text repeats the caption: describe what the picture shows for someone who cannot see it.",
            );
        }
        (title, caption, alt)
    }

    /// A credit record: every part of TASL present, addresses that are web addresses.
    pub(super) fn credit(&mut self, f: &str, at: &str, entry: &CreditEntry) -> Credit {
        let at = format!("{at} › credit");
        let creator = self.required(f, &format!("{at} › creator"), &entry.creator);
        let date = self.required(f, &format!("{at} › date"), &entry.date);
        let source_name = self.required(f, &format!("{at} › source_name"), &entry.source_name);
        let source_url = self.optional(f, &format!("{at} › source_url"), &entry.source_url);
        let licence_name = self.required(f, &format!("{at} › licence_name"), &entry.licence_name);
        let licence_url = self.required(f, &format!("{at} › licence_url"), &entry.licence_url);
        for (field, url) in [
            ("source_url", source_url.as_deref()),
            ("licence_url", Some(licence_url.as_str())),
        ] {
            if let Some(url) = url.filter(|url| !url.is_empty() && !is_web_address(url)) {
                self.problem(
                    f,
                    format!("{at} › {field}"),
                    format!(
                        "\"{url}\" is not a web address: write it in full, starting with https://."
                    ),
                );
            }
        }
        let credit_line = self.required(f, &format!("{at} › credit_line"), &entry.credit_line);
        let modifications =
            self.required(f, &format!("{at} › modifications"), &entry.modifications);
        Credit {
            creator,
            date,
            source_name,
            source_url,
            licence_name,
            licence_url,
            credit_line,
            modifications,
        }
    }
}
