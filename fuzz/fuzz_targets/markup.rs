//! The essay's inline markup. Any text parses or gives an error inside the text; what
//! parses, written back, parses to the same nodes.
#![no_main]

use exhibit_content::core::markup::{parse, plain_text, render, Node, Span};
use libfuzzer_sys::fuzz_target;

/// Positions are not part of the meaning.
fn without_positions(nodes: Vec<Node>) -> Vec<Node> {
    nodes
        .into_iter()
        .map(|node| match node {
            Node::Span(span) => Node::Span(Span {
                at: 0,
                children: without_positions(span.children),
                ..span
            }),
            text => text,
        })
        .collect()
}

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
