//! The content model against the real content, the seed essay and bad fixtures.
#![cfg(not(target_arch = "wasm32"))]

use std::path::{Path, PathBuf};

use gulag_exhibit::content::load::{load_dir, load_with, FILES};
use gulag_exhibit::content::{
    edited_text, original_text, report, BlockKind, Exhibit, Inline, Problem, TermKind, TermSpan,
    Verdict,
};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn exhibit() -> Exhibit {
    match load_dir(&root().join("assets/content")) {
        Ok(exhibit) => exhibit,
        Err(problems) => panic!("{}", report(&problems)),
    }
}

fn normalise(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn the_shipped_content_is_valid() {
    let exhibit = exhibit();
    assert!(exhibit.essay.blocks.len() >= 4);
    assert!(!exhibit.sources.is_empty());
}

/// The original reading must be the seed essay word for word: paragraph breaks are the
/// only liberty taken, and the blog leftovers are recorded as omitted, not lost.
#[test]
fn the_original_reading_is_the_seed_word_for_word() {
    let exhibit = exhibit();
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

#[test]
fn the_edited_reading_fixes_the_errors_of_form() {
    let exhibit = exhibit();
    let edited: String = exhibit
        .essay
        .blocks
        .iter()
        .map(|block| edited_text(&block.content))
        .collect::<Vec<_>>()
        .join(" ");
    for gone in [
        "trail",
        "Geldom",
        "Noble",
        "Party of Congress",
        "Archipelago,written",
    ] {
        assert!(!edited.contains(gone), "edited reading still has {gone:?}");
    }
    for present in [
        "trial",
        "von Geldern",
        "Nobel",
        "20th Party Congress",
        "Archipelago, written",
    ] {
        assert!(edited.contains(present), "edited reading lacks {present:?}");
    }
}

/// The dossier's fact check has 17 rows; each has a note, plus one for the "Geldom" citation.
#[test]
fn every_dossier_finding_has_a_note() {
    let exhibit = exhibit();
    assert_eq!(exhibit.notes.len(), 18);
    let numbers: Vec<u16> = exhibit.notes.iter().map(|note| note.number).collect();
    assert_eq!(numbers, (1..=18).collect::<Vec<u16>>());
    for note in &exhibit.notes {
        assert!(note.occurrences() >= 1, "{} is not in the text", note.id);
    }
    assert_eq!(
        exhibit.note("geldom").map(|note| note.occurrences()),
        Some(2)
    );
    // Where the dossier marks disagreement, the note says so openly.
    for id in ["released-that-day", "twentieth-congress"] {
        let note = exhibit.note(id).expect(id);
        assert!(note.sources_differ.is_some(), "{id} hides a disagreement");
    }
    // Every factual note cites a source.
    for note in exhibit
        .notes
        .iter()
        .filter(|note| note.verdict.needs_source())
    {
        assert!(!note.sources.is_empty(), "{} has no source", note.id);
    }
    assert_eq!(
        exhibit.note("photo-credits").map(|note| note.verdict),
        Some(Verdict::Unfinished)
    );
}

#[test]
fn the_minimal_fixture_is_valid_and_numbered_by_first_appearance() {
    let exhibit = load_dir(&root().join("tests/fixtures/minimal"))
        .unwrap_or_else(|p| panic!("{}", report(&p)));
    let ids: Vec<&str> = exhibit.notes.iter().map(|note| note.id.as_str()).collect();
    assert_eq!(ids, ["n1", "n2"]);
    assert_eq!(exhibit.note("n1").map(|note| note.occurrences()), Some(2));
    assert_eq!(exhibit.essay.blocks[1].kind, BlockKind::Editorial);
    assert_eq!(exhibit.essay.blocks[1].anchor, "e1");
}

#[test]
fn a_missing_file_is_reported_by_name() {
    let problems = load_with(|name| {
        if name == "notes.toml" {
            Err("No such file or directory".into())
        } else {
            std::fs::read_to_string(root().join("tests/fixtures/minimal").join(name))
                .map_err(|e| e.to_string())
        }
    })
    .expect_err("a missing file must fail");
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

#[test]
fn the_glossary_has_at_least_30_sourced_terms_sorted_a_to_z() {
    let exhibit = exhibit();
    assert!(
        exhibit.glossary.len() >= 30,
        "only {} terms",
        exhibit.glossary.len()
    );
    let keys: Vec<String> = exhibit
        .glossary
        .iter()
        .map(|term| term.sort_key())
        .collect();
    let mut sorted = keys.clone();
    sorted.sort();
    assert_eq!(keys, sorted);
    assert!(exhibit
        .glossary
        .iter()
        .any(|term| term.kind == TermKind::Person));
    for term in &exhibit.glossary {
        assert!(!term.sources.is_empty(), "{} has no source", term.id);
        assert!(
            term.occurrences > 0 || term.not_in_essay.is_some(),
            "{} is neither in the essay nor explained",
            term.id
        );
        if let Some(russian) = &term.russian {
            assert!(
                russian
                    .chars()
                    .any(|c| ('\u{0400}'..='\u{04FF}').contains(&c)),
                "{}",
                term.id
            );
        }
    }
    // The examples are all explained where they stand.
    for id in [
        "presidium",
        "rehabilitation",
        "khrushchev",
        "solzhenitsyn",
        "gulag",
    ] {
        assert!(
            exhibit.term(id).is_some_and(|term| term.occurrences > 0),
            "{id} is not marked in the essay"
        );
    }
    for id in ["article-58", "beria"] {
        assert!(
            exhibit.term(id).is_some(),
            "{id} is missing from the glossary"
        );
    }
}

/// Marks are shown for the first mention of a term in each paragraph, per reading, so the
/// text is not a sea of links.
#[test]
fn only_the_first_mention_per_paragraph_and_reading_is_marked_by_default() {
    let exhibit = load_dir(&root().join("tests/fixtures/minimal"))
        .unwrap_or_else(|p| panic!("{}", report(&p)));
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
fn the_timeline_spans_1918_to_2022_in_at_least_4_eras() {
    let exhibit = exhibit();
    let timeline = &exhibit.timeline;
    assert!(
        timeline.events.len() >= 30,
        "only {} events",
        timeline.events.len()
    );
    assert!(
        timeline.eras.len() >= 4,
        "only {} eras",
        timeline.eras.len()
    );
    let years: Vec<&str> = timeline
        .events
        .iter()
        .map(|event| &event.when.datetime[..4])
        .collect();
    assert_eq!(years.first(), Some(&"1918"));
    assert_eq!(years.last(), Some(&"2022"));
    // Sorted by the build, eras too, and every event after 1918 falls in an era.
    let starts: Vec<i32> = timeline.events.iter().map(|e| e.when.start_day).collect();
    assert!(starts.windows(2).all(|pair| pair[0] <= pair[1]));
    assert!(timeline
        .eras
        .windows(2)
        .all(|pair| pair[0].when.end_day <= pair[1].when.start_day));
    for event in &timeline.events {
        assert!(event.era.is_some(), "{} is in no era", event.id);
        assert!(!event.sources.is_empty(), "{} has no source", event.id);
        assert_eq!(event.differ.is_some(), !event.when.alternatives.is_empty());
    }
    // The events the exhibit must have, on the dates the dossier gives.
    for (id, label) in [
        ("stalin-dies", "5 March 1953"),
        ("amnesty-decree", "27 March 1953"),
        ("norilsk-strike", "26 May – 4 August 1953"),
        ("vorkuta-strike", "19 or 22 July – 1 August 1953"),
        ("kengir-uprising", "16 May – 26 June 1954"),
        ("secret-speech", "25 or 24 February 1956"),
        ("gulag-abolished", "13 or 25 January 1960"),
        ("ivan-denisovich", "November 1962"),
        ("solzhenitsyn-nobel", "8 October 1970"),
        ("gulag-archipelago-published", "28 December 1973"),
        ("solzhenitsyn-expelled", "12–13 February 1974"),
        ("memorial-dissolved", "December 2021"),
        ("memorial-nobel-peace", "October 2022"),
    ] {
        let event = timeline
            .event(id)
            .unwrap_or_else(|| panic!("no event {id}"));
        assert_eq!(event.when.label, label, "{id}");
    }
    assert_eq!(
        timeline
            .event("amnesty-decree")
            .map(|e| e.when.datetime.as_str()),
        Some("1953-03-27")
    );
    // The Nobel Prize came before the book.
    let day = |id: &str| timeline.event(id).map(|e| e.when.start_day);
    assert!(day("solzhenitsyn-nobel") < day("gulag-archipelago-published"));
    assert_eq!(
        timeline.event("stalin-dies").and_then(|e| e.era.clone()),
        Some(gulag_exhibit::content::EraId(
            "release-and-reckoning".into()
        ))
    );
}

/// Where the dossier marks a date or figure as disputed (⚠️), the timeline says so.
#[test]
fn the_timeline_marks_what_the_dossier_disputes() {
    let exhibit = exhibit();
    let timeline = &exhibit.timeline;
    for (id, alternative) in [
        ("secret-speech", "1956-02-24"),
        ("gulag-abolished", "1960-01-25"),
        ("solovki-founded", "1923-11-03"),
        ("article-58", "1927-02-15"),
        ("solzhenitsyn-sentenced", "1945-06-07"),
        ("vorkuta-strike", "1953-07-22"),
        ("rehabilitation-law-1991", "1991-10-19"),
    ] {
        let event = timeline
            .event(id)
            .unwrap_or_else(|| panic!("no event {id}"));
        assert_eq!(
            event.when.alternatives,
            vec![alternative.to_owned()],
            "{id}"
        );
        assert!(event.differ.is_some(), "{id} hides a disagreement");
    }
    for id in [
        "lenin-penza-telegram",
        "order-00447",
        "great-terror",
        "amnesty-decree",
        "memorial-founded",
        "travelling-commissions",
    ] {
        let event = timeline
            .event(id)
            .unwrap_or_else(|| panic!("no event {id}"));
        assert!(event.uncertain.is_some() && event.disputed(), "{id}");
    }
    // The dossier does not verify the German invasion as a Gulag event (❓): left out.
    assert!(!timeline
        .events
        .iter()
        .any(|event| event.when.datetime.starts_with("1941")));
}

#[test]
fn the_minimal_timeline_is_sorted_by_the_build() {
    let exhibit = load_dir(&root().join("tests/fixtures/minimal"))
        .unwrap_or_else(|p| panic!("{}", report(&p)));
    let timeline = &exhibit.timeline;
    let ids: Vec<&str> = timeline.events.iter().map(|e| e.id.as_str()).collect();
    assert_eq!(ids, ["span", "turn", "later"]);
    let labels: Vec<&str> = timeline
        .events
        .iter()
        .map(|e| e.when.label.as_str())
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
    assert_eq!(timeline.eras[0].when.label, "1918 – 5 March 1953");
    let later = timeline.event("later").expect("later");
    assert_eq!(later.notes[0].as_str(), "n1");
    assert_eq!(later.terms[0].as_str(), "t2");
    assert_eq!(
        timeline.event("turn").and_then(|e| e.essay.as_deref()),
        Some("p1")
    );
}

/// The essay's dates link to their timeline events (the seed's words are unchanged).
#[test]
fn the_essay_links_its_dates_to_the_timeline() {
    let exhibit = exhibit();
    let mut links = Vec::new();
    for block in &exhibit.essay.blocks {
        for inline in &block.content {
            if let Inline::Event(span) = inline {
                assert!(exhibit.timeline.event(span.event.as_str()).is_some());
                links.push((span.text.as_str(), span.event.as_str()));
            }
        }
    }
    assert_eq!(
        links,
        [
            ("March 27, 1953", "amnesty-decree"),
            ("February 1956", "secret-speech")
        ]
    );
}

/// The map's camps are the dossier's 23, with its uncertainties marked and its links kept.
#[test]
fn the_camps_are_the_dossiers_23_with_their_uncertainties() {
    let exhibit = exhibit();
    assert_eq!(exhibit.camps.len(), 23);
    let camp = |id: &str| {
        exhibit
            .camps
            .iter()
            .find(|camp| camp.id == id)
            .unwrap_or_else(|| panic!("no camp {id}"))
    };
    let ekibastuz = camp("ekibastuz");
    assert_eq!(ekibastuz.town, "Ekibastuz");
    assert_eq!(ekibastuz.years(), "1952–1954");
    assert!(ekibastuz
        .terms
        .iter()
        .any(|term| term.as_str() == "solzhenitsyn"));
    assert!(exhibit.term("solzhenitsyn").is_some());
    // The rows the dossier marks ⚠️ (and Pechorlag's "~1959") say what is doubtful.
    for id in ["solovki", "norillag", "pechorlag"] {
        assert!(camp(id).uncertain.is_some(), "{id} hides its uncertainty");
    }
    let uncertain: Vec<&str> = exhibit
        .camps
        .iter()
        .filter(|camp| camp.uncertain.is_some())
        .map(|camp| camp.id.as_str())
        .collect();
    assert_eq!(uncertain, ["solovki", "pechorlag", "norillag"]);
    assert_eq!(camp("vorkutlag").years(), "1938–after 1960");
    assert!(camp("steplag")
        .events
        .iter()
        .any(|event| event.as_str() == "kengir-uprising"));
    // Every camp says what its prisoners did, from a cited handbook, and the works the
    // dossier's table names are among them.
    for camp in &exhibit.camps {
        assert!(camp.work.is_some(), "{} says nothing of the work", camp.id);
        assert!(
            camp.sources
                .iter()
                .any(|source| source.as_str() == "memorial-handbook"),
            "{}: the work needs its source",
            camp.id
        );
    }
    for (id, work) in [
        ("belbaltlag", "White Sea Canal"),
        ("dmitlag", "Moscow–Volga Canal"),
        ("sevvostlag", "Kolyma"),
        ("bamlag", "Baikal–Amur railway"),
        ("ekibastuz", "coal"),
    ] {
        assert!(
            camp(id)
                .work
                .as_deref()
                .is_some_and(|text| text.contains(work)),
            "{id}"
        );
    }
    for camp in &exhibit.camps {
        assert!(!camp.sources.is_empty(), "{} has no source", camp.id);
        assert!(exhibit.source(camp.sources[0].as_str()).is_some());
    }
}
