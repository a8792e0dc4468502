//! Validates the curator's content at build time and embeds the validated model.
//!
//! Bad content stops the build with a report that names each file, field and fix, so a
//! broken exhibit can never be deployed. The model is then compiled for display
//! ([`content::Page`]: static sections as HTML, shared parts as slots) and embedded as
//! compact bytes ([`content::blob`]), so the app carries no TOML parser, no generic
//! deserializer and no code for static markup.

use std::path::Path;

#[allow(dead_code, unused_imports)]
#[path = "src/content/mod.rs"]
mod content;

#[allow(dead_code)]
#[path = "src/timeline_layout.rs"]
mod timeline_layout;

#[allow(dead_code)]
#[path = "src/chart_layout.rs"]
mod chart_layout;

#[allow(dead_code)]
#[path = "src/map_projection.rs"]
mod map_projection;

fn main() {
    println!("cargo:rerun-if-changed=assets/content");
    println!("cargo:rerun-if-changed=src/content");
    println!("cargo:rerun-if-changed=src/timeline_layout.rs");
    println!("cargo:rerun-if-changed=src/chart_layout.rs");
    println!("cargo:rerun-if-changed=src/map_projection.rs");
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let exhibit = match content::load::load_dir(&root.join("assets/content")) {
        Ok(exhibit) => exhibit,
        Err(problems) => {
            for problem in &problems {
                println!("cargo:warning={problem}");
            }
            eprintln!("{}", content::report(&problems));
            std::process::exit(1);
        }
    };
    let bytes = content::blob::encode(&content::Page::new(&exhibit));
    let out = Path::new(&std::env::var_os("OUT_DIR").unwrap_or_default()).join("content.bin");
    if let Err(error) = std::fs::write(&out, bytes) {
        eprintln!("could not write {}: {error}", out.display());
        std::process::exit(1);
    }
}
