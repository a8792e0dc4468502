//! The small core every feature builds on, and which imports no feature: ids, problems
//! and the shared checks, citations, the inline markup of the essay, the interface's wording, the
//! context a build-time view is drawn in, and pieces of markup several features share.

pub mod check;
pub mod cite;
pub mod context;
pub mod ids;
pub mod markup;
pub mod parts;
pub mod picture;
pub mod problem;
pub mod text;
pub mod words;
