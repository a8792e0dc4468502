//! The content model: the shipped content is valid and keeps the exhibit's rules (checked
//! as properties, so a curator's edit breaks only what it should), behaviours on the
//! minimal fixture, and every bad fixture refused with its expected problems.

mod common;

use std::path::{Path, PathBuf};

use common::{minimal, root, shipped, words};
use exhibit_content::core::words::DateWords;
use exhibit_content::essay::model::{Inline, TermSpan};
use exhibit_content::essay::{edited_text, original_text, BlockKind};
use exhibit_content::load::{load_with, FILES};
use exhibit_content::{report, Problem};

fn normalise(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn the_shipped_content_and_wording_are_valid() {
    let exhibit = shipped();
    assert!(!exhibit.essay.blocks.is_empty());
    assert!(!exhibit.sources.is_empty());
    let words = words();
    assert_eq!(words.lang, "en");
}

/// The original reading must be the seed essay word for word: paragraph breaks are the
/// only liberty taken, and the blog leftovers are recorded as omitted, not lost.
#[test]
fn the_original_reading_is_the_seed_word_for_word() {
    let exhibit = shipped();
    let seed = std::fs::read_to_string(root().join("tests/fixtures/seed.txt")).expect("seed copy");
    let mut lines = seed.lines().map(str::trim).filter(|line| !line.is_empty());
    assert_eq!(lines.next(), Some(exhibit.meta.title.as_str()));
    let body = lines.next().expect("the seed's body");
    let original: Vec<String> = exhibit
        .essay
        .blocks
        .iter()
        .filter(|block| block.kind == BlockKind::Paragraph)
        .map(|block| original_text(&block.content))
        .collect();
    assert_eq!(normalise(&original.join(" ")), normalise(body));
    let leftovers: Vec<&str> = lines.collect();
    let omitted: Vec<&str> = exhibit
        .essay
        .omitted
        .iter()
        .map(|o| o.original.as_str())
        .collect();
    assert_eq!(omitted, leftovers);
    // The author named in the leftovers is the byline.
    assert!(leftovers.contains(&format!("Author: {}", exhibit.meta.named_author).as_str()));
}

/// Every edit changes the words it is about, and only the edited reading shows it.
#[test]
fn the_edited_reading_differs_exactly_where_the_editors_changed_words() {
    let exhibit = shipped();
    let mut edits = 0;
    for note in &exhibit.notes {
        for passage in &note.passages {
            if let Some(edit) = &passage.edit {
                edits += 1;
                assert_ne!(normalise(edit), normalise(&passage.original), "{}", note.id);
            }
        }
    }
    assert!(edits > 0, "the edited reading changes nothing");
    let original: String = exhibit
        .essay
        .blocks
        .iter()
        .map(|b| original_text(&b.content))
        .collect();
    let edited: String = exhibit
        .essay
        .blocks
        .iter()
        .map(|b| edited_text(&b.content))
        .collect();
    assert_ne!(original, edited);
}

/// Notes are numbered 1, 2, 3… in the order the essay first points to them; every note is
/// pointed to; every note that corrects a fact cites a source.
#[test]
fn notes_are_numbered_by_first_appearance_and_sourced() {
    let exhibit = shipped();
    let numbers: Vec<u16> = exhibit.notes.iter().map(|note| note.number).collect();
    let expected: Vec<u16> = (1..=u16::try_from(numbers.len()).expect("few notes")).collect();
    assert_eq!(numbers, expected);
    let mut first_seen = Vec::new();
    fn walk(content: &[Inline], seen: &mut Vec<String>) {
        for inline in content {
            if let Inline::Noted(span) = inline {
                if !seen.contains(&span.note.0) {
                    seen.push(span.note.0.clone());
                }
                walk(&span.original, seen);
            }
        }
    }
    for block in &exhibit.essay.blocks {
        walk(&block.content, &mut first_seen);
    }
    let ids: Vec<String> = exhibit.notes.iter().map(|note| note.id.0.clone()).collect();
    assert_eq!(ids, first_seen);
    for note in &exhibit.notes {
        assert!(!note.passages.is_empty(), "{} is not in the text", note.id);
        if note.verdict.needs_source() {
            assert!(!note.sources.is_empty(), "{} has no source", note.id);
        }
        if !note.verdict.confirms() {
            assert!(note.correction.is_some(), "{} corrects nothing", note.id);
        }
    }
}

#[test]
fn the_glossary_is_sorted_sourced_and_every_term_explained_or_marked() {
    let exhibit = shipped();
    let keys: Vec<String> = exhibit
        .glossary
        .iter()
        .map(|term| term.sort_key())
        .collect();
    let mut sorted = keys.clone();
    sorted.sort();
    assert_eq!(keys, sorted);
    for term in &exhibit.glossary {
        assert!(!term.sources.is_empty(), "{} has no source", term.id);
        assert!(
            term.occurrences > 0 || term.not_in_essay.is_some(),
            "{}",
            term.id
        );
        assert_eq!(
            term.occurrences > 0,
            exhibit.essay.first_mark(&term.id, false).is_some()
                || exhibit.essay.first_mark(&term.id, true).is_some(),
            "{}",
            term.id
        );
    }
}

#[test]
fn the_timeline_is_sorted_and_says_where_sources_differ() {
    let exhibit = shipped();
    let timeline = &exhibit.timeline;
    let starts: Vec<i32> = timeline.events.iter().map(|e| e.when.start_day).collect();
    assert!(starts.windows(2).all(|pair| pair[0] <= pair[1]));
    assert!(timeline
        .eras
        .windows(2)
        .all(|pair| pair[0].when.end_day <= pair[1].when.start_day));
    let first_era = timeline
        .eras
        .first()
        .map_or(i32::MAX, |era| era.when.start_day);
    for event in &timeline.events {
        if event.when.start_day >= first_era {
            assert!(event.era.is_some(), "{} is in no era", event.id);
        }
        assert!(!event.sources.is_empty(), "{} has no source", event.id);
        assert_eq!(
            event.differ.is_some(),
            !event.when.alternatives.is_empty(),
            "{}",
            event.id
        );
        // A date with alternatives is flagged to the reader.
        assert!(
            event.when.alternatives.is_empty() || event.disputed(),
            "{}",
            event.id
        );
    }
    // The essay's dates link to events that exist.
    for block in &exhibit.essay.blocks {
        for inline in &block.content {
            if let Inline::Event(span) = inline {
                assert!(
                    timeline.event(span.event.as_str()).is_some(),
                    "{}",
                    span.event
                );
            }
        }
    }
}

#[test]
fn every_camp_is_sourced_and_its_links_lead_somewhere() {
    let exhibit = shipped();
    for camp in &exhibit.camps {
        assert!(!camp.sources.is_empty(), "{} has no source", camp.id);
        for event in &camp.events {
            assert!(
                exhibit.timeline.event(event.as_str()).is_some(),
                "{}: {event}",
                camp.id
            );
        }
        for term in &camp.terms {
            assert!(exhibit.term(term.as_str()).is_some(), "{}: {term}", camp.id);
        }
    }
}

#[test]
fn the_minimal_fixture_is_numbered_by_first_appearance() {
    let exhibit = minimal();
    let ids: Vec<&str> = exhibit.notes.iter().map(|note| note.id.as_str()).collect();
    assert_eq!(ids, ["n1", "n2"]);
    assert_eq!(exhibit.note("n1").map(|note| note.passages.len()), Some(2));
    assert_eq!(exhibit.essay.blocks[1].kind, BlockKind::Editorial);
    assert_eq!(exhibit.essay.blocks[1].anchor, "e1");
}

/// Marks are shown for the first mention of a term in each paragraph, per reading, so the
/// text is not a sea of links.
#[test]
fn only_the_first_mention_per_paragraph_and_reading_is_marked_by_default() {
    let exhibit = minimal();
    let mut spans = Vec::new();
    fn collect<'a>(content: &'a [Inline], out: &mut Vec<&'a TermSpan>) {
        for inline in content {
            match inline {
                Inline::Term(span) => out.push(span),
                Inline::Noted(noted) => {
                    collect(&noted.original, out);
                    if let Some(edit) = &noted.edit {
                        collect(edit, out);
                    }
                }
                Inline::Text(_) | Inline::Event(_) => {}
            }
        }
    }
    collect(&exhibit.essay.blocks[0].content, &mut spans);
    let flags: Vec<(u16, bool, bool)> = spans
        .iter()
        .map(|span| {
            (
                span.occurrence,
                span.first_in_original,
                span.first_in_edited,
            )
        })
        .collect();
    // "term" inside note 1 (both readings), "typo" only in the edited reading, then "term" again.
    assert_eq!(
        flags,
        vec![(1, true, true), (2, false, false), (3, false, false)]
    );
    assert_eq!(exhibit.term("t1").map(|term| term.occurrences), Some(3));
    assert_eq!(exhibit.term("t2").map(|term| term.occurrences), Some(0));
}

#[test]
fn the_minimal_timeline_is_sorted_by_the_build_and_its_dates_read_well() {
    let exhibit = minimal();
    let timeline = &exhibit.timeline;
    let words = DateWords::english();
    let ids: Vec<&str> = timeline.events.iter().map(|e| e.id.as_str()).collect();
    assert_eq!(ids, ["span", "turn", "later"]);
    let labels: Vec<String> = timeline
        .events
        .iter()
        .map(|e| e.when.label(&words))
        .collect();
    assert_eq!(
        labels,
        ["1930–1953", "5 March 1953", "13 or 25 January 1960"]
    );
    let eras: Vec<Option<&str>> = timeline
        .events
        .iter()
        .map(|e| e.era.as_ref().map(|era| era.as_str()))
        .collect();
    // On the day two eras share, an event belongs to the later one.
    assert_eq!(eras, [Some("first"), Some("second"), Some("second")]);
    assert_eq!(timeline.eras[0].when.label(&words), "1918 – 5 March 1953");
    let later = timeline.event("later").expect("later");
    assert_eq!(later.notes[0].as_str(), "n1");
    assert_eq!(later.terms[0].as_str(), "t2");
    assert_eq!(
        timeline.event("turn").and_then(|e| e.essay.as_deref()),
        Some("p1")
    );
}

#[test]
fn a_missing_file_is_reported_by_name() {
    let problems = load_with(|name| {
        if name == "notes.toml" {
            Err("not found".into())
        } else {
            std::fs::read_to_string(root().join("tests/fixtures/minimal").join(name))
                .map_err(|e| e.to_string())
        }
    })
    .expect_err("a missing file must be reported");
    assert!(problems
        .iter()
        .any(|p| p.file == "notes.toml" && p.message.contains("could not be read")));
}

/// Each file in tests/fixtures/bad replaces one file of the minimal content and lists the
/// problems it must cause in `# expect:` lines; `# replaces:` names the file.
#[test]
fn every_bad_fixture_fails_with_its_expected_problems() {
    let dir = root().join("tests/fixtures/bad");
    let mut fixtures: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("fixtures")
        .map(|entry| entry.expect("entry").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "toml"))
        .collect();
    fixtures.sort();
    assert!(fixtures.len() >= 10, "the bad fixtures are missing");
    for fixture in fixtures {
        check_bad_fixture(&fixture);
    }
}

fn check_bad_fixture(fixture: &Path) {
    let text = std::fs::read_to_string(fixture).expect("fixture");
    let header = |prefix: &str| -> Vec<String> {
        text.lines()
            .filter_map(|line| line.strip_prefix(prefix))
            .map(|value| value.trim().to_owned())
            .collect()
    };
    let replaces = header("# replaces:");
    let expected = header("# expect:");
    let name = fixture.display();
    assert_eq!(replaces.len(), 1, "{name}: say which file it replaces");
    assert!(
        FILES.contains(&replaces[0].as_str()),
        "{name}: unknown file {}",
        replaces[0]
    );
    assert!(!expected.is_empty(), "{name}: list the expected problems");
    let problems: Vec<Problem> = load_with(|file| {
        if file == replaces[0] {
            Ok(text.clone())
        } else {
            std::fs::read_to_string(root().join("tests/fixtures/minimal").join(file))
                .map_err(|e| e.to_string())
        }
    })
    .expect_err(&format!("{name} must be rejected"));
    let shown: Vec<String> = problems.iter().map(ToString::to_string).collect();
    for needle in &expected {
        assert!(
            shown
                .iter()
                .any(|problem| problem.contains(needle.as_str())),
            "{name}: expected a problem containing\n  {needle}\nbut got:\n{}",
            report(&problems)
        );
    }
}

#[test]
fn the_report_counts_and_lists_every_problem() {
    let problems = vec![
        Problem::new("notes.toml", "note 1 \"x\" › title", "this text is empty."),
        Problem::new("essay.toml", "", "the file could not be read."),
    ];
    let text = report(&problems);
    assert!(text.starts_with("The exhibit content has 2 problems to fix"));
    assert!(text.contains("  1. notes.toml › note 1 \"x\" › title: this text is empty."));
    assert!(text.contains("  2. essay.toml: the file could not be read."));
}

/// A locale file that lost a slot or a label is refused with every problem named.
#[test]
fn a_broken_locale_file_is_refused() {
    let text = std::fs::read_to_string(root().join("assets/locales/en.toml")).expect("locale");
    let broken = text
        .replace(
            "kicker = \"Editorial note {n} of {total} · \"",
            "kicker = \"Editorial note {n}\"",
        )
        .replace("wrong = \"Wrong\"\n", "")
        .replace("\"December\"]", "]");
    let dir = std::env::temp_dir().join(format!("exhibit-locale-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join("xx.toml");
    std::fs::write(&path, broken).expect("write");
    let problems = exhibit_content::load::load_words(&path).expect_err("refused");
    let shown = report(&problems);
    for needle in [
        "notes › kicker: the wording must keep the slot {total}",
        "verdicts: there is no wording for \"wrong\"",
        "dates › months: give the twelve months",
    ] {
        assert!(shown.contains(needle), "{needle}\n{shown}");
    }
    let _ = std::fs::remove_dir_all(dir);
}
