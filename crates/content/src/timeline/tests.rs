//! Dates: day numbers, parsing, how dates and spans read, and the days they cover.
#![allow(clippy::unwrap_used)]

use super::dates::*;
use super::*;
use crate::core::words::DateWords;

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
    let when = When::new(precision, date(date_text), &alternatives, end.map(date));
    (when.label(&DateWords::english()), when.datetime())
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
    let w = When::new(Precision::Month, date("1960-02"), &[], None);
    assert_eq!(w.start_day, day_number(1960, 2, 1));
    assert_eq!(w.end_day, day_number(1960, 2, 29));
    let w = When::new(Precision::Span, date("1937-08"), &[], Some(date("1938-11")));
    assert_eq!(
        (w.start_day, w.end_day),
        (day_number(1937, 8, 1), day_number(1938, 11, 30))
    );
    assert_eq!(
        w.end.map(CalendarDate::datetime).as_deref(),
        Some("1938-11")
    );
    let w = When::new(Precision::Year, date("1934"), &[], None);
    assert_eq!(w.end_day - w.start_day, 364);
    let w = When::new(
        Precision::Day,
        date("1960-01-13"),
        &[date("1960-01-25")],
        None,
    );
    assert_eq!(w.alternatives, vec![date("1960-01-25")]);
    assert_eq!(w.start_day, w.end_day);
}
