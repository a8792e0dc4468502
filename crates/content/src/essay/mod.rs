//! The essay and its editorial notes: the text as handed to us with every problem marked
//! (`essay.toml`), the notes that correct it (`notes.toml`), and the title page
//! (`exhibit.toml`). Checked in [`check`], [`notes`] and [`meta`]; drawn as the essay's
//! page by [`render`] and [`title_page`].

pub mod check;
pub mod meta;
pub mod model;
pub mod notes;
pub mod render;
pub mod title_page;

pub use model::{edited_text, original_text, Block, BlockKind, Essay, Inline};
