//! The timeline's zoom and pan as pure arithmetic: which stretch of years the track shows
//! (`?years=1953-1956` in the address), how a zoom step, a pinch or a pan changes it, and
//! how that maps onto the track's width and scroll position.
//!
//! The track runs from 1 January of its first year to 1 January of its end year (the page
//! says which, [`crate::attr::TRACK_FIRST`] and [`crate::attr::TRACK_END`]). What it shows
//! is a [`Window`] of fractional years inside that: zoomed in `n` times, the track is `n`
//! times as wide as its box and scrolled so the window's start is at the box's left edge.
//! Years are taken as equal stretches of the track (a leap day moves a year's start by
//! less than a day's width).

use crate::url::query_value;

/// The narrowest window, in years: zoomed in as far as it goes, the track shows a year.
pub const MIN_SPAN: f64 = 1.0;
/// How much one zoom step (a button, `+` or `-`) zooms in or out.
pub const STEP: f64 = 2.0;

/// `x` kept between `low` and `high` (`low` if it is not a number). Unlike `f64::clamp`,
/// it never panics, so the app's build carries no float formatting for a panic's message.
fn within(x: f64, low: f64, high: f64) -> f64 {
    x.max(low).min(high)
}

/// Whole years, first to last inclusive, as the address writes them (`1953-1956`, or `1953`
/// for one year).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Years {
    pub first: i32,
    pub last: i32,
}

impl Years {
    /// Reads `1953-1956` or `1953`: four-digit years, the first not after the last.
    pub fn parse(value: &str) -> Option<Years> {
        let year = |text: &str| {
            (text.len() == 4 && text.bytes().all(|b| b.is_ascii_digit())).then(|| {
                text.bytes()
                    .fold(0, |year, b| year * 10 + i32::from(b - b'0'))
            })
        };
        let (first, last) = match value.split_once('-') {
            Some((first, last)) => (year(first)?, year(last)?),
            None => (year(value)?, year(value)?),
        };
        (first <= last).then_some(Years { first, last })
    }

    /// The `years` parameter of a query string, if it is one.
    pub fn from_query(query: &str) -> Option<Years> {
        query_value(query, "years").and_then(|value| Years::parse(&value))
    }

    /// How the address writes it.
    pub fn key(&self) -> String {
        if self.first == self.last {
            self.first.to_string()
        } else {
            format!("{}-{}", self.first, self.last)
        }
    }
}

/// A stretch of the track in fractional years: `from` is where the box's left edge is,
/// `to` its right edge.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Window {
    pub from: f64,
    pub to: f64,
}

impl Window {
    pub fn span(&self) -> f64 {
        self.to - self.from
    }
}

/// The track's years: from 1 January of `first` to 1 January of `end`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Track {
    pub first: i32,
    pub end: i32,
}

impl Track {
    /// A track of at least one year.
    pub fn new(first: i32, end: i32) -> Track {
        Track {
            first,
            end: end.max(first + 1),
        }
    }

    fn total(&self) -> f64 {
        f64::from(self.end - self.first)
    }

    /// The whole track: not zoomed.
    pub fn whole(&self) -> Window {
        Window {
            from: f64::from(self.first),
            to: f64::from(self.end),
        }
    }

    /// The nearest window the track can show: at least [`MIN_SPAN`] wide (or the whole
    /// track, if that is shorter) and at most the whole, moved inside the track. Anything
    /// not a number is the whole track.
    pub fn clamp(&self, window: Window) -> Window {
        if !(window.from.is_finite() && window.to.is_finite()) {
            return self.whole();
        }
        let span = self.span(window.span());
        let middle = (window.from + window.to) / 2.0;
        self.place(middle - span / 2.0, span)
    }

    /// A window's width kept between [`MIN_SPAN`] (or the whole track, if that is shorter)
    /// and the whole track.
    fn span(&self, span: f64) -> f64 {
        let total = self.total();
        within(span, MIN_SPAN.min(total), total)
    }

    /// A window `span` wide (at most the whole track) starting at `from`, or as near as the
    /// track allows.
    fn place(&self, from: f64, span: f64) -> Window {
        let from = within(from, f64::from(self.first), f64::from(self.end) - span);
        Window {
            from,
            to: from + span,
        }
    }

    /// The window that shows these years, from 1 January of the first to 1 January after
    /// the last.
    pub fn window_for(&self, years: Years) -> Window {
        self.clamp(Window {
            from: f64::from(years.first),
            to: f64::from(years.last) + 1.0,
        })
    }

    /// Zooms in by `factor` (out if it is below 1), keeping the year at `anchor` (0 the
    /// window's left edge, 1 its right) where it is: under the pointer, between two fingers,
    /// or (for a button or key) the middle.
    pub fn zoom(&self, window: Window, factor: f64, anchor: f64) -> Window {
        if !(factor.is_finite() && factor > 0.0) {
            return window;
        }
        let anchor = if anchor.is_finite() {
            within(anchor, 0.0, 1.0)
        } else {
            0.5
        };
        let at = window.from + anchor * window.span();
        let span = self.span(window.span() / factor);
        // Moved inside the track without changing its span (clamp would keep the middle).
        self.place(at - anchor * span, span)
    }

    /// Moves the window by `by` of its own width (negative: earlier), as far as the track
    /// allows.
    pub fn pan(&self, window: Window, by: f64) -> Window {
        let by = if by.is_finite() { by } else { 0.0 };
        self.place(window.from + by * window.span(), window.span())
    }

    /// How many times the track's box the track is wide.
    pub fn factor(&self, window: Window) -> f64 {
        self.total() / window.span()
    }

    /// Where the box's left edge is, as a fraction of the track's width.
    pub fn scroll(&self, window: Window) -> f64 {
        (window.from - f64::from(self.first)) / self.total()
    }

    /// The window a track zoomed `factor` times and scrolled to `scroll` (a fraction of its
    /// width) shows: what a pan by finger or scroll bar leaves.
    pub fn from_scroll(&self, factor: f64, scroll: f64) -> Window {
        let total = self.total();
        let from = f64::from(self.first) + scroll * total;
        self.clamp(Window {
            from,
            to: from + total / factor,
        })
    }

    /// The whole years a window shows, as the address writes them; `None` for the whole
    /// track. Edges within a few days of a new year round to it, so a window made from
    /// years gives those years back.
    pub fn years(&self, window: Window) -> Option<Years> {
        const SLACK: f64 = 0.02;
        let first = (window.from + SLACK).floor();
        let last = (window.to - SLACK).ceil() - 1.0;
        let first = within(first, f64::from(self.first), f64::from(self.end - 1)) as i32;
        let last = within(last, f64::from(first), f64::from(self.end - 1)) as i32;
        (first > self.first || last < self.end - 1).then_some(Years { first, last })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TRACK: Track = Track {
        first: 1910,
        end: 2030,
    };

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-9
    }

    #[test]
    fn years_read_and_write_as_the_address_has_them() {
        assert_eq!(
            Years::parse("1953-1956"),
            Some(Years {
                first: 1953,
                last: 1956
            })
        );
        assert_eq!(Years::parse("1953").map(|y| y.key()), Some("1953".into()));
        assert_eq!(
            Years::from_query("?a=1&years=1953-1956").map(|years| years.key()),
            Some("1953-1956".into())
        );
        for bad in [
            "",
            "1956-1953",
            "53-56",
            "1953-",
            "-1953",
            "+953",
            "1953-1956-1957",
            "１９５３",
        ] {
            assert_eq!(Years::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn years_give_back_the_same_years() {
        for (first, last) in [(1953, 1956), (1910, 1910), (2029, 2029), (1917, 1991)] {
            let years = Years { first, last };
            assert_eq!(TRACK.years(TRACK.window_for(years)), Some(years));
        }
        assert_eq!(TRACK.years(TRACK.whole()), None);
        assert_eq!(
            TRACK.years(TRACK.window_for(Years {
                first: 1900,
                last: 2100
            })),
            None
        );
    }

    #[test]
    fn a_zoom_step_keeps_its_anchor_and_stays_on_the_track() {
        let window = TRACK.window_for(Years {
            first: 1950,
            last: 1959,
        });
        let zoomed = TRACK.zoom(window, STEP, 0.5);
        assert!(close(zoomed.span(), 5.0));
        assert!(close(zoomed.from + zoomed.span() / 2.0, 1955.0));
        // Out as far as it goes: the whole track.
        let mut out = window;
        for _ in 0..10 {
            out = TRACK.zoom(out, 1.0 / STEP, 0.5);
        }
        assert_eq!(out, TRACK.whole());
        // In as far as it goes: a year.
        let mut deep = window;
        for _ in 0..10 {
            deep = TRACK.zoom(deep, STEP, 0.0);
        }
        assert!(close(deep.span(), MIN_SPAN) && close(deep.from, 1950.0));
        // Zooming at the right edge keeps the window on the track.
        let edge = TRACK.zoom(TRACK.whole(), 0.5, 1.0);
        assert_eq!(edge, TRACK.whole());
    }

    #[test]
    fn scroll_and_factor_describe_the_window() {
        let window = TRACK.window_for(Years {
            first: 1953,
            last: 1956,
        });
        assert!(close(TRACK.factor(window), 30.0));
        assert!(close(TRACK.scroll(window), 43.0 / 120.0));
        let back = TRACK.from_scroll(TRACK.factor(window), TRACK.scroll(window));
        assert!(close(back.from, window.from) && close(back.to, window.to));
        let panned = TRACK.pan(window, 1.0);
        assert!(close(panned.from, 1957.0));
        assert!(close(TRACK.pan(window, -100.0).from, 1910.0));
        assert!(close(TRACK.pan(window, 100.0).to, 2030.0));
    }

    #[test]
    fn nonsense_never_leaves_the_track() {
        let odd = [
            f64::NAN,
            f64::INFINITY,
            -f64::INFINITY,
            0.0,
            -1.0,
            1e300,
            -1e300,
            1e-300,
        ];
        for a in odd {
            for b in odd {
                let windows = [
                    TRACK.clamp(Window { from: a, to: b }),
                    TRACK.zoom(TRACK.whole(), a, b),
                    TRACK.pan(TRACK.whole(), a),
                    TRACK.from_scroll(a.abs().max(1.0), b),
                ];
                for window in windows {
                    assert!(
                        window.from >= 1910.0 && window.to <= 2030.0,
                        "{a} {b} {window:?}"
                    );
                    assert!(window.span() >= MIN_SPAN - 1e-9, "{a} {b} {window:?}");
                }
            }
        }
    }
}
