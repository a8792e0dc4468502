//! The timeline 1918–2022: `timeline.toml` as the curator writes it, the validated model
//! the views render, the calendar arithmetic behind it, and its validation.
//!
//! Dates are formatted here, at build time, into a label for readers ("13 or 25 January
//! 1960"), a machine-readable `datetime` for `<time>` and whole-day positions for layout,
//! so the browser needs no date, float or Unicode case code.
//!
//! Events are sorted chronologically by the build (by the first day each covers, then by
//! the last), so the curator may write them in any order; file order breaks ties.

use std::collections::HashSet;

use serde::{Deserialize, Serialize};

use super::model::{Block, EraId, EventId, NoteId, SourceId, TermId};
use super::validate::{count_sentences, RawContent, Validator};

pub const TIMELINE_FILE: &str = "timeline.toml";

/// The earliest and latest years a date may name.
pub const FIRST_YEAR: i32 = 1900;
pub const LAST_YEAR: i32 = 2100;

/// Most sentences an event's text may have.
pub const MAX_SENTENCES: usize = 3;

// ------------------------------------------------------------------------------ raw

/// `timeline.toml`: eras (labelled spans) and events.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TimelineFile {
    #[serde(default, rename = "era")]
    pub eras: Vec<EraEntry>,
    #[serde(default, rename = "event")]
    pub events: Vec<EventEntry>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EraEntry {
    pub id: String,
    pub label: String,
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
    pub text: String,
    #[serde(default)]
    pub sources: Vec<String>,
    #[serde(default)]
    pub essay: Option<String>,
    #[serde(default)]
    pub notes: Vec<String>,
    #[serde(default)]
    pub terms: Vec<String>,
}

// ---------------------------------------------------------------------------- model

/// The timeline: eras and events, both in chronological order.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Timeline {
    /// Sorted by start; they do not overlap (one may begin on the day another ends).
    pub eras: Vec<Era>,
    /// Sorted by [`When::start_day`], then [`When::end_day`], then file order.
    pub events: Vec<Event>,
}

impl Timeline {
    pub fn event(&self, id: &str) -> Option<&Event> {
        self.events.iter().find(|event| event.id.as_str() == id)
    }

    pub fn era(&self, id: &str) -> Option<&Era> {
        self.eras.iter().find(|era| era.id.as_str() == id)
    }

    /// The first and last day (see [`day_number`]) any era or event covers.
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
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
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

/// A date or span, formatted at build time.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct When {
    pub precision: Precision,
    /// For readers: "27 March 1953", "March 1953", "1953", "1930–1953",
    /// "13 or 25 January 1960", "19 or 22 July – 1 August 1953".
    pub label: String,
    /// For `<time datetime>`: "1953-03-27", "1953-03" or "1953". For a span, its start
    /// (HTML has no form for a range); the end is in `end_datetime`.
    pub datetime: String,
    /// A span's end, in the same form; `None` for a single date.
    pub end_datetime: Option<String>,
    /// Other dates sources give (for a span: other start dates), in the same form.
    pub alternatives: Vec<String>,
    /// The first day covered, as days since 1 January 1900 (see [`day_number`]): the
    /// 1st of the month for a month, 1 January for a year. Alternatives are not counted.
    pub start_day: i32,
    /// The last day covered: the end's last day for a span, else the date's last day.
    pub end_day: i32,
}

/// A labelled stretch of the timeline, drawn as a band.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Era {
    pub id: EraId,
    pub label: String,
    /// Always a span.
    pub when: When,
}

/// One event on the timeline.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Event {
    pub id: EventId,
    pub when: When,
    /// Why sources give other dates (present exactly when `when.alternatives` is not empty).
    pub differ: Option<String>,
    /// Any other doubt the reader must be told of: a date from a single source, a disputed
    /// figure in the text.
    pub uncertain: Option<String>,
    pub headline: String,
    /// At most three sentences.
    pub text: String,
    /// At least one.
    pub sources: Vec<SourceId>,
    /// The anchor of the essay block that discusses it (`p2`).
    pub essay: Option<String>,
    /// Editorial notes about it.
    pub notes: Vec<NoteId>,
    /// Glossary entries it mentions.
    pub terms: Vec<TermId>,
    /// The era its start falls in (the later one on a day two eras share).
    pub era: Option<EraId>,
}

impl Event {
    /// Whether the reader must be told that the date or a detail is disputed or uncertain.
    pub fn disputed(&self) -> bool {
        self.differ.is_some() || self.uncertain.is_some()
    }
}

// ------------------------------------------------------------------------- calendar

/// How much of a date is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Granularity {
    Day,
    Month,
    Year,
}

/// A Gregorian date written as a year, a month or a day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CalendarDate {
    pub year: i32,
    pub month: Option<u8>,
    pub day: Option<u8>,
}

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

pub fn is_leap_year(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

pub fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        2 if is_leap_year(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Days since 1 January 1900 (which is day 0) of a Gregorian date; negative before it.
pub fn day_number(year: i32, month: u8, day: u8) -> i32 {
    // Howard Hinnant's days_from_civil, shifted from 1970 to 1900.
    let y = i64::from(year) - i64::from(month <= 2);
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (i64::from(month) + 9) % 12;
    let doy = (153 * mp + 2) / 5 + i64::from(day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    let since_1970 = era * 146_097 + doe - 719_468;
    i32::try_from(since_1970 + 25_567).unwrap_or(i32::MAX)
}

/// The first day of a year, as [`day_number`].
pub fn year_start(year: i32) -> i32 {
    day_number(year, 1, 1)
}

impl CalendarDate {
    /// Reads `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; the error says what is wrong, for a curator.
    pub fn parse(text: &str) -> Result<CalendarDate, String> {
        let form = || {
            format!("\"{text}\" is not a date: write a day as \"1953-03-27\", a month as \"1953-03\" or a year as \"1953\".")
        };
        let parts: Vec<&str> = text.split('-').collect();
        let digits =
            |part: &str, len: usize| part.len() == len && part.bytes().all(|b| b.is_ascii_digit());
        if parts.len() > 3 || !digits(parts[0], 4) || parts[1..].iter().any(|part| !digits(part, 2))
        {
            return Err(form());
        }
        let year: i32 = parts[0].parse().map_err(|_| form())?;
        let month: Option<u8> = match parts.get(1) {
            Some(part) => Some(part.parse().map_err(|_| form())?),
            None => None,
        };
        let day: Option<u8> = match parts.get(2) {
            Some(part) => Some(part.parse().map_err(|_| form())?),
            None => None,
        };
        if !(FIRST_YEAR..=LAST_YEAR).contains(&year) {
            return Err(format!(
                "the year {year} is outside {FIRST_YEAR}–{LAST_YEAR}: check for a typing error."
            ));
        }
        if let Some(month) = month {
            if !(1..=12).contains(&month) {
                return Err(format!(
                    "\"{text}\" has no month {month}: months run from 01 to 12."
                ));
            }
            if let Some(day) = day {
                let last = days_in_month(year, month);
                if day == 0 || day > last {
                    return Err(format!(
                        "\"{text}\" is not a real day: {} {year} has {last} days.",
                        MONTHS[usize::from(month - 1)]
                    ));
                }
            }
        }
        Ok(CalendarDate { year, month, day })
    }

    pub fn granularity(self) -> Granularity {
        match (self.month, self.day) {
            (Some(_), Some(_)) => Granularity::Day,
            (Some(_), None) => Granularity::Month,
            _ => Granularity::Year,
        }
    }

    /// The first day it covers, as [`day_number`].
    pub fn first_day(self) -> i32 {
        day_number(self.year, self.month.unwrap_or(1), self.day.unwrap_or(1))
    }

    /// The last day it covers, as [`day_number`].
    pub fn last_day(self) -> i32 {
        let month = self.month.unwrap_or(12);
        let day = self.day.unwrap_or_else(|| days_in_month(self.year, month));
        day_number(self.year, month, day)
    }

    /// The form `<time datetime>` accepts: "1953-03-27", "1953-03" or "1953".
    pub fn datetime(self) -> String {
        match (self.month, self.day) {
            (Some(month), Some(day)) => format!("{:04}-{month:02}-{day:02}", self.year),
            (Some(month), None) => format!("{:04}-{month:02}", self.year),
            _ => format!("{:04}", self.year),
        }
    }

    fn month_name(self) -> &'static str {
        self.month
            .and_then(|month| MONTHS.get(usize::from(month).wrapping_sub(1)))
            .copied()
            .unwrap_or("")
    }

    /// "27 March 1953", "March 1953" or "1953".
    pub fn label(self) -> String {
        let mut out = self.label_without_year();
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(&self.year.to_string());
        out
    }

    /// "27 March", "March", or "" for a year.
    fn label_without_year(self) -> String {
        match self.day {
            Some(day) => format!("{day} {}", self.month_name()),
            None => self.month_name().to_owned(),
        }
    }
}

/// "a", "a or b", "a, b or c".
fn or_list(items: &[String]) -> String {
    match items.split_last() {
        None => String::new(),
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{} or {last}", rest.join(", ")),
    }
}

/// Dates of one granularity that sources give for the same thing, shortest form first:
/// "13 or 25 January 1960", "13 October or 3 November 1923", "1987 or 1989". With
/// `with_year` false and all dates in one year, the year is left off ("19 or 22 July").
fn alternatives_label(dates: &[CalendarDate], with_year: bool) -> String {
    let Some(first) = dates.first().copied() else {
        return String::new();
    };
    let same_year = dates.iter().all(|date| date.year == first.year);
    let same_month = same_year && dates.iter().all(|date| date.month == first.month);
    let year_suffix = |text: String| {
        if with_year {
            format!("{text} {}", first.year)
        } else {
            text
        }
    };
    match first.granularity() {
        Granularity::Day if same_month => {
            let days: Vec<String> = dates
                .iter()
                .map(|date| date.day.unwrap_or(0).to_string())
                .collect();
            year_suffix(format!("{} {}", or_list(&days), first.month_name()))
        }
        Granularity::Day | Granularity::Month if same_year => {
            let parts: Vec<String> = dates.iter().map(|date| date.label_without_year()).collect();
            year_suffix(or_list(&parts))
        }
        _ => {
            let parts: Vec<String> = dates.iter().map(|date| date.label()).collect();
            or_list(&parts)
        }
    }
}

/// Joins two sides of a span: a plain en dash between single words ("1930–1953"), a
/// spaced one otherwise ("26 May – 4 August 1953").
fn dash(left: &str, right: &str) -> String {
    if left.contains(' ') || right.contains(' ') {
        format!("{left} – {right}")
    } else {
        format!("{left}–{right}")
    }
}

/// A span's label. `starts` holds the start and any alternative starts.
fn span_label(starts: &[CalendarDate], end: CalendarDate) -> String {
    let Some(start) = starts.first().copied() else {
        return end.label();
    };
    let granularity = start.granularity();
    let same_year = start.year == end.year;
    if starts.len() == 1 && granularity == end.granularity() {
        return match granularity {
            Granularity::Year => dash(&start.label(), &end.label()),
            Granularity::Day if same_year && start.month == end.month => format!(
                "{}–{} {} {}",
                start.day.unwrap_or(0),
                end.day.unwrap_or(0),
                end.month_name(),
                end.year
            ),
            Granularity::Month if same_year => {
                format!("{}–{} {}", start.month_name(), end.month_name(), end.year)
            }
            Granularity::Day if same_year => {
                format!("{} – {}", start.label_without_year(), end.label())
            }
            _ => dash(&start.label(), &end.label()),
        };
    }
    let drop_year = granularity != Granularity::Year
        && end.granularity() != Granularity::Year
        && starts.iter().all(|date| date.year == end.year);
    dash(&alternatives_label(starts, !drop_year), &end.label())
}

/// Formats a validated date, its alternatives and its end (for spans).
pub fn when(
    precision: Precision,
    date: CalendarDate,
    alternatives: &[CalendarDate],
    end: Option<CalendarDate>,
) -> When {
    let mut dates = vec![date];
    dates.extend_from_slice(alternatives);
    let label = match end {
        Some(end) => span_label(&dates, end),
        None => alternatives_label(&dates, true),
    };
    When {
        precision,
        label,
        datetime: date.datetime(),
        end_datetime: end.map(CalendarDate::datetime),
        alternatives: alternatives.iter().map(|date| date.datetime()).collect(),
        start_day: date.first_day(),
        end_day: end.unwrap_or(date).last_day(),
    }
}

// ------------------------------------------------------------------------ validation

fn event_field(index: usize, id: &str) -> String {
    format!("event {} \"{}\"", index + 1, id)
}

fn era_field(index: usize, id: &str) -> String {
    format!("era {} \"{}\"", index + 1, id)
}

fn granularity_word(granularity: Granularity) -> &'static str {
    match granularity {
        Granularity::Day => "a day",
        Granularity::Month => "a month",
        Granularity::Year => "a year",
    }
}

impl Validator {
    /// Reads one date field, reporting what is wrong with it.
    fn timeline_date(&mut self, field: &str, text: &str) -> Option<CalendarDate> {
        match CalendarDate::parse(text.trim()) {
            Ok(date) => Some(date),
            Err(message) => {
                self.problem(TIMELINE_FILE, field, message);
                None
            }
        }
    }

    /// Validates `timeline.toml`: `essay` is the validated essay (for block anchors), if
    /// it could be read; references to files that could not be read are not checked.
    pub(super) fn timeline(
        &mut self,
        file: &TimelineFile,
        raw: &RawContent,
        essay_blocks: Option<&[Block]>,
    ) -> Timeline {
        let f = TIMELINE_FILE;
        let mut eras = Vec::new();
        let mut seen = HashSet::new();
        for (i, entry) in file.eras.iter().enumerate() {
            let at = era_field(i, &entry.id);
            self.new_id(f, &at, &entry.id, "era", &mut seen);
            let label = self.required(f, &format!("{at} › label"), &entry.label);
            let start = self.timeline_date(&format!("{at} › start"), &entry.start);
            let end = self.timeline_date(&format!("{at} › end"), &entry.end);
            let (Some(start), Some(end)) = (start, end) else {
                continue;
            };
            if !self.ordered(&at, start, end) {
                continue;
            }
            eras.push(Era {
                id: EraId(entry.id.clone()),
                label,
                when: when(Precision::Span, start, &[], Some(end)),
            });
        }
        eras.sort_by_key(|era| era.when.start_day);
        for pair in eras.windows(2) {
            let (before, after) = (&pair[0], &pair[1]);
            if after.when.start_day < before.when.end_day {
                self.problem(
                    f,
                    format!("era \"{}\"", after.id),
                    format!(
                        "it overlaps the era \"{}\" ({}): an era may begin on the day the one before it ends, but not earlier.",
                        before.id, before.when.label
                    ),
                );
            }
        }

        if file.events.is_empty() {
            self.problem(f, "", "no [[event]] entries: the timeline is empty.");
        }
        let anchors: Option<HashSet<&str>> =
            essay_blocks.map(|blocks| blocks.iter().map(|block| block.anchor.as_str()).collect());
        let mut events = Vec::new();
        let mut seen = HashSet::new();
        for (i, entry) in file.events.iter().enumerate() {
            let at = event_field(i, &entry.id);
            self.new_id(f, &at, &entry.id, "event", &mut seen);
            let headline = self.required(f, &format!("{at} › headline"), &entry.headline);
            let text = self.required(f, &format!("{at} › text"), &entry.text);
            let sentences = count_sentences(&text);
            if sentences > MAX_SENTENCES {
                self.problem(
                    f,
                    format!("{at} › text"),
                    format!(
                        "the text has {sentences} sentences: keep it to {MAX_SENTENCES} at most."
                    ),
                );
            }
            let when = self.event_when(&at, entry);
            let differ = self.optional(f, &format!("{at} › differ"), &entry.differ);
            let uncertain = self.optional(f, &format!("{at} › uncertain"), &entry.uncertain);
            match (entry.alternatives.is_empty(), entry.differ.is_some()) {
                (false, false) => self.problem(
                    f,
                    format!("{at} › differ"),
                    "other dates are given in alternatives, so say which sources differ and how: add differ = \"…\".",
                ),
                (true, true) => self.problem(
                    f,
                    format!("{at} › differ"),
                    "differ explains alternative dates, but there are none: add alternatives = [\"…\"], or use uncertain = \"…\" for another doubt.",
                ),
                _ => {}
            }
            let sources = self.cite_sources(
                TIMELINE_FILE,
                &at,
                &entry.sources,
                raw.sources.is_some(),
                "every event needs a source",
            );
            let essay = self.optional(f, &format!("{at} › essay"), &entry.essay);
            if let (Some(anchor), Some(anchors)) = (&essay, &anchors) {
                if !anchors.contains(anchor.as_str()) {
                    let mut known: Vec<&str> = anchors.iter().copied().collect();
                    known.sort_unstable();
                    self.problem(
                        f,
                        format!("{at} › essay"),
                        format!(
                            "the essay has no block \"{anchor}\": use one of {}.",
                            known.join(", ")
                        ),
                    );
                }
            }
            let mut notes = Vec::new();
            for note in &entry.notes {
                if raw.notes.is_some() && !self.note_ids.contains_key(note) {
                    self.problem(
                        f,
                        format!("{at} › notes"),
                        format!("there is no note with the id \"{note}\" in notes.toml: check the spelling."),
                    );
                } else if notes.iter().any(|id: &NoteId| id.as_str() == note) {
                    self.problem(
                        f,
                        format!("{at} › notes"),
                        format!("\"{note}\" is listed twice."),
                    );
                } else {
                    notes.push(NoteId(note.clone()));
                }
            }
            let mut terms = Vec::new();
            for term in &entry.terms {
                if raw.glossary.is_some() && !self.term_ids.contains(term) {
                    self.problem(
                        f,
                        format!("{at} › terms"),
                        format!("there is no term with the id \"{term}\" in glossary.toml: check the spelling or add the term."),
                    );
                } else if terms.iter().any(|id: &TermId| id.as_str() == term) {
                    self.problem(
                        f,
                        format!("{at} › terms"),
                        format!("\"{term}\" is listed twice."),
                    );
                } else {
                    terms.push(TermId(term.clone()));
                }
            }
            if let Some(when) = when {
                events.push(Event {
                    id: EventId(entry.id.clone()),
                    when,
                    differ,
                    uncertain,
                    headline,
                    text,
                    sources,
                    essay,
                    notes,
                    terms,
                    era: None,
                });
            }
        }
        events.sort_by_key(|event| (event.when.start_day, event.when.end_day));
        for event in &mut events {
            event.era = eras
                .iter()
                .rev()
                .find(|era| {
                    era.when.start_day <= event.when.start_day
                        && event.when.start_day <= era.when.end_day
                })
                .map(|era| era.id.clone());
        }
        Timeline { eras, events }
    }

    /// Checks the essay's `[words]{event=id}` spans against the validated timeline.
    pub(super) fn event_links(&mut self, timeline: &Timeline) {
        for (at, id) in std::mem::take(&mut self.event_links) {
            if timeline.event(&id).is_none() {
                self.problem(
                    super::validate::ESSAY_FILE,
                    at,
                    format!("there is no event with the id \"{id}\" in timeline.toml: check the spelling or add the event."),
                );
            }
        }
    }

    /// Reports an end before its start; `true` if they are in order.
    fn ordered(&mut self, at: &str, start: CalendarDate, end: CalendarDate) -> bool {
        if end.first_day() < start.first_day() || end.last_day() < start.last_day() {
            self.problem(
                TIMELINE_FILE,
                format!("{at} › end"),
                format!(
                    "the end ({}) comes before the start ({}): swap them, or check for a typing error.",
                    end.datetime(),
                    start.datetime()
                ),
            );
            false
        } else {
            true
        }
    }

    /// An event's date, precision, end and alternatives, checked against one another.
    fn event_when(&mut self, at: &str, entry: &EventEntry) -> Option<When> {
        let f = TIMELINE_FILE;
        let precision = self.enum_key(
            f,
            &format!("{at} › precision"),
            &entry.precision,
            "a precision",
            &Precision::ALL,
            Precision::key,
        );
        let date = self.timeline_date(&format!("{at} › date"), &entry.date);
        let end = entry
            .end
            .as_ref()
            .and_then(|end| self.timeline_date(&format!("{at} › end"), end));
        let mut alternatives = Vec::new();
        let mut listed = HashSet::new();
        for text in &entry.alternatives {
            let field = format!("{at} › alternatives");
            let Some(alternative) = self.timeline_date(&field, text) else {
                continue;
            };
            if !listed.insert(alternative.datetime())
                || date.is_some_and(|date| date == alternative)
            {
                self.problem(
                    f,
                    field,
                    format!("\"{text}\" is given twice: list each other date once, and not the date itself."),
                );
            } else if date.is_some_and(|date| date.granularity() != alternative.granularity()) {
                self.problem(
                    f,
                    field,
                    format!("\"{text}\" must be written like the date (as {}), so the two can be shown side by side.", date.map_or("", |d| granularity_word(d.granularity()))),
                );
            } else {
                alternatives.push(alternative);
            }
        }
        let (precision, date) = (precision?, date?);
        let written = date.granularity();
        let expected = match precision {
            Precision::Day => Some(Granularity::Day),
            Precision::Month => Some(Granularity::Month),
            Precision::Year => Some(Granularity::Year),
            Precision::Span => None,
        };
        if let Some(expected) = expected.filter(|expected| *expected != written) {
            let example = match expected {
                Granularity::Day => "\"1953-03-27\"",
                Granularity::Month => "\"1953-03\"",
                Granularity::Year => "\"1953\"",
            };
            self.problem(
                f,
                format!("{at} › precision"),
                format!(
                    "the precision is \"{}\" but the date \"{}\" names {}: write the date like {example}, or set precision = \"{}\".",
                    precision.key(),
                    entry.date.trim(),
                    granularity_word(written),
                    match written {
                        Granularity::Day => "day",
                        Granularity::Month => "month",
                        Granularity::Year => "year",
                    }
                ),
            );
            return None;
        }
        match (precision, &entry.end) {
            (Precision::Span, None) => {
                self.problem(
                    f,
                    format!("{at} › end"),
                    "a span needs an end: add end = \"…\" (a day, month or year).",
                );
                return None;
            }
            (Precision::Span, Some(_)) => {}
            (_, Some(_)) => {
                self.problem(
                    f,
                    format!("{at} › end"),
                    "only a span has an end: set precision = \"span\", or remove end.",
                );
                return None;
            }
            (_, None) => {}
        }
        if precision == Precision::Span {
            let end = end?;
            if !self.ordered(at, date, end) {
                return None;
            }
            for alternative in &alternatives {
                if !self.ordered(at, *alternative, end) {
                    return None;
                }
            }
            return Some(when(precision, date, &alternatives, Some(end)));
        }
        Some(when(precision, date, &alternatives, None))
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    fn date(text: &str) -> CalendarDate {
        CalendarDate::parse(text).unwrap()
    }

    #[test]
    fn day_numbers() {
        assert_eq!(day_number(1900, 1, 1), 0);
        assert_eq!(day_number(1900, 3, 1), 59); // 1900 is not a leap year
        assert_eq!(day_number(1970, 1, 1), 25_567);
        assert_eq!(day_number(2000, 3, 1) - day_number(2000, 2, 28), 2); // 2000 is
        assert_eq!(day_number(1899, 12, 31), -1);
    }

    #[test]
    fn parsing() {
        assert_eq!(date("1953-03-27").granularity(), Granularity::Day);
        assert_eq!(date("1953-03").granularity(), Granularity::Month);
        assert_eq!(date("1953").granularity(), Granularity::Year);
        assert!(CalendarDate::parse("1952-02-29").is_ok());
        for bad in [
            "1953-02-29",
            "1900-02-29",
            "1953-13",
            "1953-00",
            "1953-04-31",
            "1953-3-27",
            "53",
            "1899",
            "2101",
            "1953/03/27",
            "",
            "1953-03-27-01",
        ] {
            assert!(CalendarDate::parse(bad).is_err(), "{bad}");
        }
        assert!(CalendarDate::parse("2000-02-29").is_ok());
    }

    fn label(date_text: &str, alternatives: &[&str], end: Option<&str>) -> (String, String) {
        let alternatives: Vec<CalendarDate> = alternatives.iter().map(|t| date(t)).collect();
        let precision = if end.is_some() {
            Precision::Span
        } else {
            Precision::Day
        };
        let when = when(precision, date(date_text), &alternatives, end.map(date));
        (when.label, when.datetime)
    }

    #[test]
    fn labels_and_datetimes() {
        type Case<'a> = (&'a str, &'a [&'a str], Option<&'a str>, &'a str, &'a str);
        let cases: [Case; 14] = [
            ("1953-03-27", &[], None, "27 March 1953", "1953-03-27"),
            ("1962-11", &[], None, "November 1962", "1962-11"),
            ("1934", &[], None, "1934", "1934"),
            (
                "1960-01-13",
                &["1960-01-25"],
                None,
                "13 or 25 January 1960",
                "1960-01-13",
            ),
            (
                "1923-10-13",
                &["1923-11-03"],
                None,
                "13 October or 3 November 1923",
                "1923-10-13",
            ),
            (
                "1927-02-25",
                &["1927-02-15", "1927-02-20"],
                None,
                "25, 15 or 20 February 1927",
                "1927-02-25",
            ),
            ("1987", &["1989"], None, "1987 or 1989", "1987"),
            (
                "1999-12-31",
                &["2000-01-01"],
                None,
                "31 December 1999 or 1 January 2000",
                "1999-12-31",
            ),
            ("1930", &[], Some("1953"), "1930–1953", "1930"),
            (
                "1974-02-12",
                &[],
                Some("1974-02-13"),
                "12–13 February 1974",
                "1974-02-12",
            ),
            (
                "1953-05-26",
                &[],
                Some("1953-08-04"),
                "26 May – 4 August 1953",
                "1953-05-26",
            ),
            (
                "1956-03",
                &[],
                Some("1956-10"),
                "March–October 1956",
                "1956-03",
            ),
            (
                "1937-08",
                &[],
                Some("1938-11"),
                "August 1937 – November 1938",
                "1937-08",
            ),
            (
                "1953-07-19",
                &["1953-07-22"],
                Some("1953-08-01"),
                "19 or 22 July – 1 August 1953",
                "1953-07-19",
            ),
        ];
        for (start, alternatives, end, expected, datetime) in cases {
            assert_eq!(
                label(start, alternatives, end),
                (expected.to_owned(), datetime.to_owned()),
                "{start} {alternatives:?} {end:?}"
            );
        }
        assert_eq!(
            label("1930", &[], Some("1953-03-05")).0,
            "1930 – 5 March 1953"
        );
        assert_eq!(
            label("1953-03-05", &[], Some("1960")).0,
            "5 March 1953 – 1960"
        );
        assert_eq!(
            label("1952-12-30", &[], Some("1953-01-02")).0,
            "30 December 1952 – 2 January 1953"
        );
    }

    #[test]
    fn days_covered() {
        let w = when(Precision::Month, date("1960-02"), &[], None);
        assert_eq!(w.start_day, day_number(1960, 2, 1));
        assert_eq!(w.end_day, day_number(1960, 2, 29));
        let w = when(Precision::Span, date("1937-08"), &[], Some(date("1938-11")));
        assert_eq!(
            (w.start_day, w.end_day),
            (day_number(1937, 8, 1), day_number(1938, 11, 30))
        );
        assert_eq!(w.end_datetime.as_deref(), Some("1938-11"));
        let w = when(Precision::Year, date("1934"), &[], None);
        assert_eq!(w.end_day - w.start_day, 364);
        let w = when(
            Precision::Day,
            date("1960-01-13"),
            &[date("1960-01-25")],
            None,
        );
        assert_eq!(w.alternatives, vec!["1960-01-25".to_owned()]);
        assert_eq!(w.start_day, w.end_day);
    }
}
