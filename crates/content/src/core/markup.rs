//! The essay's inline markup: plain text with marked spans.
//!
//! ```text
//! most were innocent and [was not even given a trail]{note=trial edit="were not even given a trial"}.
//! ```
//!
//! * `[words]{attributes}` marks a span; spans may nest.
//! * Attributes are `key=value` pairs separated by spaces. A value is either bare
//!   (letters, digits, `-`, `_`, `.`) or double-quoted, where `\"` and `\\` are escapes.
//! * `\[`, `\]`, `\{`, `\}` and `\\` write those characters literally in text.
//!
//! This module knows only the syntax. What the keys mean (`note`, `edit`, …) is decided
//! by the model, which turns [`Node`]s into typed inline content.

use std::fmt;

/// Spans deeper than this are refused: a curator never needs them, and a bound keeps
/// the recursive parser safe on any input.
pub const MAX_DEPTH: usize = 8;

/// One piece of parsed markup.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Node {
    /// Literal text, escapes already resolved.
    Text(String),
    /// A `[children]{attributes}` span.
    Span(Span),
}

/// A marked span with its attributes in written order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Span {
    pub attributes: Vec<Attribute>,
    pub children: Vec<Node>,
    /// Character position (0-based) of the opening `[`, for error messages.
    pub at: usize,
}

/// One `key=value` attribute.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attribute {
    pub key: String,
    pub value: String,
}

/// A syntax error, located by character position (0-based) in the source text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MarkupError {
    pub at: usize,
    pub message: String,
}

impl fmt::Display for MarkupError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "at character {}: {}", self.at + 1, self.message)
    }
}

/// Parses inline markup into nodes. Never panics; on malformed input it returns the
/// first syntax error with its position.
pub fn parse(source: &str) -> Result<Vec<Node>, MarkupError> {
    let chars: Vec<char> = source.chars().collect();
    let mut parser = Parser { chars, pos: 0 };
    let nodes = parser.nodes(0)?;
    if parser.pos < parser.chars.len() {
        // Only a stray `]` stops the top level early.
        return Err(parser.error_here(
            "a `]` closes a span that was never opened. Remove it, or write `\\]` for a literal bracket.",
        ));
    }
    Ok(nodes)
}

/// The same nodes with every span's position cleared: positions locate errors, they are
/// not part of what the markup says (tests and the fuzz target compare nodes this way).
pub fn without_positions(nodes: Vec<Node>) -> Vec<Node> {
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

/// Writes nodes back as markup. `parse(&render(&nodes))` gives the same nodes, which the
/// tests use to check the parser against its own grammar.
pub fn render(nodes: &[Node]) -> String {
    let mut out = String::new();
    render_into(nodes, &mut out);
    out
}

fn render_into(nodes: &[Node], out: &mut String) {
    for node in nodes {
        match node {
            Node::Text(text) => {
                for c in text.chars() {
                    if matches!(c, '[' | ']' | '{' | '}' | '\\') {
                        out.push('\\');
                    }
                    out.push(c);
                }
            }
            Node::Span(span) => {
                out.push('[');
                render_into(&span.children, out);
                out.push_str("]{");
                for (i, attribute) in span.attributes.iter().enumerate() {
                    if i > 0 {
                        out.push(' ');
                    }
                    out.push_str(&attribute.key);
                    out.push_str("=\"");
                    for c in attribute.value.chars() {
                        if matches!(c, '"' | '\\') {
                            out.push('\\');
                        }
                        out.push(c);
                    }
                    out.push('"');
                }
                out.push('}');
            }
        }
    }
}

/// The text a reader sees when every span shows its own words.
pub fn plain_text(nodes: &[Node]) -> String {
    let mut out = String::new();
    for node in nodes {
        match node {
            Node::Text(text) => out.push_str(text),
            Node::Span(span) => out.push_str(&plain_text(&span.children)),
        }
    }
    out
}

struct Parser {
    chars: Vec<char>,
    pos: usize,
}

impl Parser {
    fn peek(&self) -> Option<char> {
        self.chars.get(self.pos).copied()
    }

    fn error_here(&self, message: &str) -> MarkupError {
        MarkupError {
            at: self.pos,
            message: message.to_owned(),
        }
    }

    /// Reads nodes until the end of input or an unescaped `]` (left unconsumed).
    fn nodes(&mut self, depth: usize) -> Result<Vec<Node>, MarkupError> {
        let mut nodes = Vec::new();
        let mut text = String::new();
        while let Some(c) = self.peek() {
            match c {
                '\\' => {
                    let escaped = self.chars.get(self.pos + 1).copied();
                    match escaped {
                        Some(e @ ('[' | ']' | '{' | '}' | '\\')) => {
                            text.push(e);
                            self.pos += 2;
                        }
                        _ => {
                            return Err(self.error_here(
                                "a backslash must be followed by one of [ ] { } \\ (write `\\\\` for a backslash).",
                            ))
                        }
                    }
                }
                '[' => {
                    if depth + 1 > MAX_DEPTH {
                        return Err(self.error_here("spans are nested too deeply."));
                    }
                    if !text.is_empty() {
                        nodes.push(Node::Text(std::mem::take(&mut text)));
                    }
                    nodes.push(Node::Span(self.span(depth + 1)?));
                }
                ']' => break,
                '{' | '}' => {
                    return Err(self.error_here(
                        "a brace may only follow a span's closing `]`. Write `\\{` or `\\}` for a literal brace.",
                    ))
                }
                _ => {
                    text.push(c);
                    self.pos += 1;
                }
            }
        }
        if !text.is_empty() {
            nodes.push(Node::Text(text));
        }
        Ok(nodes)
    }

    fn span(&mut self, depth: usize) -> Result<Span, MarkupError> {
        let at = self.pos;
        self.pos += 1; // `[`
        let children = self.nodes(depth)?;
        if self.peek() != Some(']') {
            return Err(MarkupError {
                at,
                message: "this `[` opens a span that is never closed. Close it with `]{note=…}`, or write `\\[` for a literal bracket.".to_owned(),
            });
        }
        self.pos += 1; // `]`
        if self.peek() != Some('{') {
            return Err(self.error_here(
                "a span's `]` must be followed by its attributes in braces, like `]{note=some-id}`.",
            ));
        }
        self.pos += 1; // `{`
        let attributes = self.attributes()?;
        if children.is_empty() {
            return Err(MarkupError {
                at,
                message: "this span marks no words: put the words between `[` and `]`.".to_owned(),
            });
        }
        Ok(Span {
            attributes,
            children,
            at,
        })
    }

    /// Reads `key=value …}` after the `{`, consuming the closing `}`.
    fn attributes(&mut self) -> Result<Vec<Attribute>, MarkupError> {
        let mut attributes = Vec::new();
        loop {
            self.skip_spaces();
            match self.peek() {
                None => return Err(self.error_here("the attribute list is not closed with `}`.")),
                Some('}') => {
                    self.pos += 1;
                    break;
                }
                Some(_) => {}
            }
            let key = self.bare_word();
            if key.is_empty() {
                return Err(self.error_here(
                    "expected an attribute name such as `note` (letters, digits, `-`, `_`).",
                ));
            }
            if self.peek() != Some('=') {
                return Err(self.error_here(&format!(
                    "the attribute `{key}` needs a value: write `{key}=value`."
                )));
            }
            self.pos += 1;
            let value = if self.peek() == Some('"') {
                self.quoted()?
            } else {
                let value = self.bare_word();
                if value.is_empty() {
                    return Err(self.error_here(&format!(
                        "the attribute `{key}` has no value. Quote values that contain spaces: `{key}=\"…\"`."
                    )));
                }
                value
            };
            attributes.push(Attribute { key, value });
            match self.peek() {
                Some(' ' | '\t' | '\n' | '\r' | '}') => {}
                None => return Err(self.error_here("the attribute list is not closed with `}`.")),
                Some(_) => {
                    return Err(self.error_here(
                        "unexpected character after an attribute value. Separate attributes with spaces and quote values that contain other characters.",
                    ))
                }
            }
        }
        if attributes.is_empty() {
            return Err(
                self.error_here("a span needs at least one attribute, like `{note=some-id}`.")
            );
        }
        Ok(attributes)
    }

    fn skip_spaces(&mut self) {
        while matches!(self.peek(), Some(' ' | '\t' | '\n' | '\r')) {
            self.pos += 1;
        }
    }

    fn bare_word(&mut self) -> String {
        let mut word = String::new();
        while let Some(c) = self.peek() {
            if c.is_alphanumeric() || matches!(c, '-' | '_' | '.') {
                word.push(c);
                self.pos += 1;
            } else {
                break;
            }
        }
        word
    }

    fn quoted(&mut self) -> Result<String, MarkupError> {
        let start = self.pos;
        self.pos += 1; // opening quote
        let mut value = String::new();
        loop {
            match self.peek() {
                None => {
                    return Err(MarkupError {
                        at: start,
                        message: "this quoted value is never closed with `\"`.".to_owned(),
                    })
                }
                Some('"') => {
                    self.pos += 1;
                    return Ok(value);
                }
                Some('\\') => match self.chars.get(self.pos + 1).copied() {
                    Some(e @ ('"' | '\\')) => {
                        value.push(e);
                        self.pos += 2;
                    }
                    _ => {
                        return Err(self.error_here(
                            "inside quotes a backslash must be followed by `\"` or `\\`.",
                        ))
                    }
                },
                Some(c) => {
                    value.push(c);
                    self.pos += 1;
                }
            }
        }
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    fn text(s: &str) -> Node {
        Node::Text(s.to_owned())
    }

    #[test]
    fn plain_text_is_one_node() {
        assert_eq!(
            parse("Hello, world.").expect("valid markup"),
            vec![text("Hello, world.")]
        );
        assert_eq!(parse("").expect("valid markup"), vec![]);
    }

    #[test]
    fn span_with_bare_and_quoted_attributes() {
        let nodes = parse(r#"a [trail]{note=trial edit="a \"trial\""} b"#).expect("valid markup");
        assert_eq!(nodes.len(), 3);
        let Node::Span(span) = &nodes[1] else {
            panic!("expected a span")
        };
        assert_eq!(span.at, 2);
        assert_eq!(span.children, vec![text("trail")]);
        assert_eq!(span.attributes[0].key, "note");
        assert_eq!(span.attributes[0].value, "trial");
        assert_eq!(span.attributes[1].value, "a \"trial\"");
    }

    #[test]
    fn nested_spans_and_escapes() {
        let nodes = parse(r"\[sic\] [outer [inner]{term=x}]{note=y}").expect("valid markup");
        assert_eq!(nodes[0], text("[sic] "));
        let Node::Span(outer) = &nodes[1] else {
            panic!("expected a span")
        };
        assert!(
            matches!(&outer.children[1], Node::Span(inner) if inner.children == vec![text("inner")])
        );
        assert_eq!(plain_text(&nodes), "[sic] outer inner");
    }

    #[test]
    fn errors_are_located() {
        let cases = [
            ("abc [def", 4, "never closed"),
            ("abc ]", 4, "never opened"),
            ("[x]", 3, "followed by its attributes"),
            ("[x]{note}", 8, "needs a value"),
            ("[x]{note=a", 10, "not closed"),
            ("[x]{}", 5, "at least one attribute"),
            ("[]{note=a}", 0, "marks no words"),
            ("a { b", 2, "brace"),
            (r"a \n", 2, "backslash"),
            (r#"[x]{note="abc}"#, 9, "never closed"),
            ("[x]{note=a,b}", 10, "unexpected character"),
            ("[x]{=a}", 4, "attribute name"),
        ];
        for (source, at, needle) in cases {
            let error = parse(source).expect_err(source);
            assert_eq!(error.at, at, "{source}: {error}");
            assert!(error.message.contains(needle), "{source}: {error}");
        }
    }

    #[test]
    fn depth_is_bounded() {
        let deep = "[".repeat(MAX_DEPTH + 1);
        assert!(parse(&deep)
            .expect_err("invalid markup")
            .message
            .contains("too deeply"));
    }

    #[test]
    fn error_position_counts_characters_not_bytes() {
        assert_eq!(parse("«ü» ]").expect_err("invalid markup").at, 4);
    }

    #[test]
    fn render_round_trips() {
        let source = r#"x \[ [a [b]{term=t} c]{note=n edit="say \"hi\""} \\ y"#;
        let nodes = parse(source).expect("valid markup");
        assert_eq!(parse(&render(&nodes)).expect("valid markup"), nodes);
    }
}
