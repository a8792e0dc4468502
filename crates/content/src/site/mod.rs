//! The exhibit's pages: each view drawn into a whole HTML document at build time, in the
//! edition's language, linking only relatively (so the exhibit works under any path).

mod document;
mod links;

use exhibit_dom::url::Mode;
use exhibit_dom::View;
use maud::{html, Markup};

use crate::core::context::Context;
use crate::core::text::fill;
use crate::core::words::Words;
use crate::credits::{credits, Credited};
use crate::exhibit::Exhibit;
use crate::{essay, figures, glossary, map, sources, timeline};
pub use document::loader;

/// The files the build made that every page links to, relative to the exhibit's root.
#[derive(Debug, Clone)]
pub struct Assets {
    pub stylesheet: String,
    /// The app for the ordinary pages.
    pub code: Code,
    /// The app built for a mode, with only what a page in that mode does (`?mode=embed`);
    /// the loader picks it by the address.
    pub modes: Vec<(Mode, Code)>,
    /// The icon, as a `data:` address: a file would cost a request before the first paint.
    pub favicon: String,
}

/// One build of the app: its JavaScript module (wasm-bindgen's glue) and its WASM, and
/// the stylesheet only its pages need (the kiosk's), loaded before the first paint.
#[derive(Debug, Clone)]
pub struct Code {
    pub script: String,
    pub wasm: String,
    pub stylesheet: Option<String>,
}

/// One page: the view, the file it goes to (relative to the root), and its HTML.
#[derive(Debug, Clone)]
pub struct Page {
    pub view: View,
    pub file: String,
    pub html: String,
    /// The text of each of its inline `<script>` and `<style>` elements: what a
    /// Content-Security-Policy must allow by hash.
    pub inline: Inline,
}

/// The text of a page's inline elements, exactly as written into it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Inline {
    pub scripts: Vec<String>,
    pub styles: Vec<String>,
}

/// Every view's page. `public_url` is the exhibit's address on the web, ending in `/`,
/// if known (for canonical links and link previews).
pub fn pages(
    exhibit: &Exhibit,
    words: &Words,
    assets: &Assets,
    public_url: Option<&str>,
) -> Vec<Page> {
    let links = links::links(exhibit);
    // The same text on every page.
    let loader = loader(assets);
    View::ALL
        .into_iter()
        .map(|view| {
            let ctx = Context {
                view,
                words,
                links: &links,
            };
            let (before_main, main) = view_content(&ctx, exhibit);
            let layout = layout_rules(view, exhibit);
            let title = &exhibit.meta.title;
            let page_title = match view {
                View::Essay => title.clone(),
                _ => fill(
                    &words.site.page_title,
                    &[("view", words.view(view.key())), ("title", title)],
                ),
            };
            let head = document::Head {
                title: &page_title,
                description: words
                    .site
                    .descriptions
                    .get(view.key())
                    .map_or("", String::as_str),
                site_name: title,
            };
            let around = document::Around {
                assets,
                public_url,
                loader: &loader,
                layout: &layout,
            };
            let html = document::document(&ctx, &head, &around, before_main, main);
            Page {
                view,
                file: view.file(),
                html,
                inline: Inline {
                    scripts: vec![loader.clone()],
                    styles: if layout.is_empty() {
                        vec![]
                    } else {
                        vec![layout]
                    },
                },
            }
        })
        .collect()
}

/// Where the kiosk's parts are written, relative to the root.
pub use exhibit_dom::kiosk::PARTS_FILE as KIOSK_FILE;

/// The museum touch screen's parts ([`crate::kiosk`]), with a QR code for every outside
/// address `pages` link to. `version` is the build's; `pin` the operators' PIN set at
/// build time, if any.
pub fn kiosk(
    exhibit: &Exhibit,
    words: &Words,
    pages: &[Page],
    version: &str,
    pin: Option<&str>,
) -> String {
    let eras = exhibit
        .timeline
        .eras
        .iter()
        .map(|era| (era.label.clone(), era.when.label(&words.dates)))
        .collect();
    crate::kiosk::document(
        words,
        &crate::kiosk::Kiosk {
            title: &exhibit.meta.title,
            kicker: &exhibit.meta.kicker,
            standfirst: &exhibit.meta.standfirst,
            eras,
            outside: crate::kiosk::outside_addresses(pages.iter().map(|page| page.html.as_str())),
            version,
            pin,
        },
    )
}

/// Where a view's oEmbed description is written, relative to the root.
pub fn oembed_file(view: View) -> String {
    format!("oembed/{}.json", view.key())
}

/// Every view's oEmbed description (`type: rich`), so that platforms that speak oEmbed can
/// embed the exhibit from a pasted link. Only with the exhibit's public address, as oEmbed
/// wants absolute addresses: files to write, relative to the root, and their JSON.
pub fn oembed(exhibit: &Exhibit, words: &Words, public_url: &str) -> Vec<(String, String)> {
    use exhibit_dom::embed::{Snippet, DEFAULT_ID, START_HEIGHT};
    let title = &exhibit.meta.title;
    View::ALL
        .into_iter()
        .map(|view| {
            let page = format!("{public_url}{}", view.dir());
            let html = Snippet {
                src: &format!("{page}?mode=embed"),
                title: &fill(&words.embed.frame_title, &[("title", title)]),
                width: None,
                height: None,
                script: &format!("{public_url}embed.js"),
                fallback_href: &page,
                fallback_text: &fill(&words.embed.fallback, &[("title", title)]),
                id: DEFAULT_ID,
            }
            .html();
            let json = serde_json::json!({
                "version": "1.0",
                "type": "rich",
                "title": title,
                "provider_name": title,
                "provider_url": public_url,
                "html": html,
                "width": 800,
                "height": START_HEIGHT,
            });
            (oembed_file(view), json.to_string())
        })
        .collect()
}

/// What a view shows: above `<main>` (the essay's title page) and in it.
fn view_content(ctx: &Context, exhibit: &Exhibit) -> (Markup, Markup) {
    match ctx.view {
        View::Essay => (
            essay::title_page::title_page(ctx, &exhibit.meta),
            html! {
                (essay::render::essay(ctx, &exhibit.essay))
                (essay::render::note_panel(ctx, exhibit.notes.len()))
                div class="ex-back-matter" {
                    (essay::render::notes(ctx, &exhibit.notes))
                    (sources::render::sources(ctx, &exhibit.sources))
                }
            },
        ),
        View::Timeline => {
            let blocks: Vec<String> = exhibit
                .essay
                .blocks
                .iter()
                .map(|block| block.anchor.clone())
                .collect();
            (
                html! {},
                timeline::render::timeline(ctx, &exhibit.timeline, &blocks),
            )
        }
        View::Glossary => (
            html! {},
            glossary::render::glossary(ctx, &exhibit.glossary, |term| {
                exhibit.essay.first_mark(&term.id, false)
            }),
        ),
        View::Figures => (html! {}, figures_page(ctx, exhibit)),
    }
}

/// The rules that place a view's parts (the timeline's marks, the map's pins), laid out at
/// build time, for the `<style>` in its page's head; empty if it has none.
fn layout_rules(view: View, exhibit: &Exhibit) -> String {
    match view {
        View::Timeline => timeline::render::timeline_rules(&exhibit.timeline),
        View::Figures => map::render::map_rules(&exhibit.map, &exhibit.camps),
        View::Essay | View::Glossary => String::new(),
    }
}

/// The figures' page: the camp map, the charts, any photographs, and every picture's
/// full credit.
fn figures_page(ctx: &Context, exhibit: &Exhibit) -> Markup {
    let map_words = &ctx.words.credits;
    let outline = &exhibit.map.outline;
    let made_from = fill(
        &map_words.provenance,
        &[
            ("data", &outline.data),
            ("package", &outline.package),
            ("count", &outline.countries.len().to_string()),
            ("projection", &outline.projection),
            ("simplification", &outline.simplification),
        ],
    );
    let pictures: Vec<Credited> = std::iter::once(Credited {
        id: map::render::MAP_ID,
        title: &exhibit.map.texts.title,
        credit: &exhibit.map.credit,
        sources: &exhibit.map.sources,
        made_from: Some(made_from),
    })
    .chain(exhibit.figures.iter().map(|figure| Credited {
        id: &figure.id,
        title: &figure.texts.title,
        credit: &figure.credit,
        sources: &figure.sources,
        made_from: None,
    }))
    .chain(exhibit.photos.iter().map(|photo| Credited {
        id: &photo.id,
        title: &photo.texts.title,
        credit: &photo.credit,
        sources: &[],
        made_from: None,
    }))
    .collect();
    html! {
        section class="ex-figures" id="figures" aria-labelledby=(exhibit_dom::id::VIEW_TITLE) {
            h1 class="ex-figures__title" id=(exhibit_dom::id::VIEW_TITLE) tabindex="-1" { (ctx.words.figures.title) }
            (map::render::map(ctx, &exhibit.map, &exhibit.camps))
            @for figure in &exhibit.figures {
                (figures::render::chart(ctx, figure))
            }
            @for photo in &exhibit.photos {
                (figures::render::photo(ctx, photo))
            }
        }
        (credits(ctx, &pictures, !exhibit.photos.is_empty()))
    }
}
