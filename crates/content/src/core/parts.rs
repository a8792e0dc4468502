//! Small pieces of markup that several features draw the same way.

use exhibit_dom::{id, View};
use maud::{html, Markup};

use super::context::Context;
use super::picture::PictureTexts;

/// A group of radio buttons for one of the reader's settings, the first checked:
/// `options` are (value, label, short hint). The stylesheet answers the checked one; the
/// app keeps the address in step.
pub fn choice(legend: &str, name: &str, options: &[(&str, &str, &str)]) -> Markup {
    html! {
        fieldset class="ex-choice" {
            legend class="ex-choice__legend" { (legend) }
            @for (i, (value, label, hint)) in options.iter().enumerate() {
                label class="ex-choice__option" {
                    input type="radio" name=(name) value=(value) id=(id::choice(name, value)) checked[i == 0];
                    span class="ex-choice__label" { (label) }
                    @if !hint.is_empty() {
                        span class="ex-choice__hint" { (hint) }
                    }
                }
            }
        }
    }
}

/// A doubt, flagged: "⚠ Uncertain: …" (nothing if there is none).
pub fn doubt(label: &str, text: Option<&str>) -> Markup {
    html! {
        @if let Some(text) = text {
            p class="ex-tl-body__doubt" {
                strong { span aria-hidden="true" { "⚠ " } (label) }
                (text)
            }
        }
    }
}

/// What names and frames a picture.
pub struct Frame<'a> {
    pub id: &'a str,
    /// The section's classes.
    pub class: &'a str,
    pub texts: &'a PictureTexts,
    pub credit_line: &'a str,
}

/// A picture's section: its heading, then `picture` and the caption (with `caption_extra`
/// and the credit line) in a `<figure>`, then `after` (the data table).
pub fn figure_section(
    ctx: &Context,
    frame: Frame,
    caption_extra: Markup,
    picture: Markup,
    after: Markup,
) -> Markup {
    let Frame {
        id: figure_id,
        class,
        texts,
        credit_line,
    } = frame;
    let section_id = id::figure(figure_id);
    let title_id = format!("{section_id}-title");
    html! {
        section class=(class) id=(section_id) aria-labelledby=(title_id) {
            h2 class="ex-figure__title" id=(title_id) { (texts.title) }
            figure class="ex-figure__picture" {
                (picture)
                figcaption class="ex-figure__caption" {
                    (texts.caption) (caption_extra)
                    span class="ex-figure__credit" {
                        (credit_line) " "
                        a href=(ctx.href(View::Figures, &id::credit(figure_id))) { (ctx.words.figures.full_credit) }
                    }
                }
            }
            (after)
        }
    }
}
