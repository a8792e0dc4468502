//! Embedding the exhibit in another site's page: the link a frame shows to the whole
//! exhibit, and the dialog that builds the code an embedder pastes (the app fills in the
//! code; the addresses and messages are in `exhibit_dom::embed`).

use exhibit_dom::{id, input};
use maud::{html, Markup};

use crate::core::context::Context;
use crate::core::parts::choice;
use crate::core::text::fill;

/// In a frame (`?mode=embed`): a small link that opens this view of the exhibit in a tab of
/// its own. It opens the page's `main` (so that it is in a landmark); the stylesheet shows it
/// only in a frame.
pub fn open_full(ctx: &Context) -> Markup {
    html! {
        p class="ex-embed-bar" {
            a class="ex-embed-full" id=(id::EMBED_FULL) href=(ctx.href(ctx.view, "")) target="_blank" rel="noopener" {
                (ctx.words.embed.open_full)
            }
        }
    }
}

/// The button that opens the dialog (shown only while the app runs, and not in a frame).
pub fn button(ctx: &Context) -> Markup {
    html! {
        button type="button" class="ex-button ex-embed-button" id=(id::EMBED_BUTTON) aria-haspopup="dialog" {
            (ctx.words.embed.button)
        }
    }
}

/// The dialog: where the frame starts, its height, width and colours, and the code.
/// `title` is the exhibit's.
pub fn dialog(ctx: &Context, title: &str) -> Markup {
    let words = &ctx.words.embed;
    let number = |name: &str, label: &str, value: Option<u32>| {
        html! {
            label class="ex-embed__field" {
                span { (label) }
                input type="number" name=(name) id=(name) min="1" max="10000" step="1" inputmode="numeric"
                    value=[value];
            }
        }
    };
    html! {
        dialog class="ex-embed" id=(id::EMBED_DIALOG) aria-labelledby="ex-embed-title" {
            h2 id="ex-embed-title" { (words.title) }
            p { (words.intro) }
            form id=(id::EMBED_FORM) method="dialog"
                data-frame-title=(fill(&words.frame_title, &[("title", title)]))
                data-fallback=(fill(&words.fallback, &[("title", title)])) {
                (choice(&words.start, input::EMBED_START, &[
                    (input::EMBED_START_HERE, &words.start_here, ""),
                    (input::EMBED_START_TOP, &words.start_top, ""),
                ]))
                (choice(&words.height, input::EMBED_HEIGHT, &[
                    (input::EMBED_HEIGHT_AUTO, &words.height_auto, &words.height_auto_hint),
                    (input::EMBED_HEIGHT_FIXED, &words.height_fixed, ""),
                ]))
                (number(input::EMBED_HEIGHT_PX, &words.height_px, Some(exhibit_dom::embed::START_HEIGHT)))
                (number(input::EMBED_WIDTH_PX, &words.width_px, None))
                (choice(&words.theme, input::EMBED_THEME, &[
                    ("auto", &words.theme_auto, ""),
                    ("light", &words.theme_light, ""),
                    ("dark", &words.theme_dark, ""),
                ]))
                label class="ex-embed__field" for=(id::EMBED_CODE) { (words.code) }
                textarea class="ex-embed__code" id=(id::EMBED_CODE) rows="7" readonly spellcheck="false" {}
                p class="ex-embed__actions" {
                    button type="button" class="ex-button" id=(id::EMBED_COPY) { (words.copy) }
                    span class="ex-embed__copied" id=(id::EMBED_COPIED) role="status" data-template=(words.copied) {}
                    button type="submit" class="ex-button" id=(id::EMBED_CLOSE) { (words.close) }
                }
            }
        }
    }
}
