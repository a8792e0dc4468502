//! Checks `timeline.toml`: every date real and matching its precision, spans in order,
//! eras apart, texts short, and every source, note, term and essay block it names known.

use std::collections::HashSet;

use super::dates::{CalendarDate, Granularity};
use super::layout::year_of_day;
use super::{
    Era, EventEntry, FocusEntry, Precision, Timeline, TimelineEvent, TimelineFile, When, FILE,
    MAX_ERA_SHORT, MAX_SENTENCES, MAX_SHORT,
};
use crate::core::check::{Check, Known, NOTE, TERM};
use crate::core::ids::{EraId, EventId};
use crate::core::problem::Problem;
use crate::core::words::DateWords;

/// Checks `timeline.toml` against the ids the other files declare.
pub fn check(file: &TimelineFile, known: &Known, problems: &mut Vec<Problem>) -> Timeline {
    let mut check = Check::new(FILE, problems);
    let english = DateWords::english();
    let mut eras = Vec::new();
    let mut seen = HashSet::new();
    for (i, entry) in file.eras.iter().enumerate() {
        let at = format!("era {} \"{}\"", i + 1, entry.id);
        check.new_id(&at, &entry.id, "era", &mut seen);
        let label = check.required(&format!("{at} › label"), &entry.label);
        let short = short_form(
            &mut check,
            &format!("{at} › short"),
            &entry.short,
            &label,
            MAX_ERA_SHORT,
            "label",
        );
        let start = date(&mut check, &format!("{at} › start"), &entry.start);
        let end = date(&mut check, &format!("{at} › end"), &entry.end);
        let (Some(start), Some(end)) = (start, end) else {
            continue;
        };
        if ordered(&mut check, &at, start, end) {
            eras.push(Era {
                id: EraId(entry.id.clone()),
                label,
                short,
                when: When::new(Precision::Span, start, &[], Some(end)),
            });
        }
    }
    eras.sort_by_key(|era| era.when.start_day);
    for pair in eras.windows(2) {
        let (before, after) = (&pair[0], &pair[1]);
        if after.when.start_day < before.when.end_day {
            check.problem(
                format!("era \"{}\"", after.id),
                format!(
                    "it overlaps the era \"{}\" ({}): an era may begin on the day the one before it ends, but not earlier.",
                    before.id,
                    before.when.label(&english)
                ),
            );
        }
    }

    if file.events.is_empty() {
        check.problem("", "no [[event]] entries: the timeline is empty.");
    }
    let mut events = Vec::new();
    let mut seen = HashSet::new();
    for (i, entry) in file.events.iter().enumerate() {
        let at = format!("event {} \"{}\"", i + 1, entry.id);
        let field = |name: &str| format!("{at} › {name}");
        check.new_id(&at, &entry.id, "event", &mut seen);
        let headline = check.required(&field("headline"), &entry.headline);
        let short = short_form(
            &mut check,
            &field("short"),
            &entry.short,
            &headline,
            MAX_SHORT,
            "headline",
        );
        let text = check.required(&field("text"), &entry.text);
        check.at_most_sentences(&field("text"), &text, MAX_SENTENCES, "");
        let when = event_when(&mut check, &at, entry);
        let differ = check.optional(&field("differ"), &entry.differ);
        let uncertain = check.optional(&field("uncertain"), &entry.uncertain);
        match (entry.alternatives.is_empty(), entry.differ.is_some()) {
            (false, false) => check.problem(
                field("differ"),
                "other dates are given in alternatives, so say which sources differ and how: add differ = \"…\".",
            ),
            (true, true) => check.problem(
                field("differ"),
                "differ explains alternative dates, but there are none: add alternatives = [\"…\"], or use uncertain = \"…\" for another doubt.",
            ),
            _ => {}
        }
        let sources = check.sources(&at, &entry.sources, known, "every event needs a source");
        let essay = check.optional(&field("essay"), &entry.essay);
        if let (Some(anchor), Some(blocks)) = (&essay, &known.blocks) {
            if !blocks.contains(anchor) {
                let mut all: Vec<&str> = blocks.iter().map(String::as_str).collect();
                all.sort_unstable();
                check.problem(
                    field("essay"),
                    format!(
                        "the essay has no block \"{anchor}\": use one of {}.",
                        all.join(", ")
                    ),
                );
            }
        }
        let notes = check.references(&field("notes"), &entry.notes, NOTE, known);
        let terms = check.references(&field("terms"), &entry.terms, TERM, known);
        if let Some(when) = when {
            events.push(TimelineEvent {
                id: EventId(entry.id.clone()),
                when,
                differ,
                uncertain,
                headline,
                short,
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
    let focus = file
        .focus
        .as_ref()
        .and_then(|focus| check_focus(&mut check, focus, &events));
    Timeline {
        eras,
        events,
        focus,
    }
}

/// The essay's years: whole years, the first not after the last, inside the years the
/// events cover.
fn check_focus(
    check: &mut Check<'_>,
    focus: &FocusEntry,
    events: &[TimelineEvent],
) -> Option<(i32, i32)> {
    let first_year = events
        .iter()
        .map(|event| year_of_day(event.when.start_day))
        .min();
    let last_year = events
        .iter()
        .map(|event| year_of_day(event.when.end_day))
        .max();
    let (Some(first_year), Some(last_year)) = (first_year, last_year) else {
        return None;
    };
    let (first, last) = (focus.first, focus.last);
    if first > last {
        check.problem(
            "focus",
            format!("first ({first}) is after last ({last}); write the earlier year as first"),
        );
        return None;
    }
    if first < first_year || last > last_year {
        check.problem(
            "focus",
            format!(
                "{first}–{last} is not inside the years the events cover, {first_year}–{last_year}; \
                 the button zooms the timeline to these years, so choose years with events"
            ),
        );
        return None;
    }
    Some((first, last))
}

/// Reads one date field, reporting what is wrong with it.
fn date(check: &mut Check, field: &str, text: &str) -> Option<CalendarDate> {
    CalendarDate::parse(text.trim())
        .map_err(|message| check.problem(field, message))
        .ok()
}

/// Reports an end before its start; `true` if they are in order.
fn ordered(check: &mut Check, at: &str, start: CalendarDate, end: CalendarDate) -> bool {
    let in_order = end.first_day() >= start.first_day() && end.last_day() >= start.last_day();
    if !in_order {
        check.problem(
            format!("{at} › end"),
            format!(
                "the end ({}) comes before the start ({}): swap them, or check for a typing error.",
                end.datetime(),
                start.datetime()
            ),
        );
    }
    in_order
}

/// An event's date, precision, end and alternatives, checked against one another.
fn event_when(check: &mut Check, at: &str, entry: &EventEntry) -> Option<When> {
    let field = |name: &str| format!("{at} › {name}");
    let precision = check.one_of(
        &field("precision"),
        &entry.precision,
        "a precision",
        &Precision::ALL,
        Precision::key,
    );
    let start = date(check, &field("date"), &entry.date);
    let end = entry
        .end
        .as_ref()
        .and_then(|end| date(check, &field("end"), end));
    let mut alternatives: Vec<CalendarDate> = Vec::new();
    for text in &entry.alternatives {
        let Some(alternative) = date(check, &field("alternatives"), text) else {
            continue;
        };
        if alternatives.contains(&alternative) || start == Some(alternative) {
            check.problem(
                field("alternatives"),
                format!("\"{text}\" is given twice: list each other date once, and not the date itself."),
            );
        } else if let Some(start) =
            start.filter(|start| start.granularity() != alternative.granularity())
        {
            check.problem(
                field("alternatives"),
                format!("\"{text}\" must be written like the date (as {}), so the two can be shown side by side.", start.granularity().described()),
            );
        } else {
            alternatives.push(alternative);
        }
    }
    let (precision, start) = (precision?, start?);
    let written = start.granularity();
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
        let written_key = match written {
            Granularity::Day => "day",
            Granularity::Month => "month",
            Granularity::Year => "year",
        };
        check.problem(
            field("precision"),
            format!(
                "the precision is \"{}\" but the date \"{}\" names {}: write the date like {example}, or set precision = \"{written_key}\".",
                precision.key(),
                entry.date.trim(),
                written.described(),
            ),
        );
        return None;
    }
    match (precision, &entry.end) {
        (Precision::Span, None) => {
            check.problem(
                field("end"),
                "a span needs an end: add end = \"…\" (a day, month or year).",
            );
            None
        }
        (Precision::Span, Some(_)) => {
            let end = end?;
            let all_ordered = std::iter::once(start)
                .chain(alternatives.iter().copied())
                .all(|from| ordered(check, at, from, end));
            all_ordered.then(|| When::new(precision, start, &alternatives, Some(end)))
        }
        (_, Some(_)) => {
            check.problem(
                field("end"),
                "only a span has an end: set precision = \"span\", or remove end.",
            );
            None
        }
        (_, None) => Some(When::new(precision, start, &alternatives, None)),
    }
}

/// The short form of a label or headline (`long`, the field called `long_name`): `short` if
/// given, which must be at most `max` characters; otherwise `long`, which must then be.
fn short_form(
    check: &mut Check,
    field: &str,
    short: &Option<String>,
    long: &str,
    max: usize,
    long_name: &str,
) -> String {
    let count = |text: &str| text.chars().count();
    match check.optional(field, short) {
        Some(short) if count(&short) > max => {
            check.problem(
                field,
                format!(
                    "it has {} characters; the track has room for {max} at most: shorten it.",
                    count(&short)
                ),
            );
            short
        }
        Some(short) => short,
        None if count(long) > max => {
            check.problem(
                field,
                format!(
                    "the {long_name} has {} characters, more than the {max} the track has room for: add short = \"…\", a shorter form of it.",
                    count(long)
                ),
            );
            long.to_owned()
        }
        None => long.to_owned(),
    }
}
