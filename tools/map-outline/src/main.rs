//! Makes the camp map's outline from Natural Earth (npm `world-atlas`, installed by
//! `npm ci`) and writes it to `assets/content/map-outline.toml`, or checks that the
//! committed file is exactly what it makes.
//!
//! ```text
//! cargo run -p map-outline -- --check   fail if the committed file differs (CI runs this)
//! cargo run -p map-outline -- --write   write the file (after changing the generator)
//! ```

use std::path::PathBuf;
use std::process::ExitCode;

use map_outline::{
    draw, outline_file, Topology, PACKAGE, PACKAGE_FILE, PACKAGE_VERSION, SETTINGS, USSR_1991,
};

const COMMITTED: &str = "assets/content/map-outline.toml";

fn main() -> ExitCode {
    let write = match std::env::args().nth(1).as_deref() {
        Some("--write") => true,
        Some("--check") => false,
        _ => {
            eprintln!("usage: map-outline --check | --write");
            return ExitCode::from(2);
        }
    };
    match make() {
        Ok(made) => {
            let path = root().join(COMMITTED);
            if write {
                if let Err(error) = std::fs::write(&path, &made) {
                    eprintln!("map-outline: {}: {error}", path.display());
                    return ExitCode::FAILURE;
                }
                println!("map-outline: wrote {COMMITTED}");
                return ExitCode::SUCCESS;
            }
            if std::fs::read_to_string(&path).unwrap_or_default() == made {
                println!("map-outline: {COMMITTED} is what the generator makes");
                ExitCode::SUCCESS
            } else {
                eprintln!("map-outline: {COMMITTED} is not what the generator makes: run `cargo run -p map-outline -- --write` and commit the result");
                ExitCode::FAILURE
            }
        }
        Err(error) => {
            eprintln!("map-outline: {error}");
            ExitCode::FAILURE
        }
    }
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// The outline file the generator makes from the npm package's data.
fn make() -> Result<String, String> {
    let package = root().join("node_modules").join(PACKAGE);
    let manifest = std::fs::read_to_string(package.join("package.json")).map_err(|_| {
        format!("npm package {PACKAGE} is missing: run `npm ci` (bash .ci/install does)")
    })?;
    if !manifest.contains(&format!("\"version\": \"{PACKAGE_VERSION}\"")) {
        return Err(format!(
            "{PACKAGE} must be version {PACKAGE_VERSION} (package.json pins it)"
        ));
    }
    let json = std::fs::read_to_string(package.join(PACKAGE_FILE))
        .map_err(|e| format!("{PACKAGE_FILE}: {e}"))?;
    let topology: Topology =
        serde_json::from_str(&json).map_err(|e| format!("{PACKAGE_FILE} is not TopoJSON: {e}"))?;
    let merged = topology.merge(&USSR_1991)?;
    let drawn = draw(&merged, SETTINGS)?;
    // The whole of the USSR is one piece with its islands, not torn at 180°.
    if drawn.counts[2] > 12 {
        return Err(format!(
            "the outline fell apart into {} rings",
            drawn.counts[2]
        ));
    }
    Ok(outline_file(&drawn, SETTINGS))
}
