//! What every picture has, whatever it is (the map, a chart, a photograph): a title, a
//! caption, alternative text, and a full credit record (TASL: title, author, source,
//! licence), checked the same way for each.

use serde::Deserialize;

use super::check::Check;

/// A `[….credit]` table as a curator writes it.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CreditEntry {
    pub creator: String,
    pub date: String,
    pub source_name: String,
    #[serde(default)]
    pub source_url: Option<String>,
    pub licence_name: String,
    pub licence_url: String,
    /// The line printed under the picture.
    pub credit_line: String,
    /// What was changed, or how the picture was made.
    pub modifications: String,
}

/// A picture's credit, checked.
#[derive(Debug, Clone, PartialEq)]
pub struct Credit {
    pub creator: String,
    pub date: String,
    pub source_name: String,
    pub source_url: Option<String>,
    pub licence_name: String,
    pub licence_url: String,
    pub credit_line: String,
    pub modifications: String,
}

/// A picture's title, caption and alternative text, checked.
#[derive(Debug, Clone, PartialEq)]
pub struct PictureTexts {
    pub title: String,
    pub caption: String,
    pub alt: String,
}

impl Check<'_> {
    /// Title, caption and alternative text: all present, the alt text not the caption again.
    pub fn picture_texts(
        &mut self,
        at: &str,
        title: &str,
        caption: &str,
        alt: &str,
    ) -> PictureTexts {
        let title = self.required(&format!("{at} › title"), title);
        let caption = self.required(&format!("{at} › caption"), caption);
        let alt = self.required(&format!("{at} › alt"), alt);
        if !alt.is_empty() && alt == caption {
            self.problem(
                format!("{at} › alt"),
                "the alternative text repeats the caption: describe what the picture shows for someone who cannot see it.",
            );
        }
        PictureTexts {
            title,
            caption,
            alt,
        }
    }

    /// A credit record: every part present, addresses that are web addresses.
    pub fn credit(&mut self, at: &str, entry: &CreditEntry) -> Credit {
        let at = format!("{at} › credit");
        let field = |name: &str| format!("{at} › {name}");
        let creator = self.required(&field("creator"), &entry.creator);
        let date = self.required(&field("date"), &entry.date);
        let source_name = self.required(&field("source_name"), &entry.source_name);
        let source_url = self.optional(&field("source_url"), &entry.source_url);
        let licence_name = self.required(&field("licence_name"), &entry.licence_name);
        let licence_url = self.required(&field("licence_url"), &entry.licence_url);
        if let Some(url) = &source_url {
            self.web_address(&field("source_url"), url);
        }
        if !licence_url.is_empty() {
            self.web_address(&field("licence_url"), &licence_url);
        }
        Credit {
            creator,
            date,
            source_name,
            source_url,
            licence_name,
            licence_url,
            credit_line: self.required(&field("credit_line"), &entry.credit_line),
            modifications: self.required(&field("modifications"), &entry.modifications),
        }
    }
}
