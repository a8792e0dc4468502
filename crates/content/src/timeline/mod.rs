//! The timeline, 1918–2022 (`timeline.toml`): eras and events, their dates checked and
//! laid out at build time ([`check`], [`dates`], [`layout`]) and drawn as a track, the
//! selected event's details and the list of every event ([`render`]).
//!
//! Events are sorted chronologically by the build (by the first day each covers, then by
//! the last), so the curator may write them in any order; file order breaks ties.

pub mod check;
pub mod dates;
pub mod layout;
pub mod render;
mod room;
mod track;
pub use track::TRACK_WIDTHS;

use serde::Deserialize;

use crate::core::cite::{Citation, CitationEntry};
use crate::core::ids::{EraId, EventId, NoteId, TermId};
use crate::core::words::DateWords;
use dates::{alternatives_label, span_label, CalendarDate};

pub const FILE: &str = "timeline.toml";

/// Most sentences an event's text may have.
pub const MAX_SENTENCES: usize = 3;
/// The most characters an event's label on the track may have.
pub const MAX_SHORT: usize = 26;
/// The most characters an era's short name may have.
pub const MAX_ERA_SHORT: usize = 14;

/// `timeline.toml`: eras (labelled spans) and events.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TimelineFile {
    #[serde(default, rename = "era")]
    pub eras: Vec<EraEntry>,
    #[serde(default, rename = "event")]
    pub events: Vec<EventEntry>,
    /// The years the essay is about, which a button zooms the track to.
    #[serde(default)]
    pub focus: Option<FocusEntry>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FocusEntry {
    pub first: i32,
    pub last: i32,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EraEntry {
    pub id: String,
    pub label: String,
    #[serde(default)]
    pub short: Option<String>,
    pub start: String,
    pub end: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EventEntry {
    pub id: String,
    pub date: String,
    pub precision: String,
    #[serde(default)]
    pub end: Option<String>,
    #[serde(default)]
    pub alternatives: Vec<String>,
    #[serde(default)]
    pub differ: Option<String>,
    #[serde(default)]
    pub uncertain: Option<String>,
    pub headline: String,
    #[serde(default)]
    pub short: Option<String>,
    pub text: String,
    #[serde(default)]
    pub sources: Vec<CitationEntry>,
    #[serde(default)]
    pub essay: Option<String>,
    #[serde(default)]
    pub notes: Vec<String>,
    #[serde(default)]
    pub terms: Vec<String>,
}

/// The timeline: eras and events, both in chronological order.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Timeline {
    /// Sorted by start; they do not overlap (one may begin on the day another ends).
    pub eras: Vec<Era>,
    /// Sorted by [`When::start_day`], then [`When::end_day`], then file order.
    pub events: Vec<TimelineEvent>,
    /// The essay's years, first and last, inside the events' years: a button zooms the
    /// track to them.
    pub focus: Option<(i32, i32)>,
}

impl Timeline {
    pub fn event(&self, id: &str) -> Option<&TimelineEvent> {
        self.events.iter().find(|event| event.id.as_str() == id)
    }

    /// The first and last day (see [`dates::day_number`]) any era or event covers.
    pub fn extent(&self) -> Option<(i32, i32)> {
        let whens = self
            .eras
            .iter()
            .map(|era| &era.when)
            .chain(self.events.iter().map(|event| &event.when));
        whens.fold(None, |acc, when| match acc {
            None => Some((when.start_day, when.end_day)),
            Some((first, last)) => Some((first.min(when.start_day), last.max(when.end_day))),
        })
    }
}

/// How exactly an event's date is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Precision {
    /// A single day: `"1953-03-27"`.
    Day,
    /// A month: `"1962-11"`.
    Month,
    /// A year: `"1934"`.
    Year,
    /// From `date` to `end`, each written as a day, month or year.
    Span,
}

impl Precision {
    pub const ALL: [Precision; 4] = [
        Precision::Day,
        Precision::Month,
        Precision::Year,
        Precision::Span,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Precision::Day => "day",
            Precision::Month => "month",
            Precision::Year => "year",
            Precision::Span => "span",
        }
    }
}

/// A checked date or span.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct When {
    pub precision: Precision,
    pub start: CalendarDate,
    /// Other dates sources give (for a span: other start dates).
    pub alternatives: Vec<CalendarDate>,
    /// A span's end.
    pub end: Option<CalendarDate>,
    /// The first day covered, as days since 1 January 1900 (see [`dates::day_number`]): the
    /// 1st of the month for a month, 1 January for a year. Alternatives are not counted.
    pub start_day: i32,
    /// The last day covered: the end's last day for a span, else the date's last day.
    pub end_day: i32,
}

impl When {
    pub fn new(
        precision: Precision,
        start: CalendarDate,
        alternatives: &[CalendarDate],
        end: Option<CalendarDate>,
    ) -> When {
        When {
            precision,
            start,
            alternatives: alternatives.to_vec(),
            end,
            start_day: start.first_day(),
            end_day: end.unwrap_or(start).last_day(),
        }
    }

    /// For readers: "27 March 1953", "March 1953", "1953", "1930–1953",
    /// "13 or 25 January 1960", "19 or 22 July – 1 August 1953".
    pub fn label(&self, words: &DateWords) -> String {
        let mut dates = vec![self.start];
        dates.extend_from_slice(&self.alternatives);
        match self.end {
            Some(end) => span_label(&dates, end, words),
            None => alternatives_label(&dates, true, words),
        }
    }

    /// For `<time datetime>`: "1953-03-27", "1953-03" or "1953". For a span, its start
    /// (HTML has no form for a range).
    pub fn datetime(&self) -> String {
        self.start.datetime()
    }

    /// The year it starts in.
    pub fn year(&self) -> i32 {
        self.start.year
    }
}

/// A labelled stretch of the timeline, drawn as a band.
#[derive(Debug, Clone, PartialEq)]
pub struct Era {
    pub id: EraId,
    pub label: String,
    /// What the band says where its label does not fit ([`MAX_ERA_SHORT`] characters at
    /// most): `short` in the file, or the label.
    pub short: String,
    /// Always a span.
    pub when: When,
}

/// One event on the timeline.
#[derive(Debug, Clone, PartialEq)]
pub struct TimelineEvent {
    pub id: EventId,
    pub when: When,
    /// Why sources give other dates (present exactly when `when.alternatives` is not empty).
    pub differ: Option<String>,
    /// Any other doubt the reader must be told of: a date from a single source, a disputed
    /// figure in the text.
    pub uncertain: Option<String>,
    pub headline: String,
    /// What its mark on the track says ([`MAX_SHORT`] characters at most): `short` in the
    /// file, or the headline if that is short enough.
    pub short: String,
    /// At most three sentences.
    pub text: String,
    /// At least one.
    pub sources: Vec<Citation>,
    /// The anchor of the essay block that discusses it (`p2`).
    pub essay: Option<String>,
    /// Editorial notes about it.
    pub notes: Vec<NoteId>,
    /// Glossary entries it mentions.
    pub terms: Vec<TermId>,
    /// The era its start falls in (the later one on a day two eras share).
    pub era: Option<EraId>,
}

impl TimelineEvent {
    /// Whether the reader must be told that the date or a detail is disputed or uncertain.
    pub fn disputed(&self) -> bool {
        self.differ.is_some() || self.uncertain.is_some()
    }
}

#[cfg(test)]
mod tests;
