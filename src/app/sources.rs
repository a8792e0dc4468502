//! The Sources section: full citations for every work the exhibit cites.

use leptos::prelude::*;

use super::notes::source_anchor;
use crate::content::{Exhibit, Source};

/// Every cited work, as a numbered list of full citations.
#[component]
pub fn SourcesList(
    /// The validated content.
    exhibit: &'static Exhibit,
) -> impl IntoView {
    let items = exhibit
        .sources
        .iter()
        .map(|source| {
            view! {
                <li id=source_anchor(source.id.as_str())>
                    <Citation source=source />
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="ex-sources" id="sources" aria-labelledby="sources-title">
            <h2 id="sources-title">"Sources"</h2>
            <ol class="ex-sources__list">{items}</ol>
        </section>
    }
}

/// One citation: author, title, container, details, date, address.
#[component]
pub fn Citation(
    /// The work to cite.
    source: &'static Source,
) -> impl IntoView {
    let author = source
        .author
        .clone()
        .map(|author| format!("{}. ", author.trim_end_matches('.')));
    let title = if source.kind.title_is_italic() {
        view! { <cite>{source.title.clone()}</cite>". " }.into_any()
    } else {
        view! { "“"{source.title.clone()}".” " }.into_any()
    };
    let container = source
        .container
        .clone()
        .map(|container| view! { <i>{container}</i> });
    let tail: Vec<String> = [source.details.clone(), source.date.clone()]
        .into_iter()
        .flatten()
        .collect();
    let tail = match (container.is_some(), tail.is_empty()) {
        (_, false) => format!(
            "{}{}. ",
            if container.is_some() { ", " } else { "" },
            tail.join(", ")
        ),
        (true, true) => ". ".to_owned(),
        (false, true) => String::new(),
    };
    let url = source.url.as_deref().map(|url| {
        view! { <a class="ex-source__url" href=url.to_owned()>{url.to_owned()}</a> }
    });
    view! {
        <span class="ex-source">{author}{title}{container}{tail}{url}</span>
    }
}
