//! The essay's inline markup. Any text parses or gives an error inside the text; what
//! parses, written back, parses to the same nodes.
#![no_main]

use exhibit_content::core::markup::{parse, plain_text, render, without_positions};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let source = String::from_utf8_lossy(data);
    match parse(&source) {
        Ok(nodes) => {
            let written = render(&nodes);
            let again = parse(&written).expect("what was written parses");
            assert_eq!(plain_text(&again), plain_text(&nodes));
            assert_eq!(without_positions(again), without_positions(nodes));
        }
        Err(error) => {
            assert!(error.at <= source.chars().count(), "{error:?}");
            assert!(!error.message.is_empty());
        }
    }
});
