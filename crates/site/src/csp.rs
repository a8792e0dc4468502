//! The hashes a strict Content-Security-Policy needs for this build: every page's inline
//! `<script>` (the loader) and `<style>` (the rules that place the timeline's marks and the
//! map's pins) differ from build to build, so the policy can only be completed here.
//!
//! They are written to `csp.conf` at the bundle's root as two nginx variables, which
//! `deploy/nginx.conf` includes and puts into its `Content-Security-Policy` header:
//! `script-src 'self' 'wasm-unsafe-eval' $exhibit_script_hashes` and
//! `style-src 'self' $exhibit_style_hashes`. The server does not send the file itself.

use base64::Engine;
use exhibit_content::site::Page;
use sha2::{Digest, Sha256};

/// Where the hashes are written, relative to the bundle's root.
pub const FILE: &str = "csp.conf";

/// A CSP hash source for an inline element's text: `'sha256-<base64>'`.
pub fn source(text: &str) -> String {
    let digest = Sha256::digest(text.as_bytes());
    format!(
        "'sha256-{}'",
        base64::engine::general_purpose::STANDARD.encode(digest)
    )
}

/// The distinct hash sources of some texts, in the order they first appear.
fn sources<'a>(texts: impl Iterator<Item = &'a String>) -> String {
    let mut all: Vec<String> = Vec::new();
    for text in texts {
        let hash = source(text);
        if !all.contains(&hash) {
            all.push(hash);
        }
    }
    all.join(" ")
}

/// The nginx snippet for the pages' inline elements.
pub fn snippet(pages: &[Page]) -> String {
    let scripts = sources(pages.iter().flat_map(|page| &page.inline.scripts));
    let styles = sources(pages.iter().flat_map(|page| &page.inline.styles));
    format!(
        "# The Content-Security-Policy hashes of this build's inline script and styles, written by\n\
         # exhibit-site for deploy/nginx.conf, which includes this file. Rebuild; do not edit.\n\
         set $exhibit_script_hashes \"{scripts}\";\n\
         set $exhibit_style_hashes \"{styles}\";\n"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_source_is_the_base64_sha256_of_the_text() {
        // The example from the CSP specification's "hash-source" (`alert('Hello, world.');`).
        assert_eq!(
            source("alert('Hello, world.');"),
            "'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng='"
        );
    }
}
