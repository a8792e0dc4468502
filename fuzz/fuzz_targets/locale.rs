//! An edition's wording (`assets/locales/<lang>.toml`): parsed and checked; a problem, never
//! a panic, and a problem always says what is wrong.
#![no_main]

use exhibit_content::load::parse_words;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Err(problems) = parse_words(&String::from_utf8_lossy(data)) {
        assert!(!problems.is_empty());
        assert!(problems.iter().all(|problem| !problem.message.is_empty()));
    }
});
