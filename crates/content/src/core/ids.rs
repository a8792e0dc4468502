//! Content ids: stable names a curator gives each note, source, term, event and camp.
//! They appear in addresses (`#note-geldom`) and element ids, so their form is checked.

use std::fmt;

macro_rules! id_type {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub struct $name(pub String);

        impl $name {
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl From<&str> for $name {
            fn from(id: &str) -> Self {
                $name(id.to_owned())
            }
        }
    };
}

id_type!(
    /// An editorial note (`notes.toml`).
    NoteId
);
id_type!(
    /// A work the exhibit cites (`sources.toml`).
    SourceId
);
id_type!(
    /// A glossary entry (`glossary.toml`).
    TermId
);
id_type!(
    /// A timeline event (`timeline.toml`).
    EventId
);
id_type!(
    /// A timeline era (`timeline.toml`).
    EraId
);
id_type!(
    /// A camp on the map (`camps.toml`).
    CampId
);

/// Whether an id is well formed: lowercase ASCII letters and digits in groups joined by
/// single hyphens (`trail-trial`, `decree-1953`). Such ids are safe in URLs and HTML ids.
pub fn is_valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 64
        && id.split('-').all(|part| {
            !part.is_empty()
                && part
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids() {
        for good in ["a", "trail-trial", "decree-1953", "x1-2"] {
            assert!(is_valid_id(good), "{good}");
        }
        let long = "a".repeat(65);
        for bad in [
            "",
            "-a",
            "a-",
            "a--b",
            "A",
            "a b",
            "é",
            "a_b",
            long.as_str(),
        ] {
            assert!(!is_valid_id(bad), "{bad}");
        }
    }
}
