//! Calendar arithmetic and how dates read. Dates are checked and turned into whole-day
//! positions at build time, and written for readers in the edition's language ("13 or 25
//! January 1960"), so the browser needs no date code.

use crate::core::words::DateWords;

/// The earliest and latest years a date may name.
pub const FIRST_YEAR: i32 = 1900;
pub const LAST_YEAR: i32 = 2100;

/// How much of a date is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Granularity {
    Day,
    Month,
    Year,
}

impl Granularity {
    /// For curators' messages: "a day", "a month", "a year".
    pub fn described(self) -> &'static str {
        match self {
            Granularity::Day => "a day",
            Granularity::Month => "a month",
            Granularity::Year => "a year",
        }
    }
}

/// A Gregorian date written as a year, a month or a day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CalendarDate {
    pub year: i32,
    pub month: Option<u8>,
    pub day: Option<u8>,
}

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
        let number = |index: usize| parts.get(index).map(|part| part.parse::<u8>()).transpose();
        let year: i32 = parts[0].parse().map_err(|_| form())?;
        let month = number(1).map_err(|_| form())?;
        let day = number(2).map_err(|_| form())?;
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
                    let date = CalendarDate {
                        year,
                        month: Some(month),
                        day: None,
                    };
                    return Err(format!(
                        "\"{text}\" is not a real day: {} has {last} days.",
                        date.label(&DateWords::english())
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

    /// "27 March 1953", "March 1953" or "1953".
    pub fn label(self, words: &DateWords) -> String {
        let mut out = self.label_without_year(words);
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(&self.year.to_string());
        out
    }

    /// "27 March", "March", or "" for a year.
    fn label_without_year(self, words: &DateWords) -> String {
        let Some(month) = self.month else {
            return String::new();
        };
        match self.day {
            Some(day) => format!("{day} {}", words.month(month, true)),
            None => words.month(month, false).to_owned(),
        }
    }
}

/// "a", "a or b", "a, b or c".
fn or_list(items: &[String], words: &DateWords) -> String {
    match items.split_last() {
        None => String::new(),
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{} {} {last}", rest.join(", "), words.or),
    }
}

/// Dates of one granularity that sources give for the same thing, shortest form first:
/// "13 or 25 January 1960", "13 October or 3 November 1923", "1987 or 1989". With
/// `with_year` false and all dates in one year, the year is left off ("19 or 22 July").
pub fn alternatives_label(dates: &[CalendarDate], with_year: bool, words: &DateWords) -> String {
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
            let month = words.month(first.month.unwrap_or(1), true);
            year_suffix(format!("{} {month}", or_list(&days, words)))
        }
        Granularity::Day | Granularity::Month if same_year => {
            let parts: Vec<String> = dates
                .iter()
                .map(|date| date.label_without_year(words))
                .collect();
            year_suffix(or_list(&parts, words))
        }
        _ => {
            let parts: Vec<String> = dates.iter().map(|date| date.label(words)).collect();
            or_list(&parts, words)
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
pub fn span_label(starts: &[CalendarDate], end: CalendarDate, words: &DateWords) -> String {
    let Some(start) = starts.first().copied() else {
        return end.label(words);
    };
    let granularity = start.granularity();
    let same_year = start.year == end.year;
    if starts.len() == 1 && granularity == end.granularity() {
        return match granularity {
            Granularity::Year => dash(&start.label(words), &end.label(words)),
            Granularity::Day if same_year && start.month == end.month => format!(
                "{}–{} {} {}",
                start.day.unwrap_or(0),
                end.day.unwrap_or(0),
                words.month(end.month.unwrap_or(1), true),
                end.year
            ),
            Granularity::Month if same_year => format!(
                "{}–{} {}",
                words.month(start.month.unwrap_or(1), false),
                words.month(end.month.unwrap_or(1), false),
                end.year
            ),
            Granularity::Day if same_year => {
                format!("{} – {}", start.label_without_year(words), end.label(words))
            }
            _ => dash(&start.label(words), &end.label(words)),
        };
    }
    let drop_year = granularity != Granularity::Year
        && end.granularity() != Granularity::Year
        && starts.iter().all(|date| date.year == end.year);
    dash(
        &alternatives_label(starts, !drop_year, words),
        &end.label(words),
    )
}
