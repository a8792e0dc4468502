//! The content files: one of them replaced by the input, the others the small fixture's
//! (`tests/fixtures/minimal`), read, checked and, when valid, drawn into every page.
//! Input: the file's index (first byte, modulo the number of files), then its text.
//! Every problem must name its file, and valid content must draw without a panic.
#![no_main]

use exhibit_content::load::{load_with, parse_words, FILES};
use exhibit_content::site::{pages, Assets, Code};
use libfuzzer_sys::fuzz_target;

/// The fixture's files, in the order of [`FILES`].
const FIXTURE: [&str; 9] = [
    include_str!("../../tests/fixtures/minimal/sources.toml"),
    include_str!("../../tests/fixtures/minimal/notes.toml"),
    include_str!("../../tests/fixtures/minimal/glossary.toml"),
    include_str!("../../tests/fixtures/minimal/exhibit.toml"),
    include_str!("../../tests/fixtures/minimal/essay.toml"),
    include_str!("../../tests/fixtures/minimal/timeline.toml"),
    include_str!("../../tests/fixtures/minimal/figures.toml"),
    include_str!("../../tests/fixtures/minimal/camps.toml"),
    include_str!("../../tests/fixtures/minimal/map-outline.toml"),
];

fuzz_target!(|data: &[u8]| {
    let Some((&which, text)) = data.split_first() else {
        return;
    };
    let which = usize::from(which) % FILES.len();
    let text = String::from_utf8_lossy(text);
    let read = |name: &str| -> Result<String, String> {
        let index = FILES
            .iter()
            .position(|file| *file == name)
            .ok_or("no such file")?;
        Ok(if index == which {
            text.to_string()
        } else {
            FIXTURE[index].to_owned()
        })
    };
    match load_with(read) {
        Ok(exhibit) => {
            let words = parse_words(include_str!("../../assets/locales/en.toml"))
                .expect("the English wording is valid");
            for page in pages(
                &exhibit,
                &words,
                &assets(),
                Some("https://museum.example/x/"),
            ) {
                assert!(page.html.starts_with("<!DOCTYPE html>"));
            }
        }
        Err(problems) => {
            assert!(!problems.is_empty(), "an error without a problem");
            for problem in problems {
                assert!(
                    FILES.contains(&problem.file.as_str()) || problem.file.starts_with('('),
                    "a problem without its file: {problem:?}"
                );
                assert!(!problem.message.is_empty(), "a problem without a message");
            }
        }
    }
});

fn assets() -> Assets {
    let code = |name: &str| Code {
        script: format!("{name}.js"),
        wasm: format!("{name}_bg.wasm"),
        stylesheet: None,
    };
    Assets {
        stylesheet: "exhibit.css".into(),
        code: code("app"),
        modes: Vec::new(),
        favicon: "data:,".into(),
    }
}
