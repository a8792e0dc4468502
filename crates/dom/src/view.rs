//! The exhibit's views: each is a page of its own, prerendered at build time.

/// One view of the exhibit, each at its own address below the exhibit's root.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub enum View {
    /// The essay, both readings, its editorial notes and its sources (`index.html`).
    #[default]
    Essay,
    /// The timeline, 1918–2022 (`timeline/`).
    Timeline,
    /// Every glossary term, A–Z (`glossary/`).
    Glossary,
    /// The camp map, the charts and the image credits (`figures/`).
    Figures,
}

impl View {
    /// Every view, in the order the navigation lists them.
    pub const ALL: [View; 4] = [View::Essay, View::Timeline, View::Glossary, View::Figures];

    /// The view's name in markup (`data-view`) and in old links (`#view=timeline`).
    pub fn key(self) -> &'static str {
        match self {
            View::Essay => "essay",
            View::Timeline => "timeline",
            View::Glossary => "glossary",
            View::Figures => "figures",
        }
    }

    /// The view named by [`View::key`].
    pub fn from_key(key: &str) -> Option<View> {
        View::ALL.into_iter().find(|view| view.key() == key)
    }

    /// The view's folder below the exhibit's root, as a link writes it: `""` for the
    /// essay (the root itself), `"timeline/"` for the others.
    pub fn dir(self) -> &'static str {
        match self {
            View::Essay => "",
            View::Timeline => "timeline/",
            View::Glossary => "glossary/",
            View::Figures => "figures/",
        }
    }

    /// The way back from the view's folder to the root: `""` or `"../"`.
    pub fn to_root(self) -> &'static str {
        match self {
            View::Essay => "",
            _ => "../",
        }
    }

    /// The file the build writes the view to, relative to the root.
    pub fn file(self) -> String {
        format!("{}index.html", self.dir())
    }

    /// The view whose folder a path below the root names: `""`, `"index.html"`,
    /// `"timeline/"`, `"timeline"` or `"timeline/index.html"`. Anything else is none.
    pub fn from_path(path: &str) -> Option<View> {
        let path = path.strip_suffix("index.html").unwrap_or(path);
        let path = path.strip_suffix('/').unwrap_or(path);
        if path.is_empty() {
            return Some(View::Essay);
        }
        View::ALL
            .into_iter()
            .find(|view| !view.dir().is_empty() && view.dir().trim_end_matches('/') == path)
    }

    /// A link from `from` to an anchor (or to the top, for `""`) on this view.
    pub fn href_from(self, from: View, anchor: &str) -> String {
        let mut href = String::new();
        if from != self {
            href.push_str(from.to_root());
            href.push_str(self.dir());
        }
        if href.is_empty() && anchor.is_empty() {
            // The top of a view from itself: "./" (an empty href would keep the query).
            href.push_str("./");
        }
        if !anchor.is_empty() {
            href.push('#');
            href.push_str(anchor);
        }
        href
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_round_trip() {
        for view in View::ALL {
            assert_eq!(View::from_key(view.key()), Some(view));
            assert_eq!(View::from_path(view.dir()), Some(view));
            assert_eq!(View::from_path(&view.file()), Some(view));
        }
        assert_eq!(View::from_path("timeline"), Some(View::Timeline));
        assert_eq!(View::from_path("elsewhere/"), None);
        assert_eq!(View::from_key("map"), None);
    }

    #[test]
    fn links_are_relative() {
        assert_eq!(
            View::Glossary.href_from(View::Essay, "glossary-gulag"),
            "glossary/#glossary-gulag"
        );
        assert_eq!(View::Essay.href_from(View::Timeline, "p2"), "../#p2");
        assert_eq!(
            View::Figures.href_from(View::Timeline, "camp-x"),
            "../figures/#camp-x"
        );
        assert_eq!(
            View::Timeline.href_from(View::Timeline, "event-x"),
            "#event-x"
        );
        assert_eq!(View::Essay.href_from(View::Glossary, ""), "../");
        assert_eq!(View::Essay.href_from(View::Essay, ""), "./");
        assert_eq!(View::Timeline.href_from(View::Timeline, ""), "./");
    }
}
