//! The map's projection and its fit into a viewBox.

mod common;

use exhibit_content::map::projection::{
    project, relative_longitude, Fit, Projected, CENTRAL_MERIDIAN,
};

#[test]
fn the_central_meridian_maps_to_x_zero() {
    for lat in [40.0, 52.0, 58.0, 64.0, 80.0] {
        assert!(project(lat, CENTRAL_MERIDIAN).x.abs() < 1e-12);
    }
    assert!(project(58.0, CENTRAL_MERIDIAN).y.abs() < 1e-12);
}

#[test]
fn points_further_east_have_larger_x() {
    let mut last = f64::NEG_INFINITY;
    for lon in [20.0, 40.0, 60.0, 100.0, 120.0, 150.0, 179.9, -179.9, -170.0] {
        let x = project(60.0, lon).x;
        assert!(x > last, "lon {lon} is not east of the previous one");
        last = x;
    }
}

#[test]
fn the_antimeridian_does_not_tear_chukotka() {
    assert!((relative_longitude(-170.0) - 90.0).abs() < 1e-9);
    assert!((relative_longitude(170.0) - 70.0).abs() < 1e-9);
    let east = project(66.0, 179.9);
    let west = project(66.0, -179.9);
    let apart = ((east.x - west.x).powi(2) + (east.y - west.y).powi(2)).sqrt();
    let degree = {
        let a = project(66.0, 100.0);
        let b = project(66.0, 101.0);
        ((a.x - b.x).powi(2) + (a.y - b.y).powi(2)).sqrt()
    };
    // 0.2 degrees apart, not 359.8.
    assert!(apart < degree * 0.25, "{apart} vs one degree {degree}");
}

#[test]
fn north_is_up_after_fitting() {
    let points: Vec<Projected> = [(40.0, 60.0), (75.0, 60.0), (50.0, 140.0)]
        .iter()
        .map(|&(lat, lon)| project(lat, lon))
        .collect();
    let fit = Fit::new(&points, 1000, 10).expect("a fit");
    for lon in [30.0, 100.0, 160.0] {
        let south = fit.place(project(45.0, lon)).1;
        let north = fit.place(project(70.0, lon)).1;
        assert!(north < south, "at {lon}°E north is not up");
    }
}

#[test]
fn the_fit_keeps_the_aspect_and_needs_points() {
    let points = [Projected { x: 0.0, y: 0.0 }, Projected { x: 2.0, y: 1.0 }];
    let fit = Fit::new(&points, 1000, 0).expect("a fit");
    assert_eq!(fit.view_box(), "0 0 1000 500");
    assert_eq!(fit.place(points[0]), (0.0, 500.0));
    assert_eq!(fit.place(points[1]), (1000.0, 0.0));
    assert!(Fit::new(&[], 1000, 0).is_none());
    assert!(Fit::new(&points, 20, 10).is_none());
}

#[test]
fn every_camp_projects_inside_the_fitted_box() {
    let exhibit = common::shipped();
    let camps: Vec<Projected> = exhibit
        .camps
        .iter()
        .map(|camp| project(camp.lat, camp.lon))
        .collect();
    assert!(!camps.is_empty());
    // Fitted to the former USSR's rough bounding box, including Chukotka.
    let mut outline = Vec::new();
    for lat in [35.0, 82.0] {
        let mut lon = 19.0;
        while lon <= 192.0 {
            outline.push(project(lat, lon));
            lon += 1.0;
        }
    }
    for fit in [
        Fit::new(&outline, 1000, 10).expect("a fit"),
        Fit::new(&camps, 1000, 10).expect("a fit"),
    ] {
        assert!(fit.height > 0 && fit.height < 1000, "{}", fit.view_box());
        for (camp, point) in exhibit.camps.iter().zip(&camps) {
            let placed = fit.place(*point);
            assert!(fit.contains(placed), "{} at {placed:?}", camp.id);
        }
    }
}
