//! The files the pages link to: the stylesheet and the app's builds that Trunk wrote, found
//! by their hashed names, and the icon.

use std::path::Path;

use exhibit_content::site::{Assets, Code};
use exhibit_dom::url::Mode;
use sha2::{Digest, Sha256};

/// The app's builds, by their binary's name in `Cargo.toml` (and in `index.html`, where
/// Trunk is told to build each): the ordinary pages' build, and one per mode.
const ORDINARY: &str = "gulag-exhibit";
const MODES: [(Mode, &str); 2] = [
    (Mode::Embed, "gulag-exhibit-embed"),
    (Mode::Kiosk, "gulag-exhibit-kiosk"),
];
/// The stylesheet only the kiosk's pages load (`assets/styles/kiosk.css`).
const KIOSK_STYLESHEET: &str = "kiosk-";

/// The stylesheet, each build's script and WASM Trunk wrote (their names carry a content
/// hash), and the icon as a `data:` address.
pub fn find(dist: &Path, icon: &str) -> Result<Assets, String> {
    for (_, bin) in MODES {
        fingerprint(dist, bin)?;
    }
    let names: Vec<String> = std::fs::read_dir(dist)
        .map_err(|e| format!("{}: {e}", dist.display()))?
        .flatten()
        .filter_map(|entry| entry.file_name().into_string().ok())
        .collect();
    let one = |what: &str, test: &dyn Fn(&str) -> bool| -> Result<String, String> {
        let found: Vec<&String> = names.iter().filter(|name| test(name)).collect();
        match found.as_slice() {
            [name] => Ok((*name).clone()),
            _ => Err(format!(
                "expected one {what} in {}, found {found:?}",
                dist.display()
            )),
        }
    };
    let code = |bin: &str| -> Result<Code, String> {
        Ok(Code {
            stylesheet: None,
            script: one(&format!("script ({bin}-*.js)"), &|n| {
                is_build_file(bin, ".js", n)
            })?,
            wasm: one(&format!("module ({bin}-*_bg.wasm)"), &|n| {
                is_build_file(bin, "_bg.wasm", n)
            })?,
        })
    };
    Ok(Assets {
        stylesheet: one("stylesheet (exhibit-*.css)", &|n| {
            n.starts_with("exhibit-") && n.ends_with(".css")
        })?,
        code: code(ORDINARY)?,
        modes: MODES
            .into_iter()
            .map(|(mode, bin)| {
                let mut build = code(bin)?;
                if mode == Mode::Kiosk {
                    build.stylesheet = Some(one("stylesheet (kiosk-*.css)", &|n| {
                        n.starts_with(KIOSK_STYLESHEET) && n.ends_with(".css")
                    })?);
                }
                Ok((mode, build))
            })
            .collect::<Result<_, String>>()?,
        favicon: data_address("image/svg+xml", icon),
    })
}

/// Gives a mode's build the hashed names Trunk gives the ordinary build: Trunk builds it
/// as a "worker" (it allows one main app), whose files it names without a hash. The hash
/// is the first 16 hexadecimal digits of the SHA-256 of the WASM and the script, so a new
/// build is a new name (and old names can be cached for ever). Already hashed: nothing to do.
fn fingerprint(dist: &Path, bin: &str) -> Result<(), String> {
    let script = dist.join(format!("{bin}.js"));
    let wasm = dist.join(format!("{bin}_bg.wasm"));
    if !script.exists() && !wasm.exists() {
        return Ok(());
    }
    let read = |path: &Path| std::fs::read(path).map_err(|e| format!("{}: {e}", path.display()));
    let mut hasher = Sha256::new();
    hasher.update(read(&wasm)?);
    hasher.update(read(&script)?);
    let hash: String = hasher.finalize()[..8]
        .iter()
        .map(|byte| format!("{byte:02x}"))
        .collect();
    for (from, suffix) in [(&script, ".js"), (&wasm, "_bg.wasm")] {
        let to = dist.join(format!("{bin}-{hash}{suffix}"));
        std::fs::rename(from, &to)
            .map_err(|e| format!("{} → {}: {e}", from.display(), to.display()))?;
    }
    Ok(())
}

/// Whether `name` is `<bin>-<hash><suffix>`, a file Trunk wrote for the binary `bin`. The
/// hash is hexadecimal, so one build's file is never taken for another's
/// (`gulag-exhibit-embed-…` also begins `gulag-exhibit-`).
fn is_build_file(bin: &str, suffix: &str, name: &str) -> bool {
    name.strip_prefix(bin)
        .and_then(|rest| rest.strip_prefix('-'))
        .and_then(|rest| rest.strip_suffix(suffix))
        .is_some_and(|hash| !hash.is_empty() && hash.chars().all(|c| c.is_ascii_hexdigit()))
}

/// A `data:` address for a small text file such as an SVG icon.
fn data_address(mime: &str, text: &str) -> String {
    let mut out = format!("data:{mime},");
    for c in text.trim().chars() {
        match c {
            '%' | '#' | '<' | '>' | '"' | ' ' | '\n' => out.push_str(&format!("%{:02X}", c as u32)),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_build_finds_its_own_files_only() {
        let ordinary = |name| is_build_file(ORDINARY, ".js", name);
        let embed = |name| is_build_file(MODES[0].1, ".js", name);
        assert!(ordinary("gulag-exhibit-9c8b1f2e96df68a0.js"));
        assert!(!ordinary("gulag-exhibit-embed-9c8b1f2e96df68a0.js"));
        assert!(embed("gulag-exhibit-embed-9c8b1f2e96df68a0.js"));
        assert!(!embed("gulag-exhibit-9c8b1f2e96df68a0.js"));
        for other in [
            "gulag-exhibit-.js",
            "gulag-exhibit.js",
            "gulag-exhibit-9c8b_bg.wasm",
            "embed.js",
        ] {
            assert!(!ordinary(other), "{other}");
        }
        assert!(is_build_file(
            ORDINARY,
            "_bg.wasm",
            "gulag-exhibit-0a_bg.wasm"
        ));
    }
}
