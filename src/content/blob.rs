//! The compiled [`Page`] as compact bytes, read in place by the app.
//!
//! The build script validates the content, compiles the page and writes it with
//! [`encode`]; `lib.rs` embeds the bytes and [`decode`]s them once at start. Texts are
//! stored as a length and their UTF-8 bytes, read back as `&'static str` slices of the
//! embedded bytes (nothing is copied), numbers and lengths as LEB128 varints, lists as a
//! count and their items, options and slots as a tag byte and their value.
//!
//! Why not serde: measured, this format makes the WASM 1.1 KB gzip smaller than embedding
//! the page through postcard (serde's generic decoding code is larger than these few
//! functions). Writing the page as Rust `static`s instead saved nothing: the code went, but
//! the hundreds of string descriptors (pointer, length, tag) cost as much in data.

use std::borrow::Cow;

use super::html::{List, Piece, Template, Text};
use super::page::{EventMark, NoteCard, Page, TermCard, TimelinePage};

/// Reads values from embedded bytes.
pub struct Reader {
    bytes: &'static [u8],
    at: usize,
}

impl Reader {
    fn byte(&mut self) -> Option<u8> {
        let byte = *self.bytes.get(self.at)?;
        self.at += 1;
        Some(byte)
    }

    fn varint(&mut self) -> Option<usize> {
        let mut value = 0_usize;
        for shift in (0..35).step_by(7) {
            let byte = self.byte()?;
            value |= usize::from(byte & 0x7f) << shift;
            if byte & 0x80 == 0 {
                return Some(value);
            }
        }
        None
    }
}

/// A value that can be written to and read from the embedded bytes.
pub trait Blob: Sized {
    /// Appends the value (build time).
    fn write(&self, out: &mut Vec<u8>);
    /// Reads a value back; `None` if the bytes end early or are not what was written.
    fn read(reader: &mut Reader) -> Option<Self>;
}

fn write_varint(out: &mut Vec<u8>, mut value: usize) {
    loop {
        let low = (value & 0x7f) as u8;
        value >>= 7;
        if value == 0 {
            out.push(low);
            return;
        }
        out.push(low | 0x80);
    }
}

impl Blob for Text {
    fn write(&self, out: &mut Vec<u8>) {
        write_varint(out, self.len());
        out.extend_from_slice(self.as_bytes());
    }

    fn read(reader: &mut Reader) -> Option<Self> {
        let len = reader.varint()?;
        let bytes = reader.bytes.get(reader.at..reader.at.checked_add(len)?)?;
        reader.at += len;
        std::str::from_utf8(bytes).ok().map(Cow::Borrowed)
    }
}

impl<T: Blob + Clone> Blob for List<T> {
    fn write(&self, out: &mut Vec<u8>) {
        write_varint(out, self.len());
        for item in self.iter() {
            item.write(out);
        }
    }

    fn read(reader: &mut Reader) -> Option<Self> {
        let len = reader.varint()?;
        // Every item takes at least one byte: a count beyond what is left is corrupt.
        if len > reader.bytes.len() - reader.at {
            return None;
        }
        (0..len)
            .map(|_| T::read(reader))
            .collect::<Option<Vec<T>>>()
            .map(Cow::Owned)
    }
}

impl<T: Blob> Blob for Option<T> {
    fn write(&self, out: &mut Vec<u8>) {
        match self {
            Some(value) => {
                out.push(1);
                value.write(out);
            }
            None => out.push(0),
        }
    }

    fn read(reader: &mut Reader) -> Option<Self> {
        match reader.byte()? {
            0 => Some(None),
            1 => T::read(reader).map(Some),
            _ => None,
        }
    }
}

impl Blob for u16 {
    fn write(&self, out: &mut Vec<u8>) {
        write_varint(out, usize::from(*self));
    }

    fn read(reader: &mut Reader) -> Option<Self> {
        u16::try_from(reader.varint()?).ok()
    }
}

impl Blob for Piece {
    fn write(&self, out: &mut Vec<u8>) {
        match self {
            Piece::Markup(markup) => {
                out.push(0);
                markup.write(out);
            }
            Piece::NoteBody(index) => {
                out.push(1);
                index.write(out);
            }
            Piece::TermBody(index) => {
                out.push(2);
                index.write(out);
            }
            Piece::EventBody(index) => {
                out.push(3);
                index.write(out);
            }
        }
    }

    fn read(reader: &mut Reader) -> Option<Self> {
        Some(match reader.byte()? {
            0 => Piece::Markup(Text::read(reader)?),
            1 => Piece::NoteBody(u16::read(reader)?),
            2 => Piece::TermBody(u16::read(reader)?),
            3 => Piece::EventBody(u16::read(reader)?),
            _ => return None,
        })
    }
}

impl Blob for Template {
    fn write(&self, out: &mut Vec<u8>) {
        self.0.write(out);
    }

    fn read(reader: &mut Reader) -> Option<Self> {
        List::read(reader).map(Template)
    }
}

/// Writes and reads a struct's fields in order.
macro_rules! blob_struct {
    ($type:ident { $($field:ident),+ $(,)? }) => {
        impl Blob for $type {
            fn write(&self, out: &mut Vec<u8>) {
                $(self.$field.write(out);)+
            }

            fn read(reader: &mut Reader) -> Option<Self> {
                Some($type { $($field: Blob::read(reader)?),+ })
            }
        }
    };
}

blob_struct!(NoteCard {
    id,
    number,
    head,
    body
});
blob_struct!(TermCard {
    id,
    first_in_original,
    first_in_edited,
    body
});
blob_struct!(EventMark {
    id,
    headline,
    in_essay,
    body
});
blob_struct!(TimelinePage { events, section });
// In the order that compresses best (measured with gzip -9): neighbours share wording.
blob_struct!(Page {
    title,
    glossary,
    back_matter,
    title_page,
    essay,
    notes,
    timeline,
    terms,
    figures,
    essay_settings,
    camps,
});

/// The page as bytes (build time).
pub fn encode(page: &Page) -> Vec<u8> {
    let mut out = Vec::new();
    page.write(&mut out);
    out
}

/// The page read back from its bytes, its texts borrowed from them; `None` if the bytes
/// are not a whole page.
pub fn decode(bytes: &'static [u8]) -> Option<Page> {
    let mut reader = Reader { bytes, at: 0 };
    let page = Page::read(&mut reader)?;
    (reader.at == bytes.len()).then_some(page)
}
