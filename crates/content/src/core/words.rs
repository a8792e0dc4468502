//! The interface's wording, in one place: every label, heading and hint the pages show
//! that is not content. It is read from a locale file (`assets/locales/en.toml`), so an
//! edition in another language is a second file, not a change to the code. Slots such as
//! `{name}` are filled at build time; a few (marked in the file) are filled by the app.

use std::collections::BTreeMap;

use serde::Deserialize;

use super::check::Check;
use super::problem::Problem;

/// The wording of one edition.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Words {
    /// The language of the edition, as `<html lang>` takes it.
    pub lang: String,
    pub site: SiteWords,
    pub title_page: TitlePageWords,
    pub essay: EssayWords,
    pub notes: NoteWords,
    pub glossary: GlossaryWords,
    pub timeline: TimelineWords,
    pub figures: FigureWords,
    pub map: MapWords,
    pub credits: CreditWords,
    pub embed: EmbedWords,
    pub kiosk: KioskWords,
    pub dates: DateWords,
    /// Each verdict's label, by its key in notes.toml (`wrong = "Wrong"`).
    pub verdicts: BTreeMap<String, String>,
    /// Each kind of glossary entry's label, by its key in glossary.toml.
    pub kinds: BTreeMap<String, String>,
}

/// Every page: navigation, the view names, titles and descriptions, the footer.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SiteWords {
    pub skip: String,
    pub nav_label: String,
    /// Each view's name in the navigation and in page titles, by its key (`timeline`).
    pub views: BTreeMap<String, String>,
    /// Each view's description for search engines and link previews, by its key.
    pub descriptions: BTreeMap<String, String>,
    /// A view's page title: `{view}` and `{title}` (the exhibit's).
    pub page_title: String,
    pub footer: String,
    /// Shown when the interactive parts could not start.
    pub failure: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TitlePageWords {
    pub byline: String,
    /// `{source}`: the short form of the source the essay paraphrases.
    pub full_citation: String,
    pub guide_title: String,
    /// The guide's legend, in pieces around three samples.
    pub legend_noted: String,
    pub legend_noted_after: String,
    pub legend_changed_after: String,
    pub legend_term: String,
    pub legend_term_after: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EssayWords {
    pub title: String,
    pub editorial_label: String,
    pub reading: String,
    pub original: String,
    pub original_hint: String,
    pub edited: String,
    pub edited_hint: String,
    pub marks: String,
    pub marks_first: String,
    pub marks_first_hint: String,
    pub marks_all: String,
    pub marks_none: String,
    /// Before a note's number in its marker (for screen readers).
    pub marker: String,
    /// The card's label; `{name}` is filled by the app with the term's name.
    pub card_label: String,
    pub card_entry: String,
    /// The card's close button; `{name}` is filled by the app.
    pub card_close: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NoteWords {
    pub list_title: String,
    pub show_in_text: String,
    /// After "Show in the text", for screen readers: `{n}`.
    pub show_in_text_which: String,
    /// The panel's kicker: `{n}` is filled by the app, `{total}` at build time.
    pub kicker: String,
    pub panel_label: String,
    pub close: String,
    pub previous: String,
    pub next: String,
    pub in_text: String,
    pub edited_reading: String,
    pub correction: String,
    pub sources_differ: String,
    pub sources: String,
    pub sources_title: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GlossaryWords {
    pub title: String,
    /// `{count}`: how many entries.
    pub intro: String,
    pub back: String,
    pub letters_label: String,
    pub russian: String,
    pub see_also: String,
    pub on_timeline: String,
    pub on_map: String,
    pub terms: String,
    pub in_essay: String,
    /// `{why}`: why the glossary has a term the essay never marks.
    pub not_in_essay: String,
    pub sources: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TimelineWords {
    /// `{years}`: "1918–2022".
    pub title: String,
    /// `{count}`: how many events.
    pub intro: String,
    pub show_as: String,
    pub as_track: String,
    pub as_list: String,
    /// `{years}`.
    pub track_label: String,
    pub track_help: String,
    /// The zoom's buttons: the group's name, out, in, all years, and the years the
    /// timeline's file names as the essay's (`{first}`, `{last}`).
    pub zoom: String,
    pub zoom_out: String,
    pub zoom_in: String,
    pub zoom_all: String,
    pub zoom_years: String,
    /// `{years}`: which years the track shows, as the app writes them ("1953–1956").
    pub showing: String,
    pub selected: String,
    pub prompt: String,
    pub steps_label: String,
    pub earlier: String,
    pub later: String,
    pub all: String,
    pub uncertain: String,
    pub sources_differ: String,
    pub uncertain_label: String,
    pub in_essay: String,
    /// `{n}` and `{title}`.
    pub note_link: String,
    pub sources: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FigureWords {
    pub title: String,
    pub show_data: String,
    pub uncertain: String,
    /// `{why}`.
    pub uncertain_why: String,
    pub full_credit: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MapWords {
    pub borders: String,
    pub camp: String,
    pub special_camp: String,
    pub intro: String,
    pub camps_label: String,
    pub special: String,
    /// `{work}`.
    pub work: String,
    /// What a cluster of pins is called: `{count}`, `{names}`.
    pub cluster: String,
    pub uncertain: String,
    pub column_camp: String,
    pub column_town: String,
    pub column_years: String,
    pub column_place: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CreditWords {
    pub title: String,
    pub intro_no_photo: String,
    pub intro: String,
    pub creator: String,
    pub date: String,
    pub source: String,
    pub licence: String,
    pub modifications: String,
    pub made_from: String,
    pub credit_line: String,
    pub data_sources: String,
    /// How the map's outline was made: `{data}`, `{package}`, `{count}`, `{projection}`,
    /// `{simplification}`.
    pub provenance: String,
}

/// Embedding the exhibit in another page: the dialog that builds the code, and the frame.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EmbedWords {
    /// In a frame: the link to the whole exhibit.
    pub open_full: String,
    pub button: String,
    pub title: String,
    pub intro: String,
    pub start: String,
    pub start_here: String,
    pub start_top: String,
    pub height: String,
    pub height_auto: String,
    pub height_auto_hint: String,
    pub height_fixed: String,
    pub height_px: String,
    pub width_px: String,
    pub theme: String,
    pub theme_auto: String,
    pub theme_light: String,
    pub theme_dark: String,
    pub code: String,
    pub copy: String,
    pub copied: String,
    pub close: String,
    /// The frame's title for screen readers: `{title}` (the exhibit's).
    pub frame_title: String,
    /// The link under the frame: `{title}`.
    pub fallback: String,
}

/// The museum touch screen: its attract screen, the inactivity warning, the operators'
/// panel and the QR codes that stand for outside links.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KioskWords {
    /// The title of the file that holds these parts: `{title}` (the exhibit's).
    pub document_title: String,
    pub begin: String,
    pub eras: String,
    pub still_reading: String,
    /// Around the countdown: `{seconds}` (the app counts down in it).
    pub countdown: String,
    pub keep_reading: String,
    pub start_over: String,
    pub operator: String,
    pub pin: String,
    pub pin_wrong: String,
    pub pin_clear: String,
    pub pin_enter: String,
    pub version: String,
    pub device: String,
    pub uptime: String,
    pub resets: String,
    pub offline: String,
    pub yes: String,
    pub no: String,
    pub last_error: String,
    pub none: String,
    pub reload: String,
    pub close: String,
    /// Under a QR code: `{address}`.
    pub scan: String,
}

/// How dates read.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DateWords {
    /// The months after a day: "27 March 1953".
    pub months_after_day: Vec<String>,
    /// The months on their own: "March 1953".
    pub months: Vec<String>,
    /// The months in short, on the timeline's axis: "Apr".
    pub months_short: Vec<String>,
    /// Between the last two of several dates: "13 or 25 January 1960".
    pub or: String,
    /// A closing year known only as a bound: `{year}`.
    pub after: String,
}

impl DateWords {
    /// English, for curators' messages (which are always in English).
    pub fn english() -> DateWords {
        let months: Vec<String> = [
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
        ]
        .map(String::from)
        .to_vec();
        DateWords {
            months_after_day: months.clone(),
            months_short: months.iter().map(|month| month[..3].to_owned()).collect(),
            months,
            or: "or".to_owned(),
            after: "after {year}".to_owned(),
        }
    }

    /// A month's name (1–12), after a day or on its own.
    pub fn month(&self, month: u8, after_day: bool) -> &str {
        let names = if after_day {
            &self.months_after_day
        } else {
            &self.months
        };
        names
            .get(usize::from(month).wrapping_sub(1))
            .map_or("", String::as_str)
    }
}

impl Words {
    /// A view's name, as the navigation shows it.
    pub fn view<'a>(&'a self, key: &'a str) -> &'a str {
        self.site.views.get(key).map_or(key, String::as_str)
    }

    pub fn verdict<'a>(&'a self, key: &'a str) -> &'a str {
        self.verdicts.get(key).map_or(key, String::as_str)
    }

    pub fn kind<'a>(&'a self, key: &'a str) -> &'a str {
        self.kinds.get(key).map_or(key, String::as_str)
    }

    /// Checks what serde cannot: twelve months, a name for every view, verdict and kind,
    /// and the slots each template must have. `file` names the locale file.
    pub fn check(
        &self,
        file: &'static str,
        views: &[&str],
        verdicts: &[&str],
        kinds: &[&str],
    ) -> Vec<Problem> {
        let mut problems = Vec::new();
        let mut check = Check::new(file, &mut problems);
        for (field, months) in [
            ("dates › months", &self.dates.months),
            ("dates › months_short", &self.dates.months_short),
            ("dates › months_after_day", &self.dates.months_after_day),
        ] {
            if months.len() != 12 {
                check.problem(
                    field,
                    format!(
                        "give the twelve months, January first ({} given).",
                        months.len()
                    ),
                );
            }
        }
        let sections = [
            ("site › views", &self.site.views, views),
            ("site › descriptions", &self.site.descriptions, views),
            ("verdicts", &self.verdicts, verdicts),
            ("kinds", &self.kinds, kinds),
        ];
        for (field, names, keys) in sections {
            for key in keys.iter().filter(|key| !names.contains_key(**key)) {
                check.problem(
                    field,
                    format!("there is no wording for \"{key}\": add {key} = \"…\"."),
                );
            }
        }
        let slots: [(&str, &str, &[&str]); 18] = [
            ("embed › frame_title", &self.embed.frame_title, &["title"]),
            (
                "kiosk › document_title",
                &self.kiosk.document_title,
                &["title"],
            ),
            ("kiosk › countdown", &self.kiosk.countdown, &["seconds"]),
            ("kiosk › scan", &self.kiosk.scan, &["address"]),
            ("embed › fallback", &self.embed.fallback, &["title"]),
            (
                "site › page_title",
                &self.site.page_title,
                &["view", "title"],
            ),
            (
                "title_page › full_citation",
                &self.title_page.full_citation,
                &["source"],
            ),
            ("essay › card_label", &self.essay.card_label, &["name"]),
            ("essay › card_close", &self.essay.card_close, &["name"]),
            ("notes › kicker", &self.notes.kicker, &["n", "total"]),
            (
                "notes › show_in_text_which",
                &self.notes.show_in_text_which,
                &["n"],
            ),
            ("glossary › intro", &self.glossary.intro, &["count"]),
            (
                "glossary › not_in_essay",
                &self.glossary.not_in_essay,
                &["why"],
            ),
            ("timeline › title", &self.timeline.title, &["years"]),
            (
                "timeline › note_link",
                &self.timeline.note_link,
                &["n", "title"],
            ),
            ("map › work", &self.map.work, &["work"]),
            ("map › cluster", &self.map.cluster, &["count", "names"]),
            ("dates › after", &self.dates.after, &["year"]),
        ];
        for (field, template, names) in slots {
            for name in names
                .iter()
                .filter(|name| !template.contains(&format!("{{{name}}}")))
            {
                check.problem(field, format!("the wording must keep the slot {{{name}}}."));
            }
        }
        problems
    }
}
