//! Reading the content files from disk and parsing them (`serde`, unknown fields refused),
//! then checking them ([`crate::exhibit::validate`]).

use std::path::Path;

use crate::core::problem::Problem;
use crate::core::words::Words;
use crate::essay::notes::Verdict;
use crate::exhibit::{validate, Exhibit, RawContent};
use crate::glossary::TermKind;
use crate::{essay, figures, glossary, map, sources, timeline};

const SOURCES_FILE: &str = sources::FILE;
const NOTES_FILE: &str = essay::notes::FILE;
const GLOSSARY_FILE: &str = glossary::FILE;
const EXHIBIT_FILE: &str = essay::meta::FILE;
const ESSAY_FILE: &str = essay::check::FILE;
const TIMELINE_FILE: &str = timeline::FILE;
const FIGURES_FILE: &str = figures::FILE;
const CAMPS_FILE: &str = map::CAMPS_FILE;
const MAP_OUTLINE_FILE: &str = map::OUTLINE_FILE;

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

/// The locale file of the English edition, relative to the project's root.
pub const ENGLISH: &str = "assets/locales/en.toml";

/// How problems in a locale file are reported.
const LOCALE: &str = "the locale file";

/// Reads and checks an edition's wording (`assets/locales/<lang>.toml`).
pub fn load_words(path: &Path) -> Result<Words, Vec<Problem>> {
    let text = std::fs::read_to_string(path).map_err(|error| {
        vec![Problem::new(
            LOCALE,
            "",
            format!("{} could not be read ({error}).", path.display()),
        )]
    })?;
    parse_words(&text)
}

/// Parses an edition's wording and checks it: every field present (serde), and what serde
/// cannot see (twelve months, a label for every view, verdict and kind, the slots each
/// template needs).
pub fn parse_words(text: &str) -> Result<Words, Vec<Problem>> {
    let words: Words = toml::from_str(text).map_err(|error| {
        vec![Problem::new(
            LOCALE,
            "",
            format!("it is not valid: {}", error.to_string().trim_end()),
        )]
    })?;
    let views: Vec<&str> = exhibit_dom::View::ALL
        .iter()
        .map(|view| view.key())
        .collect();
    let verdicts: Vec<&str> = Verdict::ALL.iter().map(|verdict| verdict.key()).collect();
    let kinds: Vec<&str> = TermKind::ALL.iter().map(|kind| kind.key()).collect();
    let problems = words.check(LOCALE, &views, &verdicts, &kinds);
    if problems.is_empty() {
        Ok(words)
    } else {
        Err(problems)
    }
}
