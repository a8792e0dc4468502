//! Content problems, worded for the curator who has to fix them.

use std::fmt;

/// One thing wrong with the content: where it is and how to fix it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The content file, e.g. `notes.toml`.
    pub file: String,
    /// Where in the file, e.g. `note 4 "trail-trial" › sources`. Empty for the whole file.
    pub field: String,
    /// What is wrong and what to do about it, in plain English.
    pub message: String,
}

impl Problem {
    pub fn new(file: &str, field: impl Into<String>, message: impl Into<String>) -> Self {
        Problem {
            file: file.to_owned(),
            field: field.into(),
            message: message.into(),
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.field.is_empty() {
            write!(f, "{}: {}", self.file, self.message)
        } else {
            write!(f, "{} › {}: {}", self.file, self.field, self.message)
        }
    }
}

/// The full report for a curator: a count, then one problem per line.
pub fn report(problems: &[Problem]) -> String {
    let mut out = format!(
        "The exhibit content has {} problem{} to fix (files are in assets/content/):\n",
        problems.len(),
        if problems.len() == 1 { "" } else { "s" }
    );
    for (i, problem) in problems.iter().enumerate() {
        out.push_str(&format!("  {}. {}\n", i + 1, problem));
    }
    out
}
