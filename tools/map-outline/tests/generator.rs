//! The outline generator's parts on small shapes (self-contained; the committed outline is
//! checked against the real data by `cargo run -p map-outline -- --check`).

use map_outline::{area, path_data, simplify, Merged, Topology};

/// A topology from arcs given in whole degrees (no quantization) and countries as
/// `(id, rings of arc indices)`.
fn topology(arcs: &[&[[i64; 2]]], countries: &[(&str, &[&[i64]])]) -> Topology {
    let arcs_json: Vec<String> = arcs
        .iter()
        .map(|arc| {
            // Delta-encode, as TopoJSON does.
            let mut last = [0, 0];
            let deltas: Vec<String> = arc
                .iter()
                .map(|p| {
                    let d = [p[0] - last[0], p[1] - last[1]];
                    last = *p;
                    format!("[{},{}]", d[0], d[1])
                })
                .collect();
            format!("[{}]", deltas.join(","))
        })
        .collect();
    let geometries: Vec<String> = countries
        .iter()
        .map(|(id, rings)| {
            let rings: Vec<String> = rings.iter().map(|ring| format!("{ring:?}")).collect();
            format!(
                r#"{{"type":"Polygon","id":"{id}","arcs":[{}]}}"#,
                rings.join(",")
            )
        })
        .collect();
    let json = format!(
        r#"{{"type":"Topology","arcs":[{}],"transform":{{"scale":[1,1],"translate":[0,0]}},"objects":{{"countries":{{"type":"GeometryCollection","geometries":[{}]}}}}}}"#,
        arcs_json.join(","),
        geometries.join(",")
    );
    serde_json::from_str(&json).expect("test topology")
}

fn corners(merged: &Merged) -> Vec<Vec<(i64, i64)>> {
    merged
        .rings
        .iter()
        .map(|ring| {
            ring.iter()
                .map(|p| (p.lon.round() as i64, p.lat.round() as i64))
                .collect()
        })
        .collect()
}

#[test]
fn two_countries_that_share_a_border_merge_into_one_ring_and_keep_the_border() {
    // West square 0..10, east square 10..20, sharing the edge x = 10 (arc 1).
    let t = topology(
        &[
            &[[10, 0], [0, 0], [0, 10], [10, 10]], // 0: west square's outer part
            &[[10, 10], [10, 0]],                  // 1: the shared border
            &[[10, 10], [20, 10], [20, 0], [10, 0]], // 2: east square's outer part
        ],
        // Neighbours run along their shared arc in opposite directions.
        &[("1", &[&[0, 1]]), ("2", &[&[!1, 2]]), ("3", &[&[0, 1]])],
    );
    let merged = t.merge(&["1", "2"]).expect("merge");
    assert_eq!(merged.rings.len(), 1);
    let ring = &corners(&merged)[0];
    assert_eq!(ring.len(), 6, "the shared edge is gone: {ring:?}");
    assert!(!ring.windows(2).any(|w| w[0].0 == 10 && w[1].0 == 10));
    assert_eq!(merged.borders.len(), 1, "the shared arc is a border");
    // A country alone keeps its whole ring, and has no border.
    let alone = t.merge(&["2"]).expect("merge");
    assert_eq!(corners(&alone)[0].len(), 4);
    assert!(alone.borders.is_empty());
    assert!(t.merge(&["1", "9"]).is_err(), "an unknown id is an error");
}

#[test]
fn a_country_cut_at_the_antimeridian_is_whole_again() {
    // One island cut by Natural Earth at 180°: a western half (170..180) and an eastern
    // half (-180..-170), each a ring of its own, with no shared arc.
    let t = topology(
        &[
            &[[170, 60], [170, 70], [180, 70], [180, 60], [170, 60]],
            &[[-180, 60], [-180, 70], [-170, 70], [-170, 60], [-180, 60]],
        ],
        &[("7", &[&[0], &[1]])],
    );
    let merged = t.merge(&["7"]).expect("merge");
    assert_eq!(
        merged.rings.len(),
        1,
        "the seam is dropped: {:?}",
        corners(&merged)
    );
    assert!(merged.borders.is_empty());
}

#[test]
fn simplification_keeps_corners_and_drops_what_lies_on_the_line() {
    let line = [(0.0, 0.0), (5.0, 0.2), (10.0, 0.0), (10.0, 10.0)];
    assert_eq!(
        simplify(&line, 0.5, false),
        vec![(0.0, 0.0), (10.0, 0.0), (10.0, 10.0)]
    );
    assert_eq!(
        simplify(&line, 0.1, false).len(),
        4,
        "a bend above tolerance stays"
    );
    let square = [
        (0.0, 0.0),
        (5.0, 0.0),
        (10.0, 0.0),
        (10.0, 10.0),
        (0.0, 10.0),
    ];
    assert_eq!(simplify(&square, 0.5, true).len(), 4);
    assert_eq!(area(&square), 100.0);
}

#[test]
fn path_data_is_compact_relative_steps() {
    let lines = vec![vec![(1.2, 2.0), (4.0, 2.4), (4.1, 2.0), (2.0, 7.0)]];
    assert_eq!(path_data(&lines, true), "M1 2l3 0-2 5z");
    assert_eq!(path_data(&lines, false), "M1 2l3 0-2 5");
    assert_eq!(
        path_data(&[vec![(1.0, 1.0), (1.2, 0.9)]], true),
        "",
        "nothing left to draw"
    );
}
