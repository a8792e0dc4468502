//! Reading the content files from disk (build script and native tests only).

use std::path::Path;

use super::camps::CAMPS_FILE;
use super::figures::FIGURES_FILE;
use super::map::MAP_OUTLINE_FILE;
use super::problem::Problem;
use super::timeline::TIMELINE_FILE;
use super::validate::{
    validate, RawContent, ESSAY_FILE, EXHIBIT_FILE, GLOSSARY_FILE, NOTES_FILE, SOURCES_FILE,
};
use super::Exhibit;

/// Every content file, in the order they are read.
pub const FILES: [&str; 9] = [
    SOURCES_FILE,
    NOTES_FILE,
    GLOSSARY_FILE,
    EXHIBIT_FILE,
    ESSAY_FILE,
    TIMELINE_FILE,
    FIGURES_FILE,
    CAMPS_FILE,
    MAP_OUTLINE_FILE,
];

/// Loads and validates the content in `dir` (normally `assets/content`).
/// Photographs live in `images/` beside the content folder (`assets/images`).
pub fn load_dir(dir: &Path) -> Result<Exhibit, Vec<Problem>> {
    let images = image_files(&dir.join("../images"));
    load_with_images(
        |name| std::fs::read_to_string(dir.join(name)).map_err(|error| error.to_string()),
        images,
    )
}

/// The file names in a folder (none if it does not exist).
pub fn image_files(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .filter(|entry| entry.path().is_file())
        .filter_map(|entry| entry.file_name().into_string().ok())
        .collect();
    names.sort();
    names
}

/// Loads and validates content from any provider of file texts (tests use this to swap
/// a single file for a bad fixture).
pub fn load_with(read: impl Fn(&str) -> Result<String, String>) -> Result<Exhibit, Vec<Problem>> {
    load_with_images(read, Vec::new())
}

/// As [`load_with`], with the file names present in `assets/images/`.
pub fn load_with_images(
    read: impl Fn(&str) -> Result<String, String>,
    images: Vec<String>,
) -> Result<Exhibit, Vec<Problem>> {
    let mut problems = Vec::new();
    let mut parse = |name: &str| -> Option<String> {
        match read(name) {
            Ok(text) => Some(text),
            Err(error) => {
                problems.push(Problem::new(
                    name,
                    "",
                    format!("the file could not be read ({error})."),
                ));
                None
            }
        }
    };
    let texts: Vec<Option<String>> = FILES.iter().map(|name| parse(name)).collect();
    let raw = RawContent {
        sources: decode(SOURCES_FILE, &texts[0], &mut problems),
        notes: decode(NOTES_FILE, &texts[1], &mut problems),
        glossary: decode(GLOSSARY_FILE, &texts[2], &mut problems),
        exhibit: decode(EXHIBIT_FILE, &texts[3], &mut problems),
        essay: decode(ESSAY_FILE, &texts[4], &mut problems),
        timeline: decode(TIMELINE_FILE, &texts[5], &mut problems),
        figures: decode(FIGURES_FILE, &texts[6], &mut problems),
        camps: decode(CAMPS_FILE, &texts[7], &mut problems),
        map_outline: decode(MAP_OUTLINE_FILE, &texts[8], &mut problems),
        images,
    };
    match validate(&raw) {
        Ok(exhibit) if problems.is_empty() => Ok(exhibit),
        Ok(_) => Err(problems),
        Err(more) => {
            // A file that failed to parse also shows up as a "could not be read" fallback
            // problem from validation; keep only the real ones.
            problems.extend(more.into_iter().filter(|p| p.file != "(content)"));
            Err(problems)
        }
    }
}

fn decode<T: serde::de::DeserializeOwned>(
    name: &str,
    text: &Option<String>,
    problems: &mut Vec<Problem>,
) -> Option<T> {
    let text = text.as_ref()?;
    match toml::from_str(text) {
        Ok(value) => Some(value),
        Err(error) => {
            problems.push(Problem::new(
                name,
                "",
                format!(
                    "the file is not valid for this exhibit: {}",
                    error.to_string().trim_end()
                ),
            ));
            None
        }
    }
}
