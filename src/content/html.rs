//! A small HTML writer for the parts of the exhibit that never change once built.
//!
//! The title page, the list of notes, the sources, the glossary and every card body are
//! static: the build script renders them to HTML once, with this writer, and the app
//! places the finished markup. That keeps the WASM small (one string per section instead
//! of code per element) and the markup testable with plain `cargo test`.
//!
//! Every piece of text and every attribute value goes through an escaping function, so
//! content can never inject markup; tags and attribute names are string literals in the
//! renderers.
//!
//! Markup that appears in more than one place (a note's body is in the panel and in the
//! list of notes; a term's explanation is on its card and on the glossary page; an
//! event's details are in the panel and in the list) is stored once and referred to
//! from a [`Template`], so the embedded content stays small.

use std::borrow::Cow;

/// Text that is owned while the build script makes it, and borrowed from the program's
/// static data once embedded (see [`super::codegen`]).
pub type Text = Cow<'static, str>;
/// A list that is owned while the build script makes it, and static once embedded.
pub type List<T> = Cow<'static, [T]>;

/// Markup with slots for shared parts, filled in by [`Template::fill`].
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Template(pub List<Piece>);

/// A run of finished markup, or a slot for a shared part.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Piece {
    Markup(Text),
    /// The body of the editorial note at this index.
    NoteBody(u16),
    /// What the card and the glossary entry of the term at this index both say.
    TermBody(u16),
    /// The details of the timeline event at this index: date, headline, what happened.
    EventBody(u16),
}

impl Template {
    /// The finished markup, with each slot filled by `part`.
    pub fn fill<'a>(&'a self, part: impl Fn(&'a Piece) -> &'a str) -> String {
        let mut out = String::new();
        for piece in self.0.iter() {
            out.push_str(match piece {
                Piece::Markup(markup) => markup,
                slot => part(slot),
            });
        }
        out
    }
}

/// Appends HTML to a string, escaping text and attribute values.
#[derive(Debug, Default)]
pub struct Html {
    done: Vec<Piece>,
    out: String,
}

impl Html {
    pub fn new() -> Self {
        Self::default()
    }

    /// `<tag a="v" …>`. Attributes with an empty name are skipped, so optional ones can be
    /// written inline as `(if cond { "name" } else { "" }, value)`.
    pub fn open(&mut self, tag: &str, attrs: &[(&str, &str)]) -> &mut Self {
        self.out.push('<');
        self.out.push_str(tag);
        for (name, value) in attrs.iter().filter(|(name, _)| !name.is_empty()) {
            self.out.push(' ');
            self.out.push_str(name);
            self.out.push_str("=\"");
            escape_into(&mut self.out, value, true);
            self.out.push('"');
        }
        self.out.push('>');
        self
    }

    /// `</tag>`.
    pub fn close(&mut self, tag: &str) -> &mut Self {
        self.out.push_str("</");
        self.out.push_str(tag);
        self.out.push('>');
        self
    }

    /// Escaped text.
    pub fn text(&mut self, text: &str) -> &mut Self {
        escape_into(&mut self.out, text, false);
        self
    }

    /// Markup made elsewhere by this module's writers (already escaped), without slots.
    pub fn markup(&mut self, markup: &str) -> &mut Self {
        self.out.push_str(markup);
        self
    }

    /// An element holding only text: `<tag …>text</tag>`.
    pub fn element(&mut self, tag: &str, attrs: &[(&str, &str)], text: &str) -> &mut Self {
        self.open(tag, attrs).text(text).close(tag)
    }

    /// Markup made by another `Html` writer (already escaped), with its slots.
    pub fn append(&mut self, other: Html) -> &mut Self {
        for piece in other.done {
            self.push(piece);
        }
        self.out.push_str(&other.out);
        self
    }

    /// A slot for a shared part (not [`Piece::Markup`], which [`Html::append`] is for).
    pub fn slot(&mut self, piece: Piece) -> &mut Self {
        self.push(piece);
        self
    }

    fn push(&mut self, piece: Piece) {
        if !self.out.is_empty() {
            self.done
                .push(Piece::Markup(std::mem::take(&mut self.out).into()));
        }
        match (self.done.last_mut(), piece) {
            (Some(Piece::Markup(last)), Piece::Markup(next)) => last.to_mut().push_str(&next),
            (_, piece) => self.done.push(piece),
        }
    }

    /// The markup with its slots.
    pub fn template(mut self) -> Template {
        let rest = std::mem::take(&mut self.out);
        if !rest.is_empty() {
            self.push(Piece::Markup(rest.into()));
        }
        Template(self.done.into())
    }

    /// The markup, for writers that use no slots.
    pub fn finish(self) -> String {
        debug_assert!(self.done.is_empty(), "markup with slots needs `template`");
        self.out
    }
}

/// Text as markup.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    escape_into(&mut out, text, false);
    out
}

/// Escapes `&`, `<` and `>` (and `"` inside attribute values).
fn escape_into(out: &mut String, text: &str, attribute: bool) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' if attribute => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_text_and_attributes() {
        let mut html = Html::new();
        html.open("a", &[("href", "#x\"y<z>&"), ("", "skipped")])
            .text("<b> & \"quotes\"")
            .close("a");
        assert_eq!(
            html.finish(),
            "<a href=\"#x&quot;y&lt;z&gt;&amp;\">&lt;b&gt; &amp; \"quotes\"</a>"
        );
    }

    #[test]
    fn slots_are_kept_and_filled() {
        let mut inner = Html::new();
        inner.text("a").slot(Piece::TermBody(0)).text("b");
        let mut html = Html::new();
        html.open("p", &[])
            .append(inner)
            .slot(Piece::NoteBody(1))
            .close("p");
        let template = html.template();
        assert_eq!(
            template.0,
            vec![
                Piece::Markup("<p>a".into()),
                Piece::TermBody(0),
                Piece::Markup("b".into()),
                Piece::NoteBody(1),
                Piece::Markup("</p>".into()),
            ]
        );
        let filled = template.fill(|piece| match piece {
            Piece::TermBody(_) => "D",
            _ => "N",
        });
        assert_eq!(filled, "<p>aDbN</p>");
    }

    #[test]
    fn nests_and_appends() {
        let mut inner = Html::new();
        inner.element("i", &[], "Kolyma");
        let mut html = Html::new();
        html.open("p", &[("class", "c")]).append(inner).close("p");
        assert_eq!(html.finish(), "<p class=\"c\"><i>Kolyma</i></p>");
    }
}
