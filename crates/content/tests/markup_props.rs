//! Property tests: the inline markup parser never panics, and what it parses it can write back.

use exhibit_content::core::markup::{
    parse, plain_text, render, without_positions, Attribute, Node, Span,
};
use proptest::prelude::*;

fn node() -> impl Strategy<Value = Node> {
    let text = "[a-zA-Z0-9 ,.\\[\\]{}\\\\\"«»é—]{1,12}".prop_map(Node::Text);
    text.prop_recursive(4, 24, 4, |inner| {
        (
            prop::collection::vec(inner, 1..4),
            prop::collection::vec(
                ("[a-z][a-z_-]{0,6}", "[a-zA-Z0-9 \"\\\\{}\\[\\]]{0,10}"),
                1..3,
            ),
        )
            .prop_map(|(children, attributes)| {
                Node::Span(Span {
                    attributes: attributes
                        .into_iter()
                        .map(|(key, value)| Attribute { key, value })
                        .collect(),
                    children: merge_text(children),
                    at: 0,
                })
            })
    })
}

/// Adjacent text nodes parse back as one; merge them so the comparison is fair.
fn merge_text(nodes: Vec<Node>) -> Vec<Node> {
    let mut out: Vec<Node> = Vec::new();
    for node in nodes {
        match (out.last_mut(), node) {
            (Some(Node::Text(last)), Node::Text(text)) => last.push_str(&text),
            (_, node) => out.push(node),
        }
    }
    out
}

proptest! {
    #[test]
    fn never_panics_on_any_input(input in any::<String>()) {
        let _ = parse(&input);
    }

    #[test]
    fn never_panics_on_markup_like_input(input in "[\\[\\]{}=\" a-z\\\\]{0,64}") {
        if let Err(error) = parse(&input) {
            prop_assert!(error.at <= input.chars().count());
            prop_assert!(!error.message.is_empty());
        }
    }

    #[test]
    fn render_then_parse_round_trips(nodes in prop::collection::vec(node(), 0..5)) {
        let nodes = merge_text(nodes);
        let written = render(&nodes);
        let parsed = parse(&written).map_err(|e| TestCaseError::fail(format!("{written:?}: {e}")))?;
        prop_assert_eq!(without_positions(parsed), nodes.clone());
        prop_assert_eq!(plain_text(&parse(&written).unwrap_or_default()), plain_text(&nodes));
    }
}
