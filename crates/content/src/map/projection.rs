//! The map's projection: latitude and longitude to plane coordinates, and the fit of a
//! set of projected points into an SVG viewBox. Pure arithmetic, run at build time only
//! (floats are fine here: nothing in the browser depends on their rounding).
//!
//! The projection is Albers' equal-area conic on a sphere, centred on 100°E with standard
//! parallels 52°N and 64°N. The Soviet Union spanned about 170 degrees of longitude but
//! mostly lay between 40°N and 75°N, which is what a conic projection suits: distortion is
//! least near the two standard parallels, which sit about a sixth of the way in from each
//! end of the 40°–75° band, and 100°E is roughly the middle of its east–west extent (from
//! about 20°E to Chukotka at 170°W), so the map is close to symmetric. Equal area matters
//! for an exhibit about the camps: Kolyma and the Kazakh steppe are not made to look larger
//! or smaller than they were.
//!
//! Longitudes are taken relative to the central meridian and wrapped into −180..180, so
//! Chukotka, east of 180° (written with negative longitudes such as −170), continues the
//! map eastwards instead of jumping to its far western edge.

/// The central meridian, in degrees east.
pub const CENTRAL_MERIDIAN: f64 = 100.0;
/// The two standard parallels, in degrees north.
pub const STANDARD_PARALLELS: (f64, f64) = (52.0, 64.0);
/// The latitude whose projection on the central meridian is y = 0, in degrees north.
pub const ORIGIN_LATITUDE: f64 = 58.0;

/// A point on the projected plane (unit sphere): x grows eastwards, y grows northwards.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Projected {
    pub x: f64,
    pub y: f64,
}

/// Longitude east of the central meridian, wrapped into −180..180 degrees.
pub fn relative_longitude(lon: f64) -> f64 {
    let delta = (lon - CENTRAL_MERIDIAN).rem_euclid(360.0);
    if delta >= 180.0 {
        delta - 360.0
    } else {
        delta
    }
}

/// The cone constant n, and C, of the projection.
fn constants() -> (f64, f64) {
    let (phi1, phi2) = (
        STANDARD_PARALLELS.0.to_radians(),
        STANDARD_PARALLELS.1.to_radians(),
    );
    let n = (phi1.sin() + phi2.sin()) / 2.0;
    let c = phi1.cos().powi(2) + 2.0 * n * phi1.sin();
    (n, c)
}

/// The distance from the cone's apex of the parallel at `lat` degrees.
fn rho(lat: f64, n: f64, c: f64) -> f64 {
    (c - 2.0 * n * lat.to_radians().sin()).max(0.0).sqrt() / n
}

/// Projects a point given in degrees (north and east positive).
pub fn project(lat: f64, lon: f64) -> Projected {
    let (n, c) = constants();
    let theta = n * relative_longitude(lon).to_radians();
    let r = rho(lat, n, c);
    Projected {
        x: r * theta.sin(),
        y: rho(ORIGIN_LATITUDE, n, c) - r * theta.cos(),
    }
}

/// How projected points map into an SVG viewBox `0 0 width height` (y downwards).
#[derive(Debug, Clone, Copy, PartialEq, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Fit {
    pub width: u32,
    pub height: u32,
    /// ViewBox units per unit of the projected plane.
    pub scale: f64,
    /// The projected x at the left margin, and y at the top margin.
    pub min_x: f64,
    pub max_y: f64,
    pub margin: f64,
}

impl Fit {
    /// Fits `points` into a viewBox `width` wide with `margin` units free on every side,
    /// keeping their aspect ratio; the height follows (rounded up). `None` if there are no
    /// points, a coordinate is not finite, or the margins leave no room.
    pub fn new(points: &[Projected], width: u32, margin: u32) -> Option<Fit> {
        let first = points.first()?;
        if points.iter().any(|p| !p.x.is_finite() || !p.y.is_finite()) || 2 * margin >= width {
            return None;
        }
        let (mut min_x, mut max_x, mut min_y, mut max_y) = (first.x, first.x, first.y, first.y);
        for p in points {
            min_x = min_x.min(p.x);
            max_x = max_x.max(p.x);
            min_y = min_y.min(p.y);
            max_y = max_y.max(p.y);
        }
        let inner = f64::from(width - 2 * margin);
        let span_x = max_x - min_x;
        let span_y = max_y - min_y;
        // A single point, or points in a vertical line, still get a finite scale.
        let scale = if span_x > 0.0 {
            inner / span_x
        } else if span_y > 0.0 {
            inner / span_y
        } else {
            1.0
        };
        let height = (span_y * scale).ceil() + 2.0 * f64::from(margin);
        Some(Fit {
            width,
            height: height.max(1.0) as u32,
            scale,
            min_x,
            max_y,
            margin: f64::from(margin),
        })
    }

    /// The `viewBox` attribute: "0 0 width height".
    pub fn view_box(&self) -> String {
        format!("0 0 {} {}", self.width, self.height)
    }

    /// A projected point in viewBox units: x to the right, y downwards (north is up).
    pub fn place(&self, p: Projected) -> (f64, f64) {
        (
            self.margin + (p.x - self.min_x) * self.scale,
            self.margin + (self.max_y - p.y) * self.scale,
        )
    }

    /// Whether a placed point lies inside the viewBox.
    pub fn contains(&self, (x, y): (f64, f64)) -> bool {
        (0.0..=f64::from(self.width)).contains(&x) && (0.0..=f64::from(self.height)).contains(&y)
    }
}
